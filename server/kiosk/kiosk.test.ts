import { describe, expect, it } from 'vitest';
import { formatPairingCode, hashPairingCode, newPairingCode, normalisePairingCode, PAIRING_ALPHABET } from './pairing-code';
import { hashPin, isValidPin, newPin, verifyPin } from './pin';
import { Throttle } from './throttle';

describe('pairing codes', () => {
  it('are six characters of the unambiguous alphabet, grouped 3-3, and spread over it', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const code = newPairingCode();
      expect(code).toMatch(/^[^-]{3}-[^-]{3}$/);
      for (const ch of code.replace('-', '')) seen.add(ch);
    }
    expect([...seen].sort().join('')).toBe([...PAIRING_ALPHABET].sort().join(''));
    for (const ambiguous of ['0', 'O', '1', 'I', 'L']) expect(PAIRING_ALPHABET).not.toContain(ambiguous);
  });

  it('read the same however they are typed, and refuse what cannot be a code', () => {
    expect(normalisePairingCode('k7m-q2x')).toBe('K7MQ2X');
    expect(normalisePairingCode(' K7M Q2X ')).toBe('K7MQ2X');
    expect(formatPairingCode('K7MQ2X')).toBe('K7M-Q2X');
    for (const bad of ['', 'K7M-Q2', 'K7M-Q2XA', 'K0M-Q2X', 'KIM-Q2X', 'K7M+Q2X']) expect(normalisePairingCode(bad), bad).toBeNull();
    expect(hashPairingCode('K7MQ2X')).toMatch(/^[0-9a-f]{64}$/);
    expect(hashPairingCode('K7MQ2X')).not.toBe(hashPairingCode('K7MQ2Y'));
  });
});

describe('exit PIN', () => {
  it('is stored salted and verified only by the same digits', async () => {
    const a = await hashPin('2468');
    const b = await hashPin('2468');
    expect(a).toMatch(/^scrypt\$16384\$8\$1\$[\w-]+\$[\w-]+$/);
    expect(a).not.toBe(b);
    expect(await verifyPin('2468', a)).toBe(true);
    expect(await verifyPin('2469', a)).toBe(false);
    expect(await verifyPin('2468', 'plain-2468')).toBe(false);
    expect(await verifyPin('2468', a.replace(/\$[\w-]+$/, '$c2hvcnQ'))).toBe(false);
  });

  it('has 4–8 digits; a generated one has six', () => {
    for (const ok of ['1234', '12345678']) expect(isValidPin(ok)).toBe(true);
    for (const bad of ['123', '123456789', '12a4', ' 1234']) expect(isValidPin(bad)).toBe(false);
    expect(newPin()).toMatch(/^\d{6}$/);
  });
});

describe('Throttle', () => {
  it('blocks a key after `limit` failures within the window, until the oldest leaves it', () => {
    const th = new Throttle({ limit: 3, windowMs: 1000 });
    th.fail('a', 0);
    th.fail('a', 100);
    expect(th.blockedFor('a', 200)).toBe(0);
    th.fail('a', 200);
    expect(th.blockedFor('a', 300)).toBe(700);
    expect(th.blockedFor('b', 300)).toBe(0);
    expect(th.blockedFor('a', 1000)).toBe(0);
    th.fail('a', 1000);
    expect(th.blockedFor('a', 1050)).toBe(50);
    th.clear('a');
    expect(th.blockedFor('a', 1050)).toBe(0);
  });
});
