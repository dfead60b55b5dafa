import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { seededRng } from '../../db/testing/random';
import { splitCsv } from './split-csv';

/** csv-parse with the options of readCsv: the reference the fast path must equal. */
function reference(source: string, delimiter: ',' | ';'): string[][] | 'error' {
  try {
    return parse(source, { delimiter, record_delimiter: '\n', bom: true, relax_column_count: true, relax_quotes: true }) as string[][];
  } catch {
    return 'error';
  }
}

describe('splitCsv', () => {
  it('splits plain and quoted fields, empty lines and cells, like csv-parse', () => {
    const cases: [string, ',' | ';'][] = [
      ['a;b;c\n1;2;3\n', ';'],
      ['a;b;c\n1;2;3', ';'],
      ['a;;\n;;\n\n\n4;"";x', ';'],
      ['"x; y";"he said ""ok""";"multi\nline"\n2;3;4\n', ';'],
      ['a,"b,c",d\n"",,"\n"\n', ','],
      ['a;b,c\n1;2,3\n', ','],
      ['', ';'],
      ['\n', ';'],
      [';', ';'],
      ['"a"', ','],
    ];
    for (const [source, delimiter] of cases) {
      const split = splitCsv(source, delimiter);
      expect(split, JSON.stringify(source)).not.toBeNull();
      expect(split, JSON.stringify(source)).toEqual(reference(source, delimiter));
    }
  });

  it('leaves to csv-parse what it does not handle: stray quotes, text after a closing quote, an open quote', () => {
    for (const source of ['a;b"c;d\n', '"ab"c;d\n', '"never closed;1\n2;3\n', 'a;b\n1;"2"x\n']) {
      expect(splitCsv(source, ';'), JSON.stringify(source)).toBeNull();
    }
  });

  it('never disagrees with csv-parse on 100,000 random lines of quotes, separators and line breaks', () => {
    const rng = seededRng(4180);
    const pieces = ['a', 'bc', ';', ',', '"', '""', '\n', ' ', 'é', '🙂'];
    let fast = 0;
    for (let n = 0; n < 100_000; n++) {
      let source = '';
      for (let k = rng.int(0, 24); k > 0; k--) source += rng.pick(pieces);
      const delimiter = rng.pick([';', ','] as const);
      const split = splitCsv(source, delimiter);
      if (split === null) continue;
      fast++;
      const expected = reference(source, delimiter);
      if (JSON.stringify(split) !== JSON.stringify(expected)) expect({ source, split }).toEqual({ source, split: expected });
    }
    // Most random lines hold a stray quote; enough of them must still take the fast path.
    expect(fast).toBeGreaterThan(10_000);
  });
});
