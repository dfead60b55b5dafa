import { describe, expect, it } from 'vitest';
import { age, deviceStatus } from './status';

const now = new Date('2026-11-24T03:00:00Z');
const ago = (ms: number) => new Date(now.getTime() - ms);

describe('deviceStatus', () => {
  it('is online when heard from less than 3 minutes ago', () => {
    expect(deviceStatus({ lastSeenAt: ago(179_999), revokedAt: null }, now)).toBe('online');
    expect(deviceStatus({ lastSeenAt: ago(180_000), revokedAt: null }, now)).toBe('offline');
    expect(deviceStatus({ lastSeenAt: null, revokedAt: null }, now)).toBe('offline');
    expect(deviceStatus({ lastSeenAt: ago(1000), revokedAt: ago(0) }, now)).toBe('revoked');
  });
});

describe('age', () => {
  it('counts whole minutes, hours and days', () => {
    expect(age(ago(59_000), now)).toEqual({ unit: 'now', n: 0 });
    expect(age(new Date(now.getTime() + 5000), now)).toEqual({ unit: 'now', n: 0 });
    expect(age(ago(125_000), now)).toEqual({ unit: 'minutes', n: 2 });
    expect(age(ago(3 * 3_600_000 + 59 * 60_000), now)).toEqual({ unit: 'hours', n: 3 });
    expect(age(ago(50 * 3_600_000), now)).toEqual({ unit: 'days', n: 2 });
  });
});
