/**
 * The messages of the citizen-facing screens only (the survey element, the status mark, the kiosk
 * page scripts): the `survey` and `kiosk` areas. The browser bundles of the survey and kiosk pages
 * import this instead of `./index`, which holds every staff catalogue too and would push the phone
 * survey past its size budget (test/e2e/survey-size.test.ts).
 */
import type { Lang } from '../types';
import type { Catalogue } from './define';
import kiosk from './kiosk';
import survey from './survey';
import { interpolate, type MessageParams } from './interpolate';

const AREAS = [survey, kiosk] as const satisfies readonly Catalogue<string>[];

type AreaKey<C> = C extends Catalogue<infer K> ? K : never;
export type CitizenMessageKey = AreaKey<(typeof AREAS)[number]>;

function merge(lang: Lang): Readonly<Record<CitizenMessageKey, string>> {
  const out: Record<string, string> = {};
  for (const area of AREAS as readonly Catalogue<string>[]) Object.assign(out, area[lang]);
  return out as Record<CitizenMessageKey, string>;
}

const MESSAGES: Readonly<Record<Lang, Readonly<Record<CitizenMessageKey, string>>>> = { id: merge('id'), en: merge('en') };

/** The message `key` in `lang` (same lookup as `t` of ./index, over the citizen areas only). */
export function t(lang: Lang, key: CitizenMessageKey, params?: MessageParams): string {
  return interpolate(MESSAGES[lang][key], params);
}

export function isMessageKey(s: string): s is CitizenMessageKey {
  return Object.prototype.hasOwnProperty.call(MESSAGES.id, s);
}

export type { MessageParams };
