import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { confirmTranslations } from '../../src/toolkit/confirm.js';
import { InvalidLocaleTagError } from '../../src/toolkit/files.js';
import { lintLocales } from '../../src/toolkit/lint/index.js';
import { runCli } from '../support/cli.js';
import { errorWith } from '../support/thrown.js';

const shipped = (tag: string) => readFileSync(new URL(`../../locales/${tag}.json`, import.meta.url), 'utf8');
const en = shipped('en');
const fr = shipped('fr');
const edit = (text: string, from: string, to: string) => {
  if (!text.includes(from)) throw new Error(`test setup: ${JSON.stringify(from)} not found`);
  return text.replace(from, to);
};
/** English with new texts for status.cancelled and code.100: both turn stale in every translation. */
const newEnglish = edit(
  edit(en, '"title": "Update cancelled"', '"title": "Update stopped"'),
  '"Your accounts are up to date",\n    "message": "Your accounts have',
  '"All up to date",\n    "message": "Your accounts have',
);
const writeDir = (files: Record<string, string>) => {
  const dir = mkdtempSync(join(tmpdir(), 'confirm-test-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
};
const staleKeys = (dir: string) => lintLocales(dir).flatMap((problem) => (problem.rule === 'stale' ? [problem.message.split(' ')[0]] : []));

describe('confirmTranslations', () => {
  it('stamps one key and changes nothing but its sourceHash value', () => {
    const dir = writeDir({ 'en.json': newEnglish, 'fr.json': fr });
    expect(staleKeys(dir)).toEqual(['status.cancelled', 'code.100']);
    expect(confirmTranslations(dir, 'fr', { key: 'status.cancelled' })).toEqual({
      file: join(dir, 'fr.json'),
      confirmed: ['status.cancelled'],
      incomplete: [],
    });
    const after = readFileSync(join(dir, 'fr.json'), 'utf8');
    // Only the 8 hex digits of status.cancelled's sourceHash differ.
    const start = fr.indexOf('"803333af"') + 1;
    expect([after.slice(0, start), after.slice(start + 8)]).toEqual([fr.slice(0, start), fr.slice(start + 8)]);
    expect(after.slice(start, start + 8)).toMatch(/^[0-9a-f]{8}$/);
    expect(after.slice(start, start + 8)).not.toBe('803333af');
    expect(staleKeys(dir)).toEqual(['code.100']);
    expect(readdirSync(dir).sort()).toEqual(['en.json', 'fr.json']);
  });

  it('stamps every stale key without --key, and lists the incomplete ones it left alone', () => {
    const incomplete = edit(fr, '"title": "Mise à jour annulée",\n', '');
    const dir = writeDir({ 'en.json': newEnglish, 'fr.json': incomplete });
    expect(confirmTranslations(dir, 'fr')).toMatchObject({ confirmed: ['code.100'], incomplete: ['status.cancelled'] });
    expect(staleKeys(dir)).toEqual(['status.cancelled']);
  });

  it.each([
    ['two-space indentation', (text: string) => text, '\n    "sourceHash": '],
    ['CRLF line endings and tabs', (text: string) => text.replaceAll('\n', '\r\n').replaceAll('  ', '\t'), '\r\n\t\t"sourceHash": '],
  ])('adds a missing sourceHash in the style of the file: %s', (_, style, expected) => {
    const text = style(edit(fr, ',\n    "sourceHash": "803333af"', ''));
    const dir = writeDir({ 'en.json': en, 'fr.json': text });
    confirmTranslations(dir, 'fr', { key: 'status.cancelled' });
    const after = readFileSync(join(dir, 'fr.json'), 'utf8');
    expect(after).toBe(style(fr));
    expect(after).toContain(`${expected}"803333af"`);
    expect(staleKeys(dir)).toEqual([]);
  });

  it('adds a sourceHash to an entry written on one line', () => {
    const oneLine = edit(
      fr,
      /"status\.cancelled": \{[^}]*\}/.exec(fr)?.[0] as string,
      '"status.cancelled": { "title": "Mise à jour annulée", "message": "Interrompue." }',
    );
    const dir = writeDir({ 'en.json': en, 'fr.json': oneLine });
    confirmTranslations(dir, 'fr', { key: 'status.cancelled' });
    expect(readFileSync(join(dir, 'fr.json'), 'utf8')).toContain(
      '"status.cancelled": { "title": "Mise à jour annulée", "message": "Interrompue.", "sourceHash": "803333af" }',
    );
  });

  it('writes nothing when nothing is stale', () => {
    const dir = writeDir({ 'en.json': en, 'fr.json': fr });
    const before = statSync(join(dir, 'fr.json'));
    expect(confirmTranslations(dir, 'fr')).toEqual({ file: join(dir, 'fr.json'), confirmed: [], incomplete: [] });
    expect(statSync(join(dir, 'fr.json')).ino).toBe(before.ino);
    expect(readFileSync(join(dir, 'fr.json'), 'utf8')).toBe(fr);
  });

  it.each(['../../etc/passwd', '../fr', 'fr/../../x', '/etc/passwd', 'FR'])('refuses the tag %j before building any path', (tag) => {
    expect(() => confirmTranslations('/nonexistent-folder', tag)).toThrow(InvalidLocaleTagError);
  });

  it.each([
    ['the source locale', 'en', {}, /en is the source locale/],
    ['a locale without a file', 'de', {}, /no translation file .*de\.json/],
    ['a key English does not have', 'fr', { key: 'status.nope' }, /no key "status.nope" in en.json/],
    ['$schema as a key', 'fr', { key: '$schema' }, /no key "\$schema" in en.json/],
  ])('refuses %s', (_, tag, options, message) => {
    const dir = writeDir({ 'en.json': en, 'fr.json': fr });
    expect(() => confirmTranslations(dir, tag, options)).toThrow(errorWith(message));
  });

  it('refuses a key the translation lacks, or lacks texts of, without writing', () => {
    const text = edit(edit(fr, '"title": "Mise à jour annulée",\n', ''), '"status.error"', '"status.erreur"');
    const dir = writeDir({ 'en.json': newEnglish, 'fr.json': text });
    expect(() => confirmTranslations(dir, 'fr', { key: 'status.cancelled' })).toThrow(
      errorWith(/lacks texts that en.json has, so it cannot be confirmed/),
    );
    expect(() => confirmTranslations(dir, 'fr', { key: 'status.error' })).toThrow(
      errorWith(/no key "status.error" in .*fr\.json: translate it first/),
    );
    expect(readFileSync(join(dir, 'fr.json'), 'utf8')).toBe(text);
  });
});

const run = runCli;

describe('connection-status-i18n confirm', () => {
  it('confirms a key and says so', async () => {
    const dir = writeDir({ 'en.json': newEnglish, 'fr.json': fr });
    const result = await run('confirm', '--locale', 'fr', '--key', 'status.cancelled', dir);
    expect(result).toEqual({ code: 0, out: `confirmed 1 translation in ${join(dir, 'fr.json')}: status.cancelled`, err: '' });
    expect((await run('confirm', '--locale', 'fr', '--key', 'status.cancelled', dir)).out).toBe(
      `nothing to confirm in ${join(dir, 'fr.json')}: status.cancelled is up to date`,
    );
  });

  it('refuses a path as locale with a clear message, writing nothing', async () => {
    const dir = writeDir({ 'en.json': en, 'fr.json': fr });
    const result = await run('confirm', '--locale', '../../etc/passwd', dir);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^connection-status-i18n: invalid locale tag "\.\.\/\.\.\/etc\/passwd": expected a BCP 47 tag such as "fr"/);
    expect(readdirSync(dir).sort()).toEqual(['en.json', 'fr.json']);
  });

  it('asks for --locale', async () => {
    const result = await run('confirm');
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/give the translation to confirm with --locale/);
  });
});
