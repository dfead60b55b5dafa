import { describe, expect, it } from 'vitest';
import { IpLimiter } from './ip-limit';

describe('IpLimiter', () => {
  it('allows `limit` per sliding minute per address, then says when to retry', () => {
    const limiter = new IpLimiter(3);
    const t0 = 1_000_000;
    expect(limiter.take('a', t0)).toEqual({ ok: true });
    expect(limiter.take('a', t0 + 10_000)).toEqual({ ok: true });
    expect(limiter.take('a', t0 + 20_000)).toEqual({ ok: true });
    expect(limiter.take('a', t0 + 30_000)).toEqual({ ok: false, retryAfterSeconds: 30 });
    // Another address has its own window.
    expect(limiter.take('b', t0 + 30_000)).toEqual({ ok: true });
    // The first submission leaves the window at t0 + 60 s; the refused one did not count.
    expect(limiter.take('a', t0 + 59_999)).toEqual({ ok: false, retryAfterSeconds: 1 });
    expect(limiter.take('a', t0 + 60_000)).toEqual({ ok: true });
    expect(limiter.take('a', t0 + 60_001)).toEqual({ ok: false, retryAfterSeconds: 10 });
    expect(limiter.take('a', t0 + 70_000)).toEqual({ ok: true });
  });

  it('is off at 0', () => {
    const limiter = new IpLimiter(0);
    for (let i = 0; i < 10_000; i++) expect(limiter.take('a', 5).ok).toBe(true);
  });

  it('forgets idle addresses when many have been seen', () => {
    const limiter = new IpLimiter(1);
    for (let i = 0; i < 10_000; i++) limiter.take(`10.0.${i >> 8}.${i & 255}`, 0);
    expect(limiter.take('10.0.0.0', 30_000).ok).toBe(false);
    limiter.take('fresh', 61_000);
    expect(limiter.take('10.0.0.0', 61_000).ok).toBe(true);
  });
});
