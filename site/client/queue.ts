/**
 * The device's outbox of survey responses. A completed response is written here before
 * anything is sent, so a dropped network, a reload or a reboot loses nothing. Items leave the
 * 'pending' store only when the server acknowledges them; a response the server refuses moves to
 * 'rejected' (with the server's message) so it neither blocks the queue nor disappears.
 */
import type { Score } from '../../survey-kit/types';
import type { ResponseProfile } from '../../survey-kit/elements/survey/model';

export type ResponseChannel = 'kiosk' | 'qr' | 'online';

/** Request body of `POST /api/v1/responses`. */
export interface ResponseBody {
  id: string;
  unit: string;
  service?: string;
  channel: ResponseChannel;
  answers: Record<string, Score | null>;
  profile?: ResponseProfile;
  saran?: string;
  startedAt?: string;
  /** Seconds from Start to Send, measured by the device (the server flags very fast responses). */
  completionSeconds?: number;
  token?: string;
}

export interface QueuedResponse {
  id: string;
  body: ResponseBody;
  /** Epoch ms; the queue is sent oldest first. */
  queuedAt: number;
  attempts: number;
  /** Epoch ms before which this item is not retried. */
  nextAttemptAt: number;
  lastError?: string;
  /** Kept on the device for the record (the body carries it too). */
  completionSeconds?: number;
}

export interface RejectedResponse extends QueuedResponse {
  rejectedAt: number;
  status: number;
  code: string;
  message: string;
  fields?: Record<string, string>;
}

export interface QueueCounts {
  waiting: number;
  rejected: number;
}

export interface QueueStore {
  add(item: QueuedResponse): Promise<void>;
  /** Pending items, oldest first. */
  pending(): Promise<QueuedResponse[]>;
  update(item: QueuedResponse): Promise<void>;
  /** Deletes an acknowledged item. */
  remove(id: string): Promise<void>;
  /** Moves a pending item to 'rejected' in one transaction. */
  reject(item: RejectedResponse): Promise<void>;
  rejected(): Promise<RejectedResponse[]>;
  /** Moves a rejected item back to 'pending' (e.g. after a kiosk is paired again). */
  restore(id: string): Promise<void>;
  counts(): Promise<QueueCounts>;
}

/** A version-4 UUID. `crypto.randomUUID` exists only on https and localhost; phones on a LAN address need the fallback. */
export function newResponseId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export function newQueueItem(body: ResponseBody, now: number, completionSeconds?: number): QueuedResponse {
  const item: QueuedResponse = { id: body.id, body, queuedAt: now, attempts: 0, nextAttemptAt: now };
  if (completionSeconds !== undefined) item.completionSeconds = completionSeconds;
  return item;
}

const byQueuedAt = (a: QueuedResponse, b: QueuedResponse): number => a.queuedAt - b.queuedAt;

/** In-memory store: for tests, and the fallback when a browser offers no IndexedDB. */
export function memoryQueue(): QueueStore {
  const pending = new Map<string, QueuedResponse>();
  const rejected = new Map<string, RejectedResponse>();
  const copy = <T>(x: T): T => structuredClone(x);
  return {
    async add(item) {
      if (!pending.has(item.id) && !rejected.has(item.id)) pending.set(item.id, copy(item));
    },
    async pending() {
      return [...pending.values()].map(copy).sort(byQueuedAt);
    },
    async update(item) {
      if (pending.has(item.id)) pending.set(item.id, copy(item));
    },
    async remove(id) {
      pending.delete(id);
    },
    async reject(item) {
      pending.delete(item.id);
      rejected.set(item.id, copy(item));
    },
    async rejected() {
      return [...rejected.values()].map(copy).sort(byQueuedAt);
    },
    async restore(id) {
      const r = rejected.get(id);
      if (!r) return;
      rejected.delete(id);
      pending.set(id, { id: r.id, body: r.body, queuedAt: r.queuedAt, attempts: 0, nextAttemptAt: 0 });
    },
    async counts() {
      return { waiting: pending.size, rejected: rejected.size };
    },
  };
}

const PENDING = 'pending';
const REJECTED = 'rejected';

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

/** The IndexedDB store (database `puas-queue` unless named otherwise). */
export async function openIndexedDbQueue(name = 'puas-queue'): Promise<QueueStore> {
  const open = indexedDB.open(name, 1);
  open.onupgradeneeded = () => {
    const db = open.result;
    db.createObjectStore(PENDING, { keyPath: 'id' }).createIndex('queuedAt', 'queuedAt');
    db.createObjectStore(REJECTED, { keyPath: 'id' }).createIndex('queuedAt', 'queuedAt');
  };
  const db = await request(open);

  // 'strict' asks the browser to flush to disk before reporting success: a queued response
  // must survive a power cut right after the thank-you screen.
  const write = async (stores: string[], work: (tx: IDBTransaction) => void): Promise<void> => {
    const tx = db.transaction(stores, 'readwrite', { durability: 'strict' });
    work(tx);
    await done(tx);
  };
  const readAll = async <T>(store: string): Promise<T[]> => {
    const tx = db.transaction(store, 'readonly');
    return request(tx.objectStore(store).index('queuedAt').getAll() as IDBRequest<T[]>);
  };

  return {
    add: (item) =>
      write([PENDING, REJECTED], (tx) => {
        // add() rather than put(): the same response queued twice stays one item.
        const r = tx.objectStore(PENDING).add(item);
        r.onerror = (e) => {
          if (r.error?.name !== 'ConstraintError') return;
          e.preventDefault(); // keeps the transaction alive
          e.stopPropagation(); // and out of the transaction's onerror
        };
      }),
    pending: () => readAll<QueuedResponse>(PENDING),
    update: (item) => write([PENDING], (tx) => void tx.objectStore(PENDING).put(item)),
    remove: (id) => write([PENDING], (tx) => void tx.objectStore(PENDING).delete(id)),
    reject: (item) =>
      write([PENDING, REJECTED], (tx) => {
        tx.objectStore(PENDING).delete(item.id);
        tx.objectStore(REJECTED).put(item);
      }),
    rejected: () => readAll<RejectedResponse>(REJECTED),
    restore: async (id) => {
      const tx = db.transaction([PENDING, REJECTED], 'readwrite', { durability: 'strict' });
      const r = (await request(tx.objectStore(REJECTED).get(id))) as RejectedResponse | undefined;
      if (r) {
        tx.objectStore(REJECTED).delete(id);
        tx.objectStore(PENDING).put({ id: r.id, body: r.body, queuedAt: r.queuedAt, attempts: 0, nextAttemptAt: 0 });
      }
      await done(tx);
    },
    counts: async () => {
      const tx = db.transaction([PENDING, REJECTED], 'readonly');
      const [waiting, rejected] = await Promise.all([request(tx.objectStore(PENDING).count()), request(tx.objectStore(REJECTED).count())]);
      return { waiting, rejected };
    },
  };
}

/** IndexedDB when the browser has it, otherwise memory (responses then live only as long as the page). */
export async function openQueue(name?: string): Promise<QueueStore> {
  try {
    if (typeof indexedDB !== 'undefined') return await openIndexedDbQueue(name);
  } catch {
    // Some private-browsing modes refuse IndexedDB; the memory store still lets the survey send.
  }
  return memoryQueue();
}
