/** Opening the database for a command, and the look-ups several commands share. */
import { openDatabase, DEFAULT_DATABASE_URL } from '../../db/open';
import type { Database, Service, Unit } from '../../db/repositories';
import { runError } from './context';
import type { CliContext } from './context';

export async function withDatabase<T>(ctx: CliContext, fn: (db: Database) => Promise<T>): Promise<T> {
  const url = ctx.env.DATABASE_URL || DEFAULT_DATABASE_URL;
  let db: Database;
  try {
    db = await openDatabase({ url });
  } catch (err) {
    // Drivers wrap the reason (a multi-line SQL statement and its cause): show the cause, on one line.
    const e = err as Error & { cause?: unknown };
    const reason = e.cause instanceof Error ? e.cause.message : e.message;
    throw runError(ctx, 'cli.databaseError', { url, detail: reason.replace(/\s+/g, ' ').trim() });
  }
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

export async function findUnit(ctx: CliContext, db: Database, slug: string): Promise<Unit> {
  const unit = await db.units.bySlug(slug);
  if (!unit) throw runError(ctx, 'paper.unitNotFound', { unit: slug });
  return unit;
}

export async function findService(ctx: CliContext, db: Database, unit: Unit, slug: string): Promise<Service> {
  const service = await db.services.bySlug(unit.id, slug);
  if (!service) throw runError(ctx, 'paper.serviceNotFound', { service: slug, unit: unit.slug });
  return service;
}
