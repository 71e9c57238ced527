import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { compileLocaleModule } from '../../src/build/codegen.js';
import { main } from '../../src/cli.js';
import { createStatusMessages } from '../../src/index.js';
import { lintLocales } from '../../src/toolkit/lint/index.js';
import { pseudoCatalog, pseudoLocalize, writePseudoLocales } from '../../src/toolkit/pseudo.js';
import { errorWith } from '../support/thrown.js';

const localesDir = new URL('../../locales/', import.meta.url).pathname;
const english = JSON.parse(readFileSync(join(localesDir, 'en.json'), 'utf8')) as Record<string, unknown>;
const englishTexts = Object.entries(english).flatMap(([key, entry]) =>
  key === '$schema'
    ? []
    : Object.entries(entry as Record<string, string>)
        .filter(([field]) => field !== 'description')
        .map(([field, text]) => ({ where: `${key}.${field}`, text })),
);
const render = (message: string, locale: string, provider = 'ING') =>
  String(new IntlMessageFormat(message, locale).format({ provider, count: 2 }));
const placeholders = (elements: readonly MessageFormatElement[]): string[] =>
  elements.flatMap((e) =>
    e.type === TYPE.argument
      ? [e.value]
      : e.type === TYPE.select || e.type === TYPE.plural
        ? [e.value, ...Object.values(e.options).flatMap((o) => placeholders(o.value))]
        : [],
  );
const controls = /[\u200F\u202E\u202C]/g;

describe('pseudoLocalize en-XA', () => {
  it.each([
    ['Your accounts are up to date', '[Ŷöûŕ àççöûñţš àŕé ûþ ţö ðàţé one two]'],
    ['{provider} is unavailable', '[{provider} îš ûñàṽàîļàƀļé one]'],
    ['Try again', '[Ţŕý àĝàîñ one]'],
    ['OK', '[ÖĶ]'],
    ["'{'not a placeholder'}'", "['{ñöţ à þļàçéĥöļðéŕ}' one]"],
  ])('turns %j into %j', (message, expected) => {
    expect(pseudoLocalize(message, 'en-XA')).toBe(expected);
  });

  it.each(englishTexts)('keeps the placeholders of $where, accents its letters and makes it ~35% longer', ({ text }) => {
    const pseudo = pseudoLocalize(text, 'en-XA');
    expect(placeholders(parse(pseudo))).toEqual(placeholders(parse(text)));
    const shown = render(pseudo, 'en');
    expect(shown.startsWith('[') && shown.endsWith(']')).toBe(true);
    // Only the padding words stay in plain ASCII letters.
    expect(shown.replaceAll('ING', '').replace(/ (one|two|three|four|five|six|seven|eight|nine|ten)\b/g, '')).not.toMatch(/[A-Za-z]/);
    // 35% longer, brackets included, to the nearest padding word (at most 5 letters and a space away).
    const length = (message: string) => [...render(message, 'en', '')].length;
    expect(Math.abs(length(pseudo) - 1.35 * length(text))).toBeLessThanOrEqual(4);
  });

  it('transforms the branches of plural and select, and keeps their keys and #', () => {
    const pseudo = pseudoLocalize(
      '{count, plural, one {# account} other {# accounts}} at {provider, select, ING {ING} other {your bank}}',
      'en-XA',
    );
    expect(render(pseudo, 'en')).toBe('[2 àççöûñţš àţ ÎÑĜ one two]');
    const [plural] = parse(pseudo).filter((e) => e.type === TYPE.plural);
    expect(plural?.type === TYPE.plural && Object.keys(plural.options)).toEqual(['one', 'other']);
  });

  it('throws on invalid ICU', () => {
    expect(() => pseudoLocalize('Hello {provider', 'en-XA')).toThrow(errorWith(/EXPECT_ARGUMENT_CLOSING_BRACE/));
  });
});

describe('pseudoLocalize en-XB', () => {
  it('forces every word right to left, placeholders included', () => {
    expect(pseudoLocalize('{provider} is unavailable', 'en-XB')).toBe(
      '\u200F\u202E{provider}\u202C\u200F \u200F\u202Eis\u202C\u200F \u200F\u202Eunavailable\u202C\u200F',
    );
  });

  it.each(englishTexts)('shows $where right to left, and reads as English once the controls are removed', ({ text }) => {
    const shown = render(pseudoLocalize(text, 'en-XB'), 'en');
    expect(shown.replace(controls, '')).toBe(render(text, 'en'));
    for (const word of shown.split(' ')) expect(word).toMatch(/^(\u200F\u202E[^\u200F\u202E\u202C]+\u202C\u200F)+$/u);
  });
});

describe('pseudoCatalog', () => {
  // That each sourceHash is the current English one is for lint to say: see writePseudoLocales below.
  it.each(['en-XA', 'en-XB'] as const)('makes %s with every English key and text field, and a sourceHash', (locale) => {
    const catalog = pseudoCatalog(english, locale);
    expect(Object.keys(catalog)).toEqual(Object.keys(english).filter((key) => key !== '$schema'));
    for (const [key, entry] of Object.entries(catalog)) {
      const fields = Object.keys(english[key] as object).filter((field) => field !== 'description');
      expect(Object.keys(entry), key).toEqual([...fields, 'sourceHash']);
      expect(entry.sourceHash, key).toMatch(/^[0-9a-f]{8}$/);
    }
  });

  it('compiles with the build step and works as overrides of an instance', () => {
    const catalog = pseudoCatalog(english, 'en-XA');
    expect(() => compileLocaleModule('en-XA', catalog, 'pseudo-locales/en-XA.json', '../format.js')).not.toThrow();
    const errors: unknown[] = [];
    const messages = createStatusMessages({ overrides: { 'en-XA': catalog }, defaultLocale: 'en-XA', onError: (e) => errors.push(e) });
    expect(messages.getStatusMessage(302, undefined, { provider: 'ING' })).toBe(
      render(catalog['code.302']?.messageWithProvider as string, 'en'),
    );
    expect(messages.describeStatus(201, 'en-XA', { reason: 'Bad Credentials' }).actionLabel).toBe('[Ûþðàţé ļöĝîñ ðéţàîļš one]');
    expect(errors).toEqual([]);
  });
});

describe('writePseudoLocales', () => {
  it('writes en-XA.json and en-XB.json into the out folder only, lint-clean against en.json: complete, valid and up to date', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'pseudo-test-')), 'nested', 'pseudo');
    const before = readdirSync(localesDir);
    expect(writePseudoLocales(localesDir, out)).toEqual([join(out, 'en-XA.json'), join(out, 'en-XB.json')]);
    expect(readdirSync(localesDir)).toEqual(before);
    expect(readdirSync(out)).toEqual(['en-XA.json', 'en-XB.json']);
    expect(JSON.parse(readFileSync(join(out, 'en-XA.json'), 'utf8'))).toEqual(pseudoCatalog(english, 'en-XA'));
    copyFileSync(join(localesDir, 'en.json'), join(out, 'en.json'));
    // Pseudo-locales run about 35% longer on purpose, to show what a long language does to a layout. Warnings
    // count: a sourceHash that is not the current English one is a warning (stale).
    expect(lintLocales(out, { rules: { 'max-length': 'off' } })).toEqual([]);
  });

  it('is run by `pseudo --out`', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'pseudo-test-')), 'out');
    const lines: string[] = [];
    const code = await main(['pseudo', localesDir, '--out', out], { out: (t) => lines.push(t), err: (t) => lines.push(t) });
    expect(code).toBe(0);
    expect(lines).toEqual([`wrote ${join(out, 'en-XA.json')}, ${join(out, 'en-XB.json')}`]);
    expect(existsSync(join(dirname(out), 'out', 'en-XB.json'))).toBe(true);
  });
});
