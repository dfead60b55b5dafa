/** The shape every benchmark returns, so `bench/run.ts` can print and judge them alike. */
export interface BenchTarget {
  /** e.g. "median read ≤ 5 ms" */
  name: string;
  ok: boolean;
}

export interface BenchResult {
  name: string;
  figures: Record<string, number | string>;
  targets: BenchTarget[];
}

export interface BenchOptions {
  /** Progress lines for humans (stderr), silent with --json. */
  log(message: string): void;
}

export interface Benchmark {
  name: string;
  run(options: BenchOptions): Promise<BenchResult>;
}

/** Median and 95th percentile of timings in ms. */
export function summarise(samples: readonly number[]): { median: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
  const mid = sorted.length / 2;
  const median = sorted.length % 2 === 1 ? at(0.5) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
  return { median, p95: at(0.95) };
}

/** Rounds a figure for display (ms with 3 significant decimals where small). */
export function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
