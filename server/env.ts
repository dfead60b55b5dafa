import type { HttpBindings } from '@hono/node-server';
import type { Database } from '../db/repositories';
import type { Lang } from '../survey-kit/types';
import type { ActiveSession, AuthUser, PageForm } from './auth/types';

/**
 * Hono environment of the app. Bindings are Node's request/response when served by
 * @hono/node-server; under `app.request()` in tests they are absent, hence optional.
 */
export interface AppEnv {
  Bindings: Partial<HttpBindings>;
  Variables: {
    db: Database;
    /** Language of error messages, from Accept-Language (Bahasa Indonesia unless English is preferred). */
    lang: Lang;
    /** The signed-in person (server/auth/middleware.ts); null when anonymous. */
    user: AuthUser | null;
    session: ActiveSession | null;
    /** A refused page form, shown again by the page (server/auth/pages.ts). */
    pageForm: PageForm | undefined;
  };
}
