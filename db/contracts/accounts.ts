/** Repository interfaces of accounts, sessions and the audit log. */
import type { AuditEntry, Session, User } from '../schema/sqlite';

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
  /**
   * Makes exactly `userIds` the operators of one unit, in ONE transaction: each account that gains
   * or loses the unit keeps its other units and gets its own audit entry. The caller has checked
   * that every id is an operator. Throws DbError 'unknown_reference' for an unknown unit or user.
   */
  setUnitOperators(unitId: number, userIds: readonly number[], by?: AuditStamp): Promise<void>;
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
