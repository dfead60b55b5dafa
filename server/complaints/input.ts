/** Request bodies and queries of the complaints API (zod), with messages in the caller's language. */
import { z } from 'zod';
import { COMPLAINT_CATEGORIES, COMPLAINT_CHANNELS, COMPLAINT_GRADES, COMPLAINT_STATUSES } from '../../db/schema/sqlite';
import { t } from '../../survey-kit/i18n/index';
import { isValidDay } from '../../survey-kit/time/index';
import type { Lang } from '../../survey-kit/types';
import { DESCRIPTION_MAX } from './lapor';

const SLUG = /^[a-z0-9][a-z0-9-]*$/;
const PHONE = /^\+?[0-9][0-9 ()-]{4,24}$/;
export const NOTE_MAX = 2000;
export const NAME_MAX = 120;
export const WORKING_DAYS = { min: 1, max: 60 } as const;

/** Forms send null for an empty field; JSON clients may send "". Both mean "not given". */
const blank = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? null : v), schema.nullish());

function schemas(lang: Lang) {
  const choice = <const T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: t(lang, 'complaints.api.invalidChoice') });
  const slug = z.string({ error: t(lang, 'complaints.api.unitRequired') }).regex(SLUG, { error: t(lang, 'complaints.api.unitRequired') });
  const text = (max: number) => z.string().trim().max(max, { error: t(lang, 'complaints.api.text', { max }) });
  const time = z.string({ error: t(lang, 'complaints.api.invalidTime') });
  const days = (b: { min: number; max: number }, key: 'complaints.api.workingDays') =>
    z.number({ error: t(lang, key, b) }).int({ error: t(lang, key, b) }).min(b.min, { error: t(lang, key, b) }).max(b.max, { error: t(lang, key, b) });

  const create = z
    .object({
      fromResponse: z.number({ error: t(lang, 'complaints.api.invalidChoice') }).int().positive().nullish(),
      unit: blank(slug),
      service: blank(z.string().regex(SLUG, { error: t(lang, 'complaints.api.invalidChoice') })),
      channel: blank(choice(COMPLAINT_CHANNELS)),
      receivedAt: blank(time),
      category: choice(COMPLAINT_CATEGORIES),
      grade: blank(choice(COMPLAINT_GRADES)),
      description: blank(z.string().trim().max(DESCRIPTION_MAX, { error: t(lang, 'complaints.api.description', { max: DESCRIPTION_MAX }) })),
      consent: z.boolean().default(false),
      contactName: blank(text(NAME_MAX)),
      contactPhone: blank(z.string().trim().regex(PHONE, { error: t(lang, 'complaints.api.invalidPhone') })),
      contactEmail: blank(z.email({ error: t(lang, 'complaints.api.invalidEmail') }).max(200, { error: t(lang, 'complaints.api.invalidEmail') })),
    })
    .superRefine((b, ctx) => {
      if (typeof b !== 'object' || b === null) return;
      if (b.fromResponse == null) {
        if (b.unit == null) ctx.addIssue({ code: 'custom', path: ['unit'], message: t(lang, 'complaints.api.unitRequired') });
        if (b.channel == null) ctx.addIssue({ code: 'custom', path: ['channel'], message: t(lang, 'complaints.api.invalidChoice') });
        if (b.description == null) ctx.addIssue({ code: 'custom', path: ['description'], message: t(lang, 'complaints.api.description', { max: DESCRIPTION_MAX }) });
      }
      if (!b.consent) {
        for (const field of ['contactName', 'contactPhone', 'contactEmail'] as const) {
          if (b[field] != null) ctx.addIssue({ code: 'custom', path: [field], message: t(lang, 'complaints.api.contactWithoutConsent') });
        }
      }
      // Run also when a field failed: the form then shows every message at once. Only null checks are made here.
    }, { when: () => true });

  const step = z.object({
    status: choice(['responded', 'resolved', 'closed', 'rejected'] as const),
    at: blank(time),
    note: blank(text(NOTE_MAX)),
    reason: blank(text(NOTE_MAX)),
  });

  const day = z.string().refine(isValidDay, { error: t(lang, 'api.invalidDay') });
  const list = z.object({
    unit: blank(slug),
    status: blank(choice(COMPLAINT_STATUSES)),
    from: blank(day),
    to: blank(day),
    q: blank(text(200)),
    page: blank(z.coerce.number({ error: t(lang, 'complaints.api.page') }).int({ error: t(lang, 'complaints.api.page') }).min(1, { error: t(lang, 'complaints.api.page') })),
  });

  const grades = Object.fromEntries(COMPLAINT_GRADES.map((g) => [g, days(WORKING_DAYS, 'complaints.api.workingDays')])) as Record<(typeof COMPLAINT_GRADES)[number], ReturnType<typeof days>>;
  const deadlines = z.object({ unit: slug, deadlines: z.object(grades) });
  const unitQuery = z.object({ unit: slug });
  return { create, step, list, deadlines, unitQuery };
}

export const INPUT = { id: schemas('id'), en: schemas('en') } as const;
export type CreateBody = z.infer<(typeof INPUT)['id']['create']>;
