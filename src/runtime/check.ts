/**
 * Catalogs given at run time (your own locales, `overrides`) checked before an instance trusts them: each broken
 * entry is reported once through `onError` and left out, so the entry falls back to the shipped text, and
 * nothing else is affected. Kept apart from `createStatusMessages` so that an app using only the compiled
 * locales does not ship these checks: the main entry runs them for its `locales` and `overrides` options.
 */
import { catalogKeys } from './catalog.js';
import { entriesOf, invalidTag, kindOf, renderSafely, unpackRows } from './entries.js';
import {
  type Compile,
  compilePlain,
  type Entry,
  type EntrySource,
  type LocaleCatalog,
  type Text,
  type TextField,
  textFields,
} from './format.js';
import { canonicalLocale } from './locale.js';
import type { CompiledLocale } from './packed-locale.js';
import { read } from './resolve.js';

/** A problem in a catalog given at run time; the entry falls back to the shipped text. */
export interface CatalogError {
  readonly locale: string;
  readonly key: string;
  readonly field?: TextField;
  readonly reason: string;
}

/** Your own texts, keyed by locale then by the keys `describeStatus` reports, in ICU MessageFormat. */
export type Overrides = Readonly<Record<string, Readonly<Record<string, EntrySource>>>>;

export interface CheckOptions {
  /** Catalogs to check: compiled ones, or `{ locale, entries }` built at run time. */
  readonly locales?: readonly unknown[];
  /**
   * Your own texts, in ICU MessageFormat. A locale not in `locales` is added (`'pt-BR'`), falling back to its
   * parent (`pt`) and the default locale.
   */
  readonly overrides?: Overrides;
  /** Compiles ICU messages in `overrides`; without it only texts without `{…}` are accepted. */
  readonly compile?: Compile;
  /** Called once per broken entry; the entry falls back to the shipped text. */
  readonly onError?: (error: CatalogError) => void;
}

const providerFields = { title: 'titleWithProvider', message: 'messageWithProvider' } as const;
const sampleValues = { provider: 'Example Bank' };
const knownKeys = new Set(catalogKeys);
const isActionKey = (key: string) => key.startsWith('action.');

const messageOf = (error: unknown): string => {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return kindOf(error);
  }
};
/** The own keys of an object given at run time, or what is wrong with it (not an object, a proxy that throws). */
const keysOf = (value: unknown, expected: string): string[] | string => {
  if (value === null || typeof value !== 'object') return `${expected}, got ${kindOf(value)}`;
  try {
    return Object.keys(value);
  } catch (error) {
    return `could not be read: ${messageOf(error)}`;
  }
};
const isCatalogKey = (key: string) => knownKeys.has(key) || /^code\.[1-4]\d\d(\.[a-z0-9_]+)?$/.test(key);
const unknownKey = 'unknown key; expected one of the catalog keys (e.g. "code.201.bad_credentials") or "code.<100–499>[.<reason>]"';

/**
 * Checks catalogs and overrides given at run time, laid over `base` (the shipped locales, read and never
 * changed), and returns the good entries as catalogs to pass after `base` to `createStatusMessages`. Throws only
 * for a locale tag that is not one, since no message could be in that locale.
 *
 * @example
 * ```ts
 * import { checkCatalogs, createStatusMessages } from 'connection-status-i18n/core';
 * import { en } from 'connection-status-i18n/locales/en';
 *
 * const checked = checkCatalogs([en], {
 *   overrides: { en: { 'code.302': { message: 'Your bank logged you out. Try again in a few minutes.' } } },
 *   onError: (error) => console.warn(error),
 * });
 * const messages = createStatusMessages({ locales: [en, ...checked] });
 * ```
 */
export const checkCatalogs = (base: readonly (CompiledLocale | LocaleCatalog)[], options: CheckOptions): LocaleCatalog[] => {
  const { onError, compile } = options;
  const reported = new Set<string>();
  const report = (error: CatalogError) => {
    const id = `${error.locale}\u0000${error.key}`;
    // Once a locale's whole catalog is reported broken (key `*`), its keys are not reported one by one.
    if (reported.has(id) || reported.has(`${error.locale}\u0000*`)) return;
    reported.add(id);
    try {
      // Stryker disable next-line OptionalChaining: inside the `try`, a missing callback fails quietly all the same.
      onError?.(error);
    } catch {
      // A failing callback must not turn a message into a crash.
    }
  };

  // What each locale holds so far, shipped entries included, and the entries this check adds.
  const tables = new Map<string, Map<string, Entry>>();
  const added = new Map<string, Map<string, Entry>>();
  // A locale's shipped entries are read only when a check touches that locale.
  const tableOf = (tag: string): Map<string, Entry> => {
    let table = tables.get(tag);
    if (!table) {
      table = new Map();
      for (const catalog of base) if (catalog.locale === tag) for (const [key, entry] of entriesOf(catalog)) table.set(key, entry);
      tables.set(tag, table);
    }
    return table;
  };
  const set = (tag: string, key: string, entry: Entry) => {
    tableOf(tag).set(key, entry);
    (added.get(tag) ?? (added.set(tag, new Map()).get(tag) as Map<string, Entry>)).set(key, entry);
  };
  // An accepted entry replaces the earlier one, which its text functions fall back to (`reportFailures`).
  const acceptInto =
    (tag: string): Accept =>
    (key, entry) =>
      set(tag, key, reportFailures(tag, key, entry, tableOf(tag).get(key), report));
  for (const catalog of options.locales ?? []) {
    const locale = read(Object(catalog), 'locale');
    const tag = canonicalLocale(locale);
    if (!tag) throw invalidTag(locale, 'options.locales');
    // Read now, so that the locale is held (and reported complete or not) even if none of its entries is good.
    tableOf(tag);
    const rows = read(Object(catalog), 'rows');
    let entries: unknown;
    try {
      entries = Array.isArray(rows) ? unpackRows(rows) : read(Object(catalog), 'entries');
    } catch (error) {
      report({ locale: tag, key: '*', reason: `its rows could not be read: ${messageOf(error)}` });
      continue;
    }
    eachEntry(tag, entries, report, acceptInto(tag), readEntry);
  }
  // A missing entry falls back like any other (its parent locale, a more general key, the default locale).
  for (const [tag, table] of tables)
    for (const key of catalogKeys) if (!table.has(key)) report({ locale: tag, key, reason: 'missing entry' });
  for (const [rawTag, source] of Object.entries(options.overrides ?? {})) {
    const tag = canonicalLocale(rawTag);
    if (!tag) throw invalidTag(rawTag, 'options.overrides');
    const table = tableOf(tag);
    // Each valid text of an override replaces the shipped one; the entry is kept unless it still lacks a text.
    const overrideOf = (key: string, entrySource: unknown, problems: Problem[]): Entry | undefined => {
      const merged = overrideEntry(table.get(key), entrySource, tag, compile, problems);
      const missing = merged && missingTexts(key, merged);
      if (!missing) return merged;
      problems.push({ reason: `${missing} (and no shipped text to fall back to)` });
      return undefined;
    };
    eachEntry(tag, source, report, acceptInto(tag), overrideOf);
  }
  // Every locale checked is returned, even without a good entry, so that the instance holds it (and `pt-BR`
  // with a few overrides falls back to `pt` rather than to the default locale).
  return [...tables.keys()].map((locale) => ({ locale, entries: Object.fromEntries(added.get(locale) ?? []) }));
};

/**
 * The entry with each text function wrapped: a function given at run time may fail only for some values, so when
 * it does, the earlier text of the same field (the shipped one) is shown instead, and the failure reported once.
 * Without an earlier text the result is empty, and the instance falls back as for any unusable text.
 */
const reportFailures = (
  locale: string,
  key: string,
  entry: Entry,
  earlier: Entry | undefined,
  report: (error: CatalogError) => void,
): Entry => {
  const wrapped: Partial<Record<TextField, Text>> = {};
  for (const field of textFields) {
    const text = entry[field];
    if (text === undefined) continue;
    wrapped[field] =
      typeof text === 'function'
        ? (values) => {
            const rendered = renderSafely(text, values.provider);
            if (rendered !== undefined) return rendered;
            report({ locale, key, field, reason: 'fails to render to a non-empty string when shown; the earlier text is shown' });
            // Stryker disable next-line OptionalChaining: inside a text function that `renderSafely` calls, a missing earlier entry gives `undefined` all the same.
            return renderSafely(earlier?.[field], values.provider) ?? '';
          }
        : text;
  }
  return wrapped;
};

/** What is wrong in one entry of a catalog given at run time. */
interface Problem {
  readonly field?: TextField;
  readonly reason: string;
}

/** Reports the problems of one entry together: one report per broken entry, naming the field when there is one. */
const reportEntry = (report: (error: CatalogError) => void, locale: string, key: string, problems: readonly Problem[]) => {
  const [first] = problems;
  if (!first) return;
  report(
    problems.length === 1
      ? { locale, key, ...first }
      : { locale, key, reason: problems.map(({ field, reason }) => (field ? `${field}: ${reason}` : reason)).join('; ') },
  );
};

/** Which texts an entry lacks to be shown (`title` and `message`; `label` for a button), or `undefined`. */
const missingTexts = (key: string, entry: Entry): string | undefined => {
  const needed = isActionKey(key) ? (['label'] as const) : (['title', 'message'] as const);
  const missing = needed.filter((field) => entry[field] === undefined);
  return missing.length === 0 ? undefined : `missing ${missing.map((field) => `"${field}"`).join(' and ')}`;
};

type Accept = (key: string, entry: Entry) => void;

/**
 * Walks the entries of a catalog given at run time. A key that is not a catalog key, or an entry that cannot be
 * read, is reported; `readEntry` reads each other entry and notes what is wrong with it. The entry it returns is
 * accepted, and its problems are reported together, once.
 */
const eachEntry = (
  locale: string,
  entries: unknown,
  report: (error: CatalogError) => void,
  accept: Accept,
  readEntry: (key: string, source: unknown, problems: Problem[]) => Entry | undefined,
): void => {
  const keys = keysOf(entries, 'expected an object of entries keyed like "code.201"');
  if (typeof keys === 'string') {
    report({ locale, key: '*', reason: keys });
    return;
  }
  for (const key of keys) {
    // Locale files start with "$schema", for editors.
    if (key === '$schema') continue;
    if (!isCatalogKey(key)) {
      report({ locale, key, reason: unknownKey });
      continue;
    }
    const problems: Problem[] = [];
    try {
      const entry = readEntry(key, (entries as Record<string, unknown>)[key], problems);
      if (entry) accept(key, entry);
    } catch (error) {
      problems.push({ reason: `could not be read: ${messageOf(error)}` });
    }
    reportEntry(report, locale, key, problems);
  }
};

/** One entry of a catalog given in `locales`: used only when every text is good, else the earlier entry stays. */
const readEntry = (key: string, source: unknown, problems: Problem[]): Entry | undefined => {
  if (source === null || typeof source !== 'object') {
    problems.push({ reason: `expected an object of texts, got ${kindOf(source)}` });
    return undefined;
  }
  // Copied field by field, so that a call later reads plain data and never a getter or a proxy.
  const entry: Partial<Record<TextField, Text>> = {};
  for (const field of textFields) {
    const text: unknown = (source as Record<string, unknown>)[field];
    if ((typeof text === 'string' && text !== '') || typeof text === 'function') entry[field] = text as Text;
    else if (text === '') problems.push({ field, reason: 'expected a non-empty string, got an empty string' });
    else if (text !== undefined) problems.push({ field, reason: `expected a string or a function, got ${kindOf(text)}` });
  }
  const missing = problems.length === 0 ? missingTexts(key, entry) : undefined;
  if (missing) problems.push({ reason: missing });
  return problems.length === 0 ? entry : undefined;
};

// Fields of a locale file that are for translators, not texts: accepted in overrides and ignored.
const translatorFields = new Set(['description', 'sourceHash']);

/** One entry of `overrides` over the shipped one: each valid text replaces the shipped one, each broken one is noted. */
const overrideEntry = (
  shipped: Entry | undefined,
  source: unknown,
  locale: string,
  compile: Compile | undefined,
  problems: Problem[],
): Entry | undefined => {
  if (source === null || typeof source !== 'object') {
    problems.push({ reason: `expected an object with "title" and "message", got ${kindOf(source)}` });
    return undefined;
  }
  for (const name of Object.keys(source))
    if (!(textFields as readonly string[]).includes(name) && !translatorFields.has(name))
      problems.push({ reason: `unknown field "${name}"` });
  const merged: Partial<Record<TextField, Text>> = { ...shipped };
  for (const field of textFields) {
    if (!Object.hasOwn(source, field)) continue;
    const value: unknown = (source as Record<string, unknown>)[field];
    try {
      merged[field] = compileOverride(value, locale, compile);
      // A new title or message replaces the shipped variant with a provider too, or the new text would never show
      // when the app passes a provider name. `textFields` lists each variant after its plain text.
      // Stryker disable next-line ConditionalExpression: for other fields this deletes `merged.undefined`, which never exists.
      if (field === 'title' || field === 'message') delete merged[providerFields[field]];
    } catch (error) {
      problems.push({ field, reason: messageOf(error) });
    }
  }
  return merged;
};

/** Compiles one text of `overrides`; throws, saying what is wrong, when it could not be shown. */
const compileOverride = (value: unknown, locale: string, compile: Compile | undefined): Text => {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new Error(
      `expected a non-empty string, got ${value === '' ? 'an empty string' : typeof value === 'string' ? 'a blank string' : kindOf(value)}`,
    );
  }
  let text: Text | undefined = compilePlain(value);
  if (text === undefined) {
    if (!compile) throw new Error('ICU placeholders need a compiler: pass `compile` (e.g. compileMessage from the main entry)');
    try {
      text = compile(value, locale);
    } catch (error) {
      throw new Error(`invalid ICU message: ${messageOf(error)}`);
    }
  }
  let sample: unknown;
  try {
    sample = typeof text === 'string' ? text : text(sampleValues);
  } catch (error) {
    throw new Error(`cannot be rendered: ${messageOf(error)}`);
  }
  if (typeof sample !== 'string' || sample.trim() === '')
    throw new Error(`renders to ${typeof sample === 'string' ? 'an empty string' : kindOf(sample)}`);
  return text;
};
