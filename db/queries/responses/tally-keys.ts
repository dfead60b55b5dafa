/**
 * The rollup bookkeeping shared by `submit`, `submitBatch` and `insertMany` (answer_tallies,
 * response_rollups, profile_rollups): responses are first counted in memory
 * per (unit, service, channel, day), then spread over the four key variants of every rollup row —
 * the detail and unit-level (service 0, channel '*') rows, each per day ('D') and per month ('M') —
 * and added to the stored rows with INSERT … ON CONFLICT DO UPDATE.
 */
import { monthStart } from '../../../survey-kit/index';
import type { SqliteContext } from '../../sqlite/context';
import type { PreparedResponse } from './prepare';
import { countProfile, mergeProfile, newProfileTally, PROFILE_CONFLICT, PROFILE_INSERT, profileRows, type ProfileTally } from './profile-counts';
import { RowWriter } from './store';

/** Counts n1..n4, blank (index 0..4). */
type Counts = [number, number, number, number, number];

interface Group {
  unitId: number;
  serviceId: number;
  channel: string;
  grain: 'D' | 'M';
  bucket: string;
  respondents: number;
  fast: number;
  straightline: number;
  elements: Map<string, Counts>;
  profile: ProfileTally;
}

export const UNIT_LEVEL_SERVICE = 0;
export const UNIT_LEVEL_CHANNEL = '*';

const TALLY_INSERT = 'INSERT INTO answer_tallies (unit_id, service_id, channel, grain, bucket, element_code, n1, n2, n3, n4, blank)';
const TALLY_CONFLICT = `ON CONFLICT (unit_id, grain, channel, service_id, bucket, element_code) DO UPDATE SET
  n1 = n1 + excluded.n1, n2 = n2 + excluded.n2, n3 = n3 + excluded.n3, n4 = n4 + excluded.n4, blank = blank + excluded.blank`;

const ROLLUP_INSERT = 'INSERT INTO response_rollups (unit_id, service_id, channel, grain, bucket, respondents, flagged_fast, flagged_straightline)';
const ROLLUP_CONFLICT = `ON CONFLICT (unit_id, grain, channel, service_id, bucket) DO UPDATE SET
  respondents = respondents + excluded.respondents,
  flagged_fast = flagged_fast + excluded.flagged_fast,
  flagged_straightline = flagged_straightline + excluded.flagged_straightline`;

function groupOf(map: Map<string, Group>, unitId: number, serviceId: number, channel: string, grain: 'D' | 'M', bucket: string): Group {
  const key = `${unitId}|${serviceId}|${channel}|${grain}|${bucket}`;
  let group = map.get(key);
  if (!group) {
    group = { unitId, serviceId, channel, grain, bucket, respondents: 0, fast: 0, straightline: 0, elements: new Map(), profile: newProfileTally() };
    map.set(key, group);
  }
  return group;
}

/** The primary-key order of the rollup tables: unit, grain, channel, service, bucket. */
function byKey(a: Group, b: Group): number {
  return (
    a.unitId - b.unitId ||
    (a.grain < b.grain ? -1 : a.grain > b.grain ? 1 : 0) ||
    (a.channel < b.channel ? -1 : a.channel > b.channel ? 1 : 0) ||
    a.serviceId - b.serviceId ||
    (a.bucket < b.bucket ? -1 : a.bucket > b.bucket ? 1 : 0)
  );
}

function merge(into: Group, from: Group): void {
  into.respondents += from.respondents;
  into.fast += from.fast;
  into.straightline += from.straightline;
  mergeProfile(into.profile, from.profile);
  for (const [code, c] of from.elements) {
    const t = into.elements.get(code);
    if (t) {
      t[0] += c[0];
      t[1] += c[1];
      t[2] += c[2];
      t[3] += c[3];
      t[4] += c[4];
    } else {
      into.elements.set(code, [c[0], c[1], c[2], c[3], c[4]]);
    }
  }
}

export class TallyAccumulator {
  /** Detail rows at day grain; the other three variants are derived from them at flush. */
  private readonly days = new Map<string, Group>();

  add(response: PreparedResponse): void {
    const group = groupOf(this.days, response.unitId, response.serviceKey, response.channel, 'D', response.localDay);
    group.respondents += 1;
    if (response.fast) group.fast += 1;
    if (response.straightline) group.straightline += 1;
    countProfile(group.profile, response.profile);
    const { elements, scores } = response;
    for (let i = 0; i < elements.length; i++) {
      const code = elements[i]!;
      const score = scores[i] ?? null;
      let counts = group.elements.get(code);
      if (!counts) {
        counts = [0, 0, 0, 0, 0];
        group.elements.set(code, counts);
      }
      // Scores 1..4 count in slots 0..3, a blank in slot 4.
      counts[((score ?? 5) - 1) as 0 | 1 | 2 | 3 | 4] += 1;
    }
  }

  /** Adds everything counted so far to the stored rollups; call inside the write transaction. */
  flush(ctx: SqliteContext): void {
    const derived = new Map<string, Group>();
    for (const d of this.days.values()) {
      const month = monthStart(d.bucket);
      merge(groupOf(derived, d.unitId, d.serviceId, d.channel, 'M', month), d);
      merge(groupOf(derived, d.unitId, UNIT_LEVEL_SERVICE, UNIT_LEVEL_CHANNEL, 'D', d.bucket), d);
      merge(groupOf(derived, d.unitId, UNIT_LEVEL_SERVICE, UNIT_LEVEL_CHANNEL, 'M', month), d);
    }
    // Each key occurs once per flush, so a multi-row upsert never meets the same key twice.
    const tallies = new RowWriter(ctx, TALLY_INSERT, 11, TALLY_CONFLICT, 200);
    const rollups = new RowWriter(ctx, ROLLUP_INSERT, 8, ROLLUP_CONFLICT, 200);
    const profiles = new RowWriter(ctx, PROFILE_INSERT, 8, PROFILE_CONFLICT, 200);
    // In key order, consecutive upserts land on the same or neighbouring B-tree pages.
    const groups = [...this.days.values(), ...derived.values()].sort(byKey);
    for (const g of groups) {
      rollups.add(g.unitId, g.serviceId, g.channel, g.grain, g.bucket, g.respondents, g.fast, g.straightline);
      for (const code of [...g.elements.keys()].sort()) {
        const c = g.elements.get(code)!;
        tallies.add(g.unitId, g.serviceId, g.channel, g.grain, g.bucket, code, c[0], c[1], c[2], c[3], c[4]);
      }
      for (const [field, value, n] of profileRows(g.profile)) profiles.add(g.unitId, g.serviceId, g.channel, g.grain, g.bucket, field, value, n);
    }
    tallies.finish();
    rollups.finish();
    profiles.finish();
    this.days.clear();
  }
}
