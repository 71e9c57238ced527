/**
 * From a call's query and locale to the entry that answers it, cached per instance. Chains depend only on the query
 * and matches only on the chain and the locale tag, so each is built once; a repeated call costs a few map lookups
 * and allocates nothing. Everything callers can vary (codes, reasons, locale strings) shares one budget of cached
 * entries: when it is spent, every cache is dropped and refilled as calls come, so no mix of inputs can grow the
 * memory of an instance past a few megabytes (separate bounds per map would multiply).
 */
import type { Meta, StatusName } from './catalog.js';
import { usable } from './entries.js';
import type { Entry, Text } from './format.js';
import { lookupLocale } from './locale.js';
import type { LocaleTable } from './locale-table.js';
import { type Candidate, candidates, type Fallback, metaOf, type Query } from './resolve.js';

/** The keys to try for one query, and what they resolve to. */
export interface Chain {
  readonly candidates: readonly Candidate[];
  readonly meta: Meta;
  /** The match per locale tag. */
  readonly byTag: Map<string, Match>;
  /** The match per locale string as callers pass it (`fr-CA`, `fr_FR`), so a repeated call costs one lookup. */
  readonly byLocaleString: Map<string, Match>;
  /** A code's chains with a reason, by reason: made when the first one is. */
  reasons: Map<string, Chain> | undefined;
}

/** The entry found for a chain in a locale, with its texts copied out so that reading one is a plain property read. */
export interface Match {
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

export interface Matcher {
  /** The chain of a query, given as `parseInput` hands it over. */
  readonly chainOf: (code: number | null, reason: string | null, status: StatusName | null, by: Query['by']) => Chain;
  /** The match of a chain in a call's locale (a tag, a list of tags, anything), reported to `onFallback`. */
  readonly matchFor: (chain: Chain, locale: unknown) => Match;
  /** How many entries its caches hold now, all together: at most its budget, whatever it is given. */
  readonly remembered: () => number;
}

/** Cached entries an instance keeps at most, all caches together: about 5.5 MB in the worst mix of inputs (memory.test.ts). */
export const cacheBudget = 4_096;
// Locales tried in an array of tags: browsers send a handful.
const localeListLimit = 32;
// No locale tag is longer: longer strings are not worth a cache entry.
const longestTag = 255;

/**
 * @example
 * ```ts
 * const matcher = createMatcher(createLocaleTable([en, fr], 'en'));
 * matcher.matchFor(parseInput(201, 'Bad Credentials', matcher.chainOf), 'fr-CA').key; // 'code.201.bad_credentials'
 * ```
 */
export const createMatcher = (table: LocaleTable, onFallback?: (event: FallbackEvent) => void, budget: number = cacheBudget): Matcher => {
  const { defaultLocale } = table;
  const tagCache = new Map<string, string>();
  // Chains by code, and by status (`unknown` for neither): a code's chains with a reason hang from its own.
  const chains = new Map<number | string, Chain>();
  let left = budget;
  const remember = <K, V>(cache: Map<K, V>, key: K, value: V): V => {
    if (--left < 0) {
      // Stryker disable next-line CallExpression: tags kept past the budget give the same answers; only memory is at stake.
      tagCache.clear();
      chains.clear();
      left = budget - 1;
    }
    cache.set(key, value);
    return value;
  };

  // A locale string's tag, or '' when no catalog fits it.
  const tagOf = (input: unknown): string =>
    typeof input === 'string' && input.length <= longestTag
      ? (tagCache.get(input) ?? remember(tagCache, input, lookupLocale(input, table.has) ?? ''))
      : '';
  const resolveLocale = (input: unknown): string => {
    try {
      if (Array.isArray(input)) {
        // An index loop rather than slice(): no array is copied on every call.
        for (let i = 0; i < Math.min(input.length, localeListLimit); i++) {
          const tag = tagOf(input[i]);
          if (tag) return tag;
        }
      }
    } catch {
      // A hostile list (a revoked proxy, a getter that throws) gives the default locale, like any unusable one.
    }
    return tagOf(input) || defaultLocale;
  };

  const newChain = (query: Query): Chain => {
    const keys = candidates(query);
    // `reasons` from the start, so that every chain has one shape and reading a chain stays one quick property load.
    return { candidates: keys, meta: metaOf(keys), byTag: new Map(), byLocaleString: new Map(), reasons: undefined };
  };
  const chainOf = (code: number | null, reason: string | null, status: StatusName | null, by: Query['by']): Chain => {
    // Stryker disable next-line StringLiteral: any id that is no status would do for the chain of neither.
    const id = by === 'code' ? (code as number) : (status ?? 'unknown');
    const chain = chains.get(id) ?? remember(chains, id, newChain({ code, reason: null, status, by }));
    if (by !== 'code' || reason === null) return chain;
    chain.reasons ??= new Map();
    return chain.reasons.get(reason) ?? remember(chain.reasons, reason, newChain({ code, reason, status, by }));
  };

  // The cold paths (a locale string or a list not seen yet, a fallback to report) are functions of their own, so
  // that the hot path stays small enough for the engine to inline into the message functions.
  const matchOf = (chain: Chain, locale: unknown): Match => {
    const tag = resolveLocale(locale);
    const match = chain.byTag.get(tag) ?? remember(chain.byTag, tag, findMatch(chain.candidates, tag, table));
    if (typeof locale === 'string' && locale.length <= longestTag) remember(chain.byLocaleString, locale, match);
    return match;
  };
  const report = (chain: Chain, match: Match) => {
    try {
      // Stryker disable next-line OptionalChaining: only called with a callback (see matchFor); the `?.` is for the type checker.
      onFallback?.({
        requestedLocale: match.requestedLocale,
        locale: match.locale,
        requestedKey: (chain.candidates[0] as Candidate).key,
        key: match.key,
        fallback: match.fallback,
      });
    } catch {
      // A failing callback must not turn a message into a crash.
    }
  };

  const matchFor = (chain: Chain, locale: unknown): Match => {
    // Only strings are keys of `byLocaleString`: anything else is not found.
    const match = chain.byLocaleString.get(locale as string) ?? matchOf(chain, locale);
    if (onFallback && (match.fallback !== 'none' || match.locale !== match.requestedLocale)) report(chain, match);
    return match;
  };

  return { chainOf, matchFor, remembered: () => budget - left };
};

/**
 * The first usable entry: every key of the chain in one language before the next language, and within a
 * language, each key in the most specific locale first (`pt-BR`, then `pt`).
 */
const findMatch = (chain: readonly Candidate[], requestedLocale: string, { languagesOf, entryOf, defaultLocale }: LocaleTable): Match => {
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
  for (const locales of languagesOf(requestedLocale)) {
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
