/** Debian's chromium for every browser test: nothing is downloaded, and nothing phones home. */
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.PUAS_CHROMIUM || '/usr/bin/chromium';

/** Without the networking flags chromium floods the closed network with refused connections. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
] as const;

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
}
