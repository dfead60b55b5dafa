/** Repository interfaces of responses, tallies, tokens and exports: the survey data itself. */
import type { Answers, Channel, Day, Profile, Tallies } from '../../survey-kit/types';
import type { ProfileRollupRow, SurveyToken } from '../schema/sqlite';

/** Data-quality flags kept for review (never used to drop a response). */
export type ResponseFlag = 'fast' | 'straightline';

export interface NewResponse {
  /** Client-chosen UUID; the same id stored twice is one response. */
  clientId: string;
  unitId: number;
  serviceId: number | null;
  instrumentId: number;
  channel: Channel;
  deviceId?: number | null;
  /** UTC instant; the repository derives the local day from the unit's time zone. */
  submittedAt: Date;
  /** Every element of the instrument; null = blank. */
  answers: Answers;
  profile: Profile;
  saran: string | null;
  completionSeconds: number | null;
  flags: readonly ResponseFlag[];
}

export interface StoredResponseRef {
  id: number;
  clientId: string;
  localDay: Day;
}

/**
 * One submission from the API: the response plus the duplicate controls stored with it in the
 * same transaction (all or nothing).
 */
export interface Submission {
  response: NewResponse;
  /** Slugs echoed in the receipt of a new response (the API answers with slugs, not ids). */
  unitSlug: string;
  serviceSlug: string | null;
  /** A one-time survey token to mark used; the caller has checked that it exists for this unit. */
  token?: string | null;
  /** Per-browser daily limit: the browser mark and the unit's limit (> 0). */
  browser?: { id: string; limit: number } | null;
}

/** What the API answers for a stored response; the same for the first store and every repeat. */
export interface ResponseReceipt {
  clientId: string;
  receivedAt: Date;
  unit: string;
  service: string | null;
  flags: ResponseFlag[];
}

/**
 * `created`/`existing`: stored now, or already stored under this clientId (nothing changed).
 * `token_used`/`browser_limit`: refused by a duplicate control; nothing stored.
 * `failed`: this submission alone failed (e.g. a DbError); the others of its batch are unaffected.
 */
export type SubmissionOutcome =
  | { status: 'created' | 'existing'; receipt: ResponseReceipt }
  | { status: 'token_used' | 'browser_limit' }
  | { status: 'failed'; error: unknown };

/** Which responses a read covers. Days are inclusive and in each unit's own time zone. */
export interface TallyScope {
  /** null = every unit. */
  unitIds: readonly number[] | null;
  /** undefined = every service; null = responses with no service recorded. */
  serviceId?: number | null;
  channel?: Channel;
  from: Day;
  to: Day;
}

export interface ScopeTallies {
  respondents: number;
  tallies: Tallies;
  flaggedFast: number;
  flaggedStraightline: number;
}

export interface TallyMismatch {
  unitId: number;
  serviceId: number;
  channel: string;
  grain: 'D' | 'M';
  bucket: string;
  elementCode: string | null;
  /** Set for a profile_rollups row only: the profile field and value counted. */
  profile?: Pick<ProfileRollupRow, 'field' | 'value'>;
  stored: Record<string, number>;
  recounted: Record<string, number>;
}


export interface ResponseRepository {
  /**
   * Stores one response with its tallies in one transaction. Idempotent on clientId.
   * Throws a DbError (db/errors.ts) when the answers do not name exactly the instrument's elements,
   * a score is not 1–4 or null, or the unit, service (of that unit) or instrument is unknown.
   */
  submit(input: NewResponse): Promise<{ ref: StoredResponseRef; created: boolean }>;
  /**
   * All or nothing: every response with its tallies, or none. Throws a BatchError (db/errors.ts)
   * carrying the index of the first bad input, e.g. a clientId already stored or repeated.
   */
  insertMany(inputs: readonly NewResponse[]): Promise<{ inserted: number }>;
  /**
   * Stores submissions in ONE write transaction (one durable commit), each with its answers,
   * tallies, token use and browser mark, whole or not at all. A repeated clientId (also within
   * the batch) answers `existing` with the first receipt. One failing submission does not fail the
   * others. Outcomes are in input order.
   */
  submitBatch(submissions: readonly Submission[]): Promise<SubmissionOutcome[]>;
  /**
   * Group commit: queues the submission with every other one made in the same event-loop turn,
   * stores them with one `submitBatch`, and resolves after that shared commit.
   */
  accept(submission: Submission): Promise<SubmissionOutcome>;
  /** The receipt of a stored response, by its clientId. */
  receipt(clientId: string): Promise<ResponseReceipt | undefined>;
  count(): Promise<number>;
}

export interface NewSurveyToken {
  token: string;
  unitId: number;
  serviceId: number | null;
  batch: string;
}

export interface TokenRepository {
  /** All or nothing; a token already stored fails the whole call with DbError 'duplicate'. */
  createMany(tokens: readonly NewSurveyToken[]): Promise<{ created: number }>;
  byToken(token: string): Promise<SurveyToken | undefined>;
}

export interface TallyRepository {
  /** Reads pre-aggregated tallies (month rows for whole months, day rows at the edges). */
  read(scope: TallyScope): Promise<ScopeTallies>;
  /** The same figures by a GROUP BY scan of the raw responses (reference and benchmark baseline). */
  scan(scope: TallyScope): Promise<ScopeTallies>;
  /** Recounts every rollup row from the raw responses and lists the rows that differ. */
  verify(): Promise<TallyMismatch[]>;
}

/** Which responses an export covers: the same filter as a tally read (days inclusive, unit's zone). */
export type ExportFilter = TallyScope;

/** One stored response as the exports write it. */
export interface ExportRow {
  id: number;
  clientId: string;
  /** Slugs, not ids: exports are read by people and other systems. */
  unit: string;
  service: string | null;
  /** Code of the response's instrument. */
  instrument: string;
  channel: Channel;
  /** ISO 8601 in UTC. */
  submittedAt: string;
  localDay: Day;
  /** null = not given. */
  profile: Profile;
  /** The elements of the response's instrument; null = left blank. */
  answers: Answers;
  saran: string | null;
  completionSeconds: number | null;
  flags: ResponseFlag[];
}

export interface ExportRepository {
  /** Element codes of the instruments answered in the filter, instrument by instrument (oldest first). */
  elementCodes(filter: ExportFilter): Promise<string[]>;
  /**
   * The filter's responses with their answers, in id order, read in short chunks (never all at
   * once, never one long read transaction). Responses stored after the call starts are left out.
   */
  responses(filter: ExportFilter, options?: { chunkSize?: number }): AsyncIterable<ExportRow>;
}
