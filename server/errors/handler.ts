import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { ZodError } from 'zod';
import { t } from '../../survey-kit/i18n/index';
import type { AppEnv } from '../env';
import { ApiError, type ApiErrorBody } from './api-error';

/** First message per field: one clear message per problem, keyed by the parameter's path. */
function zodFields(err: ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of err.issues) {
    const key = issue.path.map(String).join('.') || '_';
    fields[key] ??= issue.message;
  }
  return fields;
}

function toApiError(err: unknown, c: Context<AppEnv>): ApiError {
  const lang = c.get('lang') ?? 'id';
  if (err instanceof ApiError) return err;
  if (err instanceof ZodError) {
    return new ApiError(400, 'validation_failed', t(lang, 'api.validationFailed'), zodFields(err));
  }
  if (err instanceof HTTPException && err.status < 500) {
    return new ApiError(err.status, err.status === 404 ? 'not_found' : 'validation_failed', err.message);
  }
  return new ApiError(500, 'internal', t(lang, 'api.internal'));
}

/** `app.onError`: every failure leaves the API as the same JSON shape. */
export function onError(err: unknown, c: Context<AppEnv>): Response {
  const apiError = toApiError(err, c);
  if (apiError.status >= 500) console.error(err);
  const body: ApiErrorBody = {
    error: {
      code: apiError.code,
      message: apiError.message,
      ...(apiError.fields ? { fields: { ...apiError.fields } } : {}),
    },
  };
  const headers = apiError.headers ?? {};
  if (!c.req.path.startsWith('/api/')) return c.text(apiError.message, apiError.status, headers);
  return c.json(body, apiError.status, headers);
}
