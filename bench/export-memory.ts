/**
 * Exports every response of the shared 1,000,000-response year through the real HTTP route
 * (`server/main.ts` in a child process, signed in as an admin) and reads the body as it arrives:
 * time, rows/s, bytes, and the server's resident memory from /proc: before the export (after
 * start-up and sign-in), its peak during the export (VmHWM reset just before, then polled), and
 * its peak over the whole life of the process. The rows are counted in what arrived.
 * CSV, then XLSX in a fresh server so each peak is its own (BENCH_EXPORT_XLSX=0 skips XLSX).
 */
import type { Benchmark, BenchResult } from './types';
import { round } from './types';
import { ensureSiteBuilt, memoryStatus, resetPeak, signIn, startChild, stopChild } from './child-server';
import { millionDatabase, type MillionDatabase } from './million';
import { xlsxRowCounts } from './xlsx-rows';

const PEAK_TARGET_MB = 300;
const WITH_XLSX = process.env.BENCH_EXPORT_XLSX !== '0';
const MB = 1024 * 1024;

interface Measured {
  seconds: number;
  firstByteMs: number;
  bytes: number;
  rows: number;
  /** MB: resident before the export; peak during it (whole life when the reset was refused); peak of the whole life. */
  rssBefore: number;
  exportPeak: number;
  lifePeak: number;
}

/** Rows of a CSV body: line feeds minus the header's (the generated saran holds none). */
function lineFeeds(chunk: Uint8Array): number {
  let n = 0;
  for (let i = chunk.indexOf(0x0a); i !== -1; i = chunk.indexOf(0x0a, i + 1)) n++;
  return n;
}

async function measure(million: MillionDatabase, kind: 'csv' | 'xlsx', log: (m: string) => void): Promise<Measured> {
  const server = await startChild(million.url);
  let lifePeak = 0;
  let peak = 0;
  const poll = setInterval(() => {
    try {
      peak = Math.max(peak, memoryStatus(server.pid).peakRss);
    } catch {
      // The child may be exiting; its last reading stays.
    }
  }, 100);
  try {
    const cookie = await signIn(server.url, million.admin);
    // Start-up settles (the writer thread opens its own connection) before the export begins.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const before = memoryStatus(server.pid);
    const rssBefore = before.rss;
    lifePeak = before.peakRss;
    if (resetPeak(server.pid)) peak = 0;
    log(`${kind}: exporting ${million.responses.toLocaleString('en-US')} responses (server RSS ${Math.round(rssBefore / MB)} MB)`);
    const started = performance.now();
    const res = await fetch(`${server.url}/api/v1/exports/responses.${kind}?from=${million.from}&to=${million.to}`, { headers: { cookie } });
    if (res.status !== 200 || !res.body) throw new Error(`export failed: ${res.status} ${await res.text()}`);
    let firstByteMs = 0;
    let bytes = 0;
    let feeds = 0;
    const kept: Uint8Array[] = [];
    let nextLog = 0;
    const reader = res.body.getReader();
    for (;;) {
      const { done, value: chunk } = await reader.read();
      if (done) break;
      if (bytes === 0) firstByteMs = performance.now() - started;
      bytes += chunk.length;
      if (kind === 'csv') feeds += lineFeeds(chunk);
      // The workbook is kept (compressed, tens of MB) to count its rows afterwards.
      else kept.push(chunk);
      if (bytes >= nextLog) {
        log(`${kind}: ${Math.round(bytes / MB)} MB received, server peak during export ${Math.round(Math.max(peak, memoryStatus(server.pid).peakRss) / MB)} MB`);
        nextLog += 50 * MB;
      }
    }
    const seconds = (performance.now() - started) / 1000;
    peak = Math.max(peak, memoryStatus(server.pid).peakRss);
    lifePeak = Math.max(lifePeak, peak);
    let rows = feeds - 1;
    if (kind === 'xlsx') {
      const sheets = await xlsxRowCounts(Buffer.concat(kept));
      // Each sheet starts with the header row.
      rows = sheets.reduce((n, s) => n + s.rows - 1, 0);
    }
    return { seconds, firstByteMs, bytes, rows, rssBefore: rssBefore / MB, exportPeak: peak / MB, lifePeak: lifePeak / MB };
  } finally {
    clearInterval(poll);
    await stopChild(server.child);
  }
}

function figuresOf(kind: string, m: Measured): Record<string, number> {
  return {
    [`${kind} seconds`]: round(m.seconds, 1),
    [`${kind} rows/s`]: Math.round(m.rows / m.seconds),
    [`${kind} first byte ms`]: round(m.firstByteMs, 0),
    [`${kind} MB`]: round(m.bytes / 1e6, 1),
    [`${kind} rows`]: m.rows,
    [`${kind} server RSS before export MB`]: round(m.rssBefore, 0),
    [`${kind} server peak RSS during export MB`]: round(m.exportPeak, 0),
    [`${kind} export's own memory MB (peak − before)`]: round(m.exportPeak - m.rssBefore, 0),
    [`${kind} server peak RSS whole life MB`]: round(m.lifePeak, 0),
  };
}

export const exportMemory: Benchmark = {
  name: 'export-memory',
  async run({ log }): Promise<BenchResult> {
    ensureSiteBuilt(log);
    const million = await millionDatabase(log);
    const csv = await measure(million, 'csv', log);
    const xlsx = WITH_XLSX ? await measure(million, 'xlsx', log) : null;
    const targets = [
      { name: `CSV: every response exported (${million.responses.toLocaleString('en-US')} rows)`, ok: csv.rows === million.responses },
      { name: `CSV: server peak RSS during the export < ${PEAK_TARGET_MB} MB`, ok: csv.exportPeak < PEAK_TARGET_MB },
    ];
    if (xlsx) {
      targets.push(
        { name: 'XLSX: every response exported', ok: xlsx.rows === million.responses },
        { name: `XLSX: server peak RSS during the export < ${PEAK_TARGET_MB} MB`, ok: xlsx.exportPeak < PEAK_TARGET_MB },
      );
    }
    return {
      name: 'Export of every response (CSV, XLSX) through HTTP: time and server memory',
      figures: {
        responses: million.responses,
        'shared database build s': round(million.buildSeconds, 1),
        ...figuresOf('csv', csv),
        ...(xlsx ? figuresOf('xlsx', xlsx) : {}),
      },
      targets,
    };
  },
};
