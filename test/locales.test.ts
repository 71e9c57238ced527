/** Every shipped locale file, read as translators write it: complete, valid ICU, the same placeholders as English. */
import { readdirSync, readFileSync } from 'node:fs';
import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { catalogKeys } from '../src/catalog.js';

const dir = new URL('../locales/', import.meta.url);
const files = readdirSync(dir).filter((f) => /^[a-z]{2,3}(-\w+)*\.json$/.test(f));
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

describe.each(files)('locales/%s', (file) => {
  const catalog = read(file);
  const texts = Object.entries(catalog).flatMap(([key, entry]) =>
    key === '$schema'
      ? []
      : Object.entries(entry)
          .filter(([field]) => field !== 'description' && field !== 'sourceHash')
          .map(([field, text]) => ({ key, field, text })),
  );

  it('holds exactly the catalog keys, in catalog order', () => {
    expect(Object.keys(catalog).filter((k) => k !== '$schema')).toEqual(catalogKeys);
  });

  it('has the text fields of English in every entry, a provider variant left out where the language needs it', () => {
    for (const key of catalogKeys) {
      const fields = (entry: Record<string, string> | undefined) =>
        Object.keys(entry ?? {})
          .filter((f) => f !== 'description' && f !== 'sourceHash')
          .sort();
      const required = fields(en[key]).filter((field) => !field.endsWith('WithProvider'));
      expect(
        fields(catalog[key]).filter((field) => !field.endsWith('WithProvider')),
        key,
      ).toEqual(required);
      expect(fields(en[key]), key).toEqual(expect.arrayContaining(fields(catalog[key])));
    }
  });

  it('has only valid ICU messages, with the placeholders of the English source', () => {
    for (const { key, field, text } of texts) {
      expect(typeof text === 'string' && text.trim() !== '', `${key}.${field} is empty`).toBe(true);
      const source = en[key]?.[field] ?? '';
      expect(new Set(placeholders(parse(text))), `${key}.${field}`).toEqual(new Set(placeholders(parse(source))));
    }
  });

  it('names the provider only in the WithProvider variants', () => {
    for (const { key, field, text } of texts) {
      expect(text.includes('{provider}'), `${key}.${field}`).toBe(field.endsWith('WithProvider'));
    }
  });
});
