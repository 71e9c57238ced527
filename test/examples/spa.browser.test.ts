/**
 * The single-page app example (`examples/spa/`), bundled with esbuild as an app would (`splitting`, ESM) from the
 * built package: `connection-status-i18n/...` resolves by name through `package.json` `exports` to `dist/` (the
 * package's self-reference, which esbuild follows), so what is checked is what an app gets from npm, `import()`s
 * as tsup emits them included. `npm run build` must have run (the `test` script does it first).
 *
 * Each locale but English is a chunk of its own and the entry holds no other language's text; in headless Chromium
 * the page shows the oracle's text in the browser's language after fetching that one locale's chunk, and nothing
 * more for a language the package does not ship. It never skips: without a browser it fails.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium.js';
import { expected, formatIcu, localeJson, shippedLocales, specCase } from '../support/oracle.js';
import { closeServer, listenOnLoopback } from '../support/server.js';

const root = new URL('../..', import.meta.url).pathname;
const out = mkdtempSync(join(tmpdir(), 'spa-example-'));
const otherLocales = shippedLocales.filter((tag) => tag !== 'en');

/** Every title of a shipped locale, formatted from its file. */
const titles = (tag: string) =>
  Object.entries(localeJson(tag)).flatMap(([key, entry]) => (key === '$schema' || !entry.title ? [] : [formatIcu(entry.title, tag)]));
const englishTitles = new Set(titles('en'));
const latinScript = (text: string) => [...text.matchAll(/\p{L}/gu)].every(([letter]) => /\p{Script=Latin}/u.test(letter));

let outputs: Metafile['outputs'] = {};
/** The output file (relative to `out`) of each locale's chunk, by tag. */
const chunkOf = new Map<string, string>();
let entry = '';
const read = (file: string) => readFileSync(join(out, file), 'utf8');
const minGzip = (file: string) => gzipSync(readFileSync(join(out, file)), { level: 9 }).length;

let server: Server;
let base = '';
let browser: Browser;
const types: Readonly<Record<string, string>> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

beforeAll(async () => {
  if (!existsSync(join(root, 'dist', 'load-locale.js'))) throw new Error('dist/load-locale.js is missing: run `npm run build` first');
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['examples/spa/main.ts'],
    outdir: out,
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    // Non-ASCII texts as they are (Vite's setting), so that the checks below can look for them.
    charset: 'utf8',
    metafile: true,
    logLevel: 'silent',
  });
  outputs = Object.fromEntries(
    Object.entries(result.metafile.outputs).map(([path, output]) => [path.slice(path.lastIndexOf('/') + 1), output]),
  );
  entry = Object.keys(outputs).find((file) => outputs[file]?.entryPoint === 'examples/spa/main.ts') ?? '';
  for (const [file, output] of Object.entries(outputs)) {
    const tag = /^dist\/locales\/([a-z]{2,3})\.js$/.exec(output.entryPoint ?? '')?.[1];
    if (tag) chunkOf.set(tag, file);
  }
  const sizes = [...chunkOf]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([tag, file]) => `${tag} ${minGzip(file)}`)
    .join(', ');
  const shared = Object.keys(outputs)
    .filter((file) => file !== entry && ![...chunkOf.values()].includes(file))
    .map((file) => `${file} ${minGzip(file)}`);
  console.info(`spa example, min+gzip bytes: entry ${entry} ${minGzip(entry)}; shared: ${shared.join(', ') || 'none'}; locales: ${sizes}`);

  // The page as a build emits it: its script is the bundle of `main.ts` (Vite rewrites the tag the same way).
  const html = readFileSync(join(root, 'examples/spa/index.html'), 'utf8');
  if (!html.includes('src="./main.ts"')) throw new Error('examples/spa/index.html no longer loads ./main.ts: update this test');
  writeFileSync(join(out, 'index.html'), html.replace('src="./main.ts"', `src="./${entry}"`));

  server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = join(out, path === '/' ? 'index.html' : path.slice(1));
    if (path.includes('..') || !existsSync(file)) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  base = await listenOnLoopback(server);
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await closeServer(server);
  rmSync(out, { recursive: true, force: true });
});

describe('the SPA example bundled with esbuild (splitting, ESM)', () => {
  it('has an entry chunk named after the example', () => {
    expect(entry).toBe('main.js');
  });

  it.each(otherLocales)('puts %s in a chunk of its own, which only import() loads', (tag) => {
    const file = chunkOf.get(tag) ?? '';
    // esbuild's metafile names the source modules that each output holds bytes of.
    expect(Object.keys(outputs).filter((output) => `dist/locales/${tag}.js` in (outputs[output]?.inputs ?? {}))).toEqual([file]);
    const importedAs = Object.values(outputs).flatMap((output) => output.imports.filter((i) => i.path.endsWith(`/${file}`)));
    expect(importedAs.map((i) => i.kind)).toEqual(['dynamic-import']);
  });

  it('keeps English, the default locale, in the entry and makes no chunk of it', () => {
    expect(chunkOf.has('en')).toBe(false);
    for (const title of englishTitles) expect(read(entry)).toContain(title);
  });

  // A text search finds a locale's texts only where they are stored as text: each row first checks that it finds them
  // in the locale's own chunk. Texts in a script other than Latin may be stored in another form (one that weighs less
  // once a bundler escapes non-ASCII characters); for those locales the metafile check above is the proof.
  it.each(otherLocales.filter((tag) => titles(tag).every(latinScript)))(
    'holds no title of %s in the entry (but those it shares with English)',
    (tag) => {
      const own = titles(tag).filter((title) => !englishTitles.has(title));
      expect(own.length).toBeGreaterThan(0);
      for (const title of own) expect(read(chunkOf.get(tag) ?? '')).toContain(title);
      for (const title of own) expect(read(entry)).not.toContain(title);
    },
  );
});

describe.each([
  ['de-DE', 'de', ['de']],
  ['fr-CA', 'fr', ['fr']],
  ['nb-NO', 'nb', ['nb']],
  ['ja-JP', 'en', []],
])('in Chromium with the browser locale %s', (browserLocale, locale, fetched) => {
  it(`shows the status in ${locale}, having fetched the locale chunks ${JSON.stringify(fetched)}`, async () => {
    const context = await browser.newContext({ locale: browserLocale });
    try {
      const page = await context.newPage();
      const requested: string[] = [];
      page.on('request', (request) => requested.push(new URL(request.url()).pathname.slice(1)));
      await page.goto(`${base}/`, { timeout: 15_000 });
      await page.locator('#title').waitFor({ timeout: 15_000 });
      expect(await page.evaluate(() => navigator.languages)).toContain(browserLocale);

      const want = expected(specCase('code 201, reason "Bad Credentials"'), locale, { provider: 'ING' });
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale);
      expect(await page.title()).toBe(want.title);
      expect(await page.locator('#title').textContent()).toBe(want.title);
      expect(await page.locator('#message').textContent()).toBe(want.message);
      expect(await page.locator('#action').textContent()).toBe(want.actionLabel);

      const localeChunks = new Map([...chunkOf].map(([tag, file]) => [file, tag]));
      expect(requested.filter((file) => localeChunks.has(file)).map((file) => localeChunks.get(file))).toEqual(fetched);
      expect(requested).toContain(entry);
    } finally {
      await context.close();
    }
  }, 30_000);
});

describe('in Chromium when a locale chunk cannot be fetched', () => {
  it('shows the status in English, the example catching the rejected loadLocale', async () => {
    const context = await browser.newContext({ locale: 'de-DE' });
    try {
      const page = await context.newPage();
      await page.route(`**/${chunkOf.get('de')}`, (route) => route.abort('connectionfailed'));
      await page.goto(`${base}/`, { timeout: 15_000 });
      await page.locator('#title').waitFor({ timeout: 15_000 });
      const want = expected(specCase('code 201, reason "Bad Credentials"'), 'en', { provider: 'ING' });
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      expect(await page.locator('#message').textContent()).toBe(want.message);
    } finally {
      await context.close();
    }
  }, 30_000);
});
