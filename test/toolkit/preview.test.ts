/** The preview's model and HTML, without a browser (the browser test is preview.browser.test.ts). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { escapeHtml, previewHtml, previewRows } from '../../src/toolkit/preview.js';
import { sourceHash } from '../../src/toolkit/stale.js';

const en = {
  $schema: './schema.json',
  'code.302': {
    description: 'Session <expired>.',
    title: 'Session expired',
    message: 'Try again later.',
    messageWithProvider: 'Try again later at {provider}.',
  },
  'action.retry_later': { description: 'Button.', label: 'Try again' },
};
const current = (key: 'code.302' | 'action.retry_later') => sourceHash(en[key]);
const locales = [
  { tag: 'en', catalog: en },
  {
    tag: 'fr',
    catalog: {
      'code.302': {
        title: 'Session expirée',
        message: 'Réessayez.',
        messageWithProvider: 'Réessayez chez {provider}.',
        sourceHash: current('code.302'),
      },
      'action.retry_later': { label: 'Réessayer', sourceHash: 'deadbeef' },
    },
  },
  { tag: 'de', catalog: { 'code.302': { title: 'Sitzung {abgelaufen', message: 'Später.', sourceHash: current('code.302') } } },
  { tag: 'nl', error: 'nl.json: Unexpected token' },
];

describe('previewRows', () => {
  const rows = previewRows(en, locales, { provider: 'ING' });
  const cell = (key: string, locale: string) => rows.find((r) => r.key === key)?.cells.find((c) => c.locale === locale);

  it('has one row per English key, with its description, and one cell per locale', () => {
    expect(rows.map((r) => [r.key, r.description, r.cells.map((c) => c.locale)])).toEqual([
      ['code.302', 'Session <expired>.', ['en', 'fr', 'de', 'nl']],
      ['action.retry_later', 'Button.', ['en', 'fr', 'de', 'nl']],
    ]);
  });

  it('renders the texts without and with the provider name, the variant when there is one', () => {
    expect(cell('code.302', 'fr')).toMatchObject({
      states: [],
      plain: [
        { field: 'title', text: 'Session expirée' },
        { field: 'message', text: 'Réessayez.' },
      ],
      withProvider: [
        {
          provider: 'ING',
          texts: [
            { field: 'title', text: 'Session expirée' },
            { field: 'messageWithProvider', text: 'Réessayez chez ING.' },
          ],
        },
      ],
    });
    expect(cell('action.retry_later', 'fr')?.withProvider).toBeUndefined();
  });

  it.each([
    ['action.retry_later', 'fr', ['stale']],
    ['action.retry_later', 'de', ['missing']],
    ['code.302', 'de', ['error']],
    ['code.302', 'nl', ['missing', 'error']],
    ['code.302', 'en', []],
  ])('marks %s in %s as %j', (key, locale, states) => expect(cell(key, locale)?.states).toEqual(states));

  it('names the fields a locale lacks, and the ICU error of a text that does not compile', () => {
    expect(cell('code.302', 'nl')?.missingFields).toEqual(['title', 'message', 'messageWithProvider']);
    expect(cell('code.302', 'de')?.plain[0]).toMatchObject({
      field: 'title',
      error: expect.stringMatching(/EXPECT_ARGUMENT_CLOSING_BRACE/),
    });
  });
});

describe('previewRows without a provider name', () => {
  const rows = previewRows(en, locales);
  const cell = (key: string, locale: string) => rows.find((r) => r.key === key)?.cells.find((c) => c.locale === locale);

  it('renders each locale with three real names of its market: with the word for bank, no bank, an acronym', () => {
    expect(cell('code.302', 'fr')?.withProvider?.map((r) => [r.provider, r.texts.at(-1)?.text])).toEqual([
      ['La Banque Postale', 'Réessayez chez La Banque Postale.'],
      ['Lydia', 'Réessayez chez Lydia.'],
      ['LCL', 'Réessayez chez LCL.'],
    ]);
    expect(cell('code.302', 'en')?.withProvider?.map((r) => r.provider)).toEqual(['Metro Bank', 'Wise', 'HSBC']);
  });

  it('shows the generic text of a translation that leaves the provider variant out, and does not count it as missing', () => {
    const catalog = { 'code.302': { title: 'Sitzung abgelaufen', message: 'Später.', sourceHash: current('code.302') } };
    const [row] = previewRows(en, [{ tag: 'de', catalog }]);
    expect(row?.cells[0]).toMatchObject({ states: [], missingFields: [] });
    expect(row?.cells[0]?.withProvider?.map((r) => r.texts.map((t) => t.text))).toEqual([
      ['Sitzung abgelaufen', 'Später.'],
      ['Sitzung abgelaufen', 'Später.'],
      ['Sitzung abgelaufen', 'Später.'],
    ]);
  });
});

describe('previewHtml', () => {
  const html = previewHtml(en, locales);

  it('is a self-contained document: inline CSS, no script, a CSP that forbids loading anything', () => {
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
    expect(html).not.toMatch(/<script|<link|src=|url\(/i);
  });

  it('escapes the catalog texts', () => {
    expect(html).toContain('Session &lt;expired&gt;.');
    expect(html).not.toContain('<expired>');
  });

  it('highlights the provider name and marks cells with their states', () => {
    expect(html).toContain('Réessayez chez <span class="provider-name">Lydia</span>.');
    expect(html).toContain('<div class="variant with-provider" data-provider="La Banque Postale">');
    expect(html).toContain('<td class="cell stale" lang="fr" data-locale="fr" data-key="action.retry_later">');
    expect(html).toContain('<p class="broken">nl.json: Unexpected token</p>');
  });
});

describe('escapeHtml', () => {
  it.each([
    ['plain', 'plain'],
    ['<b>"Tom" & Jerry\'s</b>', '&lt;b&gt;&quot;Tom&quot; &amp; Jerry&#39;s&lt;/b&gt;'],
    ['&amp;', '&amp;amp;'],
  ])('escapes %j', (text, html) => expect(escapeHtml(text)).toBe(html));
});

describe('previewHtml, the page a translator opens', () => {
  // The expected markup, checked by hand: counts per locale and in all, a badge per state with the missing fields,
  // the ICU error in place of a broken text, the provider name highlighted, a file that is not JSON in each cell.
  const expectedBody = readFileSync(new URL('./fixtures/preview-body.html', import.meta.url), 'utf8');

  it('shows every cell of the fixture as the legend explains it', () => {
    const html = previewHtml(en, locales, { provider: 'ING' });
    expect(`${html.slice(html.indexOf('<body>'))}\n`).toBe(expectedBody);
  });

  it('says when a text does not name the provider, and which names it uses without --provider', () => {
    const frWithoutVariant = { 'code.302': { title: 'Session expirée', message: 'Réessayez.', sourceHash: current('code.302') } };
    const html = previewHtml(en, [
      { tag: 'en', catalog: en },
      { tag: 'fr', catalog: frWithoutVariant },
    ]);
    expect(html).toContain('<p class="same">Same text: it does not name the provider.</p>');
    expect(html).toContain(
      'shown with three real names of each market: one with the local word for bank, one that is no bank, an acronym.',
    );
    expect(html).toContain('<span class="variant-name">With “Lydia”</span>');
  });
});
