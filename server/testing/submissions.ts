/**
 * A small office for tests of `POST /api/v1/responses`: two units (WITA and WIB), a service, kiosk
 * devices (one per unit, one revoked) and helpers to post bodies from a given address with a
 * given browser cookie, through `app.request()`.
 */
import { randomUUID } from 'node:crypto';
import type { Hono } from 'hono';
import { openSqliteDatabase, type SqliteDatabase } from '../../db/open';
import type { Database, Service, Unit } from '../../db/repositories';
import { SKM_2017 } from '../../survey-kit/index';
import { createApp } from '../app';
import type { AppEnv } from '../env';
import { hashCredential, newCredential } from '../kiosk/credentials';

export interface SubmitOffice {
  db: SqliteDatabase;
  unit: Unit;
  other: Unit;
  service: Service;
  /** Credentials of a kiosk of `unit`, of a kiosk of `other`, and of a revoked kiosk of `unit`. */
  kiosk: string;
  otherKiosk: string;
  revokedKiosk: string;
}

export async function submitOffice(): Promise<SubmitOffice> {
  const db = await openSqliteDatabase({ url: ':memory:' });
  const org = await db.organisations.create({ slug: 'kantor', name: 'Kantor Uji' });
  const unit = await db.units.create({ organisationId: org.id, slug: 'loket', name: 'Loket Makassar', timeZone: 'Asia/Makassar' });
  const other = await db.units.create({ organisationId: org.id, slug: 'loket-lain', name: 'Loket Lain', timeZone: 'Asia/Jakarta' });
  const service = await db.services.create({ unitId: unit.id, slug: 'izin', name: 'Izin' });
  const [kiosk, otherKiosk, revokedKiosk] = [newCredential(), newCredential(), newCredential()];
  await db.devices.create({ unitId: unit.id, name: 'Kios 1', credentialHash: hashCredential(kiosk) });
  await db.devices.create({ unitId: other.id, name: 'Kios lain', credentialHash: hashCredential(otherKiosk) });
  const revoked = await db.devices.create({ unitId: unit.id, name: 'Kios dicabut', credentialHash: hashCredential(revokedKiosk) });
  await db.devices.revoke(revoked.id, new Date());
  return { db, unit, other, service, kiosk, otherKiosk, revokedKiosk };
}

/** A valid body: every element of the 2017 instrument answered, mixed scores. */
export function validBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: randomUUID(),
    unit: 'loket',
    channel: 'qr',
    answers: Object.fromEntries(SKM_2017.elements.map((e, i) => [e.code, ((i % 4) + 1) as 1 | 2 | 3 | 4])),
    completionSeconds: 42,
    ...overrides,
  };
}

export interface PostOptions {
  headers?: Record<string, string>;
  /** The client's address (the socket's remote address under @hono/node-server). */
  ip?: string;
  /** Value of the `puas_b` cookie. */
  browser?: string;
  /** Bearer credential of a kiosk. */
  kiosk?: string;
}

export async function postResponse(app: Hono<AppEnv>, body: unknown, options: PostOptions = {}): Promise<Response> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...options.headers };
  if (options.browser) headers['cookie'] = `puas_b=${options.browser}`;
  if (options.kiosk) headers['authorization'] = `Bearer ${options.kiosk}`;
  const env = { incoming: { socket: { remoteAddress: options.ip ?? '10.0.0.1' } } } as unknown as AppEnv['Bindings'];
  return app.request('/api/v1/responses', { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) }, env);
}

/** The `puas_b` value a response sets, if any. */
export function browserCookieOf(res: Response): string | undefined {
  return /(?:^|,\s*)puas_b=([^;]+)/.exec(res.headers.get('set-cookie') ?? '')?.[1];
}

export function appFor(db: Database, ipLimit = 0): Hono<AppEnv> {
  return createApp({ db, ipLimit });
}

export interface ErrorBody {
  error: { code: string; message: string; fields?: Record<string, string> };
}
