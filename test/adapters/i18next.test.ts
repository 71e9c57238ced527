/**
 * The i18next adapter against real i18next 26 instances, checked against the independent oracle
 * (`support/oracle.ts`): every row of the specification table in every locale tag i18next understands, with and
 * without provider names, and the package's fallback order with partial and regional catalogs.
 */
import { readFileSync } from 'node:fs';
import i18next, { type i18n as I18n, type InitOptions } from 'i18next';
import { IntlMessageFormat } from 'intl-messageformat';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  addStatusMessages,
  icuPostProcessor,
  icuPostProcessorName,
  statusKeys,
  statusNamespace,
  statusResources,
  translateStatus,
} from '../../src/adapters/i18next.js';
import { supportedLocales } from '../../src/index.js';
import { type Catalogs, expected, localeCases, type SpecCase, specCase, specCases } from '../support/oracle.js';
import { errorWith } from '../support/thrown.js';

const json = (tag: string) =>
  JSON.parse(readFileSync(new URL(`../../locales/${tag}.json`, import.meta.url), 'utf8')) as Record<string, unknown>;

const instance = async (options: InitOptions = {}): Promise<I18n> => {
  const i18n = i18next.createInstance();
  await i18n.init({ lng: 'en', fallbackLng: 'en', ...options });
  return i18n;
};

const providers = [undefined, 'BNP Paribas', "  O'Brien {Bank} #1  ", "O''Brien", '   ', '<img src=x onerror=alert(1)>'];

/** The options of a row of the specification table, with a provider name when given. */
const optionsOf = (spec: SpecCase, provider?: string) => ({ reason: spec.reason, provider });

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
    expect(translateStatus(i18n, 205, { ns: 'banking', lng: 'fr-CA' })).toBe(expected(specCase('code 205'), 'fr').message);
  });

  it.each(['xx', '*', '', '__proto__'])('refuses the locale %j with a message that lists the shipped ones', async (tag) => {
    const i18n = await instance();
    expect(() => addStatusMessages(i18n, { locales: [tag] })).toThrow(errorWith(/no shipped locale fits .* use one of en, bg, /));
  });

  it('keeps the texts the app added to the namespace before', async () => {
    const i18n = await instance({ resources: { en: { [statusNamespace]: { code: { 302: { message: 'Our own text.' } } } } } });
    addStatusMessages(i18n, { locales: ['en'] });
    expect(translateStatus(i18n, 302)).toBe('Our own text.');
    expect(translateStatus(i18n, 302, { field: 'title' })).toBe(expected(specCase('code 302'), 'en').title);
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

  it.each(specCases)('lists the oracle’s chain for $name, most specific first', (spec) => {
    expect(statusKeys(spec.input, { reason: spec.reason })).toEqual(spec.chain.map((key) => `${key}.message`));
  });
});

// i18next looks a tag up as written: it neither reads the macrolanguage `no` as `nb` (the bundle
// `addStatusMessages` adds) nor `FR_be` as French, and `lng` is one tag, not a list.
const notI18nextTags = new Set(['no', 'FR_be']);
const i18nextLocales = localeCases.filter((row): row is [string, string] => typeof row[0] === 'string' && !notI18nextTags.has(row[0]));

describe.each(i18nextLocales)('through i18next with lng %j', (lng, locale) => {
  let i18n: I18n;
  beforeAll(async () => {
    i18n = await instance({ lng });
    addStatusMessages(i18n);
  });

  it(`translateStatus gives the oracle’s title and message in ${locale} for every row of the specification table`, () => {
    for (const spec of specCases) {
      for (const provider of providers) {
        const want = expected(spec, locale, { provider });
        const where = `${spec.name} with ${JSON.stringify(provider)}`;
        expect(translateStatus(i18n, spec.input, optionsOf(spec, provider)), where).toBe(want.message);
        expect(translateStatus(i18n, spec.input, { ...optionsOf(spec, provider), field: 'title' }), where).toBe(want.title);
      }
    }
  });

  it(`plain t() with statusKeys reaches the oracle’s message in ${locale} for every row of the specification table`, () => {
    for (const spec of specCases) {
      for (const provider of ['BNP Paribas', undefined]) {
        const keys = statusKeys(spec.input, optionsOf(spec, provider));
        const text = i18n.t(keys, { ns: statusNamespace, postProcess: icuPostProcessorName, provider });
        expect(text, `${spec.name} with ${provider}`).toBe(expected(spec, locale, { provider }).message);
      }
    }
  });
});

describe('the fallback order', () => {
  // French without the entry of its reason: our order stays in French (code 201's own text); i18next alone would
  // try the reason key in English before the next key. In the oracle's catalogs an empty entry is one the locale lacks.
  const { 'code.201.bad_credentials': _, ...frWithoutReason } = json('fr');
  const withoutReason: Catalogs = { fr: { 'code.201.bad_credentials': {} } };
  const badCredentials = specCase('code 201, reason "Bad Credentials"');
  let i18n: I18n;
  beforeAll(async () => {
    i18n = await instance({ lng: 'fr' });
    addStatusMessages(i18n, { locales: ['en'] });
    i18n.addResourceBundle('fr', statusNamespace, statusResources(frWithoutReason));
    i18n.use(icuPostProcessor);
  });

  it('gives a message in the user’s language before a more specific one in another language', () => {
    const french = expected(badCredentials, 'fr', { catalogs: withoutReason });
    expect({ locale: french.locale, key: french.key }).toEqual({ locale: 'fr', key: 'code.201' });
    expect(translateStatus(i18n, 201, { reason: 'Bad Credentials' })).toBe(french.message);
  });

  it('differs from i18next’s own key-first order, which is why translateStatus exists', () => {
    const keyFirst = i18n.t(statusKeys(201, { reason: 'Bad Credentials' }), { ns: statusNamespace, postProcess: icuPostProcessorName });
    expect(keyFirst).toBe(expected(badCredentials, 'en').message);
  });

  it.each(specCases)('stays in the user’s language when an entry is missing, for $name', (spec) => {
    for (const provider of providers) {
      expect(translateStatus(i18n, spec.input, optionsOf(spec, provider)), JSON.stringify(provider)).toBe(
        expected(spec, 'fr', { provider, catalogs: withoutReason }).message,
      );
      expect(translateStatus(i18n, spec.input, { ...optionsOf(spec, provider), field: 'title' }), JSON.stringify(provider)).toBe(
        expected(spec, 'fr', { provider, catalogs: withoutReason }).title,
      );
    }
  });

  describe('with a regional catalog', () => {
    const override = {
      title: 'Sessão expirada',
      message: 'Sua sessão expirou.',
      messageWithProvider: 'Sua sessão {provider, select, other {no {provider}}} expirou.',
    };
    const category = { title: 'Problema no banco', message: 'O banco está com problemas.' };
    const regional: Catalogs = { 'pt-BR': { 'code.302': override, 'category.3xx': category } };
    let i18nBr: I18n;
    beforeAll(async () => {
      i18nBr = await instance({ lng: 'pt-BR' });
      addStatusMessages(i18nBr, { locales: ['en', 'pt'] });
      i18nBr.addResourceBundle('pt-BR', statusNamespace, { code: { 302: override }, category: { '3xx': category } });
    });

    it.each(specCases)('tries pt-BR, then pt, then the fallback language, for each key in turn, for $name', (spec) => {
      for (const provider of [...providers, 'Itaú']) {
        const want = expected(spec, 'pt-BR', { provider, catalogs: regional });
        expect(translateStatus(i18nBr, spec.input, optionsOf(spec, provider)), JSON.stringify(provider)).toBe(want.message);
        expect(translateStatus(i18nBr, spec.input, { ...optionsOf(spec, provider), field: 'title' }), JSON.stringify(provider)).toBe(
          want.title,
        );
      }
    });

    it('uses the regional entry, and Portuguese’s own entry for a code before the regional category text', () => {
      expect(translateStatus(i18nBr, 302, { provider: 'Itaú' })).toBe('Sua sessão no Itaú expirou.');
      expect(translateStatus(i18nBr, 302)).toBe('Sua sessão expirou.');
      expect(translateStatus(i18nBr, 306)).toBe('O banco está com problemas.');
      expect(translateStatus(i18nBr, 301)).toBe(expected(specCase('code 301'), 'pt').message);
    });
  });

  // No German bundle: the chain is de (nothing), then fr, then en, so the oracle's French-then-English order.
  it.each(specCases)('follows several fallback languages in order, each complete before the next, for $name', async (spec) => {
    const i18nChain = await instance({ lng: 'de', fallbackLng: ['fr', 'en'] });
    addStatusMessages(i18nChain, { locales: ['en'] });
    i18nChain.addResourceBundle('fr', statusNamespace, statusResources(frWithoutReason));
    for (const provider of providers) {
      expect(translateStatus(i18nChain, spec.input, optionsOf(spec, provider)), JSON.stringify(provider)).toBe(
        expected(spec, 'fr', { provider, catalogs: withoutReason }).message,
      );
    }
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
  ])('formats %j with %j as %j', async (message, values, formatted) => {
    const i18n = await instance({ lng: 'fr', resources: { fr: { translation: { message } } } });
    i18n.use(icuPostProcessor);
    expect(i18n.t('message', { ...values, postProcess: icuPostProcessorName })).toBe(formatted);
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
    for (const spec of specCases) {
      for (const provider of ["O'Brien {Bank}", "O''Brien", 'ING']) {
        const want = expected(spec, 'fr', { provider }).message;
        expect(translateStatus(i18n, spec.input, optionsOf(spec, provider)), `${spec.name} with ${provider}`).toBe(want);
        // With i18nFormat, plain t() needs no postProcess at all.
        expect(i18n.t(statusKeys(spec.input, optionsOf(spec, provider)), { ns: statusNamespace, provider }), spec.name).toBe(want);
      }
    }
  });

  it.each([
    [false, 'code.205.message'],
    ['/', 'code/205/message'],
  ] as const)('works with keySeparator %j', async (keySeparator, key) => {
    const i18n = await instance({ lng: 'nl', keySeparator });
    addStatusMessages(i18n);
    expect(i18n.t(key, { ns: statusNamespace })).toBe(expected(specCase('code 205'), 'nl').message);
    expect(statusKeys(205, { keySeparator })[0]).toBe(key);
    for (const spec of specCases) {
      expect(translateStatus(i18n, spec.input, optionsOf(spec, 'ING')), spec.name).toBe(expected(spec, 'nl', { provider: 'ING' }).message);
    }
  });

  it('wraps the provider in Unicode isolates (U+2068 … U+2069) when asked', async () => {
    const i18n = await instance({ lng: 'de' });
    addStatusMessages(i18n);
    for (const spec of specCases) {
      const want = expected(spec, 'de', { provider: '\u2068בנק הפועלים\u2069' });
      expect(translateStatus(i18n, spec.input, { ...optionsOf(spec, 'בנק הפועלים'), isolateProvider: true }), spec.name).toBe(want.message);
      expect(
        translateStatus(i18n, spec.input, { ...optionsOf(spec, 'בנק הפועלים'), isolateProvider: true, field: 'title' }),
        spec.name,
      ).toBe(want.title);
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
    expect(translateStatus(b, 302)).toBe(expected(specCase('code 302'), 'fr').message);
  });

  it('falls back to i18next’s own lookup on an instance without the catalog', async () => {
    const i18n = await instance();
    expect(translateStatus(i18n, 302)).toBe('unknown.message');
  });
});
