/**
 * Counts failures per key (an address, a device) in a sliding window. In memory, per process:
 * enough to make guessing pairing codes or PINs hopeless; a restart forgets, which only helps
 * a guesser by one window.
 */
export interface ThrottleOptions {
  limit: number;
  windowMs: number;
}

export class Throttle {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly options: ThrottleOptions) {}

  private recent(key: string, now: number): number[] {
    const since = now - this.options.windowMs;
    const kept = (this.failures.get(key) ?? []).filter((t) => t > since);
    if (kept.length === 0) this.failures.delete(key);
    else this.failures.set(key, kept);
    return kept;
  }

  /** Milliseconds until `key` may try again; 0 when it may try now. */
  blockedFor(key: string, now: number): number {
    const recent = this.recent(key, now);
    if (recent.length < this.options.limit) return 0;
    return recent[recent.length - this.options.limit]! + this.options.windowMs - now;
  }

  fail(key: string, now: number): void {
    const recent = this.recent(key, now);
    recent.push(now);
    this.failures.set(key, recent);
    // Keys of a scan from many addresses must not grow without bound.
    if (this.failures.size > 10_000) this.prune(now);
  }

  clear(key: string): void {
    this.failures.delete(key);
  }

  private prune(now: number): void {
    for (const key of [...this.failures.keys()]) this.recent(key, now);
  }
}
