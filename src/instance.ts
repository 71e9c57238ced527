/**
 * `createStatusMessages`: an explicit instance holding its catalogs and caches. Nothing is global, so two
 * instances never affect each other and a server can share one across requests safely: a call's locale is an
 * argument, never instance state.
 */
import { type Action, type Category, catalogKeys, codeReasons, type Severity, type StatusName } from './catalog.js';
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
import { canonicalLocale, lookupLocale } from './locale.js';
import { asReason, type Candidate, type Connection, candidates, type Fallback, metaOf, parseCode, parseQuery } from './resolve.js';

/** A tag, or tags in order of preference. Anything unusable gives the default locale. */
export type LocaleInput = string | readonly string[] | null | undefined;

/** What the message functions accept: a code, a numeric string, or the API's connection object. */
export type StatusInput = number | string | Connection | null | undefined;

export interface MessageOptions {
  /** The `status_reason`; takes precedence over the connection object's. */
  readonly reason?: string | null;
  /** The bank's name, shown as is (escape it yourself when you build HTML). Without it, texts say "your bank". */
  readonly provider?: string | null;
}

/** Everything known about one status, in one locale. */
export interface StatusDescription {
  /** The code that was used, an integer 100–499, or `null`. */
  readonly code: number | null;
  readonly reason: string | null;
  /** The documented status that was given, or `null`. */
  readonly status: StatusName | null;
  readonly category: Category;
  readonly action: Action;
  /** The button label for `action` in `locale`; `null` for `none`. */
  readonly actionLabel: string | null;
  readonly retryable: boolean;
  readonly userActionRequired: boolean;
  readonly severity: Severity;
  readonly title: string;
  readonly message: string;
  /** The catalog locale the texts come from. */
  readonly locale: string;
  /** The catalog entry used, e.g. `code.201.bad_credentials`. */
  readonly key: string;
  readonly fallback: Fallback;
  /** Whether the code or status is documented by the API. */
  readonly known: boolean;
}

/** Reported when a call could not use the most specific entry in the requested locale. */
export interface FallbackEvent {
  /** The locale that the call's locale resolved to, and the one whose entry was used. */
  readonly requestedLocale: string;
  readonly locale: string;
  /** The most specific key, and the key used. */
  readonly requestedKey: string;
  readonly key: string;
  readonly fallback: Fallback;
}

/** A problem in a catalog given at run time; the entry falls back to the shipped text. */
export interface CatalogError {
  readonly locale: string;
  readonly key: string;
  readonly field?: TextField;
  readonly reason: string;
}

export interface StatusMessagesOptions {
  /** Compiled catalogs, e.g. `import { fr } from 'connection-status-i18n/locales/fr'`. */
  readonly locales?: readonly LocaleCatalog[];
  /** Used when a call's locale is missing or unsupported, and as the last fallback. Default: `en`. */
  readonly defaultLocale?: string;
  /**
   * Your own texts, keyed by locale then by the keys `describeStatus` reports, in ICU MessageFormat. A locale
   * not in `locales` is added (`'pt-BR'`), falling back to its parent (`pt`) and the default locale.
   */
  readonly overrides?: Readonly<Record<string, Readonly<Record<string, EntrySource>>>>;
  /** Compiles ICU messages in `overrides`; without it only texts without `{…}` are accepted. */
  readonly compile?: Compile;
  /** Wrap the provider name in Unicode isolates (U+2068 … U+2069), for right-to-left catalogs. */
  readonly isolateProvider?: boolean;
  readonly onFallback?: (event: FallbackEvent) => void;
  /** Called once per broken entry of `overrides`; the entry falls back to the shipped text. */
  readonly onError?: (error: CatalogError) => void;
}

export interface StatusMessages {
  /**
   * The end-user message for a status code, a numeric string or a connection object. Never throws and never
   * returns an empty string: unknown input gets the generic `unknown` message.
   */
  getStatusMessage(input: StatusInput, locale?: LocaleInput, options?: MessageOptions): string;
  /** Like `getStatusMessage`, but `null` when nothing failed (1xx codes, progress and success statuses). */
  getErrorMessage(input: StatusInput, locale?: LocaleInput, options?: MessageOptions): string | null;
  /** Title, message, action, severity and how the entry was found. */
  describeStatus(input: StatusInput, locale?: LocaleInput, options?: MessageOptions): StatusDescription;
  /** The locale tags this instance holds, default first. */
  readonly locales: readonly string[];
  readonly defaultLocale: string;
}

interface Match {
  readonly entry: Entry;
  readonly key: string;
  readonly locale: string;
  readonly fallback: Fallback;
}

const isActionKey = (key: string) => key.startsWith('action.');
const providerFields = { title: 'titleWithProvider', message: 'messageWithProvider' } as const;
const sampleValues = { provider: 'Example Bank' };
const knownKeys = new Set(catalogKeys);
// A cache bound for keys that come from callers (locale tags, reasons), so hostile input cannot grow memory.
const cacheLimit = 500;

const renderSafely = (text: Text | undefined, provider: string): string | undefined => {
  if (typeof text === 'string' || text === undefined) return text || undefined;
  try {
    return text({ provider }) || undefined;
  } catch {
    return undefined;
  }
};

/** An entry is usable when its texts render to non-empty strings. */
const usable = (key: string, entry: Entry): boolean =>
  isActionKey(key)
    ? renderSafely(entry.label, sampleValues.provider) !== undefined
    : renderSafely(entry.title, sampleValues.provider) !== undefined && renderSafely(entry.message, sampleValues.provider) !== undefined;

/**
 * Creates an instance with its own catalogs, default locale, overrides and callbacks.
 *
 * @example
 * ```ts
 * import { createStatusMessages } from 'connection-status-i18n/core';
 * import { en } from 'connection-status-i18n/locales/en';
 * import { fr } from 'connection-status-i18n/locales/fr';
 *
 * const messages = createStatusMessages({
 *   locales: [en, fr],
 *   overrides: { fr: { 'code.201.bad_credentials': { title: 'Identifiants refusés' } } },
 * });
 * messages.getStatusMessage(201, 'fr-CA', { reason: 'Bad Credentials' });
 * ```
 */
export const createStatusMessages = (options: StatusMessagesOptions = {}): StatusMessages => {
  const { onFallback, onError, compile, isolateProvider = false } = options;
  const reported = new Set<string>();
  const report = (error: CatalogError) => {
    const id = `${error.locale}\u0000${error.key}\u0000${error.field ?? ''}`;
    if (reported.has(id)) return;
    reported.add(id);
    try {
      onError?.(error);
    } catch {
      // A failing callback must not turn a message into a crash.
    }
  };

  const tables = new Map<string, Map<string, Entry>>();
  for (const catalog of options.locales ?? []) {
    const tag = canonicalLocale(catalog?.locale);
    if (!tag)
      throw new TypeError(
        `createStatusMessages: invalid locale tag ${JSON.stringify(catalog?.locale)} in options.locales; use a BCP 47 tag such as "fr" or "pt-BR".`,
      );
    tables.set(tag, new Map(Object.entries(catalog.entries)));
  }
  for (const [rawTag, source] of Object.entries(options.overrides ?? {})) {
    const tag = canonicalLocale(rawTag);
    if (!tag)
      throw new TypeError(
        `createStatusMessages: invalid locale tag ${JSON.stringify(rawTag)} in options.overrides; use a BCP 47 tag such as "fr" or "pt-BR".`,
      );
    tables.set(tag, applyOverrides(tag, tables.get(tag), source, compile, report));
  }
  const defaultLocale = canonicalLocale(options.defaultLocale ?? 'en') ?? '';
  const defaultTable = tables.get(defaultLocale);
  if (!defaultTable || !usable('unknown', defaultTable.get('unknown') ?? {})) {
    throw new TypeError(
      `createStatusMessages: the default locale "${options.defaultLocale ?? 'en'}" needs a catalog with an "unknown" entry; ` +
        'pass it in options.locales (e.g. `import { en } from "connection-status-i18n/locales/en"`) or set options.defaultLocale.',
    );
  }
  const locales = [defaultLocale, ...[...tables.keys()].filter((tag) => tag !== defaultLocale)];
  const has = (tag: string) => tables.has(tag);

  // Each locale falls back to its supported parents (`pt-BR` → `pt`), which share its language, then to the
  // default locale: a message in the user's language beats a more specific one in another language.
  const localeChains = new Map<string, readonly (readonly string[])[]>(
    locales.map((tag) => {
      const language: string[] = [];
      for (let parent: string | undefined = tag; parent && !language.includes(parent); ) {
        language.push(parent);
        const cut = parent.lastIndexOf('-');
        parent = cut < 0 ? undefined : lookupLocale(parent.slice(0, cut), has);
      }
      return [tag, language.includes(defaultLocale) ? [language] : [language, [defaultLocale]]];
    }),
  );

  const localeCache = new Map<string, string>();
  const resolveLocale = (input: unknown): string => {
    if (typeof input === 'string') {
      let tag = localeCache.get(input);
      if (tag === undefined) {
        tag = lookupLocale(input, has) ?? '';
        if (localeCache.size >= cacheLimit) localeCache.clear();
        localeCache.set(input, tag);
      }
      return tag || defaultLocale;
    }
    if (Array.isArray(input)) {
      for (const item of input.slice(0, 32)) {
        const tag = typeof item === 'string' ? resolveLocale(item) : defaultLocale;
        if (tag !== defaultLocale || lookupLocale(item, has) === defaultLocale) return tag;
      }
    }
    return defaultLocale;
  };

  // Chains and matches depend only on the query and the catalogs, so each is computed once per instance.
  const codeChains = new Map<number, { plain: readonly Candidate[]; byReason: Map<string, readonly Candidate[]> }>();
  const otherChains = new Map<string, readonly Candidate[]>();
  const chainOf = (code: number | null, reason: string | null, status: StatusName | null, by: 'code' | 'status' | 'none') => {
    if (by === 'code' && code !== null) {
      let forCode = codeChains.get(code);
      if (!forCode) {
        forCode = { plain: candidates({ code, reason: null, status: null, by }), byReason: new Map() };
        codeChains.set(code, forCode);
      }
      if (reason === null) return forCode.plain;
      let chain = forCode.byReason.get(reason);
      if (!chain) {
        chain = candidates({ code, reason, status: null, by });
        if (forCode.byReason.size >= cacheLimit) forCode.byReason.clear();
        forCode.byReason.set(reason, chain);
      }
      return chain;
    }
    const id = by === 'status' && status ? status : 'unknown';
    let chain = otherChains.get(id);
    if (!chain) {
      chain = candidates({ code: null, reason: null, status, by });
      otherChains.set(id, chain);
    }
    return chain;
  };

  const matches = new WeakMap<readonly Candidate[], Map<string, Match>>();
  const matchOf = (chain: readonly Candidate[], tag: string): Match => {
    let byLocale = matches.get(chain);
    if (!byLocale) {
      byLocale = new Map();
      matches.set(chain, byLocale);
    }
    let match = byLocale.get(tag);
    if (!match) {
      match = findMatch(chain, localeChains.get(tag) ?? [[defaultLocale]], tables, defaultLocale);
      byLocale.set(tag, match);
    }
    return match;
  };

  const providerOf = (options: MessageOptions | undefined): string => {
    let provider: unknown;
    try {
      provider = options?.provider;
    } catch {
      return '';
    }
    if (typeof provider !== 'string' || provider.length > 256) return '';
    const name = provider.trim();
    if (!name) return '';
    const wellFormed = name.toWellFormed();
    return isolateProvider ? `\u2068${wellFormed}\u2069` : wellFormed;
  };

  const text = (match: Match, field: 'title' | 'message', provider: string): string => {
    const withProvider = provider ? renderSafely(match.entry[providerFields[field]], provider) : undefined;
    return withProvider ?? renderSafely(match.entry[field], provider) ?? '';
  };

  const reasonOf = (options: MessageOptions | undefined): unknown => {
    try {
      return options?.reason;
    } catch {
      return undefined;
    }
  };

  // Numbers are the common case: they skip building a query object.
  const chainFor = (input: unknown, options: MessageOptions | undefined): readonly Candidate[] => {
    if (typeof input === 'number') {
      const code = parseCode(input);
      return chainOf(code, asReason(reasonOf(options)), null, code === null ? 'none' : 'code');
    }
    const query = parseQuery(input, reasonOf(options));
    return chainOf(query.code, query.reason, query.status, query.by);
  };

  const matchFor = (chain: readonly Candidate[], locale: unknown): Match => {
    const tag = resolveLocale(locale);
    const match = matchOf(chain, tag);
    if (onFallback && (match.fallback !== 'none' || match.locale !== tag)) {
      try {
        onFallback({
          requestedLocale: tag,
          locale: match.locale,
          requestedKey: chain[0]?.key ?? 'unknown',
          key: match.key,
          fallback: match.fallback,
        });
      } catch {
        // See report(): callbacks never break a message.
      }
    }
    return match;
  };

  const getStatusMessage = (input: StatusInput, locale?: LocaleInput, options?: MessageOptions): string =>
    text(matchFor(chainFor(input, options), locale), 'message', providerOf(options));

  const describeStatus = (input: StatusInput, locale?: LocaleInput, options?: MessageOptions): StatusDescription => {
    const query = parseQuery(input, reasonOf(options));
    const chain = chainOf(query.code, query.reason, query.status, query.by);
    const match = matchFor(chain, locale);
    const meta = metaOf(chain);
    const provider = providerOf(options);
    const label =
      meta.action === 'none'
        ? undefined
        : labelOf(`action.${meta.action}`, (localeChains.get(match.locale) ?? []).flat(), tables, provider);
    return {
      code: query.code,
      reason: query.reason,
      status: query.status,
      ...meta,
      actionLabel: label ?? null,
      title: text(match, 'title', provider),
      message: text(match, 'message', provider),
      locale: match.locale,
      key: match.key,
      fallback: match.fallback,
      known: query.by === 'status' || (query.by === 'code' && Object.hasOwn(codeReasons, query.code as number)),
    };
  };

  const getErrorMessage = (input: StatusInput, locale?: LocaleInput, options?: MessageOptions): string | null =>
    metaOf(chainFor(input, options)).category === 'ok' ? null : getStatusMessage(input, locale, options);

  return { getStatusMessage, getErrorMessage, describeStatus, locales, defaultLocale };
};

/**
 * The first usable entry: every key of the chain in one language before the next language, and within a
 * language, each key in the most specific locale first (`pt-BR`, then `pt`).
 */
const findMatch = (
  chain: readonly Candidate[],
  languages: readonly (readonly string[])[],
  tables: ReadonlyMap<string, ReadonlyMap<string, Entry>>,
  defaultLocale: string,
): Match => {
  for (const locales of languages) {
    for (const { key, fallback } of chain) {
      for (const locale of locales) {
        const entry = tables.get(locale)?.get(key);
        if (entry && usable(key, entry)) return { entry, key, locale, fallback };
      }
    }
  }
  // Checked at creation: the default locale always has a usable `unknown` entry.
  return { entry: tables.get(defaultLocale)?.get('unknown') as Entry, key: 'unknown', locale: defaultLocale, fallback: 'unknown' };
};

/** A button label, in the first locale of the chain that has it. */
const labelOf = (
  key: string,
  localeChain: readonly string[],
  tables: ReadonlyMap<string, ReadonlyMap<string, Entry>>,
  provider: string,
): string | undefined => {
  for (const tag of localeChain) {
    const label = renderSafely(tables.get(tag)?.get(key)?.label, provider);
    if (label !== undefined) return label;
  }
  return undefined;
};

/** Merges run-time texts over a compiled table; every broken text is reported and the shipped one kept. */
const applyOverrides = (
  locale: string,
  base: ReadonlyMap<string, Entry> | undefined,
  source: unknown,
  compile: Compile | undefined,
  report: (error: CatalogError) => void,
): Map<string, Entry> => {
  const table = new Map(base);
  if (source === null || typeof source !== 'object') {
    report({ locale, key: '*', reason: `expected an object of entries, got ${source === null ? 'null' : typeof source}` });
    return table;
  }
  for (const [key, entrySource] of Object.entries(source)) {
    if (key === '$schema') continue;
    if (!knownKeys.has(key) && !/^code\.[1-4]\d\d(\.[a-z0-9_]+)?$/.test(key)) {
      report({
        locale,
        key,
        reason: `unknown key; expected one of the catalog keys (e.g. "code.201.bad_credentials") or "code.<100–499>[.<reason>]"`,
      });
      continue;
    }
    if (entrySource === null || typeof entrySource !== 'object') {
      report({
        locale,
        key,
        reason: `expected an object with "title" and "message", got ${entrySource === null ? 'null' : typeof entrySource}`,
      });
      continue;
    }
    const merged: Partial<Record<TextField, Text>> = { ...table.get(key) };
    // A new title or message replaces the shipped variant with a provider too, or the new text would never show
    // when the app passes a provider name.
    if (Object.hasOwn(entrySource, 'title')) delete merged.titleWithProvider;
    if (Object.hasOwn(entrySource, 'message')) delete merged.messageWithProvider;
    for (const field of textFields) {
      if (!Object.hasOwn(entrySource, field)) continue;
      const value: unknown = (entrySource as Record<string, unknown>)[field];
      if (typeof value !== 'string' || value.trim() === '') {
        report({ locale, key, field, reason: `expected a non-empty string, got ${value === '' ? 'an empty string' : typeof value}` });
        continue;
      }
      try {
        const plain = compilePlain(value);
        const compiled = plain ?? compile?.(value, locale);
        if (compiled === undefined) {
          report({
            locale,
            key,
            field,
            reason: 'ICU placeholders need a compiler: pass `compile` (e.g. compileMessage from the main entry)',
          });
          continue;
        }
        if (renderSafely(compiled, sampleValues.provider) === undefined) throw new Error('renders to an empty string');
        merged[field] = compiled;
      } catch (error) {
        report({ locale, key, field, reason: `invalid ICU message: ${error instanceof Error ? error.message : String(error)}` });
      }
    }
    if (usable(key, merged)) table.set(key, merged);
    else
      report({
        locale,
        key,
        reason: isActionKey(key) ? 'missing "label"' : 'missing "title" or "message" (and no shipped text to fall back to)',
      });
  }
  return table;
};
