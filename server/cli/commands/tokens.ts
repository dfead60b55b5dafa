/**
 * `skm tokens --unit SLUG [--service SLUG] --count N [--out FILE] [--base-url URL]`: one-time
 * survey tokens, stored in the database (all or nothing) and written as a CSV list and a
 * printable HTML sheet of slips.
 */
import { writeFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { t } from '../../../survey-kit';
import { isLocalUrl } from '../../qr/link';
import { findQrTarget } from '../../qr/target';
import { newTokens } from '../../tokens/token';
import { tokenSheet, tokensCsv, tokenUrl } from '../../tokens/sheet';
import { checkPositiveInt, checkSlug, parseCommand, required, runError, usageError } from '../context';
import type { CliContext } from '../context';
import { withDatabase } from '../database';
import { baseUrlOf } from './qr';

/** A queue-ticket printer's day; larger runs are several commands (and several batches). */
export const MAX_TOKENS = 10_000;

/** A batch label that sorts by time: 20261124-081530 (UTC). */
function batchLabel(now: Date): string {
  return now.toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
}

/** Both files from one --out name: `x.csv` or `x.html` gives `x.csv` and `x.html`. */
function outputFiles(ctx: CliContext, out: string): { csv: string; html: string } {
  const ext = extname(out).toLowerCase();
  if (ext !== '.csv' && ext !== '.html') throw usageError(ctx, 'tokens.cli.badExtension', { file: out });
  const stem = out.slice(0, out.length - ext.length);
  return { csv: `${stem}.csv`, html: `${stem}.html` };
}

async function write(ctx: CliContext, file: string, content: string): Promise<void> {
  try {
    await writeFile(resolve(file), content);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw runError(ctx, 'qr.cli.noFolder', { file });
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') throw runError(ctx, 'qr.cli.noPermission', { file });
    if (code === 'EISDIR') throw runError(ctx, 'qr.cli.isFolder', { file });
    const detail = (err instanceof Error ? err.message : String(err)).replace(/\s+/g, ' ').trim();
    throw runError(ctx, 'qr.cli.writeFailed', { file, detail });
  }
}

export async function tokensCommand(ctx: CliContext, argv: readonly string[]): Promise<number> {
  const command = 'skm tokens';
  const args = parseCommand(
    ctx,
    command,
    argv,
    { unit: { type: 'string' }, service: { type: 'string' }, count: { type: 'string' }, out: { type: 'string' }, 'base-url': { type: 'string' } },
    0,
  );
  if (args.help) {
    ctx.out(t(ctx.lang, 'tokens.help', { max: MAX_TOKENS }));
    return 0;
  }
  const unitSlug = checkSlug(ctx, '--unit', required(ctx, args, 'unit', command));
  const serviceArg = args.string('service');
  const serviceSlug = serviceArg === undefined ? undefined : checkSlug(ctx, '--service', serviceArg);
  const countArg = required(ctx, args, 'count', command);
  const count = checkPositiveInt(ctx, '--count', countArg);
  if (count > MAX_TOKENS) throw usageError(ctx, 'tokens.cli.tooMany', { max: MAX_TOKENS, value: countArg });
  const base = baseUrlOf(ctx, args.string('base-url'));
  const batch = batchLabel(ctx.now());
  const outArg = args.string('out') ?? `tokens-${unitSlug}${serviceSlug ? `-${serviceSlug}` : ''}-${batch}.csv`;
  const files = outputFiles(ctx, outArg);

  return withDatabase(ctx, async (db) => {
    const lookup = await findQrTarget(db, unitSlug, serviceSlug);
    if (!lookup.found) {
      throw lookup.missing === 'unit'
        ? runError(ctx, 'paper.unitNotFound', { unit: unitSlug })
        : runError(ctx, 'paper.serviceNotFound', { unit: unitSlug, service: serviceSlug ?? '' });
    }
    const { unit, service } = lookup.target;
    const tokens = newTokens(count);
    const links = tokens.map((token) => ({ token, url: tokenUrl(base, unit.slug, service?.slug ?? null, token) }));
    // The database first: a stored token nobody printed is harmless; a printed one the server
    // does not know would turn a citizen away.
    await db.tokens.createMany(tokens.map((token) => ({ token, unitId: unit.id, serviceId: service?.id ?? null, batch })));
    await write(ctx, files.csv, tokensCsv(links));
    await write(ctx, files.html, await tokenSheet({ unitName: unit.name, serviceName: service?.name ?? null, batch, links }));
    if (isLocalUrl(base)) ctx.err(t(ctx.lang, 'qr.cli.localWarning', { url: links[0]!.url }));
    const place = service ? `${unit.name} — ${service.name}` : unit.name;
    ctx.out(t(ctx.lang, 'tokens.cli.written', { count, place, batch }));
    ctx.out(t(ctx.lang, 'tokens.cli.files', { csv: files.csv, html: files.html }));
    return 0;
  });
}
