/**
 * Errors the repositories throw for invalid input. `code` is stable so that callers (API, CLI)
 * can show a message from their catalogue; `message` is English and meant for logs.
 */
export type DbErrorCode =
  | 'unknown_unit'
  | 'unknown_service'
  | 'service_of_other_unit'
  | 'unknown_instrument'
  | 'unknown_organisation'
  | 'answers_mismatch'
  | 'invalid_score'
  | 'invalid_flag'
  | 'invalid_channel'
  | 'invalid_date'
  | 'invalid_day'
  | 'invalid_time_zone'
  | 'invalid_instrument'
  | 'reserved_instrument_code'
  | 'invalid_period'
  /** A unit's time zone cannot change once responses are stored (their local days depend on it). */
  | 'time_zone_locked'
  /** A period's instrument cannot change while its range holds responses of another instrument. */
  | 'period_instrument_locked'
  | 'duplicate_client_id'
  /** A unique key (a slug, a code) is already taken. */
  | 'duplicate'
  /** A foreign key points at no row. */
  | 'unknown_reference'
  | 'constraint';

export class DbError extends Error {
  override readonly name: string = 'DbError';
  constructor(
    readonly code: DbErrorCode,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
  }
}

/** An `insertMany` failed at `inputs[index]`; nothing of the batch was stored. */
export class BatchError extends DbError {
  override readonly name: string = 'BatchError';
  constructor(
    readonly index: number,
    cause: DbError,
  ) {
    super(cause.code, `Batch item ${index}: ${cause.message}`, { ...cause.details, index });
  }
}

/** Turns a better-sqlite3 constraint error into a DbError; anything else is returned unchanged. */
export function fromSqliteError(thrown: unknown, clientId?: string): unknown {
  // Drizzle wraps driver errors (DrizzleQueryError) and keeps the driver's one as `cause`.
  const error = thrown instanceof Error && !('code' in thrown) && thrown.cause instanceof Error ? thrown.cause : thrown;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_CONSTRAINT')) return thrown;
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' && message.includes('responses.client_id')) {
    return new DbError('duplicate_client_id', `clientId ${clientId ?? ''} is already stored`, { clientId });
  }
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    return new DbError('duplicate', message, { sqliteCode: code });
  }
  if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') return new DbError('unknown_reference', message, { sqliteCode: code });
  return new DbError('constraint', message, { sqliteCode: code });
}

/** Runs `fn`, rethrowing SQLite constraint errors as DbError. */
export function translated<T>(fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    throw fromSqliteError(error);
  }
}
