/**
 * Route guards: 401 when nobody is signed in, 403 when the signed-in account lacks the right
 * (or must first change its one-time password). Rights come from permissions.ts only.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { t } from '../../survey-kit/i18n/index';
import type { AppEnv } from '../env';
import { ApiError } from '../errors/api-error';
import { allowed, unitScope, type Action, type Resource } from './permissions';
import type { AuthUser } from './types';

export function currentUser(c: Context<AppEnv>): AuthUser | null {
  return c.get('user') ?? null;
}

/** The signed-in account, or ApiError 401; 403 while a one-time password is in use. */
export function requireUser(c: Context<AppEnv>): AuthUser {
  const user = currentUser(c);
  if (!user) throw new ApiError(401, 'unauthorized', t(c.get('lang'), 'auth.api.signInRequired'));
  if (user.mustChangePassword) throw new ApiError(403, 'password_change_required', t(c.get('lang'), 'auth.api.passwordChangeRequired'));
  return user;
}

/**
 * The signed-in account if it may `action` on `resource` (of the unit `unit`, when given).
 * `unit.slug` only names the unit in the message.
 */
export function requirePermission(c: Context<AppEnv>, resource: Resource, action: Action, unit?: { id: number; slug: string }): AuthUser {
  const user = requireUser(c);
  if (!allowed(user, resource, action, unit?.id)) {
    const lang = c.get('lang');
    throw new ApiError(403, 'forbidden', unit ? t(lang, 'auth.api.unitForbidden', { unit: unit.slug }) : t(lang, 'auth.api.forbidden'));
  }
  return user;
}

/** Middleware form of `requirePermission` without a unit (the handler checks the unit itself). */
export function permit(resource: Resource, action: Action): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    requirePermission(c, resource, action);
    await next();
  };
}

/** Middleware: any signed-in account (that has changed its one-time password). */
export const signedIn: MiddlewareHandler<AppEnv> = async (c, next) => {
  requireUser(c);
  await next();
};

/** For lists: the unit ids the caller may see (null = all). Requires a signed-in account. */
export function requireUnitScope(c: Context<AppEnv>, resource: Resource, action: Action): readonly number[] | null {
  return unitScope(requirePermission(c, resource, action), resource, action);
}
