import { describe, expect, it } from 'vitest';
import { SKM_2017 } from '../instruments/index';
import { computeIkm } from './compute';
import { rankByKonversi, weakestElements } from './weakest';
import type { Tallies } from '../types';

const tally = (a: number, b: number, c: number, d: number) => ({ 1: a, 2: b, 3: c, 4: d });

describe('weakestElements', () => {
  // Konversi by hand: waktu (2×2+2×3)/4 × 25 = 62.5; biaya and prosedur 3 × 25 = 75 (tie → code order);
  // every other element 4 × 25 = 100; pengaduan nobody answered (left out).
  const tallies: Tallies = Object.fromEntries(SKM_2017.elements.map((e) => [e.code, tally(0, 0, 0, 4)]));
  tallies.waktu = tally(0, 2, 2, 0);
  tallies.prosedur = tally(0, 0, 4, 0);
  tallies.biaya = tally(0, 0, 4, 0);
  tallies.pengaduan = { ...tally(0, 0, 0, 0), blank: 4 };
  const result = computeIkm(SKM_2017, { tallies, respondents: 4 });

  it('names the lowest konversi first, ties by code', () => {
    expect(weakestElements(result, 3).map((e) => [e.code, e.konversi])).toEqual([
      ['waktu', 62.5],
      ['biaya', 75],
      ['prosedur', 75],
    ]);
  });

  it('leaves out elements nobody answered and never returns more than there are', () => {
    const all = weakestElements(result, 20);
    expect(all).toHaveLength(SKM_2017.elements.length - 1);
    expect(all.map((e) => e.code)).not.toContain('pengaduan');
    expect(weakestElements(result, 0)).toEqual([]);
  });
});

describe('rankByKonversi', () => {
  it('ranks highest first, missing last, ties by key', () => {
    const items = [
      { name: 'c', konversi: 80 },
      { name: 'a', konversi: null },
      { name: 'b', konversi: 90 },
      { name: 'a2', konversi: 80 },
    ];
    expect(rankByKonversi(items, (i) => i, (i) => i.name).map((i) => i.name)).toEqual(['b', 'a2', 'c', 'a']);
  });
});
