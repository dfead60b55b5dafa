/**
 * `GET /api/v1/ikm` through the real server (child process, signed in as an admin) over the
 * shared year of 1,000,000 responses: one unit over the year, and every unit over the year.
 * Latency is measured from the client: sequential requests (one at a time, the dashboard's
 * case) and 8 concurrent clients (several people opening dashboards at once). Target: p95 ≤ 50 ms.
 */
import { ensureSiteBuilt, signIn, startChild, stopChild } from './child-server';
import { millionDatabase } from './million';
import type { Benchmark, BenchResult } from './types';
import { round, summarise } from './types';

const TARGET_P95_MS = 50;
const WARMUP = 20;
const REQUESTS = 300;
const CONCURRENCY = 8;

async function timed(url: string, cookie: string): Promise<number> {
  const started = performance.now();
  const res = await fetch(url, { headers: { cookie } });
  const body = (await res.json()) as { respondents?: number };
  if (res.status !== 200 || typeof body.respondents !== 'number') throw new Error(`GET ${url}: ${res.status} ${JSON.stringify(body)}`);
  return performance.now() - started;
}

async function sequential(url: string, cookie: string): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < REQUESTS; i++) samples.push(await timed(url, cookie));
  return samples;
}

async function concurrent(url: string, cookie: string): Promise<number[]> {
  const samples: number[] = [];
  let left = REQUESTS;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (left-- > 0) samples.push(await timed(url, cookie));
    }),
  );
  return samples;
}

export const ikmApi: Benchmark = {
  name: 'ikm-api',
  async run({ log }): Promise<BenchResult> {
    ensureSiteBuilt(log);
    const million = await millionDatabase(log);
    const server = await startChild(million.url);
    try {
      const cookie = await signIn(server.url, million.admin);
      const range = `from=${million.from}&to=${million.to}`;
      const cases = {
        'one unit': `${server.url}/api/v1/ikm?unit=${million.units[0]!.slug}&${range}`,
        'all units': `${server.url}/api/v1/ikm?${range}`,
      };
      const figures: Record<string, number> = { responses: million.responses };
      const targets = [];
      for (const [label, url] of Object.entries(cases)) {
        for (let i = 0; i < WARMUP; i++) await timed(url, cookie);
        log(`${label}: ${REQUESTS} sequential requests`);
        const seq = summarise(await sequential(url, cookie));
        log(`${label}: ${REQUESTS} requests from ${CONCURRENCY} concurrent clients`);
        const conc = summarise(await concurrent(url, cookie));
        figures[`${label}, sequential median ms`] = round(seq.median, 2);
        figures[`${label}, sequential p95 ms`] = round(seq.p95, 2);
        figures[`${label}, ${CONCURRENCY} concurrent median ms`] = round(conc.median, 2);
        figures[`${label}, ${CONCURRENCY} concurrent p95 ms`] = round(conc.p95, 2);
        targets.push({ name: `${label} over one year: sequential p95 ≤ ${TARGET_P95_MS} ms`, ok: seq.p95 <= TARGET_P95_MS });
        targets.push({ name: `${label} over one year: p95 with ${CONCURRENCY} concurrent clients ≤ ${TARGET_P95_MS} ms`, ok: conc.p95 <= TARGET_P95_MS });
      }
      return { name: `GET /api/v1/ikm over one year with ${million.responses.toLocaleString('en-US')} responses stored`, figures, targets };
    } finally {
      await stopChild(server.child);
    }
  },
};
