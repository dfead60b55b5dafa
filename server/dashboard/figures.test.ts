/**
 * The dashboard's figures are survey-kit's computation over the scope's answers: checked against
 * computeIkm over an independent recount (db.tallies.scan, a GROUP BY of the raw responses) for
 * the demo office, and against the published figures of golden cases imported as paper forms.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import type { Database, TallyScope } from '../../db/repositories';
import { computeIkm, SKM_2017 } from '../../survey-kit/index';
import type { Tallies } from '../../survey-kit/types';
import type { PaperTable } from '../../survey-kit/paper';
import { seedDemo } from '../demo/seed';
import { importResponses } from '../import/import-responses';
import { loadAllDashboard, loadUnitDashboard } from './pages';

const expectedIkm = async (db: Database, scope: TallyScope) => {
  const scan = await db.tallies.scan(scope);
  return computeIkm(SKM_2017, { tallies: scan.tallies, respondents: scan.respondents });
};

describe('demo office', () => {
  let db: Database;
  // Half a year of the demo keeps the test quick; the figures' path is the same for any range.
  beforeAll(async () => {
    db = await openDatabase({ url: ':memory:' });
    await seedDemo(db, { lastDay: '2025-06-30' });
  }, 120_000);
  afterAll(() => db.close());

  it('a unit page: headline, previous quarter, months and channel equal survey-kit over the raw answers', async () => {
    const unit = (await db.units.bySlug('perizinan-usaha'))!;
    const period = (await db.periods.list(unit.organisationId)).find((p) => p.name === 'Triwulan II 2025')!;
    const now = new Date('2025-07-15T03:00:00Z');
    const data = (await loadUnitDashboard(db, null, unit.slug, new URLSearchParams({ period: String(period.id) }), now))!;
    const scope = { unitIds: [unit.id], from: '2025-04-01', to: '2025-06-30' };
    expect(data.headline.result).toEqual(await expectedIkm(db, scope));
    expect(data.headline.result.respondents).toBeGreaterThan(1000);
    expect(data.previous.period?.name).toBe('Triwulan I 2025');
    expect(data.previous.result).toEqual(await expectedIkm(db, { ...scope, from: '2025-01-01', to: '2025-03-31' }));
    const months = data.trend.filter((b) => b.respondents! > 0);
    expect(months.map((b) => b.from)).toEqual(['2025-01-01', '2025-02-01', '2025-03-01', '2025-04-01', '2025-05-01', '2025-06-01']);
    for (const b of months) {
      const { from, to, ...result } = b;
      expect(result, from).toEqual(await expectedIkm(db, { ...scope, from, to }));
    }
    const kiosk = (await loadUnitDashboard(db, null, unit.slug, new URLSearchParams({ period: String(period.id), channel: 'kiosk' }), now))!;
    expect(kiosk.headline.result).toEqual(await expectedIkm(db, { ...scope, channel: 'kiosk' }));
    const flagged = await db.tallies.scan({ ...scope, channel: 'kiosk' });
    expect(kiosk.headline.flags).toEqual({ fast: flagged.flaggedFast, straightline: flagged.flaggedStraightline });
    expect(kiosk.profile.channels.kiosk).toBe(kiosk.headline.result.respondents);
  });

  it('the all-units page: headline over every unit, and each unit of the ranking', async () => {
    const viewer = { id: 1, username: 'pimpinan', displayName: 'Pimpinan', role: 'viewer' as const, unitIds: [], mustChangePassword: false };
    const data = await loadAllDashboard(db, viewer, new URLSearchParams({ from: '2025-01-01', to: '2025-06-30' }), new Date('2025-07-15T03:00:00Z'));
    const scope = { unitIds: null, from: '2025-01-01', to: '2025-06-30' };
    expect(data.headline.result).toEqual(await expectedIkm(db, scope));
    expect(data.ranking).toHaveLength(4);
    for (const ranked of data.ranking) {
      expect(ranked.result, ranked.unit.slug).toEqual(await expectedIkm(db, { ...scope, unitIds: [ranked.unit.id] }));
    }
    const konversi = data.ranking.map((r) => r.result.konversi!);
    expect(konversi).toEqual([...konversi].sort((a, b) => b - a));
  });
});

interface GoldenCase {
  method: string;
  respondents?: number;
  input: { tallies?: Tallies };
  expected: { konversi: number; mutu: string };
}

const GOLDEN = path.resolve(process.cwd(), '../shared/golden');
const golden = (existsSync(GOLDEN) ? readdirSync(GOLDEN) : [])
  .filter((f) => f.endsWith('.json') && f !== 'krejcie-morgan.json')
  .map((f) => [f, JSON.parse(readFileSync(path.join(GOLDEN, f), 'utf8')) as GoldenCase] as const)
  .filter(([, c]) => c.method === '2017' && c.input.tallies !== undefined && c.respondents !== undefined);

/** One paper row per respondent whose answers add up to the case's tallies (blank cells for missing answers). */
function paperTable(c: GoldenCase): PaperTable {
  const codes = SKM_2017.elements.map((e) => e.code);
  const columns = codes.map((code) => {
    const tally = c.input.tallies![code]!;
    return ([1, 2, 3, 4] as const).flatMap((score) => Array<string>(tally[score]).fill(String(score)));
  });
  const rows = Array.from({ length: c.respondents! }, (_, i) => ({ line: i + 2, cells: ['2026-03-10', ...columns.map((col) => col[i] ?? '')] }));
  return { header: ['tanggal', ...codes], headerLine: 1, rows };
}

describe('golden cases imported as paper forms', () => {
  it('there are cases to check', () => {
    expect(golden.map(([f]) => f)).toEqual(expect.arrayContaining(['gaspul-tw3.json', 'all-fours.json']));
  });

  it.each(golden)('%s: the unit page shows the published konversi and mutu', async (_file, c) => {
    const db = await openDatabase({ url: ':memory:' });
    try {
      const org = await db.organisations.create({ slug: 'org', name: 'Org', defaultTimeZone: 'Asia/Makassar' });
      await db.units.create({ organisationId: org.id, slug: 'loket', name: 'Loket', timeZone: 'Asia/Makassar' });
      const report = await importResponses(db, { unitSlug: 'loket', table: paperTable(c), now: new Date('2026-04-01T03:00:00Z') });
      expect(report.ok).toBe(true);
      const data = (await loadUnitDashboard(db, null, 'loket', new URLSearchParams({ from: '2026-03-01', to: '2026-03-31' })))!;
      expect(data.headline.result.respondents).toBe(c.respondents);
      expect(data.headline.result.konversi).toBe(c.expected.konversi);
      expect(data.headline.result.mutu).toBe(c.expected.mutu);
      expect(data.profile.channels.paper).toBe(c.respondents);
    } finally {
      await db.close();
    }
  });
});
