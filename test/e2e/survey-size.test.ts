/**
 * Size budget of the survey pages: everything a phone downloads to run the survey (scripts with
 * their imported chunks, stylesheets, inline script and style) must stay within 60 KB gzipped,
 * and neither Chart.js nor zod may reach it. Prints the figure for the record.
 */
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/main';
import { SERVICE, UNIT, startSurveySite } from './survey-helpers';

const BUDGET_BYTES = 60 * 1024;

let server: RunningServer;
beforeAll(async () => {
  server = await startSurveySite();
});
afterAll(async () => {
  await server?.close();
});

interface Asset {
  url: string;
  text: string;
}

/** The page's own code: linked scripts and stylesheets, their static imports, and inline blocks. */
async function pageAssets(pageUrl: string): Promise<{ inline: string; files: Asset[] }> {
  const html = await (await fetch(pageUrl)).text();
  const inline = [...html.matchAll(/<(script|style)\b[^>]*>([\s\S]*?)<\/\1>/g)].map((m) => m[2]).join('\n');
  const pending = [
    ...[...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!),
    ...[...html.matchAll(/<link\b[^>]*\brel="(?:stylesheet|modulepreload)"[^>]*\bhref="([^"]+)"/g)].map((m) => m[1]!),
    ...[...inline.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)].map((m) => m[1]!),
  ].map((u) => new URL(u, pageUrl).href);
  const files = new Map<string, string>();
  while (pending.length > 0) {
    const url = pending.pop()!;
    if (files.has(url)) continue;
    const res = await fetch(url);
    expect(res.status, url).toBe(200);
    const text = await res.text();
    files.set(url, text);
    if (url.endsWith('.js')) {
      for (const m of text.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']|import\(\s*["']([^"']+\.js)["']\s*\)/g)) {
        pending.push(new URL(m[1] ?? m[2]!, url).href);
      }
    }
  }
  return { inline, files: [...files].map(([url, text]) => ({ url, text })) };
}

describe('survey page size', () => {
  for (const path of [`/s/${UNIT}/${SERVICE}`, `/kiosk`]) {
    it(`${path} ships at most 60 KB of JS and CSS, gzipped, without Chart.js or zod`, async () => {
      const { inline, files } = await pageAssets(new URL(path, server.url).href);
      expect(files.some((f) => f.url.endsWith('.js')), 'the page loads its script').toBe(true);
      const gz = (s: string) => gzipSync(s).length;
      const total = gz(inline) + files.reduce((sum, f) => sum + gz(f.text), 0);
      console.log(`[size] ${path}: ${(total / 1024).toFixed(1)} KB gzipped JS+CSS in ${files.length} files`);
      expect(total).toBeLessThanOrEqual(BUDGET_BYTES);
      const all = inline + files.map((f) => f.text).join('\n');
      expect(all).not.toMatch(/Chart\.js v\d/);
      expect(all).not.toMatch(/ZodError|\$ZodType/);
    });
  }
});
