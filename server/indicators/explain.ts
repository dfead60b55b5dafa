/**
 * Adds the reason's words next to every undefined figure (`reason: 'indicators.reason.…'`), in
 * the reader's language, so an API client can show "not defined" with why without a catalogue.
 */
import { isMessageKey, t } from '../../survey-kit/i18n/index';
import type { Lang } from '../../survey-kit/types';

export type Explained<T> = T extends Date
  ? T
  : T extends readonly (infer U)[]
    ? Explained<U>[]
    : T extends object
      ? { [K in keyof T]: Explained<T[K]> } & { reasonText?: string }
      : T;

export function explain<T>(value: T, lang: Lang): Explained<T> {
  if (Array.isArray(value)) return value.map((v: unknown) => explain(v, lang)) as Explained<T>;
  if (value === null || typeof value !== 'object' || value instanceof Date) return value as Explained<T>;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) out[key] = explain(v, lang);
  const reason = (value as { reason?: unknown }).reason;
  if (typeof reason === 'string' && isMessageKey(reason)) out.reasonText = t(lang, reason);
  return out as Explained<T>;
}
