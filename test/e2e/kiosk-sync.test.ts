/**
 * The sender of a kiosk (site/client/sync.ts with a device credential), in Node: a refused
 * credential holds the whole queue, unchanged, until the kiosk is paired again.
 */
import { describe, expect, it } from 'vitest';
import { memoryQueue, type ResponseBody } from '../../site/client/queue';
import { Sync, type SyncEvent } from '../../site/client/sync';

function body(n: number): ResponseBody {
  return { id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`, unit: 'loket', channel: 'kiosk', answers: { persyaratan: 4 } };
}

function kiosk(options: { credential: () => string | null } | Record<string, never>, valid: Set<string>) {
  const store = memoryQueue();
  const sent: { id: string; authorization: string | null }[] = [];
  const events: SyncEvent[] = [];
  const fetch = (async (_url: string, init: RequestInit) => {
    const b = JSON.parse(String(init.body)) as ResponseBody;
    const authorization = (init.headers as Record<string, string>)['authorization'] ?? null;
    sent.push({ id: b.id, authorization });
    const ok = authorization !== null && valid.has(authorization.slice('Bearer '.length));
    return new Response(JSON.stringify(ok ? { id: b.id } : { error: { code: 'unauthorized', message: 'Kiosk dicabut' } }), {
      status: ok ? 201 : 401,
      headers: { 'content-type': 'application/json' },
    });
  }) as typeof globalThis.fetch;
  const sync = new Sync({ store, fetch, isOnline: () => true, random: () => 0.5, baseDelayMs: 1000, ...options });
  sync.subscribe((e) => events.push(e));
  return { store, sync, sent, events };
}

describe('kiosk sender', () => {
  it('holds every response, unchanged, when the credential is refused, and sends them after resume()', async () => {
    let credential: string | null = 'old';
    const valid = new Set<string>();
    const k = kiosk({ credential: () => credential }, valid);
    for (const n of [1, 2, 3]) await k.store.add({ id: body(n).id, body: body(n), queuedAt: n, attempts: 0, nextAttemptAt: 0 });
    k.sync.start();
    await k.sync.flush();
    // One request tells it all: the others are not tried with a credential known to fail.
    expect(k.sent).toEqual([{ id: body(1).id, authorization: 'Bearer old' }]);
    expect(await k.store.counts()).toEqual({ waiting: 3, rejected: 0 });
    expect(k.events.filter((e) => e.type === 'unauthorized')).toHaveLength(1);

    // Held: neither a flush nor a forced one sends anything.
    await k.sync.flush({ force: true });
    expect(k.sent).toHaveLength(1);

    credential = 'new';
    valid.add('new');
    await k.sync.resume();
    expect(k.sent.slice(1)).toEqual([1, 2, 3].map((n) => ({ id: body(n).id, authorization: 'Bearer new' })));
    expect(await k.store.counts()).toEqual({ waiting: 0, rejected: 0 });
    k.sync.stop();
  });

  it('sends nothing while the kiosk holds no credential', async () => {
    const k = kiosk({ credential: () => null }, new Set());
    k.sync.start();
    await k.sync.submit(body(7));
    await k.sync.flush();
    expect(k.sent).toEqual([]);
    expect(await k.store.counts()).toEqual({ waiting: 1, rejected: 0 });
    expect(k.events.some((e) => e.type === 'unauthorized')).toBe(true);
    k.sync.stop();
  });

  it('without a credential (a phone), a 401 is an ordinary refusal', async () => {
    const k = kiosk({}, new Set());
    k.sync.start();
    await k.sync.submit(body(8));
    await k.sync.flush();
    expect(await k.store.counts()).toEqual({ waiting: 0, rejected: 1 });
    expect(k.events.some((e) => e.type === 'unauthorized')).toBe(false);
    k.sync.stop();
  });
});
