/**
 * The request body of `POST /api/v1/responses`, checked by zod (strict: an unknown field is an
 * error), with one message per field from the catalogue in the request's language — zod's own
 * messages are English only.
 */
import { z } from 'zod';
import { AGE_MAX, AGE_MIN, SARAN_MAX } from '../../survey-kit/elements/survey/model';
import { t } from '../../survey-kit/i18n/index';
import { EDUCATIONS, OCCUPATIONS, SEXES, type Lang } from '../../survey-kit/types';
import { TOKEN_LENGTH } from '../tokens/token';

/** Completion time as measured by the client; a day is far more than any survey takes. */
export const MAX_COMPLETION_SECONDS = 86_400;
export const API_CHANNELS = ['kiosk', 'qr', 'online'] as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/;
const score = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.null()]);

export const responseBodySchema = z.strictObject({
  id: z.string().regex(UUID),
  unit: z.string().regex(SLUG),
  service: z.string().regex(SLUG).optional(),
  channel: z.enum(API_CHANNELS),
  answers: z.record(z.string().max(100), score),
  profile: z
    .strictObject({
      jenis_kelamin: z.enum(SEXES).nullable().optional(),
      usia: z.number().int().min(AGE_MIN).max(AGE_MAX).nullable().optional(),
      pendidikan: z.enum(EDUCATIONS).nullable().optional(),
      pekerjaan: z.enum(OCCUPATIONS).nullable().optional(),
    })
    .optional(),
  saran: z.string().max(SARAN_MAX).nullable().optional(),
  startedAt: z.iso.datetime({ offset: true }).optional(),
  completionSeconds: z.number().min(0).max(MAX_COMPLETION_SECONDS).optional(),
  token: z.string().max(100).optional(),
});

export type ResponseBody = z.infer<typeof responseBodySchema>;

type Issue = z.core.$ZodIssue;

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function messageFor(lang: Lang, path: readonly PropertyKey[], issue: Issue, input: unknown): string {
  const [head, sub] = path.map(String);
  if (issue.code === 'invalid_type' && valueAt(input, path) === undefined) return t(lang, 'api.field.required');
  switch (head) {
    case 'id':
      return t(lang, 'api.field.id');
    case 'unit':
    case 'service':
      return t(lang, 'api.field.slug');
    case 'channel':
      return t(lang, 'api.field.oneOf', { values: API_CHANNELS.join(', ') });
    case 'answers':
      return sub === undefined ? t(lang, 'api.field.object') : t(lang, 'api.field.score');
    case 'profile':
      if (sub === 'jenis_kelamin') return t(lang, 'api.field.oneOf', { values: SEXES.join(', ') });
      if (sub === 'usia') return t(lang, 'api.field.age', { min: AGE_MIN, max: AGE_MAX });
      if (sub === 'pendidikan') return t(lang, 'api.field.oneOf', { values: EDUCATIONS.join(', ') });
      if (sub === 'pekerjaan') return t(lang, 'api.field.oneOf', { values: OCCUPATIONS.join(', ') });
      return t(lang, 'api.field.object');
    case 'saran':
      return issue.code === 'too_big' ? t(lang, 'api.field.saranTooLong', { max: SARAN_MAX }) : t(lang, 'api.field.text');
    case 'startedAt':
      return t(lang, 'api.field.startedAt');
    case 'completionSeconds':
      return t(lang, 'api.field.completionSeconds', { max: MAX_COMPLETION_SECONDS });
    case 'token':
      return t(lang, 'api.field.tokenFormat', { length: TOKEN_LENGTH });
    default:
      return t(lang, 'api.field.object');
  }
}

/** One message per field path ("answers.waktu", "profile.usia", or "_" for the body itself). */
export function fieldMessages(lang: Lang, error: z.ZodError, input: unknown): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) fields[[...issue.path.map(String), key].join('.')] ??= t(lang, 'api.field.unknown');
      continue;
    }
    const key = issue.path.map(String).join('.') || '_';
    fields[key] ??= messageFor(lang, issue.path, issue, input);
  }
  return fields;
}
