/** What the users API and the accounts pages show of an account (never the password hash). */
import type { Database, User } from '../../db/repositories';

export interface UserDto {
  username: string;
  displayName: string;
  role: User['role'];
  /** Unit slugs, sorted (operators only; empty for admins and viewers). */
  units: string[];
  mustChangePassword: boolean;
  disabledAt: string | null;
  createdAt: string;
  /** null: never changed since the account was created. */
  passwordChangedAt: string | null;
}

export async function userDto(db: Database, user: User): Promise<UserDto> {
  const units = await Promise.all((await db.users.unitIds(user.id)).map((id) => db.units.byId(id)));
  return {
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    units: units.flatMap((u) => (u ? [u.slug] : [])).sort(),
    mustChangePassword: user.mustChangePassword,
    disabledAt: user.disabledAt?.toISOString() ?? null,
    createdAt: user.createdAt.toISOString(),
    passwordChangedAt: user.passwordChangedAt?.toISOString() ?? null,
  };
}

/** Every account, by username. */
export async function listUserDtos(db: Database): Promise<UserDto[]> {
  return Promise.all((await db.users.list()).map((u) => userDto(db, u)));
}

/** The zone in which the accounts and audit pages show times: the first unit's, else WIB. */
export async function displayZone(db: Database): Promise<string> {
  return (await db.units.list())[0]?.timeZone ?? 'Asia/Jakarta';
}
