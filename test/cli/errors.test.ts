/** Wrong command lines: non-zero exit, one clear line on stderr, in Bahasa Indonesia or English. */
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../server/cli/run';
import { skm, tempDir } from './helpers';
import type { SkmResult } from './helpers';

const dir = tempDir('cli-errors');
const env = { DATABASE_URL: join(dir, 'puas.db') };

/** [arguments, expected Indonesian line, expected English line] */
const CASES: readonly [string[], string, string][] = [
  [[], 'skm: perintah belum diberikan. Lihat "skm --help".', 'skm: no command given. See "skm --help".'],
  [['hitung'], 'skm: perintah "hitung" tidak dikenal. Lihat "skm --help".', 'skm: unknown command "hitung". See "skm --help".'],
  [['sample', '0'], 'skm: N "0" harus bilangan bulat positif.', 'skm: N "0" must be a positive whole number.'],
  [['sample', '12.5'], 'skm: N "12.5" harus bilangan bulat positif.', 'skm: N "12.5" must be a positive whole number.'],
  [['sample'], 'skm: N belum diberikan untuk "skm sample".', 'skm: N missing for "skm sample".'],
  [['sample', '10', '20'], 'skm: argumen "20" tidak diharapkan untuk "skm sample".', 'skm: unexpected argument "20" for "skm sample".'],
  [
    ['ikm', '--inptu', 'a.csv'],
    'skm: opsi "--inptu" tidak dikenal untuk "skm ikm". Lihat "skm ikm --help".',
    'skm: unknown option "--inptu" for "skm ikm". See "skm ikm --help".',
  ],
  [['ikm'], 'skm: berikan salah satu dari "--input" atau "--unit".', 'skm: give one of "--input" or "--unit".'],
  [['ikm', '--unit'], 'skm: opsi "--unit" memerlukan nilai.', 'skm: option "--unit" needs a value.'],
  [['ikm', '--input', 'a.csv', '--method', '2020'], 'skm: metode "2020" tidak dikenal: gunakan 2017 atau 2004.', 'skm: unknown method "2020": use 2017 or 2004.'],
  [['ikm', '--unit', 'x', '--method', '2004'], 'skm: opsi "--method" hanya dipakai bersama "--input".', 'skm: option "--method" is only used with "--input".'],
  [['ikm', '--unit', 'x', '--from', '2026-02-30'], 'skm: --from "2026-02-30" bukan tanggal yang sah (TTTT-BB-HH).', 'skm: --from "2026-02-30" is not a valid date (YYYY-MM-DD).'],
  [['ikm', '--input', 'data.ods'], 'skm: Jenis berkas "data.ods" tidak didukung', 'skm: Unsupported file type "data.ods"'],
  [['ikm', '--input', 'tidak-ada.csv'], 'skm: Berkas "tidak-ada.csv" tidak ditemukan.', 'skm: File "tidak-ada.csv" not found.'],
  [['unit', 'add', '--slug', 'Kantor Pusat', '--name', 'X'], 'skm: --slug "Kantor Pusat" tidak sah', 'skm: --slug "Kantor Pusat" is invalid'],
  [['unit', 'add', '--slug', 'kantor', '--name', 'X', '--tz', 'Asia/Bangkok'], 'skm: zona waktu "Asia/Bangkok" tidak dikenal: gunakan Asia/Jakarta, Asia/Makassar, Asia/Jayapura.', 'skm: unknown time zone "Asia/Bangkok": use Asia/Jakarta, Asia/Makassar, Asia/Jayapura.'],
  [['unit', 'add', '--slug', 'kantor'], 'skm: opsi "--name" wajib diisi untuk "skm unit add".', 'skm: option "--name" is required for "skm unit add".'],
  [['service', 'add', '--unit', 'u', '--slug', 's', '--name', 'S', '--standard-days', '-3'], 'skm: --standard-days "-3" harus bilangan bulat positif.', 'skm: --standard-days "-3" must be a positive whole number.'],
  [['service', 'add', '--unit', 'u', '--slug', 's', '--name', 'S', '--standard-days', 'lima'], 'skm: --standard-days "lima" harus bilangan bulat positif.', 'skm: --standard-days "lima" must be a positive whole number.'],
  [['import', '--unit', 'u'], 'skm: BERKAS belum diberikan untuk "skm import".', 'skm: FILE missing for "skm import".'],
  [['import', '--unit', 'tidak-ada', 'x.csv'], 'skm: Unit "tidak-ada" tidak ditemukan.', 'skm: Unit "tidak-ada" not found.'],
  [['ikm', '--unit', 'tidak-ada'], 'skm: Unit "tidak-ada" tidak ditemukan.', 'skm: Unit "tidak-ada" not found.'],
];

describe('skm errors', { timeout: 180_000 }, () => {
  // Create and migrate the database once, before processes open it concurrently.
  beforeAll(async () => {
    writeFileSync(join(dir, 'x.csv'), 'persyaratan\n4\n');
    expect((await skm(['tallies', 'verify'], env)).code).toBe(0);
  });

  function check(args: readonly string[], r: SkmResult, expected: string): void {
    const label = `skm ${args.join(' ')}`;
    expect(r.code, label).not.toBe(0);
    expect(r.stdout, label).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines, `${label}\n${r.stderr}`).toHaveLength(1);
    expect(lines[0]!.startsWith(expected), `${label}: ${lines[0]}`).toBe(true);
  }
  const withFile = (args: readonly string[]) => args.map((a) => (a === 'x.csv' ? join(dir, 'x.csv') : a));

  it('the real command: non-zero exit, nothing on stdout, one line on stderr, in id by default and en with --lang en', async () => {
    // A sample of the cases in child processes (each costs a Node start-up); all of them run in process below.
    const sample = CASES.filter((_, i) => i % 4 === 0);
    for (let i = 0; i < sample.length; i += 3) {
      const batch = sample.slice(i, i + 3);
      const results = await Promise.all(batch.flatMap(([args]) => [skm(withFile(args), env), skm([...withFile(args), '--lang', 'en'], env)]));
      batch.forEach(([args, id, en], j) => {
        check(args, results[2 * j]!, id);
        check([...args, '--lang', 'en'], results[2 * j + 1]!, en);
      });
    }
  });

  it('every problem, through the same entry point in process', async () => {
    const runInProcess = async (args: string[]): Promise<SkmResult> => {
      const out: string[] = [];
      const err: string[] = [];
      const code = await run(args, { out: (l) => out.push(l), err: (l) => err.push(l), env: { ...process.env, ...env } });
      return { code, stdout: out.map((l) => `${l}\n`).join(''), stderr: err.map((l) => `${l}\n`).join('') };
    };
    for (const [args, id, en] of CASES) {
      check(args, await runInProcess(withFile(args)), id);
      check([...args, '--lang', 'en'], await runInProcess([...withFile(args), '--lang', 'en']), en);
    }
  });

  it('an unknown --lang is refused in Bahasa Indonesia', async () => {
    const r = await skm(['sample', '10', '--lang', 'fr']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('skm: bahasa "fr" tidak dikenal: gunakan id atau en.');
  });

  it('--help works for every command and exits 0', async () => {
    const helps = await Promise.all([
      skm(['--help']),
      skm(['ikm', '--help']),
      skm(['import', '--help', '--lang', 'en']),
      skm(['sample', '-h']),
      skm(['unit', 'add', '--help']),
      skm(['service', '--help']),
      skm(['tallies', '--help']),
    ]);
    for (const h of helps) {
      expect(h.code).toBe(0);
      expect(h.stderr).toBe('');
    }
    expect(helps[0]!.stdout).toContain('Penggunaan: skm <perintah>');
    expect(helps[1]!.stdout).toContain('skm ikm --input BERKAS [--method 2017|2004] [--json]');
    expect(helps[2]!.stdout).toContain('Usage: skm import --unit SLUG [--service SLUG] FILE');
    expect(helps[3]!.stdout).toContain('Krejcie–Morgan');
    expect(helps[4]!.stdout).toContain('--tz ZONA');
    expect(helps[5]!.stdout).toContain('--standard-days N');
    expect(helps[6]!.stdout).toContain('skm tallies verify');
  });
});
