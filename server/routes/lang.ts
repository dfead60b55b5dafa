/**
 * Language: Bahasa Indonesia first, English on request. A person's choice is the `puas_lang`
 * cookie (set by GET /bahasa?ke=en|id&next=…); without it pages are Indonesian, and API messages
 * follow Accept-Language (English only when it is the client's first language).
 */
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { Lang } from '../../survey-kit/types';
import { safeNext } from '../auth/pages';
import type { AppEnv } from '../env';

export const LANG_COOKIE = 'puas_lang';
export const LANG_SWITCH_PATH = '/bahasa';

/** Bahasa Indonesia unless the client's first listed language is English. */
export function langFromHeader(acceptLanguage: string | undefined): Lang {
  const first = acceptLanguage?.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'id';
}

function chosenLang(c: Context<AppEnv>): Lang | null {
  const value = getCookie(c, LANG_COOKIE);
  return value === 'en' || value === 'id' ? value : null;
}

/** The language of pages: the person's choice, else Bahasa Indonesia. */
export function pageLang(c: Context<AppEnv>): Lang {
  return chosenLang(c) ?? 'id';
}

export const detectLang: MiddlewareHandler<AppEnv> = async (c, next) => {
  c.set('lang', chosenLang(c) ?? langFromHeader(c.req.header('accept-language')));
  await next();
};

/** GET /bahasa?ke=en&next=/dashboard/x: remembers the choice for a year and goes back. */
export const langSwitch: MiddlewareHandler<AppEnv> = async (c) => {
  const lang: Lang = c.req.query('ke') === 'en' ? 'en' : 'id';
  setCookie(c, LANG_COOKIE, lang, { path: '/', maxAge: 365 * 24 * 3600, sameSite: 'Lax', httpOnly: false });
  return c.redirect(safeNext(c.req.query('next')) ?? '/', 303);
};
