/**
 * Units and their services, for the settings: `POST /api/v1/units`, `GET/PATCH /api/v1/units/:slug`,
 * `PUT /api/v1/units/:slug/operators`, `POST /api/v1/units/:slug/services` and
 * `PATCH /api/v1/units/:slug/services/:service`. Admins change; viewers and the unit's operators
 * read. Slugs never change (they are printed on QR posters). `GET /api/v1/units` is routes/units.ts.
 */
import { Hono, type Context } from 'hono';
import type { Database, Organisation } from '../../../db/repositories';
import { t } from '../../../survey-kit/i18n/index';
import type { Lang } from '../../../survey-kit/types';
import { auditStamp } from '../../auth/audit';
import { requirePermission, requireUser } from '../../auth/guard';
import type { AppEnv } from '../../env';
import { ApiError } from '../../errors/api-error';
import { chooseOrganisation, operatorsWithUnits, serviceDto, unitDetail } from './load';
import { guarded, invalid, setupBody, unitBySlug } from './refusals';
import { setupSchemas } from './schemas';

const DEFAULT_ORG_SLUG = 'organisasi';

/** The organisation a new unit joins; a first unit on an empty server brings its organisation along. */
async function organisationForNewUnit(c: Context<AppEnv>, slug: string | undefined): Promise<Organisation> {
  const lang = c.get('lang');
  const db = c.get('db');
  const choice = await chooseOrganisation(db, slug);
  if (choice.kind === 'found') return choice.organisation;
  if (choice.kind === 'none') {
    return guarded(lang, () => db.organisations.create({ slug: DEFAULT_ORG_SLUG, name: t(lang, 'setup.org.defaultName') }, auditStamp(c)));
  }
  const message = choice.kind === 'unknown' ? t(lang, 'setup.api.orgNotFound', { slug: choice.slug }) : t(lang, 'setup.api.orgAmbiguous', { orgs: choice.organisations.map((o) => o.slug).join(', ') });
  throw invalid(lang, { organisation: message });
}

/** The unit of the path, after the caller's right on it is checked (401 before 404 before 403). */
async function unitFor(c: Context<AppEnv>, action: 'read' | 'manage') {
  requireUser(c);
  const unit = await unitBySlug(c.get('db'), c.get('lang'), c.req.param('slug') ?? '');
  requirePermission(c, 'setup', action, unit);
  return unit;
}

async function serviceFor(db: Database, lang: Lang, unit: { id: number; slug: string }, slug: string) {
  const service = await db.services.bySlug(unit.id, slug);
  if (!service) throw new ApiError(404, 'not_found', t(lang, 'setup.api.serviceNotFound', { service: slug, unit: unit.slug }));
  return service;
}

export function unitSetupRoutes(): Hono<AppEnv> {
  return new Hono<AppEnv>()
    .post('/', async (c) => {
      requirePermission(c, 'setup', 'manage');
      const lang = c.get('lang');
      const { organisation: orgSlug, timeZone, ...input } = await setupBody(c, setupSchemas(lang).unitCreate);
      const db = c.get('db');
      const organisation = await organisationForNewUnit(c, orgSlug);
      const unit = await guarded(
        lang,
        () => db.units.create({ ...input, organisationId: organisation.id, timeZone: timeZone ?? organisation.defaultTimeZone }, auditStamp(c)),
        { value: input.slug, taken: 'unit' },
      );
      return c.json(await unitDetail(db, unit), 201);
    })
    .get('/:slug', async (c) => c.json(await unitDetail(c.get('db'), await unitFor(c, 'read'))))
    .patch('/:slug', async (c) => {
      const unit = await unitFor(c, 'manage');
      const lang = c.get('lang');
      const { slug: _fixed, ...changes } = await setupBody(c, setupSchemas(lang).unitPatch);
      const db = c.get('db');
      const changed = await guarded(lang, () => db.units.update(unit.id, changes, auditStamp(c)));
      return c.json(await unitDetail(db, changed ?? unit));
    })
    .put('/:slug/operators', async (c) => {
      const unit = await unitFor(c, 'manage');
      const lang = c.get('lang');
      const { usernames } = await setupBody(c, setupSchemas(lang).operators);
      const db = c.get('db');
      const operators = await operatorsWithUnits(db);
      const wanted = new Set(usernames.map((u) => u.trim().toLowerCase()));
      // Every name is checked before anything changes: a refusal writes nothing.
      for (const username of wanted) {
        if (operators.some((o) => o.user.username === username)) continue;
        const user = await db.users.byUsername(username);
        throw invalid(lang, { usernames: user ? t(lang, 'setup.field.notOperator', { username }) : t(lang, 'setup.field.unknownUser', { username }) });
      }
      const ids = operators.filter((o) => wanted.has(o.user.username)).map((o) => o.user.id);
      await db.users.setUnitOperators(unit.id, ids, auditStamp(c));
      return c.json(await unitDetail(db, unit));
    })
    .post('/:slug/services', async (c) => {
      const unit = await unitFor(c, 'manage');
      const lang = c.get('lang');
      const input = await setupBody(c, setupSchemas(lang).serviceCreate);
      const service = await guarded(lang, () => c.get('db').services.create({ ...input, unitId: unit.id }, auditStamp(c)), {
        value: input.slug,
        taken: 'service',
      });
      return c.json(serviceDto(service), 201);
    })
    .patch('/:slug/services/:service', async (c) => {
      const unit = await unitFor(c, 'manage');
      const lang = c.get('lang');
      const db = c.get('db');
      const service = await serviceFor(db, lang, unit, c.req.param('service'));
      const { slug: _fixed, ...changes } = await setupBody(c, setupSchemas(lang).servicePatch);
      const changed = await db.services.update(service.id, changes, auditStamp(c));
      return c.json(serviceDto(changed ?? service));
    });
}
