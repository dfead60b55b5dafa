/**
 * The bridge to Astro's Node adapter in middleware mode (`dist/server/entry.mjs`).
 */
import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Database } from '../db/repositories';
import type { Lang } from '../survey-kit/types';
import type { AuthLocals } from './auth/pages';

/** What `Astro.locals` holds on every page (typed for pages in site/env.d.ts). */
export interface AstroLocals extends AuthLocals {
  db: Database;
  /** The language of the page: the person's choice (cookie puas_lang), else Bahasa Indonesia. */
  lang: Lang;
  /** PUAS_PUBLIC_URL when set: the base of survey links on posters. */
  publicUrl?: string;
}

/** Astro's middleware-mode handler: calls `next()` when no page matches. */
export type AstroHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  next: (err?: unknown) => void,
  locals: AstroLocals,
) => Promise<void>;

export const DIST_DIR = join(import.meta.dirname, '..', 'dist');

/** Loads the built site; fails with a clear message when the site has not been built. */
export async function loadAstroHandler(distDir: string = DIST_DIR): Promise<AstroHandler> {
  const entry = join(distDir, 'server', 'entry.mjs');
  if (!existsSync(entry)) {
    throw new Error(`The site is not built (${entry} is missing): run \`npm run build\` or \`npm start\`.`);
  }
  const mod = (await import(pathToFileURL(entry).href)) as { handler?: AstroHandler };
  if (typeof mod.handler !== 'function') throw new Error(`${entry} exports no handler: is the adapter in middleware mode?`);
  return mod.handler;
}
