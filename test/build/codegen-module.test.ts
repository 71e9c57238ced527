/**
 * `compileLocaleModule` run in the test's own process: the generated modules the other tests import were written
 * before the tests started, by a separate process, so only this file sees a change to the code that writes them.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { compileLocaleModule, localeIdentifier } from '../../src/build/codegen.js';
import { catalogKeys } from '../../src/runtime/catalog.js';
import { unpackRows } from '../../src/runtime/entries.js';
import type { TextField } from '../../src/runtime/format.js';
import type { CompiledLocale } from '../../src/runtime/packed-locale.js';

const json = (tag: string) =>
  JSON.parse(readFileSync(new URL(`../../locales/${tag}.json`, import.meta.url), 'utf8')) as Record<string, Record<string, string>>;
const dir = new URL('../../generated/modules-written-by-a-test/', import.meta.url);

describe('compileLocaleModule', () => {
  // A Latin locale (rows of code), Cyrillic and Greek (texts stored swapped, with the function that swaps them back).
  it.each(['fr', 'bg', 'el'])('writes a module of %s that says where it comes from and holds every text of the file', async (tag) => {
    const source = compileLocaleModule(tag, json(tag), `locales/${tag}.json`, '../../src/runtime/packed-locale.js');
    expect(source.split('\n')[0]).toBe(
      `// Generated from locales/${tag}.json by scripts/compile-locales.ts. Do not edit: edit the JSON file.`,
    );
    mkdirSync(dir, { recursive: true });
    const file = new URL(`${tag}.ts`, dir);
    writeFileSync(file, source);
    const compiled = ((await import(file.href)) as Record<string, CompiledLocale>)[localeIdentifier(tag)];
    expect(compiled?.locale).toBe(tag);
    const entries = unpackRows(compiled?.rows ?? []);
    for (const key of catalogKeys) {
      for (const [field, icu] of Object.entries(json(tag)[key] ?? {})) {
        if (field === 'description' || field === 'sourceHash') continue;
        const text = entries[key]?.[field as TextField];
        const shown = typeof text === 'function' ? text({ provider: 'BNP Paribas' }) : text;
        expect(shown, `${key}.${field}`).toBe(String(new IntlMessageFormat(icu, tag).format({ provider: 'BNP Paribas' })));
      }
    }
  });
});

describe('localeIdentifier', () => {
  it.each([
    ['fr', 'fr'],
    ['pt-BR', 'ptBR'],
    ['zh-Hant-TW', 'zhHantTW'],
    ['sr-Latn', 'srLatn'],
  ])('names the export of %s %s', (tag, name) => {
    expect(localeIdentifier(tag)).toBe(name);
  });
});
