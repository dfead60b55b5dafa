/**
 * Tables of the indicators beyond the IKM (issue 5): people served, service transactions,
 * integration keys, the organisation's calendar edits, complaints and follow-up plans.
 */
import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { organisations, responses, services, surveyPeriods, units, users } from './core';

export const SERVED_SOURCES = ['manual', 'api', 'transactions'] as const;

/**
 * People served (the survey's population) per unit, service and local day, per source.
 * serviceId 0 = counted for the unit without a service. A day's figure is taken from ONE source,
 * the first present of manual > api > transactions, so that a hand correction or a pushed
 * count never adds to the imported transactions of the same day (db/queries/population/).
 */
export const servedCounts = sqliteTable(
  'served_counts',
  {
    unitId: integer('unit_id').notNull().references(() => units.id),
    serviceId: integer('service_id').notNull(),
    day: text('day').notNull(),
    source: text('source', { enum: SERVED_SOURCES }).notNull(),
    count: integer('count').notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.unitId, t.day, t.serviceId, t.source] }),
    check('served_counts_count', sql`${t.count} >= 0`),
  ],
);

/**
 * Service transactions (one permit application each) from a licensing system's export or the
 * integration API: received and completed local days. A reference, when given, identifies the
 * transaction within its unit: importing it again updates its completed day.
 */
export const serviceTransactions = sqliteTable(
  'service_transactions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    unitId: integer('unit_id').notNull().references(() => units.id),
    serviceId: integer('service_id').notNull().references(() => services.id),
    reference: text('reference'),
    receivedDay: text('received_day').notNull(),
    completedDay: text('completed_day'),
    source: text('source', { enum: ['import', 'api'] }).notNull(),
    /** Label of the import or push that stored it (for tracing a file back). */
    batch: text('batch'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [
    uniqueIndex('service_transactions_reference').on(t.unitId, t.reference),
    index('service_transactions_received').on(t.unitId, t.receivedDay),
    index('service_transactions_completed').on(t.unitId, t.completedDay),
    check('service_transactions_order', sql`${t.completedDay} IS NULL OR ${t.completedDay} >= ${t.receivedDay}`),
  ],
);

/** API keys of integrations (a permit system pushing counts); stored only as SHA-256 hashes. */
export const integrationKeys = sqliteTable('integration_keys', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  /** null: may push for every unit; else only this unit. */
  unitId: integer('unit_id').references(() => units.id),
  keyHash: text('key_hash').notNull().unique(),
  /** First characters of the key, shown in lists so that a key can be recognised. */
  keyPrefix: text('key_prefix').notNull(),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  createdBy: integer('created_by').references(() => users.id),
  lastUsedAt: integer('last_used_at', { mode: 'timestamp_ms' }),
  revokedAt: integer('revoked_at', { mode: 'timestamp_ms' }),
});

/** An organisation's changes to the shipped holiday calendar (survey-kit CalendarEdits). */
export const calendarEdits = sqliteTable(
  'calendar_edits',
  {
    organisationId: integer('organisation_id').notNull().references(() => organisations.id),
    date: text('date').notNull(),
    kind: text('kind', { enum: ['added', 'removed'] }).notNull(),
    /** For 'added': the name and type of the day off. */
    name: text('name'),
    type: text('type', { enum: ['libur_nasional', 'cuti_bersama'] }),
    /** Why (e.g. "Sidang isbat: Idulfitri 1448 H bergeser"). */
    note: text('note'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.date, t.kind] })],
);

export const COMPLAINT_CHANNELS = ['counter', 'phone', 'sms_wa', 'email', 'social_media', 'lapor', 'survey'] as const;
export const COMPLAINT_GRADES = ['ringan', 'sedang', 'berat'] as const;
/** The nine 2017 elements (so a complaint can feed the follow-up of an element) plus "other". */
export const COMPLAINT_CATEGORIES = ['persyaratan', 'prosedur', 'waktu', 'biaya', 'produk', 'kompetensi', 'perilaku', 'sarana', 'pengaduan', 'lainnya'] as const;
export const COMPLAINT_STATUSES = ['received', 'responded', 'resolved', 'closed', 'rejected'] as const;

/** Response deadline in working days per unit and grade; a grade with no row has 1 (skm-method §5). */
export const complaintDeadlines = sqliteTable(
  'complaint_deadlines',
  {
    unitId: integer('unit_id').notNull().references(() => units.id),
    grade: text('grade', { enum: COMPLAINT_GRADES }).notNull(),
    workingDays: integer('working_days').notNull(),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.grade] }), check('complaint_deadlines_days', sql`${t.workingDays} >= 1`)],
);

/**
 * The complaints register (pengaduan). The step times are kept here for the indicators and every
 * step also in complaint_events (who and when). Contact details are kept only with consent and
 * erased after the organisation's retention period (contactErasedAt).
 */
export const complaints = sqliteTable(
  'complaints',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    unitId: integer('unit_id').notNull().references(() => units.id),
    serviceId: integer('service_id').references(() => services.id),
    channel: text('channel', { enum: COMPLAINT_CHANNELS }).notNull(),
    receivedAt: integer('received_at', { mode: 'timestamp_ms' }).notNull(),
    category: text('category', { enum: COMPLAINT_CATEGORIES }).notNull(),
    grade: text('grade', { enum: COMPLAINT_GRADES }).notNull(),
    /** The grade's deadline when the complaint was registered (a later change of the setting does not move it). */
    deadlineDays: integer('deadline_days').notNull(),
    description: text('description').notNull(),
    consent: integer('consent', { mode: 'boolean' }).notNull().default(false),
    contactName: text('contact_name'),
    contactPhone: text('contact_phone'),
    contactEmail: text('contact_email'),
    contactErasedAt: integer('contact_erased_at', { mode: 'timestamp_ms' }),
    status: text('status', { enum: COMPLAINT_STATUSES }).notNull().default('received'),
    respondedAt: integer('responded_at', { mode: 'timestamp_ms' }),
    resolvedAt: integer('resolved_at', { mode: 'timestamp_ms' }),
    closedAt: integer('closed_at', { mode: 'timestamp_ms' }),
    rejectedAt: integer('rejected_at', { mode: 'timestamp_ms' }),
    rejectReason: text('reject_reason'),
    /** The survey response whose suggestion (saran) became this complaint. */
    sourceResponseId: integer('source_response_id').references(() => responses.id),
    /** The tracking number in SP4N-LAPOR! for imported complaints. */
    externalRef: text('external_ref'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    createdBy: integer('created_by').references(() => users.id),
  },
  (t) => [
    index('complaints_unit_received').on(t.unitId, t.receivedAt),
    uniqueIndex('complaints_source_response').on(t.sourceResponseId),
    uniqueIndex('complaints_external_ref').on(t.unitId, t.externalRef),
  ],
);

/** Every step of a complaint's workflow: to which status, when, by whom, with what note. */
export const complaintEvents = sqliteTable(
  'complaint_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    complaintId: integer('complaint_id').notNull().references(() => complaints.id, { onDelete: 'cascade' }),
    status: text('status', { enum: COMPLAINT_STATUSES }).notNull(),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
    userId: integer('user_id').references(() => users.id),
    actor: text('actor').notNull(),
    note: text('note'),
  },
  (t) => [index('complaint_events_complaint').on(t.complaintId, t.at)],
);

export const FOLLOW_UP_STATUSES = ['planned', 'in_progress', 'done', 'cancelled'] as const;

/** Follow-up plan (rencana tindak lanjut) items of a unit's results for a period. */
export const followUpItems = sqliteTable(
  'follow_up_items',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    unitId: integer('unit_id').notNull().references(() => units.id),
    periodId: integer('period_id').references(() => surveyPeriods.id),
    /** The element the item addresses (e.g. 'U3'); null for a general item. */
    elementCode: text('element_code'),
    action: text('action').notNull(),
    owner: text('owner').notNull(),
    dueDay: text('due_day').notNull(),
    status: text('status', { enum: FOLLOW_UP_STATUSES }).notNull().default('planned'),
    evidence: text('evidence'),
    completedOn: text('completed_on'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('follow_up_items_unit').on(t.unitId, t.dueDay)],
);

export type ServedCountRow = typeof servedCounts.$inferSelect;
export type ServiceTransaction = typeof serviceTransactions.$inferSelect;
export type NewServiceTransaction = typeof serviceTransactions.$inferInsert;
export type IntegrationKey = typeof integrationKeys.$inferSelect;
export type CalendarEditRow = typeof calendarEdits.$inferSelect;
export type ComplaintDeadline = typeof complaintDeadlines.$inferSelect;
export type Complaint = typeof complaints.$inferSelect;
export type NewComplaint = typeof complaints.$inferInsert;
export type ComplaintEvent = typeof complaintEvents.$inferSelect;
export type FollowUpItemRow = typeof followUpItems.$inferSelect;
export type NewFollowUpItem = typeof followUpItems.$inferInsert;
