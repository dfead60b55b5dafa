/**
 * Survey periods: `GET/POST /api/v1/periods`, `PATCH/DELETE /api/v1/periods/:id`. Everyone with
 * the set-up right reads (operators: the periods that apply to their units); admins change.
 * A new period comes from a preset (`{preset:{kind,year,index}}`) or a custom range
 * (`{name,startDay,endDay}`), with `unit` (none: the whole organisation) and `instrument`
 * (a code, default the 2017 one). Every change is audited with the change itself.
 */
import { Hono, type Context } from 'hono';
import { DbError } from '../../db/errors';
import type { Database, Organisation, SurveyPeriod, Unit } from '../../db/repositories';
import { t } from '../../survey-kit/i18n/index';
import { SKM_2017 } from '../../survey-kit/instruments/index';
import { PERIODS_PER_YEAR, periodPreset, validatePeriodRange } from '../../survey-kit/periods/index';
import type { Lang } from '../../survey-kit/types';
import { auditStamp } from '../auth/audit';
import { requirePermission, requireUnitScope } from '../auth/guard';
import { jsonBody } from '../auth/http';
import type { AppEnv } from '../env';
import { ApiError } from '../errors/api-error';
import { chooseOrganisation } from './setup/load';
import { PERIOD_SCHEMAS, periodDtos, visiblePeriods, type PeriodCreateBody } from './periods-input';

function invalid(lang: Lang, fields: Record<string, string>): ApiError {
  return new ApiError(400, 'validation_failed', t(lang, 'api.validationFailed'), fields);
}

function checkRange(lang: Lang, startDay: string, endDay: string): void {
  const issues = validatePeriodRange(startDay, endDay);
  if (issues.length > 0) throw invalid(lang, Object.fromEntries(issues.map((i) => [i.field, i.message[lang]])));
}

/** The name and range a new period gets from its body: a preset, or a custom range (never both). */
function rangeOf(lang: Lang, body: PeriodCreateBody): { name: string; startDay: string; endDay: string } {
  if (body.preset) {
    if (body.startDay != null || body.endDay != null) throw invalid(lang, { preset: t(lang, 'periods.api.presetOrRange') });
    const { kind, year, index } = body.preset;
    const max = PERIODS_PER_YEAR[kind];
    if (index < 1 || index > max) throw invalid(lang, { 'preset.index': t(lang, 'periods.api.index', { kind: t(lang, `periods.kind.${kind}`).toLowerCase(), max }) });
    const preset = periodPreset(kind, year, index);
    return { name: body.name ?? preset.name.id, startDay: preset.startDay, endDay: preset.endDay };
  }
  const fields: Record<string, string> = {};
  if (body.name == null) fields.name = t(lang, 'periods.api.name', { max: 120 });
  if (body.startDay == null) fields.startDay = t(lang, 'periods.api.day');
  if (body.endDay == null) fields.endDay = t(lang, 'periods.api.day');
  if (Object.keys(fields).length > 0) throw invalid(lang, fields);
  checkRange(lang, body.startDay!, body.endDay!);
  return { name: body.name!, startDay: body.startDay!, endDay: body.endDay! };
}

async function unitNamed(db: Database, lang: Lang, slug: string): Promise<Unit> {
  const unit = await db.units.bySlug(slug);
  if (!unit) throw invalid(lang, { unit: t(lang, 'periods.api.unit', { unit: slug }) });
  return unit;
}

async function instrumentId(db: Database, lang: Lang, code: string): Promise<number> {
  const stored = await db.instruments.byCode(code);
  if (!stored) throw invalid(lang, { instrument: t(lang, 'periods.api.instrument', { code }) });
  return stored.id;
}

/** The organisation of a new period: the unit's, else the one named, else the only one. */
async function organisationOf(db: Database, lang: Lang, slug: string | null | undefined, unit: Unit | null): Promise<Organisation> {
  const choice = await chooseOrganisation(db, slug);
  if (choice.kind === 'unknown') throw invalid(lang, { organisation: t(lang, 'periods.api.organisation', { organisation: choice.slug }) });
  if (unit) {
    if (choice.kind === 'found' && slug && choice.organisation.id !== unit.organisationId) {
      throw invalid(lang, { unit: t(lang, 'periods.api.organisationMismatch', { unit: unit.slug }) });
    }
    const own = await db.organisations.byId(unit.organisationId);
    if (own) return own;
  }
  if (choice.kind === 'found') return choice.organisation;
  throw invalid(lang, { organisation: t(lang, 'periods.api.organisationNeeded') });
}

/**
 * A repository refusal as the API says it (409): the same range twice (on `rangeField`, the field
 * the form shows it under), a new instrument over stored answers, a period still in use.
 */
async function refusals<T>(lang: Lang, change: () => Promise<T>, range?: { startDay: string; endDay: string; rangeField: string }): Promise<T> {
  try {
    return await change();
  } catch (error) {
    const refused = (fields: Record<string, string>) => new ApiError(409, 'conflict', t(lang, 'periods.api.refused'), fields);
    if (error instanceof DbError && error.code === 'duplicate' && range) {
      throw refused({ [range.rangeField]: t(lang, 'periods.api.duplicate', { start: range.startDay, end: range.endDay }) });
    }
    if (error instanceof DbError && error.code === 'period_instrument_locked') {
      throw refused({ instrument: t(lang, 'periods.api.instrumentLocked', { count: Number(error.details.responses) }) });
    }
    if (error instanceof DbError && error.code === 'unknown_reference') throw new ApiError(409, 'conflict', t(lang, 'periods.api.inUse'));
    throw error;
  }
}

async function periodOf(c: Context<AppEnv>): Promise<SurveyPeriod> {
  const raw = c.req.param('id') ?? '';
  const id = /^\d{1,15}$/.test(raw) ? Number(raw) : NaN;
  const period = Number.isSafeInteger(id) ? await c.get('db').periods.byId(id) : undefined;
  if (!period) throw new ApiError(404, 'not_found', t(c.get('lang'), 'periods.api.notFound', { id: raw }));
  return period;
}

export function periodRoutes(): Hono<AppEnv> {
  return new Hono<AppEnv>()
    .get('/', async (c) => {
      const scope = requireUnitScope(c, 'setup', 'read');
      const db = c.get('db');
      return c.json({ periods: await periodDtos(db, await visiblePeriods(db, scope)) });
    })
    .post('/', async (c) => {
      requirePermission(c, 'setup', 'manage');
      const lang = c.get('lang');
      const db = c.get('db');
      const body = await jsonBody(c, PERIOD_SCHEMAS[lang].create);
      const range = rangeOf(lang, body);
      const unit = body.unit ? await unitNamed(db, lang, body.unit) : null;
      if (unit) requirePermission(c, 'setup', 'manage', unit);
      const organisation = await organisationOf(db, lang, body.organisation, unit);
      const instrument = await instrumentId(db, lang, body.instrument ?? SKM_2017.code);
      const period = await refusals(
        lang,
        () => db.periods.create({ organisationId: organisation.id, unitId: unit?.id ?? null, instrumentId: instrument, ...range }, auditStamp(c)),
        { ...range, rangeField: body.preset ? 'preset.index' : 'startDay' },
      );
      const [dto] = await periodDtos(db, [period]);
      return c.json(dto, 201);
    })
    .patch('/:id', async (c) => {
      requirePermission(c, 'setup', 'manage');
      const lang = c.get('lang');
      const db = c.get('db');
      const period = await periodOf(c);
      const body = await jsonBody(c, PERIOD_SCHEMAS[lang].update);
      const startDay = body.startDay ?? period.startDay;
      const endDay = body.endDay ?? period.endDay;
      checkRange(lang, startDay, endDay);
      let unitId = period.unitId;
      if (body.unit !== undefined) {
        const unit = body.unit === null ? null : await unitNamed(db, lang, body.unit);
        if (unit && unit.organisationId !== period.organisationId) throw invalid(lang, { unit: t(lang, 'periods.api.organisationMismatch', { unit: unit.slug }) });
        if (unit) requirePermission(c, 'setup', 'manage', unit);
        unitId = unit?.id ?? null;
      }
      const changes = {
        ...(body.name !== undefined ? { name: body.name } : {}),
        startDay,
        endDay,
        unitId,
        ...(body.instrument != null ? { instrumentId: await instrumentId(db, lang, body.instrument) } : {}),
      };
      const updated = await refusals(lang, () => db.periods.update(period.id, changes, auditStamp(c)), { startDay, endDay, rangeField: 'startDay' });
      if (!updated) throw new ApiError(404, 'not_found', t(lang, 'periods.api.notFound', { id: period.id }));
      const [dto] = await periodDtos(db, [updated]);
      return c.json(dto);
    })
    .delete('/:id', async (c) => {
      requirePermission(c, 'setup', 'manage');
      const lang = c.get('lang');
      const period = await periodOf(c);
      await refusals(lang, () => c.get('db').periods.delete(period.id, auditStamp(c)));
      return c.body(null, 204);
    });
}
