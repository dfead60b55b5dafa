/** The SQLite DashboardReadRepository: profile, channel mix and per-unit figures from the rollups. */
import type { DashboardReadRepository } from '../../repositories';
import type { SqliteContext } from '../../sqlite/context';
import { byUnitQuery } from './by-unit';
import { channelsQuery, profileQuery } from './profile';

export function dashboardQueries(ctx: SqliteContext): DashboardReadRepository {
  return { profile: profileQuery(ctx), channels: channelsQuery(ctx), byUnit: byUnitQuery(ctx) };
}
