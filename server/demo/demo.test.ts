import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import type { Database } from '../../db/repositories';
import { SKM_2017 } from '../../survey-kit/index';
import { DEMO_HOLIDAYS, DEMO_PERIODS, DEMO_UNITS } from './office';
import { generateDemoResponses, type DemoResponse } from './responses';
import { isEmptyDatabase, seedDemo, type DemoSummary } from './seed';
import { loadIndicators } from '../indicators/load';

const elementCodes = SKM_2017.elements.map((e) => e.code);

function digest(responses: Iterable<DemoResponse>): { hash: string; count: number } {
  const h = createHash('sha256');
  let count = 0;
  for (const r of responses) {
    h.update(JSON.stringify({ ...r, submittedAt: r.submittedAt.toISOString() }));
    count++;
  }
  return { hash: h.digest('hex'), count };
}

describe('demo responses', () => {
  const all = [...generateDemoResponses({ elementCodes })];

  it('are the same on every run, and depend on the seed', () => {
    const a = digest(generateDemoResponses({ elementCodes }));
    expect(digest(all)).toEqual(a);
    const january = { elementCodes, lastDay: '2025-01-31' };
    expect(digest(generateDemoResponses({ ...january, seed: 1 })).hash).not.toBe(digest(generateDemoResponses(january)).hash);
  });

  it('cover 2025-01-01..2026-09-30 on office days, 08:00–16:00 local time', () => {
    expect(all.length).toBeGreaterThanOrEqual(40_000);
    expect(all.length).toBeLessThanOrEqual(60_000);
    const zones = new Map(DEMO_UNITS.map((u) => [u.slug, u.timeZone]));
    const days = new Set<string>();
    // One formatter per zone, "YYYY-MM-DD HH" in local wall-clock time (sv-SE writes ISO order).
    const clocks = new Map<string, Intl.DateTimeFormat>();
    const outside: string[] = [];
    for (const r of all) {
      const zone = zones.get(r.unitSlug)!;
      let clock = clocks.get(zone);
      if (!clock) {
        clock = new Intl.DateTimeFormat('sv-SE', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', hourCycle: 'h23' });
        clocks.set(zone, clock);
      }
      const [day, hour] = clock.format(r.submittedAt).split(' ') as [string, string];
      days.add(day);
      if (Number(hour) < 8 || Number(hour) >= 16) outside.push(r.submittedAt.toISOString());
    }
    expect(outside).toEqual([]);
    const sorted = [...days].sort();
    expect(sorted[0]! >= '2025-01-01').toBe(true);
    expect(sorted.at(-1)! <= '2026-09-30').toBe(true);
    expect(sorted.at(-1)! >= '2026-09-01').toBe(true);
    const closed = [...days].filter((day) => {
      const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
      return weekday === 0 || weekday === 6 || DEMO_HOLIDAYS.has(day);
    });
    expect(closed).toEqual([]);
  });

  it('are realistic: elements differ, blanks and "not given" occur, channels mix, ids unique', () => {
    const mean = (code: string) => {
      let sum = 0;
      let n = 0;
      for (const r of all) {
        const s = r.answers[code];
        if (s != null) {
          sum += s;
          n++;
        }
      }
      return sum / n;
    };
    expect(mean('waktu')).toBeLessThan(mean('perilaku'));
    expect(mean('biaya')).toBeGreaterThan(3.5);
    expect(all.some((r) => Object.values(r.answers).includes(null))).toBe(true);
    expect(all.some((r) => r.profile.jenisKelamin === null)).toBe(true);
    expect(all.some((r) => r.profile.usia === null)).toBe(true);
    expect(all.some((r) => r.saran !== null)).toBe(true);
    expect(new Set(all.map((r) => r.channel))).toEqual(new Set(['kiosk', 'qr', 'paper']));
    expect(all.filter((r) => r.channel === 'paper').every((r) => r.completionSeconds === null)).toBe(true);
    expect(new Set(all.map((r) => r.clientId)).size).toBe(all.length);
    for (const r of all.slice(0, 500)) expect(Object.keys(r.answers)).toEqual(elementCodes);
  });
});

describe('seedDemo', () => {
  let db: Database;
  let summary: DemoSummary;
  beforeAll(async () => {
    db = await openDatabase({ url: ':memory:' });
    expect(await isEmptyDatabase(db)).toBe(true);
    summary = await seedDemo(db);
  }, 120_000);
  afterAll(() => db.close());

  it('labels the organisation as demo', async () => {
    const [org, ...others] = await db.organisations.list();
    expect(others).toHaveLength(0);
    expect(org!.isDemo).toBe(true);
    expect(org!.name).toContain('DEMO');
    expect(await isEmptyDatabase(db)).toBe(false);
  });

  it('stores every response, unit, service and period, with tallies that match a scan', async () => {
    const expected = [...generateDemoResponses({ elementCodes })].length;
    expect(summary.responses).toBe(expected);
    expect(await db.responses.count()).toBe(expected);
    expect((await db.units.list()).map((u) => u.slug).sort()).toEqual(DEMO_UNITS.map((u) => u.slug).sort());
    expect(summary.services).toBe(DEMO_UNITS.reduce((n, u) => n + u.services.length, 0));
    const org = (await db.organisations.list())[0]!;
    expect((await db.periods.list(org.id)).map((p) => p.name).sort()).toEqual(DEMO_PERIODS.map((p) => p.name).sort());
    const unit = (await db.units.bySlug(DEMO_UNITS[0]!.slug))!;
    const scope = { unitIds: [unit.id], from: '2025-07-01', to: '2025-09-30' };
    const read = await db.tallies.read(scope);
    expect(read.respondents).toBeGreaterThan(1000);
    expect(read).toEqual(await db.tallies.scan(scope));
  });

  it('holds people served, complaints and a follow-up plan whose indicators are all defined', async () => {
    expect(summary.indicators.transactions).toBeGreaterThan(summary.responses);
    expect(summary.indicators.complaints).toBeGreaterThan(100);
    expect(summary.indicators.followUps).toBe(DEMO_UNITS.length * 3);
    const coverages: number[] = [];
    for (const def of DEMO_UNITS) {
      const unit = (await db.units.bySlug(def.slug))!;
      const report = await loadIndicators(db, { unit, from: '2026-01-01', to: '2026-06-30', asOf: new Date('2026-10-01T00:00:00Z') });
      expect(report.reach.coverage.defined, def.slug).toBe(true);
      expect(report.reach.sample.defined, def.slug).toBe(true);
      expect(report.complaints.timeliness.defined, def.slug).toBe(true);
      // Every demo complaint has been answered, most of them within the working day.
      expect(report.complaints.timeliness.overdue, def.slug).toBe(0);
      expect(report.complaints.timeliness.value!, def.slug).toBeGreaterThan(60);
      expect(report.complaints.rate.defined, def.slug).toBe(true);
      expect(report.services.overall.defined, def.slug).toBe(true);
      expect(report.followUp.completion.defined, def.slug).toBe(true);
      coverages.push(report.reach.coverage.value!);
    }
    // The demo shows a unit below the 50% target next to units above it.
    expect(Math.min(...coverages)).toBeLessThan(50);
    expect(Math.max(...coverages)).toBeGreaterThan(50);
  });
});
