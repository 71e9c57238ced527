/**
 * The compiled locale modules (`src/codegen.ts` at build time, `src/packed-locale.ts` when they load) hold exactly
 * the texts of `locales/*.json`: every field, rendered as FormatJS renders the ICU source.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { allLocales } from '../generated/locales/index.js';
import { catalogKeys } from '../src/catalog.js';
import { compileLocaleModule, compileText } from '../src/codegen.js';
import type { Text, TextField } from '../src/format.js';
import { unpackLocale } from '../src/packed-locale.js';

const dir = new URL('../locales/', import.meta.url);
const tags = readdirSync(dir)
  .filter((file) => /^[a-z]{2,3}(-\w+)*\.json$/.test(file))
  .map((file) => file.slice(0, -'.json'.length));
const json = (tag: string) => JSON.parse(readFileSync(new URL(`${tag}.json`, dir), 'utf8')) as Record<string, Record<string, string>>;
const textFieldsOf = (entry: Record<string, string>) => Object.keys(entry).filter((f) => f !== 'description' && f !== 'sourceHash');
const render = (text: Text | undefined, provider: string) => (typeof text === 'function' ? text({ provider }) : text);
// The compiled JS of one text, evaluated: what a generated module holds for it.
const evaluate = (source: string): Text => new Function(`return ${compileText(source, 'test')}`)() as Text;

describe.each(tags)('the compiled %s catalog', (tag) => {
  const source = json(tag);
  const found = allLocales.find((catalog) => catalog.locale === tag);
  const compiled = found && unpackLocale(found.locale, found.rows);

  it('holds every key and text field of the JSON file, and nothing else', () => {
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

describe('unpackLocale', () => {
  it('gives each row to its catalog key, with the fields in row order and holes left out', () => {
    const rows = catalogKeys.map((key) =>
      key === 'unknown' ? ['T', 'M', undefined, 'MP'] : key === 'action.reconnect' ? ['L'] : undefined,
    );
    expect(unpackLocale('fr', rows)).toEqual({
      locale: 'fr',
      entries: { unknown: { title: 'T', message: 'M', messageWithProvider: 'MP' }, 'action.reconnect': { label: 'L' } },
    });
  });
});
