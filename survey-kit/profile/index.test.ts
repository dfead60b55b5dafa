import { describe, expect, it } from 'vitest';
import { ageBand, emptyProfileCounts, NOT_GIVEN, PROFILE_FIELDS, PROFILE_VALUES, profileValues } from './index';

describe('ageBand', () => {
  it('puts each edge age in its own band', () => {
    const edges: [number, string][] = [
      [0, '<20'],
      [19, '<20'],
      [20, '20-29'],
      [29, '20-29'],
      [30, '30-39'],
      [39, '30-39'],
      [40, '40-49'],
      [49, '40-49'],
      [50, '50-59'],
      [59, '50-59'],
      [60, '60+'],
      [120, '60+'],
    ];
    for (const [age, band] of edges) expect(ageBand(age), String(age)).toBe(band);
  });

  it('counts a missing age as not given and bands a fraction by the upper bounds, as the SQL recount does', () => {
    expect(ageBand(null)).toBe(NOT_GIVEN);
    expect(ageBand(Number.NaN)).toBe(NOT_GIVEN);
    expect(ageBand(19.5)).toBe('20-29');
    expect(ageBand(-3)).toBe('<20');
  });
});

describe('profileValues', () => {
  it('gives every field a value, "not given" for an empty one', () => {
    expect(profileValues({ jenisKelamin: null, usia: null, pendidikan: null, pekerjaan: null, pekerjaanLainnya: null })).toEqual({
      sex: NOT_GIVEN,
      age: NOT_GIVEN,
      education: NOT_GIVEN,
      occupation: NOT_GIVEN,
    });
    expect(profileValues({ jenisKelamin: 'P', usia: 60, pendidikan: 'S2', pekerjaan: 'LAINNYA', pekerjaanLainnya: 'Petani' })).toEqual({
      sex: 'P',
      age: '60+',
      education: 'S2',
      occupation: 'LAINNYA',
    });
  });

  it('only ever gives a value the dashboard lists', () => {
    const values = profileValues({ jenisKelamin: 'L', usia: 45, pendidikan: 'D4', pekerjaan: 'POLRI', pekerjaanLainnya: null });
    for (const field of PROFILE_FIELDS) expect(PROFILE_VALUES[field]).toContain(values[field]);
  });
});

describe('emptyProfileCounts', () => {
  it('lists every value of every field at zero, "not given" last', () => {
    const counts = emptyProfileCounts();
    expect(Object.keys(counts)).toEqual([...PROFILE_FIELDS]);
    for (const field of PROFILE_FIELDS) {
      expect(Object.keys(counts[field])).toEqual([...PROFILE_VALUES[field]]);
      expect(Object.values(counts[field]).every((n) => n === 0)).toBe(true);
      expect(Object.keys(counts[field]).at(-1)).toBe(NOT_GIVEN);
    }
  });
});
