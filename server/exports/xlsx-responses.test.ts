import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import type { Cell } from './columns';
import { loadWorkbook, readAll } from '../testing/streams';
import { xlsxResponsesStream } from './xlsx-responses';

async function* fromArray(rows: Cell[][]): AsyncGenerator<Cell[]> {
  for (const row of rows) yield row;
}

describe('xlsxResponsesStream', () => {
  it('writes text as strings (never formulas), numbers as numbers and nulls as empty cells', async () => {
    const rows: Cell[][] = [
      [1, '=1+1', 4, null],
      [2, '@SUM(A1:A2)', 2.5, 'baris\nbaru; "kutip"'],
    ];
    const bytes = await readAll(xlsxResponsesStream(['id', 'saran', 'n', 'x'], fromArray(rows), { sheetName: 'Jawaban' }));
    const sheet = (await loadWorkbook(bytes)).getWorksheet('Jawaban')!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'id', 'saran', 'n', 'x']);
    const formula = sheet.getCell('B2');
    expect(formula.type).toBe(ExcelJS.ValueType.String);
    expect(formula.value).toBe('=1+1');
    expect(formula.formula).toBeUndefined();
    expect(sheet.getCell('B3').value).toBe('@SUM(A1:A2)');
    expect(sheet.getCell('A2').type).toBe(ExcelJS.ValueType.Number);
    expect(sheet.getCell('C3').value).toBe(2.5);
    expect(sheet.getCell('D2').type).toBe(ExcelJS.ValueType.Null);
    expect(sheet.getCell('D3').value).toBe('baris\nbaru; "kutip"');
    // The raw sheet XML holds no <f> (formula) element at all.
    expect(bytes.includes(Buffer.from('<f>'))).toBe(false);
  });

  it('continues on further sheets, each with the header, instead of capping rows', async () => {
    const rows: Cell[][] = Array.from({ length: 7 }, (_, i) => [i + 1, `r${i + 1}`]);
    const bytes = await readAll(xlsxResponsesStream(['id', 'kode'], fromArray(rows), { sheetName: 'Jawaban', maxRowsPerSheet: 3 }));
    const workbook = await loadWorkbook(bytes);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Jawaban', 'Jawaban 2', 'Jawaban 3', 'Jawaban 4']);
    const ids = workbook.worksheets.flatMap((s) => {
      expect(s.getCell('A1').value).toBe('id');
      const out: number[] = [];
      s.eachRow((row, n) => {
        if (n > 1) out.push(row.getCell(1).value as number);
      });
      return out;
    });
    expect(ids).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('keeps text exactly (line breaks, edge spaces, markup) and places cells past column Z', async () => {
    const header = Array.from({ length: 30 }, (_, i) => `k${i + 1}`);
    const row: Cell[] = header.map((_, i) => i + 1);
    row[0] = '  dua spasi di depan';
    row[1] = 'baris\r\nbaru <b>&amp;</b>';
    row[2] = 'kontrol\u0007dibuang';
    row[28] = null;
    const bytes = await readAll(xlsxResponsesStream(header, fromArray([row]), { sheetName: 'Jawaban' }));
    const sheet = (await loadWorkbook(bytes)).getWorksheet('Jawaban')!;
    expect(sheet.getCell('A2').value).toBe('  dua spasi di depan');
    expect(sheet.getCell('B2').value).toBe('baris\r\nbaru <b>&amp;</b>');
    expect(sheet.getCell('C2').value).toBe('kontroldibuang');
    expect(sheet.getCell('AB2').value).toBe(28);
    expect(sheet.getCell('AC2').type).toBe(ExcelJS.ValueType.Null);
    expect(sheet.getCell('AD1').value).toBe('k30');
    expect(sheet.getCell('AD2').value).toBe(30);
  });

  it('writes the header alone for no rows, and no empty sheet after an exactly full one', async () => {
    const empty = await loadWorkbook(await readAll(xlsxResponsesStream(['id'], fromArray([]), { sheetName: 'Jawaban' })));
    expect(empty.worksheets.map((s) => [s.name, s.rowCount])).toEqual([['Jawaban', 1]]);
    const full = await loadWorkbook(await readAll(xlsxResponsesStream(['id'], fromArray([[1], [2]]), { sheetName: 'Jawaban', maxRowsPerSheet: 3 })));
    expect(full.worksheets.map((s) => [s.name, s.rowCount])).toEqual([['Jawaban', 3]]);
  });

  it('fails the download, not hangs it, when the row source fails', async () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    async function* failing(): AsyncGenerator<Cell[]> {
      yield [1];
      throw new Error('disk gone');
    }
    await expect(readAll(xlsxResponsesStream(['id'], failing(), { sheetName: 'Jawaban' }))).rejects.toThrow('disk gone');
    quiet.mockRestore();
  });

  it('stops the row source when the reader cancels', async () => {
    let produced = 0;
    let finished = false;
    async function* many(): AsyncGenerator<Cell[]> {
      try {
        for (let i = 0; i < 1_000_000; i++) {
          produced++;
          yield [i, `client-${i}`, 'Antrian perlu dipercepat dan ruang tunggu diperluas'];
        }
      } finally {
        finished = true;
      }
    }
    const reader = xlsxResponsesStream(['id', 'client', 'saran'], many(), { sheetName: 'Jawaban' }).getReader();
    expect((await reader.read()).done).toBe(false);
    await reader.cancel();
    await vi.waitFor(() => expect(finished).toBe(true), { timeout: 5_000 });
    expect(produced).toBeLessThan(1_000_000);
  });
});
