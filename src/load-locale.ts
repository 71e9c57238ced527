/**
 * `connection-status-i18n/load-locale`: the one shipped locale a browser app needs, loaded when it knows the user's
 * languages. Each locale is a literal `import()` (generated, see `generated/locales/loaders.ts`), so Vite, webpack,
 * Rollup and esbuild split one chunk per locale and the browser downloads only the one it loads.
 *
 * An entry of its own rather than a `core` export: `core` stays the resolution layer without any catalog, and its
 * CommonJS build would otherwise turn the 25 `import()`s into `require()`s of bundled locales.
 */
import type { ShippedLocale } from '../generated/locales/index.js';
import { localeLoaders } from '../generated/locales/loaders.js';
import type { LocaleInput } from './runtime/instance.js';
import { lookupLocale } from './runtime/locale.js';
import type { CompiledLocale } from './runtime/packed-locale.js';

export type { CompiledLocale, LocaleInput };

// Tags tried in a list: browsers send a handful (the same bound as `createStatusMessages`).
const localeListLimit = 32;

const isShipped = (tag: string): boolean => Object.hasOwn(localeLoaders, tag);

/** The shipped locale for a tag, or for the first tag of a list that has one; `en` for anything else. */
const shippedLocaleFor = (locale: unknown): ShippedLocale => {
  try {
    for (const tag of Array.isArray(locale) ? locale.slice(0, localeListLimit) : [locale]) {
      const shipped = lookupLocale(tag, isShipped);
      if (shipped) return shipped as ShippedLocale;
    }
  } catch {
    // A hostile list (a revoked proxy, a getter that throws) counts as no preference, as it does for messages.
  }
  return 'en';
};

/**
 * The tags `loadLocale` can load, English first.
 *
 * @example
 * ```ts
 * loadableLocales.includes('de'); // true
 * ```
 */
export const loadableLocales = Object.keys(localeLoaders) as readonly ShippedLocale[];

/**
 * Loads the compiled locale that best fits a tag or a list of tags in order of preference, as
 * `createStatusMessages` resolves them: BCP 47 lookup (`de-AT` → `de`), `no` → `nb`, and English for anything
 * unsupported or invalid. It never rejects because of its input; it rejects only when the locale's chunk cannot be
 * fetched (offline, or an old chunk removed by a deploy), so keep English at hand for that case.
 *
 * @param locale - e.g. `navigator.languages`, or a tag such as `'de-AT'`
 * @returns what `connection-status-i18n/locales/<tag>` exports; its `locale` is the tag to put in `<html lang>`
 * @example
 * ```ts
 * import { createStatusMessages } from 'connection-status-i18n/core';
 * import { loadLocale } from 'connection-status-i18n/load-locale';
 * import { en } from 'connection-status-i18n/locales/en';
 *
 * const locale = await loadLocale(navigator.languages).catch(() => en); // de-DE → the `de` chunk only
 * const messages = createStatusMessages({ locales: [en, locale] });
 * document.documentElement.lang = locale.locale;
 * messages.getStatusMessage(201, locale.locale, { reason: 'Bad Credentials', provider: 'ING' });
 * ```
 */
export const loadLocale = async (locale?: LocaleInput): Promise<CompiledLocale> => localeLoaders[shippedLocaleFor(locale)]();
