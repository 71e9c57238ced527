/**
 * `connection-status-i18n/i18next`: the catalog as an i18next namespace, ICU formatting for it, and the key list
 * of a status so that `t()` reaches the message `getStatusMessage` gives.
 *
 * Typed structurally (no import of i18next), so the package does not depend on i18next's version or types; the
 * tests run it against real i18next 26 instances.
 */
import { compileMessage } from '../runtime/compile.js';
import { providerName, type Text } from '../runtime/format.js';
import { canonicalLocale } from '../runtime/locale.js';
import { candidates, parseQuery } from '../runtime/resolve.js';

import { isEntryKey, type LocaleSource, localeSource, shippedSourceLocale, sourceLocales, sourceTexts } from './sources.js';

export type { LocaleSource } from './sources.js';

/** The namespace `addStatusMessages` uses unless told otherwise. */
export const statusNamespace = 'connection-status';

/** The name of the ICU post-processor, for `t(key, { postProcess: icuPostProcessorName })`. */
export const icuPostProcessorName = 'connection-status-icu';

/** The i18next post-processor interface, as far as this module uses it. */
export interface StatusPostProcessor {
  readonly type: 'postProcessor';
  readonly name: string;
  process(value: string, key: string | string[], options: object, translator: unknown): string;
}

/**
 * The `t()` and `exists()` options this module passes, a subset of i18next's `TOptions`. A type alias, not an
 * interface: only aliases are assignable to i18next's index-signature options type.
 */
export type LookupOptions = {
  readonly ns?: string;
  readonly lng?: string;
  readonly lngs?: readonly string[];
  readonly fallbackLng?: false;
  readonly postProcess?: string;
  readonly skipInterpolation?: boolean;
  readonly provider?: string;
};

/** The parts of an i18next instance (`i18next.createInstance()`) this module uses. */
export interface I18nextInstance {
  readonly language?: string;
  readonly resolvedLanguage?: string;
  readonly options: { readonly keySeparator?: string | false | undefined };
  // i18next types this as `any`: it is internal, but plugins rely on it and it has been stable since v19.
  // biome-ignore lint/suspicious/noExplicitAny: mirrors i18next's own declaration
  readonly services: { readonly languageUtils?: any };
  addResourceBundle(lng: string, ns: string, resources: object, deep?: boolean, overwrite?: boolean): unknown;
  exists(key: string, options?: LookupOptions): boolean;
  t(key: string | string[], options?: LookupOptions): unknown;
  use(module: StatusPostProcessor): unknown;
}

// Compiled messages by locale and source; bounded because `t()` may pass any string through the processor.
const compiled = new Map<string, Text>();
const cacheLimit = 1000;

const compileCached = (source: string, locale: string): Text => {
  const id = `${locale}\u0000${source}`;
  let text = compiled.get(id);
  if (text === undefined) {
    text = compileMessage(source, locale);
    if (compiled.size >= cacheLimit) compiled.clear();
    compiled.set(id, text);
  }
  return text;
};

/**
 * Formats the looked-up string as ICU MessageFormat with FormatJS' `intl-messageformat`, using the `t()` options
 * as values. Scoped by name, so it formats only the `t()` calls that ask for it (`postProcess`): the app's own
 * `{{name}}` messages keep i18next's interpolation. A string that is not valid ICU, or lacks a value, is returned
 * as is, and so is every string on an instance with an `i18nFormat` plugin (i18next-icu), which formats ICU itself.
 * `addStatusMessages` registers it; `i18n.use(icuPostProcessor)` does too.
 *
 * @example
 * ```ts
 * i18n.use(icuPostProcessor);
 * i18n.t('code.302.message', { ns: 'connection-status', postProcess: 'connection-status-icu', provider: 'ING' });
 * ```
 */
export const icuPostProcessor: StatusPostProcessor = {
  type: 'postProcessor',
  name: icuPostProcessorName,
  process(value, _key, options, translator) {
    // An ICU i18nFormat plugin (i18next-icu or your own) has formatted the text already; formatting it again
    // would read ICU syntax in the values (a provider named `{Bank}`).
    const translatorFormat = (translator as { i18nFormat?: { parse?: unknown } } | null)?.i18nFormat;
    if (typeof value !== 'string' || typeof translatorFormat?.parse === 'function') return value;
    const values = options as Record<string, unknown>;
    const language = typeof values.lng === 'string' ? values.lng : (translator as { language?: unknown } | null)?.language;
    try {
      const text = compileCached(value, canonicalLocale(language) ?? 'en');
      return typeof text === 'string' ? text : text(values as { provider: string });
    } catch {
      return value;
    }
  },
};

/**
 * The i18next resources of one locale file, for `addResourceBundle`: nested by key segment
 * (`code` → `201` → `bad_credentials` → `message`), or flat (`code.201.bad_credentials.message`) for instances
 * created with `keySeparator: false`. Use it with a locale JSON you import yourself to bundle only that locale.
 *
 * @example
 * ```ts
 * import fr from 'connection-status-i18n/locales/fr.json' with { type: 'json' };
 * i18n.addResourceBundle('fr', 'connection-status', statusResources(fr), true, false);
 * ```
 */
export const statusResources = (source: LocaleSource, keySeparator: string | false = '.'): Record<string, unknown> => {
  const resources: Record<string, unknown> = {};
  for (const { key, field, text } of sourceTexts(source)) {
    if (keySeparator === false) {
      resources[`${key}.${field}`] = text;
      continue;
    }
    let node = resources;
    for (const segment of key.split('.')) {
      const child = node[segment];
      if (child === null || typeof child !== 'object') node[segment] = {};
      node = node[segment] as Record<string, unknown>;
    }
    node[field] = text;
  }
  return resources;
};

export interface AddStatusMessagesOptions {
  /** The namespace to add the catalog to. Default: `connection-status`. */
  readonly ns?: string;
  /** Locale tags to add (`fr-CA` adds `fr`). Default: every shipped locale. */
  readonly locales?: readonly string[];
}

/**
 * Adds the shipped catalog to an i18next instance as a namespace, one resource bundle per locale, and registers
 * `icuPostProcessor` on it. Texts the instance already has in that namespace are kept, so your own wording can be
 * added before or after (`addResourceBundle(lng, ns, { code: { 201: { message } } }, true, true)`).
 * Returns the tags added. Throws a `TypeError` for a tag no shipped locale fits.
 *
 * @example
 * ```ts
 * import i18next from 'i18next';
 * import { addStatusMessages, translateStatus } from 'connection-status-i18n/i18next';
 *
 * const i18n = i18next.createInstance();
 * await i18n.init({ lng: 'fr', fallbackLng: 'en' });
 * addStatusMessages(i18n, { locales: ['en', 'fr'] });
 * translateStatus(i18n, 201, { reason: 'Bad Credentials' });
 * ```
 */
export const addStatusMessages = (i18n: I18nextInstance, options: AddStatusMessagesOptions = {}): string[] => {
  const ns = options.ns ?? statusNamespace;
  const tags: NonNullable<ReturnType<typeof shippedSourceLocale>>[] = [];
  for (const requested of options.locales ?? sourceLocales) {
    const tag = shippedSourceLocale(requested);
    if (!tag) {
      throw new TypeError(
        `addStatusMessages: no shipped locale fits ${JSON.stringify(requested)} in options.locales; use one of ${sourceLocales.join(', ')} ` +
          '(or a regional tag of one), or add your own texts with addResourceBundle.',
      );
    }
    if (!tags.includes(tag)) tags.push(tag);
  }
  const keySeparator = i18n.options.keySeparator ?? '.';
  for (const tag of tags) i18n.addResourceBundle(tag, ns, statusResources(localeSource(tag), keySeparator), true, false);
  i18n.use(icuPostProcessor);
  return tags;
};

export interface StatusKeyOptions {
  /** The `status_reason`; takes precedence over the connection object's. */
  readonly reason?: string | null;
  /** With a provider name, each entry's `…WithProvider` variant comes before its plain text. */
  readonly provider?: string | null;
  /** Which text: `message` (default) or `title`. */
  readonly field?: 'message' | 'title';
  /** The instance's `keySeparator`, when it is not `.` (`false` for flat keys). */
  readonly keySeparator?: string | false;
}

/** The catalog entries to try for an input, most specific first, as `resolve.ts` orders them. */
const entryKeys = (input: unknown, reason: unknown): string[] =>
  candidates(parseQuery(input, reason))
    .map(({ key }) => key)
    .filter(isEntryKey);

const join = (key: string, field: string, keySeparator: string | false | undefined) =>
  keySeparator === false || keySeparator === undefined || keySeparator === '.'
    ? `${key}.${field}`
    : [...key.split('.'), field].join(keySeparator);

/**
 * The i18next keys of a status code, numeric string or connection object, most specific first: pass them to
 * `t()` with the namespace and `postProcess: 'connection-status-icu'`. i18next tries each key in every language
 * of the fallback chain before the next key; with complete catalogs (the shipped ones are) that gives the same
 * message as `getStatusMessage`. For our language-first order with partial catalogs, use `translateStatus`.
 *
 * @example
 * ```ts
 * statusKeys(201, { reason: 'Bad Credentials' });
 * // ['code.201.bad_credentials.message', 'code.201.message', 'category.2xx.message', 'unknown.message']
 * i18n.t(statusKeys(connection, { provider: 'ING' }), {
 *   ns: 'connection-status', postProcess: 'connection-status-icu', provider: 'ING',
 * });
 * ```
 */
export const statusKeys = (input: unknown, options: StatusKeyOptions = {}): string[] => {
  const field = options.field === 'title' ? 'title' : 'message';
  const withProvider = providerName(options.provider) !== '';
  return entryKeys(input, options.reason).flatMap((key) => [
    ...(withProvider ? [join(key, `${field}WithProvider`, options.keySeparator)] : []),
    join(key, field, options.keySeparator),
  ]);
};

export interface TranslateStatusOptions {
  /** The language; the instance's current language by default. */
  readonly lng?: string;
  /** Default: `connection-status`. */
  readonly ns?: string;
  readonly reason?: string | null;
  /** The bank's name, shown as is (escape it yourself when you build HTML). */
  readonly provider?: string | null;
  readonly field?: 'message' | 'title';
  /** Wrap the provider name in Unicode isolates (U+2068 … U+2069), for right-to-left languages. */
  readonly isolateProvider?: boolean;
}

/** i18next's language chain for `lng` (`de-AT` → `de-AT`, `de`, then the fallback languages), grouped by language. */
const languageGroups = (i18n: I18nextInstance, lng: string): string[][] => {
  const utils = i18n.services.languageUtils;
  let chain: unknown = typeof utils?.toResolveHierarchy === 'function' ? utils.toResolveHierarchy(lng) : [lng];
  if (!Array.isArray(chain)) chain = [lng];
  const groups: string[][] = [];
  for (const code of chain as unknown[]) {
    if (typeof code !== 'string') continue;
    const language = code.split(/[-_]/)[0]?.toLowerCase();
    const last = groups.at(-1);
    if (last && last[0]?.split(/[-_]/)[0]?.toLowerCase() === language) last.push(code);
    else groups.push([code]);
  }
  return groups;
};

/**
 * The message (or title) of a status through i18next, with this package's fallback order: every entry of the
 * chain (reason, code, category, `unknown`) in the user's language, most specific locale first (`pt-BR`, then
 * `pt`), before any fallback language. i18next alone would try each key in all languages before the next key, so
 * a missing reason entry in French would give the English reason text instead of the French code text.
 * Formatting goes through the instance's `t()` and `icuPostProcessor`.
 *
 * @example
 * ```ts
 * translateStatus(i18n, { status: 'error', status_code: 302 }, { lng: 'de-AT', provider: 'Erste Bank' });
 * translateStatus(i18n, 201, { reason: 'Account Blocked', field: 'title' });
 * ```
 */
export const translateStatus = (i18n: I18nextInstance, input: unknown, options: TranslateStatusOptions = {}): string => {
  const ns = options.ns ?? statusNamespace;
  const field = options.field === 'title' ? 'title' : 'message';
  const provider = providerName(options.provider, options.isolateProvider);
  const keySeparator = i18n.options.keySeparator ?? '.';
  const lng = options.lng ?? i18n.resolvedLanguage ?? i18n.language ?? 'en';
  // The app's i18next interpolation is skipped: the ICU post-processor does all the formatting.
  const tOptions = { ns, postProcess: icuPostProcessorName, skipInterpolation: true, provider };
  const has = (key: string, text: string, locale: string) =>
    i18n.exists(join(key, text, keySeparator), { ns, lngs: [locale], fallbackLng: false });
  const keys = entryKeys(input, options.reason);
  for (const locales of languageGroups(i18n, lng)) {
    for (const key of keys) {
      for (const locale of locales) {
        // Like the core, an entry counts only when it has both texts, so title and message always match.
        if (!has(key, 'title', locale) || !has(key, 'message', locale)) continue;
        const variant = provider && has(key, `${field}WithProvider`, locale) ? `${field}WithProvider` : field;
        const result = i18n.t(join(key, variant, keySeparator), { ...tOptions, lng: locale, lngs: [locale], fallbackLng: false });
        if (typeof result === 'string' && result !== '') return result;
      }
    }
  }
  // Not added to this instance: i18next's own lookup and its missing-key behaviour.
  return String(i18n.t(statusKeys(input, { ...options, provider, keySeparator }), { ...tOptions, lng }));
};
