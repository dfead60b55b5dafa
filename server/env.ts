import type { HttpBindings } from '@hono/node-server';
import type { Database } from '../db/repositories';
import type { Lang } from '../survey-kit/types';

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
  };
}
