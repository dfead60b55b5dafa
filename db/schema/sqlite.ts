/**
 * The SQLite schema: the one source of the data's row types (`$inferSelect` / `$inferInsert`).
 * Split by area (core, workspace, indicators); `drizzle-kit generate` reads this barrel.
 * A PostgreSQL twin will follow in `pg.ts`, with a compile-time check that row types match.
 */
export * from './core';
export * from './workspace';
export * from './indicators';
