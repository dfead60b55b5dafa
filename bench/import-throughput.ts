/**
 * Import throughput of a 100,000-row paper-questionnaire file: the whole path a user runs with
 * `skm import` — read and parse the CSV, validate every row, store all rows with their tallies
 * in one all-or-nothing transaction, compute the IKM of the imported rows.
 */
import { writeFileSync } from 'node:fs';
import { openDatabase } from '../db/open';
import { seededRng } from '../db/testing/random';
import { tempDir } from '../db/testing/temp';
import { importResponses } from '../server/import/import-responses';
import { readTable } from '../server/import/read-table';
import { SKM_2017 } from '../survey-kit/index';
import type { Benchmark, BenchResult } from './types';
import { round } from './types';

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);
const TARGET_ROWS_PER_S = 20_000;

/** A semicolon CSV as Indonesian Excel writes it: dates, profile columns, some blanks and saran. */
function makeCsv(rows: number): string {
  const rng = seededRng(14_2017);
  const codes = SKM_2017.elements.map((e) => e.code);
  const lines = [['tanggal', ...codes, 'jenis_kelamin', 'usia', 'pendidikan', 'pekerjaan', 'saran'].join(';')];
  const education = ['SD', 'SMP', 'SMA', 'D3', 'S1', 'S2', ''];
  const work = ['PNS', 'SWASTA', 'WIRAUSAHA', 'LAINNYA', ''];
  for (let i = 0; i < rows; i++) {
    const month = 1 + (i % 12);
    const day = 1 + (i % 28);
    const date = `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/2025`;
    const scores = codes.map(() => (rng.int(0, 99) < 2 ? '' : String(rng.int(2, 4))));
    const sex = ['L', 'P', ''][rng.int(0, 2)]!;
    const age = rng.int(0, 9) === 0 ? '' : String(rng.int(18, 70));
    const job = work[rng.int(0, work.length - 1)]!;
    const saran = rng.int(0, 19) === 0 ? '"Antrean lebih cepat; terima kasih"' : '';
    lines.push([date, ...scores, sex, age, education[rng.int(0, education.length - 1)]!, job === 'LAINNYA' ? '' : job, saran].join(';'));
  }
  return lines.join('\r\n') + '\r\n';
}

export const importThroughput: Benchmark = {
  name: 'import-throughput',
  async run({ log }): Promise<BenchResult> {
    const dir = tempDir('puas-bench-import-');
    const file = dir.file('kuesioner.csv');
    writeFileSync(file, '\uFEFF' + makeCsv(ROWS));
    const db = await openDatabase({ url: dir.file('import.db') });
    try {
      const org = await db.organisations.create({ slug: 'bench', name: 'Benchmark' });
      await db.units.create({ organisationId: org.id, slug: 'loket', name: 'Loket', timeZone: 'Asia/Makassar' });
      log(`importing ${ROWS.toLocaleString('en-US')} rows`);
      const start = performance.now();
      const table = await readTable(file);
      const parsed = performance.now();
      const report = await importResponses(db, { unitSlug: 'loket', table, now: new Date('2026-01-15T00:00:00Z') });
      const end = performance.now();
      if (!report.ok) throw new Error(`benchmark file rejected: ${JSON.stringify(report.errors.slice(0, 3))}`);
      const stored = await db.responses.count();
      const totalS = (end - start) / 1000;
      const rate = ROWS / totalS;
      return {
        name: 'import-throughput',
        figures: {
          rows: ROWS,
          'parse ms': round(parsed - start, 0),
          'validate + store ms': round(end - parsed, 0),
          'total s': round(totalS, 2),
          'rows/s': round(rate, 0),
          'stored rows': stored,
          'imported konversi': report.results[0]?.ikm.konversi ?? 'n/a',
        },
        targets: [
          { name: `import ≥ ${TARGET_ROWS_PER_S.toLocaleString('en-US')} rows/s`, ok: rate >= TARGET_ROWS_PER_S },
          { name: 'every row stored exactly once', ok: stored === ROWS },
        ],
      };
    } finally {
      await db.close();
      dir.remove();
    }
  },
};
