/** The kiosk's calls to `/api/v1/kiosk/*`. A failure to reach the server is `{ status: 0 }`, never a throw. */
import type { KioskConfig, PairedKiosk } from '../../server/kiosk/pairing';
import type { QueueCounts } from './queue';

export interface ApiAnswer<T> {
  /** 0 = the server could not be reached (offline, timeout, captive portal). */
  status: number;
  data?: T;
  /** The server's message, in the language asked for. */
  message?: string;
}

const TIMEOUT_MS = 10_000;

async function call<T>(path: string, init: { method?: string; body?: unknown; credential?: string; lang: string }): Promise<ApiAnswer<T>> {
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': init.lang };
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  if (init.credential) headers['authorization'] = `Bearer ${init.credential}`;
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), TIMEOUT_MS);
  try {
    const res = await fetch(`/api/v1/kiosk${path}`, {
      method: init.method ?? 'GET',
      headers,
      body: init.body === undefined ? null : JSON.stringify(init.body),
      signal: abort.signal,
      cache: 'no-store',
    });
    if (res.status === 204) return { status: 204 };
    const isJson = (res.headers.get('content-type') ?? '').includes('application/json');
    if (!isJson) return { status: 0 };
    const data = (await res.json()) as unknown;
    if (res.ok) return { status: res.status, data: data as T };
    const message = (data as { error?: { message?: unknown } } | null)?.error?.message;
    return typeof message === 'string' ? { status: res.status, message } : { status: res.status };
  } catch {
    return { status: 0 };
  } finally {
    clearTimeout(timer);
  }
}

export const kioskApi = {
  pair: (code: string, lang: string) => call<PairedKiosk>('/pair', { method: 'POST', body: { code }, lang }),
  me: (credential: string, lang: string) => call<KioskConfig>('/me', { credential, lang }),
  heartbeat: (credential: string, counts: QueueCounts, lang: string) =>
    call<never>('/heartbeat', { method: 'POST', body: { waiting: counts.waiting, rejected: counts.rejected }, credential, lang }),
  exit: (credential: string, pin: string, unpair: boolean, lang: string) =>
    call<never>('/exit', { method: 'POST', body: unpair ? { pin, unpair } : { pin }, credential, lang }),
};
