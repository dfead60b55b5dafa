/** Repository interfaces of organisation, units, services, instruments and survey periods (set-up). */
import type { Day, Instrument } from '../../survey-kit/types';
import type { NewOrganisation, NewService, NewSurveyPeriod, NewUnit, Organisation, Service, SurveyPeriod, Unit } from '../schema/sqlite';
import type { AuditStamp } from './accounts';

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
