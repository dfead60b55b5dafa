/**
 * Repository interfaces of the population side of the indicators (issue 5 §1–2): people served,
 * service transactions, integration keys and the organisation's calendar edits.
 */
import type { CalendarEdits } from '../../survey-kit/calendar/index';
import type { Day } from '../../survey-kit/types';
import type { AuditStamp } from './accounts';
import type { CalendarEditRow, IntegrationKey, SERVED_SOURCES, ServiceTransaction } from '../schema/sqlite';

export type ServedSource = (typeof SERVED_SOURCES)[number];

export interface ServedEntry {
  unitId: number;
  /** null = the unit without a service. */
  serviceId: number | null;
  day: Day;
  count: number;
}

/** Which people served a read covers: whole local days, both ends included. */
export interface ServedScope {
  /** null = every unit. */
  unitIds: readonly number[] | null;
  /** undefined = every service (and the unit-level counts); a number = that service only. */
  serviceId?: number;
  from: Day;
  to: Day;
}

export interface ServedTotals {
  /** People served in the scope: per (unit, service, day) the first source present of manual > api > transactions. */
  served: number;
  /** How much of `served` came from each source. */
  bySource: Record<ServedSource, number>;
  /** Days of the range with any count (so a screen can say how complete the figure is). */
  daysWithData: number;
}

export interface ServedDay {
  day: Day;
  serviceId: number | null;
  source: ServedSource;
  count: number;
}

export interface ServedRepository {
  /**
   * Sets (replaces) the counts of `source` ('manual' or 'api') for each (unit, service, day), all or
   * nothing; a count of 0 is kept (it says "nobody was served"). Audited when `by` is given.
   */
  setCounts(entries: readonly ServedEntry[], source: Exclude<ServedSource, 'transactions'>, by?: AuditStamp): Promise<{ written: number }>;
  /** Removes the manual count of each (unit, service, day), all or nothing. */
  clearManual(entries: readonly Omit<ServedEntry, 'count'>[], by?: AuditStamp): Promise<{ removed: number }>;
  totals(scope: ServedScope): Promise<ServedTotals>;
  /**
   * Every stored count of one unit in the range, by day then service, then source in precedence
   * order (manual, api, transactions): the first of each day and service is the one that counts.
   */
  days(unitId: number, from: Day, to: Day): Promise<ServedDay[]>;
}

export interface NewTransactionInput {
  unitId: number;
  serviceId: number;
  reference: string | null;
  receivedDay: Day;
  completedDay: Day | null;
}

export interface TransactionImportResult {
  inserted: number;
  /** Transactions already stored under the same reference whose completed day was set or changed. */
  updated: number;
  /** Already stored, nothing changed. */
  unchanged: number;
}

/** Transactions are scoped like people served (received or completed days, see each method). */
export type TransactionScope = ServedScope;

export interface TransactionRepository {
  /**
   * All or nothing. Each new transaction adds 1 to the 'transactions' served count of its received
   * day (same DB transaction). A reference already stored for the unit with the same service and
   * received day updates the completed day; with another service or received day it is a
   * BatchError (db/errors.ts) naming the input index, and nothing is written.
   */
  importMany(rows: readonly NewTransactionInput[], meta: { source: 'import' | 'api'; batch: string }, by?: AuditStamp): Promise<TransactionImportResult>;
  /**
   * The transactions the service on-time rate of [from, to] reads: those completed in the range,
   * and those received on or before `to` and not completed by `to` (open at the range's end).
   */
  forOnTime(scope: TransactionScope): Promise<Pick<ServiceTransaction, 'unitId' | 'serviceId' | 'receivedDay' | 'completedDay'>[]>;
  /** Newest received first. */
  list(scope: TransactionScope, page: { page: number; pageSize: number }): Promise<{ rows: ServiceTransaction[]; total: number }>;
}

export interface NewIntegrationKeyInput {
  name: string;
  unitId: number | null;
  keyHash: string;
  keyPrefix: string;
  createdBy: number | null;
  createdAt: Date;
}

export interface IntegrationKeyRepository {
  create(input: NewIntegrationKeyInput, by?: AuditStamp): Promise<IntegrationKey>;
  /** Revoked keys included: the caller refuses them. */
  byHash(keyHash: string): Promise<IntegrationKey | undefined>;
  list(): Promise<IntegrationKey[]>;
  /** false when unknown or already revoked. */
  revoke(id: number, at: Date, by?: AuditStamp): Promise<boolean>;
  touch(id: number, at: Date): Promise<void>;
}

export interface CalendarEditInput {
  date: Day;
  kind: 'added' | 'removed';
  name?: string | null;
  type?: 'libur_nasional' | 'cuti_bersama' | null;
  note?: string | null;
}

export interface CalendarRepository {
  /** The organisation's edits in survey-kit's shape (feed to `workingCalendar(edits)`). */
  edits(organisationId: number): Promise<CalendarEdits>;
  list(organisationId: number): Promise<CalendarEditRow[]>;
  /** Adds or replaces the edit (organisation, date, kind). */
  put(organisationId: number, edit: CalendarEditInput, at: Date, by?: AuditStamp): Promise<CalendarEditRow>;
  /** false when there was no such edit. */
  remove(organisationId: number, date: Day, kind: 'added' | 'removed', by?: AuditStamp): Promise<boolean>;
}
