/**
 * Builds the Astro site once per `vitest run`, for the browser tests that serve it. Skipped
 * when the build is newer than every file it is made from. Built with NODE_ENV=production:
 * Vitest sets NODE_ENV=test, which would ship Lit's development mode.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
/** Folders and files the site's bundles are made from (pages import server/ and survey-kit/). */
const INPUTS = ['site', 'survey-kit', 'server', 'db', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];
const OUTPUT = join(ROOT, 'dist', 'server', 'entry.mjs');

/** Latest modification time under `path`, ignoring tests (they are not part of the build). */
function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return /\.test\.ts$/.test(path) ? 0 : stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const name of readdirSync(path)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(join(path, name)));
  }
  return newest;
}

export function siteIsBuilt(): boolean {
  if (!existsSync(OUTPUT) || !existsSync(join(ROOT, 'dist', 'client'))) return false;
  const built = statSync(OUTPUT).mtimeMs;
  return INPUTS.every((input) => newestMtime(join(ROOT, input)) < built);
}

export default function setup(): void {
  if (siteIsBuilt()) return;
  const astro = join(ROOT, 'node_modules', 'astro', 'astro.js');
  const result = spawnSync(process.execPath, [astro, 'build'], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(`astro build failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
}
