/** The per-instance caches behind the hot path: a cached call must answer exactly as the first call did. */
import { describe, expect, it } from 'vitest';
import { en } from '../../generated/locales/en.js';
import { fr } from '../../generated/locales/fr.js';
import { pt } from '../../generated/locales/pt.js';
import { createStatusMessages, type FallbackEvent, type LocaleCatalog, type LocaleInput, type StatusInput } from '../../src/core.js';
import { unpackRows } from '../../src/runtime/entries.js';

// A regional catalog with one entry of its own; everything else falls back to `pt`.
const ptBR: LocaleCatalog = { locale: 'pt-BR', entries: { 'category.2xx': { title: 'Ação necessária', message: 'Mensagem do Brasil.' } } };

type Options = { reason?: string; provider?: string } | undefined;
// The fallback event each call must report, from the README: one when a more general key (or another locale) than
// the most specific one answers; none when the code's, reason's or status' own entry does.
const calls: [string, StatusInput, LocaleInput, Options, FallbackEvent | null][] = [
  ['a code', 205, 'fr', undefined, null],
  ['a code with a reason', 201, 'fr-CA', { reason: 'Account Blocked' }, null],
  [
    'an unknown code',
    207,
    'FR_fr',
    undefined,
    { requestedLocale: 'fr', locale: 'fr', requestedKey: 'code.207', key: 'category.2xx', fallback: 'category' },
  ],
  [
    'an unknown reason',
    201,
    'fr',
    { reason: 'Something New' },
    { requestedLocale: 'fr', locale: 'fr', requestedKey: 'code.201.something_new', key: 'code.201', fallback: 'code' },
  ],
  // Reasons only refine code 201: a documented 3xx reason is the code's own entry.
  ['a connection object', { status: 'error', status_code: 302, status_reason: 'Session Expired' }, 'fr', undefined, null],
  ['a status spelled differently', { status: 'In_Progress' }, 'fr', undefined, null],
  ['a provider name', 302, 'fr', { provider: 'BNP Paribas' }, null],
  ['a list of locales', 205, ['xx', 'de-CH', 'fr-BE'], undefined, null],
  ['no locale', 205, undefined, undefined, null],
  [
    'a word the API never sent',
    'abc',
    'fr',
    undefined,
    { requestedLocale: 'fr', locale: 'fr', requestedKey: 'unknown', key: 'unknown', fallback: 'unknown' },
  ],
  ['an unsupported locale', 205, 'ja', undefined, null],
];

describe('a cached call', () => {
  it.each(calls)('gives the first call’s message and description for %s', (_, input, locale, options) => {
    const messages = createStatusMessages({ locales: [en, fr] });
    const first = {
      message: messages.getStatusMessage(input, locale, options),
      described: messages.describeStatus(input, locale, options),
    };
    for (let i = 0; i < 3; i++) {
      expect(messages.getStatusMessage(input, locale, options)).toBe(first.message);
      expect(messages.describeStatus(input, locale, options)).toEqual(first.described);
    }
    expect(first.message).toBe(first.described.message);
  });

  it.each(calls)('reports the same fallback event every time for %s', (_, input, locale, options, expected) => {
    const events: FallbackEvent[] = [];
    const messages = createStatusMessages({ locales: [en, fr], onFallback: (event) => events.push(event) });
    for (let i = 0; i < 3; i++) messages.getStatusMessage(input, locale, options);
    expect(events).toEqual(expected ? [expected, expected, expected] : []);
  });
});

const spellings: [string, string][] = [
  ['pt-BR', 'pt-BR'],
  ['pt_br', 'pt-BR'],
  ['pt-PT', 'pt'],
  ['pt', 'pt'],
];

describe('locale strings', () => {
  it.each(spellings.flatMap(([first]) => spellings.map(([locale, tag]): [string, string, string] => [locale, tag, first])))(
    'keep their own resolution: %s is answered from %s, even after %s',
    (locale, tag, first) => {
      const events: FallbackEvent[] = [];
      const messages = createStatusMessages({ locales: [en, pt, ptBR], onFallback: (event) => events.push(event) });
      messages.getStatusMessage(207, first);
      messages.getStatusMessage(201, first);
      events.length = 0;
      expect(messages.describeStatus(207, locale).locale).toBe(tag);
      expect(messages.getStatusMessage(201, locale)).toBe(unpackRows(pt.rows)['code.201']?.message);
      expect(events[0]?.requestedLocale).toBe(tag);
    },
  );
});

describe('caches fed by callers', () => {
  it('stay correct past their size bound, for locale strings and reasons', () => {
    const messages = createStatusMessages({ locales: [en, fr] });
    const frCategory = messages.getStatusMessage(201, 'fr', { reason: 'reason 0' });
    const enCategory = messages.getStatusMessage(201, 'en', { reason: 'reason 0' });
    for (let i = 0; i < 1200; i++) {
      expect(messages.getStatusMessage(201, i % 2 ? `fr-x-${i}` : `zz-${i}`, { reason: `reason ${i}` })).toBe(
        i % 2 ? frCategory : enCategory,
      );
    }
    expect(messages.getStatusMessage(201, 'fr', { reason: 'Bad Credentials' })).toBe(
      unpackRows(fr.rows)['code.201.bad_credentials']?.message,
    );
  });
});
