/**
 * The API's request size limit (413 above it). A request that declares its length is judged by
 * its Content-Length header alone — Node's parser never delivers more than that — so its body
 * can still be read by @hono/node-server's fast path; Hono's bodyLimit, which reads
 * `c.req.raw.body` and so builds a full fetch Request with streams and an AbortSignal (~100 µs
 * per request), only runs for chunked bodies.
 */
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { t } from '../../survey-kit/i18n/index';
import type { AppEnv } from '../env';
import { ApiError } from './api-error';

export function apiBodyLimit(maxSize: number): MiddlewareHandler<AppEnv> {
  const tooLarge = (lang: 'id' | 'en' | undefined): ApiError =>
    new ApiError(413, 'payload_too_large', t(lang ?? 'id', 'api.payloadTooLarge', { limit: maxSize }));
  const streamed = bodyLimit({
    maxSize,
    onError: (c) => {
      throw tooLarge(c.get('lang'));
    },
  });
  return async (c, next) => {
    const method = c.req.method;
    if (method === 'GET' || method === 'HEAD') return next();
    const length = c.req.header('content-length');
    if (length !== undefined && c.req.header('transfer-encoding') === undefined && /^\d+$/.test(length)) {
      if (Number(length) > maxSize) throw tooLarge(c.get('lang'));
      return next();
    }
    return streamed(c, next);
  };
}
