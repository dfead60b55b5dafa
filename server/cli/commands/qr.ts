/** `skm qr --unit SLUG [--service SLUG] --out FILE [--base-url URL]`: a QR code or an A4 poster. */
import { writeFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { t } from '../../../survey-kit';
import { qrPng, qrSvg } from '../../qr/image';
import { isLocalUrl, normaliseBaseUrl, surveyUrl } from '../../qr/link';
import { buildPoster, posterDocument } from '../../qr/poster';
import { findQrTarget } from '../../qr/target';
import { checkSlug, parseCommand, required, runError, usageError } from '../context';
import type { CliContext } from '../context';
import { withDatabase } from '../database';

/** A printed code is scanned from a metre away: a large bitmap keeps its edges sharp. */
const PNG_SIZE = 1024;

type Format = 'svg' | 'png' | 'html';

function formatOf(ctx: CliContext, file: string): Format {
  const ext = extname(file).toLowerCase();
  if (ext === '.svg' || ext === '.png' || ext === '.html') return ext.slice(1) as Format;
  if (ext === '.htm') return 'html';
  throw usageError(ctx, 'qr.cli.badExtension', { file });
}

/**
 * --base-url, else PUAS_PUBLIC_URL, else the address the server would listen on. The last is
 * only right for a test on this computer, so the caller warns when the link is local.
 */
export function baseUrlOf(ctx: CliContext, option: string | undefined): string {
  if (option !== undefined) {
    const base = normaliseBaseUrl(option);
    if (base === null) throw usageError(ctx, 'qr.cli.invalidBaseUrl', { value: option });
    return base;
  }
  const fromEnv = ctx.env.PUAS_PUBLIC_URL;
  if (fromEnv !== undefined && fromEnv.trim() !== '') {
    const base = normaliseBaseUrl(fromEnv);
    if (base === null) throw usageError(ctx, 'qr.cli.invalidEnvUrl', { value: fromEnv });
    return base;
  }
  const host = ctx.env.HOST && ctx.env.HOST !== '0.0.0.0' && ctx.env.HOST !== '::' ? ctx.env.HOST : 'localhost';
  const port = ctx.env.PORT && /^\d+$/.test(ctx.env.PORT) ? ctx.env.PORT : '3000';
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

export async function qrCommand(ctx: CliContext, argv: readonly string[]): Promise<number> {
  const command = 'skm qr';
  const args = parseCommand(
    ctx,
    command,
    argv,
    { unit: { type: 'string' }, service: { type: 'string' }, out: { type: 'string' }, 'base-url': { type: 'string' } },
    0,
  );
  if (args.help) {
    ctx.out(t(ctx.lang, 'qr.help'));
    return 0;
  }
  const unitSlug = checkSlug(ctx, '--unit', required(ctx, args, 'unit', command));
  const serviceArg = args.string('service');
  const serviceSlug = serviceArg === undefined ? undefined : checkSlug(ctx, '--service', serviceArg);
  const out = required(ctx, args, 'out', command);
  const format = formatOf(ctx, out);
  const base = baseUrlOf(ctx, args.string('base-url'));

  return withDatabase(ctx, async (db) => {
    const lookup = await findQrTarget(db, unitSlug, serviceSlug);
    if (!lookup.found) {
      throw lookup.missing === 'unit'
        ? runError(ctx, 'paper.unitNotFound', { unit: unitSlug })
        : runError(ctx, 'paper.serviceNotFound', { unit: unitSlug, service: serviceSlug ?? '' });
    }
    const url = surveyUrl(base, unitSlug, serviceSlug);
    let content: string | Buffer;
    if (format === 'svg') content = `${await qrSvg(url)}\n`;
    else if (format === 'png') content = await qrPng(url, PNG_SIZE);
    else content = posterDocument(await buildPoster(lookup.target, url));

    const file = resolve(out);
    try {
      await writeFile(file, content);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') throw runError(ctx, 'qr.cli.noFolder', { file: out });
      if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') throw runError(ctx, 'qr.cli.noPermission', { file: out });
      if (code === 'EISDIR') throw runError(ctx, 'qr.cli.isFolder', { file: out });
      const detail = (err instanceof Error ? err.message : String(err)).replace(/\s+/g, ' ').trim();
      throw runError(ctx, 'qr.cli.writeFailed', { file: out, detail });
    }
    if (isLocalUrl(url)) ctx.err(t(ctx.lang, 'qr.cli.localWarning', { url }));
    const formatLabel =
      format === 'svg'
        ? t(ctx.lang, 'qr.cli.format.svg')
        : format === 'png'
          ? t(ctx.lang, 'qr.cli.format.png', { size: PNG_SIZE })
          : t(ctx.lang, 'qr.cli.format.html');
    ctx.out(t(ctx.lang, 'qr.cli.written', { format: formatLabel, url, file: out }));
    return 0;
  });
}
