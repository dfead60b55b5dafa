import type { MiddlewareHandler } from 'hono';
import type { Lang } from '../../survey-kit/types';
import type { AppEnv } from '../env';

/** Bahasa Indonesia unless the client's first listed language is English. */
export function langFromHeader(acceptLanguage: string | undefined): Lang {
  const first = acceptLanguage?.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'id';
}

export const detectLang: MiddlewareHandler<AppEnv> = async (c, next) => {
  c.set('lang', langFromHeader(c.req.header('accept-language')));
  await next();
};
