/**
 * Pages and sign-in: who may open which page (checked here, before Astro renders), and the form
 * posts of /masuk (sign in), /keluar (sign out) and /akun/kata-sandi (change password).
 * Refusals: not signed in → 303 to /masuk?next=…; signed in without the right → 403 page.
 */
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { t } from '../../survey-kit/i18n/index';
import type { AppEnv } from '../env';
import { pageLang } from '../routes/lang';
import { ApiError } from '../errors/api-error';
import { clientAddress, minutes, passwordMessage } from './http';
import { replayBody, type AuthOptions } from './middleware';
import { allowed, type Action, type Resource } from './permissions';
import { changePassword, signIn, signOut } from './service';
import { clearSessionCookie, setSessionCookie } from './session';
import type { ActiveSession, AuthUser, PageForm } from './types';

export const SIGN_IN_PAGE = '/masuk';
export const SIGN_OUT_PAGE = '/keluar';
export const PASSWORD_PAGE = '/akun/kata-sandi';
export const FORBIDDEN_PAGE = '/akses-ditolak';

/** Open to anyone: the home page (it adapts), sign-in, the survey and kiosk pages, published results. */
const PUBLIC_PAGES: readonly RegExp[] = [/^\/$/, /^\/masuk$/, /^\/keluar$/, /^\/akses-ditolak$/, /^\/s(\/.*)?$/, /^\/kiosk(\/.*)?$/, /^\/hasil(\/.*)?$/];

/** Pages about one unit, named by the slug in their path. Any other page needs a signed-in account. */
const UNIT_PAGES: readonly { pattern: RegExp; resource: Resource; action: Action }[] = [
  { pattern: /^\/dashboard\/([^/]+)/, resource: 'results', action: 'read' },
  { pattern: /^\/poster\/([^/]+)/, resource: 'posters', action: 'read' },
  { pattern: /^\/indikator\/([^/]+)/, resource: 'results', action: 'read' },
  { pattern: /^\/penerima\/([^/]+)/, resource: 'population', action: 'read' },
  { pattern: /^\/tindak-lanjut\/([^/]+)/, resource: 'followup', action: 'read' },
  { pattern: /^\/pengaturan\/unit\/([^/]+)/, resource: 'setup', action: 'read' },
];

/**
 * Sections whose pages list several units: the account needs the right at all (an operator's
 * `own` grant passes; the page then shows only their units). Matched by path prefix.
 */
const SECTION_PAGES: readonly { pattern: RegExp; resource: Resource; action: Action }[] = [
  { pattern: /^\/dashboard$/, resource: 'results', action: 'read' },
  { pattern: /^\/pengaturan\/pengguna(\/.*)?$/, resource: 'users', action: 'read' },
  { pattern: /^\/pengaturan\/audit(\/.*)?$/, resource: 'audit', action: 'read' },
  { pattern: /^\/pengaturan\/integrasi(\/.*)?$/, resource: 'integrations', action: 'read' },
  { pattern: /^\/pengaturan(\/.*)?$/, resource: 'setup', action: 'read' },
  { pattern: /^\/perangkat(\/.*)?$/, resource: 'kiosks', action: 'read' },
  { pattern: /^\/pengaduan(\/.*)?$/, resource: 'complaints', action: 'read' },
];

/** Where a page may send the browser after sign-in: a path of this site only. */
export function safeNext(value: string | null | undefined): string | null {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null;
  if (/[\r\n]/.test(value)) return null;
  return value;
}

function pathOf(c: Context<AppEnv>): string {
  return c.req.path.length > 1 ? c.req.path.replace(/\/+$/, '') : c.req.path;
}

function here(c: Context<AppEnv>): string {
  const url = new URL(c.req.url);
  return url.pathname + url.search;
}

export function pageGate(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const path = pathOf(c);
    if (PUBLIC_PAGES.some((p) => p.test(path))) return next();
    const user = c.get('user');
    if (!user) return c.redirect(`${SIGN_IN_PAGE}?next=${encodeURIComponent(here(c))}`, 303);
    if (user.mustChangePassword && path !== PASSWORD_PAGE) return c.redirect(`${PASSWORD_PAGE}?next=${encodeURIComponent(here(c))}`, 303);
    const section = SECTION_PAGES.find((p) => p.pattern.test(path));
    if (section && !allowed(user, section.resource, section.action)) return forbidden(c, next);
    for (const page of UNIT_PAGES) {
      const match = page.pattern.exec(path);
      if (!match) continue;
      let slug: string;
      try {
        slug = decodeURIComponent(match[1]!);
      } catch {
        return next();
      }
      // An unknown unit is the page's own 404.
      const unit = await c.get('db').units.bySlug(slug);
      if (unit && !allowed(user, page.resource, page.action, unit.id)) return forbidden(c, next);
    }
    return next();
  };
}

/** Astro renders the "access denied" page (status 403) in place of the one asked for. */
async function forbidden(c: Context<AppEnv>, next: () => Promise<void>): Promise<void> {
  const incoming = c.env?.incoming;
  if (!incoming) throw new ApiError(403, 'forbidden', t(c.get('lang'), 'auth.api.forbidden'));
  incoming.url = FORBIDDEN_PAGE;
  incoming.method = 'GET';
  await next();
}

/** What `Astro.locals` learns from the auth layer. */
export interface AuthLocals {
  user: AuthUser | null;
  /** For the hidden `_csrf` field of every form that changes something. */
  csrfToken: string | null;
  form: PageForm | null;
}

export function authLocals(c: Context<AppEnv>): AuthLocals {
  return { user: c.get('user') ?? null, csrfToken: c.get('session')?.csrfToken ?? null, form: c.get('pageForm') ?? null };
}

/** The posted form; its bytes are handed to Astro again, which renders the page when the form is refused. */
async function readForm(c: Context<AppEnv>): Promise<Record<string, unknown>> {
  replayBody(c.env?.incoming, new Uint8Array(await c.req.arrayBuffer()));
  return c.req.parseBody();
}

function field(body: Record<string, unknown>, name: string): string {
  const v = body[name];
  return typeof v === 'string' ? v : '';
}

/** Astro writes the page straight to Node's response, so headers for it go there too. */
function retryAfter(c: Context<AppEnv>, waitMs: number): void {
  c.env?.outgoing?.setHeader('Retry-After', String(Math.max(1, Math.ceil(waitMs / 1000))));
}

/** Shows the page again (Astro renders it after this middleware) with the message and what was typed. */
async function refuse(c: Context<AppEnv>, next: () => Promise<void>, form: PageForm): Promise<void> {
  c.set('pageForm', form);
  await next();
}

export function pageRoutes(options: AuthOptions): Hono<AppEnv> {
  return new Hono<AppEnv>()
    .use(SIGN_IN_PAGE, async (c, next) => {
      if (c.req.method !== 'POST') return next();
      const body = await readForm(c);
      const username = field(body, 'username');
      const target = safeNext(field(body, 'next'));
      const values = { username, next: target ?? '' };
      const result = await signIn(c.get('db'), options.throttle, {
        username,
        password: field(body, 'password'),
        address: clientAddress(c),
        userAgent: c.req.header('user-agent'),
        now: options.now(),
      });
      const lang = pageLang(c);
      if (!result.ok) {
        if (result.reason === 'throttled') {
          retryAfter(c, result.waitMs);
          return refuse(c, next, { status: 429, message: t(lang, 'auth.api.throttled', { minutes: minutes(result.waitMs) }), values });
        }
        const message = t(lang, result.reason === 'disabled' ? 'auth.api.accountDisabled' : 'auth.api.invalidCredentials');
        return refuse(c, next, { status: result.reason === 'disabled' ? 403 : 401, message, values });
      }
      const previous = c.get('session');
      if (previous) await c.get('db').sessions.delete(previous.idHash);
      setSessionCookie(c, result.cookieValue, options);
      if (result.user.mustChangePassword) return c.redirect(`${PASSWORD_PAGE}${target ? `?next=${encodeURIComponent(target)}` : ''}`, 303);
      return c.redirect(target ?? '/', 303);
    })
    .use(SIGN_OUT_PAGE, async (c, next) => {
      if (c.req.method !== 'POST') return next();
      const user = c.get('user');
      const session = c.get('session');
      if (user && session) await signOut(c.get('db'), user, session, options.now());
      clearSessionCookie(c, options);
      return c.redirect(`${SIGN_IN_PAGE}?keluar=1`, 303);
    })
    .use(PASSWORD_PAGE, async (c, next) => {
      if (c.req.method !== 'POST') return next();
      // The gate let only a signed-in account through.
      const user = c.get('user') as AuthUser;
      const session = c.get('session') as ActiveSession;
      const body = await readForm(c);
      const target = safeNext(field(body, 'next'));
      const values = { next: target ?? '' };
      const lang = pageLang(c);
      const current = field(body, 'current_password');
      const fresh = field(body, 'new_password');
      if (fresh !== field(body, 'confirm_password')) {
        const message = t(lang, 'auth.password.mismatch');
        return refuse(c, next, { status: 400, message, values, fields: { confirm_password: message } });
      }
      const result = await changePassword(c.get('db'), options.throttle, user, session, { current, next: fresh, address: clientAddress(c), now: options.now() });
      if (!result.ok) {
        if (result.reason === 'throttled') {
          retryAfter(c, result.waitMs);
          return refuse(c, next, { status: 429, message: t(lang, 'auth.api.throttled', { minutes: minutes(result.waitMs) }), values });
        }
        if (result.reason === 'wrong_current') {
          const message = t(lang, 'auth.api.wrongCurrentPassword');
          return refuse(c, next, { status: 400, message, values, fields: { current_password: message } });
        }
        const message = passwordMessage(lang, result.problem);
        return refuse(c, next, { status: 400, message, values, fields: { new_password: message } });
      }
      if (user.mustChangePassword) return c.redirect(target ?? '/', 303);
      return c.redirect(`${PASSWORD_PAGE}?diganti=1`, 303);
    });
}
