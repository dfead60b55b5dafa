import { describe, expect, it } from 'vitest';
import { hashPassword, passwordProblem, randomPassword, verifyPassword } from './password';

describe('password hashing', () => {
  it('stores scrypt with its parameters and a random salt, and verifies', async () => {
    const a = await hashPassword('kata-sandi-rahasia');
    const b = await hashPassword('kata-sandi-rahasia');
    expect(a).toMatch(/^scrypt\$15\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('kata-sandi-rahasia', a)).toBe(true);
    expect(await verifyPassword('kata-sandi-rahasiA', a)).toBe(false);
    expect(await verifyPassword('', a)).toBe(false);
  });

  it('refuses malformed or abusive stored hashes without throwing', async () => {
    const good = await hashPassword('kata-sandi-rahasia');
    const parts = good.split('$');
    for (const bad of ['', 'plain', 'bcrypt$x', parts.slice(0, 5).join('$'), ['scrypt', '30', ...parts.slice(2)].join('$'), ['scrypt', '15', '8', '1', '', parts[5]].join('$')]) {
      expect(await verifyPassword('kata-sandi-rahasia', bad), bad).toBe(false);
    }
  });

  it('treats composed and decomposed accents alike', async () => {
    const hash = await hashPassword('kopi-susu-\u00e9-manis');
    expect(await verifyPassword('kopi-susu-e\u0301-manis', hash)).toBe(true);
  });
});

describe('password policy', () => {
  it('needs 10 to 200 characters and not the username', () => {
    expect(passwordProblem('123456789', 'sari')).toBe('too_short');
    expect(passwordProblem('1234567890', 'sari')).toBeNull();
    expect(passwordProblem('x'.repeat(201), 'sari')).toBe('too_long');
    expect(passwordProblem('Operator01', 'operator01')).toBe('same_as_username');
    // Characters, not UTF-16 units: ten emoji are ten characters.
    expect(passwordProblem('😀'.repeat(10), 'sari')).toBeNull();
    expect(passwordProblem('😀'.repeat(5), 'sari')).toBe('too_short');
  });

  it('makes one-time passwords of 16 unambiguous characters', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const p = randomPassword();
      expect(p).toMatch(/^[a-km-zA-HJ-NP-Z2-9]{16}$/);
      seen.add(p);
    }
    expect(seen.size).toBe(200);
  });
});
