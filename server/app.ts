/**
 * The one HTTP application: the API under /api/v1, then the built site's static files, then
 * Astro for every page. Errors leave as `{ error: { code, message, fields } }` (see errors/).
 */
import { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response';
import type { Database } from '../db/repositories';
import { t } from '../survey-kit/i18n/index';
import type { AstroHandler } from './astro';
import type { AppEnv } from './env';
import { ApiError } from './errors/api-error';
import { apiBodyLimit } from './errors/body-limit';
import { onError } from './errors/handler';
import { health } from './routes/health';
import { ikm } from './routes/ikm';
import { suggestions } from './routes/suggestions';
import { detectLang, langSwitch, LANG_SWITCH_PATH, pageLang } from './routes/lang';
import { units } from './routes/units';
import { qrRoutes } from './qr/route';
import { ensureBrowserMark } from './responses/browser-mark';
import { DEFAULT_IP_LIMIT } from './responses/ip-limit';
import { responseRoutes } from './routes/responses';
import { kioskRoutes } from './routes/kiosk';
import { kioskAdminRoutes } from './routes/kiosk-admin';
import { exportRoutes } from './routes/exports';
import { authLocals, createAuth, pageGate, pageRoutes, type AuthConfig } from './auth/index';
import { auditRoutes } from './routes/audit';
import { sessionRoutes } from './routes/session';
import { userRoutes } from './routes/users';
import { populationRoutes } from './routes/population';
import { populationImportRoutes, TRANSACTIONS_IMPORT_PATH } from './routes/population-import';
import { integrationRoutes } from './routes/integrations';
import { calendarRoutes } from './routes/calendar';
import { periodRoutes } from './routes/periods';
import { instrumentRoutes } from './routes/instruments';
import { LOGO_UPLOAD_PATH, organisationRoutes, unitSetupRoutes } from './routes/setup/index';
import { indicators } from './routes/indicators';
import { followUpRoutes } from './routes/follow-ups';
import { complaintRoutes } from './routes/complaints';
import { COMPLAINTS_IMPORT_PATH, complaintImportRoutes } from './routes/complaints-import';
import { complaintDeadlineRoutes } from './routes/complaints-deadlines';

/** Request bodies of the API are small JSON documents; anything larger is refused early. */
export const API_BODY_LIMIT = 64 * 1024;

export interface AppOptions {
  db: Database;
  /** Astro's middleware-mode handler; without it only the API is served. */
  astro?: AstroHandler;
  /** Directory of the built site's static files (`dist/client`). */
  staticRoot?: string;
  /** Base of survey links (PUAS_PUBLIC_URL); without it, each request's own origin. */
  publicUrl?: string;
  /** PUAS_IP_LIMIT: survey submissions per address per minute (kiosks exempt); 0 = off. */
  ipLimit?: number;
  /** Sign-in settings (PUAS_SECURE_COOKIES; a clock and throttle limits for tests). */
  auth?: Omit<AuthConfig, 'publicUrl'>;
}

export function createApp(options: AppOptions): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.onError(onError);
  app.notFound((c) => {
    if (c.req.path.startsWith('/api/')) {
      throw new ApiError(404, 'not_found', t(c.get('lang') ?? 'id', 'api.notFound', { path: c.req.path }));
    }
    return c.text(t(c.get('lang') ?? 'id', 'site.notFound'), 404);
  });

  app.use('*', detectLang, async (c, next) => {
    c.set('db', options.db);
    await next();
  });

  const jsonLimit = apiBodyLimit(API_BODY_LIMIT);
  // The logo upload brings its own, larger limit (server/routes/setup/organisation.ts).
  app.use('/api/*', (c, next) => ((c.req.method === 'PUT' && c.req.path === LOGO_UPLOAD_PATH) || (c.req.method === 'POST' && c.req.path === TRANSACTIONS_IMPORT_PATH) || (c.req.method === 'POST' && c.req.path === COMPLAINTS_IMPORT_PATH) ? next() : jsonLimit(c, next)));
  // Who is asking (session cookie) and, for a signed-in change, the CSRF check (server/auth/).
  const auth = createAuth({ ...options.auth, publicUrl: options.publicUrl });
  app.use('/api/*', ...auth.layers);

  const api = new Hono<AppEnv>().route('/health', health).route('/units', units).route('/ikm', ikm).route('/suggestions', suggestions);
  app.route('/api/v1', api);
  app.route('/api/v1/session', sessionRoutes(auth.options));
  app.route('/api/v1/users', userRoutes(auth.options));
  app.route('/api/v1/organisation', organisationRoutes());
  app.route('/api/v1/units', unitSetupRoutes());
  app.route('/api/v1/periods', periodRoutes());
  app.route('/api/v1/instruments', instrumentRoutes());
  app.route('/api/v1/audit', auditRoutes);
  app.route('/api/v1/qr', qrRoutes(options.publicUrl));
  app.route('/api/v1/responses', responseRoutes(options.db, { ipLimit: options.ipLimit ?? DEFAULT_IP_LIMIT }));
  app.route('/api/v1/kiosk', kioskRoutes());
  app.route('/api/v1/kiosk', kioskAdminRoutes({ publicUrl: options.publicUrl }));
  app.route('/api/v1/exports', exportRoutes());
  app.route('/api/v1/indicators', indicators);
  app.route('/api/v1/follow-ups', followUpRoutes);
  app.route('/api/v1/complaints', complaintImportRoutes());
  app.route('/api/v1/complaints', complaintRoutes());
  app.route('/api/v1/complaint-deadlines', complaintDeadlineRoutes());
  app.route('/api/v1', populationRoutes());
  app.route('/api/v1', populationImportRoutes());
  app.route('/api/v1', integrationRoutes());
  app.route('/api/v1', calendarRoutes());
  app.all('/api/*', (c) => c.notFound());

  if (options.staticRoot) {
    app.use(
      '*',
      serveStatic({
        root: options.staticRoot,
        onFound: (path, c) => {
          // Astro fingerprints everything under /_astro/, so those files never change.
          if (c.req.path.startsWith('/_astro/')) c.header('Cache-Control', 'public, max-age=31536000, immutable');
        },
      }),
    );
  }

  // Pages: the same session and CSRF layers, then who may open which page, then the sign-in forms.
  app.get(LANG_SWITCH_PATH, langSwitch);
  if (options.astro) {
    app.use('*', ...auth.layers, pageGate());
    app.route('/', pageRoutes(auth.options));
  }

  // The phone survey's duplicate control needs the browser's mark before its first response.
  app.use('/s/*', ensureBrowserMark);

  const astro = options.astro;
  if (astro) {
    app.all('*', async (c) => {
      const { incoming, outgoing } = c.env ?? {};
      // Astro writes to Node's response directly, so it only runs under @hono/node-server.
      if (!incoming || !outgoing) return c.notFound();
      let passed = false;
      await astro(incoming, outgoing, () => { passed = true; }, { db: c.get('db'), lang: pageLang(c), ...(options.publicUrl ? { publicUrl: options.publicUrl } : {}), ...authLocals(c) });
      return passed ? c.notFound() : RESPONSE_ALREADY_SENT;
    });
  }

  return app;
}
