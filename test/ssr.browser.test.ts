/**
 * The SSR example in headless Chromium (the system one or the npm one, see `support/chromium.ts`; driven by playwright-core): a browser whose locale is
 * German gets a German page with the independent oracle's texts (`support/oracle.ts`), and a hostile provider name
 * stays text. It never skips: without a browser it fails.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../examples/ssr/server.js';
import { launchChromium } from './support/chromium.js';
import { expected, specCase } from './support/oracle.js';
import { closeServer, listenOnLoopback } from './support/server.js';

const xss = '<img src=x onerror=alert(1)>';

const server = createServer();
let base = '';
let browser: Browser;

beforeAll(async () => {
  base = await listenOnLoopback(server);
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await closeServer(server);
});

describe.each([
  ['de-DE', 'de'],
  ['fr-FR', 'fr'],
  ['pt-BR', 'pt'],
  ['ja-JP', 'en'],
])('in Chromium with the browser locale %s', (browserLocale, locale) => {
  it(`shows the page in ${locale}, with a hostile provider name as text`, async () => {
    const context = await browser.newContext({ locale: browserLocale });
    try {
      const page = await context.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      const response = await page.goto(`${base}/?code=201&reason=Bad%20Credentials&provider=${encodeURIComponent(xss)}`, {
        timeout: 15_000,
      });
      expect(await page.evaluate(() => navigator.language)).toBe(browserLocale);
      expect(response?.headers()['content-language']).toBe(locale);
      expect(response?.headers().vary).toMatch(/accept-language/i);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale);

      const want = expected(specCase('code 201, reason "Bad Credentials"'), locale, { provider: xss });
      expect(await page.title()).toBe(want.title);
      expect(await page.locator('#title').textContent()).toBe(want.title);
      expect(await page.locator('#message').textContent()).toBe(want.message);
      expect(await page.locator('#message').textContent()).toContain(xss);
      expect(await page.locator('#action').textContent()).toBe(want.actionLabel);
      // The payload is text: no element was created from it and nothing ran.
      expect(await page.locator('img, script').count()).toBe(0);
      expect(dialogs).toEqual([]);
    } finally {
      await context.close();
    }
  }, 30_000);
});
