/**
 * The sender of the offline queue (site/client/sync.ts) against a scripted server, in Node:
 * what is deleted, kept, rejected and retried, and when.
 */
import { describe, expect, it } from 'vitest';
import { memoryQueue, newResponseId, type ResponseBody } from '../../site/client/queue';
import { Sync, backoffDelay, classify, retryAfterMs, type SyncEvent } from '../../site/client/sync';

type Reply = { status: number; json?: unknown; html?: string; headers?: Record<string, string> } | 'network-error';

function body(n: number): ResponseBody {
  return { id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`, unit: 'loket', channel: 'kiosk', answers: { persyaratan: 4 } };
}

/** A Sync on a memory queue and a fake clock; `replies` answers the requests in order. */
function harness(replies: Reply[], online = true) {
  const store = memoryQueue();
  let now = 1_000_000;
  const requests: ResponseBody[] = [];
  const events: SyncEvent[] = [];
  const hooks: { beforeReply?: () => Promise<void> } = {};
  const fetch = (async (_url: string, init: RequestInit) => {
    const b = JSON.parse(String(init.body)) as ResponseBody;
    requests.push(b);
    await hooks.beforeReply?.();
    const r = replies.shift() ?? { status: 201 };
    if (r === 'network-error') throw new TypeError('Failed to fetch');
    const headers = new Headers(r.headers);
    if (r.html !== undefined) {
      headers.set('content-type', 'text/html');
      return new Response(r.html, { status: r.status, headers });
    }
    headers.set('content-type', 'application/json');
    return new Response(JSON.stringify(r.json ?? { id: b.id }), { status: r.status, headers });
  }) as typeof globalThis.fetch;
  const sync = new Sync({ store, fetch, now: () => now, random: () => 0.5, isOnline: () => online, baseDelayMs: 1000, maxDelayMs: 60_000 });
  sync.subscribe((e) => events.push(e));
  return {
    hooks,
    store,
    sync,
    requests,
    events,
    advance: (ms: number) => (now += ms),
    /** Puts items in the queue without sending. */
    queue: async (...ns: number[]) => {
      for (const n of ns) await store.add({ id: body(n).id, body: body(n), queuedAt: now + n, attempts: 0, nextAttemptAt: now });
    },
    setOnline: (v: boolean) => (online = v),
  };
}

describe('classify', () => {
  it('acknowledges only 200/201 with a JSON body', () => {
    expect(classify(201, true)).toBe('ack');
    expect(classify(200, true)).toBe('ack');
    expect(classify(200, false)).toBe('retry'); // a captive portal's HTML page
    expect(classify(204, true)).toBe('retry');
    expect(classify(302, false)).toBe('retry');
  });
  it('rejects 4xx except 408 and 429; retries those and 5xx', () => {
    for (const s of [400, 401, 404, 409, 413]) expect(classify(s, true)).toBe('reject');
    for (const s of [408, 429, 500, 502, 503]) expect(classify(s, true)).toBe('retry');
  });
});

describe('backoff', () => {
  it('doubles up to the ceiling, half of it random', () => {
    expect(backoffDelay(1, 1000, 60_000, () => 0)).toBe(500);
    expect(backoffDelay(1, 1000, 60_000, () => 1)).toBe(1000);
    expect(backoffDelay(4, 1000, 60_000, () => 0.5)).toBe(6000);
    expect(backoffDelay(30, 1000, 60_000, () => 1)).toBe(60_000);
  });
  it('reads Retry-After in seconds or as a date', () => {
    expect(retryAfterMs('7', 0)).toBe(7000);
    expect(retryAfterMs(new Date(60_000).toUTCString(), 0)).toBe(60_000);
    expect(retryAfterMs('soon', 0)).toBeNull();
    expect(retryAfterMs(null, 0)).toBeNull();
  });
});

describe('Sync', () => {
  it('stores a response before sending it and deletes it on the acknowledgement', async () => {
    const h = harness([{ status: 201 }]);
    let queuedWhenSent = -1;
    h.hooks.beforeReply = async () => {
      queuedWhenSent = (await h.store.pending()).filter((i) => i.id === body(1).id).length;
    };
    h.sync.start();
    await h.sync.submit(body(1));
    await h.sync.flush();
    expect(queuedWhenSent).toBe(1);
    expect(h.requests.map((r) => r.id)).toEqual([body(1).id]);
    expect(await h.store.counts()).toEqual({ waiting: 0, rejected: 0 });
    expect(h.events.some((e) => e.type === 'sent' && e.id === body(1).id)).toBe(true);
    h.sync.stop();
  });

  it('sends oldest first, each once', async () => {
    const h = harness([]);
    await h.queue(3, 1, 2);
    h.sync.start();
    await h.sync.flush();
    expect(h.requests.map((r) => r.id)).toEqual([body(1).id, body(2).id, body(3).id]);
    expect((await h.store.counts()).waiting).toBe(0);
    h.sync.stop();
  });

  it('moves a refused response to "rejected" with the server message and goes on with the rest', async () => {
    const h = harness([{ status: 400, json: { error: { code: 'invalid', message: 'Nilai di luar 1–4', fields: { 'answers.biaya': 'x' } } } }, { status: 201 }]);
    await h.queue(1, 2);
    h.sync.start();
    await h.sync.flush();
    expect(await h.store.counts()).toEqual({ waiting: 0, rejected: 1 });
    const [r] = await h.store.rejected();
    expect(r).toMatchObject({ id: body(1).id, status: 400, code: 'invalid', message: 'Nilai di luar 1–4', fields: { 'answers.biaya': 'x' } });
    expect(h.requests.map((q) => q.id)).toEqual([body(1).id, body(2).id]);
    h.sync.stop();
  });

  it('keeps the queue on a network error, 5xx, 429 or an HTML 200, and backs off', async () => {
    for (const failure of ['network-error', { status: 503 }, { status: 429 }, { status: 200, html: '<h1>Login Wi-Fi</h1>' }] as Reply[]) {
      const h = harness([failure]);
      await h.queue(1, 2);
      h.sync.start();
      await h.sync.flush();
      expect(h.requests).toHaveLength(1);
      const items = await h.store.pending();
      expect(items).toHaveLength(2);
      const first = items.find((i) => i.id === body(1).id)!;
      expect(first.attempts).toBe(1);
      expect(first.nextAttemptAt).toBeGreaterThan(1_000_000);
      // Within the pause nothing is sent; after it, everything is.
      await h.sync.flush();
      expect(h.requests).toHaveLength(1);
      h.advance(60_000);
      await h.sync.flush();
      expect(h.requests).toHaveLength(3);
      expect((await h.store.counts()).waiting).toBe(0);
      h.sync.stop();
    }
  });

  it('reports offline after a network error and online again after a success', async () => {
    const h = harness(['network-error']);
    await h.queue(1);
    h.sync.start();
    await h.sync.flush();
    expect(h.sync.status).toMatchObject({ online: false, waiting: 1 });
    h.advance(60_000);
    await h.sync.flush();
    expect(h.sync.status).toMatchObject({ online: true, waiting: 0 });
    h.sync.stop();
  });

  it('honours Retry-After', async () => {
    const h = harness([{ status: 429, headers: { 'retry-after': '120' } }]);
    await h.queue(1);
    h.sync.start();
    await h.sync.flush();
    h.advance(60_000);
    await h.sync.flush();
    expect(h.requests).toHaveLength(1);
    h.advance(61_000);
    await h.sync.flush();
    expect(h.requests).toHaveLength(2);
    h.sync.stop();
  });

  it('does not treat an acknowledgement of another id as its own', async () => {
    const h = harness([{ status: 201, json: { id: 'someone-else' } }]);
    await h.queue(1);
    h.sync.start();
    await h.sync.flush();
    expect((await h.store.counts()).waiting).toBe(1);
    h.sync.stop();
  });

  it('sends nothing while the browser is offline, and everything (even backed-off items) when forced', async () => {
    const h = harness(['network-error'], false);
    await h.queue(1);
    h.sync.start();
    await h.sync.flush();
    expect(h.requests).toHaveLength(0);
    h.setOnline(true);
    await h.sync.flush();
    expect(h.requests).toHaveLength(1);
    await h.sync.flush({ force: true });
    expect(h.requests).toHaveLength(2);
    expect((await h.store.counts()).waiting).toBe(0);
    h.sync.stop();
  });

  it('restores a rejected response to the queue on request', async () => {
    const h = harness([{ status: 401, json: { error: { code: 'device_revoked', message: 'Perangkat dicabut' } } }, { status: 201 }]);
    await h.queue(1);
    h.sync.start();
    await h.sync.flush();
    expect(await h.store.counts()).toEqual({ waiting: 0, rejected: 1 });
    await h.store.restore(body(1).id);
    await h.sync.flush();
    expect(await h.store.counts()).toEqual({ waiting: 0, rejected: 0 });
    expect(h.requests).toHaveLength(2);
    h.sync.stop();
  });
});

describe('newResponseId', () => {
  it('makes version-4 UUIDs, also without crypto.randomUUID', () => {
    const re = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    expect(newResponseId()).toMatch(re);
    const original = crypto.randomUUID;
    try {
      Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
      const ids = new Set(Array.from({ length: 100 }, () => newResponseId()));
      expect(ids.size).toBe(100);
      for (const id of ids) expect(id).toMatch(re);
    } finally {
      Object.defineProperty(crypto, 'randomUUID', { value: original, configurable: true });
    }
  });
});
