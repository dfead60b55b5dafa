/**
 * Sends the queued responses to `POST /api/v1/responses`, oldest first, one at a time. An item
 * is deleted only on a 200/201 JSON acknowledgement; a 4xx (other than 408/429) moves it to
 * 'rejected'; anything else (no network, 5xx, 408, 429, a captive portal's HTML page) is retried
 * with exponential backoff and jitter. The same id may reach the server twice (e.g. the answer
 * was lost on the way back): the API is idempotent on the id, so that is safe.
 * A kiosk (a `credential` is configured) answered 401 is no longer paired: nothing is rejected
 * then; the whole queue is held, unchanged, until `resume()` after the kiosk is paired again.
 */
import type { QueueCounts, QueueStore, QueuedResponse, RejectedResponse, ResponseBody } from './queue';
import { newQueueItem } from './queue';

const OFFLINE_RECHECK_MS = 30_000;

export type Verdict = 'ack' | 'reject' | 'retry';

/** How a server answer is treated. `jsonBody` guards against captive portals answering 200 with HTML. */
export function classify(status: number, jsonBody: boolean): Verdict {
  if ((status === 200 || status === 201) && jsonBody) return 'ack';
  if (status >= 400 && status < 500 && status !== 408 && status !== 429) return 'reject';
  return 'retry';
}

/** Exponential backoff with "equal jitter": half fixed, half random, so many kiosks coming back at once spread out. */
export function backoffDelay(attempt: number, baseMs: number, maxMs: number, random: () => number): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/** Seconds or HTTP date of a Retry-After header, in ms; null when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number): number | null {
  if (!header) return null;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

export interface SyncStatus extends QueueCounts {
  /** False when the browser reports no network or the last attempt could not reach the server. */
  online: boolean;
  sending: boolean;
}

export interface SyncOptions {
  store: QueueStore;
  endpoint?: string;
  /** Device credential of a paired kiosk, sent as `Authorization: Bearer …`. */
  credential?: () => string | null;
  /** Language of the server's error messages (sent as Accept-Language). */
  lang?: () => string;
  fetch?: typeof fetch;
  now?: () => number;
  random?: () => number;
  isOnline?: () => boolean;
  baseDelayMs?: number;
  maxDelayMs?: number;
  requestTimeoutMs?: number;
}

export type SyncEvent =
  | { type: 'status'; status: SyncStatus }
  | { type: 'sent'; id: string }
  | { type: 'rejected'; item: RejectedResponse }
  /** A kiosk's credential is missing or refused: sending is held until `resume()`. */
  | { type: 'unauthorized' };

interface Attempt {
  verdict: Verdict;
  status: number;
  error?: { code: string; message: string; fields?: Record<string, string> };
  retryAfter: number | null;
}

export class Sync {
  private readonly o: Required<Omit<SyncOptions, 'credential' | 'lang'>> & Pick<SyncOptions, 'credential' | 'lang'>;
  private listeners = new Set<(e: SyncEvent) => void>();
  private chain: Promise<void> = Promise.resolve();
  private queued: Promise<void> | null = null;
  private forceNext = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pausedUntil = 0;
  private failures = 0;
  private reachable = true;
  private stopped = true;
  private held = false;
  status: SyncStatus = { online: true, sending: false, waiting: 0, rejected: 0 };

  constructor(options: SyncOptions) {
    this.o = {
      endpoint: '/api/v1/responses',
      fetch: (...a) => globalThis.fetch(...a),
      now: () => Date.now(),
      random: Math.random,
      isOnline: () => (typeof navigator === 'undefined' ? true : navigator.onLine),
      baseDelayMs: 2000,
      maxDelayMs: 5 * 60_000,
      requestTimeoutMs: 15_000,
      ...options,
    };
  }

  subscribe(fn: (e: SyncEvent) => void): () => void {
    this.listeners.add(fn);
    fn({ type: 'status', status: this.status });
    return () => this.listeners.delete(fn);
  }

  /** Starts sending now and whenever the browser comes back online. */
  start(): void {
    this.stopped = false;
    if (typeof window !== 'undefined') {
      window.addEventListener('online', this.onOnline);
      window.addEventListener('offline', this.onOffline);
    }
    void this.flush();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    if (typeof window !== 'undefined') {
      window.removeEventListener('online', this.onOnline);
      window.removeEventListener('offline', this.onOffline);
    }
  }

  /** Sends again after a hold (the kiosk holds a valid credential again). */
  resume(): Promise<void> {
    this.held = false;
    return this.flush({ force: true });
  }

  private hold(): void {
    if (this.held) return;
    this.held = true;
    this.emit({ type: 'unauthorized' });
  }

  /** Stores a response first, then tries to send it. Resolves once it is safely queued. */
  async submit(body: ResponseBody, completionSeconds?: number): Promise<QueuedResponse> {
    const item = newQueueItem(body, this.o.now(), completionSeconds);
    await this.o.store.add(item);
    await this.refresh();
    void this.flush();
    return item;
  }

  /**
   * Sends whatever is due; with `force`, also items still waiting out their backoff. Passes run
   * one at a time; the promise settles after a pass that started after this call.
   */
  flush(opts: { force?: boolean } = {}): Promise<void> {
    if (opts.force) {
      this.pausedUntil = 0;
      this.forceNext = true;
    }
    if (this.queued) return this.queued;
    const run = this.chain.then(() => {
      this.queued = null;
      const force = this.forceNext;
      this.forceNext = false;
      return this.withLock(() => this.pass(force));
    });
    this.queued = run;
    this.chain = run.catch(() => undefined);
    return run;
  }

  private onOnline = (): void => {
    this.failures = 0;
    void this.flush({ force: true });
  };

  private onOffline = (): void => {
    void this.refresh();
  };

  // Two tabs of the same origin must not send the same item at once (harmless, but wasteful).
  private async withLock(fn: () => Promise<void>): Promise<void> {
    const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
    if (locks) await locks.request('puas-sync', fn);
    else await fn();
  }

  private async pass(force: boolean): Promise<void> {
    clearTimeout(this.timer);
    if (this.stopped || this.held || !this.o.isOnline() || (!force && this.o.now() < this.pausedUntil)) {
      await this.refresh();
      this.schedule();
      return;
    }
    this.setSending(true);
    try {
      const due = (await this.o.store.pending())
        .filter((i) => force || i.nextAttemptAt <= this.o.now())
        .sort((a, b) => a.nextAttemptAt - b.nextAttemptAt || a.queuedAt - b.queuedAt);
      for (const item of due) {
        if (this.stopped || this.held) break;
        if (this.o.credential && !this.o.credential()) {
          this.hold();
          break;
        }
        const a = await this.send(item.body);
        if (a.status === 401 && this.o.credential) {
          // Revoked or unknown device: every other item would meet the same answer.
          this.reachable = true;
          this.hold();
          break;
        }
        if (a.verdict === 'ack') {
          await this.o.store.remove(item.id);
          this.failures = 0;
          this.reachable = true;
          this.emit({ type: 'sent', id: item.id });
        } else if (a.verdict === 'reject') {
          this.reachable = true;
          const rejected: RejectedResponse = {
            ...item,
            rejectedAt: this.o.now(),
            status: a.status,
            code: a.error?.code ?? `HTTP_${a.status}`,
            message: a.error?.message ?? `HTTP ${a.status}`,
          };
          if (a.error?.fields) rejected.fields = a.error.fields;
          await this.o.store.reject(rejected);
          this.emit({ type: 'rejected', item: rejected });
        } else {
          // Server unreachable or struggling: back this item off, pause the whole queue, try again later.
          this.failures += 1;
          this.reachable = a.status !== 0;
          const now = this.o.now();
          const attempts = item.attempts + 1;
          const wait = a.retryAfter ?? backoffDelay(attempts, this.o.baseDelayMs, this.o.maxDelayMs, this.o.random);
          await this.o.store.update({ ...item, attempts, nextAttemptAt: now + wait, lastError: a.error?.message ?? `HTTP ${a.status}` });
          this.pausedUntil = now + (a.retryAfter ?? backoffDelay(this.failures, this.o.baseDelayMs, this.o.maxDelayMs, this.o.random));
          break;
        }
        await this.refresh();
      }
    } finally {
      this.setSending(false);
      await this.refresh();
      this.schedule();
    }
  }

  private async send(body: ResponseBody): Promise<Attempt> {
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
    const credential = this.o.credential?.();
    if (credential) headers['authorization'] = `Bearer ${credential}`;
    const lang = this.o.lang?.();
    if (lang) headers['accept-language'] = lang;
    const abort = new AbortController();
    const timeout = setTimeout(() => abort.abort(), this.o.requestTimeoutMs);
    try {
      const res = await this.o.fetch(this.o.endpoint, {
        method: 'POST',
        headers,
        body: JSON.stringify(body),
        redirect: 'manual',
        signal: abort.signal,
      });
      const isJson = (res.headers.get('content-type') ?? '').includes('application/json');
      const data: unknown = isJson ? await res.json().catch(() => undefined) : undefined;
      let verdict = classify(res.status, data !== undefined);
      // An acknowledgement that names another response is not an acknowledgement of this one.
      const ackId = typeof data === 'object' && data !== null && 'id' in data ? (data as { id: unknown }).id : undefined;
      if (verdict === 'ack' && ackId !== undefined && ackId !== body.id) verdict = 'retry';
      const attempt: Attempt = { verdict, status: res.status, retryAfter: retryAfterMs(res.headers.get('retry-after'), this.o.now()) };
      const err = typeof data === 'object' && data !== null && 'error' in data ? (data as { error: unknown }).error : undefined;
      if (typeof err === 'object' && err !== null) {
        const e = err as { code?: unknown; message?: unknown; fields?: unknown };
        attempt.error = { code: String(e.code ?? ''), message: String(e.message ?? '') };
        if (typeof e.fields === 'object' && e.fields !== null) attempt.error.fields = e.fields as Record<string, string>;
      }
      return attempt;
    } catch (e) {
      return { verdict: 'retry', status: 0, retryAfter: null, error: { code: 'NETWORK', message: e instanceof Error ? e.message : String(e) } };
    } finally {
      clearTimeout(timeout);
    }
  }

  private schedule(): void {
    clearTimeout(this.timer);
    if (this.stopped || this.held || this.status.waiting === 0) return;
    void this.o.store.pending().then((items) => {
      if (this.stopped || items.length === 0) return;
      const next = Math.max(this.pausedUntil, Math.min(...items.map((i) => i.nextAttemptAt)));
      // Offline, the 'online' event wakes us; still look again now and then, as some tablets never fire it.
      const delay = this.o.isOnline() ? Math.min(this.o.maxDelayMs, Math.max(250, next - this.o.now())) : OFFLINE_RECHECK_MS;
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.flush(), delay);
    });
  }

  private setSending(sending: boolean): void {
    this.status = { ...this.status, sending };
  }

  /** Re-reads the counts and tells the listeners. */
  async refresh(): Promise<SyncStatus> {
    const counts = await this.o.store.counts();
    this.status = { ...this.status, ...counts, online: this.o.isOnline() && this.reachable };
    this.emit({ type: 'status', status: this.status });
    return this.status;
  }

  private emit(e: SyncEvent): void {
    for (const fn of this.listeners) fn(e);
  }
}
