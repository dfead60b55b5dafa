/**
 * The per-address limit of phone and web submissions (PUAS_IP_LIMIT per minute): an exact
 * sliding window, in memory. Each address keeps the times of its last `limit` accepted
 * submissions in a ring; a new one is allowed when the oldest of them left the window.
 * Kiosks (valid device credential) never come here, and neither does the one-per-browser rule,
 * which is a cookie's job: a whole office behind one NAT shares an address.
 */
export const IP_WINDOW_MS = 60_000;
/**
 * The default PUAS_IP_LIMIT. A busy office behind one NAT address: a counter serving a citizen
 * every 20 s for each of 50 counters is 150 people a minute; 600 leaves four times that for
 * peaks, resent queues and visitors' own phones, while a script hammering from one address is
 * still stopped at 10 a second.
 */
export const DEFAULT_IP_LIMIT = 600;
/** Addresses idle for a window are forgotten when the map grows past this. */
const PRUNE_AT = 10_000;

interface Slot {
  times: number[];
  /** Index of the oldest time once the ring is full. */
  next: number;
  last: number;
}

export type IpDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

export class IpLimiter {
  private readonly slots = new Map<string, Slot>();

  /** `limit` submissions per address per minute; 0 turns the limit off. */
  constructor(readonly limit: number) {}

  /** Counts one submission from `address` at `now` (ms) unless the address is over its limit. */
  take(address: string, now: number): IpDecision {
    if (this.limit <= 0) return { ok: true };
    let slot = this.slots.get(address);
    if (!slot) {
      if (this.slots.size >= PRUNE_AT) this.prune(now);
      slot = { times: [], next: 0, last: now };
      this.slots.set(address, slot);
    }
    if (slot.times.length < this.limit) {
      slot.times.push(now);
    } else {
      const oldest = slot.times[slot.next]!;
      if (now - oldest < IP_WINDOW_MS) {
        return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest + IP_WINDOW_MS - now) / 1000)) };
      }
      slot.times[slot.next] = now;
      slot.next = (slot.next + 1) % this.limit;
    }
    slot.last = now;
    return { ok: true };
  }

  private prune(now: number): void {
    for (const [address, slot] of this.slots) if (now - slot.last >= IP_WINDOW_MS) this.slots.delete(address);
  }
}
