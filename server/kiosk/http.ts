/** Small pieces the kiosk routes share: the JSON body, the device behind a request, throttled answers. */
import type { Context } from 'hono';
import type { z } from 'zod';
import type { Device } from '../../db/repositories';
import { t, type MessageKey } from '../../survey-kit/i18n/index';
import type { AppEnv } from '../env';
import { ApiError } from '../errors/api-error';
import { authenticateDevice } from './credentials';

/** The JSON body checked by `schema`; 400 when it is not JSON or does not fit. */
export async function jsonBody<T extends z.ZodType>(c: Context<AppEnv>, schema: T): Promise<z.output<T>> {
  let raw: unknown;
  try {
    raw = await c.req.json();
  } catch {
    throw new ApiError(400, 'validation_failed', t(c.get('lang'), 'kiosk.api.notJson'));
  }
  return schema.parse(raw);
}

/** The active device holding the request's bearer credential; 401 otherwise. */
export async function requireDevice(c: Context<AppEnv>): Promise<Device> {
  const device = await authenticateDevice(c.get('db'), c.req.header('authorization'));
  if (!device) {
    c.header('WWW-Authenticate', 'Bearer');
    throw new ApiError(401, 'unauthorized', t(c.get('lang'), 'kiosk.api.unauthorized'));
  }
  return device;
}

/** 429 with Retry-After, in whole seconds. */
export function tooMany(c: Context<AppEnv>, waitMs: number, key: MessageKey): ApiError {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  c.header('Retry-After', String(seconds));
  return new ApiError(429, 'rate_limited', t(c.get('lang'), key, { seconds }));
}
