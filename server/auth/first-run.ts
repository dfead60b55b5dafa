/**
 * No default password: on a start with no account at all, an administrator `admin` is created
 * with a random one-time password, shown once on the console, that must be changed at first
 * sign-in. Never when any account exists (also a disabled one).
 */
import type { Database } from '../../db/repositories';
import { DbError } from '../../db/errors';
import { hashPassword, randomPassword } from './password';

export const FIRST_ADMIN = 'admin';

export interface FirstAdmin {
  username: string;
  password: string;
}

export async function ensureFirstAdmin(db: Database, now: Date = new Date()): Promise<FirstAdmin | null> {
  if ((await db.users.count()) > 0) return null;
  const password = randomPassword();
  try {
    await db.users.create(
      { username: FIRST_ADMIN, displayName: 'Administrator', role: 'admin', passwordHash: await hashPassword(password), mustChangePassword: true },
      { userId: null, actor: 'system', at: now },
    );
  } catch (err) {
    // Another process (or `skm user create`) made the first account meanwhile.
    if (err instanceof DbError && err.code === 'duplicate') return null;
    throw err;
  }
  return { username: FIRST_ADMIN, password };
}
