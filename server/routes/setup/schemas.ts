/**
 * Request bodies of the set-up API, with one message per field in the request's language.
 * Slugs follow the rule of the other routes (server/routes/ikm.ts) and are fixed once created.
 */
import { z } from 'zod';
import { t } from '../../../survey-kit/i18n/index';
import type { IndonesianTimeZone, Lang } from '../../../survey-kit/types';

export const SLUG = /^[a-z0-9][a-z0-9-]*$/;
export const LIMITS = {
  slug: 60,
  name: 120,
  address: 300,
  coverageTarget: { min: 1, max: 100 },
  perBrowser: { min: 0, max: 100 },
  standardDays: { min: 1, max: 365 },
  retention: { min: 30, max: 3650 },
} as const;

export const TIME_ZONE_VALUES = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const satisfies readonly IndonesianTimeZone[];

function build(lang: Lang) {
  const name = z
    .string({ error: t(lang, 'setup.field.name', { max: LIMITS.name }) })
    .trim()
    .min(1, { error: t(lang, 'setup.field.name', { max: LIMITS.name }) })
    .max(LIMITS.name, { error: t(lang, 'setup.field.name', { max: LIMITS.name }) });
  const slugMessage = t(lang, 'setup.field.slug', { max: LIMITS.slug });
  const slug = z
    .string({ error: slugMessage })
    .trim()
    .max(LIMITS.slug, { error: slugMessage })
    .regex(SLUG, { error: slugMessage });
  // A slug is printed on posters: a change is refused with its own message, not ignored.
  const fixedSlug = z.never({ error: t(lang, 'setup.field.slugFixed') }).optional();
  const timeZone = z.enum(TIME_ZONE_VALUES, { error: t(lang, 'setup.field.timeZone') });
  const int = (message: string, range: { min: number; max: number }) =>
    z.number({ error: message }).int({ error: message }).min(range.min, { error: message }).max(range.max, { error: message });
  const address = z
    .string({ error: t(lang, 'setup.field.address', { max: LIMITS.address }) })
    .trim()
    .max(LIMITS.address, { error: t(lang, 'setup.field.address', { max: LIMITS.address }) })
    .nullable()
    .transform((v) => (v === '' ? null : v));
  const coverageTarget = int(t(lang, 'setup.field.coverageTarget', LIMITS.coverageTarget), LIMITS.coverageTarget);
  const perBrowser = int(t(lang, 'setup.field.perBrowser', LIMITS.perBrowser), LIMITS.perBrowser);
  const standardDays = int(t(lang, 'setup.field.standardDays', LIMITS.standardDays), LIMITS.standardDays).nullable();
  const retention = int(t(lang, 'setup.field.retention', LIMITS.retention), LIMITS.retention);

  return {
    organisationPatch: z.object({
      name: name.optional(),
      slug: fixedSlug,
      defaultTimeZone: timeZone.optional(),
      complaintRetentionDays: retention.optional(),
    }),
    unitCreate: z.object({
      slug,
      name,
      timeZone: timeZone.optional(),
      address: address.optional(),
      coverageTarget: coverageTarget.optional(),
      responsesPerBrowserPerDay: perBrowser.optional(),
      /** The organisation's slug; without it, the deployment's organisation. */
      organisation: z.string({ error: t(lang, 'setup.field.organisation') }).regex(SLUG, { error: t(lang, 'setup.field.organisation') }).optional(),
    }),
    unitPatch: z.object({
      slug: fixedSlug,
      name: name.optional(),
      timeZone: timeZone.optional(),
      address: address.optional(),
      coverageTarget: coverageTarget.optional(),
      responsesPerBrowserPerDay: perBrowser.optional(),
    }),
    serviceCreate: z.object({ slug, name, standardDays: standardDays.optional() }),
    servicePatch: z.object({ slug: fixedSlug, name: name.optional(), standardDays: standardDays.optional() }),
    operators: z.object({
      usernames: z.array(z.string({ error: t(lang, 'setup.field.usernames') }), { error: t(lang, 'setup.field.usernames') }).max(500),
    }),
  };
}

export type SetupSchemas = ReturnType<typeof build>;

const cache = new Map<Lang, SetupSchemas>();

/** The schemas with messages in `lang` (built once per language). */
export function setupSchemas(lang: Lang): SetupSchemas {
  let schemas = cache.get(lang);
  if (!schemas) {
    schemas = build(lang);
    cache.set(lang, schemas);
  }
  return schemas;
}
