/**
 * Who answered: the respondent profile (every value, "not given" its own), the channel mix and
 * the data-quality flags of a scope; and the suggestions (saran) written in it.
 */
import type { Database, SuggestionPage } from '../../db/repositories';
import type { ProfileCounts } from '../../survey-kit/index';
import type { Channel } from '../../survey-kit/types';
import { tallyScope, type DashboardScope } from './scope';

export interface ProfileSummary {
  respondents: number;
  profile: ProfileCounts;
  channels: Record<Channel, number>;
  flags: { fast: number; straightline: number };
}

export async function loadProfile(db: Database, scope: DashboardScope): Promise<ProfileSummary> {
  const where = tallyScope(scope);
  const [profile, channels, read] = await Promise.all([db.dashboard.profile(where), db.dashboard.channels(where), db.tallies.read(where)]);
  return { respondents: read.respondents, profile, channels, flags: { fast: read.flaggedFast, straightline: read.flaggedStraightline } };
}

export interface SuggestionSearch {
  search?: string | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
}

export async function loadSuggestions(db: Database, scope: DashboardScope, query: SuggestionSearch): Promise<SuggestionPage> {
  return db.suggestions.search({
    ...tallyScope(scope),
    ...(query.search ? { search: query.search } : {}),
    ...(query.page ? { page: query.page } : {}),
    ...(query.pageSize ? { pageSize: query.pageSize } : {}),
  });
}
