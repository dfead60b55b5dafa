/**
 * The kiosk tablet's API: pair with a one-time code, read its configuration, report in, and let
 * staff out with the exit PIN. Admin routes (making codes, listing, revoking) are in kiosk-admin.ts.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { t } from '../../survey-kit/i18n/index';
import type { Lang } from '../../survey-kit/types';
import type { AppEnv } from '../env';
import { ApiError } from '../errors/api-error';
import { clientAddress } from '../kiosk/client-address';
import { jsonBody, requireDevice, tooMany } from '../kiosk/http';
import { kioskConfig, redeemPairing } from '../kiosk/pairing';
import { verifyPin } from '../kiosk/pin';
import { Throttle } from '../kiosk/throttle';

/** Far above any real queue; only keeps nonsense out of the device list. */
const COUNT_MAX = 1_000_000;

function schemas(lang: Lang) {
  const count = z.number({ error: t(lang, 'kiosk.api.count', { max: COUNT_MAX }) }).int().min(0).max(COUNT_MAX);
  return {
    pair: z.strictObject({ code: z.string({ error: t(lang, 'kiosk.api.codeMalformed') }).max(40) }),
    heartbeat: z.strictObject({ waiting: count, rejected: count }),
    exit: z.strictObject({
      pin: z.string({ error: t(lang, 'kiosk.api.pinInvalid') }).max(40),
      unpair: z.boolean().optional(),
    }),
  };
}
const SCHEMAS = { id: schemas('id'), en: schemas('en') } as const;

export interface KioskRouteOptions {
  now?: () => Date;
  /** Wrong pairing codes per address per minute before 429. */
  codeAttemptsPerMinute?: number;
  /** Wrong PINs per device per 5 minutes before 429. */
  pinAttempts?: number;
}

export function kioskRoutes(options: KioskRouteOptions = {}): Hono<AppEnv> {
  const now = options.now ?? (() => new Date());
  // Per app instance, so each test's app starts with a clean slate.
  const codeGuesses = new Throttle({ limit: options.codeAttemptsPerMinute ?? 10, windowMs: 60_000 });
  const pinGuesses = new Throttle({ limit: options.pinAttempts ?? 5, windowMs: 5 * 60_000 });

  return new Hono<AppEnv>()
    .post('/pair', async (c) => {
      const lang = c.get('lang');
      const address = clientAddress(c);
      const at = now();
      const wait = codeGuesses.blockedFor(address, at.getTime());
      if (wait > 0) throw tooMany(c, wait, 'kiosk.api.tooManyCodes');
      const { code } = await jsonBody(c, SCHEMAS[lang].pair);
      const outcome = await redeemPairing(c.get('db'), code, at);
      if (outcome.ok) return c.json(outcome.paired, 201);
      codeGuesses.fail(address, at.getTime());
      switch (outcome.reason) {
        case 'expired':
          throw new ApiError(410, 'pairing_code_expired', t(lang, 'kiosk.api.codeExpired'));
        case 'used':
          throw new ApiError(409, 'pairing_code_used', t(lang, 'kiosk.api.codeUsed'));
        case 'malformed':
          throw new ApiError(400, 'pairing_code_invalid', t(lang, 'kiosk.api.codeMalformed'), { code: t(lang, 'kiosk.api.codeMalformed') });
        default:
          throw new ApiError(400, 'pairing_code_invalid', t(lang, 'kiosk.api.codeUnknown'), { code: t(lang, 'kiosk.api.codeUnknown') });
      }
    })

    .get('/me', async (c) => {
      const device = await requireDevice(c);
      const at = now();
      await c.get('db').devices.heartbeat(device.id, at);
      return c.json(await kioskConfig(c.get('db'), device, at));
    })

    .post('/heartbeat', async (c) => {
      const device = await requireDevice(c);
      const counts = await jsonBody(c, SCHEMAS[c.get('lang')].heartbeat);
      await c.get('db').devices.heartbeat(device.id, now(), counts);
      return c.body(null, 204);
    })

    .post('/exit', async (c) => {
      const lang = c.get('lang');
      const device = await requireDevice(c);
      const key = String(device.id);
      const at = now().getTime();
      const wait = pinGuesses.blockedFor(key, at);
      if (wait > 0) throw tooMany(c, wait, 'kiosk.api.tooManyPins');
      const { pin, unpair } = await jsonBody(c, SCHEMAS[lang].exit);
      // A device paired without a PIN (made outside `createPairing`) has no staff exit: revoke it instead.
      const ok = device.exitPinHash !== null && (await verifyPin(pin, device.exitPinHash));
      if (!ok) {
        pinGuesses.fail(key, at);
        throw new ApiError(403, 'wrong_pin', t(lang, 'kiosk.api.pinWrong'));
      }
      pinGuesses.clear(key);
      // Unpairing retires the credential, so a copy of it left on the tablet is worth nothing.
      if (unpair) await c.get('db').devices.revoke(device.id, now());
      return c.body(null, 204);
    });
}
