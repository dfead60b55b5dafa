/**
 * Sign-in for API clients and the site's scripts:
 * - `POST /api/v1/session {username, password}` → sets the session cookie; answers the session
 *   (user, csrfToken, mustChangePassword);
 * - `GET /api/v1/session` → the same, or 401;
 * - `DELETE /api/v1/session` → signs out (CSRF token required while signed in);
 * - `POST /api/v1/session/password {current, next}` → new password; other sessions end.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { t } from '../../survey-kit/i18n/index';
import type { Lang } from '../../survey-kit/types';
import { clientAddress, jsonBody, passwordMessage, sessionBody, throttledError } from '../auth/http';
import type { AuthOptions } from '../auth/middleware';
import { PASSWORD_MAX_LENGTH } from '../auth/password';
import { changePassword, signIn, signOut } from '../auth/service';
import { clearSessionCookie, setSessionCookie } from '../auth/session';
import type { AppEnv } from '../env';
import { ApiError } from '../errors/api-error';

function schemas(lang: Lang) {
  const required = z.string({ error: t(lang, 'auth.field.required') }).min(1, { error: t(lang, 'auth.field.required') });
  // Longer than any valid password: a long guess is refused as wrong, not hashed at length.
  const secret = required.max(PASSWORD_MAX_LENGTH * 4, { error: t(lang, 'auth.password.tooLong', { max: PASSWORD_MAX_LENGTH }) });
  return {
    signIn: z.object({ username: required.max(100), password: secret }),
    password: z.object({ current: secret, next: secret }),
  };
}
const SCHEMAS = { id: schemas('id'), en: schemas('en') } as const;

export function sessionRoutes(options: AuthOptions): Hono<AppEnv> {
  return new Hono<AppEnv>()
    .post('/', async (c) => {
      const lang = c.get('lang');
      const body = await jsonBody(c, SCHEMAS[lang].signIn);
      const db = c.get('db');
      const previous = c.get('session');
      const result = await signIn(db, options.throttle, {
        ...body,
        address: clientAddress(c),
        userAgent: c.req.header('user-agent'),
        now: options.now(),
      });
      if (!result.ok) {
        if (result.reason === 'throttled') throw throttledError(lang, result.waitMs);
        if (result.reason === 'disabled') throw new ApiError(403, 'forbidden', t(lang, 'auth.api.accountDisabled'));
        throw new ApiError(401, 'unauthorized', t(lang, 'auth.api.invalidCredentials'));
      }
      // A sign-in replaces whatever session this browser had.
      if (previous) await db.sessions.delete(previous.idHash);
      setSessionCookie(c, result.cookieValue, options);
      return c.json(await sessionBody(db, result.user, result.session));
    })
    .get('/', async (c) => {
      const user = c.get('user');
      const session = c.get('session');
      if (!user || !session) throw new ApiError(401, 'unauthorized', t(c.get('lang'), 'auth.api.signInRequired'));
      return c.json(await sessionBody(c.get('db'), user, session));
    })
    .delete('/', async (c) => {
      const user = c.get('user');
      const session = c.get('session');
      if (user && session) await signOut(c.get('db'), user, session, options.now());
      clearSessionCookie(c, options);
      return c.body(null, 204);
    })
    .post('/password', async (c) => {
      const lang = c.get('lang');
      const user = c.get('user');
      const session = c.get('session');
      if (!user || !session) throw new ApiError(401, 'unauthorized', t(lang, 'auth.api.signInRequired'));
      const body = await jsonBody(c, SCHEMAS[lang].password);
      const db = c.get('db');
      const result = await changePassword(db, options.throttle, user, session, { ...body, address: clientAddress(c), now: options.now() });
      if (!result.ok) {
        if (result.reason === 'throttled') throw throttledError(lang, result.waitMs);
        if (result.reason === 'wrong_current') {
          throw new ApiError(400, 'validation_failed', t(lang, 'auth.api.wrongCurrentPassword'), { current: t(lang, 'auth.api.wrongCurrentPassword') });
        }
        const message = passwordMessage(lang, result.problem);
        throw new ApiError(400, 'validation_failed', message, { next: message });
      }
      return c.json(await sessionBody(db, { ...user, mustChangePassword: false }, session));
    });
}
