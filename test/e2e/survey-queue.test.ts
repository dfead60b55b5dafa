/**
 * The IndexedDB store of the offline queue (site/client/queue.ts) in chromium: one item per id,
 * oldest first, reject/restore moves, and everything still there after a reload.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './survey-helpers';

const ORIGIN = 'http://queue.test/';
let browser: Browser;
let bundle: string;

beforeAll(async () => {
  const out = await build({ entryPoints: ['site/client/queue.ts'], bundle: true, write: false, format: 'iife', globalName: 'PuasQueue' });
  bundle = out.outputFiles[0]!.text;
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A page on a stand-in origin (IndexedDB needs one) with the queue module loaded. */
async function openPage(page: Page): Promise<void> {
  await page.goto(ORIGIN);
  await page.addScriptTag({ content: bundle });
}

describe('IndexedDB queue', () => {
  it('keeps one item per id, oldest first, moves rejected items aside and survives a reload', async () => {
    const context = await browser.newContext();
    await context.route(`${ORIGIN}**`, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>q</title>' }));
    const page = await context.newPage();
    await openPage(page);
    const first = await page.evaluate(`(async () => {
      const Q = window.PuasQueue;
      const q = await Q.openIndexedDbQueue('test-queue');
      const body = (id) => ({ id, unit: 'loket', channel: 'kiosk', answers: { persyaratan: 3 } });
      await q.add(Q.newQueueItem(body('a'), 20));
      await q.add(Q.newQueueItem(body('a'), 30));
      await q.add(Q.newQueueItem(body('b'), 10));
      await q.add(Q.newQueueItem(body('c'), 40));
      const order = (await q.pending()).map((i) => i.id);
      const c = (await q.pending()).find((i) => i.id === 'c');
      await q.reject({ ...c, rejectedAt: 50, status: 400, code: 'invalid', message: 'Nilai tidak sah' });
      await q.remove('b');
      return { order, counts: await q.counts() };
    })()`);
    expect(first).toEqual({ order: ['b', 'a', 'c'], counts: { waiting: 1, rejected: 1 } });

    await page.reload();
    await page.addScriptTag({ content: bundle });
    const second = await page.evaluate(`(async () => {
      const q = await window.PuasQueue.openIndexedDbQueue('test-queue');
      const kept = { pending: (await q.pending()).map((i) => [i.id, i.queuedAt]), rejected: (await q.rejected()).map((i) => [i.id, i.message]) };
      await q.restore('c');
      return { kept, after: (await q.pending()).map((i) => i.id), counts: await q.counts() };
    })()`);
    expect(second).toEqual({
      kept: { pending: [['a', 20]], rejected: [['c', 'Nilai tidak sah']] },
      after: ['a', 'c'],
      counts: { waiting: 2, rejected: 0 },
    });
    await context.close();
  });
});
