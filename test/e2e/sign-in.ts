/** Signing in through the /masuk page, as a person would, for browser tests of signed-in pages. */
import type { Page } from 'playwright-core';
import { TEST_PASSWORD } from '../../server/testing/auth';

/** Opens /masuk (with `next`), types the credentials and waits for the page it leads to. */
export async function signInThroughPage(page: Page, baseUrl: string, username: string, next = '/', password = TEST_PASSWORD): Promise<void> {
  const origin = new URL(baseUrl).origin;
  await page.goto(`${origin}/masuk?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Kata sandi').fill(password);
  await Promise.all([page.waitForURL(`${origin}${next}`), page.getByRole('button', { name: 'Masuk' }).click()]);
}
