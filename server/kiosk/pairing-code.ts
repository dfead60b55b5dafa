/**
 * Pairing codes: six characters an operator reads off a screen and types on a tablet. The
 * alphabet leaves out look-alikes (0/O, 1/I/L), so "ABC-234" can be typed without doubt;
 * 31^6 ≈ 887 million codes, live 15 minutes, one use, wrong guesses throttled per address.
 * Stored as SHA-256: a code lives minutes, and a database reader could pair a tablet anyway.
 */
import { createHash, randomInt } from 'node:crypto';

export const PAIRING_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const PAIRING_CODE_LENGTH = 6;
export const PAIRING_TTL_MINUTES = 15;

/** A new random code, grouped for reading aloud: "K7M-Q2X". */
export function newPairingCode(): string {
  let raw = '';
  // randomInt draws without modulo bias.
  for (let i = 0; i < PAIRING_CODE_LENGTH; i++) raw += PAIRING_ALPHABET[randomInt(PAIRING_ALPHABET.length)];
  return formatPairingCode(raw);
}

export function formatPairingCode(raw: string): string {
  return `${raw.slice(0, 3)}-${raw.slice(3)}`;
}

/**
 * What a person typed, as the canonical six characters, or null when it cannot be a code.
 * Case, spaces and dashes do not matter.
 */
export function normalisePairingCode(typed: string): string | null {
  const raw = typed.toUpperCase().replace(/[\s\-_.]/g, '');
  if (raw.length !== PAIRING_CODE_LENGTH) return null;
  for (const ch of raw) if (!PAIRING_ALPHABET.includes(ch)) return null;
  return raw;
}

/** Hash of a code in any accepted spelling (normalise first). */
export function hashPairingCode(normalised: string): string {
  return createHash('sha256').update(`puas-pairing:${normalised}`, 'utf8').digest('hex');
}
