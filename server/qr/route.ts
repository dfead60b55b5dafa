/**
 * `GET /api/v1/qr/{unit}.svg|.png` and `/api/v1/qr/{unit}/{service}.svg|.png[?size=N]`: the
 * QR code of a survey link, for the admin to download or embed.
 */
import { Hono } from 'hono';
import type { Context } from 'hono';
import { t } from '../../survey-kit/i18n/index';
import type { AppEnv } from '../env';
import { ApiError } from '../errors/api-error';
import { QR_SIZE, qrPng, qrSvg } from './image';
import { requestBaseUrl, surveyUrl } from './link';
import { findQrTarget } from './target';

const FILE = /^([a-z0-9][a-z0-9-]*)\.(svg|png)$/;

function notFound(c: Context<AppEnv>): never {
  throw new ApiError(404, 'not_found', t(c.get('lang'), 'api.notFound', { path: c.req.path }));
}

function sizeOf(c: Context<AppEnv>): number {
  const raw = c.req.query('size');
  if (raw === undefined) return QR_SIZE.default;
  const n = /^\d{1,5}$/.test(raw) ? Number(raw) : NaN;
  if (!(n >= QR_SIZE.min && n <= QR_SIZE.max)) {
    const lang = c.get('lang');
    throw new ApiError(400, 'validation_failed', t(lang, 'api.validationFailed'), {
      size: t(lang, 'qr.api.sizeInvalid', { min: QR_SIZE.min, max: QR_SIZE.max }),
    });
  }
  return n;
}

/** `publicUrl`: PUAS_PUBLIC_URL; without it, links use the address the request came in on. */
export function qrRoutes(publicUrl?: string): Hono<AppEnv> {
  async function serve(c: Context<AppEnv>, unitSlug: string, fileName: string, withService: boolean): Promise<Response> {
    const match = FILE.exec(fileName);
    if (!match) notFound(c);
    const [, last, format] = match;
    const serviceSlug = withService ? last! : undefined;
    const unit = withService ? unitSlug : last!;
    const size = sizeOf(c);

    const lang = c.get('lang');
    const lookup = await findQrTarget(c.get('db'), unit, serviceSlug);
    if (!lookup.found) {
      const message =
        lookup.missing === 'unit'
          ? t(lang, 'api.unitNotFound', { unit })
          : t(lang, 'api.serviceNotFound', { unit, service: serviceSlug ?? '' });
      throw new ApiError(404, 'not_found', message);
    }
    const url = surveyUrl(publicUrl ?? requestBaseUrl(c.req.url), unit, serviceSlug);
    const fileStem = serviceSlug ? `skm-qr-${unit}-${serviceSlug}` : `skm-qr-${unit}`;
    c.header('Content-Disposition', `inline; filename="${fileStem}.${format}"`);
    // Cheap to draw, and the link changes with PUAS_PUBLIC_URL: never serve a stale one.
    c.header('Cache-Control', 'no-cache');
    c.header('X-Survey-Url', url);
    if (format === 'svg') {
      c.header('Content-Type', 'image/svg+xml; charset=utf-8');
      return c.body(await qrSvg(url, { size }));
    }
    c.header('Content-Type', 'image/png');
    return c.body(new Uint8Array(await qrPng(url, size)));
  }

  return new Hono<AppEnv>()
    .get('/:unit', (c) => serve(c, '', c.req.param('unit'), false))
    .get('/:unit/:file', (c) => serve(c, c.req.param('unit'), c.req.param('file'), true));
}
