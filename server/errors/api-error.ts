import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** Machine-readable error codes of the HTTP API (stable: clients switch on them). */
export type ApiErrorCode =
  | 'validation_failed'
  | 'not_found'
  | 'payload_too_large'
  | 'internal';

/**
 * The one error type handlers throw. `app.onError` turns it into
 * `{ error: { code, message, fields } }` with `status`, so handlers never build error bodies.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ApiErrorCode,
    message: string,
    /** Message per offending field (query parameter or body path). */
    readonly fields?: Readonly<Record<string, string>>,
  ) {
    super(message);
  }
}

/** The JSON body of every API error. */
export interface ApiErrorBody {
  error: { code: ApiErrorCode; message: string; fields?: Record<string, string> };
}
