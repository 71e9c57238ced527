import { readdirSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { buildLocaleSchema, schemaText } from '../scripts/schema.js';
import { catalogKeys } from '../src/runtime/catalog.js';
import { errorWith } from './support/thrown.js';

const dir = new URL('../locales/', import.meta.url);
const read = (file: string) => JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as Record<string, Record<string, unknown>>;
const english = read('en.json');
const committed = readFileSync(new URL('schema.json', dir), 'utf8');
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(JSON.parse(committed));
const localeFiles = readdirSync(dir).filter((file) => /^[a-z]{2,3}(-\w+)*\.json$/.test(file));

describe('locales/schema.json', () => {
  it('is what scripts/schema.ts generates from the catalog and en.json (run `npm run schema` after changing them)', () => {
    expect(committed).toBe(schemaText(english));
  });

  it('describes every catalog key with the description of en.json', () => {
    const schema = buildLocaleSchema(english) as { properties: Record<string, { description: string }>; required: string[] };
    expect(schema.required).toEqual(catalogKeys);
    for (const key of catalogKeys) expect(schema.properties[key]?.description).toBe(english[key]?.description);
  });

  it.each(localeFiles)('accepts locales/%s, which points at it', (file) => {
    const catalog = read(file);
    expect(catalog.$schema).toBe('./schema.json');
    expect(validate(catalog), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each([
    ['a misspelt key', (c: Record<string, unknown>) => Object.assign(c, { 'status.canceled': c['status.cancelled'] })],
    ['a missing key', (c: Record<string, unknown>) => delete c['status.pending']],
    [
      'a translated field name',
      (c: Record<string, Record<string, unknown>>) => Object.assign(c['status.pending'] as object, { titre: 'x' }),
    ],
    [
      'a field English does not have',
      (c: Record<string, Record<string, unknown>>) => Object.assign(c['status.pending'] as object, { titleWithProvider: 'x' }),
    ],
    ['a missing field', (c: Record<string, Record<string, unknown>>) => delete c['status.finished']?.message],
    ['an empty text', (c: Record<string, Record<string, unknown>>) => Object.assign(c['status.pending'] as object, { title: '' })],
    [
      'a malformed sourceHash',
      (c: Record<string, Record<string, unknown>>) => Object.assign(c['status.pending'] as object, { sourceHash: 'abc' }),
    ],
  ])('rejects %s', (_, breakIt) => {
    const catalog = read('fr.json');
    breakIt(catalog);
    expect(validate(catalog)).toBe(false);
  });

  it('refuses to generate a schema for a key without description', () => {
    const { description: _, ...pending } = english['status.pending'] as Record<string, unknown>;
    expect(() => buildLocaleSchema({ ...english, 'status.pending': pending })).toThrow(errorWith(/"status.pending" has no description/));
  });
});
