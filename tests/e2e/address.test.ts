import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, inject, it } from 'vitest';
import { closeBrowser, closeSessions, openSession, skipLines, toCatalogue } from './browser';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');

afterAll(closeBrowser);
afterEach(closeSessions);

describe('addresses the game does not have', () => {
  it('are answered with the game page, whose files load from the base, not from the path', async () => {
    const response = await fetch(new URL('assign/towel', baseUrl), { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toMatch(/src="\/assets\/main-[\w-]+\.js"/);
  });

  it('show a "not found" screen that names the path and leads to the title', async () => {
    const session = await openSession(new URL('assign/towel', baseUrl).href);
    const { page } = session;
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    expect(await page.locator('main').textContent()).toContain('“/assign/towel”');
    await session.screenshot('address-not-found');
    await page.getByRole('link', { name: 'Go to the Counterpart title screen' }).click();
    await page.getByRole('button', { name: 'Choose an encounter' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    expect(session.problems).toEqual([]);
    await session.close();
  });

  it('ship a 404.html that is the game page, for static hosts', () => {
    expect(readFileSync(path.join(distDir, '404.html'), 'utf8')).toBe(readFileSync(path.join(distDir, 'index.html'), 'utf8'));
  });
});

describe('query parameters the game does not know', () => {
  it('are ignored: the title shows as usual', async () => {
    const session = await openSession(new URL('?utm_source=newsletter&scenario=towel&lang=zh', baseUrl).href);
    await session.page.getByRole('button', { name: 'Choose an encounter' }).waitFor();
    expect(await session.page.locator('#app').getAttribute('data-screen')).toBe('title');
    expect(session.problems).toEqual([]);
    await session.close();
  });
});

describe('a choice under the pointer', () => {
  it('is tinted, and keeps the border that focus and selection use', async () => {
    const session = await openSession(baseUrl);
    const { page } = session;
    await toCatalogue(page);
    await page.getByRole('button', { name: 'Play “Your first shift”' }).click();
    await skipLines(page);
    const second = page.locator('button.choice').nth(1);
    const look = (choice: typeof second) => choice.evaluate((el) => ({ border: getComputedStyle(el).borderColor, background: getComputedStyle(el).backgroundColor }));
    const resting = await look(second);
    await second.hover();
    await expect.poll(() => look(second).then((l) => l.background)).not.toBe(resting.background);
    expect((await look(second)).border).toBe(resting.border);
    expect(session.problems).toEqual([]);
    await session.close();
  });
});
