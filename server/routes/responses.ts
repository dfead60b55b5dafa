/**
 * `POST /api/v1/responses`: a survey response from a kiosk, a phone (QR) or the web. Kiosks prove
 * themselves with their device credential and are never limited by address; everything else is
 * counted against PUAS_IP_LIMIT first. The rules are in responses/submit.ts.
 */
import { Hono } from 'hono';
import type { Database } from '../../db/repositories';
import { t } from '../../survey-kit/i18n/index';
import type { AppEnv } from '../env';
import { ApiError } from '../errors/api-error';
import { authenticateDevice } from '../kiosk/credentials';
import { clientAddress } from '../kiosk/client-address';
import { newBrowserId, readBrowserId, setBrowserCookie } from '../responses/browser-mark';
import { IpLimiter } from '../responses/ip-limit';
import { SubmissionService } from '../responses/submit';

export interface ResponseRouteOptions {
  /** PUAS_IP_LIMIT: submissions per address per minute without a device credential; 0 = off. */
  ipLimit: number;
}

export function responseRoutes(db: Database, options: ResponseRouteOptions): Hono<AppEnv> {
  const submissions = new SubmissionService(db);
  const limiter = new IpLimiter(options.ipLimit);
  return new Hono<AppEnv>().post('/', async (c) => {
    const lang = c.get('lang');
    const now = new Date();
    const authorization = c.req.header('authorization');
    const device = authorization === undefined ? undefined : await authenticateDevice(db, authorization);
    if (!device) {
      const decision = limiter.take(clientAddress(c), now.getTime());
      if (!decision.ok) {
        const seconds = decision.retryAfterSeconds;
        throw new ApiError(429, 'rate_limited', t(lang, 'api.response.rateLimited', { seconds }), undefined, { 'Retry-After': String(seconds) });
      }
    }
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      throw new ApiError(400, 'validation_failed', t(lang, 'api.response.notJson'));
    }
    const result = await submissions.submit({ body, lang, device, browserId: readBrowserId(c), newBrowserId, now });
    if (result.newBrowserId) setBrowserCookie(c, result.newBrowserId);
    return c.json(result.receipt, result.status);
  });
}
