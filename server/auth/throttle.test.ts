import { describe, expect, it } from 'vitest';
import { LOGIN_LIMITS, LoginThrottle } from './throttle';

const MIN = 60_000;

describe('sign-in throttling', () => {
  it('locks an account for 15 minutes after 5 failures within 15 minutes, whatever the address', () => {
    const th = new LoginThrottle();
    for (let i = 0; i < 4; i++) th.fail('Sari', `10.0.0.${i}`, i * MIN);
    expect(th.waitMs('sari', '10.0.0.9', 4 * MIN)).toBe(0);
    th.fail(' sari ', '10.0.0.9', 4 * MIN);
    expect(th.waitMs('SARI', '10.0.0.10', 4 * MIN)).toBe(15 * MIN);
    expect(th.waitMs('sari', '10.0.0.10', 18 * MIN)).toBe(1 * MIN);
    expect(th.waitMs('sari', '10.0.0.10', 19 * MIN)).toBe(0);
    // Other accounts are not affected.
    expect(th.waitMs('budi', '10.0.0.10', 5 * MIN)).toBe(0);
  });

  it('forgets failures older than the window, and after a success', () => {
    const th = new LoginThrottle();
    for (let i = 0; i < 4; i++) th.fail('sari', 'a', i * MIN);
    th.fail('sari', 'a', 16 * MIN); // the first failure is more than 15 minutes old by now
    expect(th.waitMs('sari', 'b', 16 * MIN)).toBe(0);
    for (let i = 0; i < 3; i++) th.fail('budi', 'a', 17 * MIN);
    th.succeed('budi');
    th.fail('budi', 'a', 17 * MIN);
    expect(th.waitMs('budi', 'b', 17 * MIN)).toBe(0);
  });

  it('blocks an address after 20 failures within 15 minutes, across usernames', () => {
    const th = new LoginThrottle();
    for (let i = 0; i < LOGIN_LIMITS.address.failures; i++) th.fail(`user${i}`, '192.0.2.7', i * 1000);
    expect(th.waitMs('someone-new', '192.0.2.7', 20_000)).toBe(15 * MIN - 20_000);
    expect(th.waitMs('someone-new', '192.0.2.8', 20_000)).toBe(0);
    expect(th.waitMs('someone-new', '192.0.2.7', 15 * MIN + 1)).toBe(0);
  });
});
