/**
 * `createStatusMessages`: an explicit instance holding its catalogs and caches. Nothing is global, so two
 * instances never affect each other and a server can share one across requests safely: a call's locale is an
 * argument, never instance state.
 */
import { type Action, type Category, codeReasons, type Meta, type Severity, type StatusName } from './catalog.js';
import { type Entry, type LocaleCatalog, providerName, type Text, textFields } from './format.js';
import { canonicalLocale, lookupLocale } from './locale.js';
import { type CompiledLocale, unpackRows } from './packed-locale.js';
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
  statusCodeOf,
  statusOf,
  statusReasonOf,
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

/** The options of `createStatusMessages` in `core`; the main entry adds `overrides`, `compile` and `onError`. */
export interface CoreOptions {
  /**
   * Catalogs, later ones replacing the entries of earlier ones of the same locale: the compiled locales
   * (`import { fr } from 'connection-status-i18n/locales/fr'`), or your own `{ locale, entries }`. They are trusted
   * as they are (and read when a call first needs their locale: do not change them after); pass catalogs built at
   * run time through `checkCatalogs` first, which reports broken entries.
   */
  readonly locales?: readonly (CompiledLocale | LocaleCatalog)[];
  /** Used when a call's locale is missing or unsupported, and as the last fallback. Default: `en`. */
  readonly defaultLocale?: string;
  /** Wrap the provider name in Unicode isolates (U+2068 … U+2069), for right-to-left catalogs. */
  readonly isolateProvider?: boolean;
  readonly onFallback?: (event: FallbackEvent) => void;
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

const providerFields = { title: 'titleWithProvider', message: 'messageWithProvider' } as const;
// A cache bound for keys that come from callers (locale tags, reasons), so hostile input cannot grow memory.
const cacheLimit = 500;
// Locales tried in an array of tags, for the same reason.
const localeListLimit = 32;

const remember = <K, V>(cache: Map<K, V>, key: K, value: V): V => {
  if (cache.size >= cacheLimit) cache.clear();
  cache.set(key, value);
  return value;
};

/** A text as a non-empty string, or `undefined`: a catalog may hold anything, and a function may throw. */
export const renderSafely = (text: Text | undefined, provider: string): string | undefined => {
  if (typeof text === 'string') return text || undefined;
  if (typeof text !== 'function') return undefined;
  try {
    const rendered: unknown = text({ provider });
    return typeof rendered === 'string' && rendered !== '' ? rendered : undefined;
  } catch {
    return undefined;
  }
};

/** A message entry is usable when its title and message render to non-empty strings. */
const usable = (entry: Entry): boolean =>
  renderSafely(entry.title, 'Example Bank') !== undefined && renderSafely(entry.message, 'Example Bank') !== undefined;

/**
 * The entries of a catalog as plain data: each entry copied field by field, so that a call later never reads a
 * getter or a proxy. What cannot be read is left out, and falls back like a missing entry.
 */
export const entriesOf = (catalog: CompiledLocale | LocaleCatalog): [string, Entry][] => {
  const list: [string, Entry][] = [];
  try {
    // Compiled rows are unpacked into new plain objects: nothing to copy.
    if ('rows' in catalog) return Object.entries(unpackRows(catalog.rows));
    const { entries } = catalog;
    for (const key of Object.keys(entries)) {
      try {
        const source: unknown = entries[key];
        if (source === null || typeof source !== 'object') continue;
        const entry: Record<string, unknown> = {};
        for (const field of textFields) {
          const text: unknown = (source as Record<string, unknown>)[field];
          if (text !== undefined) entry[field] = text;
        }
        list.push([key, entry as Entry]);
      } catch {
        // A throwing getter: the entry is left out.
      }
    }
  } catch {
    // Not an object, or a proxy that cannot be listed: the locale has no entries.
  }
  return list;
};

/** How a wrong value is named in a report; `typeof` never throws, whatever the value. */
export const kindOf = (value: unknown): string => (value === null ? 'null' : typeof value);
export const quote = (value: unknown): string => (typeof value === 'string' ? JSON.stringify(value.slice(0, 100)) : kindOf(value));
export const invalidTag = (value: unknown, where: string) =>
  new TypeError(`createStatusMessages: invalid locale tag ${quote(value)} in ${where}; use a BCP 47 tag such as "fr" or "pt-BR".`);

/**
 * Creates an instance with its own catalogs, default locale and callbacks.
 *
 * @example
 * ```ts
 * import { createStatusMessages } from 'connection-status-i18n/core';
 * import { en } from 'connection-status-i18n/locales/en';
 * import { fr } from 'connection-status-i18n/locales/fr';
 *
 * const messages = createStatusMessages({ locales: [en, fr], defaultLocale: 'fr' });
 * messages.getStatusMessage(201, 'fr-CA', { reason: 'Bad Credentials' });
 * ```
 */
export const createStatusMessages = (options: CoreOptions = {}): StatusMessages => {
  const { onFallback, isolateProvider = false } = options;
  // Catalogs by tag; a locale's entries are read the first time a call needs it, so that an instance holding
  // every shipped locale starts as fast as one holding two.
  const catalogs = new Map<string, (CompiledLocale | LocaleCatalog)[]>();
  for (const catalog of options.locales ?? []) {
    const locale = read(catalog, 'locale');
    const tag = canonicalLocale(locale);
    if (!tag) throw invalidTag(locale, 'options.locales');
    catalogs.set(tag, [...(catalogs.get(tag) ?? []), catalog]);
  }
  const tables = new Map<string, Map<string, Entry>>();
  const entryOf = (tag: string, key: string): Entry | undefined => {
    let table = tables.get(tag);
    if (!table) {
      table = new Map();
      for (const catalog of catalogs.get(tag) ?? []) for (const [entryKey, entry] of entriesOf(catalog)) table.set(entryKey, entry);
      tables.set(tag, table);
    }
    return table.get(key);
  };
  const defaultLocale = canonicalLocale(options.defaultLocale ?? 'en') ?? '';
  const unknownEntry = entryOf(defaultLocale, 'unknown');
  // Shown if even the default `unknown` entry fails when shown (a text given at run time may throw only sometimes).
  const title = renderSafely(unknownEntry?.title, '');
  const message = renderSafely(unknownEntry?.message, '');
  if (title === undefined || message === undefined) {
    throw new TypeError(
      `createStatusMessages: the default locale ${quote(options.defaultLocale ?? 'en')} needs a catalog with an "unknown" entry; ` +
        'pass it in options.locales (e.g. `import { en } from "connection-status-i18n/locales/en"`) or set options.defaultLocale.',
    );
  }
  const lastResort = { title, message };
  const locales = [defaultLocale, ...[...catalogs.keys()].filter((tag) => tag !== defaultLocale)];
  const has = (tag: string) => catalogs.has(tag);

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
    // No tag is longer than 255 characters: longer strings are not worth a cache entry.
    if (typeof input === 'string') return (input.length <= 255 && tagOf(input)) || defaultLocale;
    try {
      if (Array.isArray(input)) {
        // An index loop rather than slice(): no array is copied on every call.
        for (let i = 0; i < Math.min(input.length, localeListLimit); i++) {
          const item: unknown = input[i];
          const tag = typeof item === 'string' && item.length <= 255 ? tagOf(item) : '';
          if (tag) return tag;
        }
      }
    } catch {
      // A hostile list (a revoked proxy, a getter that throws) gives the default locale, like any unusable one.
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
    chain.byTag.get(tag) ??
    remember(chain.byTag, tag, findMatch(chain.candidates, tag, localeChains.get(tag) ?? [[defaultLocale]], entryOf, defaultLocale));

  const providerOf = (options: MessageOptions | undefined): string => {
    let provider: unknown;
    try {
      provider = options?.provider;
    } catch {
      return '';
    }
    return providerName(provider, isolateProvider);
  };

  const text = (match: Match, field: 'title' | 'message', provider: string): string => {
    const withProvider = provider ? renderSafely(match[providerFields[field]], provider) : undefined;
    return withProvider ?? renderSafely(match[field], provider) ?? lastResort[field];
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
      const code = parseCode(statusCodeOf(input));
      const status = parseStatus(statusOf(input));
      return chainOf(code, reason ?? asReason(statusReasonOf(input)), status, precedence(code, status));
    }
    const code = parseCode(input);
    return chainOf(code, reason, null, code === null ? 'none' : 'code');
  };

  const matchFor = (chain: Chain, locale: unknown): Match => {
    let match = typeof locale === 'string' ? chain.byLocaleString.get(locale) : undefined;
    if (match === undefined) {
      match = matchOf(chain, resolveLocale(locale));
      if (typeof locale === 'string' && locale.length <= 255) remember(chain.byLocaleString, locale, match);
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
        // A failing callback must not turn a message into a crash.
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
        : labelOf(`action.${meta.action}`, (localeChains.get(match.locale) ?? []).flat(), entryOf, provider);
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
  entryOf: (tag: string, key: string) => Entry | undefined,
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
        const entry = entryOf(locale, key);
        // Only a catalog given at run time can hold a text that fails: `checkCatalogs` reports it.
        if (entry && usable(entry)) return matchIn(entry, key, locale, fallback);
      }
    }
  }
  // Checked at creation: the default locale always has a usable `unknown` entry.
  return matchIn(entryOf(defaultLocale, 'unknown') as Entry, 'unknown', defaultLocale, 'unknown');
};

/** A button label, in the first locale of the chain that has it. */
const labelOf = (
  key: string,
  localeChain: readonly string[],
  entryOf: (tag: string, key: string) => Entry | undefined,
  provider: string,
): string | undefined => {
  for (const tag of localeChain) {
    const label = renderSafely(entryOf(tag, key)?.label, provider);
    if (label !== undefined) return label;
  }
  return undefined;
};
