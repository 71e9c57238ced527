/** The format-neutral part of the exchange: units from catalogs, the stable JSON layout, and what an import may change. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  applyExchange,
  type CatalogJson,
  detectFormat,
  type ExchangeDocument,
  type ExchangeUnit,
  exchangeDocument,
  formatLocaleFile,
  placeholdersOf,
} from '../../../src/toolkit/exchange/exchange.js';
import { sourceHash } from '../../../src/toolkit/stale.js';
import { errorWith } from '../../support/thrown.js';

const dir = new URL('../../../locales/', import.meta.url);
const shipped = readdirSync(dir).filter((f) => /^[a-z]{2,3}(-\w+)*\.json$/.test(f));
const readText = (file: string) => readFileSync(new URL(file, dir), 'utf8');

const en = {
  $schema: './schema.json',
  'code.100': { description: 'Sync OK.', title: 'Up to date', message: 'All good.' },
  'code.302': {
    description: 'Session expired.',
    title: 'Session expired',
    message: 'Try again later.',
    messageWithProvider: 'Try again later at {provider}.',
  },
  'action.reconnect': { description: 'Button.', label: 'Reconnect' },
} as const;
const hash = (key: keyof typeof en) => sourceHash(en[key] as Record<string, string>);
const fr = {
  $schema: './schema.json',
  'code.100': { title: 'À jour', message: 'Tout va bien.', sourceHash: hash('code.100') },
  'code.302': {
    title: 'Session expirée',
    message: 'Réessayez plus tard.',
    messageWithProvider: 'Réessayez plus tard chez {provider}.',
    sourceHash: 'deadbeef',
  },
};

/** The document of `fr`, with `edit` applied to the units named in it. */
const edited = (edit: Record<string, Partial<ExchangeUnit> | null>, base: CatalogJson = fr, locale = 'fr'): ExchangeDocument => {
  const doc = exchangeDocument(en, base, locale);
  return {
    ...doc,
    units: doc.units.flatMap((unit) => {
      if (!(unit.id in edit)) return [unit];
      const change = edit[unit.id];
      return change === null ? [] : [{ ...unit, ...change }];
    }),
  };
};
const applied = (doc: ExchangeDocument, base: CatalogJson = fr) => {
  const result = applyExchange(en, base, doc);
  if (!result.ok) throw new Error(`refused: ${result.problems.join('; ')}`);
  return result;
};

describe('exchangeDocument', () => {
  const doc = exchangeDocument(en, fr, 'fr');

  it('has one unit per English text field, in file and field order, with the translation as target', () => {
    expect(doc.units.map((u) => [u.id, u.source, u.target])).toEqual([
      ['code.100:title', 'Up to date', 'À jour'],
      ['code.100:message', 'All good.', 'Tout va bien.'],
      ['code.302:title', 'Session expired', 'Session expirée'],
      ['code.302:message', 'Try again later.', 'Réessayez plus tard.'],
      ['code.302:messageWithProvider', 'Try again later at {provider}.', 'Réessayez plus tard chez {provider}.'],
      ['action.reconnect:label', 'Reconnect', undefined],
    ]);
  });

  it('marks every unit of a key whose sourceHash is not the current English hash as stale, and no untranslated unit', () => {
    expect(doc.units.filter((u) => u.stale).map((u) => u.id)).toEqual([
      'code.302:title',
      'code.302:message',
      'code.302:messageWithProvider',
    ]);
  });

  it('gives the description as a note, and a placeholder hint to texts with {provider}', () => {
    expect(doc.units.find((u) => u.id === 'code.100:title')?.notes).toEqual(['Sync OK.']);
    expect(doc.units.find((u) => u.id === 'code.302:messageWithProvider')?.notes).toEqual([
      'Session expired.',
      'Keep {provider} exactly as written: {provider} becomes the bank\'s name, e.g. "BNP Paribas".',
    ]);
  });

  it('counts a translated key without sourceHash as stale', () => {
    const noHash = { 'code.100': { title: 'À jour', message: 'Tout va bien.' } };
    expect(exchangeDocument(en, noHash, 'fr').units.filter((u) => u.stale)).toHaveLength(2);
  });
});

describe('formatLocaleFile', () => {
  it.each(shipped)('writes locales/%s back byte for byte', (file) => {
    const text = readText(file);
    expect(formatLocaleFile(JSON.parse(text), JSON.parse(readText('en.json')))).toBe(text);
  });

  it('orders keys as English and fields as title, message, variants, label, sourceHash, keeping unknown ones after', () => {
    const messy = {
      extra: { title: 'x' },
      'code.302': { sourceHash: 'h', note: 'kept', messageWithProvider: 'c', message: 'b', title: 'a' },
      'code.100': { message: 'm', title: 't' },
      $schema: './schema.json',
    };
    const text = formatLocaleFile(messy, en);
    expect(Object.keys(JSON.parse(text))).toEqual(['$schema', 'code.100', 'code.302', 'extra']);
    expect(Object.keys(JSON.parse(text)['code.302'])).toEqual(['title', 'message', 'messageWithProvider', 'sourceHash', 'note']);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "code.100": {\n    "title": "t",');
  });
});

describe('applyExchange', () => {
  it('changes nothing for a document exported unchanged', () => {
    expect(applied(exchangeDocument(en, fr, 'fr'))).toEqual({ ok: true, catalog: fr, changes: [], warnings: [] });
  });

  it('updates a translated field of a current key and keeps its sourceHash', () => {
    const result = applied(edited({ 'code.100:title': { target: 'Comptes à jour' } }));
    expect(result.catalog).toEqual({ ...fr, 'code.100': { ...fr['code.100'], title: 'Comptes à jour' } });
    expect(result.changes).toEqual([{ key: 'code.100', updated: ['title'], confirmed: false }]);
  });

  it('stamps the current hash on a stale key whose text was updated, even with the stale mark left on', () => {
    const result = applied(edited({ 'code.302:title': { target: 'Session terminée' } }));
    expect(result.catalog['code.302']).toEqual({ ...fr['code.302'], title: 'Session terminée', sourceHash: hash('code.302') });
  });

  it('stamps the current hash on a stale key confirmed by removing the stale mark, without changing its texts', () => {
    const result = applied(edited({ 'code.302:message': { stale: false } }));
    expect(result.catalog['code.302']).toEqual({ ...fr['code.302'], sourceHash: hash('code.302') });
    expect(result.changes).toEqual([{ key: 'code.302', updated: [], confirmed: true }]);
  });

  it('keeps a key stale when its translation was made from an English text that has changed since', () => {
    const result = applied(edited({ 'code.100:title': { source: 'Everything is up to date', target: 'Tout est à jour' } }));
    expect(result.catalog['code.100']).toMatchObject({ title: 'Tout est à jour' });
    expect((result.catalog['code.100'] as { sourceHash: string }).sourceHash).not.toBe(hash('code.100'));
    expect(result.warnings).toEqual([expect.stringMatching(/unit "code.100:title": the English text has changed/)]);
  });

  it('adds a translation for a key the locale did not have yet, with its hash', () => {
    const result = applied(edited({ 'action.reconnect:label': { target: 'Reconnecter' } }));
    expect(result.catalog['action.reconnect']).toEqual({ label: 'Reconnecter', sourceHash: hash('action.reconnect') });
  });

  it.each([
    ['an empty target', { target: '' }],
    ['no target', { target: undefined }],
  ])('changes nothing for %s', (_, change) => {
    expect(applied(edited({ 'code.100:title': change })).changes).toEqual([]);
  });

  it('takes a partial document: units left out are left as they are', () => {
    const doc = edited({ 'code.100:message': null, 'code.302:title': null, 'code.100:title': { target: 'OK' } });
    expect(applied(doc).changes).toEqual([{ key: 'code.100', updated: ['title'], confirmed: false }]);
  });

  const extra = (unit: Partial<ExchangeUnit>): ExchangeDocument => {
    const doc = exchangeDocument(en, fr, 'fr');
    return { ...doc, units: [...doc.units, { id: 'x', source: '', notes: [], stale: false, ...unit }] };
  };
  it.each<[string, ExchangeDocument, RegExp]>([
    ['a path as locale tag', exchangeDocument(en, fr, '../../etc/passwd'), /locale tag "..\/..\/etc\/passwd" is not a locale tag/],
    ['no locale tag', exchangeDocument(en, fr, ''), /locale tag "" is not a locale tag/],
    ['the source locale', exchangeDocument(en, fr, 'en'), /the file's locale is "en", the source locale/],
    ['another source locale', { ...exchangeDocument(en, fr, 'fr'), sourceLocale: 'de' }, /source locale is "de"/],
    ['an unknown key', extra({ id: 'code.999:title', target: 'x' }), /unit "code.999:title": unknown key "code.999"/],
    [
      'an unknown field',
      extra({ id: 'code.100:subtitle', target: 'x' }),
      /unit "code.100:subtitle": expected an id of the form <key>:<field>/,
    ],
    [
      'a field English does not have',
      extra({ id: 'code.100:titleWithProvider', target: 'x' }),
      /the English entry "code.100" has no titleWithProvider/,
    ],
    ['an id without a field', extra({ id: 'code.100', target: 'x' }), /unit "code.100": expected an id/],
    ['a unit twice', extra({ id: 'code.100:title', target: 'x' }), /unit "code.100:title": appears twice/],
    [
      'invalid ICU',
      edited({ 'code.302:messageWithProvider': { target: 'Chez {provider.' } }),
      /not valid ICU MessageFormat \(.+ at character 6\)/,
    ],
    [
      'a lost placeholder',
      edited({ 'code.302:messageWithProvider': { target: 'Réessayez.' } }),
      /has no placeholder where the English source has \{provider\}/,
    ],
    [
      'a renamed placeholder',
      edited({ 'code.302:messageWithProvider': { target: 'Chez {banque}.' } }),
      /has \{banque\} where the English source has \{provider\}/,
    ],
    [
      'an added placeholder',
      edited({ 'code.100:title': { target: '{provider} à jour' } }),
      /unit "code.100:title": the translation has \{provider\} where the English source has no placeholder/,
    ],
    [
      'a select without other',
      edited({ 'code.302:messageWithProvider': { target: '{provider, select, ING {ING}}' } }),
      /MISSING_OTHER_CLAUSE/,
    ],
  ])('refuses %s, naming the problem', (_, doc, problem) => {
    const result = applyExchange(en, fr, doc);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems).toContainEqual(expect.stringMatching(problem));
  });

  it('reports every problem of a file at once', () => {
    const doc = edited({ 'code.100:title': { target: '{x}' }, 'code.100:message': { target: '{y' } }, fr, '');
    expect(applyExchange(en, fr, doc)).toMatchObject({ ok: false, problems: { length: 3 } });
  });
});

describe('placeholdersOf', () => {
  it.each([
    ['No placeholder', []],
    ['Log in to {provider}', ['provider']],
    ['{provider} and {provider} and {a}', ['a', 'provider']],
    ["{provider, select, ING {It''s {name}} other {Bank}}", ['name', 'provider']],
    ["'{provider}' is quoted", []],
  ])('finds the placeholders of %j', (message, names) => expect(placeholdersOf(message)).toEqual(names));
});

describe('detectFormat', () => {
  it.each([
    ['fr.xlf', '', 'xliff'],
    ['fr.XLIFF', '', 'xliff'],
    ['fr.po', '', 'po'],
    ['messages.pot', '', 'po'],
    ['download', '\uFEFF<?xml version="1.0"?><xliff/>', 'xliff'],
    ['download.txt', '# French\nmsgid ""', 'po'],
    ['download', 'msgctxt "a"\nmsgid "b"', 'po'],
  ])('reads %s as %s', (file, text, format) => expect(detectFormat(file, text)).toBe(format));

  it('refuses a file it cannot tell, saying how to name it', () => {
    expect(() => detectFormat('fr.json', '{}')).toThrow(errorWith(/name it .xlf \(XLIFF 2.0\) or .po \(gettext\)/));
  });
});
