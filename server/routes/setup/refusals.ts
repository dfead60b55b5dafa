/** The set-up API's refusals: unknown records (404) and repository errors turned into field messages. */
import type { Context } from 'hono';
import type { z } from 'zod';
import { DbError } from '../../../db/errors';
import type { Database, Organisation, Unit } from '../../../db/repositories';
import { t } from '../../../survey-kit/i18n/index';
import type { Lang } from '../../../survey-kit/types';
import type { AppEnv } from '../../env';
import { ApiError } from '../../errors/api-error';
import { chooseOrganisation } from './load';

export function invalid(lang: Lang, fields: Record<string, string>): ApiError {
  return new ApiError(400, 'validation_failed', t(lang, 'setup.api.invalid'), fields);
}

/** The JSON body checked by `schema`; 400 with the first message per field and the set-up's own summary. */
export async function setupBody<T extends z.ZodType>(c: Context<AppEnv>, schema: T): Promise<z.output<T>> {
  const lang = c.get('lang');
  let raw: unknown;
  try {
    raw = await c.req.json();
  } catch {
    throw new ApiError(400, 'validation_failed', t(lang, 'setup.api.notJson'));
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const fields: Record<string, string> = {};
  for (const issue of parsed.error.issues) fields[issue.path.map(String).join('.') || '_'] ??= issue.message;
  throw invalid(lang, fields);
}

/**
 * Runs a repository change; a taken slug becomes 409 `conflict` and a locked time zone 400, both
 * with the field's message, so a form shows them next to the field.
 */
export async function guarded<T>(lang: Lang, change: () => Promise<T>, slug?: { value: string; taken: 'unit' | 'service' }): Promise<T> {
  try {
    return await change();
  } catch (error) {
    if (error instanceof DbError && error.code === 'duplicate' && slug) {
      const key = slug.taken === 'unit' ? 'setup.field.unitSlugTaken' : 'setup.field.serviceSlugTaken';
      throw new ApiError(409, 'conflict', t(lang, 'setup.api.slugTaken'), { slug: t(lang, key, { slug: slug.value }) });
    }
    if (error instanceof DbError && error.code === 'time_zone_locked') throw invalid(lang, { timeZone: t(lang, 'setup.field.timeZoneLocked') });
    throw error;
  }
}

/** The organisation a request means (`?slug=`), or 404 / 400 when there is none or several. */
export async function requestedOrganisation(c: Context<AppEnv>): Promise<Organisation> {
  const lang = c.get('lang');
  const choice = await chooseOrganisation(c.get('db'), c.req.query('slug') ?? null);
  switch (choice.kind) {
    case 'found':
      return choice.organisation;
    case 'unknown':
      throw new ApiError(404, 'not_found', t(lang, 'setup.api.orgNotFound', { slug: choice.slug }));
    case 'none':
      throw new ApiError(404, 'not_found', t(lang, 'setup.api.orgNone'));
    case 'ambiguous':
      throw new ApiError(400, 'validation_failed', t(lang, 'setup.api.orgAmbiguous', { orgs: choice.organisations.map((o) => o.slug).join(', ') }), {
        slug: t(lang, 'setup.api.orgAmbiguous', { orgs: choice.organisations.map((o) => o.slug).join(', ') }),
      });
  }
}

export async function unitBySlug(db: Database, lang: Lang, slug: string): Promise<Unit> {
  const unit = await db.units.bySlug(slug);
  if (!unit) throw new ApiError(404, 'not_found', t(lang, 'setup.api.unitNotFound', { unit: slug }));
  return unit;
}
