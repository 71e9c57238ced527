import { match } from '@formatjs/intl-localematcher';
import { canonicalLocale } from './locale.js';

/** Requested tags in order of preference: an `Accept-Language` value or a list, invalid entries dropped. */
const requestedLocales = (acceptLanguage: unknown): string[] => {
  const ranges: { tag: unknown; q: number }[] = [];
  if (typeof acceptLanguage === 'string') {
    for (const part of acceptLanguage.slice(0, 4096).split(',')) {
      const [tag = '', ...params] = part.split(';');
      const qParam = params.find((p) => p.trim().startsWith('q='));
      const q = qParam === undefined ? 1 : Number(qParam.trim().slice(2));
      if (q > 0 && q <= 1) ranges.push({ tag: tag.trim(), q });
    }
    // Array.prototype.sort is stable: equal weights keep the header's order.
    ranges.sort((a, b) => b.q - a.q);
  } else {
    try {
      if (Array.isArray(acceptLanguage)) for (const tag of acceptLanguage.slice(0, 100)) ranges.push({ tag, q: 1 });
    } catch {
      // A hostile list (a revoked proxy, a getter that throws) counts as no preference.
    }
  }
  return ranges.map((r) => canonicalLocale(r.tag)).filter((tag): tag is string => tag !== undefined);
};

/**
 * Picks the best supported locale for an `Accept-Language` header or a list of preferred tags, with
 * FormatJS' CLDR best-fit matcher (so `fr-CA` → `fr`, `no` → `nb`, `pt-BR` → `pt`). Never throws: anything
 * unusable gives `defaultLocale`.
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
  const requested = requestedLocales(acceptLanguage);
  const available = supported.filter((tag) => canonicalLocale(tag) === tag);
  if (requested.length === 0 || available.length === 0) return defaultLocale;
  try {
    const matched = match(requested, available, defaultLocale, { algorithm: 'best fit' });
    return (available as string[]).includes(matched) ? (matched as T) : defaultLocale;
  } catch {
    return defaultLocale;
  }
};
