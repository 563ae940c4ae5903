import { afterAll, afterEach, describe, expect, inject, it } from 'vitest';
import { closeBrowser, closeSessions, openSession, toCatalogue } from './browser';

const baseUrl = inject('baseUrl');
afterAll(closeBrowser);
afterEach(closeSessions);

describe('the typewriter, when the page is too busy to keep time', () => {
  it('finishes each line before it starts the next, so no line stays cut off', async () => {
    const session = await openSession(baseUrl);
    const { page } = session;
    await toCatalogue(page);
    await page.getByRole('button', { name: 'Play “Your first shift”' }).click();
    const typing = page.locator('.transcript .line .text [aria-hidden="true"]');
    await typing.first().waitFor();
    // Busy for longer than the first line takes to type and linger: when the page is free again,
    // the next line's timer is due while the first line still has characters to go.
    await page.evaluate(() => {
      const until = performance.now() + 4_000;
      while (performance.now() < until);
    });
    await page.locator('button.choice, button.primary.big').first().waitFor();
    expect(await typing.count(), 'a line left half-typed').toBe(0);
    expect(await page.locator('.transcript .line').count()).toBeGreaterThan(1);
    expect(session.problems).toEqual([]);
    await session.close();
  });
});
