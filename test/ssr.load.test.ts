/**
 * The SSR example under load: one server process (started as `npm run example:ssr` starts it) on 127.0.0.1, and
 * 1,000 concurrent requests with mixed Accept-Language headers. Every response must be in the language negotiated
 * for its own request, with its own provider name: a server that kept a locale between requests would mix them up.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expected, htmlText, specCase } from './support/oracle.js';

const requests = 1000;
const root = new URL('..', import.meta.url).pathname;

// Each header and the locale it must get, worked out by hand from RFC 4647 lookup over the shipped locales.
const acceptLanguages: [header: string, locale: string][] = [
  ['fr-CH, fr;q=0.9, en;q=0.8', 'fr'],
  ['de-DE,de;q=0.9,en;q=0.5', 'de'],
  ['es-ES', 'es'],
  ['it', 'it'],
  ['nl-BE,nl;q=0.9', 'nl'],
  ['pt-BR,pt;q=0.8', 'pt'],
  ['pl,en;q=0.5', 'pl'],
  ['sv-SE', 'sv'],
  ['nb-NO,no;q=0.9', 'nb'],
  ['el', 'el'],
  ['fi-FI', 'fi'],
  ['cs-CZ,cs;q=0.9,sk;q=0.8', 'cs'],
  ['en-GB,en;q=0.9', 'en'],
  ['ja-JP,ja;q=0.9', 'en'],
  ['*', 'en'],
  ['', 'en'],
];
// Each query and the row of the oracle's specification table it asks for.
const queries: { query: string; row: string }[] = [
  { query: 'code=201&reason=Bad%20Credentials', row: 'code 201, reason "Bad Credentials"' },
  { query: 'code=201&reason=Password%20Expired', row: 'code 201, reason "Password Expired"' },
  { query: 'code=302', row: 'code 302' },
  { query: 'code=205', row: 'code 205' },
  { query: 'code=402', row: 'code 402' },
  { query: 'code=306', row: 'code 306, not documented (its category)' },
  { query: 'status=waiting%20user', row: 'status "waiting user"' },
  { query: 'status=maintenance', row: 'status "maintenance"' },
];

let server: ChildProcess;
let base = '';

beforeAll(async () => {
  // The server exits when its stdin closes, so it stops with this test process even if that one is killed.
  const exitWithParent = 'data:text/javascript,process.stdin.resume();process.stdin.on("end",()=>process.exit(0))';
  server = spawn(process.execPath, ['--import', exitWithParent, '--import', 'tsx', 'examples/ssr/server.ts'], {
    cwd: root,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  base = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`the SSR example did not start within 20 s; it printed: ${output}`)), 20_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /http:\/\/127\.0\.0\.1:\d+/.exec(output)?.[0];
      if (url) {
        clearTimeout(timer);
        resolve(url);
      }
    };
    server.stdout?.on('data', read);
    server.stderr?.on('data', read);
    server.once('exit', (code) => reject(new Error(`the SSR example exited with code ${code}: ${output}`)));
  });
}, 30_000);

afterAll(() => {
  server?.stdin?.end();
  server?.kill('SIGTERM');
});

describe('the SSR example under load', () => {
  it(`serves ${requests} concurrent requests in mixed languages, each in its own negotiated language`, async () => {
    const started = performance.now();
    const results = await Promise.all(
      Array.from({ length: requests }, async (_, i) => {
        const [acceptLanguage, locale] = acceptLanguages[i % acceptLanguages.length] as [string, string];
        // Every header with every query, in turn.
        const { query, row } = queries[Math.floor(i / acceptLanguages.length) % queries.length] as (typeof queries)[number];
        // A provider name of its own tells whether a response belongs to its request; `&` must reach it escaped.
        const provider = `Bank ${i} & Sons`;
        const response = await fetch(`${base}/?${query}&provider=${encodeURIComponent(provider)}`, {
          headers: { 'Accept-Language': acceptLanguage },
          signal: AbortSignal.timeout(20_000),
        });
        const html = await response.text();
        const served = response.headers.get('content-language');
        const ok =
          response.status === 200 &&
          served === locale &&
          html.includes(`<html lang="${locale}"`) &&
          /<p id="message">(.*?)<\/p>/s.exec(html)?.[1] === htmlText(expected(specCase(row), locale, { provider }).message);
        return { ok, served, i };
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const mismatches = results.filter((result) => !result.ok);
    const locales = new Set(results.map((result) => result.served));
    console.log(
      `ssr load: ${requests} concurrent requests in ${seconds.toFixed(2)} s (${Math.round(requests / seconds)} req/s), ` +
        `${locales.size} locales, ${mismatches.length} mismatches`,
    );
    expect(mismatches).toEqual([]);
    expect(locales.size).toBeGreaterThanOrEqual(12);
  }, 60_000);
});
