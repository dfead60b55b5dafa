/** What the server knows about the person behind a request (`c.get('user')`, `Astro.locals.user`). */
import type { Role } from '../../db/repositories';

export type { Role };

export const ROLES: readonly Role[] = ['admin', 'operator', 'viewer'];

export interface AuthUser {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  /** Operators: the units they run. Empty for admins and viewers, who are not bound to units. */
  unitIds: readonly number[];
  /** A one-time password is in use: nothing but changing it is allowed. */
  mustChangePassword: boolean;
}

export interface ActiveSession {
  /** SHA-256 of the cookie value: the cookie value itself is never kept. */
  idHash: string;
  csrfToken: string;
  createdAt: Date;
  expiresAt: Date;
}

/** A page form that was refused, for the page to show again with what was typed (never passwords). */
export interface PageForm {
  status: number;
  message: string;
  values: Readonly<Record<string, string>>;
  fields?: Readonly<Record<string, string>>;
}
