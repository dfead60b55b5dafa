/** `skm unit add`, `service add`, `import` and `ikm --unit` against a real SQLite file. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SKM_2017 } from '../../survey-kit';
import { golden, rowsFromTallies, skm, tempDir, writeCsv } from './helpers';

const CODES = SKM_2017.elements.map((e) => e.code);
const dir = tempDir('cli-db');
const env = { DATABASE_URL: join(dir, 'puas.db') };
const run = (...args: string[]) => skm(args, env);

interface Json {
  respondents: number;
  konversi: number | null;
  mutu: string | null;
  elements: { code: string; answered: number }[];
}
const ikmOf = async (...args: string[]): Promise<Json> => {
  const r = await run('ikm', ...args, '--json');
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Json;
};

// One sequence: each step builds on the database left by the previous one.
// Each step starts several processes (~1–2 s each on a busy 2-core machine): a generous timeout.
describe.sequential('skm against a database', { timeout: 120_000 }, () => {
  it('sets up an office: unit add creates a default organisation, service add', async () => {
    const unit = await run('unit', 'add', '--slug', 'dpmptsp', '--name', 'DPMPTSP Kota Contoh', '--tz', 'Asia/Makassar');
    expect(unit.stderr).toBe('');
    expect(unit.code).toBe(0);
    expect(unit.stdout).toContain('Organisasi "organisasi"');
    expect(unit.stdout).toContain('Unit "dpmptsp" (DPMPTSP Kota Contoh)');
    expect(unit.stdout).toContain('Asia/Makassar');

    const second = await run('unit', 'add', '--slug', 'dukcapil', '--name', 'Dukcapil', '--lang', 'en');
    expect(second.code).toBe(0);
    expect(second.stdout).not.toContain('Organisation "');
    expect(second.stdout).toContain('created in organisation "organisasi"');

    const service = await run('service', 'add', '--unit', 'dpmptsp', '--slug', 'imb', '--name', 'Izin Mendirikan Bangunan', '--standard-days', '21');
    expect(service.code).toBe(0);
    expect(service.stdout).toContain('21 hari kerja');
  });

  it('refuses duplicates and unknown units, in Bahasa Indonesia and in English', async () => {
    const [dup, dupService, noUnit] = await Promise.all([
      run('unit', 'add', '--slug', 'dpmptsp', '--name', 'Lagi'),
      run('service', 'add', '--unit', 'dpmptsp', '--slug', 'imb', '--name', 'IMB', '--lang', 'en'),
      run('service', 'add', '--unit', 'tidak-ada', '--slug', 'x', '--name', 'X'),
    ]);
    expect(dup).toMatchObject({ code: 1, stdout: '' });
    expect(dup.stderr.trim()).toBe('skm: unit dengan slug "dpmptsp" sudah ada.');
    expect(dupService.stderr.trim()).toBe('skm: a service with slug "imb" already exists in unit "dpmptsp".');
    expect(noUnit.code).toBe(1);
    expect(noUnit.stderr.trim()).toBe('skm: Unit "tidak-ada" tidak ditemukan.');
  });

  it('import is all or nothing: a bad row on line 7 stores nothing', async () => {
    const rows = rowsFromTallies(CODES, golden('gaspul-tw3').input.tallies!).map((r) => [...r, '']);
    // A saran spanning two physical lines (3–4) shifts the data rows: the 5th data row starts on line 7.
    rows[1]![CODES.length] = 'Ruang tunggu\npanas';
    const bad = rows.map((r) => [...r]);
    bad[4]![2] = '5';
    const header = [...CODES, 'saran'];
    const badFile = writeCsv(join(dir, 'bad.csv'), header, bad, ';');

    const [r, en] = await Promise.all([
      run('import', '--unit', 'dpmptsp', badFile),
      run('import', '--unit', 'dpmptsp', badFile, '--lang', 'en'),
    ]);
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines[0]).toBe('Baris 7, kolom "waktu": Nilai "5" tidak sah: isi 1–4 atau a–d, atau kosongkan bila tidak dijawab.');
    expect(lines[1]).toContain('Tidak ada baris yang disimpan');
    expect(lines).toHaveLength(2);

    expect(en.stderr).toContain('Line 7, column "waktu": Invalid score "5"');
    expect(en.stderr).toContain('No row was stored');

    const after = await ikmOf('--unit', 'dpmptsp');
    expect(after.respondents).toBe(0);
    expect(after.konversi).toBeNull();

    const goodFile = writeCsv(join(dir, 'good.csv'), header, rows, ';');
    const ok = await run('import', '--unit', 'dpmptsp', '--service', 'imb', goodFile);
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('29 baris diimpor ke unit "dpmptsp"');
    expect(ok.stdout).toContain('Konversi: 91,48');

    const [unit, service, other] = await Promise.all([
      ikmOf('--unit', 'dpmptsp'),
      ikmOf('--unit', 'dpmptsp', '--service', 'imb'),
      ikmOf('--unit', 'dukcapil'),
    ]);
    expect(unit).toMatchObject({ respondents: 29, konversi: 91.48, mutu: 'A' });
    expect(unit.elements.every((e) => e.answered === 29)).toBe(true);
    expect(service).toMatchObject({ respondents: 29, konversi: 91.48 });
    expect(other.respondents).toBe(0);
  });

  it('ikm --unit counts whole days in the unit time zone, both ends included', async () => {
    const fours = rowsFromTallies(CODES, golden('all-fours').input.tallies!)[0]!;
    const file = writeCsv(join(dir, 'dated.csv'), ['tanggal', ...CODES], [
      ['2025-07-01', ...fours],
      ['30/09/2025', ...fours],
      ['2025-10-01', ...CODES.map(() => '1')],
    ]);
    const r = await run('import', '--unit', 'dukcapil', file, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ imported: 3, unit: 'dukcapil' });

    const [quarter, longer, inner, table] = await Promise.all([
      ikmOf('--unit', 'dukcapil', '--from', '2025-07-01', '--to', '2025-09-30'),
      ikmOf('--unit', 'dukcapil', '--from', '2025-07-01', '--to', '2025-10-01'),
      ikmOf('--unit', 'dukcapil', '--from', '2025-07-02', '--to', '2025-09-29'),
      run('ikm', '--unit', 'dukcapil', '--from', '2025-07-01', '--to', '2025-09-30'),
    ]);
    expect(quarter).toMatchObject({ respondents: 2, konversi: 100 });
    expect(longer).toMatchObject({ respondents: 3, konversi: 75 });
    expect(inner).toMatchObject({ respondents: 0 });
    // dukcapil took the organisation's zone, set by the first unit.
    expect(table.stdout).toContain('2025-07-01 s.d. 2025-09-30 (Asia/Makassar)');
    expect(table.stdout).toContain('Konversi: 100,00');
  });

  it('the tallies match a recount of the responses', async () => {
    const r = await run('tallies', 'verify');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('32 respons');
  });
});
