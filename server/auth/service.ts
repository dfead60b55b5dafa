/**
 * Signing in and out and changing a password: the logic behind both the JSON API
 * (routes/session.ts) and the pages' forms (pages.ts), so that both throttle and audit alike.
 */
import type { Database } from '../../db/repositories';
import { hashPassword, passwordProblem, verifyPassword, dummyPasswordHash, type PasswordProblem } from './password';
import { openSession, resolveSession } from './session';
import type { LoginThrottle } from './throttle';
import type { ActiveSession, AuthUser } from './types';

export interface SignInRequest {
  username: string;
  password: string;
  /** Client address (throttling per address). */
  address: string;
  userAgent?: string | undefined;
  now: Date;
}

export type SignInResult =
  | { ok: true; user: AuthUser; session: ActiveSession; cookieValue: string }
  | { ok: false; reason: 'invalid' | 'disabled' }
  | { ok: false; reason: 'throttled'; waitMs: number };

/** Usernames are kept in lower case; sign-in accepts any case and surrounding spaces. */
export function normaliseUsername(username: string): string {
  return username.trim().toLowerCase();
}

export async function signIn(db: Database, throttle: LoginThrottle, req: SignInRequest): Promise<SignInResult> {
  const username = normaliseUsername(req.username);
  const at = req.now.getTime();
  const waitMs = throttle.waitMs(username, req.address, at);
  if (waitMs > 0) return { ok: false, reason: 'throttled', waitMs };
  const account = username === '' ? undefined : await db.users.byUsername(username);
  // An unknown name costs a hash too: the answer time must not tell which accounts exist.
  const matches = await verifyPassword(req.password, account?.passwordHash ?? (await dummyPasswordHash()));
  if (!account || !matches) {
    throttle.fail(username, req.address, at);
    return { ok: false, reason: 'invalid' };
  }
  // Said only to someone who knows the password.
  if (account.disabledAt !== null) return { ok: false, reason: 'disabled' };
  throttle.succeed(username);
  const opened = await openSession(db, account.id, req.userAgent, req.now);
  const resolved = await resolveSession(db, opened.cookieValue, req.now);
  if (!resolved) return { ok: false, reason: 'invalid' };
  await db.audit.record({ userId: account.id, actor: account.username, at: req.now, action: 'session.signIn', entity: 'user', entityId: String(account.id), after: { address: req.address } });
  return { ok: true, user: resolved.user, session: resolved.session, cookieValue: opened.cookieValue };
}

export async function signOut(db: Database, user: AuthUser, session: ActiveSession, now: Date): Promise<void> {
  if (await db.sessions.delete(session.idHash)) {
    await db.audit.record({ userId: user.id, actor: user.username, at: now, action: 'session.signOut', entity: 'user', entityId: String(user.id) });
  }
}

export interface PasswordChange {
  current: string;
  next: string;
  address: string;
  now: Date;
}

export type PasswordChangeResult =
  | { ok: true }
  | { ok: false; reason: 'wrong_current' }
  | { ok: false; reason: 'throttled'; waitMs: number }
  | { ok: false; reason: 'policy'; problem: PasswordProblem | 'unchanged' };

/**
 * Checks the current password (failures count against the account like failed sign-ins: a
 * stolen session must not become a password oracle), applies the policy, stores the new hash
 * and ends every other session of the account.
 */
export async function changePassword(
  db: Database,
  throttle: LoginThrottle,
  user: AuthUser,
  session: ActiveSession,
  change: PasswordChange,
): Promise<PasswordChangeResult> {
  const at = change.now.getTime();
  const waitMs = throttle.waitMs(user.username, change.address, at);
  if (waitMs > 0) return { ok: false, reason: 'throttled', waitMs };
  const account = await db.users.byId(user.id);
  if (!account || !(await verifyPassword(change.current, account.passwordHash))) {
    throttle.fail(user.username, change.address, at);
    return { ok: false, reason: 'wrong_current' };
  }
  const problem = passwordProblem(change.next, user.username);
  if (problem) return { ok: false, reason: 'policy', problem };
  if (change.next === change.current) return { ok: false, reason: 'policy', problem: 'unchanged' };
  await db.users.setPassword(
    user.id,
    { passwordHash: await hashPassword(change.next), mustChangePassword: false, at: change.now, keepSessionIdHash: session.idHash },
    { userId: user.id, actor: user.username, at: change.now },
  );
  return { ok: true };
}
