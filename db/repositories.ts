/**
 * Repository interfaces: every query of the application goes through these. The SQLite
 * implementation lives in `db/sqlite/`; a PostgreSQL one will implement the same interfaces,
 * which is why every method returns a Promise even though better-sqlite3 is synchronous.
 */
import type { Answers, Channel, Day, Instrument, Profile, Tallies } from '../survey-kit/types';
import type {
  AuditEntry,
  Device,
  NewDevice,
  NewOrganisation,
  NewPairingCode,
  NewService,
  NewSurveyPeriod,
  NewUnit,
  Organisation,
  PairingCode,
  ProfileRollupRow,
  Service,
  SurveyPeriod,
  Session,
  SurveyToken,
  Unit,
  User,
} from './schema/sqlite';
import type { DashboardReadRepository, SuggestionRepository } from './contracts/dashboard';
import type { CalendarRepository, IntegrationKeyRepository, ServedRepository, TransactionRepository } from './contracts/population';
import type { ComplaintRepository, FollowUpRepository } from './contracts/complaints';

export type * from './contracts/dashboard';
export type * from './contracts/population';
export type * from './contracts/complaints';

export type { AuditEntry, Session, User };
export type { Device, NewDevice, NewOrganisation, NewService, NewSurveyPeriod, NewUnit, Organisation, Service, SurveyPeriod, SurveyToken, Unit };

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

/** What the settings may change of an organisation (its slug is fixed). */
export type OrganisationChanges = Partial<Pick<NewOrganisation, 'name' | 'defaultTimeZone' | 'complaintRetentionDays'>>;

/** A logo as stored: PNG or JPEG only (an SVG could carry script); the caller checked the bytes. */
export interface OrganisationLogo {
  bytes: Buffer;
  type: 'image/png' | 'image/jpeg';
}

/**
 * Set-up changes take an optional AuditStamp: with one, the change and its audit entry (before
 * and after) are written in one transaction. Without one (demo seed, tests) nothing is logged.
 */
export interface OrganisationRepository {
  create(input: NewOrganisation, by?: AuditStamp): Promise<Organisation>;
  bySlug(slug: string): Promise<Organisation | undefined>;
  byId(id: number): Promise<Organisation | undefined>;
  list(): Promise<Organisation[]>;
  /** The changed organisation, or undefined when it does not exist. Throws DbError 'invalid_time_zone'. */
  update(id: number, changes: OrganisationChanges, by?: AuditStamp): Promise<Organisation | undefined>;
  /** Stores the logo, or removes it with null. The audit entry records type and size, never the bytes. */
  setLogo(id: number, logo: OrganisationLogo | null, by?: AuditStamp): Promise<Organisation | undefined>;
}

/** What the settings may change of a unit. The slug is fixed: it is printed on QR posters. */
export type UnitChanges = Partial<Pick<NewUnit, 'name' | 'timeZone' | 'address' | 'coverageTarget' | 'responsesPerBrowserPerDay'>>;

export interface UnitRepository {
  /** Throws DbError 'duplicate' for a taken slug, 'unknown_reference' for an unknown organisation. */
  create(input: NewUnit, by?: AuditStamp): Promise<Unit>;
  bySlug(slug: string): Promise<Unit | undefined>;
  byId(id: number): Promise<Unit | undefined>;
  list(organisationId?: number): Promise<Unit[]>;
  /**
   * The changed unit, or undefined when it does not exist. Throws DbError 'time_zone_locked' when
   * the time zone would change although responses are stored (their local days were counted in it).
   */
  update(id: number, changes: UnitChanges, by?: AuditStamp): Promise<Unit | undefined>;
}

/** What the settings may change of a service (its slug is fixed, like the unit's). */
export type ServiceChanges = Partial<Pick<NewService, 'name' | 'standardDays'>>;

export interface ServiceRepository {
  /** Throws DbError 'duplicate' for a slug the unit already has. */
  create(input: NewService, by?: AuditStamp): Promise<Service>;
  bySlug(unitId: number, slug: string): Promise<Service | undefined>;
  listByUnit(unitId: number): Promise<Service[]>;
  /** The changed service, or undefined when it does not exist. */
  update(id: number, changes: ServiceChanges, by?: AuditStamp): Promise<Service | undefined>;
}

export interface StoredInstrument {
  id: number;
  builtIn: boolean;
  instrument: Instrument;
}

export interface InstrumentRepository {
  /** Stores the built-in 2017 and 2004 instruments if missing; idempotent. */
  ensureBuiltIns(): Promise<void>;
  byCode(code: string): Promise<StoredInstrument | undefined>;
  byId(id: number): Promise<StoredInstrument | undefined>;
  /** Built-in ones first, then custom ones by code. */
  list(): Promise<StoredInstrument[]>;
  /** Throws DbError 'reserved_instrument_code', 'invalid_instrument' or 'duplicate' (code taken). */
  create(instrument: Instrument, by?: AuditStamp): Promise<StoredInstrument>;
}

/** What an edit may change of a period (its organisation is fixed). */
export type PeriodChanges = Partial<Pick<NewSurveyPeriod, 'name' | 'unitId' | 'startDay' | 'endDay' | 'instrumentId'>>;

/**
 * Periods of one scope (the same unit, or organisation-wide) may overlap (a quarter inside a
 * year) but never repeat the exact same range: create and update throw DbError 'duplicate'.
 * Other refusals: 'invalid_day', 'invalid_period', 'unknown_unit', 'unknown_reference'.
 */
export interface PeriodRepository {
  create(input: NewSurveyPeriod, by?: AuditStamp): Promise<SurveyPeriod>;
  byId(id: number): Promise<SurveyPeriod | undefined>;
  /**
   * The changed period, or undefined when it does not exist. A new instrument throws DbError
   * 'period_instrument_locked' while the period's units hold responses of another instrument in its range.
   */
  update(id: number, changes: PeriodChanges, by?: AuditStamp): Promise<SurveyPeriod | undefined>;
  /** false when it did not exist; DbError 'unknown_reference' while a follow-up plan names it. */
  delete(id: number, by?: AuditStamp): Promise<boolean>;
  /** With `unitId`: the periods that apply to that unit (its own and the organisation-wide ones). */
  list(organisationId: number, unitId?: number): Promise<SurveyPeriod[]>;
  /** The period in force for a unit on a day: a unit-specific one first, then an organisation-wide one. */
  current(unitId: number, day: Day): Promise<SurveyPeriod | undefined>;
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

/** Why a pairing code did not pair a device. */
export type RedeemFailure = 'unknown' | 'expired' | 'used';

export type RedeemResult = { ok: true; device: Device } | { ok: false; reason: RedeemFailure };

/** What a kiosk reports about its offline queue. */
export interface DeviceCounts {
  waiting: number;
  rejected: number;
}

/** Settings of a paired device that can change without pairing it again. */
export interface DeviceSettings {
  name?: string;
  serviceId?: number | null;
  idleSeconds?: number;
  thanksSeconds?: number;
  exitPinHash?: string | null;
}

export interface DeviceRepository {
  create(input: NewDevice): Promise<Device>;
  byId(id: number): Promise<Device | undefined>;
  /** The device whose bearer credential hashes to `hash`, revoked or not (the caller decides). */
  byCredentialHash(hash: string): Promise<Device | undefined>;
  list(unitId?: number): Promise<Device[]>;
  /** Marks the device revoked; false when it did not exist or was already revoked. Audited with `by`. */
  revoke(id: number, at: Date, by?: AuditStamp): Promise<boolean>;
  /** Records that the device was heard from at `at`, with its queue counts when given; false for an unknown device. */
  heartbeat(id: number, at: Date, counts?: DeviceCounts): Promise<boolean>;
  /** Changes the given settings; the updated device, or undefined when it does not exist. */
  updateSettings(id: number, settings: DeviceSettings): Promise<Device | undefined>;
  /** Stores a pairing code (already hashed). Throws a DbError on an unknown unit or a taken hash. Audited with `by` (never the hashes). */
  createPairingCode(input: NewPairingCode, by?: AuditStamp): Promise<PairingCode>;
  /**
   * Pairs a device with the code hashing to `codeHash`, in one transaction: the code is marked
   * used and the device created with the code's unit, service, name, PIN and timeouts. A code
   * pairs at most one device, also when two tablets race with it.
   */
  redeemPairingCode(codeHash: string, credentialHash: string, at: Date): Promise<RedeemResult>;
}

export type Role = User['role'];

/**
 * Who makes a change, given to a repository method that changes something: the method then
 * writes the change and its audit entry (what, before, after) in ONE transaction.
 */
export interface AuditStamp {
  /** null: the system, or `skm` run by the machine's administrator. */
  userId: number | null;
  /** Shown in the log: the username, or e.g. "cli" / "system". */
  actor: string;
  /** When; defaults to now. */
  at?: Date;
}

/** An audit entry written on its own (a sign-in, or a change whose repository takes no stamp). */
export interface NewAuditRecord extends AuditStamp {
  action: string;
  entity: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
}

export const AUDIT_PAGE_SIZE = 50;
export const AUDIT_MAX_PAGE_SIZE = 200;

export interface AuditQuery {
  /** 1-based. */
  page?: number;
  /** Default AUDIT_PAGE_SIZE, at most AUDIT_MAX_PAGE_SIZE. */
  pageSize?: number;
  entity?: string;
  entityId?: string;
  action?: string;
  userId?: number;
}

export interface AuditPage {
  entries: AuditEntry[];
  total: number;
  page: number;
  pageSize: number;
}

export interface AuditRepository {
  record(entry: NewAuditRecord): Promise<AuditEntry>;
  /** Newest first. */
  list(query?: AuditQuery): Promise<AuditPage>;
}

export interface NewUserInput {
  /** Lower case; the caller validates the form. */
  username: string;
  displayName: string;
  role: Role;
  /** Already hashed (server/auth/password.ts); never a plain password. */
  passwordHash: string;
  mustChangePassword?: boolean;
  /** Operators only: the units they run. */
  unitIds?: readonly number[];
}

export interface SetPasswordInput {
  passwordHash: string;
  mustChangePassword: boolean;
  at: Date;
  /** Every session of the user ends except this one (the session that made the change). */
  keepSessionIdHash?: string | null;
}

export interface UserRepository {
  /** With its units, in one transaction. Throws DbError 'duplicate' for a taken username, 'unknown_reference' for an unknown unit. */
  create(input: NewUserInput, by?: AuditStamp): Promise<User>;
  byUsername(username: string): Promise<User | undefined>;
  byId(id: number): Promise<User | undefined>;
  list(): Promise<User[]>;
  count(): Promise<number>;
  /** Changes the hash and ends the user's other sessions; false for an unknown user. */
  setPassword(id: number, input: SetPasswordInput, by?: AuditStamp): Promise<boolean>;
  /** Marks the account disabled and ends all its sessions; false when unknown or already disabled. */
  disable(id: number, at: Date, by?: AuditStamp): Promise<boolean>;
  /** false when unknown or not disabled. */
  enable(id: number, by?: AuditStamp): Promise<boolean>;
  /** The units of an operator (sorted ids; empty for other roles). */
  unitIds(userId: number): Promise<number[]>;
  /** Replaces the user's units. Throws DbError 'unknown_reference' for an unknown unit. */
  setUnits(userId: number, unitIds: readonly number[], by?: AuditStamp): Promise<void>;
}

export interface NewSessionInput {
  idHash: string;
  userId: number;
  csrfToken: string;
  createdAt: Date;
  expiresAt: Date;
  userAgent?: string | null;
}

export interface SessionRepository {
  create(input: NewSessionInput): Promise<Session>;
  byIdHash(idHash: string): Promise<Session | undefined>;
  /** Records activity (idle expiry counts from here). */
  touch(idHash: string, at: Date): Promise<void>;
  delete(idHash: string): Promise<boolean>;
  /** Ends every session of a user except `exceptIdHash`; the number ended. */
  deleteForUser(userId: number, exceptIdHash?: string): Promise<number>;
  /** Removes sessions past their absolute expiry or idle since before `idleSince`. */
  deleteExpired(now: Date, idleSince: Date): Promise<number>;
}

export interface Repositories {
  audit: AuditRepository;
  devices: DeviceRepository;
  exports: ExportRepository;
  organisations: OrganisationRepository;
  units: UnitRepository;
  services: ServiceRepository;
  instruments: InstrumentRepository;
  periods: PeriodRepository;
  responses: ResponseRepository;
  tallies: TallyRepository;
  tokens: TokenRepository;
  users: UserRepository;
  sessions: SessionRepository;
  /** Dashboard reads beyond the IKM (profile, channels, ranking) and the suggestions. */
  dashboard: DashboardReadRepository;
  suggestions: SuggestionRepository;
  /** People served, transactions, integration keys and calendar edits (issue 5). */
  served: ServedRepository;
  transactions: TransactionRepository;
  integrationKeys: IntegrationKeyRepository;
  calendar: CalendarRepository;
  /** The complaints register and follow-up plans (issue 5). */
  complaints: ComplaintRepository;
  followUps: FollowUpRepository;
}

export interface Database extends Repositories {
  /** e.g. "sqlite:./data/puas.db" */
  readonly url: string;
  close(): Promise<void>;
}
