/**
 * `createStatusMessages`: an explicit instance holding its catalogs and caches. Nothing is global, so two
 * instances never affect each other and a server can share one across requests safely: a call's locale is an
 * argument, never instance state.
 */
import { type Action, type Category, catalogKeys, codeReasons, type Meta, type Severity, type StatusName } from './catalog.js';
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
import {
  asReason,
  type Candidate,
  type Connection,
  candidates,
  type Fallback,
  metaOf,
  parseCode,
  parseQuery,
  parseStatus,
  precedence,
  type Query,
  read,
} from './resolve.js';

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

/** The keys to try for one query, and what they resolve to: built once per query, then reused by every call. */
interface Chain {
  readonly candidates: readonly Candidate[];
  readonly meta: Meta;
  /** The match per locale tag. */
  readonly byTag: Map<string, Match>;
  /** The match per locale string as callers pass it (`fr-CA`, `fr_FR`), so a repeated call costs one lookup. */
  readonly byLocaleString: Map<string, Match>;
}

/** The entry found for a chain in a locale, with its texts copied out so that reading one is a plain property read. */
interface Match {
  readonly key: string;
  /** The locale the entry comes from. */
  readonly locale: string;
  /** The locale tag the call's locale resolved to: `locale` differs when a fallback locale was used. */
  readonly requestedLocale: string;
  readonly fallback: Fallback;
  readonly title: Text | undefined;
  readonly message: Text | undefined;
  readonly titleWithProvider: Text | undefined;
  readonly messageWithProvider: Text | undefined;
}

const isActionKey = (key: string) => key.startsWith('action.');
const providerFields = { title: 'titleWithProvider', message: 'messageWithProvider' } as const;
const sampleValues = { provider: 'Example Bank' };
const knownKeys = new Set(catalogKeys);
// A cache bound for keys that come from callers (locale tags, reasons), so hostile input cannot grow memory.
const cacheLimit = 500;
// Locales tried in an array of tags, for the same reason.
const localeListLimit = 32;

const remember = <K, V>(cache: Map<K, V>, key: K, value: V): V => {
  if (cache.size >= cacheLimit) cache.clear();
  cache.set(key, value);
  return value;
};

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

  // A locale string's tag, or '' when no catalog fits it.
  const tagCache = new Map<string, string>();
  const tagOf = (input: string): string => tagCache.get(input) ?? remember(tagCache, input, lookupLocale(input, has) ?? '');
  const resolveLocale = (input: unknown): string => {
    if (typeof input === 'string') return tagOf(input) || defaultLocale;
    if (Array.isArray(input)) {
      // An index loop rather than slice(): no array is copied on every call.
      for (let i = 0; i < Math.min(input.length, localeListLimit); i++) {
        const item: unknown = input[i];
        const tag = typeof item === 'string' ? tagOf(item) : '';
        if (tag) return tag;
      }
    }
    return defaultLocale;
  };

  // Chains depend only on the query and matches only on the chain and the locale tag, so each is built once per
  // instance; a call then costs a few map lookups and allocates nothing unless it formats a provider name.
  const newChain = (query: Query): Chain => {
    const keys = candidates(query);
    return { candidates: keys, meta: metaOf(keys), byTag: new Map(), byLocaleString: new Map() };
  };
  const codeChains = new Map<number, { plain: Chain; byReason: Map<string, Chain> }>();
  const otherChains = new Map<string, Chain>();
  const chainOf = (code: number | null, reason: string | null, status: StatusName | null, by: Query['by']): Chain => {
    if (by === 'code' && code !== null) {
      let forCode = codeChains.get(code);
      if (!forCode) {
        forCode = { plain: newChain({ code, reason: null, status: null, by }), byReason: new Map() };
        codeChains.set(code, forCode);
      }
      if (reason === null) return forCode.plain;
      return forCode.byReason.get(reason) ?? remember(forCode.byReason, reason, newChain({ code, reason, status: null, by }));
    }
    const id = by === 'status' && status ? status : 'unknown';
    let chain = otherChains.get(id);
    if (!chain) {
      chain = newChain({ code: null, reason: null, status, by });
      otherChains.set(id, chain);
    }
    return chain;
  };

  const matchOf = (chain: Chain, tag: string): Match =>
    chain.byTag.get(tag) ?? remember(chain.byTag, tag, findMatch(chain.candidates, tag, localeChains.get(tag) ?? [[defaultLocale]], tables, defaultLocale));

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
    const withProvider = provider ? renderSafely(match[providerFields[field]], provider) : undefined;
    return withProvider ?? renderSafely(match[field], provider) ?? '';
  };

  const reasonOf = (options: MessageOptions | undefined): unknown => {
    try {
      return options?.reason;
    } catch {
      return undefined;
    }
  };

  // What parseQuery() does, without building a query object: this runs on every call.
  const chainFor = (input: unknown, options: MessageOptions | undefined): Chain => {
    const reason = asReason(reasonOf(options));
    if (input !== null && typeof input === 'object') {
      const code = parseCode(read(input, 'status_code'));
      const status = parseStatus(read(input, 'status'));
      return chainOf(code, reason ?? asReason(read(input, 'status_reason')), status, precedence(code, status));
    }
    const code = parseCode(input);
    return chainOf(code, reason, null, code === null ? 'none' : 'code');
  };

  const matchFor = (chain: Chain, locale: unknown): Match => {
    let match = typeof locale === 'string' ? chain.byLocaleString.get(locale) : undefined;
    if (match === undefined) {
      match = matchOf(chain, resolveLocale(locale));
      if (typeof locale === 'string') remember(chain.byLocaleString, locale, match);
    }
    if (onFallback && (match.fallback !== 'none' || match.locale !== match.requestedLocale)) {
      try {
        onFallback({
          requestedLocale: match.requestedLocale,
          locale: match.locale,
          requestedKey: chain.candidates[0]?.key ?? 'unknown',
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
    const { meta } = chain;
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
    chainFor(input, options).meta.category === 'ok' ? null : getStatusMessage(input, locale, options);

  return { getStatusMessage, getErrorMessage, describeStatus, locales, defaultLocale };
};

/**
 * The first usable entry: every key of the chain in one language before the next language, and within a
 * language, each key in the most specific locale first (`pt-BR`, then `pt`).
 */
const findMatch = (
  chain: readonly Candidate[],
  requestedLocale: string,
  languages: readonly (readonly string[])[],
  tables: ReadonlyMap<string, ReadonlyMap<string, Entry>>,
  defaultLocale: string,
): Match => {
  const matchIn = (entry: Entry, key: string, locale: string, fallback: Fallback): Match => ({
    key,
    locale,
    requestedLocale,
    fallback,
    title: entry.title,
    message: entry.message,
    titleWithProvider: entry.titleWithProvider,
    messageWithProvider: entry.messageWithProvider,
  });
  for (const locales of languages) {
    for (const { key, fallback } of chain) {
      for (const locale of locales) {
        const entry = tables.get(locale)?.get(key);
        if (entry && usable(key, entry)) return matchIn(entry, key, locale, fallback);
      }
    }
  }
  // Checked at creation: the default locale always has a usable `unknown` entry.
  return matchIn(tables.get(defaultLocale)?.get('unknown') as Entry, 'unknown', defaultLocale, 'unknown');
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
