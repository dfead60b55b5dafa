/**
 * `GET/PATCH /api/v1/organisation` (the deployment's organisation; `?slug=` when there are
 * several) and its logo: `PUT` (multipart field `logo`), `DELETE`, and the public `GET`.
 */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { t } from '../../../survey-kit/i18n/index';
import type { Lang } from '../../../survey-kit/types';
import type { OrganisationLogo } from '../../../db/repositories';
import { auditStamp } from '../../auth/audit';
import { requirePermission } from '../../auth/guard';
import type { AppEnv } from '../../env';
import { ApiError } from '../../errors/api-error';
import { organisationDto } from './load';
import { invalid, requestedOrganisation, setupBody } from './refusals';
import { setupSchemas } from './schemas';

/** The largest logo stored. */
export const LOGO_MAX_BYTES = 200 * 1024;
/**
 * The upload request may be larger than the logo (multipart framing), and a file somewhat over
 * the limit still gets the field's message; far larger requests are cut off with 413.
 */
export const LOGO_REQUEST_LIMIT = 1024 * 1024;
export const LOGO_UPLOAD_PATH = '/api/v1/organisation/logo';

/** PNG and JPEG only, judged by their first bytes: a name or a declared type proves nothing. */
export function logoType(bytes: Uint8Array): OrganisationLogo['type'] | null {
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length >= png.length && png.every((b, i) => bytes[i] === b)) return 'image/png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  return null;
}

async function readLogo(lang: Lang, form: Record<string, unknown>): Promise<OrganisationLogo> {
  const file = form['logo'];
  if (!(file instanceof File) || file.size === 0) throw invalid(lang, { logo: t(lang, 'setup.api.logoMissing') });
  if (file.size > LOGO_MAX_BYTES) {
    throw invalid(lang, { logo: t(lang, 'setup.api.logoTooLarge', { max: LOGO_MAX_BYTES / 1024, size: Math.ceil(file.size / 1024) }) });
  }
  const bytes = Buffer.from(await file.arrayBuffer());
  const type = logoType(bytes);
  if (!type) throw invalid(lang, { logo: t(lang, 'setup.api.logoType') });
  return { bytes, type };
}

export function organisationRoutes(): Hono<AppEnv> {
  const tooLarge = bodyLimit({
    maxSize: LOGO_REQUEST_LIMIT,
    onError: (c) => {
      throw new ApiError(413, 'payload_too_large', t(c.get('lang'), 'api.payloadTooLarge', { limit: LOGO_REQUEST_LIMIT }));
    },
  });
  return new Hono<AppEnv>()
    .get('/', async (c) => {
      requirePermission(c, 'setup', 'read');
      return c.json(organisationDto(await requestedOrganisation(c)));
    })
    .patch('/', async (c) => {
      requirePermission(c, 'setup', 'manage');
      const lang = c.get('lang');
      const organisation = await requestedOrganisation(c);
      const { slug: _fixed, ...changes } = await setupBody(c, setupSchemas(lang).organisationPatch);
      const changed = await c.get('db').organisations.update(organisation.id, changes, auditStamp(c));
      if (!changed) throw new ApiError(404, 'not_found', t(lang, 'setup.api.orgNotFound', { slug: organisation.slug }));
      return c.json(organisationDto(changed));
    })
    .get('/logo', async (c) => {
      // Public like a poster: reports and posters show it to anyone.
      const organisation = await requestedOrganisation(c);
      if (!organisation.logo || !organisation.logoType) throw new ApiError(404, 'not_found', t(c.get('lang'), 'setup.api.logoNone'));
      return c.body(new Uint8Array(organisation.logo), 200, {
        'Content-Type': organisation.logoType,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-cache',
        'Content-Disposition': 'inline',
      });
    })
    .put('/logo', tooLarge, async (c) => {
      requirePermission(c, 'setup', 'manage');
      const lang = c.get('lang');
      const organisation = await requestedOrganisation(c);
      if (!(c.req.header('content-type') ?? '').toLowerCase().startsWith('multipart/form-data')) {
        throw invalid(lang, { logo: t(lang, 'setup.api.notMultipart') });
      }
      const logo = await readLogo(lang, await c.req.parseBody());
      const changed = await c.get('db').organisations.setLogo(organisation.id, logo, auditStamp(c));
      return c.json(organisationDto(changed ?? organisation));
    })
    .delete('/logo', async (c) => {
      requirePermission(c, 'setup', 'manage');
      const organisation = await requestedOrganisation(c);
      const changed = await c.get('db').organisations.setLogo(organisation.id, null, auditStamp(c));
      return c.json(organisationDto(changed ?? organisation));
    });
}
