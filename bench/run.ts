/**
 * `npm run bench [-- --json] [-- --only NAME]`: runs every benchmark (or those whose name is or
 * starts with NAME) and prints its figures and whether it meets its targets; `--json` prints one
 * JSON object instead. Exit code 1 when a target is missed. BENCH_RESPONSES=N stores N responses
 * instead of 1,000,000 (quick runs).
 *
 * Each benchmark is a module exporting a `Benchmark` (bench/types.ts) whose `run` returns
 * `{ name, figures, targets }`; add it to BENCHMARKS.
 */
import { exportMemory } from './export-memory';
import { ikmApi } from './ikm-api';
import { ikmTallies } from './ikm-tallies';
import { importThroughput } from './import-throughput';
import { submitThroughput } from './submit-throughput';
import type { Benchmark, BenchResult } from './types';

const BENCHMARKS: readonly Benchmark[] = [
  importThroughput,
  ikmTallies,
  submitThroughput,
  ikmApi,
  exportMemory,
];

function printTable(results: readonly BenchResult[]): void {
  for (const result of results) {
    console.log(`\n${result.name}`);
    const width = Math.max(...Object.keys(result.figures).map((k) => k.length), 10);
    for (const [key, value] of Object.entries(result.figures)) {
      const shown = typeof value === 'number' ? value.toLocaleString('en-US', { maximumFractionDigits: 3 }) : value;
      console.log(`  ${key.padEnd(width)}  ${shown}`);
    }
    for (const target of result.targets) console.log(`  ${target.ok ? 'PASS' : 'FAIL'}  ${target.name}`);
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const onlyAt = args.indexOf('--only');
  const only = onlyAt >= 0 ? args[onlyAt + 1] : undefined;
  // An exact name, or the start of names (`--only import` runs import-throughput).
  const exact = BENCHMARKS.filter((b) => b.name === only);
  const selected = only === undefined ? BENCHMARKS : exact.length > 0 ? exact : BENCHMARKS.filter((b) => b.name.startsWith(only));
  if (selected.length === 0) throw new Error(`No benchmark named "${only}" (have: ${BENCHMARKS.map((b) => b.name).join(', ')})`);
  const log = json ? () => {} : (message: string) => console.error(`  … ${message}`);
  const results: BenchResult[] = [];
  for (const benchmark of selected) {
    if (!json) console.error(`${benchmark.name}`);
    results.push(await benchmark.run({ log }));
  }
  const ok = results.every((r) => r.targets.every((t) => t.ok));
  if (json) console.log(JSON.stringify({ ok, machine: { cpus: (await import('node:os')).cpus().length, node: process.version }, results }));
  else printTable(results);
  if (!ok) process.exitCode = 1;
}

await main();
