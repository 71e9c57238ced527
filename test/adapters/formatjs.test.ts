/** The FormatJS adapter against real `@formatjs/intl` instances, checked against the independent oracle. */
import { readFileSync } from 'node:fs';
import { parse } from '@formatjs/icu-messageformat-parser';
import { createIntl, type IntlShape } from '@formatjs/intl';
import { describe, expect, it } from 'vitest';
import { formatStatus, messageIdPrefix, messagesFor, messagesFromSource } from '../../src/adapters/formatjs.js';
import { supportedLocales } from '../../src/index.js';
import { sampleProviders } from '../support/cases.js';
import { expected, localeCases, specCases } from '../support/oracle.js';

const json = (tag: string) =>
  JSON.parse(readFileSync(new URL(`../../locales/${tag}.json`, import.meta.url), 'utf8')) as Record<string, Record<string, string>>;

/** A real FormatJS intl object that records what it reports through onError. */
const intlFor = (locale: string, messages: Record<string, string> = messagesFor(locale)) => {
  const errors: string[] = [];
  const intl: IntlShape = createIntl({ locale, defaultLocale: 'en', messages, onError: (error) => errors.push(error.code) });
  return { intl, errors };
};

const providers = [...sampleProviders, '<img src=x onerror=alert(1)>'];

describe('messagesFor', () => {
  it.each(supportedLocales)(
    'gives every text of %s.json under a connection-status id, a provider variant it leaves out as its generic text',
    (tag) => {
      const expected: Record<string, string> = {};
      for (const [key, entry] of Object.entries(json(tag))) {
        if (key === '$schema') continue;
        for (const [field, text] of Object.entries(entry)) {
          if (field !== 'description' && field !== 'sourceHash') expected[`${messageIdPrefix}.${key}.${field}`] = text;
        }
        for (const field of ['title', 'message']) {
          const variant = `${field}WithProvider`;
          if (json('en')[key]?.[variant] !== undefined && entry[variant] === undefined) {
            expected[`${messageIdPrefix}.${key}.${variant}`] = entry[field] as string;
          }
        }
      }
      expect(messagesFor(tag)).toEqual(expected);
    },
  );

  it('uses ids like connection-status.code.201.bad_credentials.message', () => {
    expect(messagesFor('en')['connection-status.code.201.bad_credentials.message']).toBe(json('en')['code.201.bad_credentials']?.message);
  });

  it.each([
    ['fr-CA', 'fr'],
    ['FR_ch', 'fr'],
    ['no', 'nb'],
    ['pt-BR', 'pt'],
    ['xx', 'en'],
    ['*', 'en'],
    ['', 'en'],
    ['__proto__', 'en'],
  ])('gives %j the messages of %s', (locale, tag) => {
    expect(messagesFor(locale)).toEqual(messagesFor(tag));
  });

  it('returns a new object each call, so merging into it never changes the next one', () => {
    const first = messagesFor('de');
    first['connection-status.code.302.message'] = 'changed';
    expect(messagesFor('de')['connection-status.code.302.message']).toBe(json('de')['code.302']?.message);
  });

  it('skips keys that could reach Object.prototype', () => {
    expect(messagesFromSource(JSON.parse('{"__proto__": {"message": "x"}, "code.201.constructor": {"title": "y"}}'))).toEqual({});
  });

  it.each([null, 'text', 42, { 'code.201': 'not an entry' }])('gives no messages for the malformed source %j', (source) => {
    expect(messagesFromSource(source as never)).toEqual({});
  });
});

// Every valid tag of the oracle's table: shipped, regional, and unsupported ones (which get English).
const isTag = (tag: string) => {
  try {
    // FormatJS reports MISSING_DATA for a tag the runtime has no data for (zz-ZZ); an app would not create one.
    return Intl.DateTimeFormat.supportedLocalesOf(tag).length === 1;
  } catch {
    return false;
  }
};
const intlLocales = localeCases.filter((row): row is [string, string] => typeof row[0] === 'string' && isTag(row[0]));

describe.each(intlLocales)('formatStatus with a createIntl instance for %j', (tag, locale) => {
  const { intl, errors } = intlFor(tag, messagesFor(tag));

  it(`gives the oracle’s title and message in ${locale} for every row of the specification table`, () => {
    for (const spec of specCases) {
      for (const provider of providers) {
        const want = expected(spec, locale, { provider });
        const options = { reason: spec.reason, provider };
        expect(formatStatus(intl, spec.input as never, options), `${spec.name} with ${provider}`).toBe(want.message);
        expect(formatStatus(intl, spec.input as never, { ...options, field: 'title' }), `${spec.name} with ${provider}`).toBe(want.title);
      }
    }
    expect(errors).toEqual([]);
  });
});

describe('formatStatus', () => {
  it('leaves the app’s own messages alone when the catalog is merged in', () => {
    const { intl, errors } = intlFor('fr', { greeting: 'Bonjour {name}', ...messagesFor('fr') });
    expect(intl.formatMessage({ id: 'greeting' }, { name: 'Ada' })).toBe('Bonjour Ada');
    expect(formatStatus(intl, 205)).toBe(json('fr')['code.205']?.message);
    expect(errors).toEqual([]);
  });

  it('accepts messages precompiled to ASTs', () => {
    const compiled = Object.fromEntries(Object.entries(messagesFor('it')).map(([id, text]) => [id, parse(text)]));
    const intl = createIntl({ locale: 'it', messages: compiled });
    for (const spec of specCases) {
      expect(formatStatus(intl, spec.input as never, { reason: spec.reason, provider: 'Intesa' }), spec.name).toBe(
        expected(spec, 'it', { provider: 'Intesa' }).message,
      );
    }
  });

  describe('the fallback order', () => {
    const partial = Object.fromEntries(
      Object.entries(messagesFor('fr')).filter(([id]) => !id.startsWith(`${messageIdPrefix}.code.201.bad_credentials.`)),
    );
    // The oracle's catalogs: an empty entry is one the locale lacks.
    const withoutReason = { fr: { 'code.201.bad_credentials': {} } };

    it.each(specCases)('stays in the user’s language when an entry is missing, for $name', (spec) => {
      const { intl, errors } = intlFor('fr', partial);
      for (const provider of providers) {
        expect(formatStatus(intl, spec.input as never, { reason: spec.reason, provider })).toBe(
          expected(spec, 'fr', { provider, catalogs: withoutReason }).message,
        );
      }
      expect(errors).toEqual([]);
    });

    it('gives the French code text rather than the English reason text', () => {
      const { intl } = intlFor('fr', partial);
      expect(formatStatus(intl, 201, { reason: 'Bad Credentials' })).toBe(json('fr')['code.201']?.message);
    });

    it('falls back to English through defaultMessage when the locale has no entry at all, and FormatJS reports it', () => {
      const { intl, errors } = intlFor('fr', {});
      expect(formatStatus(intl, 201, { reason: 'Bad Credentials', provider: 'BNP' })).toBe(
        json('en')['code.201.bad_credentials']?.messageWithProvider?.replace('{provider}', 'BNP'),
      );
      expect(formatStatus(intl, { status: 'finished' }, { field: 'title' })).toBe(json('en')['status.finished']?.title);
      expect(errors).toEqual(['MISSING_TRANSLATION', 'MISSING_TRANSLATION']);
    });

    it('uses a provider variant still in the messages over the app’s reworded plain text, so reword both', () => {
      const { intl } = intlFor('de', {
        ...messagesFor('de'),
        'connection-status.code.302.title': 'Sitzung abgelaufen',
        'connection-status.code.302.message': 'Ihre Sitzung bei {provider, select, other {{provider}}} ist abgelaufen.',
      });
      expect(formatStatus(intl, 302, { provider: 'ING' })).toBe(json('de')['code.302']?.messageWithProvider?.replace('{provider}', 'ING'));
      delete (intl.messages as Record<string, unknown>)['connection-status.code.302.messageWithProvider'];
      expect(formatStatus(intl, 302, { provider: 'ING' })).toBe('Ihre Sitzung bei ING ist abgelaufen.');
    });
  });

  it('wraps the provider in Unicode isolates when asked, like the core option', () => {
    const { intl } = intlFor('nl');
    for (const spec of specCases) {
      expect(
        formatStatus(intl, spec.input as never, { reason: spec.reason, provider: 'בנק לאומי', isolateProvider: true }),
        spec.name,
      ).toBe(expected(spec, 'nl', { provider: '\u2068בנק לאומי\u2069' }).message);
    }
    expect(formatStatus(intl, 302, { provider: 'ING', isolateProvider: true })).toContain('\u2068ING\u2069');
  });

  it.each([undefined, null, '', '   ', 'x'.repeat(257), 42])('treats the provider %j as no provider', (provider) => {
    const { intl } = intlFor('es');
    expect(formatStatus(intl, 302, { provider: provider as string })).toBe(json('es')['code.302']?.message);
  });
});
