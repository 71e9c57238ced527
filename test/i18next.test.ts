/** The i18next adapter against real i18next 26 instances: same messages as getStatusMessage, same fallback order. */
import { readFileSync } from 'node:fs';
import i18next, { type i18n as I18n, type InitOptions } from 'i18next';
import { IntlMessageFormat } from 'intl-messageformat';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../generated/locales/en.js';
import { fr } from '../generated/locales/fr.js';
import { createStatusMessages as createCore } from '../src/core.js';
import {
  addStatusMessages,
  icuPostProcessor,
  icuPostProcessorName,
  statusKeys,
  statusNamespace,
  statusResources,
  translateStatus,
} from '../src/i18next.js';
import { createStatusMessages, describeStatus, getStatusMessage, supportedLocales } from '../src/index.js';
import { unpackRows } from '../src/packed-locale.js';
import { sampleLocales, sampleProviders, statusInputs } from './support/cases.js';

const json = (tag: string) =>
  JSON.parse(readFileSync(new URL(`../locales/${tag}.json`, import.meta.url), 'utf8')) as Record<string, unknown>;

const instance = async (options: InitOptions = {}): Promise<I18n> => {
  const i18n = i18next.createInstance();
  await i18n.init({ lng: 'en', fallbackLng: 'en', ...options });
  return i18n;
};

const inputs = statusInputs;
const languages = sampleLocales;
const providers = sampleProviders;

describe('addStatusMessages', () => {
  it('adds every shipped locale as a bundle of the connection-status namespace by default', async () => {
    const i18n = await instance();
    expect(addStatusMessages(i18n)).toEqual(supportedLocales);
    for (const tag of supportedLocales) expect(i18n.hasResourceBundle(tag, statusNamespace)).toBe(true);
  });

  it('adds the locales asked for, under the shipped tag that fits, in the namespace asked for', async () => {
    const i18n = await instance();
    expect(addStatusMessages(i18n, { ns: 'banking', locales: ['fr-CA', 'fr', 'no', 'en'] })).toEqual(['fr', 'nb', 'en']);
    expect(i18n.hasResourceBundle('fr', 'banking')).toBe(true);
    expect(i18n.hasResourceBundle('de', 'banking')).toBe(false);
    expect(translateStatus(i18n, 205, { ns: 'banking', lng: 'fr-CA' })).toBe(getStatusMessage(205, 'fr'));
  });

  it.each(['xx', '*', '', '__proto__'])('refuses the locale %j with a message that lists the shipped ones', async (tag) => {
    const i18n = await instance();
    expect(() => addStatusMessages(i18n, { locales: [tag] })).toThrow(/no shipped locale fits .* use one of en, bg, /);
  });

  it('keeps the texts the app added to the namespace before', async () => {
    const i18n = await instance({ resources: { en: { [statusNamespace]: { code: { 302: { message: 'Our own text.' } } } } } });
    addStatusMessages(i18n, { locales: ['en'] });
    expect(translateStatus(i18n, 302)).toBe('Our own text.');
    expect(translateStatus(i18n, 302, { field: 'title' })).toBe(describeStatus(302, 'en').title);
  });

  it('leaves out translator notes', () => {
    const leaves = (node: unknown): string[] =>
      Object.entries(node as object).flatMap(([name, child]) => (typeof child === 'string' ? [name] : leaves(child)));
    for (const tag of ['en', 'fr'])
      expect(new Set(leaves(statusResources(json(tag))))).toEqual(
        new Set(['title', 'message', 'messageWithProvider', 'titleWithProvider', 'label']),
      );
    expect(Object.keys(statusResources(json('en')))).toEqual(['status', 'code', 'category', 'unknown', 'action']);
  });

  it('never writes to Object.prototype, whatever the keys of the source', () => {
    const source = JSON.parse(
      '{"__proto__": {"message": "x"}, "code.201.__proto__": {"title": "y"}, "constructor.prototype": {"label": "z"}}',
    );
    expect(statusResources(source)).toEqual({});
    expect(({} as Record<string, unknown>).message).toBeUndefined();
    expect(({} as Record<string, unknown>).title).toBeUndefined();
  });

  it.each([null, 'text', 42, { 'code.201': 'not an entry' }, { 'code 201': { message: 'bad key' } }])(
    'gives no resources for the malformed source %j',
    (source) => expect(statusResources(source as never)).toEqual({}),
  );
});

describe('statusKeys', () => {
  it('lists the keys of the chain, most specific first', () => {
    expect(statusKeys(201, { reason: 'Bad Credentials' })).toEqual([
      'code.201.bad_credentials.message',
      'code.201.message',
      'category.2xx.message',
      'unknown.message',
    ]);
  });

  it('puts the provider variant of each entry before its plain text when a provider is given', () => {
    expect(statusKeys({ status: 'maintenance' }, { provider: 'ING', field: 'title' })).toEqual([
      'status.maintenance.titleWithProvider',
      'status.maintenance.title',
      'unknown.titleWithProvider',
      'unknown.title',
    ]);
  });

  it.each(['x:y.z', 'prototype', 'constructor'])('leaves out the reason entry when the reason %j cannot be a key', (reason) => {
    expect(statusKeys(201, { reason })).toEqual(['code.201.message', 'category.2xx.message', 'unknown.message']);
  });

  it('joins the segments with the instance key separator', () => {
    expect(statusKeys(302, { keySeparator: '/' })).toEqual(['code/302/message', 'category/3xx/message', 'unknown/message']);
  });

  it.each([undefined, null, '', '   ', 'x'.repeat(257), 42])('treats the provider %j as no provider', (provider) => {
    expect(statusKeys(302, { provider: provider as string })).toEqual(statusKeys(302));
  });
});

describe.each(languages)('through i18next in %s', (lng) => {
  let i18n: I18n;
  beforeAll(async () => {
    i18n = await instance({ lng });
    addStatusMessages(i18n);
  });

  it.each(inputs)('translateStatus gives getStatusMessage’s text for %s', (_, input, reason) => {
    for (const provider of providers) {
      expect(translateStatus(i18n, input, { reason, provider })).toBe(getStatusMessage(input, lng, { reason, provider }));
      expect(translateStatus(i18n, input, { reason, provider, field: 'title' })).toBe(
        describeStatus(input, lng, { reason, provider }).title,
      );
    }
  });

  it.each(inputs)('plain t() with statusKeys reaches the same text for %s', (_, input, reason) => {
    for (const provider of ['BNP Paribas', undefined]) {
      const text = i18n.t(statusKeys(input, { reason, provider }), { ns: statusNamespace, postProcess: icuPostProcessorName, provider });
      expect(text).toBe(getStatusMessage(input, lng, { reason, provider }));
    }
  });
});

describe('the fallback order', () => {
  // French without the entry of its reason: our order stays in French (code 201's own text); i18next alone would
  // try the reason key in English before the next key.
  const { 'code.201.bad_credentials': _, ...frWithoutReason } = json('fr');
  const { 'code.201.bad_credentials': __, ...compiledFrWithoutReason } = unpackRows(fr.rows);
  const core = createCore({ locales: [en, { locale: 'fr', entries: compiledFrWithoutReason }] });
  let i18n: I18n;
  beforeAll(async () => {
    i18n = await instance({ lng: 'fr' });
    addStatusMessages(i18n, { locales: ['en'] });
    i18n.addResourceBundle('fr', statusNamespace, statusResources(frWithoutReason));
    i18n.use(icuPostProcessor);
  });

  it('gives a message in the user’s language before a more specific one in another language', () => {
    const expected = core.getStatusMessage(201, 'fr', { reason: 'Bad Credentials' });
    expect(expected).toBe(getStatusMessage(201, 'fr'));
    expect(translateStatus(i18n, 201, { reason: 'Bad Credentials' })).toBe(expected);
  });

  it('differs from i18next’s own key-first order, which is why translateStatus exists', () => {
    const keyFirst = i18n.t(statusKeys(201, { reason: 'Bad Credentials' }), { ns: statusNamespace, postProcess: icuPostProcessorName });
    expect(keyFirst).toBe(getStatusMessage(201, 'en', { reason: 'Bad Credentials' }));
  });

  it.each(inputs)('matches the core with the same partial catalog for %s', (_, input, reason) => {
    for (const provider of providers) {
      expect(translateStatus(i18n, input, { reason, provider })).toBe(core.getStatusMessage(input, 'fr', { reason, provider }));
    }
  });

  it('tries a regional locale, then its language, then the fallback language, for each key in turn', async () => {
    const override = { message: 'Votre session {provider, select, other {chez {provider}}} a expiré.', title: 'Session expirée' };
    const category = { title: 'Problema no banco', message: 'O banco está com problemas.' };
    const i18nBr = await instance({ lng: 'pt-BR' });
    addStatusMessages(i18nBr, { locales: ['en', 'pt'] });
    i18nBr.addResourceBundle('pt-BR', statusNamespace, { code: { 302: override }, category: { '3xx': category } });
    // The main entry's instance compiles ICU overrides; `pt-BR` falls back to `pt`, then `en`.
    const withCompiler = createStatusMessages({ overrides: { 'pt-BR': { 'code.302': override, 'category.3xx': category } } });
    for (const [input, reason] of [
      [302, undefined],
      [301, undefined],
      [306, undefined],
      [201, 'Bad Credentials'],
    ] as const) {
      for (const provider of providers) {
        expect(translateStatus(i18nBr, input, { reason, provider })).toBe(
          withCompiler.getStatusMessage(input, 'pt-BR', { reason, provider }),
        );
      }
    }
    expect(translateStatus(i18nBr, 302, { provider: 'Itaú' })).toBe('Votre session chez Itaú a expiré.');
    // Portuguese's own entry for 301 beats the regional category text: each key in the whole language first.
    expect(translateStatus(i18nBr, 301)).toBe(getStatusMessage(301, 'pt'));
    expect(translateStatus(i18nBr, 306)).toBe('O banco está com problemas.');
  });

  it('follows several fallback languages in order, each complete before the next', async () => {
    const i18nChain = await instance({ lng: 'de', fallbackLng: ['fr', 'en'] });
    addStatusMessages(i18nChain, { locales: ['en'] });
    i18nChain.addResourceBundle('fr', statusNamespace, statusResources(frWithoutReason));
    expect(translateStatus(i18nChain, 201, { reason: 'Bad Credentials' })).toBe(getStatusMessage(201, 'fr'));
    expect(translateStatus(i18nChain, 201, { reason: 'Password Expired' })).toBe(
      getStatusMessage(201, 'fr', { reason: 'Password Expired' }),
    );
  });
});

describe('ICU in i18next', () => {
  it('formats only the calls that ask for it: the app’s {{name}} messages keep i18next interpolation', async () => {
    const i18n = await instance({ resources: { en: { translation: { hello: 'Hello {{name}}', braces: 'Keep {name}' } } } });
    addStatusMessages(i18n, { locales: ['en'] });
    expect(i18n.t('hello', { name: 'Ada' })).toBe('Hello Ada');
    expect(i18n.t('braces', { name: 'Ada' })).toBe('Keep {name}');
    expect(i18n.t('braces', { name: 'Ada', postProcess: icuPostProcessorName })).toBe('Keep Ada');
  });

  it.each([
    ['{provider, select, ING {Chez ING} other {Ailleurs}}', { provider: 'ING' }, 'Chez ING'],
    ['{provider, select, ING {Chez ING} other {Ailleurs}}', { provider: 'BNP' }, 'Ailleurs'],
    ["It''s {provider}", { provider: 'ING' }, "It's ING"],
    ["It''s plain", {}, "It's plain"],
    ['{count, plural, one {# compte} other {# comptes}}', { count: 2 }, '2 comptes'],
    ['Broken {provider', { provider: 'ING' }, 'Broken {provider'],
    ['Missing {provider}', {}, 'Missing {provider}'],
  ])('formats %j with %j as %j', async (message, values, expected) => {
    const i18n = await instance({ lng: 'fr', resources: { fr: { translation: { message } } } });
    i18n.use(icuPostProcessor);
    expect(i18n.t('message', { ...values, postProcess: icuPostProcessorName })).toBe(expected);
  });

  it('leaves the formatting to an ICU i18nFormat plugin when the instance has one, as with i18next-icu', async () => {
    const icuFormat = {
      type: 'i18nFormat' as const,
      init() {},
      parse: (text: string, options: Record<string, unknown>, lng: string) =>
        String(new IntlMessageFormat(text, lng).format(options as Record<string, string>)),
    };
    const i18n = i18next.createInstance().use(icuFormat);
    await i18n.init({ lng: 'fr', fallbackLng: 'en' });
    addStatusMessages(i18n);
    for (const [, input, reason] of inputs) {
      for (const provider of ["O'Brien {Bank}", "O''Brien", 'ING']) {
        expect(translateStatus(i18n, input, { reason, provider })).toBe(getStatusMessage(input, 'fr', { reason, provider }));
        // With i18nFormat, plain t() needs no postProcess at all.
        expect(i18n.t(statusKeys(input, { reason, provider }), { ns: statusNamespace, provider })).toBe(
          getStatusMessage(input, 'fr', { reason, provider }),
        );
      }
    }
  });

  it.each([
    [false, 'code.205.message'],
    ['/', 'code/205/message'],
  ] as const)('works with keySeparator %j', async (keySeparator, key) => {
    const i18n = await instance({ lng: 'nl', keySeparator });
    addStatusMessages(i18n);
    expect(i18n.t(key, { ns: statusNamespace })).toBe(getStatusMessage(205, 'nl'));
    expect(statusKeys(205, { keySeparator })[0]).toBe(key);
    for (const [, input, reason] of inputs) {
      expect(translateStatus(i18n, input, { reason, provider: 'ING' })).toBe(getStatusMessage(input, 'nl', { reason, provider: 'ING' }));
    }
  });

  it('wraps the provider in Unicode isolates when asked, like the core option', async () => {
    const i18n = await instance({ lng: 'de' });
    addStatusMessages(i18n);
    const isolating = createStatusMessages({ isolateProvider: true });
    for (const [, input, reason] of inputs) {
      const expected = isolating.getStatusMessage(input, 'de', { reason, provider: 'בנק הפועלים' });
      expect(translateStatus(i18n, input, { reason, provider: 'בנק הפועלים', isolateProvider: true })).toBe(expected);
    }
    expect(translateStatus(i18n, 302, { provider: 'ING', isolateProvider: true })).toContain('\u2068ING\u2069');
  });

  it('keeps instances apart: texts added to one never show in another', async () => {
    const a = await instance({ lng: 'fr' });
    const b = await instance({ lng: 'fr' });
    addStatusMessages(a);
    addStatusMessages(b);
    a.addResourceBundle('fr', statusNamespace, { code: { 302: { message: 'Texte de A.' } } }, true, true);
    expect(translateStatus(a, 302)).toBe('Texte de A.');
    expect(translateStatus(b, 302)).toBe(getStatusMessage(302, 'fr'));
  });

  it('falls back to i18next’s own lookup on an instance without the catalog', async () => {
    const i18n = await instance();
    expect(translateStatus(i18n, 302)).toBe('unknown.message');
  });
});
