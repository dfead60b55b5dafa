import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BatchError } from '../../errors';
import { openDatabase } from '../../open';
import type { Database, NewTransactionInput, Service, Unit } from '../../repositories';

let db: Database;
let unit: Unit;
let other: Unit;
let izin: Service;
let siup: Service;
let foreign: Service;
beforeEach(async () => {
  db = await openDatabase({ url: ':memory:' });
  const org = await db.organisations.create({ slug: 'kantor', name: 'Kantor' });
  unit = await db.units.create({ organisationId: org.id, slug: 'loket', name: 'Loket', timeZone: 'Asia/Makassar' });
  other = await db.units.create({ organisationId: org.id, slug: 'lain', name: 'Lain' });
  izin = await db.services.create({ unitId: unit.id, slug: 'izin', name: 'Izin' });
  siup = await db.services.create({ unitId: unit.id, slug: 'siup', name: 'SIUP' });
  foreign = await db.services.create({ unitId: other.id, slug: 'izin', name: 'Izin' });
});
afterEach(() => db.close());

const STAMP = { userId: null, actor: 'tester', at: new Date('2026-03-31T02:00:00Z') };
const META = { source: 'import', batch: 'maret.csv' } as const;
const tx = (over: Partial<NewTransactionInput>): NewTransactionInput => ({
  unitId: unit.id,
  serviceId: izin.id,
  reference: null,
  receivedDay: '2026-03-02',
  completedDay: null,
  ...over,
});
const scope = (over: { serviceId?: number } = {}) => ({ unitIds: [unit.id], from: '2026-03-01', to: '2026-03-31', ...over });

describe('people served: precedence manual > api > transactions per (unit, service, day)', () => {
  it('takes one source per day and never adds a correction to the imported transactions', async () => {
    await db.transactions.importMany([tx({}), tx({}), tx({}), tx({ receivedDay: '2026-03-03' }), tx({ serviceId: siup.id })], META);
    expect(await db.served.totals(scope())).toEqual({ served: 5, bySource: { manual: 0, api: 0, transactions: 5 }, daysWithData: 2 });

    // An integration pushes 10 for 2 March/izin: it replaces the 3 transactions of that day.
    await db.served.setCounts([{ unitId: unit.id, serviceId: izin.id, day: '2026-03-02', count: 10 }], 'api');
    expect(await db.served.totals(scope())).toEqual({ served: 12, bySource: { manual: 0, api: 10, transactions: 2 }, daysWithData: 2 });

    // A hand correction wins over both; 0 is a figure ("nobody"), not "no figure".
    await db.served.setCounts([{ unitId: unit.id, serviceId: izin.id, day: '2026-03-02', count: 0 }], 'manual', STAMP);
    expect(await db.served.totals(scope())).toEqual({ served: 2, bySource: { manual: 0, api: 0, transactions: 2 }, daysWithData: 2 });
    expect(await db.served.totals(scope({ serviceId: siup.id }))).toMatchObject({ served: 1, bySource: { transactions: 1 } });

    expect((await db.served.days(unit.id, '2026-03-02', '2026-03-02')).map((d) => [d.serviceId, d.source, d.count])).toEqual([
      [izin.id, 'manual', 0],
      [izin.id, 'api', 10],
      [izin.id, 'transactions', 3],
      [siup.id, 'transactions', 1],
    ]);

    // Clearing the correction gives the day back to the next source.
    expect(await db.served.clearManual([{ unitId: unit.id, serviceId: izin.id, day: '2026-03-02' }], STAMP)).toEqual({ removed: 1 });
    expect((await db.served.totals(scope())).bySource).toEqual({ manual: 0, api: 10, transactions: 2 });
  });

  it('keeps unit-level counts (no service) apart and stores null back as null', async () => {
    await db.served.setCounts([{ unitId: unit.id, serviceId: null, day: '2026-03-05', count: 7 }], 'manual');
    expect(await db.served.days(unit.id, '2026-03-01', '2026-03-31')).toEqual([{ day: '2026-03-05', serviceId: null, source: 'manual', count: 7 }]);
    expect((await db.served.totals(scope())).served).toBe(7);
    expect((await db.served.totals(scope({ serviceId: izin.id }))).served).toBe(0);
    expect((await db.served.totals({ unitIds: [other.id], from: '2026-03-01', to: '2026-03-31' })).served).toBe(0);
  });

  it('sets manual counts all or nothing, audited', async () => {
    await expect(
      db.served.setCounts(
        [
          { unitId: unit.id, serviceId: izin.id, day: '2026-03-02', count: 4 },
          { unitId: unit.id, serviceId: izin.id, day: '2026-02-30', count: 4 },
        ],
        'manual',
        STAMP,
      ),
    ).rejects.toMatchObject({ code: 'invalid_day' });
    expect(await db.served.days(unit.id, '2026-03-01', '2026-03-31')).toEqual([]);
    expect((await db.audit.list()).entries).toHaveLength(0);

    await db.served.setCounts([{ unitId: unit.id, serviceId: izin.id, day: '2026-03-02', count: 4 }], 'manual', STAMP);
    const [entry] = (await db.audit.list()).entries;
    expect(entry).toMatchObject({ action: 'served.manual', entity: 'served', actor: 'tester' });
    expect(entry?.after).toEqual([{ unitId: unit.id, serviceId: izin.id, day: '2026-03-02', count: 4 }]);
  });
});

describe('service transactions', () => {
  it('imports all or nothing: one bad row stores no transaction and no count', async () => {
    const attempt = db.transactions.importMany([tx({ reference: 'A-1' }), tx({ reference: 'A-2', serviceId: foreign.id })], META, STAMP);
    await expect(attempt).rejects.toBeInstanceOf(BatchError);
    await expect(attempt).rejects.toMatchObject({ index: 1, code: 'service_of_other_unit' });
    expect((await db.transactions.list(scope(), { page: 1, pageSize: 10 })).total).toBe(0);
    expect((await db.served.totals(scope())).served).toBe(0);
    expect((await db.audit.list()).entries).toHaveLength(0);
  });

  it('upserts by reference: a later export completes the transaction without counting it twice', async () => {
    expect(
      await db.transactions.importMany([tx({ reference: 'A-1' }), tx({ reference: 'A-2', completedDay: '2026-03-04' }), tx({})], META, STAMP),
    ).toEqual({ inserted: 3, updated: 0, unchanged: 0 });
    expect(
      await db.transactions.importMany(
        [tx({ reference: 'A-1', completedDay: '2026-03-06' }), tx({ reference: 'A-2', completedDay: '2026-03-04' }), tx({ reference: 'A-2', completedDay: null })],
        { source: 'import', batch: 'april.csv' },
      ),
    ).toEqual({ inserted: 0, updated: 1, unchanged: 2 });
    const { rows } = await db.transactions.list(scope(), { page: 1, pageSize: 10 });
    expect(rows.find((r) => r.reference === 'A-1')?.completedDay).toBe('2026-03-06');
    expect(rows.find((r) => r.reference === 'A-2')?.completedDay).toBe('2026-03-04');
    expect((await db.served.totals(scope())).served).toBe(3);
    expect((await db.audit.list()).entries[0]).toMatchObject({ action: 'transactions.import', entityId: 'maret.csv' });
  });

  it('refuses a stored reference with another service or received day, naming the row', async () => {
    await db.transactions.importMany([tx({ reference: 'A-1' })], META);
    await expect(db.transactions.importMany([tx({ reference: 'B-1' }), tx({ reference: 'A-1', receivedDay: '2026-03-09' })], META)).rejects.toMatchObject({
      index: 1,
      code: 'duplicate',
    });
    expect((await db.transactions.list(scope(), { page: 1, pageSize: 10 })).total).toBe(1);
  });

  it('refuses a completed day before the received day', async () => {
    await expect(db.transactions.importMany([tx({ completedDay: '2026-03-01' })], META)).rejects.toMatchObject({ index: 0, code: 'constraint' });
  });

  it('reads the transactions an on-time rate needs: completed in the range or still open at its end', async () => {
    await db.transactions.importMany(
      [
        tx({ reference: 'feb-done-mar', receivedDay: '2026-02-20', completedDay: '2026-03-02' }),
        tx({ reference: 'feb-done-feb', receivedDay: '2026-02-10', completedDay: '2026-02-12' }),
        tx({ reference: 'mar-open', receivedDay: '2026-03-30' }),
        tx({ reference: 'mar-done-apr', receivedDay: '2026-03-30', completedDay: '2026-04-02' }),
        tx({ reference: 'apr', receivedDay: '2026-04-01' }),
      ],
      META,
    );
    const rows = await db.transactions.forOnTime(scope());
    expect(rows.map((r) => [r.receivedDay, r.completedDay])).toEqual([
      ['2026-02-20', '2026-03-02'],
      ['2026-03-30', null],
      ['2026-03-30', '2026-04-02'],
    ]);
  });

  it('lists newest received first, a page at a time', async () => {
    await db.transactions.importMany(['2026-03-02', '2026-03-09', '2026-03-05'].map((d) => tx({ receivedDay: d })), META);
    const first = await db.transactions.list(scope(), { page: 1, pageSize: 2 });
    expect(first.total).toBe(3);
    expect(first.rows.map((r) => r.receivedDay)).toEqual(['2026-03-09', '2026-03-05']);
    expect((await db.transactions.list(scope(), { page: 2, pageSize: 2 })).rows.map((r) => r.receivedDay)).toEqual(['2026-03-02']);
  });
});
