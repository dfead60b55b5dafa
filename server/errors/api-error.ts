import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** Machine-readable error codes of the HTTP API (stable: clients switch on them). */
export type ApiErrorCode =
  | 'validation_failed'
  | 'not_found'
  | 'payload_too_large'
  | 'unauthorized'
  | 'forbidden'
  /** 403: a signed-in state-changing request without the session's CSRF token, or from another site. */
  | 'csrf_failed'
  /** 403: the account signed in with a one-time password and must change it first. */
  | 'password_change_required'
  /** 409: this browser already answered the survey of this unit today. */
  | 'already_responded'
  /** 409: the one-time survey token was used before. */
  | 'token_used'
  /** 409: the request is well formed but the record's current state refuses it (e.g. a taken name, an account already disabled). */
  | 'conflict'
  | 'rate_limited'
  /** Kiosk pairing: no live code hashes to what the tablet typed (400), it expired (410), it was used (409). */
  | 'pairing_code_invalid'
  | 'pairing_code_expired'
  | 'pairing_code_used'
  /** 403: the staff exit PIN does not match. */
  | 'wrong_pin'
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
    /** Extra response headers, e.g. Retry-After of a 429. */
    readonly headers?: Readonly<Record<string, string>>,
  ) {
    super(message);
  }
}

/** The JSON body of every API error. */
export interface ApiErrorBody {
  error: { code: ApiErrorCode; message: string; fields?: Record<string, string> };
}
