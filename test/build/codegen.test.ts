/**
 * The compiled locale modules (`src/codegen.ts` at build time, `src/packed-locale.ts` when they load) hold exactly
 * the texts of `locales/*.json`: every field, rendered as FormatJS renders the ICU source.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { allLocales } from '../../generated/locales/index.js';
import { compileLocaleJson, compileLocaleModule, compileText, localeIdentifier, textParts } from '../../src/build/codegen.js';
import { catalogKeys } from '../../src/runtime/catalog.js';
import type { Text, TextField } from '../../src/runtime/format.js';
import { type CompiledLocale, jsonLocale, unpackRows } from '../../src/runtime/packed-locale.js';

const dir = new URL('../../locales/', import.meta.url);
const tags = readdirSync(dir)
  .filter((file) => /^[a-z]{2,3}(-\w+)*\.json$/.test(file))
  .map((file) => file.slice(0, -'.json'.length));
const json = (tag: string) => JSON.parse(readFileSync(new URL(`${tag}.json`, dir), 'utf8')) as Record<string, Record<string, string>>;
const textFieldsOf = (entry: Record<string, string>) => Object.keys(entry).filter((f) => f !== 'description' && f !== 'sourceHash');
const render = (text: Text | undefined, provider: string) => (typeof text === 'function' ? text({ provider }) : text);
// The compiled JS of one text, evaluated: what a generated module holds for it.
const evaluate = (source: string): Text => new Function(`return ${compileText(source, 'test')}`)() as Text;

// Each locale in both compiled forms: its module (`locales/<tag>`, for `core`) and the JSON text of the main entry.
const forms = tags.flatMap((tag) => [
  [tag, 'module'],
  [tag, 'main entry'],
]);

const modules = new Map(
  await Promise.all(
    tags.map(
      async (tag) =>
        [tag, ((await import(`../../generated/locales/${tag}.ts`)) as Record<string, CompiledLocale>)[localeIdentifier(tag)]] as const,
    ),
  ),
);

describe.each(forms)('the compiled %s catalog, as its %s holds it', (tag, form) => {
  const source = json(tag);
  const found = form === 'module' ? modules.get(tag) : allLocales.find((catalog) => catalog.locale === tag);
  const compiled = found && { entries: unpackRows(found.rows) };

  it('holds every key and text field of the JSON file, and nothing else', () => {
    expect(found?.locale).toBe(tag);
    expect(Object.keys(compiled?.entries ?? {})).toEqual(catalogKeys);
    for (const key of catalogKeys)
      expect(Object.keys(compiled?.entries[key] ?? {}).sort(), key).toEqual(textFieldsOf(source[key] ?? {}).sort());
  });

  it('renders every text as FormatJS renders its ICU source, with and without a provider name', () => {
    for (const key of catalogKeys) {
      for (const field of textFieldsOf(source[key] ?? {})) {
        const icu = new IntlMessageFormat(source[key]?.[field] as string, tag);
        const text = compiled?.entries[key]?.[field as TextField];
        for (const provider of ['BNP Paribas', 'Caixa “Geral”']) {
          expect(render(text, provider), `${key}.${field}`).toBe(String(icu.format({ provider })));
        }
      }
    }
  });
});

describe('textParts', () => {
  it.each([
    ['Plain text', 'Plain text'],
    ["It''s {provider}’s turn", ["It's ", '’s turn']],
    ['{provider}', ['', '']],
    ['{provider} and {provider}', ['', ' and ', '']],
    ['{provider, select, ING {the orange bank} other {{provider}}}', undefined],
  ])('stores %j as %j', (icu, expected) => {
    expect(textParts(icu, 'test')).toEqual(expected);
  });
});

describe('compileLocaleJson', () => {
  it('writes missing entries and fields as null, and trailing ones not at all', () => {
    const rows = JSON.parse(
      compileLocaleJson({ unknown: { title: 'Erreur', message: 'Chez {provider}.', messageWithProvider: 'x' } }, 'f') ?? '',
    );
    expect(rows[catalogKeys.indexOf('unknown')]).toEqual(['Erreur', ['Chez ', '.'], null, 'x']);
    expect(rows[0]).toBeNull();
    expect(rows).toHaveLength(catalogKeys.length);
  });

  it('gives up on a locale with a text that needs code, which then stays a module', () => {
    expect(compileLocaleJson({ unknown: { title: '{provider, select, ING {a} other {b}}', message: 'm' } }, 'f')).toBeUndefined();
  });
});

describe('jsonLocale', () => {
  const locale = jsonLocale('fr', '[null, ["T", ["Chez ", "."], null, "MP"]]');

  it('parses its rows when first read, once, and shares them frozen', () => {
    const { rows } = locale;
    expect(locale.rows).toBe(rows);
    expect(Object.isFrozen(rows) && Object.isFrozen(rows[1])).toBe(true);
    expect(rows[0]).toBeUndefined();
    expect(rows[1]?.[2]).toBeUndefined();
  });

  it('joins the parts of a text around the provider name', () => {
    expect(render(locale.rows[1]?.[1], 'ING')).toBe('Chez ING.');
    expect(render(jsonLocale('fr', '[[["", " et ", ""]]]').rows[0]?.[0], 'ING')).toBe('ING et ING');
  });
});

describe('compileText', () => {
  it.each([
    ['Plain text', 'Plain text'],
    ["It''s {provider}’s turn", "It's ING’s turn"],
    ['{provider}', 'ING'],
    ['{provider, select, ING {the orange bank} other {{provider}}}', 'the orange bank'],
    ['{provider, select, ABN {the green bank} other {your bank, {provider}}}', 'your bank, ING'],
  ])('compiles %j to what renders %j for ING', (icu, expected) => {
    expect(render(evaluate(icu), 'ING')).toBe(expected);
  });

  it.each([
    ['{bank}', /unknown placeholder \{bank\}/],
    ['{provider, select, ING {x}}', /locales\/xx.json: code.100.title: invalid ICU message .*MISSING_OTHER_CLAUSE/],
    ['{count, plural, one {# bank} other {# banks}}', /unknown placeholder|not supported/],
  ])('refuses %j, saying why', (icu, message) => {
    expect(() => compileText(icu, 'locales/xx.json: code.100.title')).toThrow(message);
  });
});

describe('compileLocaleModule', () => {
  it('refuses a key that is not in the catalog, naming the file and the key', () => {
    expect(() => compileLocaleModule('fr', { 'code.999': { title: 'x', message: 'y' } }, 'locales/fr.json', '../format.js')).toThrow(
      'locales/fr.json: unknown key "code.999"',
    );
  });

  it('leaves a missing entry out, so that it falls back at run time', () => {
    const module = compileLocaleModule('fr', { unknown: { title: 'Erreur', message: 'Une erreur.' } }, 'locales/fr.json', '../format.js');
    expect(module).toContain('undefined, // status.finished (missing)');
    expect(module).toContain('["Erreur", "Une erreur."], // unknown');
  });
});

describe('unpackRows', () => {
  it('gives each row to its catalog key, with the fields in row order and holes left out', () => {
    const rows = catalogKeys.map((key) => (key === 'unknown' ? ['T', 'M', undefined, 'MP'] : key === 'action.wait' ? ['L'] : undefined));
    expect(unpackRows(rows)).toEqual({
      unknown: { title: 'T', message: 'M', messageWithProvider: 'MP' },
      'action.wait': { label: 'L' },
    });
  });
});
