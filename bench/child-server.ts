/**
 * The real server (`server/main.ts`) in a child process for benchmarks that must measure it from
 * outside: its own event loop, and its own memory, read from /proc/PID/status (Linux).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');

/** server/main.ts serves the built site too: build it once when missing. */
export function ensureSiteBuilt(log: (m: string) => void): void {
  if (existsSync(join(ROOT, 'dist', 'server', 'entry.mjs'))) return;
  log('building the site (the server serves it)');
  const built = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'astro', 'astro.js'), 'build'], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: 'ignore',
  });
  if (built.status !== 0) throw new Error('astro build failed');
}

export interface ChildServer {
  child: ChildProcess;
  /** Without the trailing slash. */
  url: string;
  pid: number;
}

/** Starts `server/main.ts` on a free loopback port and resolves once it listens. */
export function startChild(databaseUrl: string, env: Record<string, string> = {}): Promise<ChildServer> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'server', 'main.ts')], {
      cwd: ROOT,
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATABASE_URL: databaseUrl, PUAS_DEMO: '0', NODE_ENV: 'production', ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    const onExit = (code: number | null) => fail(new Error(`server exited early (${code})`));
    child.once('exit', onExit);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /http:\/\/[^\s]+/.exec(out)?.[0];
      if (url && child.pid !== undefined) {
        child.off('exit', onExit);
        child.stdout!.removeAllListeners('data');
        child.stdout!.resume();
        done({ child, url: url.replace(/\/$/, ''), pid: child.pid });
      }
    });
  });
}

export function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) return done();
    child.once('exit', () => done());
    child.kill('SIGTERM');
  });
}

export interface MemoryStatus {
  /** Resident set size now, bytes. */
  rss: number;
  /** Peak resident set size since the process started (VmHWM), bytes. */
  peakRss: number;
}

/** The process's resident memory from /proc (Linux only; throws elsewhere). */
export function memoryStatus(pid: number): MemoryStatus {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
    if (!match) throw new Error(`/proc/${pid}/status has no ${field}`);
    return Number(match[1]) * 1024;
  };
  return { rss: kb('VmRSS'), peakRss: kb('VmHWM') };
}

/**
 * Resets the process's peak (VmHWM) to its current resident size (Linux `clear_refs` 5), so the
 * next reading is the peak of what follows rather than of start-up. False when not permitted.
 */
export function resetPeak(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

/** Signs in through `POST /api/v1/session`; the `puas_session=…` pair to send as a cookie. */
export async function signIn(url: string, account: { username: string; password: string }): Promise<string> {
  const res = await fetch(`${url}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(account),
  });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('puas_session='));
  if (!cookie) throw new Error('sign-in set no session cookie');
  return cookie.split(';')[0]!;
}
