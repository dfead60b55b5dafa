/**
 * Where a request came from, from the socket (never from headers a client can write). Behind a
 * reverse proxy every request shares the proxy's address: limits per address then apply to all.
 */
import type { Context } from 'hono';
import type { AppEnv } from '../env';

export function clientAddress(c: Context<AppEnv>): string {
  return c.env?.incoming?.socket?.remoteAddress ?? 'unknown';
}
