/** Core tables of the SQLite schema: organisation, units, services, responses and their rollups, kiosks, accounts. */
import { sql } from 'drizzle-orm';
import { blob, check, index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

export const organisations = sqliteTable('organisations', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  defaultTimeZone: text('default_time_zone').notNull().default('Asia/Jakarta'),
  /** Demo data is labelled as such wherever it is shown. */
  isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false),
  /** The organisation's logo (PNG or JPEG only: an SVG could carry script), shown on reports and posters. */
  logo: blob('logo', { mode: 'buffer' }),
  /** 'image/png' or 'image/jpeg' when a logo is stored. */
  logoType: text('logo_type'),
  /** Complainants' contact details are erased this many days after the complaint is closed or rejected. */
  complaintRetentionDays: integer('complaint_retention_days').notNull().default(365),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(sql`(unixepoch() * 1000)`),
});

export const units = sqliteTable('units', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  organisationId: integer('organisation_id').notNull().references(() => organisations.id),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  /** Asia/Jakarta (WIB), Asia/Makassar (WITA) or Asia/Jayapura (WIT): days are counted in this zone. */
  timeZone: text('time_zone').notNull().default('Asia/Jakarta'),
  address: text('address'),
  /** Response-coverage target in percent of people served (skm-method.md §4). */
  coverageTarget: integer('coverage_target').notNull().default(50),
  /** Phone (QR) responses accepted per browser per day; 0 = no limit. Never enforced by IP address. */
  responsesPerBrowserPerDay: integer('responses_per_browser_per_day').notNull().default(1),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(sql`(unixepoch() * 1000)`),
});

export const services = sqliteTable(
  'services',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    unitId: integer('unit_id').notNull().references(() => units.id),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    /** Standard completion time in working days, when the service standard sets one. */
    standardDays: integer('standard_days'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(sql`(unixepoch() * 1000)`),
  },
  (t) => [uniqueIndex('services_unit_slug').on(t.unitId, t.slug)],
);

/** Instruments: the built-in 2017 and 2004 ones and custom ones, stored as survey-kit Instrument JSON. */
export const instruments = sqliteTable('instruments', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  code: text('code').notNull().unique(),
  /** JSON of a survey-kit `Instrument`. */
  definition: text('definition', { mode: 'json' }).notNull(),
  builtIn: integer('built_in', { mode: 'boolean' }).notNull().default(false),
});

/** Named ranges of whole days, first and last included, in the unit's time zone. */
export const surveyPeriods = sqliteTable(
  'survey_periods',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    organisationId: integer('organisation_id').notNull().references(() => organisations.id),
    /** null: the period applies to every unit of the organisation. */
    unitId: integer('unit_id').references(() => units.id),
    name: text('name').notNull(),
    startDay: text('start_day').notNull(),
    endDay: text('end_day').notNull(),
    instrumentId: integer('instrument_id').notNull().references(() => instruments.id),
  },
  (t) => [index('survey_periods_range').on(t.organisationId, t.startDay, t.endDay)],
);

export const responses = sqliteTable(
  'responses',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** Client-chosen UUID: the idempotency key of a submission. */
    clientId: text('client_id').notNull().unique(),
    unitId: integer('unit_id').notNull().references(() => units.id),
    serviceId: integer('service_id').references(() => services.id),
    instrumentId: integer('instrument_id').notNull().references(() => instruments.id),
    channel: text('channel', { enum: ['kiosk', 'qr', 'paper', 'online'] }).notNull(),
    deviceId: integer('device_id'),
    /** UTC instant the server stored it (or the survey date of a paper form, at noon local time). */
    submittedAt: integer('submitted_at', { mode: 'timestamp_ms' }).notNull(),
    /** Calendar day of `submittedAt` in the unit's time zone: the key of every period filter. */
    localDay: text('local_day').notNull(),
    // Profile: null means "not given"; never filled with an invented value.
    jenisKelamin: text('jenis_kelamin', { enum: ['L', 'P'] }),
    usia: integer('usia'),
    pendidikan: text('pendidikan', { enum: ['SD', 'SMP', 'SMA', 'D1', 'D2', 'D3', 'D4', 'S1', 'S2', 'S3'] }),
    pekerjaan: text('pekerjaan', { enum: ['PNS', 'TNI', 'POLRI', 'SWASTA', 'WIRAUSAHA', 'LAINNYA'] }),
    pekerjaanLainnya: text('pekerjaan_lainnya'),
    saran: text('saran'),
    completionSeconds: real('completion_seconds'),
    /** Data-quality flags (comma-separated, e.g. "fast,straightline"): kept for review, never used to drop. */
    flags: text('flags'),
  },
  (t) => [
    index('responses_unit_day').on(t.unitId, t.localDay),
    index('responses_unit_service_day').on(t.unitId, t.serviceId, t.localDay),
    // The rollup keys use the channel verbatim, so an unknown one must never get in.
    check('responses_channel', sql`${t.channel} IN ('kiosk', 'qr', 'paper', 'online')`),
  ],
);

/**
 * One row per element of the response's instrument; score null = asked but left blank.
 * Created WITHOUT ROWID (hand-added to migration 0000: Drizzle cannot declare it), which halves the
 * B-tree work of the nine rows written per response. Keep it if drizzle-kit ever rebuilds the table.
 */
export const responseAnswers = sqliteTable(
  'response_answers',
  {
    responseId: integer('response_id').notNull().references(() => responses.id, { onDelete: 'cascade' }),
    elementCode: text('element_code').notNull(),
    score: integer('score'),
  },
  (t) => [
    primaryKey({ columns: [t.responseId, t.elementCode] }),
    check('response_answers_score', sql`${t.score} IS NULL OR ${t.score} BETWEEN 1 AND 4`),
  ],
);

/**
 * Pre-aggregated answer counts, updated in the same transaction as every response insert.
 * The unique key is the idempotency key of the rollup. Grains: 'D' (bucket = the local day) and
 * 'M' (bucket = the first day of the local month), so a year is read from 12 month rows.
 * Levels: channel '*' with serviceId 0 = the whole unit; otherwise one (service, channel) pair,
 * serviceId 0 meaning "no service recorded".
 * Both rollup tables are WITHOUT ROWID (hand-added to migration 0001), like response_answers.
 */
export const answerTallies = sqliteTable(
  'answer_tallies',
  {
    unitId: integer('unit_id').notNull(),
    serviceId: integer('service_id').notNull(),
    channel: text('channel').notNull(),
    grain: text('grain', { enum: ['D', 'M'] }).notNull(),
    bucket: text('bucket').notNull(),
    elementCode: text('element_code').notNull(),
    n1: integer('n1').notNull().default(0),
    n2: integer('n2').notNull().default(0),
    n3: integer('n3').notNull().default(0),
    n4: integer('n4').notNull().default(0),
    blank: integer('blank').notNull().default(0),
  },
  // Key order: a read fixes unit, grain, channel and service, then takes a range of buckets.
  (t) => [primaryKey({ columns: [t.unitId, t.grain, t.channel, t.serviceId, t.bucket, t.elementCode] })],
);

/** Respondent counts with the same key as answer_tallies (without the element). */
export const responseRollups = sqliteTable(
  'response_rollups',
  {
    unitId: integer('unit_id').notNull(),
    serviceId: integer('service_id').notNull(),
    channel: text('channel').notNull(),
    grain: text('grain', { enum: ['D', 'M'] }).notNull(),
    bucket: text('bucket').notNull(),
    respondents: integer('respondents').notNull().default(0),
    flaggedFast: integer('flagged_fast').notNull().default(0),
    flaggedStraightline: integer('flagged_straightline').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.grain, t.channel, t.serviceId, t.bucket] })],
);

/** Paired kiosk tablets. The bearer credential is stored only as its SHA-256 hash. */
export const devices = sqliteTable('devices', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  unitId: integer('unit_id').notNull().references(() => units.id),
  serviceId: integer('service_id').references(() => services.id),
  name: text('name').notNull(),
  credentialHash: text('credential_hash').notNull().unique(),
  /** scrypt hash of the staff exit PIN (salt included); null = no PIN set. */
  exitPinHash: text('exit_pin_hash'),
  idleSeconds: integer('idle_seconds').notNull().default(60),
  thanksSeconds: integer('thanks_seconds').notNull().default(8),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(sql`(unixepoch() * 1000)`),
  lastSeenAt: integer('last_seen_at', { mode: 'timestamp_ms' }),
  /** Responses waiting in the kiosk's offline queue, as last reported by the kiosk. */
  waiting: integer('waiting').notNull().default(0),
  /** Responses the server refused that the kiosk keeps for review, as last reported. */
  rejected: integer('rejected').notNull().default(0),
  revokedAt: integer('revoked_at', { mode: 'timestamp_ms' }),
});

/** Short-lived one-time codes an operator types into a tablet to pair it. Stored hashed. */
export const pairingCodes = sqliteTable('pairing_codes', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  codeHash: text('code_hash').notNull().unique(),
  unitId: integer('unit_id').notNull().references(() => units.id),
  serviceId: integer('service_id').references(() => services.id),
  deviceName: text('device_name').notNull(),
  exitPinHash: text('exit_pin_hash'),
  /** Timeouts the paired device starts with (copied to `devices`). */
  idleSeconds: integer('idle_seconds').notNull().default(60),
  thanksSeconds: integer('thanks_seconds').notNull().default(8),
  expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
  usedAt: integer('used_at', { mode: 'timestamp_ms' }),
  deviceId: integer('device_id').references(() => devices.id),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(sql`(unixepoch() * 1000)`),
});

/** One-time survey tokens (printed on a queue ticket or receipt): each accepts exactly one response. */
export const surveyTokens = sqliteTable(
  'survey_tokens',
  {
    token: text('token').primaryKey(),
    unitId: integer('unit_id').notNull().references(() => units.id),
    serviceId: integer('service_id').references(() => services.id),
    /** Tokens made together share a batch label, for printing and revoking. */
    batch: text('batch').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(sql`(unixepoch() * 1000)`),
    usedAt: integer('used_at', { mode: 'timestamp_ms' }),
    responseClientId: text('response_client_id'),
  },
  (t) => [index('survey_tokens_batch').on(t.unitId, t.batch)],
);

/**
 * Phone responses per browser mark (a random id the browser keeps in a cookie, never the IP
 * address) per unit per local day: the duplicate control of the QR survey.
 */
export const browserDays = sqliteTable(
  'browser_days',
  {
    unitId: integer('unit_id').notNull(),
    localDay: text('local_day').notNull(),
    browserId: text('browser_id').notNull(),
    responses: integer('responses').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.localDay, t.browserId] })],
);

/** Staff accounts. Passwords are stored only as scrypt hashes (salt and parameters included). */
export const users = sqliteTable('users', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  role: text('role', { enum: ['admin', 'operator', 'viewer'] }).notNull(),
  passwordHash: text('password_hash').notNull(),
  /** Set for a one-time first-run password: the user must choose a new one at first sign-in. */
  mustChangePassword: integer('must_change_password', { mode: 'boolean' }).notNull().default(false),
  disabledAt: integer('disabled_at', { mode: 'timestamp_ms' }),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(sql`(unixepoch() * 1000)`),
  passwordChangedAt: integer('password_changed_at', { mode: 'timestamp_ms' }),
});

/** The units an operator runs; admins and viewers are not listed here (they see every unit). */
export const userUnits = sqliteTable(
  'user_units',
  {
    userId: integer('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    unitId: integer('unit_id').notNull().references(() => units.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.userId, t.unitId] })],
);

/** Server-side sessions; the cookie carries a random id whose SHA-256 hash is the key here. */
export const sessions = sqliteTable(
  'sessions',
  {
    idHash: text('id_hash').primaryKey(),
    userId: integer('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    /** Per-session CSRF token (synchronizer pattern), sent back in a header or form field. */
    csrfToken: text('csrf_token').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    lastSeenAt: integer('last_seen_at', { mode: 'timestamp_ms' }).notNull(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_user').on(t.userId)],
);

/** Every change made by a person: who, when, what, and the record before and after. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
    /** null for the system or the command line run by the machine's administrator. */
    userId: integer('user_id').references(() => users.id),
    actor: text('actor').notNull(),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    before: text('before', { mode: 'json' }),
    after: text('after', { mode: 'json' }),
  },
  (t) => [index('audit_log_entity').on(t.entity, t.entityId), index('audit_log_at').on(t.at)],
);

export type Organisation = typeof organisations.$inferSelect;
export type NewOrganisation = typeof organisations.$inferInsert;
export type Unit = typeof units.$inferSelect;
export type NewUnit = typeof units.$inferInsert;
export type Service = typeof services.$inferSelect;
export type NewService = typeof services.$inferInsert;
export type InstrumentRow = typeof instruments.$inferSelect;
export type SurveyPeriod = typeof surveyPeriods.$inferSelect;
export type NewSurveyPeriod = typeof surveyPeriods.$inferInsert;
export type ResponseRow = typeof responses.$inferSelect;
export type NewResponseRow = typeof responses.$inferInsert;
export type ResponseAnswerRow = typeof responseAnswers.$inferSelect;
export type AnswerTallyRow = typeof answerTallies.$inferSelect;
export type ResponseRollupRow = typeof responseRollups.$inferSelect;
export type Device = typeof devices.$inferSelect;
export type NewDevice = typeof devices.$inferInsert;
export type PairingCode = typeof pairingCodes.$inferSelect;
export type NewPairingCode = typeof pairingCodes.$inferInsert;
export type SurveyToken = typeof surveyTokens.$inferSelect;
export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type Session = typeof sessions.$inferSelect;
export type AuditEntry = typeof auditLog.$inferSelect;
export type NewAuditEntry = typeof auditLog.$inferInsert;
