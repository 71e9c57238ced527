/** The main entry: every status and code of the spec in every shipped locale, and the resolution rules. */
import { describe, expect, it } from 'vitest';
import {
  createStatusMessages,
  describeStatus,
  getErrorMessage,
  getStatusMessage,
  negotiateLocale,
  statusCodes,
  supportedLocales,
} from '../src/index.js';
import { formatIcu, localeJson, type SpecCase, shippedLocales, specCases } from './support/oracle.js';
import { errorWith } from './support/thrown.js';

const expectText = (text: unknown) => {
  expect(typeof text).toBe('string');
  expect((text as string).trim()).not.toBe('');
  expect(text).not.toMatch(/[{}]|\bundefined\b|\[object |^(code|status|category|action)\.|^unknown$/);
};

// The ten statuses of the spec and the entry of each.
const statuses: [status: string, key: string][] = [
  ['finished', 'status.finished'],
  ['pending', 'status.pending'],
  ['in progress', 'status.in_progress'],
  ['in background progress', 'status.in_background_progress'],
  ['waiting user', 'status.waiting_user'],
  ['cancelled', 'status.cancelled'],
  ['error', 'status.error'],
  ['maintenance', 'status.maintenance'],
  ['scheduled', 'status.scheduled'],
  ['unavailable', 'status.unavailable'],
];
// Every documented code, and code 201 with each of its three reasons.
const reasonCases: [code: number, reason: string | null, key: string][] = [
  [100, null, 'code.100'],
  [201, null, 'code.201'],
  [201, 'Bad Credentials', 'code.201.bad_credentials'],
  [201, 'Account Blocked', 'code.201.account_blocked'],
  [201, 'Password Expired', 'code.201.password_expired'],
  ...[202, 203, 205, 206, 300, 301, 302, 303, 304, 305, 400, 401, 402].map((code): [number, null, string] => [code, null, `code.${code}`]),
];

/** A row of the specification table that the entry `key` answers. */
const answeredBy = (key: string): SpecCase => {
  const spec = specCases.find((row) => row.key === key);
  if (!spec) throw new Error(`test setup: no row of the specification table is answered by ${key}`);
  return spec;
};
/** A shipped text as its locale file has it, formatted with `intl-messageformat`. */
const shipped = (locale: string, key: string, field: 'title' | 'message' = 'message') =>
  formatIcu(localeJson(locale)[key]?.[field] as string, locale);
/** Every message entry of a locale file: everything but `$schema` and the button labels. */
const messageKeys = (locale: string) => Object.keys(localeJson(locale)).filter((key) => key !== '$schema' && !key.startsWith('action.'));

describe.each(shippedLocales)('in %s', (locale) => {
  it.each(statuses)('has its own message for the status %j', (status, key) => {
    const described = describeStatus({ status }, locale);
    expect(described).toMatchObject({ key, locale, fallback: 'none', known: true, status });
    expectText(described.title);
    expectText(described.message);
  });

  it.each(reasonCases)('has its own message for code %i, reason %j', (code, reason, key) => {
    const described = describeStatus(code, locale, { reason });
    expect(described).toMatchObject({ key, locale, fallback: 'none', known: true, code });
    expectText(described.title);
    expectText(described.message);
    // Code 100 needs nothing of the user (README: action none), so it has no button.
    if (code === 100) expect(described.actionLabel).toBeNull();
    else expectText(described.actionLabel);
  });

  it.each([
    [207, 'category.2xx'],
    [306, 'category.3xx'],
    [499, 'category.4xx'],
    [150, 'category.1xx'],
  ])('gives unknown code %i the message of %s', (code, key) => {
    expect(describeStatus(code, locale)).toMatchObject({ key, locale, fallback: 'category', known: false });
  });

  it.each([0, 99, 500, 1000, -1, 201.5, Number.NaN, 'abc', null, {}])('gives %j the unknown message', (input) => {
    const described = describeStatus(input as never, locale);
    expect(described).toMatchObject({ key: 'unknown', locale, fallback: 'unknown', known: false, category: 'unknown' });
    expect(getStatusMessage(input as never, locale)).toBe(described.message);
  });

  it('renders the title and message of every entry, categories and unknown included, as its JSON text formats, with and without a provider name', () => {
    const source = localeJson(locale);
    for (const key of messageKeys(locale)) {
      const spec = answeredBy(key);
      const entry = source[key] ?? {};
      for (const provider of [undefined, 'BNP Paribas']) {
        // The text with the name where the entry has one and a name is given, else the generic text.
        const text = (field: 'title' | 'message') =>
          formatIcu((provider && entry[`${field}WithProvider`]) || (entry[field] as string), locale, provider);
        const described = describeStatus(spec.input as never, locale, { reason: spec.reason, provider });
        expect({ key: described.key, title: described.title, message: described.message }, `${key} with ${provider}`).toEqual({
          key,
          title: text('title'),
          message: text('message'),
        });
      }
    }
  });

  it('resolves regional and differently written tags to itself', () => {
    const regional = `${locale.toUpperCase()}_XX`;
    expect(describeStatus(205, regional).locale).toBe(locale);
  });
});

describe('the English source', () => {
  // README: `getStatusMessage(302, 'it', { provider })` "names the bank where the text mentions it".
  it.each(messageKeys('en').filter((key) => /\bbank\b/i.test(localeJson('en')[key]?.message ?? '')))(
    'names the provider in the message of %s, which mentions the bank',
    (key) => {
      const spec = answeredBy(key);
      expect(describeStatus(spec.input as never, 'en', { reason: spec.reason, provider: 'BNP Paribas' }).message).toContain('BNP Paribas');
    },
  );
});

describe('reasons', () => {
  it.each(['Bad Credentials', 'bad_credentials', 'BAD-CREDENTIALS', ' bad credentials '])(
    'match %j case-insensitively, with spaces, _ and - alike',
    (reason) => {
      expect(describeStatus(201, 'en', { reason }).key).toBe('code.201.bad_credentials');
    },
  );

  it('falls back to the code for a new reason', () => {
    expect(describeStatus(201, 'en', { reason: 'Too Many Attempts' })).toMatchObject({ key: 'code.201', fallback: 'code', known: true });
  });

  it('does not carry a reason over to another code', () => {
    expect(describeStatus(202, 'en', { reason: 'Bad Credentials' }).key).toBe('code.202');
  });
});

describe('connection objects', () => {
  it.each([
    [{ status: 'error', status_code: 302, status_reason: 'Session Expired' }, 'code.302'],
    [{ status: 'finished', status_code: 100, status_reason: 'OK' }, 'status.finished'],
    [{ status: 'in progress', status_code: null }, 'status.in_progress'],
    [{ status: 'waiting user' }, 'status.waiting_user'],
    [{ status: null, status_code: '201', status_reason: 'Password Expired' }, 'code.201.password_expired'],
    [{ status: 'somewhere new', status_code: 100 }, 'code.100'],
    [{ status: 'somewhere new', status_code: 310 }, 'category.3xx'],
    [{ status: 'somewhere new' }, 'unknown'],
  ])('resolve %j to %s', (connection, key) => {
    expect(describeStatus(connection, 'en').key).toBe(key);
  });
});

describe('getErrorMessage', () => {
  it.each([
    100,
    150,
    { status: 'finished' },
    { status: 'in progress', status_code: 100 },
    { status: 'pending' },
    { status: 'scheduled' },
    { status: 'in background progress' },
  ])('is null for %j, which is not a failure', (input) => expect(getErrorMessage(input, 'fr')).toBeNull());

  it.each([201, 302, 402, 207, { status: 'error' }, { status: 'waiting user' }, { status: 'maintenance' }, 'abc', null])(
    'is the message for %j',
    (input) => {
      expect(getErrorMessage(input as never, 'de')).toBe(getStatusMessage(input as never, 'de'));
    },
  );
});

describe('locales', () => {
  it.each([
    ['fr-CA', 'fr'],
    ['FR-ca', 'fr'],
    ['fr_FR', 'fr'],
    [['xx', 'de-CH', 'fr'], 'de'],
    ['*', 'en'],
    ['', 'en'],
    ['__proto__', 'en'],
    [null, 'en'],
    [undefined, 'en'],
    ['ja', 'en'],
    [['ja', '*'], 'en'],
  ])('resolve %j to %s', (locale, resolved) => {
    expect(describeStatus(201, locale as never).locale).toBe(resolved);
  });

  it('ship English first, then every other locale file', () => {
    expect(supportedLocales[0]).toBe('en');
    expect([...supportedLocales].sort()).toEqual([...shippedLocales].sort());
    expect(supportedLocales).toEqual(expect.arrayContaining(['en', 'fr', 'de', 'es', 'it', 'nl', 'pt']));
  });

  it('negotiate an Accept-Language header against the shipped ones', () => {
    expect(negotiateLocale('fr-CH, fr;q=0.9, en;q=0.8')).toBe('fr');
    expect(negotiateLocale('ja, de;q=0.5')).toBe('de');
    expect(negotiateLocale('ja')).toBe('en');
  });
});

describe('createStatusMessages', () => {
  it('applies overrides for one locale only', () => {
    const custom = createStatusMessages({
      overrides: { fr: { 'code.201.bad_credentials': { message: 'Identifiants refusés par {provider, select, other {{provider}}}.' } } },
    });
    expect(custom.getStatusMessage(201, 'fr', { reason: 'Bad Credentials', provider: 'LCL' })).toBe('Identifiants refusés par LCL.');
    expect(custom.describeStatus(201, 'fr', { reason: 'Bad Credentials' }).title).toBe(shipped('fr', 'code.201.bad_credentials', 'title'));
    expect(custom.getStatusMessage(201, 'de', { reason: 'Bad Credentials' })).toBe(shipped('de', 'code.201.bad_credentials'));
    expect(getStatusMessage(201, 'fr', { reason: 'Bad Credentials' })).not.toContain('Identifiants refusés');
  });

  it('formats ICU overrides with the provider', () => {
    const custom = createStatusMessages({ overrides: { en: { 'code.302': { messageWithProvider: 'Log in to {provider} again.' } } } });
    expect(custom.getStatusMessage(302, 'en', { provider: 'ING' })).toBe('Log in to ING again.');
    expect(custom.getStatusMessage(302, 'en')).toBe(shipped('en', 'code.302'));
  });

  it('adds a locale from overrides, preferring its language over a more specific entry in English', () => {
    const custom = createStatusMessages({
      overrides: {
        'pt-BR': { 'category.2xx': { title: 'Ação necessária no seu banco', message: 'Seu banco precisa que você faça algo.' } },
      },
    });
    expect(custom.describeStatus(203, 'pt-BR')).toMatchObject({ key: 'code.203', locale: 'pt' });
    const brOnly = createStatusMessages({
      overrides: { 'es-419': { 'category.2xx': { title: 'Acción necesaria', message: 'Tu banco necesita que hagas algo.' } } },
    });
    expect(brOnly.describeStatus(203, 'es-419')).toMatchObject({ key: 'code.203', locale: 'es' });
  });

  it('reports fallbacks to onFallback', () => {
    const events: unknown[] = [];
    const custom = createStatusMessages({ onFallback: (event) => events.push(event) });
    custom.getStatusMessage(207, 'fr');
    custom.getStatusMessage(201, 'fr');
    expect(events).toEqual([{ requestedLocale: 'fr', locale: 'fr', requestedKey: 'code.207', key: 'category.2xx', fallback: 'category' }]);
  });

  it('keeps two instances apart', () => {
    const a = createStatusMessages({ defaultLocale: 'de' });
    const b = createStatusMessages({ overrides: { en: { unknown: { message: 'Custom unknown.' } } } });
    expect(a.getStatusMessage('abc')).toBe(shipped('de', 'unknown'));
    expect(b.getStatusMessage('abc')).toBe('Custom unknown.');
    expect(getStatusMessage('abc')).not.toBe('Custom unknown.');
  });

  it('refuses a default locale it has no catalog for, saying how to fix it', () => {
    expect(() => createStatusMessages({ defaultLocale: 'ja' })).toThrow(errorWith(/default locale "ja" needs a catalog/));
    expect(() => createStatusMessages({ overrides: { 'not a tag!': {} } })).toThrow(errorWith(/invalid locale tag/));
  });
});

describe('provider names', () => {
  it('are trimmed, and ignored when empty or not a string', () => {
    expect(getStatusMessage(302, 'en', { provider: '  ING ' })).toContain('with ING ended');
    for (const provider of ['', '   ', 42, {}, null])
      expect(getStatusMessage(302, 'en', { provider: provider as never })).toBe(shipped('en', 'code.302'));
  });

  it('can be isolated for bidirectional text', () => {
    const custom = createStatusMessages({ isolateProvider: true });
    expect(custom.getStatusMessage(302, 'en', { provider: 'ING' })).toContain('\u2068ING\u2069');
  });
});

it('lists the documented codes in statusCodes, the values StatusCode types', () => {
  expect(statusCodes).toEqual([100, 201, 202, 203, 205, 206, 300, 301, 302, 303, 304, 305, 400, 401, 402]);
});
