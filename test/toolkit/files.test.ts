import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  assertLocaleTag,
  InvalidLocaleTagError,
  LocaleFileError,
  listLocaleFiles,
  localeFile,
  readLocaleJson,
  writeFileAtomic,
} from '../../src/toolkit/files.js';
import { errorWith } from '../support/thrown.js';

const tempDir = () => mkdtempSync(join(tmpdir(), 'files-test-'));

describe('localeFile', () => {
  it.each(['fr', 'pt-BR', 'en-XA', 'sr-Latn-RS', 'yue', 'es-419'])('builds the path of %s inside the folder', (tag) => {
    expect(localeFile('locales', tag)).toBe(join('locales', `${tag}.json`));
    expect(assertLocaleTag(tag)).toBe(tag);
  });

  it.each([
    '../../etc/passwd',
    '..',
    'fr/../../secrets',
    '/etc/passwd',
    'fr\\..\\x',
    'fr.json',
    'fr_FR',
    'FR',
    'f',
    'fr-',
    'fr-a',
    'fr-abcdefghi',
    '',
    'fr\u0000',
    ' fr',
  ])('refuses %j before building any path', (tag) => {
    expect(() => localeFile('locales', tag)).toThrow(InvalidLocaleTagError);
    expect(() => localeFile('locales', tag)).toThrow(errorWith(/invalid locale tag .*expected a BCP 47 tag such as "fr", "pt-BR"/));
  });
});

describe('writeFileAtomic', () => {
  it('creates a file with the content', () => {
    const dir = tempDir();
    writeFileAtomic(join(dir, 'fr.json'), '{}\n');
    expect(readFileSync(join(dir, 'fr.json'), 'utf8')).toBe('{}\n');
    expect(readdirSync(dir)).toEqual(['fr.json']);
  });

  it('replaces an existing file, keeps its permissions and leaves no temporary file', () => {
    const dir = tempDir();
    const file = join(dir, 'fr.json');
    writeFileSync(file, 'old');
    chmodSync(file, 0o640);
    writeFileAtomic(file, 'new content');
    expect(readFileSync(file, 'utf8')).toBe('new content');
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['fr.json']);
  });

  it('removes its temporary file and leaves the target alone when the rename fails', () => {
    const dir = tempDir();
    const target = join(dir, 'fr.json');
    mkdirSync(target); // a folder cannot be replaced by a file
    expect(() => writeFileAtomic(target, 'x')).toThrow();
    expect(readdirSync(dir)).toEqual(['fr.json']);
    expect(statSync(target).isDirectory()).toBe(true);
  });

  it('throws without writing anything when the folder does not exist', () => {
    const dir = tempDir();
    expect(() => writeFileAtomic(join(dir, 'missing', 'fr.json'), 'x')).toThrow(errorWith(/ENOENT/));
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('listLocaleFiles', () => {
  it('lists locale files with the source first, skips schema.json and returns misnamed files with a suggestion', () => {
    const dir = tempDir();
    for (const name of ['fr.json', 'en.json', 'de.json', 'schema.json', 'fr_FR.json', 'notes.json', 'readme.md'])
      writeFileSync(join(dir, name), '{}');
    mkdirSync(join(dir, 'it.json'));
    symlinkSync(join(dir, 'fr.json'), join(dir, 'fr-CA.json'));
    symlinkSync(join(dir, 'missing.json'), join(dir, 'nl.json'));
    const { locales, others } = listLocaleFiles(dir);
    expect(locales.map((locale) => locale.tag)).toEqual(['en', 'de', 'fr', 'fr-CA']);
    expect(locales[0]).toEqual({ tag: 'en', name: 'en.json', file: join(dir, 'en.json') });
    expect(others).toEqual([
      { name: 'fr_FR.json', file: join(dir, 'fr_FR.json'), suggestion: 'fr-FR.json' },
      { name: 'notes.json', file: join(dir, 'notes.json') },
    ]);
  });
});

describe('readLocaleJson', () => {
  it('reads an object, without a byte order mark', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'fr.json'), '\uFEFF{ "a": { "title": "Salut" } }');
    const { value, root, text } = readLocaleJson(join(dir, 'fr.json'));
    expect(value).toEqual({ a: { title: 'Salut' } });
    expect(root.members[0]?.keyStart).toBe(2);
    expect(text.startsWith('{')).toBe(true);
  });

  it.each([
    ['{\n  "a": 1,\n}', 3, 1, /a comma before "}"/],
    ['[1]', 1, 1, /one JSON object/],
  ])('reports %j with file:line:column', (content, line, column, message) => {
    const dir = tempDir();
    const file = join(dir, 'fr.json');
    writeFileSync(file, content);
    let error: unknown;
    try {
      readLocaleJson(file);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(LocaleFileError);
    expect(error).toMatchObject({ file, line, column });
    expect((error as Error).message).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:${line}:${column}: `));
    expect((error as Error).message).toMatch(message);
  });
});
