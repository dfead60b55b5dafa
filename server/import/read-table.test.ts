import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { detectDelimiter, readTable, TableReadError } from './read-table';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const csv = (s: string) => readTable({ name: 'data.csv', bytes: utf8(s) });

describe('readTable: CSV', () => {
  it('reads a comma-separated file with a BOM; the header is line 1', async () => {
    const t = await csv('\uFEFFpersyaratan,waktu\n4,3\n2,1\n');
    expect(t.header).toEqual(['persyaratan', 'waktu']);
    expect(t.headerLine).toBe(1);
    expect(t.rows).toEqual([
      { line: 2, cells: ['4', '3'] },
      { line: 3, cells: ['2', '1'] },
    ]);
  });

  it('detects semicolons from the header line (Indonesian Excel), with or without BOM', async () => {
    for (const bom of ['', '\uFEFF']) {
      const t = await csv(`${bom}persyaratan;waktu;saran\r\n4;3;"Cepat, ramah"\r\n`);
      expect(t.header).toEqual(['persyaratan', 'waktu', 'saran']);
      expect(t.rows[0]!.cells).toEqual(['4', '3', 'Cepat, ramah']);
    }
  });

  it('ignores separators inside quoted header names when detecting the delimiter', () => {
    expect(detectDelimiter('"a,b,c";d;e\n1,2,3,4,5,6,7')).toBe(';');
    expect(detectDelimiter('a,"x;y;z",c\n1;2;3;4')).toBe(',');
  });

  it('keeps quoted newlines and doubled quotes, and numbers rows by the line they start on', async () => {
    const source = [
      'persyaratan;waktu;saran', // 1
      '4;3;"Antrean ""panjang"",', // 2
      'petugas ramah"', // 3
      '', // 4 (skipped)
      '3;3;', // 5
      '2;2;"a\r\nb\r\nc"', // 6–8 (CRLF inside the quotes)
      ';;', // 9: only separators, skipped
      '1;1;x', // 10
    ].join('\r\n');
    const t = await csv(source);
    expect(t.rows.map((r) => r.line)).toEqual([2, 5, 6, 10]);
    expect(t.rows[0]!.cells[2]).toBe('Antrean "panjang",\npetugas ramah');
    expect(t.rows[2]!.cells[2]).toBe('a\nb\nc');
  });

  it('reports a malformed CSV and a non-UTF-8 file clearly', async () => {
    await expect(csv('a,b\n1,"unterminated\n')).rejects.toThrow(TableReadError);
    const latin1 = Uint8Array.from([0x61, 0x0a, 0x53, 0x61, 0x72, 0x61, 0x6e, 0x20, 0xe9, 0x0a]);
    const err = await readTable({ name: 'x.csv', bytes: latin1 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TableReadError);
    expect((err as TableReadError).text.id).toContain('UTF-8');
  });

  it('rejects an unsupported extension and a missing file with a message in both languages', async () => {
    const err = await readTable({ name: 'data.xls', bytes: new Uint8Array() }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TableReadError);
    expect((err as TableReadError).text.id).toContain('tidak didukung');
    expect((err as TableReadError).text.en).toContain('Unsupported file type');
    const missing = await readTable('/nonexistent/skm.csv').catch((e: unknown) => e);
    expect((missing as TableReadError).text.en).toContain('not found');
  });

  it('reads a file from disk by path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'puas-read-'));
    const path = join(dir, 'Data.CSV');
    writeFileSync(path, 'U1,U2\n4,4\n');
    expect((await readTable(path)).rows).toEqual([{ line: 2, cells: ['4', '4'] }]);
  });
});

describe('readTable: XLSX', () => {
  async function xlsx(fill: (ws: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    fill(wb.addWorksheet('Data'));
    wb.addWorksheet('Ignored').addRow(['not', 'read']);
    return new Uint8Array(await wb.xlsx.writeBuffer());
  }

  it('round-trips an exceljs-written workbook: first sheet, row numbers as lines, values as text', async () => {
    const bytes = await xlsx((ws) => {
      ws.addRow(['persyaratan', 'waktu', 'tanggal', 'usia', 'saran']);
      ws.addRow([4, 'c', new Date(Date.UTC(2026, 2, 5)), 34, 'Baris\nkedua']);
      ws.addRow([]);
      ws.addRow([0.1 + 0.2, { formula: '1+2', result: 3 }, '05/03/2026', null, { richText: [{ text: 'ka' }, { text: 'ta' }] }]);
    });
    const t = await readTable({ name: 'skm.xlsx', bytes });
    expect(t.header).toEqual(['persyaratan', 'waktu', 'tanggal', 'usia', 'saran']);
    expect(t.headerLine).toBe(1);
    expect(t.rows).toEqual([
      { line: 2, cells: ['4', 'c', '2026-03-05', '34', 'Baris\nkedua'] },
      { line: 4, cells: ['0.3', '3', '05/03/2026', '', 'kata'] },
    ]);
  });

  it('takes the first non-empty row as the header and keeps its line', async () => {
    const bytes = await xlsx((ws) => {
      ws.getRow(3).values = ['U1', 'U2'];
      ws.getRow(4).values = [1, 2];
    });
    const t = await readTable({ name: 'skm.xlsx', bytes });
    expect(t.headerLine).toBe(3);
    expect(t.rows).toEqual([{ line: 4, cells: ['1', '2'] }]);
  });

  it('reports a file that is not a workbook', async () => {
    await expect(readTable({ name: 'skm.xlsx', bytes: utf8('not a zip') })).rejects.toThrow(TableReadError);
  });
});
