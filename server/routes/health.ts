import { Hono } from 'hono';
import type { AppEnv } from '../env';

/** Liveness and database reachability, for load balancers and uptime checks. */
export const health = new Hono<AppEnv>().get('/', async (c) => {
  await c.get('db').organisations.list();
  return c.json({ status: 'ok' as const });
});
