/**
 * Repository interfaces of the complaints register and the follow-up plans (issue 5 §3–4).
 * Workflow rules (which step may follow which, who may take it) are decided by the server
 * (server/complaints/); the repository stores a step with its event and audit entry atomically.
 */
import type { AuditStamp } from './accounts';
import type {
  Complaint,
  ComplaintDeadline,
  ComplaintEvent,
  COMPLAINT_CATEGORIES,
  COMPLAINT_CHANNELS,
  COMPLAINT_GRADES,
  COMPLAINT_STATUSES,
  FOLLOW_UP_STATUSES,
  FollowUpItemRow,
} from '../schema/sqlite';

export type { Complaint, ComplaintDeadline, ComplaintEvent };

export type ComplaintChannel = (typeof COMPLAINT_CHANNELS)[number];
export type ComplaintGrade = (typeof COMPLAINT_GRADES)[number];
export type ComplaintCategory = (typeof COMPLAINT_CATEGORIES)[number];
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

export interface NewComplaintInput {
  unitId: number;
  serviceId: number | null;
  channel: ComplaintChannel;
  receivedAt: Date;
  category: ComplaintCategory;
  grade: ComplaintGrade;
  /** The grade's deadline for the unit at registration (see `deadlines`). */
  deadlineDays: number;
  description: string;
  consent: boolean;
  /** Only with consent (the caller drops them otherwise). */
  contactName?: string | null;
  contactPhone?: string | null;
  contactEmail?: string | null;
  sourceResponseId?: number | null;
  externalRef?: string | null;
  /** Kept on the 'received' event (e.g. the status a LAPOR! export had). */
  receivedNote?: string | null;
  createdAt: Date;
}

/** A step of the workflow: the new status, when, and (for 'rejected') why. */
export interface ComplaintStep {
  status: Exclude<ComplaintStatus, 'received'>;
  at: Date;
  /** Kept with the step's event (e.g. the answer given to the complainant). */
  note?: string | null;
  /** Why it was rejected: stored in `rejectReason` and on the event. */
  reason?: string | null;
}

/** The survey response whose suggestion (saran) is turned into a complaint. */
export interface ComplaintSource {
  responseId: number;
  unitId: number;
  serviceId: number | null;
  submittedAt: Date;
  saran: string | null;
}

export const COMPLAINT_PAGE_SIZE = 20;
export const COMPLAINT_MAX_PAGE_SIZE = 100;

export interface ComplaintFilter {
  /** null = every unit. */
  unitIds: readonly number[] | null;
  status?: ComplaintStatus;
  /** Received between these instants (inclusive from, exclusive to). */
  receivedFrom?: Date;
  receivedTo?: Date;
  search?: string;
  page?: number;
  pageSize?: number;
}

/** What the indicators read of a complaint (no description, no contact). */
export type ComplaintClockRow = Pick<Complaint, 'id' | 'unitId' | 'receivedAt' | 'deadlineDays' | 'respondedAt' | 'resolvedAt' | 'rejectedAt' | 'status'>;

export interface ComplaintRepository {
  /** With its 'received' event and audit entry. Throws DbError 'duplicate' for a suggestion or LAPOR number already registered. */
  create(input: NewComplaintInput, by: AuditStamp): Promise<Complaint>;
  /** All or nothing (SP4N-LAPOR! import): BatchError with the index of the first bad input. */
  createMany(inputs: readonly NewComplaintInput[], by: AuditStamp): Promise<{ created: number }>;
  byId(id: number): Promise<Complaint | undefined>;
  events(id: number): Promise<ComplaintEvent[]>;
  list(filter: ComplaintFilter): Promise<{ rows: Complaint[]; total: number }>;
  /**
   * Stores a step: the status, its time column (respondedAt…), the event and the audit entry.
   * `expect` is the status the caller checked (optimistic): undefined when it changed meanwhile.
   */
  step(id: number, expect: ComplaintStatus, step: ComplaintStep, by: AuditStamp): Promise<Complaint | undefined>;
  /** Complaints received in [from, to) of the units, for the indicators. */
  clocks(unitIds: readonly number[] | null, from: Date, to: Date): Promise<ComplaintClockRow[]>;
  /** Count of complaints received in [from, to) (the complaint rate's current and previous). */
  count(unitIds: readonly number[] | null, from: Date, to: Date): Promise<number>;
  /** Response deadline in working days of each grade of a unit (1 when not set). */
  deadlines(unitId: number): Promise<Record<ComplaintGrade, number>>;
  /** The given grades' deadlines of a unit, in one transaction with one audit entry; the unit's deadlines after. */
  setDeadlines(unitId: number, workingDays: Partial<Record<ComplaintGrade, number>>, by: AuditStamp): Promise<Record<ComplaintGrade, number>>;
  /**
   * Erases contact details of complaints closed or rejected before `closedBefore` (the retention
   * period of their organisation is applied by the caller per organisation); returns how many.
   */
  eraseContacts(organisationId: number, closedBefore: Date, at: Date, by?: AuditStamp): Promise<number>;
  /** The response a suggestion comes from (undefined when there is no such response). */
  source(responseId: number): Promise<ComplaintSource | undefined>;
  /** The complaint made from a response's suggestion, if any. */
  bySource(responseId: number): Promise<Complaint | undefined>;
}

export interface NewFollowUpInput {
  unitId: number;
  periodId: number | null;
  elementCode: string | null;
  action: string;
  owner: string;
  dueDay: string;
}

export interface FollowUpChange {
  action?: string;
  owner?: string;
  dueDay?: string;
  elementCode?: string | null;
  status?: FollowUpStatus;
  evidence?: string | null;
  completedOn?: string | null;
}

export interface FollowUpRepository {
  /** As 'planned', with its audit entry. Throws DbError 'invalid_day' or 'unknown_reference' (unit, period). */
  create(input: NewFollowUpInput, at: Date, by: AuditStamp): Promise<FollowUpItemRow>;
  byId(id: number): Promise<FollowUpItemRow | undefined>;
  /**
   * Sets the given fields (undefined = unchanged) with the audit entry of before/after; undefined
   * for an unknown item. The rules of a done item (evidence, completion day) are the caller's.
   */
  update(id: number, change: FollowUpChange, at: Date, by: AuditStamp): Promise<FollowUpItemRow | undefined>;
  /** A unit's items (of one period when given), by due day. */
  list(unitIds: readonly number[] | null, periodId?: number): Promise<FollowUpItemRow[]>;
}
