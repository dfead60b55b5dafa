/** Repository interfaces of the dashboard's reads beyond the IKM tallies (issue 4 §3). */
import type { Channel, Day } from '../../survey-kit/types';
import type { ProfileCounts } from '../../survey-kit/profile/index';
import type { ScopeTallies, TallyScope } from './responses';

export interface DashboardReadRepository {
  /** Respondents per profile value (profile_rollups), every value present (0 when none). */
  profile(scope: TallyScope): Promise<ProfileCounts>;
  /** Respondents per channel over the scope (the scope's own channel filter is ignored). */
  channels(scope: TallyScope): Promise<Record<Channel, number>>;
  /**
   * Tallies of each unit of the scope in ONE read (for the unit ranking): unit id → tallies.
   * Units with no response in the range are absent.
   */
  byUnit(scope: TallyScope): Promise<Map<number, ScopeTallies>>;
}

export interface SuggestionQuery extends TallyScope {
  /** Case-insensitive words, all of which must appear in the suggestion. */
  search?: string;
  /** 1-based. */
  page?: number;
  pageSize?: number;
}

export interface SuggestionRow {
  responseId: number;
  clientId: string;
  unit: string;
  service: string | null;
  channel: Channel;
  localDay: Day;
  submittedAt: Date;
  /** Stored as typed: render it as text, never as HTML. */
  saran: string;
  /** The complaint made from this suggestion, if any (issue 5 §3). */
  complaintId: number | null;
}

export interface SuggestionPage {
  rows: SuggestionRow[];
  total: number;
  page: number;
  pageSize: number;
}

export const SUGGESTION_PAGE_SIZE = 20;
export const SUGGESTION_MAX_PAGE_SIZE = 100;

export interface SuggestionRepository {
  /** Non-empty suggestions of the scope, newest first. */
  search(query: SuggestionQuery): Promise<SuggestionPage>;
  /** One response's suggestion (for turning it into a complaint); undefined when none. */
  byResponseId(responseId: number): Promise<SuggestionRow | undefined>;
}
