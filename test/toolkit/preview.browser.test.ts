/**
 * The preview page in a real browser (Debian's headless Chromium through playwright-core): generated from a copy
 * of the shipped locales with one stale, one missing and one broken entry, then read as a translator would.
 * Leaves a screenshot in test/artifacts/preview.png.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { launchChromium } from '../support/chromium.js';

const artifacts = new URL('../artifacts/', import.meta.url).pathname;
const shippedDir = new URL('../../locales/', import.meta.url).pathname;

const root = mkdtempSync(join(tmpdir(), 'csi-preview-'));
const dir = join(root, 'locales');
const page = join(root, 'preview.html');
const readJson = (tag: string) => JSON.parse(readFileSync(join(dir, `${tag}.json`), 'utf8'));
const writeJson = (tag: string, value: unknown) => writeFileSync(join(dir, `${tag}.json`), `${JSON.stringify(value, null, 2)}\n`);

let browser: Browser;
let tab: Page;
const requests: string[] = [];
const cell = (locale: string, key: string) => tab.locator(`td[data-locale="${locale}"][data-key="${key}"]`);
const background = (locale: string, key: string) => cell(locale, key).evaluate((element) => getComputedStyle(element).backgroundColor);

beforeAll(async () => {
  cpSync(shippedDir, dir, { recursive: true });
  const de = readJson('de');
  de['status.finished'].sourceHash = '00000000';
  writeJson('de', de);
  const cs = readJson('cs');
  delete cs['status.pending'];
  writeJson('cs', cs);
  const da = readJson('da');
  da['status.in_progress'].title = 'Opdaterer {oops';
  writeJson('da', da);
  const fr = readJson('fr');
  fr['action.retry_later'].label = '<b onmouseover="alert(1)">Réessayer</b> & co';
  writeJson('fr', fr);

  const result = await main(['preview', '--out', page, dir], { out: () => {}, err: (text) => console.error(text) });
  expect(result).toBe(0);
  browser = await launchChromium();
  tab = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  tab.on('request', (request) => requests.push(request.url()));
  await tab.goto(pathToFileURL(page).href);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('the preview page in Chromium', () => {
  it('has one row per key of the English file', async () => {
    const keys = Object.keys(readJson('en')).filter((key) => key !== '$schema');
    expect(await tab.locator('tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-key')))).toEqual(keys);
    expect(await tab.locator('tbody tr th .key').first().textContent()).toBe(keys[0]);
  });

  it('has one column per locale file, English first', async () => {
    const tags = readdirSync(dir)
      .filter((name) => /^[a-z]{2,3}(-\w+)*\.json$/.test(name))
      .map((name) => name.slice(0, -5));
    const columns = await tab.locator('thead th[data-locale]').evaluateAll((cells) => cells.map((c) => c.getAttribute('data-locale')));
    expect(columns[0]).toBe('en');
    expect([...columns].sort()).toEqual(tags.sort());
    expect(await tab.locator('tbody tr').first().locator('td').count()).toBe(tags.length);
  });

  it('renders the French title and message as written in fr.json', async () => {
    const fr = readJson('fr')['code.201.bad_credentials'];
    const plain = cell('fr', 'code.201.bad_credentials').locator('.variant.plain');
    await expect.poll(() => plain.locator('.title').textContent()).toBe(fr.title);
    expect(fr.title).not.toBe(readJson('en')['code.201.bad_credentials'].title);
    expect(await plain.locator('.message').textContent()).toBe(fr.message);
    expect(await plain.locator('.title').isVisible()).toBe(true);
  });

  it.each(['La Banque Postale', 'Lydia', 'LCL'])('renders the French text with the name %s, highlighted', async (name) => {
    const fr = readJson('fr')['status.finished'];
    const withProvider = cell('fr', 'status.finished').locator(`.variant.with-provider[data-provider="${name}"]`);
    expect(await withProvider.locator('.message').textContent()).toBe(fr.messageWithProvider.replace('{provider}', name));
    expect(await withProvider.locator('.provider-name').textContent()).toBe(name);
    expect(await cell('fr', 'status.pending').locator('.variant.with-provider').count()).toBe(0);
  });

  it('highlights the stale cell with its colour and badge, and leaves a current one plain', async () => {
    expect(await cell('de', 'status.finished').getAttribute('class')).toBe('cell stale');
    expect(await cell('de', 'status.finished').locator('.badge-stale').textContent()).toBe('stale');
    expect(await background('de', 'status.finished')).toBe('rgb(255, 248, 197)');
    expect(await background('de', 'status.pending')).toBe('rgb(255, 255, 255)');
  });

  it('highlights the missing entry and the entry whose ICU does not compile', async () => {
    expect(await cell('cs', 'status.pending').getAttribute('class')).toBe('cell missing');
    expect(await background('cs', 'status.pending')).toBe('rgb(255, 235, 233)');
    expect(await cell('cs', 'status.pending').locator('.badge-missing').textContent()).toBe('missing (title, message)');
    expect(await cell('da', 'status.in_progress').getAttribute('class')).toBe('cell error');
    expect(await cell('da', 'status.in_progress').locator('.broken').first().textContent()).toMatch(/EXPECT_ARGUMENT_CLOSING_BRACE/);
  });

  it('explains the highlights in a legend and counts them per locale', async () => {
    expect(await tab.locator('.legend li').allTextContents()).toEqual([
      expect.stringMatching(/^Missing/),
      expect.stringMatching(/^Stale/),
      expect.stringMatching(/^Broken/),
    ]);
    for (const tag of ['cs', 'de']) {
      const missing = await tab.locator(`td.missing[data-locale="${tag}"]`).count();
      const stale = await tab.locator(`td.stale[data-locale="${tag}"]`).count();
      expect(missing + stale).toBeGreaterThan(0);
      expect(await tab.locator(`thead th[data-locale="${tag}"] .counts`).textContent()).toBe(`${missing} missing · ${stale} stale`);
    }
  });

  it('shows the English description for translators', async () => {
    const description = readJson('en')['code.201.bad_credentials'].description;
    expect(await tab.locator('tr[data-key="code.201.bad_credentials"] th .description').textContent()).toBe(description);
  });

  it('shows markup in a translation as text, without running it', async () => {
    const label = cell('fr', 'action.retry_later').locator('.label');
    expect(await label.textContent()).toBe('<b onmouseover="alert(1)">Réessayer</b> & co');
    expect(await label.locator('b').count()).toBe(0);
  });

  it('loads nothing but itself', () => {
    expect(requests).toEqual([pathToFileURL(page).href]);
  });

  it('saves a screenshot as a test artifact', async () => {
    mkdirSync(artifacts, { recursive: true });
    const file = join(artifacts, 'preview.png');
    await tab.screenshot({ path: file });
    expect(statSync(file).size).toBeGreaterThan(50_000);
  });
});
