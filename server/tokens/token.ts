/**
 * One-time survey tokens: 10 characters from a 32-letter alphabet without the look-alikes 0/O
 * and 1/I (50 random bits: guessing a valid unused one among even a million printed is hopeless).
 * Typed codes are read case-insensitively, ignoring spaces and dashes.
 */
import { randomInt } from 'node:crypto';

export const TOKEN_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
export const TOKEN_LENGTH = 10;

const TOKEN = new RegExp(`^[${TOKEN_ALPHABET}]{${TOKEN_LENGTH}}$`);

export function newToken(): string {
  let token = '';
  for (let i = 0; i < TOKEN_LENGTH; i++) token += TOKEN_ALPHABET[randomInt(TOKEN_ALPHABET.length)];
  return token;
}

/** The canonical spelling of a typed or linked token, or null when it cannot be one. */
export function normaliseToken(raw: string): string | null {
  const token = raw.replace(/[\s-]/g, '').toUpperCase();
  return TOKEN.test(token) ? token : null;
}

/** `count` distinct new tokens. */
export function newTokens(count: number): string[] {
  const tokens = new Set<string>();
  while (tokens.size < count) tokens.add(newToken());
  return [...tokens];
}
