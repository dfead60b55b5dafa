import { describe, expect, it } from 'vitest';
import type { Instrument, Text } from '../types';
import { formatPaperError } from './format';
import { tallyPaperRows } from './tally';
import { validatePaperTable } from './validate';

const tx = (s: string): Text => ({ id: s, en: s });
const labels = [tx('1'), tx('2'), tx('3'), tx('4')] as const;
const INSTRUMENT: Instrument = {
  code: 't',
  name: tx('T'),
  method: '2017',
  elements: ['a1', 'a2'].map((code) => ({ code, name: tx(code), question: tx('?'), labels })),
};

describe('formatPaperError', () => {
  it('names the line and the column in Bahasa Indonesia and in English', () => {
    const r = validatePaperTable({ header: ['a1', 'a2'], rows: [{ line: 7, cells: ['5', '4'] }] }, INSTRUMENT);
    expect(formatPaperError('id', r.errors[0]!)).toMatch(/^Baris 7, kolom "a1": Nilai "5" tidak sah/);
    expect(formatPaperError('en', r.errors[0]!)).toMatch(/^Line 7, column "a1": Invalid score "5"/);
  });

  it('omits the column for row-level errors', () => {
    const r = validatePaperTable({ header: ['a1', 'a2'], rows: [{ line: 4, cells: ['', ''] }, { line: 5, cells: ['', '', 'x'] }] }, INSTRUMENT);
    expect(r.errors.map((e) => formatPaperError('en', e))).toEqual([
      'Line 5: This row has more cells (3) than the header has columns (2).',
      'Line 5: This row has no element answer at all.',
    ]);
  });
});

describe('tallyPaperRows', () => {
  it('counts scores per element and blanks separately', () => {
    const r = validatePaperTable(
      { header: ['U1', 'U2'], rows: [['4', ''], ['d', '1'], ['2', 'b']].map((cells, i) => ({ line: i + 2, cells })) },
      INSTRUMENT,
    );
    expect(tallyPaperRows(r.rows, INSTRUMENT)).toEqual({
      respondents: 3,
      tallies: { a1: { 1: 0, 2: 1, 3: 0, 4: 2, blank: 0 }, a2: { 1: 1, 2: 1, 3: 0, 4: 0, blank: 1 } },
    });
  });
});
