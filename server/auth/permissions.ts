/**
 * Who may do what: the one table every route and page asks (nothing else compares roles).
 *
 * - admin (secretariat): everything;
 * - operator (front office): the units listed for them — read their results, run their kiosks,
 *   print their QR codes and posters;
 * - viewer (leadership, inspectorate): read everything, change nothing;
 * - anonymous: no resource here. The survey pages, the survey and kiosk-device APIs, health,
 *   QR images and published results are public routes that never ask this table.
 * Accounts and the audit log stay with admins: they are not survey data.
 */
import type { AuthUser, Role } from './types';

export type Resource =
  /** IKM figures, dashboards and exports of a unit. */
  | 'results'
  /** Kiosk devices and pairing codes of a unit. */
  | 'kiosks'
  /** Printable QR codes and posters of a unit. */
  | 'posters'
  /** Units, services, survey periods, instruments and the organisation (set-up). */
  | 'setup'
  | 'users'
  | 'audit'
  /** The complaints register of a unit (pengaduan): register, answer, resolve, close. */
  | 'complaints'
  /** People served and service transactions of a unit (the survey's population, issue 5). */
  | 'population'
  /** Follow-up plans (rencana tindak lanjut) of a unit's results. */
  | 'followup'
  /** API keys of integrations that push people-served counts and transactions. */
  | 'integrations';

export type Action = 'read' | 'manage';

/** `all` units, the operator's `own` units, or `none`. */
export type Grant = 'all' | 'own' | 'none';

export const POLICY: Readonly<Record<Resource, Readonly<Record<Action, Readonly<Record<Role, Grant>>>>>> = {
  results: { read: { admin: 'all', operator: 'own', viewer: 'all' }, manage: { admin: 'all', operator: 'none', viewer: 'none' } },
  kiosks: { read: { admin: 'all', operator: 'own', viewer: 'all' }, manage: { admin: 'all', operator: 'own', viewer: 'none' } },
  posters: { read: { admin: 'all', operator: 'own', viewer: 'none' }, manage: { admin: 'all', operator: 'own', viewer: 'none' } },
  setup: { read: { admin: 'all', operator: 'own', viewer: 'all' }, manage: { admin: 'all', operator: 'none', viewer: 'none' } },
  users: { read: { admin: 'all', operator: 'none', viewer: 'none' }, manage: { admin: 'all', operator: 'none', viewer: 'none' } },
  audit: { read: { admin: 'all', operator: 'none', viewer: 'none' }, manage: { admin: 'none', operator: 'none', viewer: 'none' } },
  complaints: { read: { admin: 'all', operator: 'own', viewer: 'all' }, manage: { admin: 'all', operator: 'own', viewer: 'none' } },
  population: { read: { admin: 'all', operator: 'own', viewer: 'all' }, manage: { admin: 'all', operator: 'own', viewer: 'none' } },
  followup: { read: { admin: 'all', operator: 'own', viewer: 'all' }, manage: { admin: 'all', operator: 'none', viewer: 'none' } },
  integrations: { read: { admin: 'all', operator: 'none', viewer: 'none' }, manage: { admin: 'all', operator: 'none', viewer: 'none' } },
};

/**
 * May `user` do `action` on `resource` — of one unit when `unitId` is given? Without a unit, an
 * operator's `own` grant answers true: the caller then narrows the list with `unitScope`.
 * A one-time password in use allows nothing until it is changed.
 */
export function allowed(user: AuthUser | null, resource: Resource, action: Action, unitId?: number): boolean {
  if (!user || user.mustChangePassword) return false;
  const grant = POLICY[resource][action][user.role];
  if (grant === 'all') return true;
  if (grant === 'none') return false;
  return unitId === undefined ? user.unitIds.length > 0 : user.unitIds.includes(unitId);
}

/** The units whose `resource` the user may `action`: null = every unit; [] = none. */
export function unitScope(user: AuthUser | null, resource: Resource, action: Action): readonly number[] | null {
  if (!user || user.mustChangePassword) return [];
  const grant = POLICY[resource][action][user.role];
  return grant === 'all' ? null : grant === 'own' ? user.unitIds : [];
}
