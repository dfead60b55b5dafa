/**
 * Every published case in ../shared/golden/ (resolved from the repository root): the exact
 * figures and the figures as the source printed them.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Instrument, Method, Tallies } from '../types';
import { KEP25_2004, SKM_2017 } from '../instruments/index';
import { categoryOf } from './category';
import { computeIkm, computeIkmExact } from './compute';
import { computePrinted } from './printed';

interface GoldenCase {
  name: string;
  method: Method;
  respondents?: number;
  input: { tallies: Tallies } | { nrr: Record<string, number> };
  expected: {
    ikm: number;
    konversi: number;
    mutu: string;
    kinerja: string;
    nrr?: Record<string, number>;
    mutu_if_read_on_2017_table?: string;
  };
  printed_conventions?: {
    weight: number;
    round_index_to?: number;
    ikm?: number;
    konversi: number;
    mutu?: string;
  }[];
}

const GOLDEN = path.resolve(process.cwd(), '../shared/golden');
const files = existsSync(GOLDEN) ? readdirSync(GOLDEN).filter((f) => f.endsWith('.json') && f !== 'krejcie-morgan.json') : [];
const cases = files.map((f) => [f, JSON.parse(readFileSync(path.join(GOLDEN, f), 'utf8')) as GoldenCase] as const);

function instrumentFor(method: Method): Instrument {
  return method === '2004' ? KEP25_2004 : SKM_2017;
}

function inputOf(c: GoldenCase) {
  return 'tallies' in c.input ? { tallies: c.input.tallies, respondents: c.respondents } : { nrr: c.input.nrr };
}

describe('golden cases', () => {
  it('the golden folder exists and holds the known cases', () => {
    expect(existsSync(GOLDEN), GOLDEN).toBe(true);
    expect(files).toEqual(expect.arrayContaining(['all-fours.json', 'gaspul-tw3.json', 'kep25-puskesmas-2012.json']));
  });

  describe.each(cases)('%s', (_file, c) => {
    const instrument = instrumentFor(c.method);

    it('IKM to 4 decimals, konversi, mutu and kinerja', () => {
      const exact = computeIkmExact(instrument, inputOf(c));
      expect(exact.ikm?.toFixed(4)).toBe(c.expected.ikm.toFixed(4));
      const r = computeIkm(instrument, inputOf(c));
      expect(r.method).toBe(c.method);
      expect(r.konversi).toBe(c.expected.konversi);
      expect(r.mutu).toBe(c.expected.mutu);
      expect(r.kinerja).toBe(c.expected.kinerja);
      expect(r.respondents).toBe(c.respondents ?? null);
    });

    it('per-element NRR to 4 decimals', () => {
      const exact = computeIkmExact(instrument, inputOf(c));
      const expectedNrr = c.expected.nrr ?? ('nrr' in c.input ? c.input.nrr : undefined);
      if (expectedNrr === undefined) {
        // No per-element figures published: every element must at least be present and answered.
        expect(exact.stats.elements.every((e) => e.nrr !== null)).toBe(true);
        return;
      }
      for (const [code, value] of Object.entries(expectedNrr)) {
        const el = exact.stats.elements.find((e) => e.code === code);
        expect(el?.nrr?.toFixed(4), code).toBe(value.toFixed(4));
      }
      const r = computeIkm(instrument, inputOf(c));
      for (const e of r.elements) {
        const v = expectedNrr[e.code];
        expect(v, e.code).toBeDefined();
        expect(Math.abs((e.nrr as number) - (v as number))).toBeLessThan(0.00005);
      }
    });

    it('the printed conventions', () => {
      for (const p of c.printed_conventions ?? []) {
        const printed = computePrinted(instrument, inputOf(c), {
          weight: String(p.weight),
          roundIndexTo: p.round_index_to,
          // Sources show the konversi with at most 2 decimals unless they rounded the index first.
          roundKonversiTo: p.round_index_to === undefined ? 2 : undefined,
        });
        expect(printed.konversi).toBe(p.konversi);
        if (p.ikm !== undefined) expect(printed.ikm).toBe(p.ikm);
        if (p.mutu !== undefined) expect(printed.mutu).toBe(p.mutu);
      }
    });
  });
});

describe('golden cases, by name', () => {
  const byFile = new Map(cases);

  it('all fours: exactly 100; a literal 0.111 weight prints 99.9', () => {
    const c = byFile.get('all-fours.json') as GoldenCase;
    const r = computeIkm(SKM_2017, inputOf(c));
    expect(r.ikm).toBe(4);
    expect(r.konversi).toBe(100);
    expect(computePrinted(SKM_2017, inputOf(c), { weight: '0.111' })).toEqual({
      ikm: 3.996,
      konversi: 99.9,
      mutu: 'A',
      kinerja: 'Sangat baik',
    });
  });

  it('GASPUL triwulan III: 91.48 exactly, 90.56 with weight 0.11', () => {
    const c = byFile.get('gaspul-tw3.json') as GoldenCase;
    const r = computeIkm(SKM_2017, inputOf(c));
    expect(r.konversi).toBe(91.48);
    // Σ scores = 955 over 29 respondents and 9 elements: IKM = 955/261 exactly.
    expect(computeIkmExact(SKM_2017, inputOf(c)).ikm?.toString()).toBe('955/261');
    const printed = computePrinted(SKM_2017, inputOf(c), { weight: '0.11' });
    expect(printed.konversi).toBe(2626.25 / 29); // 955/29 × 0.11 × 25, before the report's rounding
    expect(computePrinted(SKM_2017, inputOf(c), { weight: '0.11', roundKonversiTo: 2 }).konversi).toBe(90.56);
  });

  it('KEP/25 Puskesmas 2012: 76.93 B exactly; printed 3.059 × 25 = 76.475 reads B (2004) but C on the 2017 table', () => {
    const c = byFile.get('kep25-puskesmas-2012.json') as GoldenCase;
    const r = computeIkm(KEP25_2004, inputOf(c));
    expect(r.konversi).toBe(76.93);
    expect(r.mutu).toBe('B');
    expect(categoryOf(r.konversi as number, '2017').mutu).toBe(c.expected.mutu_if_read_on_2017_table);
    expect(computeIkmExact(KEP25_2004, inputOf(c)).ikm?.toString()).toBe('1077/350'); // 43.08 / 14
    const printed = computePrinted(KEP25_2004, inputOf(c), { weight: '0.071', roundIndexTo: 3 });
    expect(printed).toEqual({ ikm: 3.059, konversi: 76.475, mutu: 'B', kinerja: 'Baik' });
    expect(categoryOf(printed.konversi, '2017')).toMatchObject({ mutu: 'C', kinerja: 'Kurang baik' });
    // Without rounding the index: 43.08 × 0.071 × 25 = 76.467 exactly.
    expect(computePrinted(KEP25_2004, inputOf(c), { weight: '0.071' }).konversi).toBe(76.467);
  });
});
