/**
 * The query of every export route (`unit, service, from, to, channel`, plus `sep` for CSV), its
 * validation, and what it resolves to: the unit and service rows, the day range and the filename.
 */
import { z } from 'zod';
import type { Database, Service, Unit } from '../../db/repositories';
import { t } from '../../survey-kit/i18n/index';
import { CHANNELS, isValidDay, localDay } from '../../survey-kit/index';
import type { Channel, Day, Lang } from '../../survey-kit/types';
import { defaultRange, findService, findUnit } from '../queries/ikm';
import type { CsvSeparator } from './csv';

const SLUG = /^[a-z0-9][a-z0-9-]*$/;

function querySchema(lang: Lang) {
  const slug = z.string().regex(SLUG, { error: t(lang, 'api.field.slug') });
  const day = z.string().refine(isValidDay, { error: t(lang, 'api.invalidDay') });
  return z
    .object({
      unit: slug.optional(),
      service: slug.optional(),
      from: day.optional(),
      to: day.optional(),
      channel: z.enum(CHANNELS as [Channel, ...Channel[]], { error: t(lang, 'exports.channel', { values: CHANNELS.join(', ') }) }).optional(),
      sep: z.enum(['comma', 'semicolon'], { error: t(lang, 'exports.separator') }).optional(),
    })
    .superRefine((q, ctx) => {
      if (q.service !== undefined && q.unit === undefined) {
        ctx.addIssue({ code: 'custom', path: ['service'], message: t(lang, 'exports.serviceNeedsUnit') });
      }
      if ((q.from === undefined) !== (q.to === undefined)) {
        ctx.addIssue({ code: 'custom', path: [q.from === undefined ? 'from' : 'to'], message: t(lang, 'api.rangeIncomplete') });
      } else if (q.from !== undefined && q.to !== undefined && q.from > q.to) {
        ctx.addIssue({ code: 'custom', path: ['from'], message: t(lang, 'api.rangeReversed') });
      }
    });
}

const SCHEMAS = { id: querySchema('id'), en: querySchema('en') } as const;

export type ExportQuery = z.infer<ReturnType<typeof querySchema>>;

/** Throws a ZodError (→ 400 with one message per parameter) for a bad query. */
export function parseExportQuery(query: Record<string, string>, lang: Lang): ExportQuery {
  return SCHEMAS[lang].parse(query);
}

export interface ExportScope {
  /** null = every unit the caller may see. */
  unit: Unit | null;
  service: Service | null;
  channel: Channel | null;
  from: Day;
  to: Day;
}

/**
 * Unknown unit or service → 404. Without from/to: a unit's default range (the period in force, as
 * the dashboard and /ikm); for every unit, the calendar year so far — "today" taken in the
 * easternmost zone (WIT), so no unit's today is cut off.
 */
export async function resolveScope(db: Database, query: ExportQuery, lang: Lang, now: Date = new Date()): Promise<ExportScope> {
  const unit = query.unit ? await findUnit(db, query.unit, lang) : null;
  const service = unit && query.service ? await findService(db, unit, query.service, lang) : null;
  let from: Day;
  let to: Day;
  if (query.from !== undefined && query.to !== undefined) {
    from = query.from;
    to = query.to;
  } else if (unit) {
    ({ from, to } = await defaultRange(db, unit, now));
  } else {
    to = localDay(now, 'Asia/Jayapura');
    from = `${to.slice(0, 4)}-01-01`;
  }
  return { unit, service, channel: query.channel ?? null, from, to };
}

export function csvSeparator(query: ExportQuery): CsvSeparator {
  return query.sep === 'semicolon' ? ';' : ',';
}

/** e.g. `skm-perizinan-usaha-2026-01-01_2026-03-31.csv`; slugs and days only, so safe in a header. */
export function exportFilename(kind: 'skm' | 'ikm', scope: ExportScope, extension: 'csv' | 'xlsx'): string {
  const parts: string[] = [kind, scope.unit?.slug ?? 'semua-unit'];
  if (scope.service) parts.push(scope.service.slug);
  if (scope.channel) parts.push(scope.channel);
  return `${parts.join('-')}-${scope.from}_${scope.to}.${extension}`;
}

export function attachment(filename: string): string {
  return `attachment; filename="${filename}"`;
}
