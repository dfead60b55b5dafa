/**
 * The layers depend one way: site → server → db → survey-kit. survey-kit is the pure domain
 * core (no I/O, no zod, nothing of the other layers), and SQL lives only in db/.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const LAYERS = ['site', 'server', 'db', 'survey-kit'] as const;
type Layer = (typeof LAYERS)[number];
/** Layers each layer may import (itself included). */
const ALLOWED: Record<Layer, readonly Layer[]> = {
  site: ['site', 'server', 'db', 'survey-kit'],
  server: ['server', 'db', 'survey-kit'],
  db: ['db', 'survey-kit'],
  'survey-kit': ['survey-kit'],
};

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(ts|mts|js|mjs|astro)$/.test(name)) out.push(path);
  }
  return out;
}

function importsOf(source: string): string[] {
  const specs: string[] = [];
  const re = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g;
  for (const m of source.matchAll(re)) specs.push((m[1] ?? m[2] ?? m[3])!);
  return specs;
}

function layerOf(path: string): Layer | undefined {
  const top = relative(root, path).split(/[\\/]/)[0];
  return LAYERS.find((l) => l === top);
}

const files = LAYERS.flatMap((l) => sourceFiles(join(root, l)).map((f) => ({ file: f, layer: l })));

describe('architecture', () => {
  it('finds the source files of every layer', () => {
    for (const l of LAYERS) expect(files.some((f) => f.layer === l), l).toBe(true);
  });

  it('imports point one way: site → server → db → survey-kit', () => {
    const violations: string[] = [];
    for (const { file, layer } of files) {
      for (const spec of importsOf(readFileSync(file, 'utf8'))) {
        if (!spec.startsWith('.')) continue;
        const target = layerOf(resolve(dirname(file), spec));
        if (target && !ALLOWED[layer].includes(target)) violations.push(`${relative(root, file)} → ${spec}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('survey-kit stays pure: no node built-ins, database drivers or zod outside its tests', () => {
    const forbidden = /^(node:|fs$|path$|better-sqlite3|drizzle-orm|zod|hono|pg$)/;
    const violations = files
      .filter((f) => f.layer === 'survey-kit' && !/\.test\.ts$/.test(f.file))
      .flatMap((f) => importsOf(readFileSync(f.file, 'utf8')).filter((s) => forbidden.test(s)).map((s) => `${relative(root, f.file)} → ${s}`));
    expect(violations).toEqual([]);
  });

  it('SQL and database drivers appear only in db/', () => {
    const violations = files
      .filter((f) => f.layer !== 'db' && !/\.test\.ts$/.test(f.file))
      .flatMap((f) => importsOf(readFileSync(f.file, 'utf8')).filter((s) => /^(better-sqlite3|drizzle-orm|pg)(\/|$)/.test(s)).map((s) => `${relative(root, f.file)} → ${s}`));
    expect(violations).toEqual([]);
  });
});
