/**
 * Where a request came from, from the socket (never from headers a client can write). Behind a
 * reverse proxy every request shares the proxy's address: limits per address then apply to all.
 */
import type { Context } from 'hono';
import type { AppEnv } from '../env';

export function clientAddress(c: Context<AppEnv>): string {
  return c.env?.incoming?.socket?.remoteAddress ?? 'unknown';
}

const PROXY_HEADERS = ['forwarded', 'x-forwarded-for', 'x-real-ip'];

/**
 * True only for a request made on the server's own machine, straight to it: a reverse proxy on
 * the same machine would make every request look local, so proxied requests never are.
 */
export function isLocalRequest(c: Context<AppEnv>): boolean {
  if (PROXY_HEADERS.some((h) => c.req.header(h) !== undefined)) return false;
  const address = c.env?.incoming?.socket?.remoteAddress;
  if (!address) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
  return v4 === '::1' || /^127\.\d+\.\d+\.\d+$/.test(v4);
}
