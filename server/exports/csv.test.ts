import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { Cell } from './columns';
import { readAll } from '../testing/streams';
import { csvField, csvRecord, csvStream, guardFormula } from './csv';

async function* fromArray(rows: Cell[][]): AsyncGenerator<Cell[]> {
  for (const row of rows) yield row;
}

describe('guardFormula', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+62 812 3456', "'+62 812 3456"],
    ['-', "'-"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\tTAB', "'\tTAB"],
    ['\rCR', "'\rCR"],
    ['Antrian lama', 'Antrian lama'],
    [' =spasi dulu', ' =spasi dulu'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(guardFormula(input)).toBe(expected);
  });
});

describe('csvField', () => {
  it('writes null as an empty field and numbers as they are', () => {
    expect(csvField(null, ',')).toBe('');
    expect(csvField(4, ',')).toBe('4');
    expect(csvField(-3, ',')).toBe('-3');
    expect(csvField(42.5, ',')).toBe('42.5');
  });

  it('writes decimals with a comma for the semicolon (Indonesian Excel) variant', () => {
    expect(csvField(42.5, ';')).toBe('42,5');
    expect(csvField(7, ';')).toBe('7');
  });

  it('quotes separators, quotes and line breaks, doubling the quotes', () => {
    expect(csvField('a,b', ',')).toBe('"a,b"');
    expect(csvField('a;b', ',')).toBe('"a;b"');
    expect(csvField('a;b', ';')).toBe('"a;b"');
    expect(csvField('kata "bagus"', ';')).toBe('"kata ""bagus"""');
    expect(csvField('baris\nbaru', ',')).toBe('"baris\nbaru"');
    expect(csvField('baris\r\nbaru', ',')).toBe('"baris\r\nbaru"');
    expect(csvField('polos', ',')).toBe('polos');
  });

  it('guards formulas before quoting', () => {
    expect(csvField('=HYPERLINK("http://x","klik")', ',')).toBe('"\'=HYPERLINK(""http://x"",""klik"")"');
  });
});

describe('csvRecord and csvStream', () => {
  it('ends every record with CRLF', () => {
    expect(csvRecord(['a', null, 3], ',')).toBe('a,,3\r\n');
    expect(csvRecord(['a', null, 3.25], ';')).toBe('a;;3,25\r\n');
  });

  it('starts with a UTF-8 BOM and round-trips through an RFC 4180 parser', async () => {
    const rows: Cell[][] = [
      [1, 'Pelayanan ramah, cepat; "mantap"\nterima kasih', null],
      [2, '=1+1', 3.5],
      [3, 'Ibu Ni Luh Putu Ayu — bagus', -1],
    ];
    for (const [separator, delimiter] of [[',', ','], [';', ';']] as const) {
      const bytes = await readAll(csvStream(['id', 'saran', 'x'], fromArray(rows), separator));
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
      const parsed = parse(text, { bom: true, delimiter, relax_column_count: false }) as string[][];
      expect(parsed).toEqual([
        ['id', 'saran', 'x'],
        ['1', 'Pelayanan ramah, cepat; "mantap"\nterima kasih', ''],
        ['2', "'=1+1", separator === ';' ? '3,5' : '3.5'],
        ['3', 'Ibu Ni Luh Putu Ayu — bagus', '-1'],
      ]);
    }
  });

  it('pulls rows only as the reader asks for more, and stops the source when cancelled', async () => {
    let produced = 0;
    let finished = false;
    async function* many(): AsyncGenerator<Cell[]> {
      try {
        for (let i = 0; i < 100_000; i++) {
          produced++;
          yield [i, 'baris yang cukup panjang untuk mengisi potongan data'];
        }
      } finally {
        finished = true;
      }
    }
    const reader = csvStream(['id', 'saran'], many(), ',').getReader();
    const first = await reader.read();
    expect(first.done).toBe(false);
    expect(produced).toBeGreaterThan(0);
    expect(produced).toBeLessThan(5_000);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const idle = produced;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(produced).toBe(idle);
    await reader.cancel();
    expect(finished).toBe(true);
    expect(produced).toBeLessThan(5_000);
  });
});
