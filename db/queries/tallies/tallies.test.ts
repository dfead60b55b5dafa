import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../../survey-kit/index';
import { CHANNELS, type Channel } from '../../../survey-kit/types';
import { openSqliteDatabase, type SqliteDatabase } from '../../open';
import type { NewResponse, TallyScope } from '../../repositories';
import { createDirectory, randomResponse, type Directory } from '../../testing/fixtures';
import { seededRng } from '../../testing/random';

let db: SqliteDatabase;
let d: Directory;
// Submissions from mid-November 2025 to mid-February 2027: two year boundaries and every month end.
const spread = { fromMs: Date.UTC(2025, 10, 14), toMs: Date.UTC(2027, 1, 16), blankRate: 0.08, noServiceRate: 0.15 };

beforeAll(async () => {
  db = await openSqliteDatabase({ url: ':memory:' });
  d = await createDirectory(db, { units: 3, servicesPerUnit: 3 }); // Jakarta, Makassar, Jayapura
  const rng = seededRng(20260331);
  const all: NewResponse[] = Array.from({ length: 6000 }, (_, i) => randomResponse(rng, d, spread, i));
  // Instants around local midnights, where a wrong time zone would move a response to another day.
  for (let i = 0; i < 600; i++) {
    const base = Date.UTC(2025, 11, 1) + rng.int(0, 420) * 86_400_000;
    const nearMidnight = base - rng.int(7, 9) * 3_600_000 + rng.int(-3, 3) * 60_000 + 16 * 3_600_000;
    all.push({ ...randomResponse(rng, d, spread, i, 'edge'), submittedAt: new Date(nearMidnight) });
  }
  // Most through one batch, the rest one by one: both write paths feed the same rollups.
  await db.responses.insertMany(all.slice(0, 5000));
  for (const r of all.slice(5000)) await db.responses.submit(r);
});
afterAll(() => db.close());

describe('tallies', () => {
  it('read equals scan over many random scopes', async () => {
    const rng = seededRng(7);
    const unitIds = d.units.map((u) => u.id);
    const start = '2025-11-01';
    for (let i = 0; i < 300; i++) {
      const from = addDays(start, rng.int(0, 480));
      const to = addDays(from, rng.int(0, rng.next() < 0.3 ? 400 : 70));
      const scope: TallyScope = {
        unitIds: rng.next() < 0.25 ? null : unitIds.filter(() => rng.next() < 0.6),
        from,
        to,
      };
      const unit = rng.pick(d.units);
      const filter = rng.int(0, 5);
      if (filter === 1) scope.serviceId = rng.pick(d.services.get(unit.id)!).id;
      if (filter === 2) scope.serviceId = null;
      if (filter >= 3) scope.channel = rng.pick<Channel>(CHANNELS);
      if (filter === 4) scope.serviceId = rng.pick(d.services.get(unit.id)!).id;
      const [read, scan] = await Promise.all([db.tallies.read(scope), db.tallies.scan(scope)]);
      expect(read, JSON.stringify(scope)).toEqual(scan);
    }
  });

  it('counts every response once over the whole range, split any way', async () => {
    const everything = await db.tallies.read({ unitIds: null, from: '2025-01-01', to: '2027-12-31' });
    expect(everything.respondents).toBe(await db.responses.count());
    const perUnit = await Promise.all(d.units.map((u) => db.tallies.read({ unitIds: [u.id], from: '2025-01-01', to: '2027-12-31' })));
    expect(perUnit.reduce((n, t) => n + t.respondents, 0)).toBe(everything.respondents);
    const perChannel = await Promise.all(CHANNELS.map((channel) => db.tallies.read({ unitIds: null, channel, from: '2025-01-01', to: '2027-12-31' })));
    expect(perChannel.reduce((n, t) => n + t.respondents, 0)).toBe(everything.respondents);
    for (const element of d.elements) {
      const t = everything.tallies[element]!;
      expect(t[1] + t[2] + t[3] + t[4] + (t.blank ?? 0)).toBe(everything.respondents);
    }
  });

  it('returns nothing for empty scopes and refuses malformed days', async () => {
    const empty = { respondents: 0, tallies: {}, flaggedFast: 0, flaggedStraightline: 0 };
    expect(await db.tallies.read({ unitIds: [], from: '2026-01-01', to: '2026-12-31' })).toEqual(empty);
    expect(await db.tallies.read({ unitIds: null, from: '2026-02-01', to: '2026-01-31' })).toEqual(empty);
    expect(await db.tallies.read({ unitIds: null, from: '2030-01-01', to: '2030-12-31' })).toEqual(empty);
    await expect(db.tallies.read({ unitIds: null, from: '2026-02-30', to: '2026-03-01' })).rejects.toMatchObject({ code: 'invalid_day' });
    await expect(db.tallies.scan({ unitIds: null, from: '2026-01-01', to: '26-03-01' })).rejects.toMatchObject({ code: 'invalid_day' });
  });

  it('verify finds nothing when consistent, and every tampered row', async () => {
    expect(await db.tallies.verify()).toEqual([]);
    const unitId = d.units[1]!.id;
    const tally = db.sqlite
      .prepare(`SELECT * FROM answer_tallies WHERE unit_id = ? AND grain = 'M' AND channel = '*' ORDER BY bucket LIMIT 1`)
      .get(unitId) as { bucket: string; element_code: string; n3: number };
    const day = db.sqlite
      .prepare(`SELECT * FROM response_rollups WHERE unit_id = ? AND grain = 'D' AND channel = 'qr' ORDER BY bucket LIMIT 1`)
      .get(unitId) as { bucket: string; service_id: number; respondents: number };
    const savepoint = 'tamper';
    db.sqlite.exec(`SAVEPOINT ${savepoint}`);
    try {
      db.sqlite
        .prepare(`UPDATE answer_tallies SET n3 = n3 + 2 WHERE unit_id = ? AND grain = 'M' AND channel = '*' AND bucket = ? AND element_code = ?`)
        .run(unitId, tally.bucket, tally.element_code);
      db.sqlite
        .prepare(`DELETE FROM response_rollups WHERE unit_id = ? AND grain = 'D' AND channel = 'qr' AND service_id = ? AND bucket = ?`)
        .run(unitId, day.service_id, day.bucket);
      db.sqlite.prepare(`INSERT INTO answer_tallies VALUES (?, 0, '*', 'D', '2031-01-01', 'waktu', 0, 0, 1, 0, 0)`).run(unitId);
      const found = await db.tallies.verify();
      expect(found).toHaveLength(3);
      expect(found).toContainEqual({
        unitId,
        serviceId: 0,
        channel: '*',
        grain: 'M',
        bucket: tally.bucket,
        elementCode: tally.element_code,
        stored: expect.objectContaining({ n3: tally.n3 + 2 }),
        recounted: expect.objectContaining({ n3: tally.n3 }),
      });
      expect(found).toContainEqual({
        unitId,
        serviceId: day.service_id,
        channel: 'qr',
        grain: 'D',
        bucket: day.bucket,
        elementCode: null,
        stored: { respondents: 0, flagged_fast: 0, flagged_straightline: 0 },
        recounted: expect.objectContaining({ respondents: day.respondents }),
      });
      expect(found).toContainEqual(expect.objectContaining({ bucket: '2031-01-01', elementCode: 'waktu', recounted: expect.objectContaining({ n3: 0 }) }));
    } finally {
      db.sqlite.exec(`ROLLBACK TO ${savepoint}; RELEASE ${savepoint}`);
    }
    expect(await db.tallies.verify()).toEqual([]);
  });
});

describe('blank answers', () => {
  it('are counted as blank and never as a score', async () => {
    const mem = await openSqliteDatabase({ url: ':memory:' });
    try {
      const dir = await createDirectory(mem, { units: 1, servicesPerUnit: 1 });
      const answers = (blank: readonly string[], score: 1 | 4) =>
        Object.fromEntries(dir.elements.map((c) => [c, blank.includes(c) ? null : score]));
      const base = randomResponse(seededRng(1), dir, { fromMs: Date.UTC(2026, 5, 1, 3), toMs: Date.UTC(2026, 5, 1, 3) }, 0);
      await mem.responses.submit({ ...base, clientId: 'a', answers: answers(['biaya'], 4) });
      await mem.responses.submit({ ...base, clientId: 'b', answers: answers(['biaya', 'sarana'], 1) });
      await mem.responses.insertMany([{ ...base, clientId: 'c', answers: answers(dir.elements.filter((c) => c !== 'waktu'), 4) }]);
      const scope = { unitIds: null, from: '2026-06-01', to: '2026-06-30' };
      const read = await mem.tallies.read(scope);
      expect(read.respondents).toBe(3);
      expect(read.tallies.biaya).toEqual({ 1: 0, 2: 0, 3: 0, 4: 0, blank: 3 });
      expect(read.tallies.sarana).toEqual({ 1: 0, 2: 0, 3: 0, 4: 1, blank: 2 });
      expect(read.tallies.waktu).toEqual({ 1: 1, 2: 0, 3: 0, 4: 2, blank: 0 });
      expect(await mem.tallies.scan(scope)).toEqual(read);
    } finally {
      await mem.close();
    }
  });
});
