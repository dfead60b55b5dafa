/**
 * Crash test of the submission API: the real server (durable mode: WAL, synchronous=FULL, group
 * commit on its writer thread) in a child process on a database file,
 * several clients submitting new responses as fast as they can, SIGKILL in the middle of it,
 * a restart on the same file, every unacknowledged response sent again. Afterwards every
 * acknowledged response is stored exactly once and the tallies equal a recount.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteDatabase } from '../../db/open';
import { tempDir } from '../../db/testing/temp';
import { hashCredential, newCredential } from '../../server/kiosk/credentials';
import { SKM_2017 } from '../../survey-kit/index';

const ROOT = resolve(import.meta.dirname, '../..');
const CLIENTS = 6;
/** Acknowledged responses to wait for before the kill, so it lands in a steady stream. */
const ACKS_BEFORE_KILL = 250;

const dir = tempDir('puas-crash-');
const file = dir.file('crash.db');
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  dir.remove();
});

function start(): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'server', 'main.ts')], {
      cwd: ROOT,
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATABASE_URL: file, PUAS_DEMO: '0', PUAS_IP_LIMIT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let out = '';
    let err = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /http:\/\/\S+/.exec(out)?.[0];
      if (url) done({ child, url: url.replace(/\/$/, '') });
    });
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('exit', (code, signal) => fail(new Error(`server exited before listening (${code ?? signal}): ${err}`)));
  });
}

function body(): { id: string; text: string } {
  const id = randomUUID();
  const answers = Object.fromEntries(SKM_2017.elements.map((e) => [e.code, 1 + Math.floor(Math.random() * 4)]));
  return { id, text: JSON.stringify({ id, unit: 'loket', channel: 'kiosk', answers, completionSeconds: 30 }) };
}

async function post(url: string, credential: string, text: string): Promise<number> {
  const res = await fetch(`${url}/api/v1/responses`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${credential}` },
    body: text,
  });
  await res.arrayBuffer();
  return res.status;
}

describe('submissions survive SIGKILL of the server', () => {
  it('stores every acknowledged response exactly once, and the tallies match a recount', async () => {
    const credential = newCredential();
    const setup = await openSqliteDatabase({ url: file });
    const org = await setup.organisations.create({ slug: 'crash', name: 'Crash' });
    const unit = await setup.units.create({ organisationId: org.id, slug: 'loket', name: 'Loket', timeZone: 'Asia/Makassar' });
    await setup.devices.create({ unitId: unit.id, name: 'Kios', credentialHash: hashCredential(credential) });
    await setup.close();

    const first = await start();
    const sent = new Map<string, string>();
    const acked = new Set<string>();
    let refused = 0;
    let killed = false;
    const killedAt = new Promise<void>((done) => {
      const client = async (): Promise<void> => {
        for (;;) {
          const { id, text } = body();
          sent.set(id, text);
          let status: number;
          try {
            status = await post(first.url, credential, text);
          } catch {
            return; // the server is gone: this one stays unacknowledged
          }
          if (status === 201 || status === 200) acked.add(id);
          else refused++;
          if (!killed && acked.size >= ACKS_BEFORE_KILL) {
            killed = true;
            first.child.kill('SIGKILL');
            done();
          }
        }
      };
      void Promise.all(Array.from({ length: CLIENTS }, client));
    });
    await killedAt;
    await new Promise<void>((done) => (first.child.exitCode !== null || first.child.signalCode !== null ? done() : first.child.once('exit', () => done())));
    // Let every client notice the dead connection.
    await new Promise((r) => setTimeout(r, 200));
    expect(refused).toBe(0);
    const unacked = [...sent.keys()].filter((id) => !acked.has(id));
    expect(unacked.length).toBeGreaterThan(0);

    const second = await start();
    try {
      const resent = await Promise.all(unacked.map((id) => post(second.url, credential, sent.get(id)!)));
      // 200: it was stored before the kill, only the answer was lost; 201: it never was.
      expect(resent.every((s) => s === 200 || s === 201)).toBe(true);
      // An acknowledged one sent again is recognised, not stored twice.
      const sample = [...acked].slice(0, 20);
      expect(await Promise.all(sample.map((id) => post(second.url, credential, sent.get(id)!)))).toEqual(sample.map(() => 200));
      // The real server gives a phone its browser mark with the survey page (Astro writes that page).
      const page = await fetch(`${second.url}/s/loket`);
      expect(page.status).toBe(200);
      expect(page.headers.get('set-cookie')).toMatch(/^puas_b=[A-Za-z0-9_-]{22}; Max-Age=31536000; Path=\/; HttpOnly; SameSite=Lax$/);
      await page.arrayBuffer();
    } finally {
      second.child.kill('SIGTERM');
      await new Promise((done) => second.child.once('exit', done));
    }

    const db = await openSqliteDatabase({ url: file });
    try {
      const stored = db.sqlite.prepare('SELECT client_id AS id FROM responses').all() as { id: string }[];
      const ids = new Set(stored.map((r) => r.id));
      expect(ids.size).toBe(stored.length);
      expect([...acked].filter((id) => !ids.has(id))).toEqual([]);
      expect(stored.length).toBe(sent.size);
      expect(await db.tallies.verify()).toEqual([]);
    } finally {
      await db.close();
    }
  }, 60_000);
});
