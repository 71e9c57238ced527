/**
 * `connection-status-i18n`: batteries included, with every shipped locale and ICU support for your own texts.
 * For browser bundles, prefer `connection-status-i18n/core` with the locales you need.
 */
import { allLocales, type ShippedLocale, shippedLocales } from '../generated/locales/index.js';
import { type CheckOptions, checkCatalogs } from './runtime/check.js';
import { compileMessage } from './runtime/compile.js';
import { type CoreOptions, createStatusMessages as createCore, type StatusMessages } from './runtime/instance.js';
import { createLocaleNegotiator, negotiateLocale as negotiate } from './runtime/negotiate.js';

export * from './runtime/index.js';
export { compileMessage };

/** A locale tag shipped with the package. */
export type Locale = ShippedLocale;

/** The shipped locale tags, `en` (the source) first. */
export const supportedLocales: readonly Locale[] = shippedLocales;

/**
 * The options of the main entry's `createStatusMessages`: those of `core` (your `locales` are added to the shipped
 * ones), and those of `checkCatalogs`, which checks your `locales` and `overrides`.
 */
export interface StatusMessagesOptions extends CoreOptions, Omit<CheckOptions, 'locales'> {}

/**
 * Creates an instance with every shipped locale, ICU support for `overrides`, and your options on top. Your
 * `locales` and `overrides` are checked first: a broken entry is reported once and the shipped text is kept.
 *
 * @example
 * ```ts
 * const messages = createStatusMessages({
 *   defaultLocale: 'fr',
 *   overrides: { fr: { 'code.201.bad_credentials': { message: 'Vos identifiants ont été refusés par {provider}.' } } },
 *   onFallback: (event) => metrics.count('status_message_fallback', event),
 * });
 * ```
 */
export const createStatusMessages = (options: StatusMessagesOptions = {}): StatusMessages => {
  const { locales, overrides, compile = compileMessage, onError, ...core } = options;
  // The shipped locales are compiled from checked files at build time: only what the app brings is checked.
  // Stryker disable next-line ConditionalExpression: checking no locales and no overrides gives no catalog; the condition saves the call.
  const checked = locales || overrides ? checkCatalogs(allLocales, { locales, overrides, compile, onError }) : [];
  return createCore({ ...core, locales: [...allLocales, ...checked] });
};

const messages = createStatusMessages();

/**
 * The end-user message for a status code (`201`, `'201'`) or a connection object, in the best of the given
 * locales. Unknown codes get their category's message, anything else the generic one. Never throws.
 *
 * @example
 * ```ts
 * getStatusMessage(201, 'fr', { reason: 'Bad Credentials' });
 * // 'Votre banque n’a pas accepté votre identifiant ou votre mot de passe. …'
 * getStatusMessage({ status: 'error', status_code: 302 }, ['de-CH', 'en'], { provider: 'UBS' });
 * ```
 */
export const getStatusMessage = messages.getStatusMessage;

/**
 * Like `getStatusMessage`, but `null` when nothing failed: 1xx codes and the statuses of a sync that is going
 * fine (`finished`, `pending`, `in progress`, `in background progress`, `scheduled`).
 *
 * @example
 * ```ts
 * getErrorMessage(100, 'en'); // null
 * getErrorMessage(302, 'en'); // 'Your session with your bank ended before the update finished. …'
 * ```
 */
export const getErrorMessage = messages.getErrorMessage;

/**
 * Everything about a status for building a UI: title, message, button label, severity, whether to retry, and
 * which catalog entry and locale were used.
 *
 * @example
 * ```ts
 * const { title, message, actionLabel, severity } = describeStatus(connection, 'nl', { provider: 'ING' });
 * ```
 */
export const describeStatus = messages.describeStatus;

// The negotiator of the shipped locales, which remembers the last headers it was given: a server calls
// `negotiateLocale` on every request, with the few headers its users' browsers send.
const shippedNegotiator = /* @__PURE__ */ createLocaleNegotiator(supportedLocales, 'en');

/**
 * The best shipped locale for an `Accept-Language` header or a list of tags (FormatJS best-fit matching). With the
 * shipped locales and `'en'`, it remembers its answers for the last 256 headers; with other arguments, it remembers nothing.
 *
 * @example
 * ```ts
 * negotiateLocale('fr-CH, fr;q=0.9, en;q=0.8'); // 'fr'
 * negotiateLocale(navigator.languages);          // e.g. 'de'
 * ```
 */
export const negotiateLocale = <T extends string = Locale>(
  acceptLanguage: unknown,
  supported: readonly T[] = supportedLocales as readonly string[] as readonly T[],
  defaultLocale: T = 'en' as T,
): T =>
  (supported as readonly string[]) === supportedLocales && defaultLocale === 'en'
    ? (shippedNegotiator.negotiate(acceptLanguage) as T)
    : negotiate(acceptLanguage, supported, defaultLocale);
