/**
 * Shared set-up of the survey browser tests: the real server (built site, in-memory database
 * with one unit and one service), Debian's chromium, a stand-in for `POST /api/v1/responses`
 * (until the server implements it), and axe-core.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page, Route } from 'playwright-core';
export { launchBrowser } from './browser';
import { startServer, type RunningServer } from '../../server/main';
import { serverOptions } from './server';

export const UNIT = 'loket-uji';
export const SERVICE = 'izin-uji';

/** The server on a free port with a fresh in-memory database holding one unit with one service. */
export async function startSurveySite(): Promise<RunningServer> {
  const server = await startServer(serverOptions(':memory:'));
  const org = await server.db.organisations.create({ slug: 'pemkot-uji', name: 'Pemerintah Kota Uji' });
  const unit = await server.db.units.create({ organisationId: org.id, slug: UNIT, name: 'Loket Pelayanan Uji' });
  await server.db.services.create({ unitId: unit.id, slug: SERVICE, name: 'Izin Uji' });
  return server;
}

export interface ReceivedResponse {
  status: number;
  body: Record<string, unknown>;
  headers: Record<string, string>;
}

/**
 * Answers `POST /api/v1/responses` like the contract says: 201 the first time an id arrives,
 * 200 afterwards. `reply` may override the answer for a request (e.g. a 400 or a 503).
 */
export class FakeApi {
  readonly received: ReceivedResponse[] = [];
  readonly stored = new Map<string, Record<string, unknown>>();
  reply: ((body: Record<string, unknown>) => { status: number; json: unknown } | undefined) | undefined;

  async install(target: Page | BrowserContext): Promise<void> {
    await target.route('**/api/v1/responses', (route) => this.handle(route));
  }

  private async handle(route: Route): Promise<void> {
    const req = route.request();
    const body = JSON.parse(req.postData() ?? '{}') as Record<string, unknown>;
    const custom = this.reply?.(body);
    let status: number;
    let json: unknown;
    if (custom) {
      ({ status, json } = custom);
    } else {
      const id = String(body['id']);
      status = this.stored.has(id) ? 200 : 201;
      if (status === 201) this.stored.set(id, body);
      json = { id };
    }
    this.received.push({ status, body, headers: req.headers() });
    await route.fulfill({ status, contentType: 'application/json', body: JSON.stringify(json) });
  }
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** WCAG 2.0/2.1 A and AA rules of axe-core on the current page (shadow DOM included). */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
}

/** The heading of the current screen (inside the element's shadow root). */
export function heading(page: Page) {
  return page.locator('skm-survey #h');
}

/** Text of the <skm-status> mark (whitespace collapsed). */
export async function statusText(page: Page): Promise<string> {
  return ((await page.locator('skm-status .mark').textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

/** True when the page is wider than the viewport (a horizontal scroll bar). */
export function hasHorizontalScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

/** Waits until `check` holds (polling), failing with `what` after `ms`. */
export async function waitFor(check: () => boolean | Promise<boolean>, what: string, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}
