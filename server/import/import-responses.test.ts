import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import type { Database, Unit } from '../../db/repositories';
import { KEP25_2004, SKM_2017 } from '../../survey-kit';
import type { PaperTable } from '../../survey-kit/paper';
import { computeFileIkm, ImportError, importResponses } from './import-responses';

const CODES = SKM_2017.elements.map((e) => e.code);
const NOW = new Date('2026-05-20T03:00:00Z'); // 11:00 WITA on 20 May 2026

/** A table whose rows start at line 2, one row per answer list. */
function table(header: string[], rows: string[][]): PaperTable {
  return { header, headerLine: 1, rows: rows.map((cells, i) => ({ line: i + 2, cells })) };
}
const nine = (score: string): string[] => CODES.map(() => score);

let db: Database;
let unit: Unit;

beforeEach(async () => {
  db = await openDatabase({ url: ':memory:' });
  const org = await db.organisations.create({ slug: 'org', name: 'Org', defaultTimeZone: 'Asia/Makassar' });
  unit = await db.units.create({ organisationId: org.id, slug: 'dpmptsp', name: 'DPMPTSP', timeZone: 'Asia/Makassar' });
  await db.services.create({ unitId: unit.id, slug: 'imb', name: 'Izin Mendirikan Bangunan', standardDays: 21 });
  await db.services.create({ unitId: unit.id, slug: 'siup', name: 'SIUP', standardDays: 5 });
});
afterEach(async () => {
  await db.close();
});

const scope = (from: string, to: string, serviceId?: number) =>
  serviceId === undefined ? { unitIds: [unit.id], from, to } : { unitIds: [unit.id], serviceId, from, to };

describe('importResponses', () => {
  it('stores nothing when one row is bad, and lists every bad row with its line', async () => {
    const rows = [nine('4'), nine('3'), nine('4'), nine('4'), nine('4'), [...nine('4').slice(0, 8), '5'], nine('x')];
    const report = await importResponses(db, { unitSlug: 'dpmptsp', table: table(CODES, rows), now: NOW });
    expect(report.ok).toBe(false);
    if (report.ok) return;
    expect(report.checked).toBe(7);
    expect(report.errors.filter((e) => e.code === 'invalid_score').map((e) => e.line)).toEqual([7, 8, 8, 8, 8, 8, 8, 8, 8, 8]);
    expect(await db.responses.count()).toBe(0);
    expect((await db.tallies.read(scope('2026-01-01', '2026-12-31'))).respondents).toBe(0);
  });

  it('imports every row once, dated at local noon of tanggal (else now), and reports their IKM', async () => {
    const header = ['tanggal', ...CODES, 'saran'];
    const rows = [
      ['2026-03-31', ...nine('4'), 'Bagus'],
      ['01/04/2026', ...nine('d'), ''],
      ['', ...nine('4'), ''],
    ];
    const report = await importResponses(db, { unitSlug: 'dpmptsp', table: table(header, rows), now: NOW });
    expect(report).toMatchObject({ ok: true, imported: 3, unit: 'dpmptsp' });
    if (!report.ok) return;
    expect(report.results).toHaveLength(1);
    expect(report.results[0]!.ikm).toMatchObject({ respondents: 3, konversi: 100, mutu: 'A' });
    expect((await db.tallies.read(scope('2026-03-31', '2026-03-31'))).respondents).toBe(1);
    expect((await db.tallies.read(scope('2026-04-01', '2026-04-01'))).respondents).toBe(1);
    expect((await db.tallies.read(scope('2026-05-20', '2026-05-20'))).respondents).toBe(1);
    expect(await db.tallies.verify()).toEqual([]);
  });

  it('matches layanan to a service by slug or name in any case; --service fills empty cells', async () => {
    const header = ['layanan', ...CODES];
    const rows = [
      ['IMB', ...nine('4')],
      ['izin mendirikan bangunan', ...nine('3')],
      ['', ...nine('2')],
    ];
    const report = await importResponses(db, { unitSlug: 'dpmptsp', serviceSlug: 'siup', table: table(header, rows), now: NOW });
    expect(report.ok).toBe(true);
    const imb = (await db.services.bySlug(unit.id, 'imb'))!;
    const siup = (await db.services.bySlug(unit.id, 'siup'))!;
    expect((await db.tallies.read(scope('2026-05-20', '2026-05-20', imb.id))).respondents).toBe(2);
    expect((await db.tallies.read(scope('2026-05-20', '2026-05-20', siup.id))).tallies.waktu).toMatchObject({ 2: 1 });
  });

  it('rejects an unknown layanan and a date after today in the unit time zone', async () => {
    const header = ['tanggal', 'layanan', ...CODES];
    const rows = [
      ['2026-05-20', 'imb', ...nine('4')],
      ['2026-05-21', 'imb', ...nine('4')],
      ['2026-05-01', 'Paspor', ...nine('4')],
    ];
    const report = await importResponses(db, { unitSlug: 'dpmptsp', table: table(header, rows), now: NOW });
    expect(report.ok).toBe(false);
    if (report.ok) return;
    expect(report.errors.map((e) => [e.line, e.code, e.column])).toEqual([
      [3, 'future_date', 'tanggal'],
      [4, 'unknown_service', 'layanan'],
    ]);
    expect(report.errors[1]!.message.id).toContain('imb, siup');
    expect(await db.responses.count()).toBe(0);
  });

  it('uses the instrument of the period in force on each row\'s day', async () => {
    const kep25 = (await db.instruments.byCode(KEP25_2004.code))!;
    await db.periods.create({ organisationId: unit.organisationId, name: 'Lama', startDay: '2026-01-01', endDay: '2026-01-31', instrumentId: kep25.id });
    const header = ['tanggal', ...CODES];
    // 2004 elements do not include "waktu", so a January row with this header cannot be read.
    const report = await importResponses(db, {
      unitSlug: 'dpmptsp',
      table: table(header, [['2026-01-10', ...nine('4')], ['2026-02-10', ...nine('4')]]),
      now: NOW,
    });
    expect(report.ok).toBe(false);
    if (report.ok) return;
    expect(report.errors.some((e) => e.code === 'unknown_column' && e.column === 'waktu')).toBe(true);
    expect(report.errors.some((e) => e.code === 'missing_column' && e.column === 'kejelasan_petugas')).toBe(true);

    const u = KEP25_2004.elements.map((_, i) => `U${i + 1}`);
    const ok = await importResponses(db, { unitSlug: 'dpmptsp', table: table(['tanggal', ...u], [['2026-01-10', ...u.map(() => '3')]]), now: NOW });
    expect(ok.ok && ok.results.map((g) => [g.instrumentCode, g.method, g.ikm.konversi])).toEqual([[KEP25_2004.code, '2004', 75]]);
  });

  it('throws ImportError for an unknown unit or service', async () => {
    const t = table(CODES, [nine('4')]);
    await expect(importResponses(db, { unitSlug: 'nope', table: t })).rejects.toBeInstanceOf(ImportError);
    const err = await importResponses(db, { unitSlug: 'dpmptsp', serviceSlug: 'nope', table: t }).catch((e: unknown) => e);
    expect((err as ImportError).text.id).toContain('"nope"');
  });
});

describe('computeFileIkm', () => {
  it('computes the IKM of valid rows and refuses a table with errors', () => {
    const ok = computeFileIkm(table(CODES, [nine('4'), nine('1')]), SKM_2017);
    expect(ok).toMatchObject({ ok: true, respondents: 2, ikm: { konversi: 62.5, mutu: 'D' } });
    // A fully empty row is skipped; a row with only a saran has no answer at all.
    const bad = computeFileIkm(table([...CODES, 'saran'], [[...nine('4'), ''], [...nine(''), 'Bagus'], [...nine(''), '']]), SKM_2017);
    expect(bad.ok === false && bad.errors.map((e) => [e.line, e.code])).toEqual([[3, 'no_answers']]);
  });
});
