import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CoverageRow, coverage, entryStatus, formatCoverage } from '../../src/toolkit/coverage.js';
import { sourceHash } from '../../src/toolkit/stale.js';
import { runCli } from '../support/cli.js';
import { errorWith } from '../support/thrown.js';

type Catalog = Record<string, Record<string, string>>;
const shipped = (tag: string) => readFileSync(new URL(`../../locales/${tag}.json`, import.meta.url), 'utf8');
const en = shipped('en');
const fr = shipped('fr');
const change = (text: string, update: (catalog: Catalog) => void) => {
  const catalog = JSON.parse(text) as Catalog;
  update(catalog);
  return JSON.stringify(catalog, null, 2);
};
const writeDir = (files: Record<string, string>) => {
  const dir = mkdtempSync(join(tmpdir(), 'coverage-test-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
};
const row = (files: Record<string, string>, locale = 'fr') => coverage(writeDir(files)).find((r) => r.locale === locale) as CoverageRow;
// Coverage counts the keys of en.json.
const total = Object.keys(JSON.parse(en)).filter((key) => key !== '$schema').length;

describe('entryStatus', () => {
  const english = { description: 'd', title: 'Hi', message: 'Hello' };
  const hash = sourceHash({ title: 'Hi', message: 'Hello' });
  it.each([
    {
      entry: 'complete and stamped with the current hash',
      translation: { title: 'Salut', message: 'Bonjour', sourceHash: hash },
      status: 'translated',
    },
    {
      entry: 'complete, stamped with another hash',
      translation: { title: 'Salut', message: 'Bonjour', sourceHash: 'deadbeef' },
      status: 'stale',
    },
    { entry: 'complete, without hash', translation: { title: 'Salut', message: 'Bonjour' }, status: 'stale' },
    { entry: 'without a field', translation: { title: 'Salut', sourceHash: hash }, status: 'missing' },
    { entry: 'with a blank field', translation: { title: 'Salut', message: ' ', sourceHash: hash }, status: 'missing' },
    { entry: 'not an object', translation: 'Salut', status: 'missing' },
  ])('says an entry $entry is $status', ({ translation, status }) => {
    expect(entryStatus(english, translation)).toBe(status);
  });
});

describe('coverage', () => {
  it('counts every shipped translation against en.json: all translated and up to date, as lint requires of them', () => {
    const translations = readdirSync(new URL('../../locales/', import.meta.url))
      .filter((name) => /^[a-z]{2,3}\.json$/.test(name) && name !== 'en.json')
      .map((name) => name.slice(0, -'.json'.length));
    expect(translations).toHaveLength(24);
    expect(coverage(new URL('../../locales/', import.meta.url).pathname)).toEqual(
      translations.map((locale) => ({ locale, total, translated: total, stale: 0, missing: 0, percent: 100 })),
    );
  });

  it.each([
    ['a missing key', (c: Catalog) => delete c['status.pending'], { translated: total - 1, stale: 0, missing: 1 }],
    ['a missing field', (c: Catalog) => delete c['status.finished']?.message, { translated: total - 1, stale: 0, missing: 1 }],
    [
      'a provider variant left out as translated (the generic text is shown)',
      (c: Catalog) => delete c['status.finished']?.messageWithProvider,
      { translated: total, stale: 0, missing: 0 },
    ],
    [
      'an empty text',
      (c: Catalog) => Object.assign(c['code.100'] as object, { title: '' }),
      { translated: total - 1, stale: 0, missing: 1 },
    ],
    [
      'an old sourceHash',
      (c: Catalog) => Object.assign(c['code.100'] as object, { sourceHash: '00000000' }),
      { translated: total - 1, stale: 1, missing: 0 },
    ],
    ['no sourceHash', (c: Catalog) => delete c['code.100']?.sourceHash, { translated: total - 1, stale: 1, missing: 0 }],
    ['an extra key', (c: Catalog) => Object.assign(c, { extra: { title: 'x' } }), { translated: total, stale: 0, missing: 0 }],
  ])('counts %s', (_, update, counts) => {
    expect(row({ 'en.json': en, 'fr.json': change(fr, update) })).toEqual({
      locale: 'fr',
      total,
      ...counts,
      percent: (counts.translated * 100) / total,
    });
  });

  it('turns a key stale in every locale when its English text changes', () => {
    const changed = change(en, (c) => Object.assign(c['code.100'] as object, { title: 'All done' }));
    const rows = coverage(writeDir({ 'en.json': changed, 'fr.json': fr, 'de.json': shipped('de') }));
    expect(rows.map(({ locale, stale }) => ({ locale, stale }))).toEqual([
      { locale: 'de', stale: 1 },
      { locale: 'fr', stale: 1 },
    ]);
  });

  it('counts an unreadable file as missing everything, with the reason', () => {
    const r = row({ 'en.json': en, 'fr.json': fr.replace('"status.pending": {', '"status.pending" {') });
    expect(r).toMatchObject({ translated: 0, missing: total, percent: 0 });
    expect(r.error).toMatch(/fr\.json:9:\d+: expected ":" after the key "status.pending"/);
  });

  it('refuses a folder without the source locale', () => {
    expect(() => coverage(writeDir({ 'fr.json': fr }))).toThrow(
      errorWith(/no en.json in .*: coverage is measured against the source locale/),
    );
  });
});

describe('formatCoverage', () => {
  it('aligns a table and marks the locales under the threshold', () => {
    const rows: CoverageRow[] = [
      { locale: 'de', total: 44, translated: 44, stale: 0, missing: 0, percent: 100 },
      { locale: 'pt-BR', total: 44, translated: 30, stale: 10, missing: 4, percent: (30 * 100) / 44 },
    ];
    expect(formatCoverage(rows, 90).split('\n')).toEqual([
      'locale  translated  stale  missing  total  coverage',
      'de              44      0        0     44    100.0%',
      'pt-BR           30     10        4     44     68.2%  ✖ under 90%',
    ]);
  });
});

const run = runCli;

describe('connection-status-i18n coverage', () => {
  const dir = writeDir({
    'en.json': en,
    'de.json': shipped('de'),
    'fr.json': change(fr, (c) => {
      delete c['status.pending'];
      delete c['code.100']?.sourceHash;
    }),
  });

  it('prints the table and exits 0 without a threshold', async () => {
    const result = await run('coverage', dir);
    expect(result.code).toBe(0);
    expect(result.out.split('\n')).toEqual([
      'locale  translated  stale  missing  total  coverage',
      `de      ${String(total).padStart(10)}      0        0     ${total}    100.0%`,
      `fr      ${String(total - 2).padStart(10)}      1        1     ${total}     ${((100 * (total - 2)) / total).toFixed(1)}%`,
    ]);
  });

  it.each([
    ['100', 1],
    ['95', 0],
    ['0', 0],
  ])('exits with the threshold --min %s: %i', async (min, code) => {
    const result = await run('coverage', dir, '--min', min);
    expect(result.code).toBe(code);
    expect(result.err).toBe(code ? '1 locale under the threshold or unreadable: fr' : '');
  });

  it('prints JSON with --format json', async () => {
    const result = await run('coverage', dir, '--format', 'json', '--min', '100');
    expect(result.code).toBe(1);
    expect(JSON.parse(result.out)).toEqual({
      min: 100,
      rows: [
        { locale: 'de', total, translated: total, stale: 0, missing: 0, percent: 100 },
        { locale: 'fr', total, translated: total - 2, stale: 1, missing: 1, percent: expect.closeTo((100 * (total - 2)) / total, 10) },
      ],
    });
  });

  // The folder is a new temporary one each run: test names leave it out, so that they stay the same from run to run
  // (mutation testing in CI reuses results by test name).
  it.each([
    [['--min', 'lots'], /--min must be a percentage from 0 to 100, got "lots"/],
    [['--min', '101'], /--min must be a percentage/],
    [['--min', ''], /--min must be a percentage/],
  ])('refuses coverage <folder> %j with a usage error', async (options, message) => {
    const result = await run('coverage', dir, ...options);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
  });

  it('refuses a folder that does not exist with a usage error', async () => {
    const result = await run('coverage', '/nonexistent');
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/no folder "\/nonexistent"/);
  });
});
