/**
 * The browser mark of the phone survey's duplicate control: a random id in the HttpOnly cookie
 * `puas_b`, kept for a year. It is set when a survey page is served (so that even the first
 * response of a phone is counted against its mark) and, failing that, by the first submission.
 * It identifies a browser, not a person, and is never derived from the IP address.
 */
import { randomBytes } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { AppEnv } from '../env';

export const BROWSER_COOKIE = 'puas_b';
const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;
const BROWSER_ID = /^[A-Za-z0-9_-]{22}$/;

export function newBrowserId(): string {
  return randomBytes(16).toString('base64url');
}

/** The browser's mark, or null when it has none (or one that is not ours). */
export function readBrowserId(c: Context<AppEnv>): string | null {
  const value = getCookie(c, BROWSER_COOKIE);
  return value !== undefined && BROWSER_ID.test(value) ? value : null;
}

function isHttps(c: Context<AppEnv>): boolean {
  return new URL(c.req.url).protocol === 'https:';
}

/** The Set-Cookie value; `Secure` only over https (offices often serve phones over plain http on the LAN). */
export function browserCookie(id: string, secure: boolean): string {
  return `${BROWSER_COOKIE}=${id}; Max-Age=${ONE_YEAR_SECONDS}; Path=/; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`;
}

export function setBrowserCookie(c: Context<AppEnv>, id: string): void {
  c.header('Set-Cookie', browserCookie(id, isHttps(c)), { append: true });
}

/**
 * For the survey pages: gives a browser without a mark its mark. Astro writes those pages to
 * Node's response itself, so the header goes onto that response before Astro runs; under
 * `app.request()` (tests) it goes onto Hono's response.
 */
export const ensureBrowserMark: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (c.req.method !== 'GET' || readBrowserId(c) !== null) return next();
  const cookie = browserCookie(newBrowserId(), isHttps(c));
  const outgoing = c.env?.outgoing;
  if (outgoing && !outgoing.headersSent) outgoing.appendHeader('Set-Cookie', cookie);
  await next();
  if (!outgoing) c.res.headers.append('Set-Cookie', cookie);
};
