/**
 * `checkCatalogs`: how an app using `core` brings catalogs built at run time. The broken cases and their reports
 * are in `test/instance.test.ts`, through both entries; this file checks the contract of the function itself.
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../generated/locales/en.js';
import { fr } from '../../generated/locales/fr.js';
import { allLocales } from '../../generated/locales/index.js';
import { type CatalogError, checkCatalogs, createStatusMessages as createCore } from '../../src/core.js';
import { compileMessage, createStatusMessages } from '../../src/index.js';
import { catalogKeys } from '../../src/runtime/catalog.js';
import { formatIcu, localeJson } from '../support/oracle.js';
import { errorWith } from '../support/thrown.js';

/** A shipped text as its locale file has it, formatted with `intl-messageformat`. */
const shipped = (locale: string, key: string, field = 'message') => formatIcu(localeJson(locale)[key]?.[field] as string, locale);
const boom = () => {
  throw new Error('trap');
};

const overrides = {
  fr: { 'code.302': { message: 'Votre session chez {provider} a expiré.' }, 'code.301': { title: 'Téléchargement impossible' } },
  'pt-BR': { 'category.2xx': { title: 'Ação necessária', message: 'Seu banco precisa de você.' } },
  de: { 'code.205': { message: 42 as never } },
};

describe('checkCatalogs', () => {
  it('holds a locale of locales none of whose entries it accepts: the locale exists, and falls back entry by entry', () => {
    const errors: CatalogError[] = [];
    const checked = checkCatalogs([en], {
      locales: [{ locale: 'fr-CA', entries: { 'status.pending': 42 } }],
      onError: (e) => errors.push(e),
    });
    expect(checked.map((catalog) => [catalog.locale, Object.keys(catalog.entries)])).toEqual([['fr-CA', []]]);
    expect(errors[0]).toMatchObject({ locale: 'fr-CA', key: 'status.pending' });
    const core = createCore({ locales: [en, ...checked] });
    expect(core.locales).toContain('fr-CA');
    expect(core.getStatusMessage({ status: 'pending' }, 'fr-CA')).toBe(shipped('en', 'status.pending'));
  });

  it('returns one catalog per locale it checked, holding only the entries it accepted', () => {
    const checked = checkCatalogs([en, fr], { overrides, compile: compileMessage });
    expect(checked.map((catalog) => catalog.locale)).toEqual(['fr', 'pt-BR', 'de']);
    expect(checked.map((catalog) => Object.keys(catalog.entries))).toEqual([['code.302', 'code.301'], ['category.2xx'], []]);
  });

  it('completes an override from the shipped entry it replaces, and drops the shipped variant with a provider', () => {
    const [checked] = checkCatalogs([en, fr], { overrides: { fr: { 'code.300': { title: 'Problème chez votre banque' } } } });
    const entry = checked?.entries['code.300'];
    expect(Object.keys(localeJson('fr')['code.300'] ?? {})).toContain('titleWithProvider');
    expect(Object.keys(entry ?? {}).sort()).toEqual(['message', 'messageWithProvider', 'title']);
    expect([entry?.title, entry?.message]).toEqual(['Problème chez votre banque', shipped('fr', 'code.300')]);
  });

  it('changes none of the catalogs it is given', () => {
    const rows = structuredClone(fr.rows.map((row) => row?.map((text) => (typeof text === 'string' ? text : 'fn'))));
    checkCatalogs([en, fr], { overrides, compile: compileMessage });
    expect(fr.rows.map((row) => row?.map((text) => (typeof text === 'string' ? text : 'fn')))).toEqual(rows);
  });

  it('gives core the messages the main entry shows for the same overrides, for every code, locale and provider', () => {
    const errors: CatalogError[] = [];
    const checked = checkCatalogs(allLocales, { overrides, compile: compileMessage, onError: (error) => errors.push(error) });
    const core = createCore({ locales: [...allLocales, ...checked] });
    const main = createStatusMessages({ overrides });
    for (const locale of ['fr', 'pt-BR', 'de', 'en'])
      for (const code of [201, 205, 301, 302, 299, 399])
        for (const provider of [undefined, 'ING'])
          expect(core.describeStatus(code, locale, { provider }), `${code} ${locale} ${provider}`).toEqual(
            main.describeStatus(code, locale, { provider }),
          );
    expect(core.getStatusMessage(302, 'fr', { provider: 'ING' })).toBe('Votre session chez ING a expiré.');
    expect(errors).toEqual([{ locale: 'de', key: 'code.205', field: 'message', reason: 'expected a non-empty string, got number' }]);
  });

  it('reports each missing entry of a new locale once, and only for locales it checked', () => {
    const errors: CatalogError[] = [];
    checkCatalogs([en, fr], {
      locales: [{ locale: 'ja', entries: { unknown: { title: 'エラー', message: '更新できませんでした。' } } }],
      onError: (error) => errors.push(error),
    });
    expect(errors.map((error) => `${error.locale} ${error.key} ${error.reason}`)).toEqual(
      Object.keys(localeJson('en'))
        .filter((key) => key !== '$schema' && key !== 'unknown')
        .map((key) => `ja ${key} missing entry`),
    );
  });

  it('accepts a compiled locale built at run time, and checks it like any other', () => {
    const errors: CatalogError[] = [];
    const rows = fr.rows.map((row, i) => (catalogKeys[i] === 'code.302' ? [42 as never, 'Expirée.'] : row));
    const checked = checkCatalogs([en], { locales: [{ locale: 'fr-CA', rows }], onError: (error) => errors.push(error) });
    expect(errors).toEqual([{ locale: 'fr-CA', key: 'code.302', field: 'title', reason: 'expected a string or a function, got number' }]);
    expect(createCore({ locales: [en, ...checked] }).getStatusMessage(302, 'fr-CA')).toBe(shipped('fr', 'category.3xx'));
  });

  it.each([
    [{ locales: [{ locale: '../../etc/passwd', entries: {} }] }, /invalid locale tag "..\/..\/etc\/passwd" in options\.locales/],
    [{ overrides: { 'not a tag': {} } }, /invalid locale tag "not a tag" in options\.overrides/],
  ])('refuses a locale tag that is not one, saying where: %j', (options, message) => {
    expect(() => checkCatalogs([en], options)).toThrow(errorWith(message));
  });
});

describe('checkCatalogs with rows that cannot be read', () => {
  it('reports the locale once and keeps the shipped texts', () => {
    const errors: CatalogError[] = [];
    const rows = new Proxy([], { get: boom }) as never;
    const checked = checkCatalogs([en, fr], { locales: [{ locale: 'fr', rows }], onError: (error) => errors.push(error) });
    expect(errors).toEqual([{ locale: 'fr', key: '*', reason: 'its rows could not be read: trap' }]);
    expect(createCore({ locales: [en, fr, ...checked] }).getStatusMessage(302, 'fr')).toBe(shipped('fr', 'code.302'));
  });
});
