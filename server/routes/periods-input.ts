/** What the periods API accepts (zod, messages per language) and answers (DTOs). */
import { z } from 'zod';
import type { Database, SurveyPeriod } from '../../db/repositories';
import { t } from '../../survey-kit/i18n/index';
import { PERIOD_KINDS, PERIOD_MAX_YEAR, PERIOD_MIN_YEAR } from '../../survey-kit/periods/index';
import type { Lang } from '../../survey-kit/types';

export const PERIOD_NAME_MAX = 120;
const SLUG = /^[a-z0-9][a-z0-9-]*$/;

function schemas(lang: Lang) {
  const slug = z.string({ error: t(lang, 'periods.api.slug') }).regex(SLUG, { error: t(lang, 'periods.api.slug') });
  const name = z
    .string({ error: t(lang, 'periods.api.name', { max: PERIOD_NAME_MAX }) })
    .trim()
    .min(1, { error: t(lang, 'periods.api.name', { max: PERIOD_NAME_MAX }) })
    .max(PERIOD_NAME_MAX, { error: t(lang, 'periods.api.name', { max: PERIOD_NAME_MAX }) });
  const day = z.string({ error: t(lang, 'periods.api.day') });
  const year = t(lang, 'periods.api.year', { min: PERIOD_MIN_YEAR, max: PERIOD_MAX_YEAR });
  const preset = z.object({
    kind: z.enum(PERIOD_KINDS, { error: t(lang, 'periods.api.kind') }),
    year: z.number({ error: year }).int({ error: year }).min(PERIOD_MIN_YEAR, { error: year }).max(PERIOD_MAX_YEAR, { error: year }),
    // The bounds depend on the kind; the handler checks them with the kind's own message.
    index: z.number({ error: t(lang, 'periods.api.indexNumber') }).int({ error: t(lang, 'periods.api.indexNumber') }),
  });
  // Empty form fields arrive as null: null and absent mean the same, except `unit` in an edit
  // (null = every unit of the organisation).
  const scope = { unit: slug.nullish(), instrument: z.string().trim().min(1).nullish() };
  return {
    create: z.strictObject({
      preset: preset.nullish(),
      name: name.nullish(),
      startDay: day.nullish(),
      endDay: day.nullish(),
      organisation: slug.nullish(),
      ...scope,
    }),
    update: z.strictObject({ name: name.optional(), startDay: day.optional(), endDay: day.optional(), ...scope }),
  };
}

export const PERIOD_SCHEMAS = { id: schemas('id'), en: schemas('en') } as const;
export type PeriodCreateBody = z.output<(typeof PERIOD_SCHEMAS)['id']['create']>;

export interface PeriodDto {
  id: number;
  name: string;
  organisation: string;
  /** null: every unit of the organisation. */
  unit: string | null;
  startDay: string;
  endDay: string;
  instrument: string;
}

/**
 * The periods an account may read (`scope` from unitScope(user, 'setup', 'read'); null = all):
 * operators see their units' own periods and the organisation-wide ones of their organisations.
 */
export async function visiblePeriods(db: Database, scope: readonly number[] | null): Promise<SurveyPeriod[]> {
  const units = await db.units.list();
  const orgs = new Set(units.filter((u) => scope === null || scope.includes(u.id)).map((u) => u.organisationId));
  const all = (await Promise.all((await db.organisations.list()).map((o) => db.periods.list(o.id)))).flat();
  return all.filter((p) => scope === null || (p.unitId === null ? orgs.has(p.organisationId) : scope.includes(p.unitId)));
}

/** Periods as the API answers them (slugs and codes, not ids); reads each unit/instrument once. */
export async function periodDtos(db: Database, periods: readonly SurveyPeriod[]): Promise<PeriodDto[]> {
  const [organisations, units, instruments] = await Promise.all([db.organisations.list(), db.units.list(), db.instruments.list()]);
  const org = new Map(organisations.map((o) => [o.id, o.slug]));
  const unit = new Map(units.map((u) => [u.id, u.slug]));
  const code = new Map(instruments.map((i) => [i.id, i.instrument.code]));
  return periods.map((p) => ({
    id: p.id,
    name: p.name,
    organisation: org.get(p.organisationId) ?? String(p.organisationId),
    unit: p.unitId === null ? null : (unit.get(p.unitId) ?? String(p.unitId)),
    startDay: p.startDay,
    endDay: p.endDay,
    instrument: code.get(p.instrumentId) ?? String(p.instrumentId),
  }));
}
