/**
 * Opens the application's database: a SQLite file (or `:memory:` in tests), migrated to the
 * latest schema and holding the built-in instruments.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import type { Database } from './repositories';
import { BackgroundWriter } from './sqlite/background-writer';
import { sqliteContext, sqliteRepositories } from './sqlite/index';

export const DEFAULT_DATABASE_URL = './data/puas.db';

/** Migrations ship beside this module, wherever the process was started from. */
export const SQLITE_MIGRATIONS = fileURLToPath(new URL('./migrations/sqlite', import.meta.url));

export interface OpenOptions {
  /** A SQLite file path, optionally prefixed `sqlite:` or `file:`; `:memory:` for tests. */
  url?: string;
  /**
   * Group-commit `responses.accept` on a writer thread of its own (db/sqlite/background-writer.ts),
   * so that commits and their fsync never stop the main thread. For the server; ignored for `:memory:`.
   */
  backgroundWriter?: boolean;
}

/** A Database that also exposes its connection, for db/ tests and benchmarks only. */
export interface SqliteDatabase extends Database {
  readonly sqlite: BetterSqlite3.Database;
}

/** The file path (or ':memory:') a database URL names. */
export function sqlitePath(url: string): string {
  if (url.startsWith('file://')) return fileURLToPath(url);
  const path = url.replace(/^(sqlite|file):/, '');
  if (path === '') throw new Error(`DATABASE_URL "${url}" names no file`);
  return path;
}

export async function openDatabase(options: OpenOptions = {}): Promise<Database> {
  return openSqliteDatabase(options);
}

export async function openSqliteDatabase(options: OpenOptions = {}): Promise<SqliteDatabase> {
  const path = sqlitePath(options.url ?? process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL);
  const inMemory = path === ':memory:';
  if (!inMemory) mkdirSync(dirname(resolve(path)), { recursive: true });
  const sqlite = new BetterSqlite3(path);
  try {
    if (!inMemory) sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('busy_timeout = 5000');
    // An acknowledged response must survive a power cut: WAL with FULL syncs every commit.
    sqlite.pragma('synchronous = FULL');
    // 64 MiB of page cache: rollup upserts of a large batch touch pages all over their tables.
    sqlite.pragma('cache_size = -65536');
    // Off while migrating: a migration that rebuilds a table (drizzle-kit's copy-and-rename) would
    // otherwise cascade the DROP of the old table to response_answers. Checked right after.
    sqlite.pragma('foreign_keys = OFF');
    const before = appliedMigrations(sqlite);
    migrate(drizzle({ client: sqlite }), { migrationsFolder: SQLITE_MIGRATIONS });
    // The check reads every row of every table: only worth it when a migration actually ran,
    // not on every start of a database holding millions of responses.
    if (appliedMigrations(sqlite) !== before) {
      const broken = sqlite.pragma('foreign_key_check') as unknown[];
      if (broken.length > 0) throw new Error(`Migrations left ${broken.length} broken foreign keys`);
    }
    sqlite.pragma('foreign_keys = ON');
    const repositories = sqliteRepositories(sqliteContext(sqlite));
    await repositories.instruments.ensureBuiltIns();
    const writer = options.backgroundWriter && !inMemory ? new BackgroundWriter(path, repositories.responses.accept) : null;
    if (writer) repositories.responses = { ...repositories.responses, accept: (submission) => writer.accept(submission) };
    let closed = false;
    return {
      ...repositories,
      url: `sqlite:${path}`,
      sqlite,
      async close() {
        if (closed) return;
        closed = true;
        await writer?.close();
        sqlite.pragma('optimize');
        sqlite.close();
      },
    };
  } catch (error) {
    sqlite.close();
    throw error;
  }
}

/** How many migrations drizzle has recorded as applied (0 for a new file). */
function appliedMigrations(sqlite: BetterSqlite3.Database): number {
  const table = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'").get();
  if (!table) return 0;
  return (sqlite.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number }).n;
}
