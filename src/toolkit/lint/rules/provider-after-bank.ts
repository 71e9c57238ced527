/**
 * No word for "bank" right before `{provider}`. A provider is a bank, a payment institution, a card issuer or a
 * broker, and many names already hold the word ("Bank Millennium", "Komerční banka", "Novo Banco", "Alpha Bank"), so
 * "bank {provider}" doubles the word for some names and is false for the others. The name must stand on its own. The
 * rule knows the word in each language, in any case form.
 */
import { type MessageFormatElement, TYPE } from '@formatjs/icu-messageformat-parser';
import { defineRule } from '../rule.js';

/**
 * Stems of the word for bank per language (the primary subtag); a stem matches any ending, so `bank` covers
 * "banky", "banku", "bankiem", "bankas". Languages not listed are checked with every stem, which is safe: no stem
 * is a common word on its own in another language.
 */
export const bankStems: Readonly<Record<string, readonly string[]>> = {
  bg: ['банк'],
  cs: ['bank'],
  da: ['bank'],
  de: ['bank'],
  el: ['τράπεζ', 'τραπεζ'],
  en: ['bank'],
  es: ['banco', 'banca'],
  et: ['pank'],
  fi: ['pank'],
  fr: ['banque'],
  ga: ['banc', 'bhanc', 'mbanc'],
  hr: ['bank'],
  hu: ['bank'],
  it: ['banca', 'banch'],
  lt: ['bank'],
  lv: ['bank'],
  mt: ['bank'],
  nb: ['bank'],
  nl: ['bank'],
  pl: ['bank'],
  pt: ['banco', 'banca'],
  ro: ['banc', 'bănc'],
  sk: ['bank'],
  sl: ['bank'],
  sv: ['bank'],
};

const allStems = [...new Set(Object.values(bankStems).flat())];

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A word of `stems` at the end of a text, before nothing but spaces and opening quotes. */
const wordAtEnd = (stems: readonly string[]) =>
  new RegExp(`(?<![\\p{L}\\p{M}])((?:${stems.map(escapeRegExp).join('|')})[\\p{L}\\p{M}]*)[\\s\\u00A0\\u202F„“”"«»‘’‚'(]*$`, 'iu');

const patterns = new Map<string, RegExp>();
const patternFor = (tag: string): RegExp => {
  const language = tag.split('-')[0]?.toLowerCase() ?? '';
  let pattern = patterns.get(language);
  if (!pattern) {
    pattern = wordAtEnd(bankStems[language] ?? allStems);
    patterns.set(language, pattern);
  }
  return pattern;
};

/** A word for bank written right before a `{provider}` placeholder, and where the placeholder starts. */
export interface BankBeforeProvider {
  readonly word: string;
  /** Offset of the `{provider}` placeholder in the message. */
  readonly offset: number;
}

/**
 * Finds each `{provider}` placeholder that directly follows the language's word for bank, nested branches included.
 *
 * @example
 * ```ts
 * bankBeforeProvider('pl', parse('Bank {provider} nie zaakceptował…'));
 * // [{ word: 'Bank', offset: 5 }]
 * bankBeforeProvider('pl', parse('{provider} nie akceptuje…')); // []
 * ```
 */
export const bankBeforeProvider = (tag: string, elements: readonly MessageFormatElement[]): BankBeforeProvider[] => {
  const pattern = patternFor(tag);
  const found: BankBeforeProvider[] = [];
  const visit = (list: readonly MessageFormatElement[]) => {
    list.forEach((element, index) => {
      if (element.type === TYPE.argument && element.value === 'provider') {
        const before = list[index - 1];
        const match = before?.type === TYPE.literal ? pattern.exec(before.value) : null;
        if (match?.[1]) found.push({ word: match[1], offset: element.location?.start.offset ?? 0 });
      } else if (element.type === TYPE.select || element.type === TYPE.plural) {
        for (const option of Object.values(element.options)) visit(option.value);
      } else if (element.type === TYPE.tag) {
        visit(element.children);
      }
    });
  };
  visit(elements);
  return found;
};

export const providerAfterBank = defineRule({
  name: 'provider-after-bank',
  severity: 'error',
  description:
    'The word for bank stands right before {provider} ("Bank {provider}"): it doubles in names that hold it and is false for non-banks.',
  text: ({ tag, where, elements, at }, report) => {
    for (const { word, offset } of bankBeforeProvider(tag, elements)) {
      report(
        at(offset),
        `${where}: "${word} {provider}" puts the word for bank before the name: names that hold the word repeat it, and payment institutions are called banks`,
        'let the name stand alone as the subject ("{provider} is asking…"), or use a noun true of any provider; where no sentence carries it, remove this field',
      );
    }
  },
});
