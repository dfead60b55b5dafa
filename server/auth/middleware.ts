/**
 * The two layers every API and page request passes: the session (who is this?) and CSRF
 * protection (did this signed-in browser mean to send this change?).
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { t } from '../../survey-kit/i18n/index';
import type { AppEnv } from '../env';
import { ApiError } from '../errors/api-error';
import { clearSessionCookie, resolveSession, SESSION_COOKIE, SESSION_IDLE_MS, type CookieOptions } from './session';
import type { LoginThrottle } from './throttle';

export interface AuthOptions extends CookieOptions {
  /** PUAS_PUBLIC_URL: its origin is accepted besides the request's own Host. */
  publicUrl?: string | undefined;
  now: () => Date;
  throttle: LoginThrottle;
}

export const CSRF_HEADER = 'X-CSRF-Token';
export const CSRF_FIELD = '_csrf';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const CLEANUP_EVERY_MS = 60 * 60 * 1000;

/** Sets `user` and `session` (null when anonymous); a cookie naming no live session is removed. */
export function sessionLayer(options: AuthOptions): MiddlewareHandler<AppEnv> {
  let lastCleanup = 0;
  return async (c, next) => {
    c.set('user', null);
    c.set('session', null);
    const now = options.now();
    const value = getCookie(c, SESSION_COOKIE);
    if (value) {
      const found = await resolveSession(c.get('db'), value, now);
      if (found) {
        c.set('user', found.user);
        c.set('session', found.session);
      } else {
        clearSessionCookie(c, options);
      }
    }
    if (now.getTime() - lastCleanup >= CLEANUP_EVERY_MS) {
      lastCleanup = now.getTime();
      await c.get('db').sessions.deleteExpired(now, new Date(now.getTime() - SESSION_IDLE_MS));
    }
    await next();
  };
}

/** Sign-in itself: no session yet, but a sign-in forced by another site is still refused (Origin). */
const SIGN_IN = new Set(['POST /api/v1/session', 'POST /masuk']);
/**
 * Public write endpoints: the session cookie grants nothing there (a signed-in officer may fill in
 * the survey or pair a tablet in the same browser), so no token is asked.
 */
const PUBLIC_WRITES = new Set(['POST /api/v1/responses', 'POST /api/v1/kiosk/pair']);

/**
 * Every state-changing request of a signed-in session needs the session's CSRF token — header
 * X-CSRF-Token (API clients, scripts) or form field _csrf (page forms) — and, when the browser
 * names one, an Origin of this site. Requests carrying an Authorization header (kiosk devices)
 * are not authenticated by the cookie and are left alone.
 */
export function csrfProtection(options: AuthOptions): MiddlewareHandler<AppEnv> {
  const trusted = options.publicUrl ? new URL(options.publicUrl).origin : undefined;
  return async (c, next) => {
    const method = c.req.method.toUpperCase();
    if (SAFE_METHODS.has(method)) return next();
    const route = `${method} ${c.req.path.replace(/\/+$/, '') || '/'}`;
    const session = c.get('session');
    const signIn = SIGN_IN.has(route);
    if (!signIn && (!session || PUBLIC_WRITES.has(route) || c.req.header('authorization') !== undefined)) return next();
    const lang = c.get('lang');
    if (!fromThisSite(c, trusted)) throw new ApiError(403, 'csrf_failed', t(lang, 'auth.api.originRejected'));
    if (signIn || !session) return next();
    const sent = c.req.header(CSRF_HEADER) ?? (c.req.path.startsWith('/api/') ? undefined : await formToken(c));
    if (sent === undefined || sent === '') throw new ApiError(403, 'csrf_failed', t(lang, 'auth.api.csrfMissing'));
    if (!sameSecret(sent, session.csrfToken)) throw new ApiError(403, 'csrf_failed', t(lang, 'auth.api.csrfInvalid'));
    return next();
  };
}

function fromThisSite(c: Context<AppEnv>, trusted: string | undefined): boolean {
  const origin = c.req.header('origin');
  if (origin === undefined) {
    // Old browsers and non-browser clients send no Origin; a browser that says cross-site is refused.
    return c.req.header('sec-fetch-site') !== 'cross-site';
  }
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (trusted !== undefined && url.origin === trusted) return true;
  return url.host === c.req.header('host');
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

const FORM_TYPES = /^(application\/x-www-form-urlencoded|multipart\/form-data)/i;

/**
 * The _csrf field of a page form. Reading the body consumes Node's request stream, so the bytes
 * are handed to Astro again (its Node adapter prefers `req.body` when set).
 */
async function formToken(c: Context<AppEnv>): Promise<string | undefined> {
  const type = c.req.header('content-type') ?? '';
  if (!FORM_TYPES.test(type)) return undefined;
  const bytes = new Uint8Array(await c.req.arrayBuffer());
  replayBody(c.env?.incoming, bytes);
  const form = await new Response(bytes, { headers: { 'content-type': type } }).formData().catch(() => undefined);
  const value = form?.get(CSRF_FIELD);
  return typeof value === 'string' ? value : undefined;
}

/** An async iterable with no enumerable keys: Astro's adapter then streams it as the body. */
export function replayBody(incoming: IncomingMessage | undefined, bytes: Uint8Array): void {
  if (!incoming) return;
  const body = {
    async *[Symbol.asyncIterator]() {
      yield bytes;
    },
  };
  (incoming as IncomingMessage & { body?: unknown }).body = body;
}
