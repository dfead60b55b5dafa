import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, emptyProfileCounts, localDay, PROFILE_FIELDS, profileValues, type ProfileCounts } from '../../../survey-kit/index';
import { CHANNELS, type Channel, type Day } from '../../../survey-kit/types';
import { openSqliteDatabase, type SqliteDatabase } from '../../open';
import type { NewResponse, TallyScope, Unit } from '../../repositories';
import { createDirectory, randomResponse, type Directory } from '../../testing/fixtures';
import { seededRng } from '../../testing/random';

let db: SqliteDatabase;
let d: Directory;
/** A unit without any response: never part of a ranking. */
let silent: Unit;
let stored: { response: NewResponse; day: Day }[];
const spread = { fromMs: Date.UTC(2025, 10, 14), toMs: Date.UTC(2027, 1, 16), noServiceRate: 0.15 };

beforeAll(async () => {
  db = await openSqliteDatabase({ url: ':memory:' });
  d = await createDirectory(db, { units: 3, servicesPerUnit: 3 });
  silent = await db.units.create({ organisationId: d.organisationId, slug: 'sepi', name: 'Sepi', timeZone: 'Asia/Jakarta' });
  const rng = seededRng(44);
  const all = Array.from({ length: 4000 }, (_, i) => randomResponse(rng, d, spread, i));
  await db.responses.insertMany(all.slice(0, 3600));
  for (const r of all.slice(3600)) await db.responses.submit(r);
  const zones = new Map(d.units.map((u) => [u.id, u.timeZone]));
  stored = all.map((response) => ({ response, day: localDay(response.submittedAt, zones.get(response.unitId)!) }));
});
afterAll(() => db.close());

function inScope(scope: TallyScope, { response: r, day }: (typeof stored)[number], channel = true): boolean {
  return (
    (scope.unitIds === null || scope.unitIds.includes(r.unitId)) &&
    day >= scope.from &&
    day <= scope.to &&
    (scope.serviceId === undefined || scope.serviceId === r.serviceId) &&
    (!channel || scope.channel === undefined || scope.channel === r.channel)
  );
}

/** The profile counted from the responses as written, independently of any rollup. */
function recountProfile(scope: TallyScope): ProfileCounts {
  const counts = emptyProfileCounts();
  for (const s of stored) {
    if (!inScope(scope, s)) continue;
    const values = profileValues(s.response.profile);
    for (const field of PROFILE_FIELDS) counts[field][values[field]]! += 1;
  }
  return counts;
}

function recountChannels(scope: TallyScope): Record<Channel, number> {
  const counts = Object.fromEntries(CHANNELS.map((c) => [c, 0])) as Record<Channel, number>;
  for (const s of stored) if (inScope(scope, s, false)) counts[s.response.channel] += 1;
  return counts;
}

function randomScopes(seed: number, count: number): TallyScope[] {
  const rng = seededRng(seed);
  const unitIds = [...d.units.map((u) => u.id), silent.id];
  return Array.from({ length: count }, () => {
    const from = addDays('2025-11-01', rng.int(0, 480));
    const scope: TallyScope = {
      unitIds: rng.next() < 0.25 ? null : unitIds.filter(() => rng.next() < 0.6),
      from,
      to: addDays(from, rng.int(0, rng.next() < 0.3 ? 400 : 70)),
    };
    const unit = rng.pick(d.units);
    const filter = rng.int(0, 5);
    if (filter === 1 || filter === 4) scope.serviceId = rng.pick(d.services.get(unit.id)!).id;
    if (filter === 2) scope.serviceId = null;
    if (filter >= 3) scope.channel = rng.pick<Channel>(CHANNELS);
    return scope;
  });
}

describe('dashboard reads', () => {
  it('profile equals a recount of the responses over many random scopes', async () => {
    for (const scope of randomScopes(3, 250)) expect(await db.dashboard.profile(scope), JSON.stringify(scope)).toEqual(recountProfile(scope));
  });

  it('channels equal a recount, whatever channel the scope names', async () => {
    for (const scope of randomScopes(5, 250)) expect(await db.dashboard.channels(scope), JSON.stringify(scope)).toEqual(recountChannels(scope));
    const year = { unitIds: null, from: '2026-01-01', to: '2026-12-31' };
    const mix = await db.dashboard.channels(year);
    expect(Object.values(mix).reduce((a, b) => a + b, 0)).toBe((await db.tallies.read(year)).respondents);
  });

  it('byUnit equals one read per unit, and leaves out units without responses', async () => {
    for (const scope of randomScopes(9, 150)) {
      const ranking = await db.dashboard.byUnit(scope);
      const ids = scope.unitIds ?? [...d.units.map((u) => u.id), silent.id];
      const expected = new Map();
      for (const unitId of ids) {
        const one = await db.tallies.read({ ...scope, unitIds: [unitId] });
        if (one.respondents > 0) expected.set(unitId, one);
      }
      expect(ranking, JSON.stringify(scope)).toEqual(expected);
      expect(ranking.has(silent.id)).toBe(false);
    }
  });

  it('gives zeros and empty maps for empty scopes, and refuses malformed days', async () => {
    const future = { unitIds: null, from: '2030-01-01', to: '2030-12-31' };
    expect(await db.dashboard.profile(future)).toEqual(emptyProfileCounts());
    expect(await db.dashboard.profile({ unitIds: [], from: '2026-01-01', to: '2026-12-31' })).toEqual(emptyProfileCounts());
    expect(await db.dashboard.channels(future)).toEqual({ kiosk: 0, qr: 0, paper: 0, online: 0 });
    expect((await db.dashboard.byUnit(future)).size).toBe(0);
    expect((await db.dashboard.byUnit({ unitIds: [silent.id], from: '2025-01-01', to: '2027-12-31' })).size).toBe(0);
    await expect(db.dashboard.profile({ unitIds: null, from: '2026-02-30', to: '2026-03-01' })).rejects.toMatchObject({ code: 'invalid_day' });
    await expect(db.dashboard.byUnit({ unitIds: null, from: '2026-01-01', to: '2026-13-01' })).rejects.toMatchObject({ code: 'invalid_day' });
  });
});
