/** `preview` as the CLI runs it: reading a folder of locale files, writing the page or printing it. */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { previewCommand, previewHtml, readPreviewLocales } from '../../src/toolkit/preview.js';
import { sourceHash } from '../../src/toolkit/stale.js';
import { errorWith } from '../support/thrown.js';

const en = {
  'code.302': {
    description: 'Session expired.',
    title: 'Session expired',
    message: 'Try again later.',
    messageWithProvider: 'Try again at {provider}.',
  },
  'action.retry_later': { description: 'Button.', label: 'Try again' },
};
const fr = {
  'code.302': { title: 'Session expirée', message: 'Réessayez.', sourceHash: sourceHash(en['code.302']) },
  'action.retry_later': { label: 'Réessayer', sourceHash: 'deadbeef' },
};

/** A folder of locale files: en; fr with a stale label; de with no hashes, a text that does not compile and no label; nl not JSON. */
const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'preview-command-'));
  writeFileSync(join(dir, 'en.json'), JSON.stringify(en));
  writeFileSync(join(dir, 'fr.json'), JSON.stringify(fr));
  writeFileSync(join(dir, 'de.json'), JSON.stringify({ 'code.302': { title: 'Sitzung {abgelaufen', message: 'Später.' } }));
  writeFileSync(join(dir, 'nl.json'), '{ "code.302": ');
  return dir;
};
const run = (args: string[]) => {
  const out: string[] = [];
  const err: string[] = [];
  const code = previewCommand(args, { out: (text) => out.push(text), err: (text) => err.push(text) });
  return { code, out, err };
};

describe('readPreviewLocales', () => {
  it('reads the source locale first, then the others by tag, each file that is not JSON as its error', () => {
    const locales = readPreviewLocales(folder());
    expect(locales.map((locale) => [locale.tag, locale.catalog === undefined, locale.error === undefined])).toEqual([
      ['en', false, true],
      ['de', false, true],
      ['fr', false, true],
      ['nl', true, false],
    ]);
    expect(locales[3]?.error).toMatch(/nl\.json/);
  });
});

describe('previewCommand', () => {
  it('writes the page to --out and says what it counted', () => {
    const dir = folder();
    const out = join(dir, 'page', 'preview.html');
    mkdirSync(join(dir, 'page'));
    const result = run(['--out', out, dir]);
    expect(result).toEqual({ code: 0, out: [`wrote ${out}: 2 keys × 4 locales, 3 missing, 2 stale, 3 broken`], err: [] });
    expect(readFileSync(out, 'utf8')).toBe(previewHtml(en, readPreviewLocales(dir)));
  });

  it('prints the page without --out, with the name given by --provider', () => {
    const dir = folder();
    const { code, out } = run(['--provider', 'Revolut', dir]);
    expect(code).toBe(0);
    expect(out).toEqual([previewHtml(en, readPreviewLocales(dir), { provider: 'Revolut' }).replace(/\n$/, '')]);
    expect(out[0]).toContain('Revolut');
  });

  it('refuses more than one folder, naming them', () => {
    expect(() => run(['a', 'b'])).toThrow(errorWith('expected at most one folder, got 2: a b'));
  });

  it('refuses a folder without a readable English source', () => {
    const dir = mkdtempSync(join(tmpdir(), 'preview-command-'));
    writeFileSync(join(dir, 'fr.json'), JSON.stringify(fr));
    expect(() => run([dir])).toThrow(errorWith(`${join(dir, 'en.json')}: the English source is missing or not valid JSON; run lint`));
  });
});
