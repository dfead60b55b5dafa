/** Runs the real `skm` command in a child process, and builds answer files from golden tallies. */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/skm.js');

export interface SkmResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function skm(args: readonly string[], env: Readonly<Record<string, string>> = {}): Promise<SkmResult> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: ROOT, env: { ...process.env, ...env }, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `puas-${prefix}-`));
}

type Tally = Record<'1' | '2' | '3' | '4', number>;
export interface Golden {
  respondents?: number;
  input: { tallies?: Record<string, Tally>; nrr?: Record<string, number> };
  expected: { ikm: number; konversi: number; mutu: string; kinerja: string; nrr?: Record<string, number> };
}

export function golden(name: string): Golden {
  return JSON.parse(readFileSync(`/work/shared/golden/${name}.json`, 'utf8')) as Golden;
}

/**
 * Rows whose per-element answer counts equal `tallies`: row i takes the i-th score of each
 * element's sorted list (an element with fewer answers is left blank on the last rows).
 */
export function rowsFromTallies(codes: readonly string[], tallies: Record<string, Tally>): string[][] {
  const lists = codes.map((code) => {
    const t = tallies[code]!;
    return (['1', '2', '3', '4'] as const).flatMap((s) => Array<string>(t[s]).fill(s));
  });
  const n = Math.max(...lists.map((l) => l.length));
  return Array.from({ length: n }, (_, i) => lists.map((l) => l[i] ?? ''));
}

/** Tallies of 50 answers per element whose NRR is exactly `nrr` (nrr × 50 must be a whole number). */
export function talliesFromNrr(nrr: Record<string, number>): Record<string, Tally> {
  return Object.fromEntries(
    Object.entries(nrr).map(([code, value]) => {
      const sum = Math.round(value * 50);
      const t: Tally = { '1': 0, '2': 0, '3': 0, '4': 0 };
      if (sum >= 150) Object.assign(t, { '3': 200 - sum, '4': sum - 150 });
      else Object.assign(t, { '2': 150 - sum, '3': sum - 100 });
      return [code, t];
    }),
  );
}

export function writeCsv(path: string, header: readonly string[], rows: readonly (readonly string[])[], sep = ','): string {
  const field = (v: string) => (/[",;\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  writeFileSync(path, [header, ...rows].map((r) => r.map(field).join(sep)).join('\n') + '\n');
  return path;
}
