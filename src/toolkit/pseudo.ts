/**
 * Pseudo-locales for testing layouts before any translation exists, as Android and Chromium generate them:
 * `en-XA` ("accented") shows every English text with accented letters, in brackets and about 35% longer, so
 * truncation, hard-coded strings and missing fonts stand out; `en-XB` ("bidi") shows it right to left, each word
 * forced RTL with RLO…PDF between RLMs, so mirroring bugs stand out while the text stays readable.
 * Only the ICU literal text is transformed: placeholders (`{provider}`), plural/select keys and tags stay intact.
 */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { printAST } from '@formatjs/icu-messageformat-parser/printer.js';
import { textFields } from '../runtime/format.js';
import { textsOf } from './coverage.js';
import { localeFile, readLocaleJson, writeFileAtomic } from './files.js';
import type { Io } from './io.js';
import { sourceHash } from './stale.js';
import { UsageError } from './usage-error.js';

export const pseudoLocales = ['en-XA', 'en-XB'] as const;
export type PseudoLocale = (typeof pseudoLocales)[number];

// Android's pseudolocalizer table, with Ŷ for Y.
const accents: Readonly<Record<string, string>> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter, index) => [
    letter,
    [...'àƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅβÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊŶŽ'][index] as string,
  ]),
);
const padding = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const RLM = '\u200F';
const RLO = '\u202E';
const PDF = '\u202C';
const rtl = (text: string) => `${RLM}${RLO}${text}${PDF}${RLM}`;

const literal = (value: string): MessageFormatElement => ({ type: TYPE.literal, value });

/** Maps every literal of a message, nested ones included; `argument` wraps arguments (for en-XB). */
const mapLiterals = (
  elements: readonly MessageFormatElement[],
  text: (value: string) => string,
  argument?: (element: MessageFormatElement) => MessageFormatElement[],
): MessageFormatElement[] =>
  elements.flatMap((element): MessageFormatElement[] => {
    switch (element.type) {
      case TYPE.literal:
        return [literal(text(element.value))];
      case TYPE.select:
      case TYPE.plural: {
        const options = Object.fromEntries(
          Object.entries(element.options).map(([name, option]) => [name, { ...option, value: mapLiterals(option.value, text, argument) }]),
        );
        return argument ? argument({ ...element, options }) : [{ ...element, options }];
      }
      case TYPE.tag:
        return [{ ...element, children: mapLiterals(element.children, text, argument) }];
      case TYPE.pound:
        return [element];
      default:
        return argument ? argument(element) : [element];
    }
  });

/** The longest literal text a message shows, in code points: what the padding is measured against. */
const literalLength = (elements: readonly MessageFormatElement[]): number =>
  elements.reduce(
    (sum, element) =>
      sum +
      (element.type === TYPE.literal
        ? [...element.value].length
        : element.type === TYPE.select || element.type === TYPE.plural
          ? Math.max(0, ...Object.values(element.options).map((option) => literalLength(option.value)))
          : element.type === TYPE.tag
            ? literalLength(element.children)
            : 0),
    0,
  );

/**
 * Pseudo-localizes one ICU message. Throws (FormatJS' syntax error) when `message` is not valid ICU.
 *
 * @example
 * ```ts
 * pseudoLocalize('Your accounts are up to date', 'en-XA'); // '[Ŷöûŕ àççöûñţš àŕé ûþ ţö ðàţé one two three]'
 * pseudoLocalize('{provider} is unavailable', 'en-XA'); // '[{provider} îš ûñàṽàîļàƀļé one two]'
 * pseudoLocalize('Try again', 'en-XB'); // each word between U+200F U+202E … U+202C U+200F
 * ```
 */
export const pseudoLocalize = (message: string, locale: PseudoLocale): string => {
  const elements = parse(message, { requiresOtherClause: true });
  if (locale === 'en-XB') {
    return printAST(
      mapLiterals(
        elements,
        (value) => value.replace(/\S+/gu, rtl),
        (element) => [literal(`${RLM}${RLO}`), element, literal(`${PDF}${RLM}`)],
      ),
    );
  }
  const length = literalLength(elements);
  // ~35% longer than the English text, brackets included; words rather than filler so the length reads at a glance.
  const target = Math.ceil(length * 1.35) - 2 - length;
  const words: string[] = [];
  for (let used = 0; used < target; ) {
    const word = padding[words.length % padding.length] as string;
    // Stop at the length nearest the target: short titles would otherwise grow by half.
    if (used + word.length + 1 - target > target - used) break;
    words.push(word);
    used += word.length + 1;
  }
  const accented = mapLiterals(elements, (value) => [...value].map((c) => accents[c] ?? c).join(''));
  return printAST([literal('['), ...accented, literal(words.length ? ` ${words.join(' ')}]` : ']')]);
};

/** A pseudo-locale catalog: every text of the English entries transformed, stamped as up to date. */
export type PseudoCatalog = Record<string, Record<string, string>>;

/**
 * Builds a pseudo-locale catalog from an English catalog (as read from `en.json`; descriptions are dropped).
 *
 * @example
 * ```ts
 * const enXA = pseudoCatalog(JSON.parse(readFileSync('locales/en.json', 'utf8')), 'en-XA');
 * createStatusMessages({ compile: compileMessage, overrides: { 'en-XA': enXA } });
 * ```
 */
export const pseudoCatalog = (english: Readonly<Record<string, unknown>>, locale: PseudoLocale): PseudoCatalog => {
  const catalog: PseudoCatalog = {};
  for (const [key, entry] of Object.entries(english)) {
    if (key === '$schema') continue;
    const texts = textsOf(entry);
    const pseudo: Record<string, string> = {};
    for (const field of textFields) {
      const text = texts[field];
      if (text !== undefined) pseudo[field] = pseudoLocalize(text, locale);
    }
    pseudo.sourceHash = sourceHash(texts);
    catalog[key] = pseudo;
  }
  return catalog;
};

/**
 * Writes `en-XA.json` and `en-XB.json`, made from `<sourceDir>/en.json`, into `outDir` (created if needed);
 * returns the files written.
 *
 * @example
 * ```ts
 * writePseudoLocales('locales', 'pseudo-locales'); // ['pseudo-locales/en-XA.json', 'pseudo-locales/en-XB.json']
 * ```
 */
export const writePseudoLocales = (sourceDir: string, outDir: string, sourceLocale = 'en'): string[] => {
  const english = readLocaleJson(localeFile(sourceDir, sourceLocale)).value;
  mkdirSync(outDir, { recursive: true });
  // No "$schema": the files are generated, not edited, and without it they type as `overrides` when imported.
  return pseudoLocales.map((locale) => {
    const file = localeFile(outDir, locale);
    writeFileAtomic(file, `${JSON.stringify(pseudoCatalog(english, locale), null, 2)}\n`);
    return file;
  });
};

/** `pseudo [dir] [--out dir]`: never writes into the source folder unless `--out` names it. */
export const pseudoCommand = (args: string[], io: Io): number => {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { out: { type: 'string', default: 'pseudo-locales' }, source: { type: 'string', default: 'en' } },
  });
  if (positionals.length > 1) throw new UsageError(`pseudo takes one source folder, got ${positionals.length}: ${positionals.join(' ')}`);
  const dir = positionals[0] ?? 'locales';
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`no folder "${dir}": give the folder that holds en.json`);
  const files = writePseudoLocales(dir, values.out, values.source);
  io.out(`wrote ${files.join(', ')}`);
  return 0;
};
