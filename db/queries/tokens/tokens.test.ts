import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DbError } from '../../errors';
import { openSqliteDatabase, type SqliteDatabase } from '../../open';
import { createDirectory, type Directory } from '../../testing/fixtures';

let db: SqliteDatabase;
let d: Directory;
beforeEach(async () => {
  db = await openSqliteDatabase({ url: ':memory:' });
  d = await createDirectory(db, { units: 1, servicesPerUnit: 1 });
});
afterEach(() => db.close());

describe('tokens', () => {
  it('stores a batch and finds a token unused', async () => {
    const unitId = d.units[0]!.id;
    const serviceId = d.services.get(unitId)![0]!.id;
    const tokens = Array.from({ length: 1200 }, (_, i) => ({ token: `T${String(i).padStart(9, '0')}`, unitId, serviceId: i % 2 ? serviceId : null, batch: 'b1' }));
    expect(await db.tokens.createMany(tokens)).toEqual({ created: 1200 });
    expect(await db.tokens.byToken('T000000001')).toMatchObject({ unitId, serviceId, batch: 'b1', usedAt: null, responseClientId: null });
    expect(await db.tokens.byToken('T999999999')).toBeUndefined();
  });

  it('is all or nothing: a token already stored fails the whole batch', async () => {
    const unitId = d.units[0]!.id;
    await db.tokens.createMany([{ token: 'AAAAAAAAAA', unitId, serviceId: null, batch: 'b1' }]);
    const error = await db.tokens
      .createMany([
        { token: 'BBBBBBBBBB', unitId, serviceId: null, batch: 'b2' },
        { token: 'AAAAAAAAAA', unitId, serviceId: null, batch: 'b2' },
      ])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DbError);
    expect((error as DbError).code).toBe('duplicate');
    expect(await db.tokens.byToken('BBBBBBBBBB')).toBeUndefined();
  });
});
