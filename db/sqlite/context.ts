/**
 * What every SQLite query module receives: the better-sqlite3 handle (for prepared hot-path
 * statements), the Drizzle handle (for the query builder) and the shared lookup caches.
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type * as schema from '../schema/sqlite';
import type { Lookups } from './lookups';

export type Orm = BetterSQLite3Database<typeof schema>;

export interface SqliteContext {
  readonly sqlite: BetterSqlite3.Database;
  readonly orm: Orm;
  readonly lookups: Lookups;
  /** A statement prepared once per connection and reused (keyed by its SQL text). */
  statement(sql: string): BetterSqlite3.Statement;
}

export function statementCache(sqlite: BetterSqlite3.Database): (sql: string) => BetterSqlite3.Statement {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return (sql) => {
    let stmt = cache.get(sql);
    if (!stmt) {
      stmt = sqlite.prepare(sql);
      cache.set(sql, stmt);
    }
    return stmt;
  };
}
