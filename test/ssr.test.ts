/** The SSR example over real HTTP on 127.0.0.1: negotiated locale, headers, and escaping of everything it shows. */
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, escapeHtml, renderStatusPage } from '../examples/ssr/server.js';
import { describeStatus, getStatusMessage } from '../src/index.js';

const server = createServer();
let base = '';
beforeAll(async () => {
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
});

const get = (path: string, acceptLanguage?: string, method = 'GET') =>
  fetch(`${base}${path}`, { method, headers: acceptLanguage === undefined ? {} : { 'Accept-Language': acceptLanguage } });
const messageOf = (html: string) => /<p id="message">(.*?)<\/p>/s.exec(html)?.[1];
const xss = '<img src=x onerror=alert(1)>';

describe('escapeHtml', () => {
  it.each([
    [xss, '&lt;img src=x onerror=alert(1)&gt;'],
    ['"quoted" & \'single\'', '&quot;quoted&quot; &amp; &#39;single&#39;'],
    ['</p><script>alert(1)</script>', '&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['&amp; already', '&amp;amp; already'],
    ['Crédit Agricole — plain', 'Crédit Agricole — plain'],
  ])('escapes %j as %j', (text, escaped) => expect(escapeHtml(text)).toBe(escaped));
});

describe('the SSR example', () => {
  it.each([
    ['fr-CH, fr;q=0.9, en;q=0.8', 'fr'],
    ['de-AT,de;q=0.9', 'de'],
    ['pt-BR', 'pt'],
    ['no', 'nb'],
    ['es-419,es;q=0.9', 'es'],
    ['da, en-GB;q=0.8', 'da'],
    ['xx-YY', 'en'],
    ['*', 'en'],
    ['', 'en'],
    [undefined, 'en'],
  ])('serves Accept-Language %j in %s, with lang, Content-Language and Vary', async (acceptLanguage, locale) => {
    const response = await get('/?code=201&reason=Bad%20Credentials&provider=BNP%20Paribas', acceptLanguage);
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-language')).toBe(locale);
    expect(response.headers.get('vary')).toMatch(/\bAccept-Language\b/i);
    expect(html).toMatch(new RegExp(`^<!doctype html>\\n<html lang="${locale}" dir="ltr">`));
    expect(messageOf(html)).toBe(escapeHtml(getStatusMessage(201, locale, { reason: 'Bad Credentials', provider: 'BNP Paribas' })));
  });

  it.each([
    ['?code=201&reason=Account%20Blocked', { status_code: 201, status_reason: 'Account Blocked' }],
    ['?code=302&provider=ING', { status_code: 302 }],
    ['?status=waiting%20user&provider=ING', { status: 'waiting user' }],
    ['?status=finished&code=100', { status: 'finished', status_code: 100 }],
    ['?status=finished&code=305', { status: 'finished', status_code: 305 }],
    ['?code=207', { status_code: 207 }],
    ['?code=abc', {}],
    ['', {}],
  ])('renders the title, message and action of %s', async (query, connection) => {
    const provider = new URLSearchParams(query).get('provider');
    const described = describeStatus(connection, 'it', { provider });
    const html = await (await get(`/${query}`, 'it-IT')).text();
    expect(html).toContain(`<title>${escapeHtml(described.title)}</title>`);
    expect(html).toContain(`<h1 id="title">${escapeHtml(described.title)}</h1>`);
    expect(messageOf(html)).toBe(escapeHtml(described.message));
    if (described.actionLabel) expect(html).toContain(`<button type="button" id="action">${escapeHtml(described.actionLabel)}</button>`);
    else expect(html).not.toContain('<button');
  });

  it.each([
    ['provider', `?code=302&provider=${encodeURIComponent(xss)}`],
    ['provider in a title', `?status=maintenance&provider=${encodeURIComponent('"><script>alert(1)</script>')}`],
    ['reason', `?code=201&reason=${encodeURIComponent(xss)}`],
    ['status', `?status=${encodeURIComponent(xss)}`],
    ['code', `?code=${encodeURIComponent(xss)}`],
  ])('puts a hostile %s in the page as text only', async (_, query) => {
    const response = await get(`/${query}`, 'fr');
    const html = await response.text();
    expect(html).not.toMatch(/<img|<script|onerror=alert\(1\)>/i);
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('shows a hostile provider name escaped, as the message text', async () => {
    const html = await (await get(`/?code=302&provider=${encodeURIComponent(xss)}`, 'fr')).text();
    expect(messageOf(html)).toBe(escapeHtml(getStatusMessage(302, 'fr', { provider: xss })));
    expect(messageOf(html)).toContain('&lt;img src=x onerror=alert(1)&gt;');
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
