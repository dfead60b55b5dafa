/**
 * Integration API keys: a random secret shown once, stored as its SHA-256 (like kiosk
 * credentials, server/kiosk/credentials.ts), with a short prefix to recognise it in lists.
 */
import { randomBytes } from 'node:crypto';
import type { Context } from 'hono';
import type { IntegrationKey } from '../../db/schema/sqlite';
import { t } from '../../survey-kit/i18n/index';
import type { AppEnv } from '../env';
import { ApiError } from '../errors/api-error';
import { hashCredential } from '../kiosk/credentials';

export const KEY_PREFIX_LENGTH = 12;

export function newIntegrationKey(): { key: string; hash: string; prefix: string } {
  const key = `puas_${randomBytes(32).toString('base64url')}`;
  return { key, hash: hashCredential(key), prefix: key.slice(0, KEY_PREFIX_LENGTH) };
}

/** The live key of the request's `Authorization: Bearer …`; 401 for none, an unknown or a revoked one. */
export async function requireIntegrationKey(c: Context<AppEnv>, at: Date): Promise<IntegrationKey> {
  const match = /^Bearer\s+([A-Za-z0-9_-]{20,200})$/.exec(c.req.header('authorization')?.trim() ?? '');
  const key = match?.[1] ? await c.get('db').integrationKeys.byHash(hashCredential(match[1])) : undefined;
  if (!key || key.revokedAt !== null) {
    c.header('WWW-Authenticate', 'Bearer');
    throw new ApiError(401, 'unauthorized', t(c.get('lang'), 'population.api.keyInvalid'));
  }
  await c.get('db').integrationKeys.touch(key.id, at);
  return key;
}
