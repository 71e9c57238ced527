/**
 * Catalogs given at run time (`createStatusMessages({ locales, overrides })`, or `checkCatalogs` with `core`) may
 * be broken. A broken entry falls back to the shipped text for its key and is reported once through `onError`;
 * nothing else changes.
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../generated/locales/en.js';
import { fr } from '../../generated/locales/fr.js';
import { type CompiledLocale, checkCatalogs, createStatusMessages as createCore } from '../../src/core.js';
import {
  type CatalogError,
  createStatusMessages,
  describeStatus,
  type FallbackEvent,
  getStatusMessage,
  negotiateLocale,
  type StatusInput,
  type StatusMessages,
  type StatusMessagesOptions,
} from '../../src/index.js';
import { codeReasons, statusNames } from '../../src/runtime/catalog.js';
import { unpackRows } from '../../src/runtime/entries.js';
import type { LocaleCatalog } from '../../src/runtime/format.js';
import { expected, formatIcu, localeJson, type SpecCase, specCases } from '../support/oracle.js';
import { errorWith } from '../support/thrown.js';

/** The call that shows the entry of a message key. */
const inputFor = (key: string): { input: StatusInput; reason?: string } => {
  const [kind, name = '', reason] = key.split('.');
  if (kind === 'status') return { input: { status: name.replaceAll('_', ' ') } };
  if (kind === 'category') return { input: Number(`${name[0]}99`) };
  if (kind === 'code' && reason) {
    const documented = codeReasons[Number(name) as keyof typeof codeReasons].find((r) => r.toLowerCase().replace(' ', '_') === reason);
    return { input: Number(name), reason: documented ?? reason };
  }
  return kind === 'code' ? { input: Number(name) } : { input: 'not a status' };
};
/** Every key of the English catalog, and those of its messages (not the button labels). */
const englishKeys = Object.keys(localeJson('en')).filter((key) => key !== '$schema');
const messageKeys = englishKeys.filter((key) => !key.startsWith('action.'));
/** A row of the specification table that the entry `key` answers. */
const answeredBy = (key: string): SpecCase => {
  const spec = specCases.find((row) => row.key === key);
  if (!spec) throw new Error(`test setup: no row of the specification table is answered by ${key}`);
  return spec;
};
/** What the shipped catalogs answer for the entry `key`: its texts formatted from the locale file (`oracle.ts`). */
const shippedAnswer = (key: string, locale: string, provider?: string) => expected(answeredBy(key), locale, { provider });
/** One shipped text, formatted from its locale file: with a name, the entry's variant with the name where it has one. */
const shipped = (locale: string, key: string, field: 'title' | 'message' = 'message', provider?: string) => {
  const entry = localeJson(locale)[key] ?? {};
  return formatIcu((provider && entry[`${field}WithProvider`]) || (entry[field] as string), locale, provider);
};
const catalog = (locale: string, entries: unknown): LocaleCatalog => ({ locale, entries: entries as LocaleCatalog['entries'] });
/**
 * What an app using `core` does with catalogs it builds at run time: checks them over the compiled locales, and
 * passes the compiled locales, then the checked catalogs.
 */
const createChecked = ({ locales = [], overrides, compile, onError, ...options }: StatusMessagesOptions = {}): StatusMessages => {
  const compiled = locales.filter((catalog): catalog is CompiledLocale => 'rows' in catalog);
  const built = locales.filter((catalog) => !('rows' in catalog));
  return createCore({ ...options, locales: [...compiled, ...checkCatalogs(compiled, { locales: built, overrides, compile, onError })] });
};
const boom = (message: string) => () => {
  throw new Error(message);
};

/** Creates an instance that records what it reports. */
const withErrors = (options: StatusMessagesOptions, create = createStatusMessages) => {
  const errors: CatalogError[] = [];
  const messages = create({ ...options, onError: (error) => errors.push(error) });
  return { messages, errors };
};

/** Every title, message and label an instance shows in `locale`, with and without a provider, by key. */
const everything = (messages: Pick<StatusMessages, 'describeStatus'>, locale: string) =>
  Object.fromEntries(
    messageKeys.flatMap((key) => {
      const { input, reason } = inputFor(key);
      return [undefined, 'ING'].map((provider) => {
        const { title, message, actionLabel, key: used } = messages.describeStatus(input, locale, { reason, provider });
        return [`${key} ${provider ?? ''}`, { used, title, message, actionLabel }];
      });
    }),
  );
/** What `everything` must be with the shipped catalogs: the texts formatted from the locale files. */
const everythingShipped = (locale: string) =>
  Object.fromEntries(
    messageKeys.flatMap((key) =>
      [undefined, 'ING'].map((provider) => {
        const { title, message, actionLabel, key: used } = shippedAnswer(key, locale, provider);
        return [`${key} ${provider ?? ''}`, { used, title, message, actionLabel }];
      }),
    ),
  );

describe('the helpers of this test', () => {
  it.each(messageKeys)('reach the entry %s', (key) => {
    const { input, reason } = inputFor(key);
    expect(describeStatus(input, 'en', { reason }).key).toBe(key);
  });
});

describe('a broken text in overrides', () => {
  it.each([
    ['invalid ICU', 'Your session with {provider', /^invalid ICU message: EXPECT_ARGUMENT_CLOSING_BRACE$/],
    ['ICU without an other branch', '{provider, select, ING {ING}}', /^invalid ICU message: MISSING_OTHER_CLAUSE/],
    ['an unknown placeholder', 'Your session with {bank} ended.', /^cannot be rendered: .*"bank"/],
    ['a number', 42, /^expected a non-empty string, got number$/],
    ['null', null, /^expected a non-empty string, got null$/],
    ['an object', { text: 'Session ended' }, /^expected a non-empty string, got object$/],
    ['an empty string', '', /^expected a non-empty string, got an empty string$/],
    ['a blank string', ' \n\t', /^expected a non-empty string, got a blank string$/],
  ])('(%s) keeps the shipped text and is reported with its locale, key and field', (_, value, reason) => {
    const { messages, errors } = withErrors({ overrides: { fr: { 'code.302': { message: value as string } } } });
    expect(messages.getStatusMessage(302, 'fr')).toBe(shipped('fr', 'code.302'));
    expect(errors).toEqual([{ locale: 'fr', key: 'code.302', field: 'message', reason: expect.stringMatching(reason) }]);
  });

  it('keeps the shipped variant with a provider when the new message is broken', () => {
    const { messages } = withErrors({ overrides: { fr: { 'code.302': { message: 42 as never } } } });
    expect(messages.getStatusMessage(302, 'fr', { provider: 'LCL' })).toBe(shipped('fr', 'code.302', 'message', 'LCL'));
    expect(messages.getStatusMessage(302, 'fr', { provider: 'LCL' })).toContain('LCL');
  });

  it('leaves the valid texts of the same entry applied', () => {
    const { messages, errors } = withErrors({
      overrides: { fr: { 'code.302': { title: 'Session terminée', message: 'Session {provider' } } },
    });
    expect(messages.describeStatus(302, 'fr')).toMatchObject({ title: 'Session terminée', message: shipped('fr', 'code.302') });
    expect(errors).toHaveLength(1);
  });

  it('is reported once for the entry, naming every broken text, however often the entry is shown', () => {
    const { messages, errors } = withErrors({ overrides: { de: { 'code.205': { title: 7 as never, message: '{' } } } });
    for (let i = 0; i < 3; i++) for (const locale of ['de', 'de-AT', ['de-CH']]) messages.describeStatus(205, locale, { provider: 'N26' });
    expect(errors).toEqual([{ locale: 'de', key: 'code.205', reason: expect.stringMatching(/^title: expected .*; message: invalid ICU/) }]);
  });

  it('needs a compiler for ICU placeholders, and says so', () => {
    const { messages, errors } = withErrors(
      { locales: [en], overrides: { en: { 'code.302': { messageWithProvider: 'Log in to {provider} again.' } } } },
      createChecked,
    );
    expect(messages.getStatusMessage(302, 'en', { provider: 'ING' })).toBe(shipped('en', 'code.302', 'message', 'ING'));
    expect(errors).toEqual([
      { locale: 'en', key: 'code.302', field: 'messageWithProvider', reason: expect.stringMatching(/pass `compile`/) },
    ]);
  });

  it('accepts texts without placeholders without a compiler, with ICU apostrophes', () => {
    const { messages, errors } = withErrors(
      { locales: [en], overrides: { en: { 'code.302': { message: "It''s over." } } } },
      createChecked,
    );
    expect(messages.getStatusMessage(302, 'en')).toBe("It's over.");
    expect(errors).toEqual([]);
  });

  it.each([
    ['throws an Error', () => boom('nope')(), /^invalid ICU message: nope$/],
    [
      'throws a string',
      () => {
        throw 'nope';
      },
      /^invalid ICU message: nope$/,
    ],
    [
      'throws something that cannot even be printed',
      () => {
        throw { toString: boom('toString') };
      },
      /^invalid ICU message: object$/,
    ],
    ['returns a number', () => 42, /^cannot be rendered: /],
    ['returns a function that returns an empty string', () => () => '', /^renders to an empty string$/],
    ['returns a function that returns a blank string', () => () => ' ', /^renders to an empty string$/],
    ['returns a function that returns a number', () => () => 42, /^renders to number$/],
  ])('keeps the shipped text when the compiler %s', (_, compile, reason) => {
    const { messages, errors } = withErrors({
      compile: compile as never,
      overrides: { en: { 'code.302': { message: 'Log in to {provider}.' } } },
    });
    expect(messages.getStatusMessage(302, 'en', { provider: 'ING' })).toBe(shipped('en', 'code.302', 'message', 'ING'));
    expect(errors).toEqual([{ locale: 'en', key: 'code.302', field: 'message', reason: expect.stringMatching(reason) }]);
  });

  it('replaces the shipped variants with a provider with a valid new title or message', () => {
    const { messages } = withErrors({ overrides: { en: { 'code.202': { title: 'Act at your bank', message: 'Log in to your bank.' } } } });
    expect(messages.describeStatus(202, 'en', { provider: 'ING' })).toMatchObject({
      title: 'Act at your bank',
      message: 'Log in to your bank.',
    });
  });

  it('keeps a new variant with a provider given with the new title', () => {
    const { messages } = withErrors({
      overrides: { en: { 'code.202': { title: 'Act at your bank', titleWithProvider: 'Act at {provider}' } } },
    });
    expect(messages.describeStatus(202, 'en', { provider: 'ING' }).title).toBe('Act at ING');
    expect(messages.describeStatus(202, 'en').title).toBe('Act at your bank');
  });
});

describe('a broken entry in overrides', () => {
  it.each([
    ['null', null, /^expected an object with "title" and "message", got null$/],
    ['a string', 'Session expired', /^expected an object with "title" and "message", got string$/],
    ['a number', 302, /^expected an object .*got number$/],
    ['a function', () => 'Session expired', /^expected an object .*got function$/],
  ])('(%s) keeps the shipped entry and is reported', (_, value, reason) => {
    const { messages, errors } = withErrors({ overrides: { fr: { 'code.302': value as never } } });
    expect(messages.describeStatus(302, 'fr')).toMatchObject(shippedAnswer('code.302', 'fr'));
    expect(errors).toEqual([{ locale: 'fr', key: 'code.302', reason: expect.stringMatching(reason) }]);
  });

  it('that is an array has unknown fields, and keeps the shipped entry', () => {
    const { messages, errors } = withErrors({ overrides: { fr: { 'code.302': ['Session expirée'] as never } } });
    expect(messages.describeStatus(302, 'fr')).toMatchObject(shippedAnswer('code.302', 'fr'));
    expect(errors).toEqual([{ locale: 'fr', key: 'code.302', reason: 'unknown field "0"' }]);
  });

  it('with a misspelt field is reported, and its other texts applied', () => {
    const { messages, errors } = withErrors({ overrides: { fr: { 'code.302': { titel: 'Oups', message: 'Session expirée.' } as never } } });
    expect(messages.describeStatus(302, 'fr')).toMatchObject({ title: shipped('fr', 'code.302', 'title'), message: 'Session expirée.' });
    expect(errors).toEqual([{ locale: 'fr', key: 'code.302', reason: 'unknown field "titel"' }]);
  });

  it('accepts the translator fields of a locale file (description, sourceHash) without a report', () => {
    const { errors } = withErrors({
      overrides: { fr: { 'code.302': { message: 'Session expirée.', description: 'shown for 302', sourceHash: 'abcd1234' } as never } },
    });
    expect(errors).toEqual([]);
  });

  it.each([
    ['a throwing getter', Object.defineProperty({}, 'message', { enumerable: true, get: boom('boom') })],
    ['a proxy that throws on every trap', new Proxy({}, new Proxy({}, { get: () => boom('trap') }))],
  ])('that cannot be read (%s) keeps the shipped entry and is reported', (_, value) => {
    const { messages, errors } = withErrors({ overrides: { fr: { 'code.302': value, 'code.301': { message: 'Téléchargement raté.' } } } });
    expect(messages.describeStatus(302, 'fr')).toMatchObject(shippedAnswer('code.302', 'fr'));
    expect(messages.getStatusMessage(301, 'fr')).toBe('Téléchargement raté.');
    expect(errors).toEqual([{ locale: 'fr', key: 'code.302', reason: expect.stringMatching(/^could not be read: (boom|trap)$/) }]);
  });

  it('for a new locale without title or message falls back to the parent locale, and is reported', () => {
    const { messages, errors } = withErrors({
      overrides: {
        'pt-BR': { 'code.201': { title: 'Confira seus dados' }, 'code.202': { message: 'Acesse o site do banco.' }, 'code.203': {} },
      },
    });
    expect(messages.describeStatus(201, 'pt-BR')).toMatchObject({ locale: 'pt', key: 'code.201', message: shipped('pt', 'code.201') });
    expect(messages.describeStatus(202, 'pt-BR')).toMatchObject({ locale: 'pt', key: 'code.202' });
    expect(errors).toEqual([
      { locale: 'pt-BR', key: 'code.201', reason: 'missing "message" (and no shipped text to fall back to)' },
      { locale: 'pt-BR', key: 'code.202', reason: 'missing "title" (and no shipped text to fall back to)' },
      { locale: 'pt-BR', key: 'code.203', reason: 'missing "title" and "message" (and no shipped text to fall back to)' },
    ]);
  });

  it('for a button label needs "label"', () => {
    const { messages, errors } = withErrors({ overrides: { 'fr-CA': { 'action.retry_later': { title: 'Réessayer' } } } });
    expect(messages.describeStatus({ status: 'cancelled' }, 'fr-CA').actionLabel).toBe(shippedAnswer('status.cancelled', 'fr').actionLabel);
    expect(errors).toEqual([
      { locale: 'fr-CA', key: 'action.retry_later', reason: 'missing "label" (and no shipped text to fall back to)' },
    ]);
  });

  it('with an empty label keeps the shipped label', () => {
    const { messages, errors } = withErrors({ overrides: { fr: { 'action.retry_later': { label: '' } } } });
    expect(messages.describeStatus({ status: 'cancelled' }, 'fr').actionLabel).toBe(shippedAnswer('status.cancelled', 'fr').actionLabel);
    expect(errors).toEqual([{ locale: 'fr', key: 'action.retry_later', field: 'label', reason: expect.stringMatching(/empty string/) }]);
  });
});

describe('keys of overrides', () => {
  it.each([
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    'code.601',
    'x.code.207',
    'code.2011',
    'code.201.Bad Credentials',
    'status.paused',
    'unknown.x',
  ])('refuses %j as an unknown key, with a report', (key) => {
    const source = JSON.parse(JSON.stringify({ [key]: { title: 'Polluted', message: 'Polluted' } }));
    const { messages, errors } = withErrors({ overrides: { fr: source } });
    expect(errors).toEqual([{ locale: 'fr', key, reason: expect.stringMatching(/^unknown key; expected one of the catalog keys/) }]);
    expect(everything(messages, 'fr')).toEqual(everythingShipped('fr'));
  });

  it('pollute no prototype through "__proto__"', () => {
    const overrides = JSON.parse('{"__proto__": {"polluted": {"title": "x"}}, "fr": {"__proto__": {"title": "x", "message": "y"}}}');
    expect(() => createStatusMessages({ overrides })).toThrow(errorWith(/invalid locale tag "__proto__"/));
    createStatusMessages({ overrides: { fr: overrides.fr } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).title).toBeUndefined();
  });

  it('accept undocumented codes and reasons, which the API may add', () => {
    const { messages, errors } = withErrors({
      overrides: {
        en: { 'code.207': { title: 'New', message: 'A new code.' }, 'code.201.too_many_attempts': { title: 'Wait', message: 'Too many.' } },
      },
    });
    expect(messages.getStatusMessage(207, 'en')).toBe('A new code.');
    expect(messages.getStatusMessage(201, 'en', { reason: 'Too Many Attempts' })).toBe('Too many.');
    expect(errors).toEqual([]);
  });

  it('ignore "$schema", as locale files have it', () => {
    const { errors } = withErrors({ overrides: { fr: { $schema: './schema.json' } as never } });
    expect(errors).toEqual([]);
  });
});

describe('the entries of a locale in overrides', () => {
  it.each([
    ['a string', 'oops', /got string$/],
    ['null', null, /got null$/],
    ['a number', 1, /got number$/],
  ])('(%s) are reported once, with the key "*", and the locale keeps its shipped texts', (_, value, reason) => {
    const { messages, errors } = withErrors({ overrides: { fr: value as never } });
    expect(messages.getStatusMessage(302, 'fr')).toBe(shipped('fr', 'code.302'));
    expect(errors).toEqual([{ locale: 'fr', key: '*', reason: expect.stringMatching(/^expected an object of entries/) }]);
    expect(errors[0]?.reason).toMatch(reason);
  });

  it('that cannot be listed (a proxy) are reported and change nothing', () => {
    const hostile = new Proxy({}, { ownKeys: boom('no keys') });
    const { messages, errors } = withErrors({ overrides: { fr: hostile } });
    expect(everything(messages, 'fr')).toEqual(everythingShipped('fr'));
    expect(errors).toEqual([{ locale: 'fr', key: '*', reason: 'could not be read: no keys' }]);
  });
});

describe('a broken catalog in locales', () => {
  it('whose entries are not an object is reported, and its locale falls back to the default', () => {
    const { messages, errors } = withErrors({ locales: [en, catalog('ja', null)] }, createChecked);
    expect(messages.describeStatus(302, 'ja')).toMatchObject({ locale: 'en', message: shipped('en', 'code.302') });
    expect(errors).toEqual([{ locale: 'ja', key: '*', reason: expect.stringMatching(/^expected an object of entries.*got null$/) }]);
  });

  it('with a text of the wrong type keeps the entry of an earlier catalog of the same locale, and is reported', () => {
    const broken = catalog('fr', { 'code.302': { title: 'Session expirée', message: 302 } });
    const { messages, errors } = withErrors({ locales: [en, fr, broken] }, createChecked);
    expect(messages.describeStatus(302, 'fr')).toMatchObject({ key: 'code.302', locale: 'fr', message: shipped('fr', 'code.302') });
    expect(errors).toEqual([{ locale: 'fr', key: 'code.302', field: 'message', reason: 'expected a string or a function, got number' }]);
  });

  it('replaces the entries of an earlier catalog of the same locale one by one, keeping the others', () => {
    const patch = catalog('fr', { 'code.302': { title: 'Session expirée', message: 'Reconnectez-vous.' } });
    const { messages, errors } = withErrors({ locales: [en, fr, patch] }, createChecked);
    expect(messages.getStatusMessage(302, 'fr')).toBe('Reconnectez-vous.');
    expect(messages.getStatusMessage(301, 'fr')).toBe(shipped('fr', 'code.301'));
    expect(errors).toEqual([]);
  });

  it.each([
    ['throws', boom('render')],
    ['returns an empty string', () => ''],
    ['returns a number', () => 42],
    ['returns undefined', () => undefined],
  ])('with a text function that %s shows the earlier text of that field instead, and is reported once, when first used', (_, text) => {
    for (const [field, entry] of [
      ['message', { title: 'Session', message: text }],
      ['title', { title: text, message: 'Session expirée.' }],
    ] as const) {
      const { messages, errors } = withErrors({ locales: [en, fr, catalog('fr', { 'code.302': entry })] }, createChecked);
      expect(errors).toEqual([]);
      for (const reason of [undefined, 'Session Expired', 'Something New']) {
        const shown = messages.describeStatus(302, 'fr', { reason });
        expect(shown).toMatchObject({ key: 'code.302', locale: 'fr' });
        expect(shown[field]).toBe(shipped('fr', 'code.302', field));
      }
      expect(errors).toEqual([
        { locale: 'fr', key: 'code.302', field, reason: 'fails to render to a non-empty string when shown; the earlier text is shown' },
      ]);
    }
  });

  it('with an empty text keeps the entry of an earlier catalog, and is reported at creation', () => {
    const { messages, errors } = withErrors(
      { locales: [en, fr, catalog('fr', { 'code.302': { title: '', message: 'Expirée.' } })] },
      createChecked,
    );
    expect(errors).toEqual([{ locale: 'fr', key: 'code.302', field: 'title', reason: 'expected a non-empty string, got an empty string' }]);
    expect(messages.describeStatus(302, 'fr')).toMatchObject(shippedAnswer('code.302', 'fr'));
  });

  it('with a text function that fails and no earlier text falls back to a more general key', () => {
    const { messages, errors } = withErrors(
      { locales: [en, catalog('ja', { ...unpackRows(en.rows), 'code.302': { title: boom('x'), message: 'メッセージ' } })] },
      createChecked,
    );
    expect(messages.describeStatus(302, 'ja')).toMatchObject({ key: 'category.3xx', locale: 'ja' });
    expect(errors).toEqual([{ locale: 'ja', key: 'code.302', field: 'title', reason: expect.stringMatching(/^fails to render/) }]);
  });

  it('with an entry that lacks its message keeps the entry of an earlier catalog, and is reported', () => {
    const { messages, errors } = withErrors(
      { locales: [en, fr, catalog('fr', { 'code.302': { title: 'Session expirée' } })] },
      createChecked,
    );
    expect(messages.describeStatus(302, 'fr')).toMatchObject(shippedAnswer('code.302', 'fr'));
    expect(errors).toEqual([{ locale: 'fr', key: 'code.302', reason: 'missing "message"' }]);
  });

  it('with entries that are not objects, or cannot be read, reports each and keeps the rest', () => {
    const entries = {
      'code.301': null,
      'code.302': 'Session expirée',
      'code.303': Object.defineProperty({}, 'title', { enumerable: true, get: boom('getter') }),
      'code.300': { title: 'Problème', message: 'Votre banque a un problème.' },
    };
    const { messages, errors } = withErrors({ locales: [en, fr, catalog('fr', entries)] }, createChecked);
    expect(messages.getStatusMessage(300, 'fr')).toBe('Votre banque a un problème.');
    for (const code of [301, 302, 303]) expect(messages.getStatusMessage(code, 'fr')).toBe(shipped('fr', `code.${code}`));
    expect(errors).toEqual([
      { locale: 'fr', key: 'code.301', reason: 'expected an object of texts, got null' },
      { locale: 'fr', key: 'code.302', reason: 'expected an object of texts, got string' },
      { locale: 'fr', key: 'code.303', reason: 'could not be read: getter' },
    ]);
  });

  it('with a "__proto__" key reports it as unknown and pollutes nothing', () => {
    const entries = JSON.parse('{"__proto__": {"title": "x", "message": "y"}, "code.302": {"title": "Session", "message": "Expirée."}}');
    const { messages, errors } = withErrors({ locales: [en, catalog('fr', entries)] }, createChecked);
    expect(messages.getStatusMessage(302, 'fr')).toBe('Expirée.');
    expect(({} as Record<string, unknown>).title).toBeUndefined();
    expect(errors).toContainEqual({ locale: 'fr', key: '__proto__', reason: expect.stringMatching(/^unknown key/) });
  });

  it('that misses entries reports each missing key once, and they fall back as usual', () => {
    const partial = catalog('ja', { unknown: { title: '問題が発生しました', message: '口座を更新できませんでした。' } });
    const { messages, errors } = withErrors({ locales: [en, partial] }, createChecked);
    expect(messages.describeStatus(302, 'ja')).toMatchObject({ locale: 'ja', key: 'unknown', fallback: 'unknown' });
    expect(errors).toEqual(englishKeys.filter((key) => key !== 'unknown').map((key) => ({ locale: 'ja', key, reason: 'missing entry' })));
  });
});

describe('nothing else is affected', () => {
  const broken = () =>
    JSON.parse(
      '{"fr": {"code.302": {"message": "{provider"}, "code.201.bad_credentials": null, "__proto__": {"title": "x"}, ' +
        '"action.retry_later": {"label": 42}}, "de": "oops"}',
    );

  it.each(['fr', 'de', 'en', 'nl'])('in %s: every other text is the shipped one', (locale) => {
    const { messages } = withErrors({ overrides: broken() });
    expect(everything(messages, locale)).toEqual(everythingShipped(locale));
  });

  it('a callback that throws does not stop the instance, and every problem is still reported once', () => {
    let calls = 0;
    const messages = createStatusMessages({
      overrides: broken(),
      onError: () => {
        calls++;
        throw new Error('callback');
      },
    });
    expect(messages.getStatusMessage(302, 'fr')).toBe(shipped('fr', 'code.302'));
    expect(calls).toBe(5);
  });

  it('two instances report separately', () => {
    const a = withErrors({ overrides: { fr: { 'code.302': { message: 1 as never } } } });
    const b = withErrors({ overrides: { fr: { 'code.302': { message: 1 as never } } } });
    expect([a.errors.length, b.errors.length]).toEqual([1, 1]);
  });
});

describe('texts that throw only when they are shown', () => {
  it('fall back to another text, and never give an empty string', () => {
    let fail = false;
    const flaky = (v: { provider: string }) => {
      if (fail) throw new Error('flaky');
      return `Hello ${v.provider}`;
    };
    const custom = catalog('en', {
      ...unpackRows(en.rows),
      unknown: { title: flaky, message: flaky },
      'code.302': { title: flaky, message: flaky, messageWithProvider: flaky },
    });
    const messages = createCore({ locales: [custom] });
    fail = true;
    expect(messages.describeStatus(302, 'en', { provider: 'ING' })).toMatchObject({
      key: 'category.3xx',
      message: shipped('en', 'category.3xx', 'message', 'ING'),
    });
    // Nothing left to fall back to: the default `unknown` texts as they rendered when the instance was created,
    // without a provider name (never a made-up one).
    expect(messages.describeStatus('abc', 'en', { provider: 'ING' })).toMatchObject({
      key: 'unknown',
      fallback: 'unknown',
      locale: 'en',
      title: 'Hello ',
      message: 'Hello ',
    });
    expect(messages.getStatusMessage('abc', 'en')).toBe('Hello ');
  });
});

describe('what describeStatus tells an app, as the README documents it', () => {
  // The README's rows "(not documented)": the API documents every other code and status of the table.
  const undocumented: readonly unknown[] = [150, 207, 306, 499, 'anything else'];
  // code or status, reason, category, action, severity, retryable; the user must act exactly for 2xx and `waiting user`.
  it.each([
    [100, 'OK', 'ok', 'none', 'success', false],
    [201, null, 'user_action', 'update_credentials', 'error', false],
    [201, 'Bad Credentials', 'user_action', 'update_credentials', 'error', false],
    [201, 'Account Blocked', 'user_action', 'unblock_account', 'error', false],
    [201, 'Password Expired', 'user_action', 'change_password', 'error', false],
    [202, 'User Action Required', 'user_action', 'act_on_provider_website', 'warning', false],
    [203, 'Contract Error', 'user_action', 'upgrade_contract', 'error', false],
    [205, 'Strong Authentication', 'user_action', 'authenticate', 'warning', false],
    [206, 'Certificate Error', 'user_action', 'renew_certificate', 'error', false],
    [300, 'Provider Error', 'provider_error', 'retry_later', 'warning', true],
    [301, 'Download Error', 'provider_error', 'retry_later', 'warning', true],
    [302, 'Session Expired', 'provider_error', 'retry_later', 'warning', true],
    [303, 'Case Error', 'provider_error', 'contact_support', 'error', false],
    [304, 'Provider Action Required', 'provider_error', 'retry_later', 'warning', true],
    [305, 'Certificate Error', 'provider_error', 'retry_later', 'warning', true],
    [400, 'Internal Error', 'internal_error', 'retry_later', 'error', true],
    [401, 'Balance Error', 'internal_error', 'retry_later', 'error', true],
    [402, 'Import Error', 'internal_error', 'retry_later', 'error', true],
    ['finished', null, 'ok', 'none', 'success', false],
    ['pending', null, 'ok', 'wait', 'info', false],
    ['in progress', null, 'ok', 'wait', 'info', false],
    ['in background progress', null, 'ok', 'none', 'info', false],
    ['waiting user', null, 'user_action', 'authenticate', 'warning', false],
    ['cancelled', null, 'user_action', 'retry_later', 'warning', true],
    ['error', null, 'unknown', 'retry_later', 'error', true],
    ['maintenance', null, 'provider_error', 'retry_later', 'warning', true],
    ['scheduled', null, 'ok', 'none', 'info', false],
    ['unavailable', null, 'provider_error', 'retry_later', 'warning', true],
    [150, null, 'ok', 'none', 'success', false],
    [207, null, 'user_action', 'act_on_provider_website', 'warning', false],
    [306, null, 'provider_error', 'retry_later', 'warning', true],
    [499, null, 'internal_error', 'retry_later', 'error', true],
    ['anything else', null, 'unknown', 'retry_later', 'error', true],
  ] as const)('%j (%s): %s, %s, %s, retryable %s', (what, reason, category, action, severity, retryable) => {
    const input = typeof what === 'number' || !statusNames.includes(what as never) ? what : { status: what };
    const described = describeStatus(input, 'en', { reason });
    const userActionRequired = category === 'user_action' && what !== 'cancelled';
    expect(described).toMatchObject({ category, action, severity, retryable, userActionRequired });
    expect(described.known).toBe(!undocumented.includes(what));
  });
});

describe('inputs at the edges', () => {
  it.each([
    ['a blank reason', '  \t', null, 'code.201'],
    ['a reason of 256 characters', 'x'.repeat(256), 'x'.repeat(256), `code.201.${'x'.repeat(256)}`],
    ['a longer reason, which is ignored', 'x'.repeat(257), null, 'code.201'],
  ])('%s', (_, reason, kept, requestedKey) => {
    const events: string[] = [];
    const messages = createStatusMessages({ onFallback: (event) => events.push(event.requestedKey) });
    expect(messages.describeStatus(201, 'en', { reason }).reason).toBe(kept);
    expect(events).toEqual(kept === null ? [] : [requestedKey]);
  });

  it.each([
    [{ status: 'finished', status_code: 200 }, 'category.2xx'],
    [{ status: 'finished', status_code: 199 }, 'status.finished'],
    [{ status: 'finished', status_code: 100 }, 'status.finished'],
    [{ status_code: 199 }, 'category.1xx'],
  ])('lets an error code (200 and above) win over the status, and the status win over 1xx: %j', (connection, key) => {
    expect(describeStatus(connection, 'en').key).toBe(key);
  });

  it('refuses an invalid locale tag in locales, at creation, saying where', () => {
    expect(() => createCore({ locales: [en, catalog('not a tag!', {})] })).toThrow(
      errorWith(/^createStatusMessages: invalid locale tag "not a tag!" in options\.locales; use a BCP 47 tag/),
    );
    expect(() => createCore({ locales: [en, null as never] })).toThrow(errorWith(/invalid locale tag undefined in options\.locales/));
  });

  it('quotes at most 100 characters of a wrong tag or default locale in its error', () => {
    const long = `${'x'.repeat(150)}!`;
    expect(() => createStatusMessages({ overrides: { [long]: {} } })).toThrow(errorWith(`invalid locale tag "${'x'.repeat(100)}" in`));
    expect(() => createStatusMessages({ defaultLocale: 42 as never })).toThrow(
      errorWith(/^createStatusMessages: the default locale number needs/),
    );
    expect(() => createStatusMessages({ defaultLocale: 'ja' })).toThrow(errorWith(/pass it in options\.locales/));
  });
});

describe('locales and provider names at the edges', () => {
  // A valid tag of exactly 255 characters, the longest Intl accepts: `fr-x-` then private-use subtags.
  const longest = `fr-x-${'abcdefgh-'.repeat(27)}abcdefg`;

  it('resolves a tag of 255 characters, the longest there is', () => {
    expect(longest).toHaveLength(255);
    expect(describeStatus(302, longest).locale).toBe('fr');
    expect(describeStatus(302, [longest]).locale).toBe('fr');
  });

  it('skips what is not a usable tag in a list, and looks at its first 32 tags only', () => {
    expect(describeStatus(302, ['xx', null, 42, {}, 'fr'] as never).locale).toBe('fr');
    expect(describeStatus(302, [...Array(31).fill('xx'), 'de']).locale).toBe('de');
    expect(describeStatus(302, [...Array(32).fill('xx'), 'de']).locale).toBe('en');
  });

  it.each([
    ['256 characters, inserted', 'B'.repeat(256), true],
    ['257 characters, ignored', 'B'.repeat(257), false],
  ])('takes a provider name of %s', (_, provider, inserted) => {
    expect(getStatusMessage(302, 'en', { provider })).toBe(shipped('en', 'code.302', 'message', inserted ? provider : undefined));
    expect(getStatusMessage(302, 'en', { provider }).includes(provider)).toBe(inserted);
  });

  it('replaces lone surrogates in a provider name, which no font can show', () => {
    expect(getStatusMessage(302, 'en', { provider: ' ING\uD800 ' })).toContain('with ING\uFFFD ended');
  });
});

describe('callbacks', () => {
  it('report a fallback to the parent locale as well as to a more general key', () => {
    const events: FallbackEvent[] = [];
    const messages = createStatusMessages({
      overrides: { 'pt-BR': { 'category.2xx': { title: 'Ação necessária', message: 'Seu banco precisa de você.' } } },
      onFallback: (event) => events.push(event),
    });
    messages.describeStatus(203, 'pt-BR');
    messages.describeStatus(207, 'pt-BR');
    messages.describeStatus(203, 'pt');
    expect(events).toEqual([
      { requestedLocale: 'pt-BR', locale: 'pt', requestedKey: 'code.203', key: 'code.203', fallback: 'none' },
      { requestedLocale: 'pt-BR', locale: 'pt-BR', requestedKey: 'code.207', key: 'category.2xx', fallback: 'category' },
    ]);
  });

  it('that throw never break a message', () => {
    const messages = createStatusMessages({ onFallback: boom('callback'), onError: boom('callback'), overrides: { fr: { x: {} } } });
    expect(messages.getStatusMessage(207, 'de')).toBe(shipped('de', 'category.2xx'));
  });
});

describe('an instance', () => {
  it('needs a default locale with a usable "unknown" entry', () => {
    expect(() => createCore()).toThrow(errorWith(/^createStatusMessages: the default locale "en" needs a catalog with an "unknown" entry/));
    for (const unknown of [
      { title: 'Oops' },
      { message: 'Something went wrong.' },
      { title: '', message: 'Something went wrong.' },
      { title: 'Oops', message: () => '' },
    ]) {
      expect(() => createCore({ locales: [catalog('en', { unknown })] })).toThrow(errorWith(/default locale "en" needs a catalog/));
    }
  });

  it('lists its locales once each, the default first', () => {
    expect(createCore({ locales: [en, fr], defaultLocale: 'fr' }).locales).toEqual(['fr', 'en']);
    const messages = createStatusMessages({ defaultLocale: 'de', overrides: { de: {}, 'de-CH': {} } });
    expect(messages.locales[0]).toBe('de');
    expect(new Set(messages.locales).size).toBe(messages.locales.length);
    expect(messages.locales).toContain('de-CH');
  });

  it('takes a list of locales only from an array, not from an array-like object', () => {
    expect(describeStatus(302, { length: 1, 0: 'fr' } as never).locale).toBe('en');
  });

  it('ignores a blank provider name, also when it isolates names', () => {
    const messages = createStatusMessages({ isolateProvider: true });
    expect(messages.getStatusMessage(302, 'en', { provider: ' \t' })).toBe(shipped('en', 'code.302'));
  });

  it('takes a button label from the parent locale when a regional catalog has none', () => {
    const messages = createStatusMessages({
      overrides: { 'fr-CA': { 'status.cancelled': { title: 'Mise à jour annulée', message: 'La mise à jour a été arrêtée.' } } },
    });
    expect(messages.describeStatus({ status: 'cancelled' }, 'fr-CA')).toMatchObject({
      locale: 'fr-CA',
      actionLabel: shippedAnswer('status.cancelled', 'fr').actionLabel,
    });
  });

  it('accepts an override that is only the provider name', () => {
    const { messages, errors } = withErrors({ overrides: { en: { 'code.302': { titleWithProvider: '{provider}' } } } });
    expect(messages.describeStatus(302, 'en', { provider: 'ING' }).title).toBe('ING');
    expect(errors).toEqual([]);
  });
});

describe('negotiateLocale at the edges', () => {
  const tag = (length: number) => `fr-x-${'abcdefgh-'.repeat(27)}abcdefgh`.slice(0, length);

  it('matches a tag of 255 characters and refuses a longer one, as BCP 47 does', () => {
    expect(tag(255)).toMatch(/[a-h]$/);
    expect(negotiateLocale(tag(255))).toBe('fr');
    expect(negotiateLocale(tag(256))).toBe('en');
  });
});
