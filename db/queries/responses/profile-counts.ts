/**
 * The profile part of the rollup bookkeeping (profile_rollups): respondents per value of each
 * profile field, counted in memory per rollup key by TallyAccumulator and upserted with it.
 */
import { PROFILE_FIELDS, profileValues } from '../../../survey-kit/profile/index';
import type { Profile } from '../../../survey-kit/types';

/** Respondents per value, one map per field in PROFILE_FIELDS order. */
export type ProfileTally = Map<string, number>[];

/** The value counted for each field, in PROFILE_FIELDS order. */
export function profileKey(profile: Profile): readonly string[] {
  const values = profileValues(profile);
  return PROFILE_FIELDS.map((field) => values[field]);
}

export function newProfileTally(): ProfileTally {
  return PROFILE_FIELDS.map(() => new Map<string, number>());
}

export function countProfile(counts: ProfileTally, key: readonly string[]): void {
  for (let i = 0; i < key.length; i++) {
    const map = counts[i]!;
    const value = key[i]!;
    map.set(value, (map.get(value) ?? 0) + 1);
  }
}

export function mergeProfile(into: ProfileTally, from: ProfileTally): void {
  from.forEach((map, i) => {
    const target = into[i]!;
    for (const [value, n] of map) target.set(value, (target.get(value) ?? 0) + n);
  });
}

/** Field indexes by field name: the (field, value) tail of the primary key is written in order. */
const FIELD_ORDER = PROFILE_FIELDS.map((field, i) => [field, i] as const).sort(([a], [b]) => (a < b ? -1 : 1));

/** Each (field, value, respondents) of the counts, in primary-key order. */
export function* profileRows(counts: ProfileTally): Generator<[string, string, number]> {
  for (const [field, i] of FIELD_ORDER) {
    const map = counts[i]!;
    for (const value of [...map.keys()].sort()) yield [field, value, map.get(value)!];
  }
}

export const PROFILE_INSERT = 'INSERT INTO profile_rollups (unit_id, service_id, channel, grain, bucket, field, value, respondents)';
export const PROFILE_CONFLICT = `ON CONFLICT (unit_id, grain, channel, service_id, bucket, field, value) DO UPDATE SET
  respondents = respondents + excluded.respondents`;
