import { describe, expect, it } from 'vitest';
import type { ElementTally, Tallies } from '../types';
import { SKM_2017 } from '../instruments/index';
import { rational } from '../rational/index';
import { elementCi95, elementSpread, ikmCi95 } from './ci';
import { computeIkm } from './compute';

/** Scores listed one by one, for an independent textbook computation. */
function scores(t: ElementTally): number[] {
  return ([1, 2, 3, 4] as const).flatMap((s) => Array.from({ length: t[s] }, () => s));
}

function textbookCi(xs: number[], t: number): [number, number] {
  const n = xs.length;
  const mean = xs.reduce((a, b) => a + b, 0) / n;
  const ss = xs.reduce((a, x) => a + (x - mean) ** 2, 0);
  const half = (t * Math.sqrt(ss / (n - 1))) / Math.sqrt(n);
  const clamp = (x: number) => Math.min(4, Math.max(1, x));
  return [Math.round(clamp(mean - half) * 2500) / 100, Math.round(clamp(mean + half) * 2500) / 100];
}

const stats = (t: ElementTally) => {
  const xs = scores(t);
  return {
    answered: xs.length,
    sum: BigInt(xs.reduce((a, b) => a + b, 0)),
    sumSquares: BigInt(xs.reduce((a, b) => a + b * b, 0)),
  };
};

describe('element interval', () => {
  it('equals the textbook t interval (t table value for df 28: 2.048407)', () => {
    const t: ElementTally = { 1: 0, 2: 0, 3: 11, 4: 18 };
    expect(elementCi95(stats(t))).toEqual(textbookCi(scores(t), 2.048407));
    expect(elementCi95(stats(t))).toEqual([85.82, 95.21]);
    const w: ElementTally = { 1: 3, 2: 5, 3: 9, 4: 4 };
    expect(elementCi95(stats(w))).toEqual(textbookCi(scores(w), 2.085963)); // df 20
  });
  it('sample SD from tallies', () => {
    const s = elementSpread(stats({ 1: 1, 2: 1, 3: 1, 4: 1 }));
    expect(s?.mean).toBe(2.5);
    expect(s?.sd).toBeCloseTo(Math.sqrt(5 / 3), 12);
    expect(s?.se).toBeCloseTo(Math.sqrt(5 / 3) / 2, 12);
  });
  it('is null below two answers, a point when all answers agree, clamped to 25–100', () => {
    expect(elementCi95(stats({ 1: 0, 2: 0, 3: 1, 4: 0 }))).toBeNull();
    expect(elementCi95(stats({ 1: 0, 2: 0, 3: 0, 4: 0 }))).toBeNull();
    expect(elementCi95(stats({ 1: 0, 2: 0, 3: 0, 4: 29 }))).toEqual([100, 100]);
    expect(elementCi95(stats({ 1: 1, 2: 0, 3: 0, 4: 1 }))).toEqual([25, 100]);
  });
  it('narrows as the sample grows', () => {
    const small = elementCi95(stats({ 1: 1, 2: 2, 3: 4, 4: 3 })) as [number, number];
    const large = elementCi95(stats({ 1: 100, 2: 200, 3: 400, 4: 300 })) as [number, number];
    expect(large[1] - large[0]).toBeLessThan(small[1] - small[0]);
    expect(large[0]).toBeLessThan(72.5);
    expect(large[1]).toBeGreaterThan(72.5);
  });
});

describe('IKM interval', () => {
  const gaspul: Tallies = {
    persyaratan: { 1: 0, 2: 0, 3: 11, 4: 18 },
    prosedur: { 1: 0, 2: 0, 3: 15, 4: 14 },
    waktu: { 1: 0, 2: 2, 3: 12, 4: 15 },
    biaya: { 1: 0, 2: 0, 3: 0, 4: 29 },
    produk: { 1: 0, 2: 0, 3: 14, 4: 15 },
    kompetensi: { 1: 0, 2: 0, 3: 11, 4: 18 },
    perilaku: { 1: 0, 2: 0, 3: 10, 4: 19 },
    sarana: { 1: 0, 2: 0, 3: 11, 4: 18 },
    pengaduan: { 1: 0, 2: 0, 3: 1, 4: 28 },
  };

  it('uses the conservative bound Σ wᵢ·SEᵢ with df = min(nᵢ) − 1', () => {
    const r = computeIkm(SKM_2017, { tallies: gaspul });
    let se = 0;
    for (const t of Object.values(gaspul)) {
      const xs = scores(t);
      const m = xs.reduce((a, b) => a + b, 0) / xs.length;
      se += Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1) / xs.length) / 9;
    }
    const ikm = 955 / 261;
    const expected = [Math.round((ikm - 2.048407 * se) * 2500) / 100, Math.round((ikm + 2.048407 * se) * 2500) / 100];
    expect(r.ci95).toEqual(expected);
    expect(r.ci95).toEqual([87.46, 95.49]);
    const [lo, hi] = r.ci95 as [number, number];
    expect(lo).toBeLessThan(r.konversi as number);
    expect(hi).toBeGreaterThan(r.konversi as number);
  });
  it('is at least as wide as the interval assuming independent elements', () => {
    const r = computeIkm(SKM_2017, { tallies: gaspul });
    let variance = 0;
    for (const t of Object.values(gaspul)) {
      const s = elementSpread(stats(t));
      variance += ((s?.se ?? 0) / 9) ** 2;
    }
    const independentHalf = 2.048407 * Math.sqrt(variance) * 25;
    const [lo, hi] = r.ci95 as [number, number];
    expect((hi - lo) / 2).toBeGreaterThan(independentHalf);
  });
  it('is null from NRRs, with fewer than two answers on a weighted element, or with no element', () => {
    const nrr = Object.fromEntries(SKM_2017.elements.map((e) => [e.code, 3]));
    expect(computeIkm(SKM_2017, { nrr }).ci95).toBeNull();
    const thin = { ...gaspul, biaya: { 1: 0, 2: 0, 3: 0, 4: 1 } };
    expect(computeIkm(SKM_2017, { tallies: thin }).ci95).toBeNull();
    expect(ikmCi95([], 3)).toBeNull();
  });
  it('ignores an element nobody answered (it has no weight)', () => {
    const withoutBiaya = { ...gaspul, biaya: { 1: 0, 2: 0, 3: 0, 4: 0, blank: 29 } };
    const r = computeIkm(SKM_2017, { tallies: withoutBiaya });
    expect(r.ci95).not.toBeNull();
    expect(r.elements.find((e) => e.code === 'biaya')?.ci95).toBeNull();
  });
  it('takes weights as given', () => {
    const el = { ...stats({ 1: 0, 2: 5, 3: 5, 4: 0 }), weight: rational(1) };
    expect(ikmCi95([el], 2.5)).toEqual(elementCi95(el));
  });
});
