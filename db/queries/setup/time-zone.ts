import { DbError } from '../../errors';

/** Rejects a time zone Intl does not know, before it is stored and every local day depends on it. */
export function assertTimeZone(timeZone: string): void {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
  } catch {
    throw new DbError('invalid_time_zone', `Unknown time zone "${timeZone}"`, { timeZone });
  }
}
