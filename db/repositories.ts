/**
 * Repository interfaces: every query of the application goes through these. The SQLite
 * implementation lives in `db/sqlite/`; a PostgreSQL one will implement the same interfaces,
 * which is why every method returns a Promise even though better-sqlite3 is synchronous.
 * The interfaces live by area in `db/contracts/`; this module gathers them.
 */
import type { AuditEntry, Device, NewDevice, NewOrganisation, NewService, NewSurveyPeriod, NewUnit, Organisation, Service, Session, SurveyPeriod, SurveyToken, Unit, User } from './schema/sqlite';
import type { AuditRepository, SessionRepository, UserRepository } from './contracts/accounts';
import type { DeviceRepository } from './contracts/devices';
import type { ExportRepository, ResponseRepository, TallyRepository, TokenRepository } from './contracts/responses';
import type { InstrumentRepository, OrganisationRepository, PeriodRepository, ServiceRepository, UnitRepository } from './contracts/setup';
import type { DashboardReadRepository, SuggestionRepository } from './contracts/dashboard';
import type { CalendarRepository, IntegrationKeyRepository, ServedRepository, TransactionRepository } from './contracts/population';
import type { ComplaintRepository, FollowUpRepository } from './contracts/complaints';

export type * from './contracts/responses';
export type * from './contracts/setup';
export type * from './contracts/devices';
export * from './contracts/accounts';
export type * from './contracts/dashboard';
export type * from './contracts/population';
export type * from './contracts/complaints';

export type { AuditEntry, Session, User };
export type { Device, NewDevice, NewOrganisation, NewService, NewSurveyPeriod, NewUnit, Organisation, Service, SurveyPeriod, SurveyToken, Unit };

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
