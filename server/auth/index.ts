/**
 * Sign-in and roles, assembled for the app (server/app.ts). Routes elsewhere use guard.ts
 * (`requirePermission`, `permit`, `signedIn`, `requireUnitScope`) and audit.ts (`auditStamp`).
 */
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env';
import { csrfProtection, sessionLayer, type AuthOptions } from './middleware';
import { LoginThrottle, type LoginLimits } from './throttle';

export interface AuthConfig {
  /** PUAS_SECURE_COOKIES=1: mark the cookie Secure even when the server itself sees http. */
  secureCookies?: boolean | undefined;
  publicUrl?: string | undefined;
  /** Tests move the clock. */
  now?: (() => Date) | undefined;
  loginLimits?: LoginLimits | undefined;
}

export interface Auth {
  options: AuthOptions;
  /** Session, then CSRF: mounted on /api/* and again in front of the pages. */
  layers: MiddlewareHandler<AppEnv>[];
}

export function createAuth(config: AuthConfig = {}): Auth {
  const options: AuthOptions = {
    secureCookies: config.secureCookies ?? false,
    publicUrl: config.publicUrl,
    now: config.now ?? (() => new Date()),
    throttle: new LoginThrottle(config.loginLimits),
  };
  return { options, layers: [sessionLayer(options), csrfProtection(options)] };
}

export { authLocals, pageGate, pageRoutes } from './pages';
