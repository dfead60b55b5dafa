/**
 * The real server for a browser test file: a fresh SQLite file in a temporary folder, the built
 * site (PUAS_DIST_DIR lets a developer point at a build of their own) and Debian's chromium,
 * started before the file's tests and removed after them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { Database } from '../../db/repositories';
import { afterAll, beforeAll } from 'vitest';
import { startServer, type RunningServer, type StartOptions } from '../../server/main';
import { launchBrowser } from './browser';

export interface E2eOptions extends Omit<StartOptions, 'port' | 'databaseUrl' | 'distDir'> {
  /** Names the temporary folder (puas-e2e-<name>-…), to tell leftovers apart. */
  name?: string;
  /** For a set-up that takes longer than the default hook timeout (e.g. a larger demo). */
  timeout?: number;
}

/** Filled in before the file's first test. */
export interface E2e {
  server: RunningServer;
  browser: Browser;
  /** The server's address without the trailing slash of `server.url`. */
  origin: string;
  /** The temporary folder holding the database file(s). */
  dir: string;
  /** Another server on a database file of its own in the same folder, closed with the first. */
  another(file: string, options?: Omit<StartOptions, 'port' | 'databaseUrl' | 'distDir'>): Promise<RunningServer>;
}

/** Options for startServer on a free port, with demo data only when asked, serving the site under test. */
export function serverOptions(databaseUrl: string, options: Omit<StartOptions, 'port' | 'databaseUrl' | 'distDir'> = {}): StartOptions {
  return {
    port: 0,
    databaseUrl,
    demo: false,
    ...options,
    ...(process.env.PUAS_DIST_DIR ? { distDir: process.env.PUAS_DIST_DIR } : {}),
  };
}

/**
 * Registers the hooks that start the server (demo off unless asked) and chromium, and close
 * both and delete the folder afterwards. Hooks the file registers later run after these.
 */
export function useE2eServer(options: E2eOptions = {}): E2e {
  const { name, timeout, ...start } = options;
  const extra: RunningServer[] = [];
  const e2e = {
    another: async (file, more = {}) => {
      const server = await startServer(serverOptions(join(e2e.dir, file), more));
      extra.push(server);
      return server;
    },
  } as E2e;

  beforeAll(async () => {
    e2e.dir = mkdtempSync(join(tmpdir(), name ? `puas-e2e-${name}-` : 'puas-e2e-'));
    [e2e.server, e2e.browser] = await Promise.all([startServer(serverOptions(join(e2e.dir, 'puas.db'), start)), launchBrowser()]);
    e2e.origin = new URL(e2e.server.url).origin;
  }, timeout);

  afterAll(async () => {
    await e2e.browser?.close();
    await e2e.server?.close();
    for (const server of extra) await server.close();
    if (e2e.dir) rmSync(e2e.dir, { recursive: true, force: true });
  });

  return e2e;
}

/** The office of the set-up and accounts tests: "Kota Uji" with the units Loket Satu and Loket Dua. */
export async function addKotaUji(db: Database): Promise<void> {
  const org = await db.organisations.create({ slug: 'kota-uji', name: 'Kota Uji' });
  await db.units.create({ organisationId: org.id, slug: 'loket-satu', name: 'Loket Satu' });
  await db.units.create({ organisationId: org.id, slug: 'loket-dua', name: 'Loket Dua' });
}
