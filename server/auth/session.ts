/**
 * Server-side sessions. The cookie holds 32 random bytes; the database holds their SHA-256, a CSRF
 * token, and the times that end the session: 8 hours without a request, or 7 days after sign-in,
 * whichever comes first. Every request re-reads the account, so disabling it ends its sessions at once.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import type { Database } from '../../db/repositories';
import type { AppEnv } from '../env';
import type { ActiveSession, AuthUser } from './types';

export const SESSION_COOKIE = 'puas_session';
export const SESSION_IDLE_MS = 8 * 60 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 7 * 24 * 60 * 60 * 1000;
/** Activity is written at most once a minute per session: a page with twenty requests is one write. */
const TOUCH_EVERY_MS = 60_000;

/** 32 random bytes, base64url: session ids and CSRF tokens. */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashSessionId(id: string): string {
  return createHash('sha256').update(id).digest('hex');
}

export async function openSession(
  db: Database,
  userId: number,
  userAgent: string | undefined,
  now: Date,
): Promise<{ cookieValue: string; session: ActiveSession }> {
  const cookieValue = randomToken();
  const stored = await db.sessions.create({
    idHash: hashSessionId(cookieValue),
    userId,
    csrfToken: randomToken(),
    createdAt: now,
    expiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_MS),
    userAgent: userAgent?.slice(0, 300) ?? null,
  });
  return { cookieValue, session: { idHash: stored.idHash, csrfToken: stored.csrfToken, createdAt: stored.createdAt, expiresAt: stored.expiresAt } };
}

/** The live session and its account, or null (and the stale session removed). */
export async function resolveSession(
  db: Database,
  cookieValue: string,
  now: Date,
): Promise<{ user: AuthUser; session: ActiveSession } | null> {
  const idHash = hashSessionId(cookieValue);
  const stored = await db.sessions.byIdHash(idHash);
  if (!stored) return null;
  const t = now.getTime();
  if (stored.expiresAt.getTime() <= t || stored.lastSeenAt.getTime() + SESSION_IDLE_MS <= t) {
    await db.sessions.delete(idHash);
    return null;
  }
  const account = await db.users.byId(stored.userId);
  if (!account || account.disabledAt !== null) {
    await db.sessions.deleteForUser(stored.userId);
    return null;
  }
  if (t - stored.lastSeenAt.getTime() >= TOUCH_EVERY_MS) await db.sessions.touch(idHash, now);
  const user: AuthUser = {
    id: account.id,
    username: account.username,
    displayName: account.displayName,
    role: account.role,
    unitIds: account.role === 'operator' ? await db.users.unitIds(account.id) : [],
    mustChangePassword: account.mustChangePassword,
  };
  return { user, session: { idHash, csrfToken: stored.csrfToken, createdAt: stored.createdAt, expiresAt: stored.expiresAt } };
}

export interface CookieOptions {
  /** PUAS_SECURE_COOKIES=1: behind a TLS-terminating proxy the server itself sees http. */
  secureCookies: boolean;
}

function secure(c: Context<AppEnv>, options: CookieOptions): boolean {
  return options.secureCookies || new URL(c.req.url).protocol === 'https:';
}

/**
 * A browser-session cookie (no Max-Age): closing the browser on a shared counter PC signs out;
 * the server enforces the idle and absolute limits either way.
 */
export function setSessionCookie(c: Context<AppEnv>, value: string, options: CookieOptions): void {
  setCookie(c, SESSION_COOKIE, value, { path: '/', httpOnly: true, sameSite: 'Lax', secure: secure(c, options) });
}

export function clearSessionCookie(c: Context<AppEnv>, options: CookieOptions): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'Lax', secure: secure(c, options) });
}
