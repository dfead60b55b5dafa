/**
 * Complainants' contact details: kept only with consent, masked wherever a list shows them and
 * for everyone but administrators on a complaint's own page (the Personal Data Protection Law
 * asks for the least exposure that still lets staff call back).
 */
import type { Complaint } from '../../db/repositories';
import { allowed } from '../auth/permissions';
import type { AuthUser } from '../auth/types';

const DOTS = '•••••';

/** "081234567123" → "08•••••123": the operator recognises a number without reading it out. */
export function maskPhone(phone: string): string {
  const compact = phone.replace(/[\s-]/g, '');
  if (compact.length <= 5) return DOTS;
  return `${compact.slice(0, 2)}${DOTS}${compact.slice(-3)}`;
}

/** "budi@mail.com" → "b•••@mail.com". */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return DOTS;
  return `${email.slice(0, 1)}•••${email.slice(at)}`;
}

/** "Budi Santoso" → "B••• S•••". */
export function maskName(name: string): string {
  return name
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '')
    .map((w) => `${[...w][0] ?? ''}•••`)
    .join(' ');
}

export interface ContactView {
  name: string | null;
  phone: string | null;
  email: string | null;
  masked: boolean;
}

/** The contact as shown: null when none is kept (no consent, or erased after the retention period). */
export function contactView(c: Pick<Complaint, 'contactName' | 'contactPhone' | 'contactEmail'>, unmasked: boolean): ContactView | null {
  if (c.contactName === null && c.contactPhone === null && c.contactEmail === null) return null;
  if (unmasked) return { name: c.contactName, phone: c.contactPhone, email: c.contactEmail, masked: false };
  return {
    name: c.contactName === null ? null : maskName(c.contactName),
    phone: c.contactPhone === null ? null : maskPhone(c.contactPhone),
    email: c.contactEmail === null ? null : maskEmail(c.contactEmail),
    masked: true,
  };
}

/** Full contacts are for administrators only: those who may read the accounts (POLICY 'users'). */
export function seesFullContacts(user: AuthUser | null): boolean {
  return allowed(user, 'users', 'read');
}
