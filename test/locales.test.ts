/** Every shipped locale file, read as translators write it: complete, valid ICU, the same placeholders as English. */
import { readdirSync, readFileSync } from 'node:fs';
import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { catalogKeys } from '../src/runtime/catalog.js';

const dir = new URL('../locales/', import.meta.url);
const files = readdirSync(dir).filter((f) => /^[a-z]{2,3}(-\w+)*\.json$/.test(f));
const translations = files.filter((f) => f !== 'en.json');
const read = (file: string) => JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as Record<string, Record<string, string>>;
const en = read('en.json');

const placeholders = (elements: MessageFormatElement[]): string[] =>
  elements.flatMap((e) =>
    e.type === TYPE.argument
      ? [e.value]
      : e.type === TYPE.select
        ? [e.value, ...Object.values(e.options).flatMap((o) => placeholders(o.value))]
        : [],
  );
/** The text fields of an entry, sorted: everything but the notes for translators. */
const fields = (entry: Record<string, string> | undefined) =>
  Object.keys(entry ?? {})
    .filter((f) => f !== 'description' && f !== 'sourceHash')
    .sort();
const textsOf = (catalog: Record<string, Record<string, string>>) =>
  Object.entries(catalog).flatMap(([key, entry]) =>
    key === '$schema' ? [] : fields(entry).map((field) => ({ key, field, text: entry[field] as string })),
  );

describe.each(files)('locales/%s', (file) => {
  const catalog = read(file);
  const texts = textsOf(catalog);

  it('holds exactly the catalog keys, in catalog order', () => {
    expect(Object.keys(catalog).filter((k) => k !== '$schema')).toEqual(catalogKeys);
  });

  it('has only valid, non-empty ICU messages', () => {
    for (const { key, field, text } of texts) {
      expect(typeof text === 'string' && text.trim() !== '', `${key}.${field} is empty`).toBe(true);
      expect(() => parse(text), `${key}.${field}`).not.toThrow();
    }
  });

  it('names the provider only in the WithProvider variants', () => {
    for (const { key, field, text } of texts) {
      expect(text.includes('{provider}'), `${key}.${field}`).toBe(field.endsWith('WithProvider'));
    }
  });
});

describe('locales/en.json, the source', () => {
  it('gives every message a title and a message (and maybe their provider variants), every button a label', () => {
    for (const key of catalogKeys) {
      if (key.startsWith('action.')) expect(fields(en[key]), key).toEqual(['label']);
      else {
        expect(fields(en[key]), key).toEqual(expect.arrayContaining(['message', 'title']));
        expect(['message', 'messageWithProvider', 'title', 'titleWithProvider'], key).toEqual(expect.arrayContaining(fields(en[key])));
      }
    }
  });

  it('uses no placeholder but {provider}', () => {
    for (const { key, field, text } of textsOf(en)) {
      expect(
        placeholders(parse(text)).filter((name) => name !== 'provider'),
        `${key}.${field}`,
      ).toEqual([]);
    }
  });
});

describe.each(translations)('locales/%s, a translation of en.json', (file) => {
  const catalog = read(file);

  it('has the text fields of English in every entry, a provider variant left out where the language needs it', () => {
    for (const key of catalogKeys) {
      const required = fields(en[key]).filter((field) => !field.endsWith('WithProvider'));
      expect(
        fields(catalog[key]).filter((field) => !field.endsWith('WithProvider')),
        key,
      ).toEqual(required);
      expect(fields(en[key]), key).toEqual(expect.arrayContaining(fields(catalog[key])));
    }
  });

  it('has the placeholders of the English source in every text', () => {
    for (const { key, field, text } of textsOf(catalog)) {
      const source = en[key]?.[field] ?? '';
      expect(new Set(placeholders(parse(text))), `${key}.${field}`).toEqual(new Set(placeholders(parse(source))));
    }
  });
});
