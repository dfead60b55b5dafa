/** `skm import --unit SLUG [--service SLUG] FILE`: all or nothing. */
import { basename } from 'node:path';
import { t } from '../../../survey-kit';
import { formatPaperError } from '../../../survey-kit/paper';
import { ImportError, importResponses } from '../../import/import-responses';
import { readTable } from '../../import/read-table';
import { checkSlug, CliError, parseCommand, required, usageError } from '../context';
import type { CliContext } from '../context';
import { withDatabase } from '../database';
import { ikmTable, ikmJson } from '../format';
import { oneLine, readTableOrFail } from './shared';

const OPTIONS = { unit: { type: 'string' }, service: { type: 'string' }, json: { type: 'boolean' } } as const;

export async function importCommand(ctx: CliContext, argv: readonly string[]): Promise<number> {
  const command = 'skm import';
  const args = parseCommand(ctx, command, argv, OPTIONS, 1);
  if (args.help) {
    ctx.out(t(ctx.lang, 'cli.help.import'));
    return 0;
  }
  const unitSlug = checkSlug(ctx, '--unit', required(ctx, args, 'unit', command));
  const serviceSlug = args.string('service');
  if (serviceSlug !== undefined) checkSlug(ctx, '--service', serviceSlug);
  const file = args.positionals[0];
  if (file === undefined) throw usageError(ctx, 'cli.missingArgument', { what: ctx.lang === 'id' ? 'BERKAS' : 'FILE', command });

  const table = await readTableOrFail(ctx, () => readTable(file));
  return withDatabase(ctx, async (db) => {
    let report;
    try {
      report = await importResponses(db, {
        unitSlug,
        ...(serviceSlug !== undefined ? { serviceSlug } : {}),
        table,
        now: ctx.now(),
      });
    } catch (err) {
      if (err instanceof ImportError) throw new CliError([t(ctx.lang, 'cli.error', { message: err.text[ctx.lang] })]);
      throw err;
    }
    if (!report.ok) {
      throw new CliError([
        ...report.errors.map((e) => oneLine(formatPaperError(ctx.lang, e))),
        t(ctx.lang, 'cli.import.rejected', { bad: report.errors.length, checked: report.checked }),
      ]);
    }
    if (args.flag('json')) {
      ctx.out(
        JSON.stringify({
          imported: report.imported,
          unit: report.unit,
          results: report.results.map((g) => ({ instrument: g.instrumentCode, rows: g.rows, ...ikmJson(g.ikm) })),
        }),
      );
      return 0;
    }
    ctx.out(t(ctx.lang, 'cli.import.done', { count: report.imported, unit: report.unit }));
    for (const group of report.results) {
      ctx.out('');
      const context = [
        t(ctx.lang, 'cli.table.file', { file: basename(file) }),
        ...(report.results.length > 1 ? [t(ctx.lang, 'cli.import.instrument', { instrument: group.instrumentCode, rows: group.rows })] : []),
      ];
      for (const line of ikmTable(ctx.lang, group.ikm, context)) ctx.out(line);
    }
    return 0;
  });
}
