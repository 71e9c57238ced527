/**
 * Locale tags as users and browsers send them (`fr_FR`, `FR-ca`, `pt-PT`), matched against the catalogs an
 * instance holds. Standards-first: `Intl.getCanonicalLocales` validates and canonicalizes, then RFC 4647 "lookup"
 * truncates subtags (`fr-CA` → `fr`). This stays a few hundred bytes, where a CLDR best-fit matcher weighs ~10 KB
 * gzip; `negotiateLocale` (main entry) brings the best-fit matcher for `Accept-Language` headers.
 */

// Macrolanguage tags that browsers send for a language we ship under its individual tag.
const aliases: Readonly<Record<string, string>> = { no: 'nb' };

/** The canonical form of a BCP 47 tag, accepting `_` for `-`; `undefined` for anything that is not a tag. */
export const canonicalLocale = (tag: unknown): string | undefined => {
  // Stryker disable next-line ConditionalExpression: for the type checker; `Intl` refuses anything else in the `try`.
  if (typeof tag !== 'string') return undefined;
  // `Intl` accepts longer tags (subtag after subtag), and RFC 5646 asks any implementation to take 255 characters.
  if (tag.length > 255) return undefined;
  try {
    return Intl.getCanonicalLocales(tag.replaceAll('_', '-'))[0];
  } catch {
    // Not a tag: `Intl` says so with a RangeError.
  }
  return undefined;
};

/** The first of `tag`, then `tag` with its last subtags removed, that `has` accepts. */
export const lookupLocale = (tag: unknown, has: (locale: string) => boolean): string | undefined => {
  let candidate = canonicalLocale(tag);
  while (candidate) {
    const locale = aliases[candidate] ?? candidate;
    if (has(locale)) return locale;
    const cut = candidate.lastIndexOf('-');
    // Drop a trailing singleton too (`de-u` after `de-u-co`), as RFC 4647 lookup does.
    // Stryker disable next-line EqualityOperator,Regex: a canonical tag never starts with `-`; without dropping the singleton, the loop tries it once more, and no table holds one.
    candidate = cut < 0 ? undefined : candidate.slice(0, cut).replace(/-[a-z0-9]$/i, '');
  }
  return undefined;
};
