/**
 * Message catalogues and the `t` lookup. Bahasa Indonesia is the primary language.
 *
 * To add an area: create `survey-kit/i18n/<area>.ts` exporting
 * `export default defineCatalogue({ 'area.key': '…{name}…' }, { 'area.key': '…{name}…' })`,
 * then add it to AREAS below. Keys are namespaced by area ('area.key') so merges never collide.
 */
import type { Lang, Text } from '../types';
import { id as coreId } from './id';
import { en as coreEn } from './en';
import type { Catalogue } from './define';
import { interpolate, type MessageParams } from './interpolate';
import ikm from './ikm';
import site from './site';
import paper from './paper';
import cli from './cli';
import survey from './survey';
import qr from './qr';
import kiosk from './kiosk';
import api from './api';
import tokens from './tokens';
import indicators from './indicators';
import auth from './auth';
import exportsCatalogue from './exports';
import nav from './nav';
import dashboard from './dashboard';
import complaints from './complaints';
import complaintsPage from './complaints-page';
import population from './population';
import setup from './setup';
import periods from './periods';
import devices from './devices';
import followup from './followup';
import users from './users';

// Area catalogues are listed here (one import + one entry per area).
const AREAS = [ikm, site, paper, cli, survey, qr, api, tokens, indicators, kiosk, exportsCatalogue, auth, nav, users, followup, periods, devices, setup, population, complaints, complaintsPage, dashboard] as const satisfies readonly Catalogue<string>[];

type AreaKey<C> = C extends Catalogue<infer K> ? K : never;

/** Every key of every catalogue. */
export type MessageKey = keyof typeof coreId | AreaKey<(typeof AREAS)[number]>;

type Messages = Readonly<Record<MessageKey, string>>;

function merge(lang: Lang): Messages {
  const out: Record<string, string> = { ...(lang === 'id' ? coreId : coreEn) };
  for (const area of AREAS as readonly Catalogue<string>[]) {
    for (const [key, value] of Object.entries(area[lang])) {
      if (key in out) throw new Error(`i18n: duplicate message key ${key}`);
      out[key] = value;
    }
  }
  return out as Messages;
}

export const MESSAGES: Readonly<Record<Lang, Messages>> = { id: merge('id'), en: merge('en') };

export const LANGS: readonly Lang[] = ['id', 'en'] as const;

/** The message `key` in `lang`, with `{name}` placeholders filled from `params`. */
export function t(lang: Lang, key: MessageKey, params?: MessageParams): string {
  return interpolate(MESSAGES[lang][key], params);
}

/** The message in both languages, for values typed `Text` (e.g. validation issues). */
export function text(key: MessageKey, params?: MessageParams): Text {
  return { id: t('id', key, params), en: t('en', key, params) };
}

/** True when `s` is a known message key (for keys read from data). */
export function isMessageKey(s: string): s is MessageKey {
  return Object.prototype.hasOwnProperty.call(MESSAGES.id, s);
}

export { defineCatalogue } from './define';
export { interpolate, type MessageParams };
export type { Catalogue } from './define';
