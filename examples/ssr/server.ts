/**
 * Server-side rendering with a per-request locale, on Node's `http` module alone.
 *
 *   npm run example:ssr          # PORT=3000 by default
 *   open 'http://127.0.0.1:3000/?code=201&reason=Bad%20Credentials&provider=BNP%20Paribas'
 *   open 'http://127.0.0.1:3000/?status=waiting%20user'
 *
 * Each request negotiates its own locale from `Accept-Language`; nothing about a request is kept between
 * requests, so concurrent requests in different languages never see each other's texts. In an app, import from
 * `connection-status-i18n` instead of `../../src/index.js`.
 */
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describeStatus, negotiateLocale } from '../../src/index.js';

const entities: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for HTML element content and quoted attribute values. Every text the page shows goes through it:
 * the catalog's texts too, since an override or a provider name may hold `<` or `&`.
 *
 * @example
 * ```ts
 * escapeHtml('<img src=x onerror=alert(1)>'); // '&lt;img src=x onerror=alert(1)&gt;'
 * ```
 */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => entities[char] ?? char);

/** `rtl` for right-to-left scripts, from the locale's CLDR text info where the runtime has it. */
const directionOf = (locale: string): 'ltr' | 'rtl' => {
  try {
    const tag = new Intl.Locale(locale) as Intl.Locale & {
      getTextInfo?: () => { direction?: string };
      textInfo?: { direction?: string };
    };
    return (tag.getTextInfo?.() ?? tag.textInfo)?.direction === 'rtl' ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
};

/** A rendered page and the locale of its texts. */
export interface StatusPage {
  readonly locale: string;
  readonly html: string;
}

/**
 * The HTML page for a connection status given as query parameters (`code`, `reason`, `status`, `provider`), in
 * the locale negotiated from an `Accept-Language` header. Pure: the same arguments always give the same page.
 *
 * @example
 * ```ts
 * renderStatusPage(new URLSearchParams('code=302&provider=ING'), 'de-AT,de;q=0.9').locale; // 'de'
 * ```
 */
export const renderStatusPage = (query: URLSearchParams, acceptLanguage: string | undefined): StatusPage => {
  const connection = { status: query.get('status'), status_code: query.get('code'), status_reason: query.get('reason') };
  const described = describeStatus(connection, negotiateLocale(acceptLanguage), { provider: query.get('provider') });
  // The texts' own locale: the negotiated one, or the fallback the catalog used.
  const { locale } = described;
  const action =
    described.actionLabel === null ? '' : `\n    <p><button type="button" id="action">${escapeHtml(described.actionLabel)}</button></p>`;
  const html = `<!doctype html>
<html lang="${escapeHtml(locale)}" dir="${directionOf(locale)}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escapeHtml(described.title)}</title>
  <style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:36rem;padding:0 1rem}.error{color:#a00}.warning{color:#850}</style>
</head>
<body>
  <main class="${escapeHtml(described.severity)}" data-key="${escapeHtml(described.key)}">
    <h1 id="title">${escapeHtml(described.title)}</h1>
    <p id="message">${escapeHtml(described.message)}</p>${action}
  </main>
</body>
</html>
`;
  return { locale, html };
};

const send = (response: ServerResponse, status: number, body: string, headers: Record<string, string> = {}) => {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff', ...headers });
  response.end(body);
};

const handle = (request: IncomingMessage, response: ServerResponse) => {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    send(response, 405, 'Only GET and HEAD are supported.\n', { Allow: 'GET, HEAD' });
    return;
  }
  let url: URL;
  try {
    url = new URL(request.url ?? '/', 'http://localhost');
  } catch {
    send(response, 400, 'The request URL is not valid.\n');
    return;
  }
  if (url.pathname !== '/') {
    send(response, 404, 'Not found. Try /?code=201&reason=Bad%20Credentials or /?status=waiting%20user\n');
    return;
  }
  const { locale, html } = renderStatusPage(url.searchParams, request.headers['accept-language']);
  response.writeHead(200, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Language': locale,
    // Caches must keep one copy per Accept-Language, or a French page could be served to a German reader.
    Vary: 'Accept-Language',
    // Defence in depth: even if some text escaped escaping, no script, image or form could load or run.
    'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    'X-Content-Type-Options': 'nosniff',
  });
  response.end(html);
};

/**
 * The example's HTTP server, not yet listening: `createServer().listen(3000)`.
 *
 * @example
 * ```ts
 * const server = createServer().listen(0, '127.0.0.1');
 * ```
 */
export const createServer = (): Server =>
  createHttpServer((request, response) => {
    try {
      handle(request, response);
    } catch {
      if (!response.headersSent) send(response, 500, 'Internal error.\n');
      else response.destroy();
    }
  });

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (isMain) {
  const port = Number(process.env.PORT ?? 3000);
  const host = process.env.HOST ?? '127.0.0.1';
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`PORT must be an integer from 0 to 65535, got ${JSON.stringify(process.env.PORT)}.`);
    process.exit(1);
  }
  const server = createServer();
  server.once('error', (error) => {
    console.error(`Could not listen on ${host}:${port}: ${error.message}. Set PORT (and HOST) to a free address.`);
    process.exit(1);
  });
  // Node's default backlog (511) drops connections in a burst of a thousand, and dropped SYNs cost seconds in
  // retries; the kernel caps this at net.core.somaxconn.
  server.listen({ port, host, backlog: 2048 }, () => {
    const address = server.address() as AddressInfo;
    console.log(`SSR example listening on http://${host}:${address.port}/?code=201&reason=Bad%20Credentials&provider=BNP%20Paribas`);
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => server.close(() => process.exit(0)));
}
