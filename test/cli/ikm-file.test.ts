/** `skm ikm --input` and `skm sample`: no database involved. */
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { KEP25_2004, SKM_2017 } from '../../survey-kit';
import { golden, rowsFromTallies, skm, talliesFromNrr, tempDir, writeCsv } from './helpers';

const CODES = SKM_2017.elements.map((e) => e.code);
const dir = tempDir('cli-file');

interface IkmJson {
  respondents: number;
  method: string;
  elements: { code: string; answered: number; nrr: number; konversi: number; mutu: string; ci95: [number, number] | null }[];
  ikm: number;
  konversi: number;
  mutu: string;
  kinerja: string;
  ci95: [number, number] | null;
}

function goldenCsv(name: string, sep = ','): string {
  return writeCsv(join(dir, `${name}${sep === ';' ? '-semicolon' : ''}.csv`), CODES, rowsFromTallies(CODES, golden(name).input.tallies!), sep);
}

describe('skm sample', () => {
  it('prints the Krejcie–Morgan minimum: 1000 → 278', async () => {
    const json = await skm(['sample', '1000', '--json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual({ population: 1000, sample: 278 });
    const text = await skm(['sample', '1000']);
    expect(text.stdout).toContain('1.000');
    expect(text.stdout).toMatch(/\b278 responden\b/);
    expect((await skm(['sample', '1000000', '--lang', 'en'])).stdout).toContain('1,000,000: 384 respondents');
  });
});

describe('skm ikm --input', () => {
  it('reproduces the gaspul-tw3 golden case from a CSV of its tallies', async () => {
    const g = golden('gaspul-tw3');
    const r = await skm(['ikm', '--input', goldenCsv('gaspul-tw3'), '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as IkmJson;
    expect(Object.keys(out)).toEqual(['respondents', 'method', 'elements', 'ikm', 'konversi', 'mutu', 'kinerja', 'ci95']);
    expect(Object.keys(out.elements[0]!)).toEqual(['code', 'answered', 'nrr', 'konversi', 'mutu', 'ci95']);
    expect(out).toMatchObject({ respondents: 29, method: '2017', konversi: g.expected.konversi, mutu: 'A', kinerja: 'Sangat baik' });
    expect(out.konversi).toBe(91.48);
    expect(out.ikm).toBeCloseTo(g.expected.ikm, 3);
    for (const e of out.elements) {
      expect(e.answered).toBe(29);
      expect(e.nrr).toBeCloseTo(g.expected.nrr![e.code]!, 4);
    }
    expect(out.ci95![0]).toBeLessThan(91.48);
    expect(out.ci95![1]).toBeGreaterThan(91.48);
  });

  it('reads the same answers from a semicolon CSV and from an XLSX identically', async () => {
    const g = golden('gaspul-tw3');
    const rows = rowsFromTallies(CODES, g.input.tallies!);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('SKM');
    ws.addRow(CODES.map((_, i) => `U${i + 1}`));
    for (const row of rows) ws.addRow(row.map(Number));
    const xlsx = join(dir, 'gaspul.xlsx');
    writeFileSync(xlsx, new Uint8Array(await wb.xlsx.writeBuffer()));
    const [comma, semi, excel] = await Promise.all([
      skm(['ikm', '--input', goldenCsv('gaspul-tw3'), '--json']),
      skm(['ikm', '--input', goldenCsv('gaspul-tw3', ';'), '--json']),
      skm(['ikm', '--input', xlsx, '--json']),
    ]);
    expect(excel.code).toBe(0);
    expect(semi.stdout).toBe(comma.stdout);
    expect(excel.stdout).toBe(comma.stdout);
  });

  it('all fours make exactly 100, category A', async () => {
    const r = await skm(['ikm', '--input', goldenCsv('all-fours'), '--json']);
    expect(JSON.parse(r.stdout)).toMatchObject({ respondents: 1, ikm: 4, konversi: 100, mutu: 'A', kinerja: 'Sangat baik' });
  });

  it('prints a readable table with Indonesian numbers, or English ones with --lang en', async () => {
    const file = goldenCsv('gaspul-tw3');
    const [id, en] = await Promise.all([skm(['ikm', '--input', file]), skm(['ikm', '--input', file, '--lang', 'en'])]);
    expect(id.code).toBe(0);
    expect(id.stdout).toContain('Konversi: 91,48');
    expect(id.stdout).toContain('Sangat baik');
    expect(id.stdout).toMatch(/persyaratan\s+29\s+3,6207\s+90,52\s+A/);
    expect(en.stdout).toContain('91.48');
    expect(en.stdout).toContain('Very good');
  });

  it('--method 2004 reads 14 elements (U1…U14) on the 2004 table: the kep25 golden case', async () => {
    const g = golden('kep25-puskesmas-2012');
    const codes = KEP25_2004.elements.map((e) => e.code);
    const rows = rowsFromTallies(codes, talliesFromNrr(g.input.nrr!));
    const file = writeCsv(join(dir, 'kep25.csv'), codes.map((_, i) => `U${i + 1}`), rows, ';');
    const r = await skm(['ikm', '--input', file, '--method', '2004', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as IkmJson;
    expect(out).toMatchObject({ respondents: 50, method: '2004', konversi: 76.93, mutu: 'B', kinerja: 'Baik' });
    expect(out.elements.map((e) => e.code)).toEqual(codes);
    // The same file read as a 2017 form: U10–U14 do not exist there.
    const as2017 = await skm(['ikm', '--input', file]);
    expect(as2017.code).not.toBe(0);
    expect(as2017.stdout).toBe('');
    expect(as2017.stderr).toContain('Baris 1, kolom "U10"');
  });

  it('refuses a file with bad rows, one line per problem with its line number', async () => {
    const rows = rowsFromTallies(CODES, golden('all-fours').input.tallies!);
    const file = writeCsv(join(dir, 'bad.csv'), [...CODES, 'tanggal'], [[...rows[0]!, '2026-02-30'], [...rows[0]!.slice(0, 8), '5', '']]);
    const r = await skm(['ikm', '--input', file]);
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toEqual([
      expect.stringMatching(/^Baris 2, kolom "tanggal": Tanggal "2026-02-30" tidak sah/),
      expect.stringMatching(/^Baris 3, kolom "pengaduan": Nilai "5" tidak sah/),
      'IKM tidak dihitung: 2 masalah dalam berkas.',
    ]);
  });
});
