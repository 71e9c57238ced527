/**
 * The SSR example over real HTTP on 127.0.0.1: the locale negotiated from each Accept-Language header, headers,
 * the page's title, message and button against the independent oracle (`support/oracle.ts`), and escaping of
 * everything it shows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, escapeHtml, renderStatusPage } from '../examples/ssr/server.js';
import { expected, htmlText, type SpecCase, specCase, specCases } from './support/oracle.js';
import { closeServer, listenOnLoopback } from './support/server.js';

const server = createServer();
let base = '';
beforeAll(async () => {
  base = await listenOnLoopback(server);
});
afterAll(async () => {
  await closeServer(server);
});

const get = (path: string, acceptLanguage?: string, method = 'GET') =>
  fetch(`${base}${path}`, { method, headers: acceptLanguage === undefined ? {} : { 'Accept-Language': acceptLanguage } });
const messageOf = (html: string) => /<p id="message">(.*?)<\/p>/s.exec(html)?.[1];
const titleOf = (html: string) => /<title>(.*?)<\/title>/s.exec(html)?.[1];
const headingOf = (html: string) => /<h1 id="title">(.*?)<\/h1>/s.exec(html)?.[1];
const buttonOf = (html: string) => /<button type="button" id="action">(.*?)<\/button>/s.exec(html)?.[1];
const xss = '<img src=x onerror=alert(1)>';
const script = '"><script>alert(1)</script>';

describe('escapeHtml', () => {
  it.each([
    [xss, '&lt;img src=x onerror=alert(1)&gt;'],
    ['"quoted" & \'single\'', '&quot;quoted&quot; &amp; &#39;single&#39;'],
    ['</p><script>alert(1)</script>', '&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['&amp; already', '&amp;amp; already'],
    ['Crédit Agricole — plain', 'Crédit Agricole — plain'],
  ])('escapes %j as %j', (text, escaped) => expect(escapeHtml(text)).toBe(escaped));
});

// The locale each header must get, worked out by hand from RFC 4647 lookup over the shipped locales.
const negotiated: [acceptLanguage: string | undefined, locale: string][] = [
  ['fr-CH, fr;q=0.9, en;q=0.8', 'fr'],
  ['de-AT,de;q=0.9', 'de'],
  ['it-IT', 'it'],
  ['pt-BR', 'pt'],
  ['no', 'nb'],
  ['es-419,es;q=0.9', 'es'],
  ['da, en-GB;q=0.8', 'da'],
  ['ja-JP, pl;q=0.5', 'pl'],
  ['xx-YY', 'en'],
  ['*', 'en'],
  ['', 'en'],
  [undefined, 'en'],
];

/** The query of a row of the specification table, or `undefined` for an input a URL cannot carry. */
const queryOf = (spec: SpecCase, provider?: string): string | undefined => {
  const { input } = spec;
  const isConnection = input !== null && typeof input === 'object' && !Array.isArray(input);
  if (!isConnection && typeof input !== 'number' && typeof input !== 'string') return undefined;
  const connection: Record<string, unknown> = isConnection ? input : { status_code: input };
  const params = new URLSearchParams();
  for (const [name, value] of [
    ['code', connection.status_code],
    ['status', connection.status],
    ['reason', spec.reason ?? connection.status_reason],
    ['provider', provider],
  ] as const) {
    if (value !== null && value !== undefined) params.set(name, String(value));
  }
  return `?${params}`;
};
const pageCases = specCases.filter((spec) => queryOf(spec) !== undefined);

/** What the page must show for a row: the oracle's texts as HTML text. */
const expectPage = (html: string, spec: SpecCase, locale: string, provider: string | undefined, where: string) => {
  const want = expected(spec, locale, { provider });
  expect(html, where).toMatch(new RegExp(`^<!doctype html>\\n<html lang="${locale}" dir="ltr">`));
  expect(titleOf(html), where).toBe(htmlText(want.title));
  expect(headingOf(html), where).toBe(htmlText(want.title));
  expect(messageOf(html), where).toBe(htmlText(want.message));
  expect(buttonOf(html), where).toBe(want.actionLabel === null ? undefined : htmlText(want.actionLabel));
};

describe('the SSR example', () => {
  it.each(negotiated)('serves Accept-Language %j in %s, with lang, Content-Language and Vary', async (acceptLanguage, locale) => {
    const spec = specCase('code 201, reason "Bad Credentials"');
    const response = await get(`/${queryOf(spec, 'BNP Paribas')}`, acceptLanguage);
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-language')).toBe(locale);
    expect(response.headers.get('vary')).toMatch(/\bAccept-Language\b/i);
    expectPage(html, spec, locale, 'BNP Paribas', String(acceptLanguage));
  });

  it('can show most rows of the specification table', () => {
    expect(pageCases.length).toBeGreaterThanOrEqual(90);
  });

  it.each(pageCases)('renders the oracle’s title, message and button for $name in each negotiated locale', async (spec) => {
    await Promise.all(
      negotiated.flatMap(([acceptLanguage, locale]) =>
        // A name with `&` checks the escaping of every text that shows it.
        [undefined, 'Marks & Spencer Bank'].map(async (provider) => {
          const html = await (await get(`/${queryOf(spec, provider)}`, acceptLanguage)).text();
          expectPage(html, spec, locale, provider, `${JSON.stringify(acceptLanguage)} with ${JSON.stringify(provider)}`);
        }),
      ),
    );
  });

  // Each hostile field comes with a hostile provider name, which the page does show: the reason, status and code
  // never reach it (an unknown reason is the code's text, an unknown status or code is ignored).
  it.each([
    ['provider', `?code=302&provider=${encodeURIComponent(xss)}`, 'code 302', xss, '&lt;img src=x onerror=alert(1)&gt;'],
    [
      'provider in a title',
      `?status=maintenance&provider=${encodeURIComponent(script)}`,
      'status "maintenance"',
      script,
      '&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;',
    ],
    [
      'reason',
      `?code=201&reason=${encodeURIComponent(xss)}&provider=${encodeURIComponent(xss)}`,
      'code 201 with a reason the API adds later',
      xss,
      '&lt;img src=x onerror=alert(1)&gt;',
    ],
    [
      'status',
      `?status=${encodeURIComponent(xss)}&code=302&provider=${encodeURIComponent(xss)}`,
      'code 302',
      xss,
      '&lt;img src=x onerror=alert(1)&gt;',
    ],
    [
      'code',
      `?status=maintenance&code=${encodeURIComponent(xss)}&provider=${encodeURIComponent(script)}`,
      'a connection with a status and no code',
      script,
      '&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;',
    ],
  ])('puts a hostile %s in the page as text only', async (_, query, row, provider, escaped) => {
    const response = await get(`/${query}`, 'fr');
    const html = await response.text();
    expectPage(html, specCase(row), 'fr', provider, query);
    expect(messageOf(html)).toContain(escaped);
    expect(html).not.toMatch(/<img|<script|onerror=alert\(1\)>/i);
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers HEAD with the headers and no body', async () => {
    const response = await get('/?code=205', 'nl', 'HEAD');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-language')).toBe('nl');
    expect(await response.text()).toBe('');
  });

  it.each([
    ['POST', '/', 405],
    ['DELETE', '/', 405],
    ['GET', '/admin', 404],
    ['GET', '/favicon.ico', 404],
  ])('answers %s %s with %i', async (method, path, status) => {
    const response = await get(path, 'en', method);
    expect(response.status).toBe(status);
    if (status === 405) expect(response.headers.get('allow')).toBe('GET, HEAD');
  });

  it('renders the same page for the same query and header, with nothing kept between requests', () => {
    const query = new URLSearchParams('code=201&reason=Password%20Expired&provider=ING');
    const first = renderStatusPage(query, 'sv');
    renderStatusPage(new URLSearchParams('code=302&provider=Other'), 'fi');
    expect(renderStatusPage(query, 'sv')).toEqual(first);
    expect(first.locale).toBe('sv');
  });
});
