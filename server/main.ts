/**
 * Process entry: `node --import tsx server/main.ts` (what `npm start` runs after the build).
 * Opens (and migrates) the database, seeds the demo office on a first start, and serves the
 * API and the site from one Hono app.
 */
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serve, type ServerType } from '@hono/node-server';
import { openDatabase } from '../db/open';
import type { Database } from '../db/repositories';
import { t } from '../survey-kit/i18n/index';
import { createApp } from './app';
import { DIST_DIR, loadAstroHandler } from './astro';
import { DEFAULTS, readConfig } from './config';
import { DEMO_ORGANISATION } from './demo/office';
import { isEmptyDatabase, seedDemo } from './demo/seed';
import { ensureFirstAdmin, type FirstAdmin } from './auth/first-run';
import { purgeContacts } from './complaints/retention';
import { scheduleDaily } from './complaints/scheduler';

export interface StartOptions {
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  databaseUrl?: string;
  /** Seed the demo office when the database is empty. */
  demo?: boolean;
  /** Print progress to the console (on for the process entry, off for tests). */
  log?: boolean;
  distDir?: string;
  /** PUAS_PUBLIC_URL (normalised): the base of survey links in QR codes and posters. */
  publicUrl?: string;
  /** PUAS_IP_LIMIT: survey submissions per address per minute (kiosks exempt); 0 = off. */
  ipLimit?: number;
  /** PUAS_SECURE_COOKIES: mark the session cookie Secure even when this server sees http. */
  secureCookies?: boolean;
}

export interface RunningServer {
  url: string;
  db: Database;
  /** The administrator created at this start because no account existed (its one-time password); else null. */
  firstAdmin: FirstAdmin | null;
  close(): Promise<void>;
}

function listen(server: ServerType): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.once('listening', () => resolve(server.address() as AddressInfo));
  });
}

export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const port = options.port ?? DEFAULTS.port;
  const host = options.host ?? DEFAULTS.host;
  const databaseUrl = options.databaseUrl ?? DEFAULTS.databaseUrl;
  const log = options.log ? (s: string) => console.log(s) : () => {};
  const distDir = options.distDir ?? DIST_DIR;

  // Opening migrates the schema (and creates the folder of a new file).
  const db = await openDatabase({ url: databaseUrl, backgroundWriter: true });
  try {
    if ((options.demo ?? DEFAULTS.demo) && (await isEmptyDatabase(db))) {
      const started = performance.now();
      log(t('id', 'server.demoSeeding', { organisation: DEMO_ORGANISATION.name }));
      const summary = await seedDemo(db);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      log(t('id', 'server.demoSeeded', { responses: summary.responses, units: summary.units, seconds }));
    }
    const firstAdmin = await ensureFirstAdmin(db);
    const astro = await loadAstroHandler(distDir);
    const app = createApp({
      db,
      astro,
      staticRoot: join(distDir, 'client'),
      ...(options.publicUrl ? { publicUrl: options.publicUrl } : {}),
      ...(options.ipLimit !== undefined ? { ipLimit: options.ipLimit } : {}),
      auth: { secureCookies: options.secureCookies ?? false },
    });
    const server = serve({ fetch: app.fetch, port, hostname: host });
    const address = await listen(server);
    // Complainants' contacts past the retention period: erased now and every day after (server/complaints/).
    const purge = scheduleDaily(() => purgeContacts(db, new Date()));
    // An unspecified address is not something a browser can open; show the loopback one.
    const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
    const url = `http://${shownHost}:${address.port}/`;
    log(t('id', 'server.listening', { url }));
    // Shown once: the next start finds an account and creates none.
    if (firstAdmin) log(t('id', 'auth.firstRun', { ...firstAdmin, url }));

    let closing: Promise<void> | undefined;
    const close = () =>
      (closing ??= new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        // Keep-alive connections would hold close() open until they time out.
        if ('closeAllConnections' in server) server.closeAllConnections();
      }).finally(() => {
        purge.stop();
        return db.close();
      }));
    return { url, db, firstAdmin, close };
  } catch (err) {
    await db.close();
    throw err;
  }
}

async function main(): Promise<void> {
  const config = readConfig(process.env);
  const running = await startServer({ ...config, log: true });
  let stopping = false;
  const stop = () => {
    // A second Ctrl-C means "now": do not wait for open connections.
    if (stopping) process.exit(130);
    stopping = true;
    console.log(t('id', 'server.stopping'));
    running.close().then(
      () => process.exit(0),
      (err: unknown) => {
        console.error(err);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
