/**
 * Catalogs given at run time (`createStatusMessages({ locales, overrides })`) may be broken. A broken entry falls
 * back to the shipped text for its key and is reported once through `onError`; nothing else changes.
 */
import { describe, expect, it } from 'vitest';
import { en } from '../generated/locales/en.js';
import { fr } from '../generated/locales/fr.js';
import { catalogKeys, codeReasons } from '../src/catalog.js';
import { createStatusMessages as createCore } from '../src/core.js';
import type { LocaleCatalog } from '../src/format.js';
import {
  type CatalogError,
  createStatusMessages,
  describeStatus,
  getStatusMessage,
  type StatusInput,
  type StatusMessages,
  type StatusMessagesOptions,
} from '../src/index.js';

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
const messageKeys = catalogKeys.filter((key) => !key.startsWith('action.'));
const catalog = (locale: string, entries: unknown): LocaleCatalog => ({ locale, entries: entries as LocaleCatalog['entries'] });
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
    expect(messages.getStatusMessage(302, 'fr')).toBe(getStatusMessage(302, 'fr'));
    expect(errors).toEqual([{ locale: 'fr', key: 'code.302', field: 'message', reason: expect.stringMatching(reason) }]);
  });

  it('keeps the shipped variant with a provider when the new message is broken', () => {
    const { messages } = withErrors({ overrides: { fr: { 'code.302': { message: 42 as never } } } });
    expect(messages.getStatusMessage(302, 'fr', { provider: 'LCL' })).toBe(getStatusMessage(302, 'fr', { provider: 'LCL' }));
    expect(messages.getStatusMessage(302, 'fr', { provider: 'LCL' })).toContain('LCL');
  });

  it('leaves the valid texts of the same entry applied', () => {
    const { messages, errors } = withErrors({
      overrides: { fr: { 'code.302': { title: 'Session terminée', message: 'Session {provider' } } },
    });
    expect(messages.describeStatus(302, 'fr')).toMatchObject({ title: 'Session terminée', message: getStatusMessage(302, 'fr') });
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
      createCore,
    );
    expect(messages.getStatusMessage(302, 'en', { provider: 'ING' })).toBe(getStatusMessage(302, 'en', { provider: 'ING' }));
    expect(errors).toEqual([
      { locale: 'en', key: 'code.302', field: 'messageWithProvider', reason: expect.stringMatching(/pass `compile`/) },
    ]);
  });

  it('accepts texts without placeholders without a compiler, with ICU apostrophes', () => {
    const { messages, errors } = withErrors({ locales: [en], overrides: { en: { 'code.302': { message: "It''s over." } } } }, createCore);
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
    ['returns a number', () => 42, /^cannot be rendered: /],
    ['returns a function that returns an empty string', () => () => '', /^renders to an empty string$/],
  ])('keeps the shipped text when the compiler %s', (_, compile, reason) => {
    const { messages, errors } = withErrors({
      compile: compile as never,
      overrides: { en: { 'code.302': { message: 'Log in to {provider}.' } } },
    });
    expect(messages.getStatusMessage(302, 'en', { provider: 'ING' })).toBe(getStatusMessage(302, 'en', { provider: 'ING' }));
    expect(errors).toEqual([{ locale: 'en', key: 'code.302', field: 'message', reason: expect.stringMatching(reason) }]);
  });

  it('replaces the shipped variants with a provider with a valid new title or message', () => {
    const { messages } = withErrors({ overrides: { en: { 'code.302': { title: 'Session over', message: 'Log in again.' } } } });
    expect(messages.describeStatus(302, 'en', { provider: 'ING' })).toMatchObject({ title: 'Session over', message: 'Log in again.' });
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
    expect(messages.describeStatus(302, 'fr')).toEqual(describeStatus(302, 'fr'));
    expect(errors).toEqual([{ locale: 'fr', key: 'code.302', reason: expect.stringMatching(reason) }]);
  });

  it('that is an array has unknown fields, and keeps the shipped entry', () => {
    const { messages, errors } = withErrors({ overrides: { fr: { 'code.302': ['Session expirée'] as never } } });
    expect(messages.describeStatus(302, 'fr')).toEqual(describeStatus(302, 'fr'));
    expect(errors).toEqual([{ locale: 'fr', key: 'code.302', reason: 'unknown field "0"' }]);
  });

  it('with a misspelt field is reported, and its other texts applied', () => {
    const { messages, errors } = withErrors({ overrides: { fr: { 'code.302': { titel: 'Oups', message: 'Session expirée.' } as never } } });
    expect(messages.describeStatus(302, 'fr')).toMatchObject({ title: describeStatus(302, 'fr').title, message: 'Session expirée.' });
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
    expect(messages.describeStatus(302, 'fr')).toEqual(describeStatus(302, 'fr'));
    expect(messages.getStatusMessage(301, 'fr')).toBe('Téléchargement raté.');
    expect(errors).toEqual([{ locale: 'fr', key: 'code.302', reason: expect.stringMatching(/^could not be read: (boom|trap)$/) }]);
  });

  it('for a new locale without title or message falls back to the parent locale, and is reported', () => {
    const { messages, errors } = withErrors({
      overrides: { 'pt-BR': { 'code.201': { title: 'Confira seus dados' }, 'code.202': { message: 'Acesse o site do banco.' } } },
    });
    expect(messages.describeStatus(201, 'pt-BR')).toMatchObject({ locale: 'pt', key: 'code.201', message: getStatusMessage(201, 'pt') });
    expect(messages.describeStatus(202, 'pt-BR')).toMatchObject({ locale: 'pt', key: 'code.202' });
    expect(errors).toEqual([
      { locale: 'pt-BR', key: 'code.201', reason: 'missing "message" (and no shipped text to fall back to)' },
      { locale: 'pt-BR', key: 'code.202', reason: 'missing "title" (and no shipped text to fall back to)' },
    ]);
  });

  it('for a button label needs "label"', () => {
    const { messages, errors } = withErrors({ overrides: { 'fr-CA': { 'action.reconnect': { title: 'Reconnecter' } } } });
    expect(messages.describeStatus({ status: 'cancelled' }, 'fr-CA').actionLabel).toBe(
      describeStatus({ status: 'cancelled' }, 'fr').actionLabel,
    );
    expect(errors).toEqual([{ locale: 'fr-CA', key: 'action.reconnect', reason: 'missing "label" (and no shipped text to fall back to)' }]);
  });

  it('with an empty label keeps the shipped label', () => {
    const { messages, errors } = withErrors({ overrides: { fr: { 'action.reconnect': { label: '' } } } });
    expect(messages.describeStatus({ status: 'cancelled' }, 'fr').actionLabel).toBe(
      describeStatus({ status: 'cancelled' }, 'fr').actionLabel,
    );
    expect(errors).toEqual([{ locale: 'fr', key: 'action.reconnect', field: 'label', reason: expect.stringMatching(/empty string/) }]);
  });
});

describe('keys of overrides', () => {
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'code.601', 'code.201.Bad Credentials', 'status.paused', 'unknown.x'])(
    'refuses %j as an unknown key, with a report',
    (key) => {
      const source = JSON.parse(JSON.stringify({ [key]: { title: 'Polluted', message: 'Polluted' } }));
      const { messages, errors } = withErrors({ overrides: { fr: source } });
      expect(errors).toEqual([{ locale: 'fr', key, reason: expect.stringMatching(/^unknown key; expected one of the catalog keys/) }]);
      expect(everything(messages, 'fr')).toEqual(everything({ describeStatus }, 'fr'));
    },
  );

  it('pollute no prototype through "__proto__"', () => {
    const overrides = JSON.parse('{"__proto__": {"polluted": {"title": "x"}}, "fr": {"__proto__": {"title": "x", "message": "y"}}}');
    expect(() => createStatusMessages({ overrides })).toThrow(/invalid locale tag "__proto__"/);
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
    expect(messages.getStatusMessage(302, 'fr')).toBe(getStatusMessage(302, 'fr'));
    expect(errors).toEqual([{ locale: 'fr', key: '*', reason: expect.stringMatching(/^expected an object of entries/) }]);
    expect(errors[0]?.reason).toMatch(reason);
  });

  it('that cannot be listed (a proxy) are reported and change nothing', () => {
    const hostile = new Proxy({}, { ownKeys: boom('no keys') });
    const { messages, errors } = withErrors({ overrides: { fr: hostile } });
    expect(everything(messages, 'fr')).toEqual(everything({ describeStatus }, 'fr'));
    expect(errors).toEqual([{ locale: 'fr', key: '*', reason: 'could not be read: no keys' }]);
  });
});

describe('a broken catalog in locales', () => {
  it('whose entries are not an object is reported, and its locale falls back to the default', () => {
    const { messages, errors } = withErrors({ locales: [en, catalog('ja', null)] }, createCore);
    expect(messages.describeStatus(302, 'ja')).toMatchObject({ locale: 'en', message: getStatusMessage(302, 'en') });
    expect(errors).toEqual([{ locale: 'ja', key: '*', reason: expect.stringMatching(/^expected an object of entries.*got null$/) }]);
  });

  it('with a text of the wrong type keeps the entry of an earlier catalog of the same locale, and is reported', () => {
    const broken = catalog('fr', { 'code.302': { title: 'Session expirée', message: 302 } });
    const { messages, errors } = withErrors({ locales: [en, fr, broken] }, createCore);
    expect(messages.describeStatus(302, 'fr')).toMatchObject({ key: 'code.302', locale: 'fr', message: getStatusMessage(302, 'fr') });
    expect(errors).toEqual([{ locale: 'fr', key: 'code.302', field: 'message', reason: 'expected a string or a function, got number' }]);
  });

  it('replaces the entries of an earlier catalog of the same locale one by one, keeping the others', () => {
    const patch = catalog('fr', { 'code.302': { title: 'Session expirée', message: 'Reconnectez-vous.' } });
    const { messages, errors } = withErrors({ locales: [en, fr, patch] }, createCore);
    expect(messages.getStatusMessage(302, 'fr')).toBe('Reconnectez-vous.');
    expect(messages.getStatusMessage(301, 'fr')).toBe(getStatusMessage(301, 'fr'));
    expect(errors).toEqual([]);
  });

  it.each([
    ['throws', boom('render')],
    ['returns an empty string', () => ''],
    ['returns a number', () => 42],
    ['returns undefined', () => undefined],
  ])('with a text function that %s falls back and is reported when first used', (_, text) => {
    const { messages, errors } = withErrors(
      { locales: [en, fr, catalog('fr', { 'code.302': { title: 'Session', message: text } })] },
      createCore,
    );
    expect(errors).toEqual([]);
    for (let i = 0; i < 2; i++) expect(messages.describeStatus(302, 'fr')).toMatchObject({ key: 'category.3xx', locale: 'fr' });
    expect(errors).toEqual([{ locale: 'fr', key: 'code.302', reason: 'a text fails to render to a non-empty string' }]);
  });

  it('with entries that are not objects, or cannot be read, reports each and keeps the rest', () => {
    const entries = {
      'code.301': null,
      'code.302': 'Session expirée',
      'code.303': Object.defineProperty({}, 'title', { enumerable: true, get: boom('getter') }),
      'code.300': { title: 'Problème', message: 'Votre banque a un problème.' },
    };
    const { messages, errors } = withErrors({ locales: [en, fr, catalog('fr', entries)] }, createCore);
    expect(messages.getStatusMessage(300, 'fr')).toBe('Votre banque a un problème.');
    for (const code of [301, 302, 303]) expect(messages.getStatusMessage(code, 'fr')).toBe(getStatusMessage(code, 'fr'));
    expect(errors).toEqual([
      { locale: 'fr', key: 'code.301', reason: 'expected an object of texts, got null' },
      { locale: 'fr', key: 'code.302', reason: 'expected an object of texts, got string' },
      { locale: 'fr', key: 'code.303', reason: 'could not be read: getter' },
    ]);
  });

  it('with a "__proto__" key reports it as unknown and pollutes nothing', () => {
    const entries = JSON.parse('{"__proto__": {"title": "x", "message": "y"}, "code.302": {"title": "Session", "message": "Expirée."}}');
    const { messages, errors } = withErrors({ locales: [en, catalog('fr', entries)] }, createCore);
    expect(messages.getStatusMessage(302, 'fr')).toBe('Expirée.');
    expect(({} as Record<string, unknown>).title).toBeUndefined();
    expect(errors).toContainEqual({ locale: 'fr', key: '__proto__', reason: expect.stringMatching(/^unknown key/) });
  });

  it('that misses entries reports each missing key once, and they fall back as usual', () => {
    const partial = catalog('ja', { unknown: { title: '問題が発生しました', message: '口座を更新できませんでした。' } });
    const { messages, errors } = withErrors({ locales: [en, partial] }, createCore);
    expect(messages.describeStatus(302, 'ja')).toMatchObject({ locale: 'ja', key: 'unknown', fallback: 'unknown' });
    expect(errors.map((error) => error.key)).toEqual(catalogKeys.filter((key) => key !== 'unknown'));
    expect(errors.every((error) => error.locale === 'ja' && error.reason === 'missing entry')).toBe(true);
  });
});

describe('nothing else is affected', () => {
  const broken = () =>
    JSON.parse(
      '{"fr": {"code.302": {"message": "{provider"}, "code.201.bad_credentials": null, "__proto__": {"title": "x"}, ' +
        '"action.reconnect": {"label": 42}}, "de": "oops"}',
    );

  it.each(['fr', 'de', 'en', 'nl'])('in %s: every other text is the shipped one', (locale) => {
    const { messages } = withErrors({ overrides: broken() });
    expect(everything(messages, locale)).toEqual(everything({ describeStatus }, locale));
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
    expect(messages.getStatusMessage(302, 'fr')).toBe(getStatusMessage(302, 'fr'));
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
      ...en.entries,
      unknown: { title: flaky, message: flaky },
      'code.302': { title: flaky, message: flaky, messageWithProvider: flaky },
    });
    const messages = createCore({ locales: [custom] });
    fail = true;
    for (const input of [302, 'abc']) {
      const described = messages.describeStatus(input, 'en', { provider: 'ING' });
      expect(described.message.trim()).not.toBe('');
      expect(described.title.trim()).not.toBe('');
      expect(messages.getStatusMessage(input, 'en').trim()).not.toBe('');
    }
  });
});
