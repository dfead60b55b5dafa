/**
 * Sign-in throttling, in memory (one process serves the office; a restart forgets, which gives a
 * guesser one more window at most):
 * - per account: 5 failed sign-ins within 15 minutes lock the account for 15 minutes, even for
 *   the right password (otherwise the lock would not slow a guesser down);
 * - per address: 20 failed sign-ins within 15 minutes block that address until the oldest of
 *   them is 15 minutes old (one office behind one NAT shares this budget).
 * Unknown usernames count like real ones, so the answers do not reveal which accounts exist.
 */
const MINUTE = 60_000;

export interface LoginLimits {
  account: { failures: number; windowMs: number; lockMs: number };
  address: { failures: number; windowMs: number };
}

export const LOGIN_LIMITS: LoginLimits = {
  account: { failures: 5, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE },
  address: { failures: 20, windowMs: 15 * MINUTE },
};

/** Bounds memory under a scan from many addresses or usernames. */
const MAX_KEYS = 10_000;

export class LoginThrottle {
  private readonly accountFailures = new Map<string, number[]>();
  private readonly accountLocks = new Map<string, number>();
  private readonly addressFailures = new Map<string, number[]>();

  constructor(private readonly limits: LoginLimits = LOGIN_LIMITS) {}

  /** Milliseconds until this account may try again from this address; 0 when it may now. */
  waitMs(username: string, address: string, now: number): number {
    const lockedUntil = this.accountLocks.get(key(username)) ?? 0;
    const accountWait = Math.max(0, lockedUntil - now);
    const recent = this.recent(this.addressFailures, address, now, this.limits.address.windowMs);
    const { failures, windowMs } = this.limits.address;
    const addressWait = recent.length >= failures ? recent[recent.length - failures]! + windowMs - now : 0;
    return Math.max(accountWait, addressWait);
  }

  fail(username: string, address: string, now: number): void {
    const account = key(username);
    const { failures, windowMs, lockMs } = this.limits.account;
    const recent = this.recent(this.accountFailures, account, now, windowMs);
    recent.push(now);
    if (recent.length >= failures) {
      this.accountLocks.set(account, now + lockMs);
      this.accountFailures.delete(account);
    } else {
      this.accountFailures.set(account, recent);
    }
    const byAddress = this.recent(this.addressFailures, address, now, this.limits.address.windowMs);
    byAddress.push(now);
    this.addressFailures.set(address, byAddress);
    if (this.accountFailures.size + this.addressFailures.size + this.accountLocks.size > MAX_KEYS) this.prune(now);
  }

  /** A successful sign-in forgets the account's failures (not the address's: one success must not reset a scan). */
  succeed(username: string): void {
    this.accountFailures.delete(key(username));
  }

  private recent(map: Map<string, number[]>, k: string, now: number, windowMs: number): number[] {
    const kept = (map.get(k) ?? []).filter((t) => t > now - windowMs);
    if (kept.length === 0) map.delete(k);
    else map.set(k, kept);
    return kept;
  }

  private prune(now: number): void {
    for (const k of [...this.accountFailures.keys()]) this.recent(this.accountFailures, k, now, this.limits.account.windowMs);
    for (const k of [...this.addressFailures.keys()]) this.recent(this.addressFailures, k, now, this.limits.address.windowMs);
    for (const [k, until] of [...this.accountLocks]) if (until <= now) this.accountLocks.delete(k);
  }
}

function key(username: string): string {
  return username.trim().toLowerCase();
}
