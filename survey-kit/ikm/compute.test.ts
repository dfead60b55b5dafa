import { describe, expect, it } from 'vitest';
import type { ElementDef, ElementTally, Instrument, Tallies } from '../types';
import { InstrumentError, KEP25_2004, SKM_2017, customInstrument } from '../instruments/index';
import { computeIkm, computeIkmExact } from './compute';
import { IkmInputError } from './input';

/** The same tally for every element of the instrument. */
function uniform(instrument: Instrument, tally: ElementTally): Tallies {
  return Object.fromEntries(instrument.elements.map((e) => [e.code, { ...tally }]));
}

describe('rounding boundaries are exact', () => {
  // 5000 respondents per element, e.g. 4679 threes and 321 fours: Σ = 15321, NRR = 3.0642 exactly.
  it('exact konversi 76.605 → 76.61, B (a float weighted sum would give 76.60, C)', () => {
    const r = computeIkm(SKM_2017, { tallies: uniform(SKM_2017, { 1: 0, 2: 0, 3: 4679, 4: 321 }) });
    expect(computeIkmExact(SKM_2017, { tallies: uniform(SKM_2017, { 1: 0, 2: 0, 3: 4679, 4: 321 }) }).ikm?.toString()).toBe(
      '15321/5000',
    );
    expect(r.konversi).toBe(76.61);
    expect(r.mutu).toBe('B');
    expect(r.kinerja).toBe('Baik');
    expect(r.elements.every((e) => e.konversi === 76.61 && e.mutu === 'B')).toBe(true);
    // The naive path: NRR × (1/9) summed in doubles, × 25, rounded.
    const naive = Array.from({ length: 9 }, () => 3.0642 * (1 / 9)).reduce((a, b) => a + b, 0) * 25;
    expect(naive).toBe(76.60499999999998);
    expect(Math.round(naive * 100) / 100).toBe(76.6);
    expect(naive.toFixed(2)).toBe('76.60');
  });
  it('exact konversi 64.995 → 65.00, C', () => {
    const r = computeIkm(SKM_2017, { tallies: uniform(SKM_2017, { 1: 0, 2: 2001, 3: 2999, 4: 0 }) });
    expect(computeIkmExact(SKM_2017, { tallies: uniform(SKM_2017, { 1: 0, 2: 2001, 3: 2999, 4: 0 }) }).ikm?.toFixed(4)).toBe(
      '2.5998',
    );
    expect(r.konversi).toBe(65);
    expect(r.mutu).toBe('C');
    expect(r.kinerja).toBe('Kurang baik');
  });
  it('exact konversi 88.305 → 88.31, A (naive float: 88.30, B)', () => {
    const r = computeIkm(SKM_2017, { tallies: uniform(SKM_2017, { 1: 0, 2: 0, 3: 2339, 4: 2661 }) });
    expect(r.konversi).toBe(88.31);
    expect(r.mutu).toBe('A');
    const naive = Array.from({ length: 9 }, () => 3.5322 * (1 / 9)).reduce((a, b) => a + b, 0) * 25;
    expect(Math.round(naive * 100) / 100).toBe(88.3);
  });
  it('the same boundaries from NRR strings, and just below them', () => {
    const nrr = (v: string) => ({ nrr: Object.fromEntries(SKM_2017.elements.map((e) => [e.code, v])) });
    expect(computeIkm(SKM_2017, nrr('3.0642'))).toMatchObject({ konversi: 76.61, mutu: 'B' });
    expect(computeIkm(SKM_2017, nrr('3.06419996'))).toMatchObject({ konversi: 76.6, mutu: 'C' });
    expect(computeIkm(SKM_2017, nrr('2.5998'))).toMatchObject({ konversi: 65, mutu: 'C' });
    expect(computeIkm(SKM_2017, nrr('2.59979996'))).toMatchObject({ konversi: 64.99, mutu: 'D' });
    expect(computeIkm(SKM_2017, nrr('3.5322'))).toMatchObject({ konversi: 88.31, mutu: 'A' });
    expect(computeIkm(SKM_2017, nrr('3.53219996'))).toMatchObject({ konversi: 88.3, mutu: 'B' });
  });
  it('2004 table boundaries: 81.255 → A, 62.505 → B, 43.755 → C, 43.7549 → D', () => {
    const nrr = (v: string) => ({ nrr: Object.fromEntries(KEP25_2004.elements.map((e) => [e.code, v])) });
    expect(computeIkm(KEP25_2004, nrr('3.2502'))).toMatchObject({ konversi: 81.26, mutu: 'A', kinerja: 'Sangat baik' });
    expect(computeIkm(KEP25_2004, nrr('3.25'))).toMatchObject({ konversi: 81.25, mutu: 'B', kinerja: 'Baik' });
    expect(computeIkm(KEP25_2004, nrr('2.5002'))).toMatchObject({ konversi: 62.51, mutu: 'B' });
    expect(computeIkm(KEP25_2004, nrr('1.7502'))).toMatchObject({ konversi: 43.76, mutu: 'C', kinerja: 'Kurang baik' });
    expect(computeIkm(KEP25_2004, nrr('1.75019'))).toMatchObject({ konversi: 43.75, mutu: 'D', kinerja: 'Tidak baik' });
  });
});

describe('extremes', () => {
  it('all fours → exactly 100, all ones → exactly 25', () => {
    const fours = computeIkm(SKM_2017, { tallies: uniform(SKM_2017, { 1: 0, 2: 0, 3: 0, 4: 37 }) });
    expect(fours).toMatchObject({ ikm: 4, konversi: 100, mutu: 'A', kinerja: 'Sangat baik', respondents: 37 });
    const ones = computeIkm(SKM_2017, { tallies: uniform(SKM_2017, { 1: 37, 2: 0, 3: 0, 4: 0 }) });
    expect(ones).toMatchObject({ ikm: 1, konversi: 25, mutu: 'D', kinerja: 'Tidak baik' });
    const ones2004 = computeIkm(KEP25_2004, { tallies: uniform(KEP25_2004, { 1: 3, 2: 0, 3: 0, 4: 0 }) });
    expect(ones2004).toMatchObject({ ikm: 1, konversi: 25, mutu: 'D' });
    const fours2004 = computeIkm(KEP25_2004, { tallies: uniform(KEP25_2004, { 1: 0, 2: 0, 3: 0, 4: 3 }) });
    expect(fours2004).toMatchObject({ ikm: 4, konversi: 100, mutu: 'A' });
  });
});

describe('blanks and missing elements', () => {
  it('blank answers are excluded from the NRR, not counted as zero', () => {
    const tallies = uniform(SKM_2017, { 1: 0, 2: 0, 3: 2, 4: 2 });
    tallies.biaya = { 1: 0, 2: 0, 3: 1, 4: 1, blank: 2 };
    const r = computeIkm(SKM_2017, { tallies });
    const biaya = r.elements.find((e) => e.code === 'biaya');
    expect(biaya).toMatchObject({ answered: 2, nrr: 3.5, konversi: 87.5, mutu: 'B', excluded: false });
    expect(r.ikm).toBe(3.5);
    expect(r.konversi).toBe(87.5);
    expect(r.respondents).toBe(4);
  });
  it('an element nobody answered is left out and the other weights are rescaled exactly', () => {
    const tallies = uniform(SKM_2017, { 1: 0, 2: 0, 3: 0, 4: 5 });
    tallies.biaya = { 1: 0, 2: 0, 3: 0, 4: 0, blank: 5 };
    const r = computeIkm(SKM_2017, { tallies });
    // Counting biaya as 0 would give 8 × 4 / 9 × 25 = 88.89; leaving it out gives 100.
    expect(r).toMatchObject({ ikm: 4, konversi: 100, mutu: 'A', respondents: 5 });
    const biaya = r.elements.find((e) => e.code === 'biaya');
    expect(biaya).toEqual({
      code: 'biaya',
      answered: 0,
      nrr: null,
      weight: '1/9',
      effectiveWeight: '0',
      excluded: true,
      weightedNrr: null,
      konversi: null,
      mutu: null,
      kinerja: null,
      ci95: null,
    });
    for (const e of r.elements.filter((x) => x.code !== 'biaya')) {
      expect(e.weight).toBe('1/9');
      expect(e.effectiveWeight).toBe('1/8');
      expect(e.weightedNrr).toBe(0.5);
    }
  });
  it('an element absent from the tallies is the same as one nobody answered', () => {
    const tallies = uniform(SKM_2017, { 1: 0, 2: 1, 3: 1, 4: 0 });
    delete tallies.pengaduan;
    const r = computeIkm(SKM_2017, { tallies });
    expect(r.elements.find((e) => e.code === 'pengaduan')).toMatchObject({ answered: 0, nrr: null, excluded: true });
    expect(r.ikm).toBe(2.5);
    expect(r.konversi).toBe(62.5);
  });
  it('rescaling keeps custom weights in proportion', () => {
    const i = customInstrument({
      code: 'w3',
      name: { id: 'Tiga', en: 'Three' },
      remove: ['produk', 'kompetensi', 'perilaku', 'sarana', 'pengaduan', 'persyaratan'],
      weights: { prosedur: '1/2', waktu: '1/4', biaya: '1/4' },
    });
    const r = computeIkm(i, { tallies: { waktu: { 1: 0, 2: 1, 3: 0, 4: 0 }, biaya: { 1: 0, 2: 0, 3: 0, 4: 1 } } });
    expect(r.elements.map((e) => e.effectiveWeight)).toEqual(['0', '1/2', '1/2']);
    expect(r.ikm).toBe(3);
  });
  it('empty input: no index, no category, no interval', () => {
    for (const input of [{ tallies: {} }, { nrr: {} }, { tallies: uniform(SKM_2017, { 1: 0, 2: 0, 3: 0, 4: 0, blank: 3 }) }]) {
      const r = computeIkm(SKM_2017, input);
      expect(r).toMatchObject({ ikm: null, konversi: null, mutu: null, kinerja: null, ci95: null });
      expect(r.elements).toHaveLength(9);
      expect(r.elements.every((e) => e.nrr === null && e.excluded === true)).toBe(true);
    }
    expect(computeIkm(SKM_2017, { tallies: {} }).respondents).toBe(0);
    expect(computeIkm(SKM_2017, { nrr: {} }).respondents).toBeNull();
  });
});

describe('custom weights', () => {
  const weights = Object.fromEntries(SKM_2017.elements.map((e) => [e.code, e.code === 'pengaduan' ? '0.2' : '0.1']));
  const weighted = customInstrument({ code: 'wt', name: { id: 'Berbobot', en: 'Weighted' }, weights });

  it('valid weights are applied exactly', () => {
    const nrr = Object.fromEntries(SKM_2017.elements.map((e) => [e.code, e.code === 'pengaduan' ? 2 : 4]));
    const r = computeIkm(weighted, { nrr });
    // 8 × 4 × 0.1 + 2 × 0.2 = 3.6 exactly → 90.00
    expect(r.ikm).toBe(3.6);
    expect(r.konversi).toBe(90);
    expect(r.elements.find((e) => e.code === 'pengaduan')).toMatchObject({ weight: '1/5', weightedNrr: 0.4 });
  });
  it('weights that do not sum to 1 are refused', () => {
    const bad: Instrument = {
      ...SKM_2017,
      code: 'bad',
      elements: SKM_2017.elements.map((e): ElementDef => ({ ...e, weight: '0.11' })),
    };
    expect(() => computeIkm(bad, { nrr: {} })).toThrow(InstrumentError);
    expect(() => computeIkm(bad, { nrr: {} })).toThrow(/0\.99/);
  });
  it('weights present on some elements only are refused', () => {
    const mixed: Instrument = {
      ...SKM_2017,
      code: 'mixed',
      elements: SKM_2017.elements.map((e, i): ElementDef => (i === 0 ? { ...e, weight: '1' } : e)),
    };
    expect(() => computeIkm(mixed, { nrr: {} })).toThrow(InstrumentError);
  });
});

describe('results', () => {
  const tallies = uniform(SKM_2017, { 1: 1, 2: 2, 3: 3, 4: 4, blank: 1 });

  it('respondents: given, or the most answers+blanks on one element', () => {
    expect(computeIkm(SKM_2017, { tallies }).respondents).toBe(11);
    expect(computeIkm(SKM_2017, { tallies, respondents: 12 }).respondents).toBe(12);
    expect(() => computeIkm(SKM_2017, { tallies, respondents: 10 })).toThrow(IkmInputError);
    expect(() => computeIkm(SKM_2017, { tallies, respondents: 11.5 })).toThrow(IkmInputError);
  });
  it('element results carry weights, weighted NRRs adding up to the IKM, and categories', () => {
    const r = computeIkm(SKM_2017, { tallies });
    expect(r.elements.map((e) => e.code)).toEqual(SKM_2017.elements.map((e) => e.code));
    for (const e of r.elements) {
      expect(e).toMatchObject({ answered: 10, nrr: 3, weight: '1/9', effectiveWeight: '1/9', konversi: 75, mutu: 'C' });
      expect(e.weightedNrr).toBe(1 / 3);
    }
    expect(r.ikm).toBe(3);
  });
  it('NRR input accepts numbers and exact decimal strings, read as decimals', () => {
    const r = computeIkm(SKM_2017, { nrr: { persyaratan: 3.06, prosedur: '3.06' } });
    expect(r.ikm).toBe(3.06);
    expect(r.elements[0]).toMatchObject({ answered: null, nrr: 3.06, konversi: 76.5, ci95: null });
    expect(r.ci95).toBeNull();
    expect(r.respondents).toBeNull();
  });
  it('rejects inconsistent input with a clear, bilingual error', () => {
    const bad = (f: () => unknown, code: string) => {
      try {
        f();
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(IkmInputError);
        expect((e as IkmInputError).code).toBe(code);
        expect((e as IkmInputError).text.id.length).toBeGreaterThan(0);
      }
    };
    bad(() => computeIkm(SKM_2017, { tallies: { maklumat: { 1: 0, 2: 0, 3: 1, 4: 0 } } }), 'unknown_element');
    bad(() => computeIkm(SKM_2017, { nrr: { maklumat: 3 } }), 'unknown_element');
    bad(() => computeIkm(SKM_2017, { tallies: { biaya: { 1: -1, 2: 0, 3: 1, 4: 0 } } }), 'invalid_tally');
    bad(() => computeIkm(SKM_2017, { tallies: { biaya: { 1: 0.5, 2: 0, 3: 1, 4: 0 } } }), 'invalid_tally');
    bad(
      () => computeIkm(SKM_2017, { tallies: { biaya: { 1: 0, 2: 0, 3: 1, 4: 0, 5: 2 } as unknown as ElementTally } }),
      'invalid_tally',
    );
    bad(() => computeIkm(SKM_2017, { nrr: { biaya: 4.5 } }), 'invalid_nrr');
    bad(() => computeIkm(SKM_2017, { nrr: { biaya: '0.9' } }), 'invalid_nrr');
    bad(() => computeIkm(SKM_2017, { nrr: { biaya: 'tiga' } }), 'invalid_nrr');
    bad(() => computeIkm(SKM_2017, { nrr: { biaya: NaN } }), 'invalid_nrr');
  });
  it('is fast enough to be computed per request', () => {
    const start = performance.now();
    for (let i = 0; i < 500; i++) computeIkm(SKM_2017, { tallies });
    // Generous bound (the machine may be busy): the benchmark's budget for a whole request is 5 ms.
    expect((performance.now() - start) / 500).toBeLessThan(5);
  });
});
