import { describe, expect, it } from 'vitest';
import type { Instrument, Text } from '../types';
import { validatePaperTable } from './validate';
import type { PaperTable } from './types';

const tx = (s: string): Text => ({ id: s, en: s });
const labels = [tx('1'), tx('2'), tx('3'), tx('4')] as const;
const el = (code: string, optional = false) => ({ code, name: tx(code.toUpperCase()), question: tx('?'), labels, optional });

/** Three elements so that U-numbering and missing columns are easy to see. */
const INSTRUMENT: Instrument = {
  code: 'test',
  name: tx('Test'),
  method: '2017',
  elements: [el('persyaratan'), el('waktu'), el('biaya', true)],
};

function table(header: string[], ...rows: string[][]): PaperTable {
  return { header, rows: rows.map((cells, i) => ({ line: i + 2, cells })) };
}

describe('validatePaperTable: header', () => {
  it('accepts element codes in any case and order, trimmed', () => {
    const r = validatePaperTable(table([' WAKTU ', 'Persyaratan', 'biaya'], ['3', '4', '']), INSTRUMENT);
    expect(r.errors).toEqual([]);
    expect(r.rows[0]!.answers).toEqual({ persyaratan: 4, waktu: 3, biaya: null });
  });

  it('maps U1…Un to elements in the instrument order', () => {
    const r = validatePaperTable(table(['u3', 'U1', 'U2'], ['1', '2', '3']), INSTRUMENT);
    expect(r.errors).toEqual([]);
    expect(r.rows[0]!.answers).toEqual({ biaya: 1, persyaratan: 2, waktu: 3 });
  });

  it('reports an unknown column once, with its name, and still checks the rows', () => {
    const r = validatePaperTable(table(['persyaratan', 'waktu', 'nama'], ['4', '4', 'Budi'], ['4', '9', 'Ani']), INSTRUMENT);
    const header = r.errors.filter((e) => e.code === 'unknown_column');
    expect(header).toHaveLength(1);
    expect(header[0]).toMatchObject({ line: 1, column: 'nama' });
    expect(header[0]!.message.id).toContain('"nama"');
    expect(header[0]!.message.en).toContain('Unknown column');
    expect(r.errors.find((e) => e.code === 'invalid_score')).toMatchObject({ line: 3, column: 'waktu' });
  });

  it('reports a duplicate column, also when a code and its U-number name the same element', () => {
    const r = validatePaperTable(table(['persyaratan', 'waktu', 'U1'], ['4', '4', '1']), INSTRUMENT);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ code: 'duplicate_column', column: 'U1', line: 1 });
  });

  it('requires every non-optional element column; an optional element may be absent', () => {
    const r = validatePaperTable(table(['persyaratan'], ['4']), INSTRUMENT);
    expect(r.errors.map((e) => [e.code, e.column])).toEqual([['missing_column', 'waktu']]);
    const ok = validatePaperTable(table(['persyaratan', 'waktu'], ['4', '3']), INSTRUMENT);
    expect(ok.errors).toEqual([]);
    expect(ok.rows[0]!.answers.biaya).toBeNull();
  });

  it('ignores trailing nameless columns without data but not a nameless column with data', () => {
    expect(validatePaperTable(table(['persyaratan', 'waktu', ''], ['4', '3', '']), INSTRUMENT).errors).toEqual([]);
    const r = validatePaperTable(table(['persyaratan', 'waktu', ''], ['4', '3', 'x']), INSTRUMENT);
    expect(r.errors.map((e) => e.code)).toEqual(['unnamed_column']);
  });

  it('an empty header or a table without rows is an error', () => {
    expect(validatePaperTable(table([]), INSTRUMENT).errors.map((e) => e.code)).toEqual(['empty_header']);
    expect(validatePaperTable(table(['persyaratan', 'waktu'], ['', '']), INSTRUMENT).errors.map((e) => e.code)).toEqual([
      'no_rows',
    ]);
  });
});

describe('validatePaperTable: cells', () => {
  const H = ['persyaratan', 'waktu', 'tanggal', 'jenis_kelamin', 'usia', 'pendidikan', 'pekerjaan', 'pekerjaan_lainnya', 'layanan', 'saran'];

  it('reads scores 1–4 and a–d in any case; an empty cell is not answered', () => {
    const r = validatePaperTable(table(['persyaratan', 'waktu', 'biaya'], ['a', 'D', ' 2 '], ['', 'c', '']), INSTRUMENT);
    expect(r.errors).toEqual([]);
    expect(r.rows.map((x) => x.answers)).toEqual([
      { persyaratan: 1, waktu: 4, biaya: 2 },
      { persyaratan: null, waktu: 3, biaya: null },
    ]);
  });

  it.each(['5', '0', 'x', 'e', '3.5', '-1'])('rejects the score %j with line and column', (bad) => {
    const r = validatePaperTable(table(['persyaratan', 'waktu'], ['4', '4'], ['4', bad]), INSTRUMENT);
    expect(r.rows).toHaveLength(1);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ line: 3, column: 'waktu', code: 'invalid_score' });
    expect(r.errors[0]!.message.id).toContain(`"${bad}"`);
  });

  it('a row with no answer at all is an error, even with a saran', () => {
    const r = validatePaperTable(table(['persyaratan', 'waktu', 'saran'], ['', '', 'Bagus']), INSTRUMENT);
    expect(r.errors.map((e) => [e.line, e.code])).toEqual([[2, 'no_answers']]);
  });

  it('reads the profile and keeps "not given" as null', () => {
    const r = validatePaperTable(
      table(H, ['4', '3', '2026-03-05', 'p', '34', 's1', 'lainnya', ' Petani ', 'IMB', ' Antre lama '], ['4', '3', '', '', '', '', '', '', '', '']),
      INSTRUMENT,
    );
    expect(r.errors).toEqual([]);
    expect(r.rows[0]).toEqual({
      line: 2,
      day: '2026-03-05',
      answers: { persyaratan: 4, waktu: 3, biaya: null },
      profile: { jenisKelamin: 'P', usia: 34, pendidikan: 'S1', pekerjaan: 'LAINNYA', pekerjaanLainnya: 'Petani' },
      layanan: 'IMB',
      saran: 'Antre lama',
    });
    expect(r.rows[1]).toMatchObject({
      day: null,
      profile: { jenisKelamin: null, usia: null, pendidikan: null, pekerjaan: null, pekerjaanLainnya: null },
      layanan: null,
      saran: null,
    });
  });

  it('reads DD/MM/YYYY dates (day first) and validates real dates', () => {
    const ok = validatePaperTable(table(['persyaratan', 'waktu', 'tanggal'], ['4', '4', '05/03/2026'], ['4', '4', '9/1/2024'], ['4', '4', '29/02/2024']), INSTRUMENT);
    expect(ok.errors).toEqual([]);
    expect(ok.rows.map((r) => r.day)).toEqual(['2026-03-05', '2024-01-09', '2024-02-29']);
    for (const bad of ['2026-02-30', '29/02/2025', '2026/03/05', '03-05-2026', '13/13/2026', 'kemarin']) {
      const r = validatePaperTable(table(['persyaratan', 'waktu', 'tanggal'], ['4', '4', bad]), INSTRUMENT);
      expect(r.errors.map((e) => [e.code, e.column]), bad).toEqual([['invalid_date', 'tanggal']]);
    }
  });

  it('rejects invalid profile values, one error per cell', () => {
    const r = validatePaperTable(table(H, ['4', '3', '', 'X', '121', 'SLTA', 'petani', '', '', '']), INSTRUMENT);
    expect(r.errors.map((e) => e.code)).toEqual(['invalid_sex', 'invalid_age', 'invalid_education', 'invalid_occupation']);
    expect(r.errors.every((e) => e.line === 2)).toBe(true);
    expect(r.errors[2]!.message.id).toContain('SD, SMP, SMA');
    for (const age of ['12.5', '-3', 'tiga puluh']) {
      const a = validatePaperTable(table(['persyaratan', 'waktu', 'usia'], ['4', '4', age]), INSTRUMENT);
      expect(a.errors.map((e) => e.code), age).toEqual(['invalid_age']);
    }
    const edge = validatePaperTable(table(['persyaratan', 'waktu', 'usia'], ['4', '4', '0'], ['4', '4', '120']), INSTRUMENT);
    expect(edge.rows.map((x) => x.profile.usia)).toEqual([0, 120]);
  });

  it('pekerjaan_lainnya needs pekerjaan LAINNYA', () => {
    const r = validatePaperTable(table(['persyaratan', 'waktu', 'pekerjaan', 'pekerjaan_lainnya'], ['4', '4', 'PNS', 'Guru']), INSTRUMENT);
    expect(r.errors.map((e) => [e.code, e.column])).toEqual([['lainnya_without_lainnya', 'pekerjaan_lainnya']]);
  });

  it('a filled cell beyond the header is an error; empty extra cells are not', () => {
    expect(validatePaperTable(table(['persyaratan', 'waktu'], ['4', '4', '', '']), INSTRUMENT).errors).toEqual([]);
    const r = validatePaperTable(table(['persyaratan', 'waktu'], ['4', '4', '3']), INSTRUMENT);
    expect(r.errors.map((e) => e.code)).toEqual(['extra_cells']);
  });

  it('skips fully empty rows and reports every bad row with its own line', () => {
    const t: PaperTable = {
      header: ['persyaratan', 'waktu'],
      rows: [
        { line: 2, cells: ['4', '4'] },
        { line: 3, cells: ['', ' '] },
        { line: 5, cells: ['5', '4'] },
        { line: 9, cells: ['4', 'z'] },
      ],
    };
    const r = validatePaperTable(t, INSTRUMENT);
    expect(r.rows.map((x) => x.line)).toEqual([2]);
    expect(r.errors.map((e) => e.line)).toEqual([5, 9]);
  });
});
