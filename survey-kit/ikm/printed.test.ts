import { describe, expect, it } from 'vitest';
import { KEP25_2004, SKM_2017 } from '../instruments/index';
import { computeIkm } from './compute';
import { computePrinted } from './printed';

const nine = (v: number | string) => ({ nrr: Object.fromEntries(SKM_2017.elements.map((e) => [e.code, v])) });

describe('computePrinted', () => {
  it('applies the printed weight literally: 0.11 makes a perfect score 99', () => {
    expect(computePrinted(SKM_2017, nine(4), { weight: '0.11' })).toEqual({
      ikm: 3.96,
      konversi: 99,
      mutu: 'A',
      kinerja: 'Sangat baik',
    });
    expect(computePrinted(SKM_2017, nine(4), { weight: '1/9' }).konversi).toBe(100);
  });
  it('does not round the konversi unless asked', () => {
    const r = computePrinted(SKM_2017, nine('3.0642'), { weight: '0.111' });
    // 9 × 3.0642 = 27.5778; × 0.111 = 3.0611358; × 25 = 76.528395 exactly
    expect(r.konversi).toBe(76.528395);
    expect(r.mutu).toBe('C');
    expect(computePrinted(SKM_2017, nine('3.0642'), { weight: '0.111', roundKonversiTo: 2 }).konversi).toBe(76.53);
  });
  it('rounds the index before × 25 when the report did', () => {
    const r = computePrinted(SKM_2017, nine('3.0642'), { weight: '0.111', roundIndexTo: 2 });
    expect(r.ikm).toBe(3.06); // 3.0611358 → 3.06
    expect(r.konversi).toBe(76.5);
  });
  it('can round each NRR first', () => {
    const r = computePrinted(SKM_2017, { tallies: { persyaratan: { 1: 0, 2: 1, 3: 2, 4: 0 } } }, { weight: '1', roundNrrTo: 2 });
    expect(r.ikm).toBe(2.67); // NRR 8/3 shown as 2.67
    expect(r.konversi).toBe(66.75);
  });
  it('the exact figure stays the default and can differ in category', () => {
    const input = { nrr: Object.fromEntries(KEP25_2004.elements.map((e) => [e.code, '3.0771'])) };
    expect(computeIkm(KEP25_2004, input).konversi).toBe(76.93);
    expect(computePrinted(KEP25_2004, input, { weight: '0.071' }).konversi).toBe(76.465935); // 43.0794 × 0.071 × 25
  });
  it('rejects a bad weight or an empty input', () => {
    expect(() => computePrinted(SKM_2017, nine(3), { weight: '0' })).toThrow(RangeError);
    expect(() => computePrinted(SKM_2017, nine(3), { weight: 'sebelas' })).toThrow(RangeError);
    expect(() => computePrinted(SKM_2017, { tallies: {} }, { weight: '0.11' })).toThrow(RangeError);
  });
});
