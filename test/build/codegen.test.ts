/**
 * The compiled locale modules (`src/build/codegen.ts` at build time, `src/runtime/packed-locale.ts` when they load)
 * hold exactly the texts of `locales/*.json`: every field, rendered as FormatJS renders the ICU source.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { allLocales } from '../../generated/locales/index.js';
import { compileLocaleModule, compileLocaleSource, compileText, localeIdentifier, scriptOf, textParts } from '../../src/build/codegen.js';
import { catalogKeys } from '../../src/runtime/catalog.js';
import { unpackRows } from '../../src/runtime/entries.js';
import type { Text, TextField } from '../../src/runtime/format.js';
import { type CompiledLocale, packedLocale, swapScript } from '../../src/runtime/packed-locale.js';
import { errorWith } from '../support/thrown.js';

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

/** A `packedLocale(...)` expression of `compileLocaleSource`, evaluated with a stub that returns its arguments. */
const sourceArguments = (source: string | undefined) =>
  new Function('packedLocale', 'swapScript', `return ${source}`)(
    (locale: string, json: string, decode?: (text: string) => string) => ({ locale, rows: JSON.parse(json), decode }),
    swapScript,
  ) as { locale: string; rows: unknown[]; decode?: (text: string) => string };

describe('compileLocaleSource', () => {
  it('writes missing entries and fields as null, and trailing ones not at all', () => {
    const { locale, rows, decode } = sourceArguments(
      compileLocaleSource('fr', { unknown: { title: 'Erreur', message: 'Chez {provider}.', messageWithProvider: 'x' } }, 'f'),
    );
    expect(locale).toBe('fr');
    expect(rows[catalogKeys.indexOf('unknown')]).toEqual(['Erreur', ['Chez ', '.'], null, 'x']);
    expect(rows[0]).toBeNull();
    expect(rows).toHaveLength(catalogKeys.length);
    expect(decode).toBeUndefined();
  });

  it('stores Cyrillic texts swapped, and passes the function that swaps them back', () => {
    const { rows, decode } = sourceArguments(compileLocaleSource('bg', { unknown: { title: 'Грешка', message: 'В {provider}.' } }, 'f'));
    const [title, message] = rows[catalogKeys.indexOf('unknown')] as [string, string[]];
    expect(title).toMatch(/^[ -~]+$/);
    expect([decode?.(title), message.map((part) => decode?.(part))]).toEqual(['Грешка', ['В ', '.']]);
  });

  it('gives up on a locale with a text that needs code, which then stays a module', () => {
    expect(compileLocaleSource('fr', { unknown: { title: '{provider, select, ING {a} other {b}}', message: 'm' } }, 'f')).toBeUndefined();
  });
});

describe('packedLocale', () => {
  const locale = packedLocale('fr', '[null, ["T", ["Chez ", "."], null, "MP"]]');

  it('parses its rows when first read, once, and shares them frozen', () => {
    const { rows } = locale;
    expect(locale.rows).toBe(rows);
    expect(Object.isFrozen(rows) && Object.isFrozen(rows[1])).toBe(true);
    expect(rows[0]).toBeUndefined();
    expect(rows[1]?.[2]).toBeUndefined();
  });

  it('reads rows given as data, as a locale module holds them, holes as missing texts', () => {
    // biome-ignore lint/suspicious/noSparseArray: a generated module writes a missing text as a hole.
    const { rows } = packedLocale('fr', [null, ['T', ['Chez ', '.'], , 'MP']]);
    expect(rows[0]).toBeUndefined();
    expect([rows[1]?.[0], rows[1]?.[2], rows[1]?.[3]]).toEqual(['T', undefined, 'MP']);
  });

  it('joins the parts of a text around the provider name', () => {
    expect(render(locale.rows[1]?.[1], 'ING')).toBe('Chez ING.');
    expect(render(packedLocale('fr', '[[["", " et ", ""]]]').rows[0]?.[0], 'ING')).toBe('ING et ING');
  });

  it('decodes its texts, parts included, with the function it is given', () => {
    const swapped = (text: string) => swapScript(text, 0x412);
    const { rows } = packedLocale('bg', [[swapped('Грешка'), [swapped('Банка '), swapped(' – DSK.')]]], (text) => swapScript(text, 0x412));
    expect([rows[0]?.[0], render(rows[0]?.[1], 'ING')]).toEqual(['Грешка', 'Банка ING – DSK.']);
  });

  it('keeps a text that needs code as the function it is', () => {
    const text = ({ provider }: { provider: string }) => (provider === 'ING' ? 'the orange bank' : provider);
    expect(packedLocale('en', [[text]]).rows[0]?.[0]).toBe(text);
  });
});

// Every text of every shipped locale, as translators wrote it (ICU included: the swap does not care).
const allTexts = tags.flatMap((tag) =>
  Object.values(json(tag)).flatMap((entry) => textFieldsOf(entry).map((field) => entry[field] as string)),
);

describe('swapScript', () => {
  const base = 0x412;
  it.each([
    ['@', '\u0412'],
    ['A', '\u0413'],
    ['[', String.fromCharCode(base + 27)],
    [']', String.fromCharCode(base + 28)],
    ['~', String.fromCharCode(base + 61)],
  ])('swaps %j with the character of its slot among the 62 from the base', (ascii, other) => {
    expect([swapScript(ascii, base), swapScript(other, base)]).toEqual([other, ascii]);
  });

  it.each([' ', '.', '?', '0', '\\', '\u007f', '\u0411', String.fromCharCode(base + 62), '–', '😀'])('leaves %j as it is', (char) => {
    expect(swapScript(char, base)).toBe(char);
  });

  it.each([0x80, 0x391, 0x412, 0x2000])('gives every text of every shipped locale back when applied twice (base %i)', (base) => {
    for (const text of allTexts) expect(swapScript(swapScript(text, base), base)).toBe(text);
  });
});

describe('scriptOf', () => {
  // The texts as stored: the name of the bank is no part of them.
  const textsOf = (tag: string) =>
    Object.values(json(tag)).flatMap((entry) => textFieldsOf(entry).map((field) => (entry[field] as string).replaceAll('{provider}', '')));
  const escaped = (texts: string[]) => texts.join('').replace(/[\0-~]/g, '').length;

  it.each(['bg', 'el'])('swaps the texts of %s so that nearly every letter is ASCII', (tag) => {
    const texts = textsOf(tag);
    const script = scriptOf(texts);
    expect(script).toBeGreaterThan(0);
    expect(escaped(texts.map((text) => swapScript(text, script)))).toBeLessThan(escaped(texts) / 50);
  });

  it.each(tags.filter((tag) => tag !== 'bg' && tag !== 'el'))('keeps the texts of %s, in the Latin script, as they are', (tag) => {
    expect(scriptOf(textsOf(tag))).toBe(0);
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
    expect(() => compileText(icu, 'locales/xx.json: code.100.title')).toThrow(errorWith(message));
  });
});

describe('compileLocaleModule', () => {
  it('refuses a key that is not in the catalog, naming the file and the key', () => {
    expect(() => compileLocaleModule('fr', { 'code.999': { title: 'x', message: 'y' } }, 'locales/fr.json', '../format.js')).toThrow(
      errorWith('locales/fr.json: unknown key "code.999"'),
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
