/**
 * Creating and disabling accounts: the rules shared by `skm user` and the users API, so that both
 * refuse the same input with the same messages.
 */
import type { AuditStamp, Database, User } from '../../db/repositories';
import { DbError } from '../../db/errors';
import { t, type MessageKey } from '../../survey-kit/i18n/index';
import type { Lang } from '../../survey-kit/types';
import { passwordMessage } from './http';
import { hashPassword, passwordProblem } from './password';
import { normaliseUsername } from './service';
import { ROLES, type Role } from './types';

export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{1,39}$/;
export const DISPLAY_NAME_MAX = 100;

export interface AccountInput {
  username: string;
  role: string;
  password: string;
  displayName?: string | undefined;
  /** Unit slugs (operators only). */
  units?: readonly string[] | undefined;
  mustChangePassword?: boolean;
}

/** Problems per field (`username`, `role`, `password`, `displayName`, `units`), or the new user. */
export type AccountResult = { ok: true; user: User; units: string[] } | { ok: false; fields: Record<string, string> };

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export async function createAccount(db: Database, input: AccountInput, by: AuditStamp, lang: Lang): Promise<AccountResult> {
  const fields: Record<string, string> = {};
  const problem = (field: string, key: MessageKey, params?: Record<string, string | number>) => {
    fields[field] ??= t(lang, key, params);
  };
  const username = normaliseUsername(input.username);
  if (!USERNAME_PATTERN.test(username)) problem('username', 'auth.username.invalid');
  const role = input.role.trim().toLowerCase();
  if (!isRole(role)) problem('role', 'auth.role.invalid');
  const displayName = (input.displayName ?? '').trim() || username;
  if ([...displayName].length > DISPLAY_NAME_MAX) problem('displayName', 'auth.displayName.invalid');
  const weak = passwordProblem(input.password, username);
  if (weak) fields.password ??= passwordMessage(lang, weak);

  const slugs = [...new Set(input.units ?? [])];
  const unitIds: number[] = [];
  if (role === 'operator' && slugs.length === 0) problem('units', 'auth.user.operatorNeedsUnit');
  if (role !== 'operator' && isRole(role) && slugs.length > 0) problem('units', 'auth.user.unitsOnlyForOperators');
  for (const slug of slugs) {
    const unit = await db.units.bySlug(slug);
    if (unit) unitIds.push(unit.id);
    else problem('units', 'auth.user.unitNotFound', { unit: slug });
  }
  if (USERNAME_PATTERN.test(username) && (await db.users.byUsername(username))) problem('username', 'auth.user.exists', { username });
  if (Object.keys(fields).length > 0 || !isRole(role)) return { ok: false, fields };

  try {
    const user = await db.users.create(
      { username, displayName, role, passwordHash: await hashPassword(input.password), mustChangePassword: input.mustChangePassword ?? false, unitIds },
      by,
    );
    return { ok: true, user, units: slugs.sort() };
  } catch (err) {
    // Two creations racing for one name: the second meets the unique index.
    if (err instanceof DbError && err.code === 'duplicate') return { ok: false, fields: { username: t(lang, 'auth.user.exists', { username }) } };
    throw err;
  }
}
