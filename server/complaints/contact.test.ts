/** Masking of complainants' contacts and the local times staff type. */
import { describe, expect, it } from 'vitest';
import { contactView, maskEmail, maskName, maskPhone } from './contact';
import { localInputValue, parseLocalTime } from './time';

describe('contact masking', () => {
  it('keeps only what lets staff recognise a contact', () => {
    expect(maskPhone('081234567123')).toBe('08•••••123');
    expect(maskPhone('+62 812-3456-7123')).toBe('+6•••••123');
    expect(maskPhone('1234')).toBe('•••••');
    expect(maskEmail('budi@mail.com')).toBe('b•••@mail.com');
    expect(maskEmail('no-at-sign')).toBe('•••••');
    expect(maskName('Budi  Santoso')).toBe('B••• S•••');
  });

  it('shows the full contact only when asked, and nothing when none is kept', () => {
    const c = { contactName: null, contactPhone: '081234567123', contactEmail: null };
    expect(contactView(c, false)).toEqual({ name: null, phone: '08•••••123', email: null, masked: true });
    expect(contactView(c, true)).toEqual({ name: null, phone: '081234567123', email: null, masked: false });
    expect(contactView({ contactName: null, contactPhone: null, contactEmail: null }, true)).toBeNull();
  });
});

describe('local times', () => {
  it('reads wall-clock times in the unit zone and instants with an offset as they are', () => {
    expect(parseLocalTime('2026-03-02T09:15', 'Asia/Makassar')?.toISOString()).toBe('2026-03-02T01:15:00.000Z');
    expect(parseLocalTime('02/03/2026 09.15', 'Asia/Jayapura')?.toISOString()).toBe('2026-03-02T00:15:00.000Z');
    expect(parseLocalTime('2026-03-02', 'Asia/Jakarta')?.toISOString()).toBe('2026-03-01T17:00:00.000Z');
    expect(parseLocalTime('2026-03-02T09:15:00Z', 'Asia/Jakarta')?.toISOString()).toBe('2026-03-02T09:15:00.000Z');
    expect(parseLocalTime('2 Maret 2026 09.15', 'Asia/Jakarta')?.toISOString()).toBe('2026-03-02T02:15:00.000Z');
    expect(parseLocalTime('02 Agu 2026', 'Asia/Jakarta')?.toISOString()).toBe('2026-08-01T17:00:00.000Z');
    expect(parseLocalTime('2 Maretan 2026', 'Asia/Jakarta')).toBeNull();
    expect(parseLocalTime('2026-02-30', 'Asia/Jakarta')).toBeNull();
    expect(parseLocalTime('25:00', 'Asia/Jakarta')).toBeNull();
    expect(parseLocalTime('2026-03-02 24:10', 'Asia/Jakarta')).toBeNull();
    expect(localInputValue(new Date('2026-03-02T01:15:00Z'), 'Asia/Makassar')).toBe('2026-03-02T09:15');
  });
});
