/**
 * People served as the API reads and writes them: entries by service slug and day, checked
 * against the unit's services all together (every bad entry named), and the stored counts
 * grouped per day and service with the one source that counts.
 */
import { z } from 'zod';
import type { Database, ServedDay, ServedEntry, ServedSource, Service, Unit } from '../../db/repositories';
import { t } from '../../survey-kit/i18n/index';
import type { Day, Lang } from '../../survey-kit/types';
import { ApiError } from '../errors/api-error';
import { daySchema, slugSchema } from './http';

export const MAX_ENTRIES = 5000;
export const MAX_COUNT = 1_000_000;

export function entriesSchema(lang: Lang, options: { nullableCount: boolean }) {
  const count = z
    .number({ error: t(lang, 'population.api.count') })
    .int({ error: t(lang, 'population.api.count') })
    .min(0, { error: t(lang, 'population.api.count') })
    .max(MAX_COUNT, { error: t(lang, 'population.api.count') });
  const entry = z.strictObject({
    service: slugSchema(lang).nullable().optional(),
    day: daySchema(lang),
    count: options.nullableCount ? count.nullable() : count,
  });
  return z
    .array(entry, { error: t(lang, 'population.api.entries', { max: MAX_ENTRIES }) })
    .min(1, { error: t(lang, 'population.api.entries', { max: MAX_ENTRIES }) })
    .max(MAX_ENTRIES, { error: t(lang, 'population.api.entries', { max: MAX_ENTRIES }) });
}

export interface EntryInput {
  service?: string | null | undefined;
  day: Day;
  count: number | null;
}

/** The entries as repository entries, or 400 naming every entry whose service is unknown or repeated. */
export async function resolveEntries(
  db: Database,
  unit: Unit,
  entries: readonly EntryInput[],
  lang: Lang,
): Promise<{ set: ServedEntry[]; clear: Omit<ServedEntry, 'count'>[] }> {
  const services = new Map((await db.services.listByUnit(unit.id)).map((s): [string, Service] => [s.slug, s]));
  const fields: Record<string, string> = {};
  const seen = new Map<string, number>();
  const set: ServedEntry[] = [];
  const clear: Omit<ServedEntry, 'count'>[] = [];
  entries.forEach((e, i) => {
    const slug = e.service ?? null;
    const service = slug === null ? null : services.get(slug);
    if (service === undefined) {
      fields[`entries.${i}.service`] = t(lang, 'population.api.serviceNotFound', { unit: unit.slug, service: slug ?? '' });
      return;
    }
    const key = `${slug ?? ''}|${e.day}`;
    const first = seen.get(key);
    if (first !== undefined) {
      fields[`entries.${i}.day`] = t(lang, 'population.api.duplicateEntry', { first });
      return;
    }
    seen.set(key, i);
    const at = { unitId: unit.id, serviceId: service?.id ?? null, day: e.day };
    if (e.count === null) clear.push(at);
    else set.push({ ...at, count: e.count });
  });
  if (Object.keys(fields).length > 0) throw new ApiError(400, 'validation_failed', t(lang, 'api.validationFailed'), fields);
  return { set, clear };
}

export interface ServedDayDto {
  day: Day;
  service: string | null;
  /** The source whose figure counts (manual > api > transactions). */
  source: ServedSource;
  count: number;
  /** Every stored figure of the day and service, by source. */
  sources: Partial<Record<ServedSource, number>>;
}

/** Groups stored counts per day and service; the repository lists sources in precedence order. */
export function groupServedDays(days: readonly ServedDay[], serviceSlugs: ReadonlyMap<number, string>): ServedDayDto[] {
  const out: ServedDayDto[] = [];
  let last: ServedDayDto | undefined;
  let lastKey = '';
  for (const d of days) {
    const key = `${d.day}|${d.serviceId ?? ''}`;
    if (last && key === lastKey) {
      last.sources[d.source] = d.count;
      continue;
    }
    last = { day: d.day, service: d.serviceId === null ? null : (serviceSlugs.get(d.serviceId) ?? String(d.serviceId)), source: d.source, count: d.count, sources: { [d.source]: d.count } };
    lastKey = key;
    out.push(last);
  }
  return out;
}
