/**
 * Respondent profile and channel mix of a scope, from the rollups like the IKM figures
 * (tallies/read.ts): month rows for whole months, day rows for the edges.
 */
import { emptyProfileCounts } from '../../../survey-kit/profile/index';
import { CHANNELS, type Channel } from '../../../survey-kit/types';
import type { DashboardReadRepository } from '../../repositories';
import type { ProfileRollupRow, ResponseRollupRow } from '../../schema/sqlite';
import type { SqliteContext } from '../../sqlite/context';
import { checkScope, rollupLevelFilter, splitRange, unitFilter, type Filter } from '../tallies/scope';

type ProfileSum = Pick<ProfileRollupRow, 'field' | 'value' | 'respondents'>;
type ChannelSum = Pick<ResponseRollupRow, 'channel' | 'respondents'>;

export function profileQuery(ctx: SqliteContext): DashboardReadRepository['profile'] {
  return async (scope) => {
    const counts = emptyProfileCounts();
    if (!checkScope(scope)) return counts;
    const unit = unitFilter(scope, 'unit_id');
    const level = rollupLevelFilter(scope);
    const sums = ctx.statement(
      `SELECT field, value, sum(respondents) AS respondents FROM profile_rollups
       WHERE ${unit.sql} AND grain = ? AND ${level.sql} AND bucket BETWEEN ? AND ? GROUP BY field, value`,
    );
    for (const segment of splitRange(scope.from, scope.to)) {
      const rows = sums.all(...unit.params, segment.grain, ...level.params, segment.from, segment.to) as ProfileSum[];
      for (const row of rows) {
        // A value outside the known codes (written by hand) is still shown, never dropped.
        const field = counts[row.field];
        field[row.value] = (field[row.value] ?? 0) + row.respondents;
      }
    }
    return counts;
  };
}

/**
 * The detail rows of every channel, of one service when the scope names one: unlike the IKM read,
 * the scope's own channel is ignored (the chart compares the channels).
 */
function everyChannel(serviceId: number | null | undefined): Filter {
  const channels = `channel IN (${CHANNELS.map(() => '?').join(', ')})`;
  if (serviceId === undefined) return { sql: channels, params: [...CHANNELS] };
  return { sql: `${channels} AND service_id = ?`, params: [...CHANNELS, serviceId ?? 0] };
}

const isChannel = (c: string): c is Channel => (CHANNELS as readonly string[]).includes(c);

export function channelsQuery(ctx: SqliteContext): DashboardReadRepository['channels'] {
  return async (scope) => {
    const counts = Object.fromEntries(CHANNELS.map((c) => [c, 0])) as Record<Channel, number>;
    if (!checkScope(scope)) return counts;
    const unit = unitFilter(scope, 'unit_id');
    const level = everyChannel(scope.serviceId);
    const sums = ctx.statement(
      `SELECT channel, sum(respondents) AS respondents FROM response_rollups
       WHERE ${unit.sql} AND grain = ? AND ${level.sql} AND bucket BETWEEN ? AND ? GROUP BY channel`,
    );
    for (const segment of splitRange(scope.from, scope.to)) {
      const rows = sums.all(...unit.params, segment.grain, ...level.params, segment.from, segment.to) as ChannelSum[];
      for (const row of rows) if (isChannel(row.channel)) counts[row.channel] += row.respondents;
    }
    return counts;
  };
}
