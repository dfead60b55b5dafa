/** `skm ikm --input FILE` (no database) and `skm ikm --unit SLUG` (from the tallies). */
import { basename } from 'node:path';
import { KEP25_2004, localDay, SKM_2017, t } from '../../../survey-kit';
import type { IkmResult, Instrument } from '../../../survey-kit';
import { formatPaperError } from '../../../survey-kit/paper';
import { scopeIkm } from '../../queries/ikm';
import { computeFileIkm } from '../../import/import-responses';
import { readTable } from '../../import/read-table';
import { checkDay, checkSlug, CliError, parseCommand, usageError } from '../context';
import type { CliContext, ParsedArgs } from '../context';
import { findService, findUnit, withDatabase } from '../database';
import { ikmJson, ikmTable } from '../format';
import { readTableOrFail, oneLine } from './shared';

const OPTIONS = {
  input: { type: 'string' },
  method: { type: 'string' },
  json: { type: 'boolean' },
  unit: { type: 'string' },
  service: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
} as const;

export async function ikmCommand(ctx: CliContext, argv: readonly string[]): Promise<number> {
  const args = parseCommand(ctx, 'skm ikm', argv, OPTIONS, 0);
  if (args.help) {
    ctx.out(t(ctx.lang, 'cli.help.ikm'));
    return 0;
  }
  const input = args.string('input');
  const unit = args.string('unit');
  if (input !== undefined && unit !== undefined) throw usageError(ctx, 'cli.conflict', { a: '--input', b: '--unit' });
  if (input === undefined && unit === undefined) throw usageError(ctx, 'cli.needsOne', { a: '--input', b: '--unit' });
  if (input !== undefined) {
    for (const o of ['service', 'from', 'to']) {
      if (args.string(o) !== undefined) throw usageError(ctx, 'cli.onlyWith', { option: `--${o}`, with: '--unit' });
    }
    return fromFile(ctx, args, input);
  }
  if (args.string('method') !== undefined) throw usageError(ctx, 'cli.onlyWith', { option: '--method', with: '--input' });
  return fromDatabase(ctx, args, unit!);
}

function instrumentForMethod(ctx: CliContext, method: string | undefined): Instrument {
  if (method === undefined || method === '2017') return SKM_2017;
  if (method === '2004') return KEP25_2004;
  throw usageError(ctx, 'cli.invalidMethod', { value: method });
}

async function fromFile(ctx: CliContext, args: ParsedArgs, file: string): Promise<number> {
  const instrument = instrumentForMethod(ctx, args.string('method'));
  const table = await readTableOrFail(ctx, () => readTable(file));
  const result = computeFileIkm(table, instrument);
  if (!result.ok) {
    throw new CliError([
      ...result.errors.map((e) => oneLine(formatPaperError(ctx.lang, e))),
      t(ctx.lang, 'cli.ikm.rejected', { bad: result.errors.length }),
    ]);
  }
  print(ctx, args, result.ikm, [t(ctx.lang, 'cli.table.file', { file: basename(file) })]);
  return 0;
}

async function fromDatabase(ctx: CliContext, args: ParsedArgs, unitSlug: string): Promise<number> {
  checkSlug(ctx, '--unit', unitSlug);
  const serviceSlug = args.string('service');
  if (serviceSlug !== undefined) checkSlug(ctx, '--service', serviceSlug);
  const fromArg = args.string('from');
  const toArg = args.string('to');
  if (fromArg !== undefined) checkDay(ctx, '--from', fromArg);
  if (toArg !== undefined) checkDay(ctx, '--to', toArg);

  return withDatabase(ctx, async (db) => {
    const unit = await findUnit(ctx, db, unitSlug);
    const service = serviceSlug === undefined ? undefined : await findService(ctx, db, unit, serviceSlug);
    const to = toArg ?? localDay(ctx.now(), unit.timeZone);
    const from = fromArg ?? `${to.slice(0, 4)}-01-01`;
    if (from > to) throw usageError(ctx, 'cli.invalidRange', { from, to });

    const { result } = await scopeIkm(db, unit, service ?? null, { from, to });

    const context = [
      t(ctx.lang, 'cli.table.unit', { unit: unit.slug, name: unit.name }),
      service
        ? t(ctx.lang, 'cli.table.service', { service: service.slug, name: service.name })
        : t(ctx.lang, 'cli.table.service', { service: '*', name: t(ctx.lang, 'cli.table.allServices') }),
      t(ctx.lang, 'cli.table.range', { from, to, tz: unit.timeZone }),
    ];
    print(ctx, args, result, context);
    return 0;
  });
}

function print(ctx: CliContext, args: ParsedArgs, result: IkmResult, context: readonly string[]): void {
  if (args.flag('json')) ctx.out(JSON.stringify(ikmJson(result)));
  else for (const line of ikmTable(ctx.lang, result, context)) ctx.out(line);
}
