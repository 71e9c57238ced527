import { ResolveLocale } from '@formatjs/intl-localematcher';
import { canonicalLocale } from './locale.js';

// Browsers send a handful of ranges, by weight, in well under 200 characters. What lies past these limits cannot
// change the answer for such a header, and reading it would make junk cost more than a request.
// Characters of a header read: up to the last comma before the limit, so that no range is read in part.
const headerLimit = 1024;
// Ranges of a header (entries of a list) read, then sorted by weight: ten tags, and room for `*`, junk and duplicates.
const rangeLimit = 16;
// FormatJS' best-fit matcher reads no more tags: its distance threshold (50) falls by 5 at each tag it reads.
const tagLimit = 10;
// Headers whose answers a negotiator remembers, and the longest it remembers: at most 256 × 256 characters.
const headerCacheSize = 256;
const headerCacheKeyLength = 256;
// Tags whose canonical forms a negotiator remembers (`Intl` takes microseconds a tag). V8 keeps a substring of 13
// characters or more as a view of the string it was cut from: a longer tag kept as a key would keep its header alive.
const tagCacheSize = 512;
const tagCacheKeyLength = 12;
// language[-Script][-REGION], as canonical tags spell them: a supported tag of this shape is FormatJS' answer as soon
// as it is requested. `Zzzz` and `ZZ` (unknown script or region) are left to FormatJS, which reads them apart.
const plainTag = /^[a-z]{2,3}(?:-(?!Zzzz)[A-Z][a-z]{3})?(?:-(?!ZZ)[A-Z]{2}|-\d{3})?$/;

// The grammar of the tags `Intl` accepts (Unicode BCP 47 locale identifiers), `_` for `-` allowed; it lets through a
// few that `Intl` refuses (a repeated variant, a malformed extension). What does not match is junk, refused without
// asking `Intl`, whose refusal (an exception) costs ~10 µs. Here rather than in `canonicalLocale`: `core` stays small.
const sep = '[-_]';
const tagShape = new RegExp(
  [
    '^(?:[a-z]{2,3}|[a-z]{5,8})', // language
    `(?:${sep}[a-z]{4})?`, // script
    `(?:${sep}(?:[a-z]{2}|\\d{3}))?`, // region
    `(?:${sep}(?:[a-z\\d]{5,8}|\\d[a-z\\d]{3}))*`, // variants
    `(?:${sep}[a-wyz\\d](?:${sep}[a-z\\d]{2,8})+)*`, // extensions: a singleton and its subtags
    `(?:${sep}x(?:${sep}[a-z\\d]{1,8})+)?$`, // private use
  ].join(''),
  'i',
);

/** Whether `tag` may be a tag: everything `canonicalLocale` accepts passes. */
const isTagShaped = (tag: unknown): tag is string => typeof tag === 'string' && tag.length <= 255 && tagShape.test(tag);

/** A map that holds at most `size` entries, forgetting the oldest first. */
const boundedMap = <V>(size: number) => {
  const entries = new Map<string, V>();
  return {
    entries,
    get: (key: string): V | undefined => entries.get(key),
    set: (key: string, value: V): V => {
      if (entries.size >= size) entries.delete(entries.keys().next().value as string);
      entries.set(key, value);
      return value;
    },
  };
};

/** The weight that the parameters of a range give it (`q=0.8`, `level=1`): its first `q=`, 1 without one. */
const weightOf = (parameters: readonly string[]): number => {
  const q = parameters.find((p) => p.trim().startsWith('q='));
  return q === undefined ? 1 : Number(q.trim().slice(2));
};

/** The ranges of an `Accept-Language` value, by weight, none of weight 0; junk is left to `requestedLocales`. */
const rangesOf = (header: string): string[] => {
  const read = header.length <= headerLimit ? header : header.slice(0, Math.max(header.lastIndexOf(',', headerLimit), 0));
  // Stryker disable next-line ArrayDeclaration: an element that is no range has no tag, and is skipped as junk.
  const ranges: { tag: string; q: number }[] = [];
  for (const part of read.split(',', rangeLimit)) {
    const [range, ...parameters] = part.split(';') as [string, ...string[]];
    const q = weightOf(parameters);
    if (q > 0 && q <= 1) ranges.push({ tag: range.trim(), q });
  }
  // Array.prototype.sort is stable: equal weights keep the header's order.
  return ranges.sort((a, b) => b.q - a.q).map((r) => r.tag);
};

/**
 * Requested tags in order of preference, canonical, each once, invalid ones dropped: as many as FormatJS' matcher
 * reads, that is at most `tagLimit`, and none after one that `answers` is its answer as soon as it reads it.
 */
const requestedLocales = (
  acceptLanguage: unknown,
  canonical: (tag: string) => string | undefined,
  answers: (tag: string) => boolean,
): string[] => {
  // Stryker disable next-line ArrayDeclaration: any value put here is not a tag, and is skipped below.
  let tags: readonly unknown[] = [];
  if (typeof acceptLanguage === 'string') tags = rangesOf(acceptLanguage);
  else {
    try {
      if (Array.isArray(acceptLanguage)) tags = acceptLanguage.slice(0, rangeLimit);
    } catch {
      // A hostile list (a revoked proxy, a getter that throws) counts as no preference.
    }
  }
  const requested: string[] = [];
  for (const tag of tags) {
    const locale = isTagShaped(tag) ? canonical(tag) : undefined;
    if (locale === undefined || requested.includes(locale)) continue;
    requested.push(locale);
    if (requested.length === tagLimit || answers(locale)) break;
  }
  return requested;
};

/** What `negotiateLocale` needs to know about the supported tags, worked out once per list. */
const prepare = <T extends string>(supported: readonly T[], defaultLocale: T) => {
  const isCanonical = (tag: string) => canonicalLocale(tag) === tag;
  // The list itself when it can be: FormatJS prepares a list once per array, and a new array each call costs ~50 µs.
  const available = supported.every(isCanonical) ? supported : supported.filter(isCanonical);
  const availableSet = new Set<string>(available);
  // With plain tags only, a requested tag in the list is the answer once FormatJS reads it (its exact-match step);
  // another tag may answer for it otherwise (`fr-x-formal` for `fr`).
  const exact = available.every((tag) => plainTag.test(tag)) ? availableSet : new Set<string>();
  // Stryker disable next-line ArrowFunction: with no default from FormatJS, the answer is not in the list, which gives `defaultLocale` too.
  const getDefault = () => defaultLocale;
  const answers = (tag: string) => exact.has(tag);
  const choose = (requested: readonly string[]): T => {
    if (requested.length === 0 || available.length === 0) return defaultLocale;
    if (answers(requested[0] as string)) return requested[0] as T;
    try {
      // `match` without its canonicalization of the requested tags, which are canonical already. Best fit is FormatJS'
      // default, said here for the reader; no extension keys are relevant to a locale negotiation.
      // Stryker disable next-line ObjectLiteral,StringLiteral,ArrayDeclaration: the same matcher and keys either way.
      const matched = ResolveLocale(available, requested, { localeMatcher: 'best fit' }, [], {}, getDefault).locale;
      if (availableSet.has(matched)) return matched as T;
    } catch {
      // No input found makes FormatJS throw; if one does, it must not fail a request.
    }
    return defaultLocale;
  };
  return { answers, choose };
};

/** Negotiates a locale for one list of supported tags, remembering the headers and tags it has seen. */
export interface LocaleNegotiator<T extends string> {
  /** `negotiateLocale(acceptLanguage, supported, defaultLocale)`, at the cost of a lookup for a header seen before. */
  readonly negotiate: (acceptLanguage: unknown) => T;
  /** How many headers and tags it remembers now: at most 256 and 512, whatever it is given. */
  readonly remembered: () => { readonly headers: number; readonly tags: number };
}

/**
 * A negotiator for one list of supported tags, for a server that negotiates on every request: it prepares the list
 * once, on its first call, and remembers its answers for the last 256 headers of up to 256 characters (longer ones are
 * negotiated each time) and the canonical forms of the last 512 tags, so that what a header costs is paid once.
 */
export const createLocaleNegotiator = <T extends string>(supported: readonly T[], defaultLocale: T): LocaleNegotiator<T> => {
  // A copy: the answers remembered stay true whatever becomes of the caller's array.
  const list = [...supported];
  let prepared: ReturnType<typeof prepare<T>> | undefined;
  const headers = boundedMap<T>(headerCacheSize);
  // '' for what is not a tag.
  const tags = boundedMap<string>(tagCacheSize);
  const canonical = (tag: string): string | undefined => {
    if (tag.length > tagCacheKeyLength) return canonicalLocale(tag);
    return (tags.get(tag) ?? tags.set(tag, canonicalLocale(tag) ?? '')) || undefined;
  };
  const negotiateAfresh = (acceptLanguage: unknown): T => {
    prepared ??= prepare(list, defaultLocale);
    return prepared.choose(requestedLocales(acceptLanguage, canonical, prepared.answers));
  };
  return {
    negotiate: (acceptLanguage) =>
      typeof acceptLanguage === 'string' && acceptLanguage.length <= headerCacheKeyLength
        ? (headers.get(acceptLanguage) ?? headers.set(acceptLanguage, negotiateAfresh(acceptLanguage)))
        : negotiateAfresh(acceptLanguage),
    remembered: () => ({ headers: headers.entries.size, tags: tags.entries.size }),
  };
};

/**
 * Picks the best supported locale for an `Accept-Language` header or a list of preferred tags, with
 * FormatJS' CLDR best-fit matcher (so `fr-CA` → `fr`, `no` → `nb`, `pt-BR` → `pt`). Never throws: anything
 * unusable gives `defaultLocale`. It reads the first 16 ranges of a header within its first 1,024 characters
 * (the first 16 entries of a list); it remembers nothing (`createLocaleNegotiator` does).
 *
 * @param acceptLanguage - e.g. `'fr-CH, fr;q=0.9, en;q=0.8'`, or `['de-AT', 'en']`
 * @param supported - tags to choose from; the shipped locales by default
 * @param defaultLocale - returned when nothing matches; `'en'` by default
 * @example
 * ```ts
 * negotiateLocale(request.headers['accept-language']); // 'fr'
 * negotiateLocale('da, en-GB;q=0.8', ['en', 'sv']);    // 'en'
 * ```
 */
export const negotiateLocale = <T extends string>(acceptLanguage: unknown, supported: readonly T[], defaultLocale: T): T => {
  const { answers, choose } = prepare(supported, defaultLocale);
  return choose(requestedLocales(acceptLanguage, canonicalLocale, answers));
};
