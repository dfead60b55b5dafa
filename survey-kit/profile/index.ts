/**
 * Respondent profile as the dashboard counts it: four fields, each value a fixed code, with
 * "not given" as its own value (never folded into another, never invented).
 *
 * The age bands are fixed here because the profile rollups (db: profile_rollups) store the band,
 * not the age: changing a band needs a migration that recounts them from the raw responses (the
 * backfill in db/migrations/sqlite/0006 repeats these bounds in SQL; `skm tallies verify` checks both).
 */
import type { Profile } from '../types';

export const PROFILE_FIELDS = ['sex', 'age', 'education', 'occupation'] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];

/** The value counted for a respondent who left the field empty. */
export const NOT_GIVEN = '-';

/** Age bands: [code, lowest age, highest age] (inclusive; null = open). Regulation fixes none. */
export const AGE_BANDS = [
  ['<20', null, 19],
  ['20-29', 20, 29],
  ['30-39', 30, 39],
  ['40-49', 40, 49],
  ['50-59', 50, 59],
  ['60+', 60, null],
] as const;
export type AgeBand = (typeof AGE_BANDS)[number][0];

/**
 * The band of an age: the first whose upper bound it does not pass. Only upper bounds are compared,
 * exactly like the SQL CASE of the backfill and of `skm tallies verify`, so that any number stored
 * in the column (even a fraction or a negative written by hand) lands in the same band both ways.
 */
export function ageBand(age: number | null): AgeBand | typeof NOT_GIVEN {
  if (age === null || Number.isNaN(age)) return NOT_GIVEN;
  for (const [code, , hi] of AGE_BANDS) {
    if (hi === null || age <= hi) return code;
  }
  return NOT_GIVEN;
}

/** Every value of each field in display order, "not given" last. */
export const PROFILE_VALUES: Readonly<Record<ProfileField, readonly string[]>> = {
  sex: ['L', 'P', NOT_GIVEN],
  age: [...AGE_BANDS.map((b) => b[0]), NOT_GIVEN],
  education: ['SD', 'SMP', 'SMA', 'D1', 'D2', 'D3', 'D4', 'S1', 'S2', 'S3', NOT_GIVEN],
  occupation: ['PNS', 'TNI', 'POLRI', 'SWASTA', 'WIRAUSAHA', 'LAINNYA', NOT_GIVEN],
};

/** The value each field counts for one respondent. */
export function profileValues(profile: Profile): Record<ProfileField, string> {
  return {
    sex: profile.jenisKelamin ?? NOT_GIVEN,
    age: ageBand(profile.usia),
    education: profile.pendidikan ?? NOT_GIVEN,
    occupation: profile.pekerjaan ?? NOT_GIVEN,
  };
}

/** Respondents per value of each field (values with no respondent are 0, in display order). */
export type ProfileCounts = Record<ProfileField, Record<string, number>>;

export function emptyProfileCounts(): ProfileCounts {
  const out = {} as ProfileCounts;
  for (const field of PROFILE_FIELDS) out[field] = Object.fromEntries(PROFILE_VALUES[field].map((v) => [v, 0]));
  return out;
}
