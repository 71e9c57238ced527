/**
 * `lint`: checks locale files the way translators write them, before they are compiled and shipped. Every problem
 * points at `file:line:column`, names a rule and says how to fix it, like ESLint. Translations are compared with
 * the source locale (`en.json`) of the same folder, so the linter works on any catalog folder, not only ours.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { catalogKeys } from '../../runtime/catalog.js';
import { isProviderVariant, type TextField, textFields } from '../../runtime/format.js';
import { assertLocaleTag, listLocaleFiles } from '../files.js';
import type { Io } from '../io.js';
import {
  type JsonMember,
  type JsonNode,
  type JsonObject,
  type JsonString,
  JsonSyntaxError,
  lineLocator,
  parseJsonSource,
} from '../json-source.js';
import { sourceHash } from '../stale.js';
import { UsageError } from '../usage-error.js';
import { bankBeforeProvider } from './provider-after-bank.js';

/** Every rule, with what it checks; the severity is the default one. */
export const lintRules = {
  'invalid-json': { severity: 'error', description: 'The file is not valid JSON (reported at the first syntax error).' },
  encoding: { severity: 'error', description: 'The file is not UTF-8, or starts with a byte order mark.' },
  'file-name': { severity: 'warning', description: 'A .json file whose name is not a locale tag, so it is not linted (e.g. fr_FR.json).' },
  'missing-source': {
    severity: 'error',
    description: 'The folder has no valid source locale file (en.json) to compare translations with.',
  },
  'duplicate-key': { severity: 'error', description: 'A key appears twice in the same object; only the last one would be used.' },
  'invalid-entry': { severity: 'error', description: 'An entry is not an object of texts, or a text or sourceHash is not a string.' },
  'missing-key': { severity: 'error', description: 'A key of the source locale (or, in en.json, of the catalog) is missing.' },
  'extra-key': { severity: 'error', description: 'A key that the source locale does not have (often a typo).' },
  'missing-field': { severity: 'error', description: 'A text field of the English entry (e.g. messageWithProvider) is missing.' },
  'extra-field': { severity: 'error', description: 'A field the English entry does not have, or that is not a locale field at all.' },
  'icu-syntax': {
    severity: 'error',
    description: 'The text is not valid ICU MessageFormat (unbalanced braces, a plural without other, …).',
  },
  placeholders: {
    severity: 'error',
    description: 'Placeholders such as {provider} differ from the English source (missing, added, renamed).',
  },
  'plural-branches': {
    severity: 'error',
    description: "A plural lacks a branch for one of the locale's CLDR plural categories (Intl.PluralRules).",
  },
  'select-branches': { severity: 'error', description: 'A select lacks a branch that the English select has.' },
  empty: { severity: 'error', description: 'A text is empty or only spaces.' },
  'identical-to-source': { severity: 'warning', description: 'A translation is the English text unchanged (probably not translated yet).' },
  'max-length': {
    severity: 'error',
    description: 'A title or button label is too long for a phone: over 40 / 24 user-perceived characters, in every locale.',
  },
  'provider-after-bank': {
    severity: 'error',
    description:
      'The word for bank stands right before {provider} ("Bank {provider}"): it doubles in names that hold it and is false for non-banks.',
  },
  stale: {
    severity: 'warning',
    description: 'The translation was made for an older English text (sourceHash missing or different from the current one).',
  },
  'missing-description': { severity: 'warning', description: 'An entry of the source locale has no description for translators.' },
} as const satisfies Record<string, { severity: ProblemSeverity; description: string }>;

export type RuleName = keyof typeof lintRules;
export type ProblemSeverity = 'error' | 'warning';

/** One problem found in a locale file. */
export interface LintProblem {
  /** The file as given: `dir` joined with the file name. */
  readonly file: string;
  /** 1-based line and column (UTF-16 code units) of the key, value or character at fault. */
  readonly line: number;
  readonly column: number;
  readonly rule: RuleName;
  readonly severity: ProblemSeverity;
  readonly message: string;
  /** How to fix it, for the person editing the file. */
  readonly hint: string;
}

/** Maximum lengths in user-perceived characters, with `{provider}` counted as `providerLength`. */
export interface LengthLimit {
  /** In the source locale. */
  readonly source: number;
  /** In translations: a phone's heading or button is no wider in another language. */
  readonly translation: number;
}

export interface LintOptions {
  /** The tag of the source locale, whose file (`<tag>.json`) every translation is compared with. Default `en`. */
  readonly sourceLocale?: string;
  /** The keys the source locale must hold; default: `catalogKeys`. `null` accepts the source's own keys. */
  readonly keys?: readonly string[] | null;
  /** Per-rule severity, or `off`, over the defaults of `lintRules`. */
  readonly rules?: Partial<Record<RuleName, ProblemSeverity | 'off'>>;
  /** Length limits for titles (`title`, `titleWithProvider`) and button labels (`label`). */
  readonly limits?: { readonly title?: LengthLimit; readonly label?: LengthLimit };
  /** How many characters `{provider}` counts for in a length (a typical bank name). Default 10. */
  readonly providerLength?: number;
}

export const defaultLimits = { title: { source: 40, translation: 40 }, label: { source: 24, translation: 24 } } as const;

const icuOptions = { requiresOtherClause: true, captureLocation: true } as const;
const allowedFields = new Set<string>([...textFields, 'description', 'sourceHash']);
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** What the ICU parser's error kinds mean for a translator. */
const icuErrors: Readonly<Record<string, { message: string; hint: string }>> = {
  EXPECT_ARGUMENT_CLOSING_BRACE: {
    message: 'a placeholder is not closed: "}" is missing',
    hint: "write placeholders as {provider}; to show a brace as text, quote it: '{'",
  },
  EMPTY_ARGUMENT: { message: 'empty placeholder "{}"', hint: "write {provider}, or quote a brace shown as text: '{'" },
  MALFORMED_ARGUMENT: {
    message: 'malformed placeholder',
    hint: "a placeholder is a name in braces, exactly as in English, e.g. {provider}; to show a brace as text, quote it: '{'",
  },
  MISSING_OTHER_CLAUSE: {
    message: 'a plural or select has no "other" branch',
    hint: 'add other {…}: it is used for every value without a branch of its own',
  },
  UNMATCHED_CLOSING_TAG: {
    message: 'a closing tag does not match the opening tag',
    hint: "close tags in order, or quote a '<' shown as text",
  },
  UNCLOSED_TAG: { message: 'a tag is opened but never closed', hint: "add the closing tag, or quote a '<' shown as text: '<'" },
  INVALID_TAG: { message: 'malformed tag', hint: "quote a '<' shown as text: '<'" },
  INVALID_TAG_NAME: { message: 'malformed tag name', hint: "quote a '<' shown as text: '<'" },
  DUPLICATE_PLURAL_ARGUMENT_SELECTOR: { message: 'a plural has the same branch twice', hint: 'keep one branch per category' },
  DUPLICATE_SELECT_ARGUMENT_SELECTOR: { message: 'a select has the same branch twice', hint: 'keep one branch per value' },
};

const describeIcuError = (kind: string) =>
  icuErrors[kind] ?? {
    message: `invalid ICU MessageFormat (${kind})`,
    hint: "compare with the English text: keep {…} placeholders as they are, and quote braces shown as text: '{'",
  };

/** A placeholder of a parsed message, and where it starts in the message. */
interface Placeholder {
  readonly name: string;
  readonly offset: number;
}

const placeholdersOf = (elements: readonly MessageFormatElement[]): Placeholder[] =>
  elements.flatMap((element): Placeholder[] => {
    const offset = element.location?.start.offset ?? 0;
    switch (element.type) {
      case TYPE.argument:
      case TYPE.number:
      case TYPE.date:
      case TYPE.time:
        return [{ name: `{${element.value}}`, offset }];
      case TYPE.select:
      case TYPE.plural:
        return [
          { name: `{${element.value}}`, offset },
          ...Object.values(element.options).flatMap((option) => placeholdersOf(option.value)),
        ];
      case TYPE.tag:
        return [{ name: `<${element.value}>`, offset }, ...placeholdersOf(element.children)];
      default:
        return [];
    }
  });

/** Every element of a message, nested ones included. */
const walk = (elements: readonly MessageFormatElement[]): MessageFormatElement[] =>
  elements.flatMap((element) => [
    element,
    ...(element.type === TYPE.select || element.type === TYPE.plural
      ? Object.values(element.options).flatMap((option) => walk(option.value))
      : element.type === TYPE.tag
        ? walk(element.children)
        : []),
  ]);

/** The longest text a message can show, in user-perceived characters; arguments count `argumentLength`. */
const displayLength = (elements: readonly MessageFormatElement[], argumentLength: number): number =>
  elements.reduce((sum, element) => {
    switch (element.type) {
      case TYPE.literal:
        return sum + [...graphemes.segment(element.value)].length;
      case TYPE.select:
      case TYPE.plural:
        return sum + Math.max(0, ...Object.values(element.options).map((option) => displayLength(option.value, argumentLength)));
      case TYPE.tag:
        return sum + displayLength(element.children, argumentLength);
      case TYPE.pound:
        return sum + 2;
      default:
        return sum + argumentLength;
    }
  }, 0);

/** The literal text of a message, for "has it been translated" comparisons. */
const hasLetters = (elements: readonly MessageFormatElement[]): boolean =>
  walk(elements).some((element) => element.type === TYPE.literal && /\p{L}/u.test(element.value));

const levenshtein = (a: string, b: string): number => {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length] as number;
};

/** The closest of `candidates` to `name`, when close enough to be a typo. */
const closest = (name: string, candidates: Iterable<string>): string | undefined => {
  let best: string | undefined;
  let bestDistance = Math.max(3, Math.floor(name.length / 4)) + 1;
  for (const candidate of candidates) {
    const distance = levenshtein(name.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
};

const quoteText = (text: string, max = 60) => JSON.stringify(text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** One English entry, as translations are compared with it. */
interface SourceEntry {
  readonly texts: ReadonlyMap<TextField, string>;
  /** The parsed texts; absent for a text with an ICU error (reported in en.json itself). */
  readonly parsed: ReadonlyMap<TextField, MessageFormatElement[]>;
  readonly hash: string;
}
type Source = ReadonlyMap<string, SourceEntry>;

/** The last member of each key: the one `JSON.parse` keeps. */
const lastMembers = (object: JsonObject): Map<string, JsonMember> => new Map(object.members.map((member) => [member.key, member]));

interface FileLint {
  readonly file: string;
  readonly tag: string;
  readonly sourceTag: string;
  readonly isSource: boolean;
  readonly lineOf: (offset: number) => number;
  readonly report: (offset: number, rule: RuleName, message: string, hint: string, severity?: ProblemSeverity) => void;
}

const tryParseIcu = (
  lint: FileLint,
  node: JsonString,
  where: string,
): { elements: MessageFormatElement[]; error?: undefined } | { error: true } => {
  try {
    return { elements: parse(node.value, icuOptions) };
  } catch (error) {
    const kind = error instanceof Error ? error.message : String(error);
    const offset = (error as { location?: { start?: { offset?: number } } }).location?.start?.offset ?? 0;
    const { message, hint } = describeIcuError(kind);
    lint.report(node.offsets[Math.min(offset, node.offsets.length - 1)] ?? node.start, 'icu-syntax', `${where}: ${message}`, hint);
    return { error: true };
  }
};

const isLengthLimited = (field: TextField): 'title' | 'label' | undefined =>
  field === 'title' || field === 'titleWithProvider' ? 'title' : field === 'label' ? 'label' : undefined;

/** Checks one text of an entry: emptiness, ICU, placeholders, branches, length, identity with the source. */
const lintText = (
  lint: FileLint,
  key: string,
  field: TextField,
  node: JsonString,
  english: SourceEntry | undefined,
  options: Required<Pick<LintOptions, 'providerLength'>> & { limits: typeof defaultLimits | NonNullable<LintOptions['limits']> },
): MessageFormatElement[] | undefined => {
  const where = `${key}.${field}`;
  if (node.value.trim() === '') {
    const sourceText = english?.texts.get(field);
    lint.report(
      node.start,
      'empty',
      `${where} is empty`,
      sourceText ? `translate the English text: ${quoteText(sourceText)}` : 'write the text',
    );
    return undefined;
  }
  const result = tryParseIcu(lint, node, where);
  if (result.error) return undefined;
  const { elements } = result;
  const at = (offset: number) => node.offsets[Math.min(offset, node.offsets.length - 1)] ?? node.start;

  // Placeholders: against English in translations; in the source, against what the app passes.
  const found = placeholdersOf(elements);
  if (lint.isSource) {
    for (const placeholder of found) {
      if (placeholder.name !== '{provider}') {
        lint.report(
          at(placeholder.offset),
          'placeholders',
          `${where}: unknown placeholder ${placeholder.name}; the app only passes {provider}`,
          "use {provider}, or quote braces shown as text: '{'",
        );
      }
    }
    const named = found.some((placeholder) => placeholder.name === '{provider}');
    if (field.endsWith('WithProvider') && !named) {
      lint.report(
        node.start,
        'placeholders',
        `${where} does not name {provider}`,
        `${field} is shown when the bank's name is known: include {provider}`,
      );
    }
    if (!field.endsWith('WithProvider') && named) {
      lint.report(
        at(found.find((placeholder) => placeholder.name === '{provider}')?.offset ?? 0),
        'placeholders',
        `${where} uses {provider}, but ${field} is shown when the bank's name is unknown`,
        `say "your bank" here, and put the text with {provider} in ${field}WithProvider`,
      );
    }
  } else {
    const expected = english?.parsed.get(field);
    if (expected) {
      const expectedNames = new Set(placeholdersOf(expected).map((placeholder) => placeholder.name));
      const missingNames = [...expectedNames].filter((name) => !found.some((placeholder) => placeholder.name === name));
      const renamed = new Set<string>();
      for (const placeholder of found) {
        if (expectedNames.has(placeholder.name)) continue;
        // One unknown name where one is missing is a renamed (often translated) placeholder, however different.
        const suggestion = closest(placeholder.name, expectedNames) ?? (missingNames.length === 1 ? missingNames[0] : undefined);
        if (suggestion) renamed.add(suggestion);
        lint.report(
          at(placeholder.offset),
          'placeholders',
          `${where}: placeholder ${placeholder.name} is not in the English text${expectedNames.size ? ` (which has ${[...expectedNames].join(', ')})` : ''}`,
          suggestion
            ? `placeholders are not translated: write ${suggestion} exactly as in English`
            : `remove it; the English text has ${expectedNames.size ? [...expectedNames].join(', ') : 'no placeholder'}`,
        );
      }
      for (const name of missingNames.filter((missing) => !renamed.has(missing))) {
        lint.report(
          node.start,
          'placeholders',
          `${where}: placeholder ${name} is missing`,
          `the English text ${quoteText(english?.texts.get(field) ?? '')} has ${name}: keep it, exactly as written, where it fits the sentence`,
        );
      }
      // select branches: every branch of an English select on the same argument.
      const englishSelects = walk(expected).filter((element) => element.type === TYPE.select);
      for (const element of walk(elements)) {
        if (element.type !== TYPE.select) continue;
        const needed = new Set(
          englishSelects.filter((english) => english.value === element.value).flatMap((english) => Object.keys(english.options)),
        );
        const missing = [...needed].filter((branch) => !Object.hasOwn(element.options, branch));
        if (missing.length) {
          lint.report(
            at(element.location?.start.offset ?? 0),
            'select-branches',
            `${where}: {${element.value}, select} lacks the branch${missing.length > 1 ? 'es' : ''} ${missing.join(', ')} of the English text`,
            `add ${missing.map((branch) => `${branch} {…}`).join(' ')}`,
          );
        }
      }
    }
  }

  // Plural branches: the locale's CLDR categories, whatever English has.
  for (const element of walk(elements)) {
    if (element.type !== TYPE.plural) continue;
    let categories: readonly string[];
    try {
      categories = new Intl.PluralRules(lint.tag, { type: element.pluralType ?? 'cardinal' }).resolvedOptions().pluralCategories;
    } catch {
      continue; // not a tag Intl knows: nothing to compare with
    }
    const kind = element.pluralType === 'ordinal' ? 'selectordinal' : 'plural';
    const branches = Object.keys(element.options);
    const missing = categories.filter((category) => !branches.includes(category));
    const offset = at(element.location?.start.offset ?? 0);
    if (missing.length) {
      lint.report(
        offset,
        'plural-branches',
        `${where}: {${element.value}, ${kind}} lacks ${missing.join(', ')} (the ${kind} categories of ${lint.tag} are ${categories.join(', ')})`,
        `add ${missing.map((category) => `${category} {…}`).join(' ')}; see https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html`,
      );
    }
    const unused = branches.filter((branch) => !branch.startsWith('=') && !categories.includes(branch));
    if (unused.length) {
      lint.report(
        offset,
        'plural-branches',
        `${where}: {${element.value}, ${kind}} has ${unused.join(', ')}, never chosen in ${lint.tag} (categories: ${categories.join(', ')})`,
        'remove those branches, or use exact values such as =0 {…}',
        'warning',
      );
    }
  }

  const limitKind = isLengthLimited(field);
  if (limitKind) {
    const limit = options.limits[limitKind] ?? defaultLimits[limitKind];
    const max = lint.isSource ? limit.source : limit.translation;
    const length = displayLength(elements, options.providerLength);
    if (length > max) {
      lint.report(
        node.start,
        'max-length',
        `${where} is ${length} characters long, over the limit of ${max} for a ${limitKind === 'title' ? 'title' : 'button label'}${
          found.length ? ` ({provider} counted as ${options.providerLength})` : ''
        }`,
        limitKind === 'title' ? 'shorten it: titles show on one line; the message can say more' : 'shorten it: labels fit in a button',
      );
    }
  }

  for (const { word, offset } of bankBeforeProvider(lint.tag, elements)) {
    lint.report(
      at(offset),
      'provider-after-bank',
      `${where}: "${word} {provider}" puts the word for bank before the name: names that hold the word repeat it, and payment institutions are called banks`,
      'let the name stand alone as the subject ("{provider} is asking…"), or use a noun true of any provider; where no sentence carries it, remove this field',
    );
  }

  const sourceText = english?.texts.get(field);
  // en-GB may well say what en says; other languages rarely do.
  const sameLanguage = lint.isSource || lint.tag.split('-')[0] === lint.sourceTag.split('-')[0];
  if (!sameLanguage && sourceText !== undefined && node.value === sourceText && hasLetters(elements)) {
    lint.report(
      node.start,
      'identical-to-source',
      `${where} is the English text unchanged`,
      'translate it; if the English wording is right in this language too, keep it: this is only a warning',
    );
  }
  return elements;
};

/** Checks one locale file's text; `source` is undefined while linting the source itself or when it is unusable. */
const lintCatalog = (
  text: string,
  lint: FileLint,
  source: Source | undefined,
  expectedKeys: readonly string[] | null,
  options: Parameters<typeof lintText>[5],
): JsonObject | undefined => {
  let root: JsonNode;
  try {
    root = parseJsonSource(text);
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    lint.report(error.offset, 'invalid-json', error.message, error.hint);
    return undefined;
  }
  if (root.type !== 'object') {
    lint.report(root.start, 'invalid-entry', 'the file must hold one JSON object of keys', 'start the file with { and end it with }');
    return undefined;
  }

  const reportDuplicates = (object: JsonObject, what: string) => {
    const seen = new Map<string, JsonMember>();
    for (const member of object.members) {
      const first = seen.get(member.key);
      if (first) {
        lint.report(
          member.keyStart,
          'duplicate-key',
          `${what}"${member.key}" appears twice; only this last one would be used`,
          `keep one of them (the other is on line ${lint.lineOf(first.keyStart)}); merge what each says first`,
        );
      } else seen.set(member.key, member);
    }
  };
  reportDuplicates(root, '');
  const members = lastMembers(root);
  members.delete('$schema');

  // Keys: the source against the catalog, a translation against the source.
  const expected = lint.isSource ? expectedKeys : source ? [...source.keys()] : null;
  if (expected) {
    const expectedSet = new Set(expected);
    const present = [...members.keys()];
    for (const [index, key] of expected.entries()) {
      if (members.has(key)) continue;
      const next = expected.slice(index + 1).find((candidate) => members.has(candidate));
      const englishTexts = source?.get(key)?.texts;
      const english = englishTexts?.size ? ` (English: ${[...englishTexts.values()].map((t) => quoteText(t, 40)).join(' / ')})` : '';
      lint.report(
        next ? (members.get(next) as JsonMember).keyStart : root.end - 1,
        'missing-key',
        `missing key "${key}"${english}`,
        `add "${key}": { … }${next ? ` before "${next}"` : ' at the end'}${lint.isSource ? '' : ', translated, with the fields of en.json'}`,
      );
    }
    for (const key of present) {
      if (expectedSet.has(key)) continue;
      const suggestion = closest(
        key,
        expected.filter((candidate) => !members.has(candidate)),
      );
      lint.report(
        (members.get(key) as JsonMember).keyStart,
        'extra-key',
        `unknown key "${key}"${lint.isSource ? ': the catalog has no such key' : ': en.json has no such key'}`,
        suggestion ? `did you mean "${suggestion}"? Keys are never translated` : 'remove it, or check the spelling against en.json',
      );
    }
  }

  for (const [key, member] of members) {
    const entry = member.value;
    if (entry.type !== 'object') {
      lint.report(
        entry.start,
        'invalid-entry',
        `"${key}" must be an object of texts`,
        'write it as { "title": "…", "message": "…" }, as in en.json',
      );
      continue;
    }
    reportDuplicates(entry, `in "${key}", `);
    const fields = lastMembers(entry);
    const english = source?.get(key);
    // The fields a well-formed entry has: English's in translations; in the source, by kind of key.
    const expectedFields: readonly TextField[] | undefined = lint.isSource
      ? key.startsWith('action.')
        ? ['label']
        : ['title', 'message']
      : english
        ? [...english.texts.keys()]
        : undefined;

    for (const [field, fieldMember] of fields) {
      const value = fieldMember.value;
      if (field === 'description') {
        if (value.type !== 'string')
          lint.report(value.start, 'invalid-entry', `${key}.description must be a text`, 'write it in double quotes');
        else if (!lint.isSource) {
          lint.report(
            fieldMember.keyStart,
            'extra-field',
            `${key}.description: descriptions belong in en.json only`,
            'remove it; to suggest a better description, tell the maintainers',
            'warning',
          );
        }
        continue;
      }
      if (field === 'sourceHash') {
        if (lint.isSource) {
          lint.report(fieldMember.keyStart, 'extra-field', `${key}.sourceHash has no meaning in the source locale`, 'remove it', 'warning');
        } else if (value.type !== 'string' || !/^[0-9a-f]{8}$/.test(value.value)) {
          lint.report(
            value.start,
            'invalid-entry',
            `${key}.sourceHash must be 8 hexadecimal digits in a text`,
            `run \`connection-status-i18n confirm --locale ${lint.tag} --key ${key}\` to write it`,
          );
        }
        continue;
      }
      if (!allowedFields.has(field)) {
        const suggestion = closest(field, textFields);
        lint.report(
          fieldMember.keyStart,
          'extra-field',
          `${key}: unknown field "${field}"`,
          suggestion ? `did you mean "${suggestion}"? Field names are never translated` : `the fields are ${textFields.join(', ')}`,
        );
        continue;
      }
      const textField = field as TextField;
      if (value.type !== 'string') {
        lint.report(value.start, 'invalid-entry', `${key}.${field} must be a text in double quotes`, 'write the text as "…"');
        continue;
      }
      if (expectedFields && !lint.isSource && !expectedFields.includes(textField)) {
        lint.report(
          fieldMember.keyStart,
          'extra-field',
          `${key}.${field} is not in the English entry, so the app never shows it`,
          `remove it; this entry has ${expectedFields.join(', ')}`,
        );
        continue;
      }
      if (lint.isSource && expectedFields && !expectedFields.includes(textField)) {
        const allowed = key.startsWith('action.') ? ['label'] : ['title', 'message', 'titleWithProvider', 'messageWithProvider'];
        if (!allowed.includes(textField)) {
          lint.report(
            fieldMember.keyStart,
            'extra-field',
            `${key}.${field} does not belong in ${key.startsWith('action.') ? 'a button label entry' : 'a message entry'}`,
            `this entry can have ${allowed.join(', ')}`,
          );
          continue;
        }
      }
      lintText(lint, key, textField, value, english, options);
    }

    for (const field of expectedFields ?? []) {
      // A translation may leave a provider variant out: its generic text is shown instead.
      if (fields.has(field) || (!lint.isSource && isProviderVariant(field))) continue;
      const englishText = english?.texts.get(field);
      lint.report(
        member.keyStart,
        'missing-field',
        `${key} has no ${field}`,
        englishText ? `add "${field}": the translation of ${quoteText(englishText)}` : `add "${field}": "…"`,
      );
    }

    if (lint.isSource) {
      if (!fields.has('description')) {
        lint.report(
          member.keyStart,
          'missing-description',
          `${key} has no description`,
          'add "description": where the text shows and what it means, for translators',
        );
      }
    } else if (english) {
      const hashMember = fields.get('sourceHash');
      const hint = `check it against the current English text, update it if needed, then run \`connection-status-i18n confirm --locale ${lint.tag} --key ${key}\``;
      if (!hashMember) {
        lint.report(member.keyStart, 'stale', `${key} has no sourceHash, so nothing says which English text it translates`, hint);
      } else if (
        hashMember.value.type === 'string' &&
        /^[0-9a-f]{8}$/.test(hashMember.value.value) &&
        hashMember.value.value !== english.hash
      ) {
        lint.report(
          hashMember.value.start,
          'stale',
          `${key} was translated from an older English text (sourceHash ${hashMember.value.value}, current ${english.hash})`,
          hint,
        );
      }
    }
  }
  return root;
};

/** The English entries of a linted source file, for comparing translations with them. */
const sourceOf = (root: JsonObject): Source => {
  const source = new Map<string, SourceEntry>();
  for (const [key, member] of lastMembers(root)) {
    if (key === '$schema' || member.value.type !== 'object') continue;
    const texts = new Map<TextField, string>();
    const parsed = new Map<TextField, MessageFormatElement[]>();
    for (const [field, value] of lastMembers(member.value)) {
      if (!(textFields as readonly string[]).includes(field) || value.value.type !== 'string') continue;
      texts.set(field as TextField, value.value.value);
      try {
        parsed.set(field as TextField, parse(value.value.value, icuOptions));
      } catch {
        // Reported while linting the source; translations are not compared with a broken text.
      }
    }
    source.set(key, { texts, parsed, hash: sourceHash(Object.fromEntries(texts)) });
  }
  return source;
};

/** Decodes a file as UTF-8; reports invalid bytes and a byte order mark, and returns the text to lint. */
const decode = (bytes: Uint8Array, report: (offset: number, message: string, hint: string) => void): string => {
  let text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  if (text.startsWith('\uFEFF')) {
    report(0, 'the file starts with a byte order mark (BOM)', 'save it as "UTF-8" without BOM; JSON tools reject the BOM');
    text = text.slice(1);
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    report(
      Math.max(0, text.indexOf('\uFFFD')),
      'the file is not valid UTF-8 (the first invalid character is here)',
      'save the file with the UTF-8 encoding (in most editors: "Save with encoding" → UTF-8)',
    );
  }
  return text;
};

/**
 * Lints every locale file of `dir` (`<tag>.json`; `schema.json` and other files are skipped) against the
 * source locale of the same folder. Problems are sorted by file (source first), line and column.
 *
 * @example
 * ```ts
 * const problems = lintLocales('locales');
 * const errors = problems.filter((p) => p.severity === 'error');
 * // [{ file: 'locales/fr.json', line: 12, column: 5, rule: 'placeholders', severity: 'error', … }]
 * ```
 */
export const lintLocales = (dir: string, options: LintOptions = {}): LintProblem[] => {
  const sourceTag = assertLocaleTag(options.sourceLocale ?? 'en');
  const textOptions = { limits: { ...defaultLimits, ...options.limits }, providerLength: options.providerLength ?? 10 };
  const { locales, others } = listLocaleFiles(dir, sourceTag);
  const problems: LintProblem[] = [];
  const severityOf = (rule: RuleName, severity: ProblemSeverity) => {
    const override = options.rules?.[rule];
    return override === undefined ? severity : override;
  };
  const reporter = (file: string, text: string) => {
    const at = lineLocator(text);
    return (offset: number, rule: RuleName, message: string, hint: string, severity: ProblemSeverity = lintRules[rule].severity) => {
      const effective = severityOf(rule, severity);
      if (effective === 'off') return;
      problems.push({ file, ...at(offset), rule, severity: effective, message, hint });
    };
  };

  for (const { file, name, suggestion } of others) {
    reporter(file, '')(
      0,
      'file-name',
      `${name} is not named after a locale tag, so it was not checked`,
      suggestion ? `rename it to ${suggestion}` : 'name locale files <tag>.json, e.g. fr.json or pt-BR.json',
    );
  }

  let source: Source | undefined;
  const sourceFile = locales.find((locale) => locale.tag === sourceTag);
  // The source comes first in `locales`; without a usable one, translations get the checks that need no comparison.
  for (const { tag, file } of locales) {
    const encodingProblems: { offset: number; message: string; hint: string }[] = [];
    const text = decode(readFileSync(file), (offset, message, hint) => encodingProblems.push({ offset, message, hint }));
    const report = reporter(file, text);
    for (const problem of encodingProblems) report(problem.offset, 'encoding', problem.message, problem.hint);
    const isSource = tag === sourceTag;
    const at = lineLocator(text);
    const root = lintCatalog(
      text,
      { file, tag, sourceTag, isSource, report, lineOf: (offset) => at(offset).line },
      isSource ? undefined : source,
      options.keys === undefined ? catalogKeys : options.keys,
      textOptions,
    );
    if (isSource) {
      if (root) source = sourceOf(root);
      else
        report(
          0,
          'missing-source',
          `${file} cannot be read, so translations are only checked on their own`,
          'fix the errors of the source file first',
        );
    }
  }
  if (!sourceFile) {
    reporter(`${dir.replace(/[\\/]+$/, '')}/${sourceTag}.json`, '')(
      0,
      'missing-source',
      `no ${sourceTag}.json in ${dir}: translations cannot be compared with the English source`,
      `lint the folder that holds ${sourceTag}.json and the translations, or pass --source <tag>`,
    );
  }
  const order = new Map(locales.map(({ file }, index) => [file, index]));
  return problems.sort(
    (a, b) =>
      (order.get(a.file) ?? -1) - (order.get(b.file) ?? -1) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule),
  );
};

/** Counts of a lint run. */
export interface LintSummary {
  readonly errors: number;
  readonly warnings: number;
}

export const summarize = (problems: readonly LintProblem[]): LintSummary => ({
  errors: problems.filter((problem) => problem.severity === 'error').length,
  warnings: problems.filter((problem) => problem.severity === 'warning').length,
});

/**
 * Formats problems as ESLint does: one line per problem, then a summary line.
 *
 * @example
 * ```ts
 * formatProblems(lintLocales('locales'));
 * // locales/fr.json:12:5  error  placeholders  status.maintenance.titleWithProvider: placeholder {provider} is missing  (keep it …)
 * // ✖ 1 problem (1 error, 0 warnings)
 * ```
 */
export const formatProblems = (problems: readonly LintProblem[]): string => {
  const { errors, warnings } = summarize(problems);
  const lines = problems.map(
    (problem) =>
      `${problem.file}:${problem.line}:${problem.column}  ${problem.severity}  ${problem.rule}  ${problem.message}  (${problem.hint})`,
  );
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  lines.push(
    problems.length === 0
      ? '✔ no problems'
      : `${errors ? '✖' : '⚠'} ${plural(problems.length, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`,
  );
  return lines.join('\n');
};

/** `lint [dir] [--format json|text] [--source tag]`: exit 1 on errors, 0 on warnings only. */
export const lintCommand = (args: string[], io: Io): number => {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { format: { type: 'string', default: 'text' }, source: { type: 'string', default: 'en' } },
  });
  if (positionals.length > 1) throw new UsageError(`lint takes one folder, got ${positionals.length}: ${positionals.join(' ')}`);
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`--format must be text or json, got "${values.format}"`);
  const dir = positionals[0] ?? 'locales';
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new UsageError(`no folder "${dir}": give the folder that holds en.json and the translations`);
  }
  const problems = lintLocales(dir, { sourceLocale: values.source });
  const { errors, warnings } = summarize(problems);
  io.out(values.format === 'json' ? JSON.stringify({ errors, warnings, problems }, null, 2) : formatProblems(problems));
  return errors > 0 ? 1 : 0;
};
