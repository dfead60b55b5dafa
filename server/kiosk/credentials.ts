/**
 * Kiosk device credentials: a random bearer secret shown to the tablet once, stored only as its
 * SHA-256 hash (a 256-bit random secret needs no slow hash; a short PIN does — see pin.ts).
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Database, Device } from '../../db/repositories';

export function newCredential(): string {
  return randomBytes(32).toString('base64url');
}

export function hashCredential(credential: string): string {
  return createHash('sha256').update(credential, 'utf8').digest('hex');
}

/** Kiosks send their credential with every submission: the hash of a recent one is remembered. */
const recentHashes = new Map<string, string>();

function rememberedHash(credential: string): string {
  let hash = recentHashes.get(credential);
  if (hash === undefined) {
    hash = hashCredential(credential);
    if (recentHashes.size >= 1000) recentHashes.clear();
    recentHashes.set(credential, hash);
  }
  return hash;
}

/** The active (not revoked) device holding the bearer credential in an Authorization header. */
export async function authenticateDevice(db: Database, authorization: string | undefined): Promise<Device | undefined> {
  const match = /^Bearer\s+([A-Za-z0-9_-]{20,200})$/.exec(authorization?.trim() ?? '');
  if (!match?.[1]) return undefined;
  const device = await db.devices.byCredentialHash(rememberedHash(match[1]));
  return device && device.revokedAt === null ? device : undefined;
}
