/**
 * What `read` and `scan` share: checking a scope, splitting its days into rollup segments, the SQL
 * filters of a scope, and the result shape.
 */
import { addDays, CHANNELS, isValidDay, monthEnd, monthStart } from '../../../survey-kit/index';
import type { Day } from '../../../survey-kit/types';
import { DbError } from '../../errors';
import type { AnswerTallyRow } from '../../schema/sqlite';
import type { ScopeTallies, TallyScope } from '../../repositories';

export interface Segment {
  grain: 'D' | 'M';
  /** First and last bucket, both included. */
  from: Day;
  to: Day;
}

/** Throws for malformed days; false when the scope cannot hold any response (empty). */
export function checkScope(scope: TallyScope): boolean {
  for (const day of [scope.from, scope.to]) {
    if (!isValidDay(day)) throw new DbError('invalid_day', `"${day}" is not a day (YYYY-MM-DD)`, { day });
  }
  return scope.from <= scope.to && (scope.unitIds === null || scope.unitIds.length > 0);
}

/**
 * [from, to] as whole months (M rows) plus the days before the first and after the last whole
 * month (D rows). A range inside one month is days only.
 */
export function splitRange(from: Day, to: Day): Segment[] {
  if (from > to) return [];
  const firstWhole = from === monthStart(from) ? from : addDays(monthEnd(from), 1);
  const lastWhole = to === monthEnd(to) ? monthStart(to) : monthStart(addDays(monthStart(to), -1));
  if (firstWhole > lastWhole) return [{ grain: 'D', from, to }];
  const segments: Segment[] = [];
  if (from < firstWhole) segments.push({ grain: 'D', from, to: addDays(firstWhole, -1) });
  segments.push({ grain: 'M', from: firstWhole, to: lastWhole });
  const tailStart = addDays(monthEnd(lastWhole), 1);
  if (tailStart <= to) segments.push({ grain: 'D', from: tailStart, to });
  return segments;
}

export interface Filter {
  /** SQL conditions joined by AND, each prefixed by `alias` when given; '1' when none. */
  sql: string;
  params: unknown[];
}

/** The unit part of a scope: every unit, or the listed ones (one statement for any list length). */
export function unitFilter(scope: TallyScope, column: string): Filter {
  return scope.unitIds === null
    ? { sql: '1', params: [] }
    : { sql: `${column} IN (SELECT value FROM json_each(?))`, params: [JSON.stringify(scope.unitIds)] };
}

const CHANNEL_LIST = CHANNELS.map((c) => `'${c}'`).join(', ');

/**
 * Which rollup rows a scope reads: unit-level rows without a service or channel filter, otherwise
 * detail rows. Listing the channels lets SQLite seek the key (unit, grain, channel, service, …).
 */
export function rollupLevelFilter(scope: TallyScope): Filter {
  const service = scope.serviceId === undefined ? undefined : (scope.serviceId ?? 0);
  if (service === undefined && scope.channel === undefined) return { sql: `service_id = 0 AND channel = '*'`, params: [] };
  if (service === undefined) return { sql: 'channel = ?', params: [scope.channel] };
  if (scope.channel === undefined) return { sql: `channel IN (${CHANNEL_LIST}) AND service_id = ?`, params: [service] };
  return { sql: 'channel = ? AND service_id = ?', params: [scope.channel, service] };
}

/** The service and channel part of a scope over raw `responses` rows (alias r). */
export function rawFilter(scope: TallyScope): Filter {
  const parts: string[] = [];
  const params: unknown[] = [];
  if (scope.serviceId === null) parts.push('r.service_id IS NULL');
  else if (scope.serviceId !== undefined) {
    parts.push('r.service_id = ?');
    params.push(scope.serviceId);
  }
  if (scope.channel !== undefined) {
    parts.push('r.channel = ?');
    params.push(scope.channel);
  }
  return { sql: parts.length > 0 ? parts.join(' AND ') : '1', params };
}

export type CountRow = Pick<AnswerTallyRow, 'elementCode' | 'n1' | 'n2' | 'n3' | 'n4' | 'blank'>;

export function emptyResult(): ScopeTallies {
  return { respondents: 0, tallies: {}, flaggedFast: 0, flaggedStraightline: 0 };
}

export function addCounts(result: ScopeTallies, rows: readonly CountRow[]): void {
  for (const row of rows) {
    const t = result.tallies[row.elementCode];
    if (t) {
      t[1] += row.n1;
      t[2] += row.n2;
      t[3] += row.n3;
      t[4] += row.n4;
      t.blank = (t.blank ?? 0) + row.blank;
    } else {
      result.tallies[row.elementCode] = { 1: row.n1, 2: row.n2, 3: row.n3, 4: row.n4, blank: row.blank };
    }
  }
}

/** Element codes in a stable (sorted) order, so equal figures compare equal however they were read. */
export function sortedTallies(result: ScopeTallies): ScopeTallies {
  const tallies: ScopeTallies['tallies'] = {};
  for (const code of Object.keys(result.tallies).sort()) tallies[code] = result.tallies[code]!;
  return { ...result, tallies };
}
