/** The main entry: every status and code of the spec in every shipped locale, and the resolution rules. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  codeReasons,
  createStatusMessages,
  describeStatus,
  getErrorMessage,
  getStatusMessage,
  negotiateLocale,
  type StatusCode,
  statusCodes,
  statusNames,
  supportedLocales,
} from '../src/index.js';

const json = (tag: string) =>
  JSON.parse(readFileSync(new URL(`../locales/${tag}.json`, import.meta.url), 'utf8')) as Record<string, Record<string, string>>;
const expectText = (text: unknown) => {
  expect(typeof text).toBe('string');
  expect((text as string).trim()).not.toBe('');
  expect(text).not.toMatch(/[{}]|\bundefined\b|\[object |^(code|status|category|action)\.|^unknown$/);
};

const reasonCases: [number, string | null, string][] = statusCodes.flatMap((code): [number, string | null, string][] =>
  code === 201
    ? [
        [201, null, 'code.201'],
        ...codeReasons[201].map((r): [number, string, string] => [201, r, `code.201.${r.toLowerCase().replace(' ', '_')}`]),
      ]
    : [[code, null, `code.${code}`]],
);

describe.each(supportedLocales)('in %s', (locale) => {
  it.each(statusNames)('has its own message for the status %j', (status) => {
    const described = describeStatus({ status }, locale);
    expect(described).toMatchObject({ key: `status.${status.replaceAll(' ', '_')}`, locale, fallback: 'none', known: true, status });
    expectText(described.title);
    expectText(described.message);
  });

  it.each(reasonCases)('has its own message for code %i, reason %j', (code, reason, key) => {
    const described = describeStatus(code, locale, { reason });
    expect(described).toMatchObject({ key, locale, fallback: 'none', known: true, code });
    expectText(described.title);
    expectText(described.message);
    if (described.action !== 'none') expectText(described.actionLabel);
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

  it('renders every text with and without a provider name', () => {
    const source = json(locale);
    for (const [key, entry] of Object.entries(source)) {
      if (key === '$schema' || key.startsWith('action.')) continue;
      const input = key.startsWith('status.')
        ? { status: key.slice(7) }
        : key.startsWith('code.')
          ? { status_code: key.split('.')[1], status_reason: key.split('.')[2] ?? null }
          : null;
      if (!input) continue;
      const plain = describeStatus(input, locale);
      const named = describeStatus(input, locale, { provider: 'BNP Paribas' });
      expectText(plain.message);
      expect(plain.message).not.toContain('BNP Paribas');
      expect(named.message.includes('BNP Paribas'), `${key}.message`).toBe('messageWithProvider' in entry);
      expect(named.title.includes('BNP Paribas'), `${key}.title`).toBe('titleWithProvider' in entry);
    }
  });

  it('resolves regional and differently written tags to itself', () => {
    const regional = `${locale.toUpperCase()}_XX`;
    expect(describeStatus(205, regional).locale).toBe(locale);
  });
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

  it('ship English first', () => {
    expect(supportedLocales[0]).toBe('en');
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
    expect(custom.describeStatus(201, 'fr', { reason: 'Bad Credentials' }).title).toBe(
      describeStatus(201, 'fr', { reason: 'Bad Credentials' }).title,
    );
    expect(custom.getStatusMessage(201, 'de', { reason: 'Bad Credentials' })).toBe(
      getStatusMessage(201, 'de', { reason: 'Bad Credentials' }),
    );
    expect(getStatusMessage(201, 'fr', { reason: 'Bad Credentials' })).not.toContain('Identifiants refusés');
  });

  it('formats ICU overrides with the provider', () => {
    const custom = createStatusMessages({ overrides: { en: { 'code.302': { messageWithProvider: 'Log in to {provider} again.' } } } });
    expect(custom.getStatusMessage(302, 'en', { provider: 'ING' })).toBe('Log in to ING again.');
    expect(custom.getStatusMessage(302, 'en')).toBe(getStatusMessage(302, 'en'));
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
    expect(a.getStatusMessage('abc')).toBe(getStatusMessage('abc', 'de'));
    expect(b.getStatusMessage('abc')).toBe('Custom unknown.');
    expect(getStatusMessage('abc')).not.toBe('Custom unknown.');
  });

  it('refuses a default locale it has no catalog for, saying how to fix it', () => {
    expect(() => createStatusMessages({ defaultLocale: 'ja' })).toThrow(/default locale "ja" needs a catalog/);
    expect(() => createStatusMessages({ overrides: { 'not a tag!': {} } })).toThrow(/invalid locale tag/);
  });
});

describe('provider names', () => {
  it('are trimmed, and ignored when empty or not a string', () => {
    expect(getStatusMessage(302, 'en', { provider: '  ING ' })).toContain('with ING ended');
    for (const provider of ['', '   ', 42, {}, null])
      expect(getStatusMessage(302, 'en', { provider: provider as never })).toBe(getStatusMessage(302, 'en'));
  });

  it('can be isolated for bidirectional text', () => {
    const custom = createStatusMessages({ isolateProvider: true });
    expect(custom.getStatusMessage(302, 'en', { provider: 'ING' })).toContain('\u2068ING\u2069');
  });
});

it('types StatusCode as the documented codes', () => {
  const code: StatusCode = 201;
  expect(code).toBe(201);
});
