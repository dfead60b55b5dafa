/** Route tests' app: a fixture database behind the API, with accounts of each role signed in. */
import type { Hono } from 'hono';
import { afterAll, beforeAll } from 'vitest';
import type { Database, Role } from '../../db/repositories';
import { createApp } from '../app';
import type { AppEnv } from '../env';
import { indicatorFixture, type IndicatorFixture } from '../indicators/fixture';
import { addUser, signInApi, type Signed } from './auth';
import { createFixture, type Fixture } from './fixture';

export interface TestAccount {
  username: string;
  role: Role;
  units?: readonly string[];
}

/** Adds every account, then signs each in through the API: the signed-in requests under the same keys. */
export async function signInAccounts<K extends string>(app: Hono<AppEnv>, db: Database, accounts: Record<K, TestAccount>): Promise<Record<K, Signed>> {
  const keys = Object.keys(accounts) as K[];
  for (const key of keys) await addUser(db, accounts[key].username, accounts[key].role, { units: accounts[key].units ?? [] });
  const signed = {} as Record<K, Signed>;
  for (const key of keys) signed[key] = await signInApi(app, accounts[key].username);
  return signed;
}

/**
 * The server fixture plus a second unit (loket-jakarta), with admin1, operator1 (of the
 * fixture's unit only) and viewer1 signed in.
 */
export async function roleFixtureApi(): Promise<{ fx: Fixture; app: Hono<AppEnv> } & Record<'admin' | 'operator' | 'viewer', Signed>> {
  const fx = await createFixture();
  const org = (await fx.db.organisations.list())[0]!;
  await fx.db.units.create({ organisationId: org.id, slug: 'loket-jakarta', name: 'Loket Jakarta' });
  const app = createApp({ db: fx.db });
  const signed = await signInAccounts(app, fx.db, {
    admin: { username: 'admin1', role: 'admin' },
    operator: { username: 'operator1', role: 'operator', units: [fx.unitSlug] },
    viewer: { username: 'viewer1', role: 'viewer' },
  });
  return { fx, app, ...signed };
}

/**
 * The indicator office behind the API: an admin, a viewer, an operator of loket-wita and a
 * `stranger` (operator of the empty unit) signed in.
 */
export type IndicatorApi = { fx: IndicatorFixture; app: Hono<AppEnv> } & Record<'admin' | 'viewer' | 'operator' | 'stranger', Signed>;

export async function indicatorApi(): Promise<IndicatorApi> {
  const fx = await indicatorFixture();
  const app = createApp({ db: fx.db });
  const signed = await signInAccounts(app, fx.db, {
    admin: { username: 'admin-uji', role: 'admin' },
    viewer: { username: 'pembaca', role: 'viewer' },
    operator: { username: 'petugas', role: 'operator', units: [fx.unit.slug] },
    stranger: { username: 'petugas-lain', role: 'operator', units: [fx.empty.slug] },
  });
  return { fx, app, ...signed };
}

/** indicatorApi() opened before the file's tests (filled in then) and closed after them. */
export function useIndicatorApi(): IndicatorApi {
  const api = {} as IndicatorApi;
  beforeAll(async () => {
    Object.assign(api, await indicatorApi());
  });
  afterAll(() => api.fx?.db.close());
  return api;
}
