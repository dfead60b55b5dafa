/**
 * Process configuration from the environment. Defaults are safe for a laptop: listen on the
 * loopback interface only; set HOST=0.0.0.0 to serve kiosks and phones on the office network.
 */
import { t } from '../survey-kit/i18n/index';
import { normaliseBaseUrl } from './qr/link';

export interface ServerConfig {
  port: number;
  host: string;
  databaseUrl: string;
  demo: boolean;
  /** PUAS_PUBLIC_URL: the address phones reach (QR codes, posters); else each request's own. */
  publicUrl?: string;
  /** PUAS_IP_LIMIT: survey submissions per address per minute (kiosks exempt); 0 = off. Default DEFAULT_IP_LIMIT. */
  ipLimit?: number;
  /** PUAS_SECURE_COOKIES=1: the session cookie is marked Secure (behind an HTTPS proxy). */
  secureCookies?: boolean;
}

export const DEFAULTS: ServerConfig = {
  port: 3000,
  host: '127.0.0.1',
  databaseUrl: './data/puas.db',
  demo: true,
};

/** Reads PORT, HOST, DATABASE_URL, PUAS_DEMO, PUAS_PUBLIC_URL and PUAS_IP_LIMIT; throws one clear message per bad value. */
export function readConfig(env: Readonly<Record<string, string | undefined>>): ServerConfig {
  const problems: string[] = [];
  let port = DEFAULTS.port;
  if (env.PORT !== undefined && env.PORT !== '') {
    port = Number(env.PORT);
    if (!/^\d+$/.test(env.PORT) || port > 65535) problems.push(t('id', 'server.portInvalid', { value: env.PORT }));
  }
  let demo = DEFAULTS.demo;
  const rawDemo = env.PUAS_DEMO?.trim().toLowerCase();
  if (rawDemo !== undefined && rawDemo !== '') {
    if (['0', 'false', 'off', 'no'].includes(rawDemo)) demo = false;
    else if (['1', 'true', 'on', 'yes'].includes(rawDemo)) demo = true;
    else problems.push(t('id', 'server.demoInvalid', { value: env.PUAS_DEMO ?? '' }));
  }
  let publicUrl: string | undefined;
  if (env.PUAS_PUBLIC_URL !== undefined && env.PUAS_PUBLIC_URL.trim() !== '') {
    publicUrl = normaliseBaseUrl(env.PUAS_PUBLIC_URL) ?? undefined;
    if (publicUrl === undefined) problems.push(t('id', 'qr.config.publicUrlInvalid', { value: env.PUAS_PUBLIC_URL }));
  }
  let ipLimit: number | undefined;
  const rawIpLimit = env.PUAS_IP_LIMIT?.trim();
  if (rawIpLimit !== undefined && rawIpLimit !== '') {
    ipLimit = Number(rawIpLimit);
    if (!/^\d+$/.test(rawIpLimit) || !Number.isSafeInteger(ipLimit)) problems.push(t('id', 'api.config.ipLimitInvalid', { value: rawIpLimit }));
  }
  let secureCookies: boolean | undefined;
  const rawSecure = env.PUAS_SECURE_COOKIES?.trim().toLowerCase();
  if (rawSecure !== undefined && rawSecure !== '') {
    if (['0', 'false', 'off', 'no'].includes(rawSecure)) secureCookies = false;
    else if (['1', 'true', 'on', 'yes'].includes(rawSecure)) secureCookies = true;
    else problems.push(t('id', 'auth.config.secureCookiesInvalid', { value: env.PUAS_SECURE_COOKIES ?? '' }));
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return {
    port,
    host: env.HOST || DEFAULTS.host,
    databaseUrl: env.DATABASE_URL || DEFAULTS.databaseUrl,
    demo,
    ...(publicUrl ? { publicUrl } : {}),
    ...(ipLimit !== undefined ? { ipLimit } : {}),
    ...(secureCookies !== undefined ? { secureCookies } : {}),
  };
}
