import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  formatProblems,
  type LintOptions,
  type LintProblem,
  lintLocales,
  lintRules,
  type RuleName,
} from '../../../src/toolkit/lint/lint.js';
import { runCli } from '../../support/cli.js';

type Catalog = Record<string, Record<string, string | number>>;
type Files = Record<string, string | Uint8Array>;

const shipped = (tag: string) => readFileSync(new URL(`../../../locales/${tag}.json`, import.meta.url), 'utf8');
const en = shipped('en');
const fr = shipped('fr');
const pl = shipped('pl');
const fixture = (name: string) => new URL(`fixtures/${name}/`, import.meta.url).pathname;

/** Replaces one occurrence of `from`; fails loudly when the text does not contain it, so a case cannot silently pass. */
const edit = (text: string, from: string, to: string) => {
  if (!text.includes(from)) throw new Error(`test setup: ${JSON.stringify(from)} not found`);
  return text.replace(from, to);
};
const change = (text: string, update: (catalog: Catalog) => void) => {
  const catalog = JSON.parse(text) as Catalog;
  update(catalog);
  return `${JSON.stringify(catalog, null, 2)}\n`;
};
const entry = (catalog: Catalog, key: string) => catalog[key] as Record<string, string | number>;

const writeDir = (files: Files) => {
  const dir = mkdtempSync(join(tmpdir(), 'lint-test-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
};
const lintFiles = (files: Files, options?: LintOptions) => {
  const dir = writeDir(files);
  return { dir, problems: lintLocales(dir, options) };
};

/** Line and column of the `nth` occurrence of `needle` in `text`. */
const positionOf = (text: string, needle: string, nth = 0) => {
  let offset = -1;
  for (let i = 0; i <= nth; i++) {
    offset = text.indexOf(needle, offset + 1);
    if (offset < 0) throw new Error(`test setup: ${JSON.stringify(needle)} #${nth} not found`);
  }
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1) as string).length + 1 };
};

const withPluralEnglish = change(en, (catalog) => {
  entry(catalog, 'status.pending').message = 'You have {count, plural, one {# account} other {# accounts}} to update.';
});
const withSelectEnglish = change(en, (catalog) => {
  entry(catalog, 'status.finished').messageWithProvider =
    '{provider, select, ING {Your ING accounts are up to date.} other {Your accounts at {provider} are up to date.}}';
});
const polishPlural = (branches: string) =>
  change(pl, (catalog) => {
    entry(catalog, 'status.pending').message = `{count, plural, ${branches}} do aktualizacji.`;
  });

interface FailingCase {
  readonly rule: RuleName;
  readonly name: string;
  readonly files: Files;
  /** The file (name) and text whose position the problem must point at. */
  readonly at?: readonly [file: string, needle: string, nth?: number];
  readonly file?: string;
  readonly message: RegExp;
  readonly hint?: RegExp;
  readonly severity?: 'error' | 'warning';
}

const unescapedQuote = edit(fr, '"title": "Vos comptes sont à jour"', '"title": "Vos comptes sont "à jour""');
const duplicated = edit(fr, '"status.pending": {', '"status.pending": { "title": "x", "message": "y" },\n  "status.pending": {');
const userCatalog = { 'en.json': readFileSync(join(fixture('user-catalog'), 'en.json'), 'utf8') };
const userTranslation = readFileSync(join(fixture('user-catalog'), 'ja.json'), 'utf8');

const failing: FailingCase[] = [
  {
    rule: 'invalid-json',
    name: 'a double quote inside a text',
    files: { 'en.json': en, 'fr.json': unescapedQuote },
    at: ['fr.json', 'à jour""'],
    message: /expected "," or "}" after the value of "title", found "à"/,
    hint: /write it as \\"/,
  },
  {
    rule: 'invalid-json',
    name: 'a trailing comma in a user catalog',
    files: { ...userCatalog, 'ja.json': edit(userTranslation, '"sourceHash": "3b004bdf"\n', '"sourceHash": "3b004bdf",\n') },
    at: ['ja.json', '},\n  "action'],
    message: /a comma before "}"/,
    hint: /remove the comma after the last entry/,
  },
  {
    rule: 'encoding',
    name: 'a byte order mark',
    files: { 'en.json': en, 'fr.json': `\uFEFF${fr}` },
    file: 'fr.json',
    message: /byte order mark/,
  },
  {
    rule: 'encoding',
    name: 'bytes that are not UTF-8 (a Latin-1 "à")',
    files: {
      'en.json': en,
      'fr.json': Buffer.concat([
        Buffer.from(fr.slice(0, fr.indexOf('à jour'))),
        Buffer.from([0xe0]),
        Buffer.from(fr.slice(fr.indexOf('à jour') + 1)),
      ]),
    },
    file: 'fr.json',
    message: /not valid UTF-8/,
  },
  {
    rule: 'file-name',
    name: 'fr_FR.json',
    files: { 'en.json': en, 'fr_FR.json': fr },
    file: 'fr_FR.json',
    message: /fr_FR.json is not named after a locale tag/,
    hint: /rename it to fr-FR.json/,
    severity: 'warning',
  },
  { rule: 'missing-source', name: 'a folder without en.json', files: { 'fr.json': fr }, file: 'en.json', message: /no en.json in/ },
  {
    rule: 'missing-source',
    name: 'an en.json that is not valid JSON',
    files: { 'en.json': edit(en, '"status.pending": {', '"status.pending" {'), 'fr.json': fr },
    file: 'en.json',
    message: /cannot be read, so translations are only checked on their own/,
  },
  {
    rule: 'duplicate-key',
    name: 'a key written twice',
    files: { 'en.json': en, 'fr.json': duplicated },
    at: ['fr.json', '"status.pending"', 1],
    message: /"status.pending" appears twice; only this last one would be used/,
    hint: /on line 9/,
  },
  {
    rule: 'invalid-entry',
    name: 'an entry that is a text instead of an object',
    files: { 'en.json': en, 'fr.json': change(fr, (c) => Object.assign(c, { 'status.pending': 'La mise à jour va commencer' })) },
    at: ['fr.json', '"La mise à jour va commencer"'],
    message: /"status.pending" must be an object of texts/,
  },
  {
    rule: 'invalid-entry',
    name: 'a sourceHash that is a number',
    files: { 'en.json': en, 'fr.json': edit(fr, '"sourceHash": "5209c407"', '"sourceHash": 5209') },
    at: ['fr.json', '5209\n'],
    message: /status.pending.sourceHash must be 8 hexadecimal digits/,
    hint: /confirm --locale fr --key status.pending/,
  },
  {
    rule: 'missing-key',
    name: 'a translation without a key of en.json',
    files: { 'en.json': en, 'fr.json': change(fr, (c) => delete c['status.pending']) },
    at: ['fr.json', '"status.in_progress"'],
    message: /missing key "status.pending" \(English: "Update about to start"/,
    hint: /before "status.in_progress"/,
  },
  {
    rule: 'missing-key',
    name: 'an en.json without a catalog key',
    files: { 'en.json': change(en, (c) => delete c.unknown) },
    at: ['en.json', '"action.wait"'],
    message: /missing key "unknown"/,
  },
  {
    rule: 'extra-key',
    name: 'a misspelt key',
    files: { 'en.json': en, 'fr.json': edit(fr, '"status.cancelled"', '"status.canceled"') },
    at: ['fr.json', '"status.canceled"'],
    message: /unknown key "status.canceled": en.json has no such key/,
    hint: /did you mean "status.cancelled"\?/,
  },
  {
    rule: 'missing-field',
    name: 'a missing message',
    files: { 'en.json': en, 'fr.json': change(fr, (c) => delete entry(c, 'status.finished').message) },
    at: ['fr.json', '"status.finished"'],
    message: /status.finished has no message$/,
    hint: /the translation of "We’ve updated your accounts/,
  },
  {
    rule: 'extra-field',
    name: 'a titleWithProvider that English does not have',
    files: {
      'en.json': en,
      'fr.json': change(fr, (c) => {
        entry(c, 'status.pending').titleWithProvider = '{provider} va commencer';
      }),
    },
    at: ['fr.json', '"titleWithProvider": "{provider} va commencer"'],
    message: /status.pending.titleWithProvider is not in the English entry/,
  },
  {
    rule: 'extra-field',
    name: 'a translated field name',
    files: { 'en.json': en, 'fr.json': edit(fr, '"title": "Mise à jour annulée"', '"titre": "Mise à jour annulée"') },
    at: ['fr.json', '"titre"'],
    message: /status.cancelled: unknown field "titre"/,
    hint: /did you mean "title"\?/,
  },
  {
    rule: 'extra-field',
    name: 'a description in a translation',
    files: {
      'en.json': en,
      'fr.json': change(fr, (c) => {
        entry(c, 'status.pending').description = 'note';
      }),
    },
    at: ['fr.json', '"description"'],
    message: /descriptions belong in en.json only/,
    severity: 'warning',
  },
  {
    rule: 'icu-syntax',
    name: 'an unclosed placeholder',
    files: { 'en.json': en, 'fr.json': edit(fr, 'informations transmises par {provider}.', 'informations transmises par {provider') },
    at: ['fr.json', '{provider"'],
    message: /status.finished.messageWithProvider: a placeholder is not closed/,
    hint: /quote it: '\{'/,
  },
  {
    rule: 'icu-syntax',
    name: 'a plural without other, after an escaped quote',
    files: { 'en.json': en, 'fr.json': edit(fr, '"title": "Mise à jour annulée"', '"title": "\\"Annulée\\" {n, plural, one {x}}"') },
    // FormatJS points where the branches end, which is where "other" goes.
    at: ['fr.json', '}"', 0],
    message: /has no "other" branch/,
  },
  {
    rule: 'placeholders',
    name: 'a translated placeholder name',
    files: { 'en.json': en, 'fr.json': edit(fr, 'informations transmises par {provider}.', 'informations transmises par {fournisseur}.') },
    at: ['fr.json', '{fournisseur}'],
    message: /placeholder \{fournisseur\} is not in the English text \(which has \{provider\}\)/,
    hint: /placeholders are not translated: write \{provider\} exactly as in English/,
  },
  {
    rule: 'placeholders',
    name: 'a dropped placeholder',
    files: { 'en.json': en, 'fr.json': edit(fr, 'informations transmises par {provider}.', 'informations transmises par votre banque.') },
    at: ['fr.json', '"Vos comptes ont été mis à jour avec les dernières informations transmises'],
    message: /status.finished.messageWithProvider: placeholder \{provider\} is missing/,
  },
  {
    rule: 'placeholders',
    name: '{provider} in an English title shown without a provider',
    files: { 'en.json': edit(en, '"title": "Update about to start"', '"title": "{provider} update about to start"') },
    at: ['en.json', '{provider} update'],
    message: /status.pending.title uses \{provider\}, but title is shown when the bank's name is unknown/,
  },
  {
    rule: 'plural-branches',
    name: "a Polish plural without the category 'many'",
    files: { 'en.json': withPluralEnglish, 'pl.json': polishPlural('one {# konto} few {# konta} other {# konta}') },
    at: ['pl.json', '{count, plural'],
    message: /lacks many \(the plural categories of pl are few, many, one, other\)/,
  },
  {
    rule: 'plural-branches',
    name: "a Polish plural with 'two', which Polish never uses",
    files: {
      'en.json': withPluralEnglish,
      'pl.json': polishPlural('one {# konto} two {# konta} few {# konta} many {# kont} other {# konta}'),
    },
    at: ['pl.json', '{count, plural'],
    message: /has two, never chosen in pl/,
    severity: 'warning',
  },
  {
    rule: 'select-branches',
    name: 'a select without a branch of the English select',
    files: {
      'en.json': withSelectEnglish,
      'fr.json': change(fr, (c) => {
        entry(c, 'status.finished').messageWithProvider = '{provider, select, other {Vos comptes chez {provider} sont à jour.}}';
      }),
    },
    at: ['fr.json', '{provider, select'],
    message: /\{provider, select\} lacks the branch ING of the English text/,
  },
  {
    rule: 'empty',
    name: 'a title of spaces',
    files: { 'en.json': en, 'fr.json': edit(fr, '"title": "Mise à jour annulée"', '"title": "  "') },
    at: ['fr.json', '"  "'],
    message: /status.cancelled.title is empty/,
    hint: /translate the English text: "Update cancelled"/,
  },
  {
    rule: 'identical-to-source',
    name: 'an untranslated title',
    files: { 'en.json': en, 'fr.json': edit(fr, '"title": "Mise à jour annulée"', '"title": "Update cancelled"') },
    at: ['fr.json', '"Update cancelled"'],
    message: /status.cancelled.title is the English text unchanged/,
    severity: 'warning',
  },
  {
    rule: 'max-length',
    name: 'an English title of 41 characters',
    files: { 'en.json': edit(en, '"title": "Update cancelled"', `"title": "${'é'.repeat(41)}"`) },
    at: ['en.json', `"${'é'.repeat(41)}"`],
    message: /status.cancelled.title is 41 characters long, over the limit of 40 for a title/,
  },
  {
    rule: 'max-length',
    name: 'an English titleWithProvider of 41 characters with {provider} counted as 10',
    files: {
      'en.json': edit(en, '"titleWithProvider": "{provider} is unavailable"', `"titleWithProvider": "{provider}${'x'.repeat(31)}"`),
    },
    at: ['en.json', '"{provider}xxx'],
    message: /status.unavailable.titleWithProvider is 41 characters long, over the limit of 40 for a title \(\{provider\} counted as 10\)/,
  },
  {
    rule: 'max-length',
    name: 'a French title of 41 characters, an error as in English',
    files: { 'en.json': en, 'fr.json': edit(fr, '"title": "Mise à jour annulée"', `"title": "${'a'.repeat(41)}"`) },
    at: ['fr.json', `"${'a'.repeat(41)}"`],
    message: /status.cancelled.title is 41 characters long, over the limit of 40 for a title/,
    severity: 'error',
  },
  {
    rule: 'max-length',
    name: 'an English button label of 25 characters',
    files: { 'en.json': edit(en, '"label": "Check progress"', `"label": "${'R'.repeat(25)}"`) },
    at: ['en.json', `"${'R'.repeat(25)}"`],
    message: /action.wait.label is 25 characters long, over the limit of 24 for a button label/,
  },
  {
    rule: 'max-length',
    name: 'a Greek button label of 25 graphemes, each a letter and a combining accent',
    files: {
      'en.json': en,
      'el.json': change(shipped('el'), (c) => {
        entry(c, 'action.wait').label = 'ά'.normalize('NFD').repeat(25);
      }),
    },
    at: ['el.json', `"${'ά'.normalize('NFD').repeat(25)}"`],
    message: /action.wait.label is 25 characters long, over the limit of 24 for a button label/,
    severity: 'error',
  },
  {
    rule: 'provider-after-bank',
    name: 'a Polish "Bank {provider}" at the start of a sentence',
    files: {
      'en.json': en,
      'pl.json': change(pl, (c) => {
        entry(c, 'code.201').messageWithProvider = 'Bank {provider} nie akceptuje podanych danych logowania.';
      }),
    },
    at: ['pl.json', '{provider} nie akceptuje'],
    message: /code.201.messageWithProvider: "Bank \{provider\}" puts the word for bank before the name/,
  },
  {
    rule: 'provider-after-bank',
    name: 'a Czech declined "banky „{provider}“" inside quotes',
    files: {
      'en.json': en,
      'cs.json': change(shipped('cs'), (c) => {
        entry(c, 'code.201').messageWithProvider = 'Přihlašovací údaje nebyly přijaty na straně banky „{provider}“.';
      }),
    },
    at: ['cs.json', '{provider}“'],
    message: /code.201.messageWithProvider: "banky \{provider\}"/,
  },
  {
    rule: 'provider-after-bank',
    name: 'a Greek "η τράπεζα {provider}"',
    files: {
      'en.json': en,
      'el.json': change(shipped('el'), (c) => {
        entry(c, 'code.201').messageWithProvider = 'Η τράπεζα {provider} δεν δέχεται τα στοιχεία σύνδεσης.';
      }),
    },
    at: ['el.json', '{provider} δεν δέχεται τα στοιχεία σύνδεσης.'],
    message: /"τράπεζα \{provider\}"/,
  },
  {
    rule: 'provider-after-bank',
    name: 'an English "your bank {provider}"',
    files: {
      'en.json': edit(en, '"titleWithProvider": "{provider} is unavailable"', '"titleWithProvider": "Bank {provider} is unavailable"'),
    },
    at: ['en.json', '{provider} is unavailable'],
    message: /status.unavailable.titleWithProvider: "Bank \{provider\}"/,
  },
  {
    rule: 'stale',
    name: 'a translation of an older English text',
    files: { 'en.json': edit(en, '"title": "Update cancelled"', '"title": "Update stopped"'), 'fr.json': fr },
    at: ['fr.json', '"803333af"'],
    message: /status.cancelled was translated from an older English text \(sourceHash 803333af, current [0-9a-f]{8}\)/,
    hint: /confirm --locale fr --key status.cancelled/,
    severity: 'warning',
  },
  {
    rule: 'stale',
    name: 'a translation without sourceHash',
    files: { 'en.json': en, 'fr.json': change(fr, (c) => delete entry(c, 'status.cancelled').sourceHash) },
    at: ['fr.json', '"status.cancelled"'],
    message: /status.cancelled has no sourceHash/,
    severity: 'warning',
  },
  {
    rule: 'missing-description',
    name: 'an English entry without description',
    files: { 'en.json': change(en, (c) => delete entry(c, 'status.pending').description) },
    at: ['en.json', '"status.pending"'],
    message: /status.pending has no description/,
    severity: 'warning',
  },
];

const passing: { rule: RuleName; name: string; files: Files }[] = [
  {
    rule: 'invalid-json',
    name: 'escaped and typographic quotes in a text',
    files: { 'en.json': en, 'fr.json': edit(fr, '"title": "Vos comptes sont à jour"', '"title": "Vos comptes sont \\"à jour\\" « ici »"') },
  },
  { rule: 'invalid-json', name: 'the user catalog fixture', files: { ...userCatalog, 'ja.json': userTranslation } },
  { rule: 'encoding', name: 'UTF-8 without BOM, accents included', files: { 'en.json': en, 'fr.json': fr } },
  { rule: 'file-name', name: 'pt-BR.json and schema.json', files: { 'en.json': en, 'pt-BR.json': shipped('pt'), 'schema.json': '{}' } },
  { rule: 'missing-source', name: 'a folder with en.json', files: { 'en.json': en, 'fr.json': fr } },
  { rule: 'duplicate-key', name: 'the same field name in every entry', files: { 'en.json': en, 'fr.json': fr } },
  { rule: 'invalid-entry', name: 'entries of texts with a sourceHash', files: { 'en.json': en, 'fr.json': fr } },
  {
    rule: 'missing-key',
    name: 'every key, in another order',
    files: { 'en.json': en, 'fr.json': `${JSON.stringify(Object.fromEntries(Object.entries(JSON.parse(fr)).reverse()), null, 2)}\n` },
  },
  { rule: 'extra-key', name: 'a $schema key', files: { 'en.json': en, 'fr.json': fr } },
  { rule: 'missing-field', name: 'no messageWithProvider where English has none', files: { 'en.json': en, 'fr.json': fr } },
  {
    rule: 'missing-field',
    name: 'a translation that leaves a provider variant out (its generic text is shown)',
    files: { 'en.json': en, 'fr.json': change(fr, (c) => delete entry(c, 'status.finished').messageWithProvider) },
  },
  { rule: 'extra-field', name: 'descriptions in en.json and sourceHash in translations', files: { 'en.json': en, 'fr.json': fr } },
  {
    rule: 'icu-syntax',
    name: 'braces quoted as text',
    files: { 'en.json': en, 'fr.json': edit(fr, '"title": "Mise à jour annulée"', `"title": "Mise à jour '{'annulée'}'"`) },
  },
  {
    rule: 'placeholders',
    name: '{provider} moved within the sentence, and written with spaces',
    files: {
      'en.json': en,
      'fr.json': edit(
        fr,
        'Vos comptes ont été mis à jour avec les dernières informations transmises par {provider}.',
        '{ provider } a transmis les dernières informations de vos comptes.',
      ),
    },
  },
  {
    rule: 'plural-branches',
    name: 'a Polish plural with one, few, many, other and an exact =0',
    files: {
      'en.json': withPluralEnglish,
      'pl.json': polishPlural('=0 {żadnego konta} one {# konto} few {# konta} many {# kont} other {# konta}'),
    },
  },
  {
    rule: 'select-branches',
    name: 'a select with every English branch',
    files: {
      'en.json': withSelectEnglish,
      'fr.json': change(fr, (c) => {
        entry(c, 'status.finished').messageWithProvider =
          '{provider, select, ING {Vos comptes ING sont à jour.} other {Vos comptes chez {provider} sont à jour.}}';
      }),
    },
  },
  { rule: 'empty', name: 'texts with words', files: { 'en.json': en, 'fr.json': fr } },
  { rule: 'identical-to-source', name: 'en-GB with the English texts', files: { 'en.json': en, 'en-GB.json': en } },
  {
    rule: 'max-length',
    name: 'titles exactly at the limits (40 in English and French, 30 + {provider} in English)',
    files: {
      'en.json': edit(
        edit(en, '"title": "Update cancelled"', `"title": "${'é'.repeat(40)}"`),
        '"titleWithProvider": "{provider} is unavailable"',
        `"titleWithProvider": "{provider}${'x'.repeat(30)}"`,
      ),
      'fr.json': edit(fr, '"title": "Mise à jour annulée"', `"title": "${'a'.repeat(40)}"`),
    },
  },
  {
    rule: 'provider-after-bank',
    name: 'the name alone as the subject, and the word for bank elsewhere in the sentence',
    files: {
      'en.json': en,
      'pl.json': change(pl, (c) => {
        entry(c, 'code.201').messageWithProvider = '{provider} nie akceptuje danych logowania. Sprawdź je na stronie banku.';
        entry(c, 'status.unavailable').messageWithProvider = 'Nie możemy połączyć się z serwisem {provider}. Bank jest niedostępny.';
      }),
    },
  },
  {
    rule: 'provider-after-bank',
    name: 'the word for bank a few words before the name ("w aplikacji banku lub w serwisie {provider}")',
    files: {
      'en.json': en,
      'pl.json': change(pl, (c) => {
        entry(c, 'code.202').messageWithProvider = 'Zaloguj się w aplikacji banku lub w serwisie {provider} i spróbuj ponownie.';
      }),
    },
  },
  { rule: 'stale', name: 'translations stamped with the current English hash', files: { 'en.json': en, 'fr.json': fr } },
  { rule: 'missing-description', name: 'every English entry described', files: { 'en.json': en } },
];

const relativeProblems = (dir: string, problems: LintProblem[]) =>
  problems.map((problem) => ({ ...problem, file: problem.file.slice(dir.length + 1) }));

describe('lintLocales', () => {
  it.each(failing)('reports $rule for $name', ({ rule, files, at, file, message, hint, severity }) => {
    const { dir, problems } = lintFiles(files);
    const matching = relativeProblems(dir, problems).filter((problem) => problem.rule === rule && message.test(problem.message));
    expect(matching, formatProblems(problems)).toHaveLength(1);
    const [problem] = matching as [LintProblem];
    expect(problem.severity).toBe(severity ?? 'error');
    if (hint) expect(problem.hint).toMatch(hint);
    expect(problem.hint.length).toBeGreaterThan(0);
    if (at) {
      const [name, needle, nth] = at;
      const text = files[name] as string;
      expect({ file: problem.file, line: problem.line, column: problem.column }).toEqual({ file: name, ...positionOf(text, needle, nth) });
    } else if (file) {
      expect(problem.file).toBe(file);
    } else {
      expect.unreachable('test setup: a failing case says where its problem is reported, with `at` or `file`');
    }
  });

  it.each(passing)('does not report $rule for $name', ({ rule, files }) => {
    const { problems } = lintFiles(files);
    expect(problems.filter((problem) => problem.rule === rule)).toEqual([]);
  });

  it('finds nothing at all in a clean user catalog (fixture), given its own keys', () => {
    expect(lintLocales(fixture('user-catalog'), { keys: null })).toEqual([]);
  });

  it('lints a misnamed file (fixture) only to say so', () => {
    const problems = lintLocales(fixture('misnamed-file'), { keys: null });
    expect(problems.map(({ rule, severity, line, column, hint }) => ({ rule, severity, line, column, hint }))).toEqual([
      { rule: 'file-name', severity: 'warning', line: 1, column: 1, hint: 'rename it to ja-JP.json' },
    ]);
  });

  it('checks the catalog keys in en.json unless told to accept its own', () => {
    const problems = lintLocales(fixture('user-catalog'));
    expect(problems.filter((problem) => problem.rule === 'missing-key')).toHaveLength(42);
  });

  it('keeps checking a translation on its own when en.json is missing', () => {
    const { problems } = lintFiles({ 'fr.json': edit(fr, '{provider}.', '{provider.') });
    expect(problems.map((problem) => problem.rule).sort()).toEqual(['icu-syntax', 'missing-source']);
  });

  it('turns rules off or changes their severity', () => {
    const files = { 'en.json': en, 'fr.json': edit(fr, '"title": "Mise à jour annulée"', '"title": "Update cancelled"') };
    expect(lintFiles(files, { rules: { 'identical-to-source': 'off' } }).problems).toEqual([]);
    expect(lintFiles(files, { rules: { 'identical-to-source': 'error' } }).problems.map((p) => p.severity)).toEqual(['error']);
  });

  it('uses the given length limits', () => {
    const { problems } = lintFiles({ 'en.json': en }, { limits: { label: { source: 5, translation: 8 } } });
    expect(problems.every((problem) => problem.rule === 'max-length')).toBe(true);
    expect(problems.length).toBeGreaterThan(5);
  });

  it('sorts problems by file, the source first, then by line and column', () => {
    const files = {
      'en.json': change(en, (c) => delete entry(c, 'status.pending').description),
      'de.json': change(shipped('de'), (c) => delete c.unknown),
      'fr.json': edit(edit(fr, '"title": "Mise à jour annulée"', '"title": "-"'), '"title": "Vos comptes sont à jour"', '"title": ""'),
    };
    const { dir, problems } = lintFiles({ ...files, 'fr.json': files['fr.json'].replace('"title": "-"', '"title": " "') });
    expect(relativeProblems(dir, problems).map(({ file, line, rule }) => `${file}:${line} ${rule}`)).toEqual([
      `en.json:${positionOf(files['en.json'], '"status.pending"').line} missing-description`,
      `de.json:${positionOf(files['de.json'], '"action.wait"').line} missing-key`,
      `fr.json:${positionOf(files['fr.json'], '"title": ""').line} empty`,
      `fr.json:${positionOf(files['fr.json'], '"title": "-"').line} empty`,
    ]);
  });
});

// One check of this file's own tables, not of lint: it keeps a new rule from going without tests.
describe('the cases above', () => {
  it('include a failing and a passing case for every lint rule', () => {
    const rules = Object.keys(lintRules) as RuleName[];
    expect({
      withoutFailingCase: rules.filter((rule) => !failing.some((c) => c.rule === rule)),
      withoutPassingCase: rules.filter((rule) => !passing.some((c) => c.rule === rule)),
    }).toEqual({ withoutFailingCase: [], withoutPassingCase: [] });
  });
});

describe('the README', () => {
  it('lists every lint rule in its "For translators" section', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('## For translators'), readme.indexOf('\n## ', readme.indexOf('## For translators') + 1));
    for (const rule of Object.keys(lintRules)) expect(section, rule).toContain(`\`${rule}\``);
  });
});

describe('the shipped locales', () => {
  it('have no lint errors and no warnings: nothing stale, nothing too long, no "bank {provider}"', () => {
    const problems = lintLocales(new URL('../../../locales/', import.meta.url).pathname);
    expect(problems, formatProblems(problems)).toEqual([]);
  });
});

const run = runCli;

describe('connection-status-i18n lint', () => {
  it('prints ESLint-like lines and a summary, and exits 1 on errors', async () => {
    const dir = writeDir({
      'en.json': en,
      'fr.json': edit(fr, 'informations transmises par {provider}.', 'informations transmises par {fournisseur}.'),
    });
    const result = await run('lint', dir);
    expect(result.code).toBe(1);
    const lines = result.out.split('\n');
    expect(lines[0]).toMatch(
      new RegExp(
        `^${join(dir, 'fr.json').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:6:\\d+  error  placeholders  status\\.finished\\.messageWithProvider: .+  \\(.+\\)$`,
      ),
    );
    expect(lines.at(-1)).toBe('✖ 1 problem (1 error, 0 warnings)');
  });

  it('exits 0 when there are only warnings', async () => {
    const dir = writeDir({ 'en.json': en, 'fr.json': edit(fr, '"title": "Mise à jour annulée"', '"title": "Update cancelled"') });
    const result = await run('lint', dir);
    expect(result.code).toBe(0);
    expect(result.out.split('\n').at(-1)).toBe('⚠ 1 problem (0 errors, 1 warning)');
  });

  it('prints JSON for CI with --format json', async () => {
    const dir = writeDir({ 'en.json': en, 'fr.json': unescapedQuote });
    const result = await run('lint', dir, '--format', 'json');
    expect(result.code).toBe(1);
    const report = JSON.parse(result.out) as { errors: number; warnings: number; problems: LintProblem[] };
    expect(report).toMatchObject({ errors: 1, warnings: 0 });
    expect(report.problems[0]).toMatchObject({
      file: join(dir, 'fr.json'),
      rule: 'invalid-json',
      severity: 'error',
      ...positionOf(unescapedQuote, 'à jour""'),
    });
  });

  it('prints a clean result for a clean folder', async () => {
    const dir = writeDir({ 'en.json': en, 'fr.json': fr, 'de.json': shipped('de') });
    const result = await run('lint', dir);
    expect(result).toEqual({ code: 0, out: '✔ no problems', err: '' });
  });

  it.each([
    [['lint', '/nonexistent/folder'], /no folder "\/nonexistent\/folder"/],
    [['lint', 'a', 'b'], /lint takes one folder/],
    [['lint', '--format', 'xml'], /--format must be text or json/],
  ])('refuses %j with a usage error', async (argv, message) => {
    const result = await run(...argv);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
  });
});
