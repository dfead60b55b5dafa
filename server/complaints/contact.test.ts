/** Masking of complainants' contacts. */
import { describe, expect, it } from 'vitest';
import { contactView, maskEmail, maskName, maskPhone } from './contact';

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
