import { Hono, type Context } from 'hono';
import type { SurveyPeriod, Unit } from '../../db/repositories';
import type { FollowUpItemRow } from '../../db/schema/sqlite';
import { t } from '../../survey-kit/i18n/index';
import { localDay } from '../../survey-kit/index';
import type { Instrument, Lang } from '../../survey-kit/types';
import { auditStamp } from '../auth/audit';
import { jsonBody } from '../auth/http';
import { requirePermission } from '../auth/guard';
import type { AppEnv } from '../env';
import { ApiError } from '../errors/api-error';
import { progressOf } from '../indicators/load';
import { findUnit, instrumentFor, unitPeriods } from '../queries/ikm';
import { FOLLOW_UP_SCHEMAS, presentItem, settleChange } from './follow-ups-input';

function invalid(lang: Lang, fields: Record<string, string>): ApiError {
  return new ApiError(400, 'validation_failed', t(lang, 'api.validationFailed'), fields);
}

async function periodOf(c: Context<AppEnv>, unit: Unit, id: number | null | undefined): Promise<SurveyPeriod | null> {
  if (id === null || id === undefined) return null;
  const period = (await unitPeriods(c.get('db'), unit)).find((p) => p.id === id);
  if (!period) throw invalid(c.get('lang'), { period: t(c.get('lang'), 'followup.api.periodUnknown', { period: id }) });
  return period;
}

/** The instrument whose elements a plan item may name: the one in force at the period's end (or today). */
async function instrumentOf(c: Context<AppEnv>, unit: Unit, period: SurveyPeriod | null): Promise<Instrument> {
  return instrumentFor(c.get('db'), unit, period?.endDay ?? localDay(new Date(), unit.timeZone));
}

function checkElement(c: Context<AppEnv>, instrument: Instrument, code: string | null | undefined): void {
  if (code === null || code === undefined) return;
  if (!instrument.elements.some((e) => e.code === code)) {
    throw invalid(c.get('lang'), { elementCode: t(c.get('lang'), 'followup.api.elementUnknown', { code }) });
  }
}

async function itemOf(c: Context<AppEnv>): Promise<{ item: FollowUpItemRow; unit: Unit }> {
  const lang = c.get('lang');
  const raw = c.req.param('id') ?? '';
  const id = /^[1-9][0-9]{0,15}$/.test(raw) ? Number(raw) : NaN;
  const item = Number.isSafeInteger(id) ? await c.get('db').followUps.byId(id) : undefined;
  if (!item) throw new ApiError(404, 'not_found', t(lang, 'followup.api.notFound', { id: raw }));
  const unit = await c.get('db').units.byId(item.unitId);
  if (!unit) throw new ApiError(404, 'not_found', t(lang, 'followup.api.notFound', { id: raw }));
  return { item, unit };
}

/**
 * Follow-up plans: `GET /follow-ups?unit=&period=` (the unit's items, of one period when given,
 * with the plan's progress), `POST /follow-ups`, `PATCH /follow-ups/:id`. Reading follows
 * POLICY 'followup' read; changes need 'followup' manage on the item's unit.
 */
export const followUpRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    requirePermission(c, 'followup', 'read');
    const lang = c.get('lang');
    const query = FOLLOW_UP_SCHEMAS[lang].list.parse(c.req.query());
    const db = c.get('db');
    const unit = await findUnit(db, query.unit, lang);
    requirePermission(c, 'followup', 'read', unit);
    const period = await periodOf(c, unit, query.period);
    const [items, instrument] = await Promise.all([db.followUps.list([unit.id], period?.id), instrumentOf(c, unit, period)]);
    return c.json({
      unit: unit.slug,
      period: period && { id: period.id, name: period.name, startDay: period.startDay, endDay: period.endDay },
      elements: instrument.elements.map((e) => ({ code: e.code, name: e.name[lang] })),
      items: items.map(presentItem),
      progress: progressOf(items, localDay(new Date(), unit.timeZone)),
    });
  })
  .post('/', async (c) => {
    requirePermission(c, 'followup', 'manage');
    const lang = c.get('lang');
    const input = await jsonBody(c, FOLLOW_UP_SCHEMAS[lang].create);
    const db = c.get('db');
    const unit = await findUnit(db, input.unit, lang);
    requirePermission(c, 'followup', 'manage', unit);
    const period = await periodOf(c, unit, input.period);
    checkElement(c, await instrumentOf(c, unit, period), input.elementCode);
    const now = new Date();
    const item = await db.followUps.create(
      { unitId: unit.id, periodId: period?.id ?? null, elementCode: input.elementCode ?? null, action: input.task, owner: input.owner, dueDay: input.dueDay },
      now,
      auditStamp(c, now),
    );
    return c.json(presentItem(item), 201);
  })
  .patch('/:id', async (c) => {
    requirePermission(c, 'followup', 'manage');
    const lang = c.get('lang');
    const { item, unit } = await itemOf(c);
    requirePermission(c, 'followup', 'manage', unit);
    const input = await jsonBody(c, FOLLOW_UP_SCHEMAS[lang].change);
    if (Object.keys(input).length === 0) throw invalid(lang, { _: t(lang, 'followup.api.nothingToChange') });
    if (input.elementCode !== undefined) {
      const period = item.periodId === null ? null : ((await unitPeriods(c.get('db'), unit)).find((p) => p.id === item.periodId) ?? null);
      checkElement(c, await instrumentOf(c, unit, period), input.elementCode);
    }
    const now = new Date();
    const settled = settleChange(item, input, localDay(now, unit.timeZone), lang);
    if (settled.fields) throw invalid(lang, settled.fields);
    const updated = await c.get('db').followUps.update(item.id, settled.change, now, auditStamp(c, now));
    if (!updated) throw new ApiError(404, 'not_found', t(lang, 'followup.api.notFound', { id: item.id }));
    return c.json(presentItem(updated));
  });
