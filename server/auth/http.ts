/** Small request helpers of the auth routes and pages. */
import type { Context } from 'hono';
import type { z } from 'zod';
import { t, type MessageKey } from '../../survey-kit/i18n/index';
import type { Lang } from '../../survey-kit/types';
import type { Database } from '../../db/repositories';
import type { AppEnv } from '../env';
import { ApiError } from '../errors/api-error';
import type { PasswordProblem } from './password';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './password';
import type { ActiveSession, AuthUser } from './types';

/** From the socket, never from headers a client can write (behind a proxy all share its address). */
export function clientAddress(c: Context<AppEnv>): string {
  return c.env?.incoming?.socket?.remoteAddress ?? 'unknown';
}

export async function jsonBody<T extends z.ZodType>(c: Context<AppEnv>, schema: T): Promise<z.output<T>> {
  let raw: unknown;
  try {
    raw = await c.req.json();
  } catch {
    throw new ApiError(400, 'validation_failed', t(c.get('lang'), 'auth.api.notJson'));
  }
  return schema.parse(raw);
}

export function minutes(waitMs: number): number {
  return Math.max(1, Math.ceil(waitMs / 60_000));
}

/** 429 with Retry-After in whole seconds. */
export function throttledError(lang: Lang, waitMs: number): ApiError {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  return new ApiError(429, 'rate_limited', t(lang, 'auth.api.throttled', { minutes: minutes(waitMs) }), undefined, { 'Retry-After': String(seconds) });
}

const PROBLEM_KEYS: Record<PasswordProblem | 'unchanged', MessageKey> = {
  too_short: 'auth.password.tooShort',
  too_long: 'auth.password.tooLong',
  same_as_username: 'auth.password.sameAsUsername',
  unchanged: 'auth.password.unchanged',
};

export function passwordMessage(lang: Lang, problem: PasswordProblem | 'unchanged'): string {
  return t(lang, PROBLEM_KEYS[problem], { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH });
}

export interface SessionBody {
  user: { username: string; displayName: string; role: AuthUser['role']; units: string[] };
  csrfToken: string;
  mustChangePassword: boolean;
  expiresAt: string;
}

export async function sessionBody(db: Database, user: AuthUser, session: ActiveSession): Promise<SessionBody> {
  const units = await Promise.all(user.unitIds.map((id) => db.units.byId(id)));
  return {
    user: { username: user.username, displayName: user.displayName, role: user.role, units: units.flatMap((u) => (u ? [u.slug] : [])).sort() },
    csrfToken: session.csrfToken,
    mustChangePassword: user.mustChangePassword,
    expiresAt: session.expiresAt.toISOString(),
  };
}
