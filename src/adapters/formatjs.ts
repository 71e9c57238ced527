/**
 * `connection-status-i18n/formatjs`: the catalog as FormatJS messages (`createIntl`, react-intl's
 * `IntlProvider`), and `formatStatus` to pick the message of a status with this package's fallback order and
 * format it with the app's own `intl` object.
 *
 * Typed structurally, so any `intl` object with `locale`, `messages` and `formatMessage` works: `@formatjs/intl`'s
 * `createIntl`, react-intl's `useIntl()` and `createIntl`.
 */
import { candidates, parseQuery } from '../runtime/resolve.js';

export type { LocaleSource } from './sources.js';

import { providerName } from '../runtime/format.js';
import { englishSource, isEntryKey, type LocaleSource, localeSource, shippedSourceLocale, sourceTexts } from './sources.js';

/** The prefix of every message id: `connection-status.code.201.bad_credentials.message`. */
export const messageIdPrefix = 'connection-status';

/** The parts of a FormatJS `intl` object this module uses. */
export interface IntlObject {
  readonly locale: string;
  readonly messages: Readonly<Record<string, unknown>>;
  formatMessage(descriptor: { id: string; defaultMessage?: string }, values?: Record<string, string>): unknown;
}

/** Messages keyed by id, ICU MessageFormat strings. */
export type StatusIntlMessages = Record<string, string>;

/**
 * The messages of one locale file, keyed by id (`connection-status.<key>.<field>`). Use it with a locale JSON you
 * import yourself to bundle only that locale.
 *
 * @example
 * ```ts
 * import fr from 'connection-status-i18n/locales/fr.json' with { type: 'json' };
 * const intl = createIntl({ locale: 'fr', messages: { ...appMessages, ...messagesFromSource(fr) } });
 * ```
 */
export const messagesFromSource = (source: LocaleSource): StatusIntlMessages => {
  const messages: StatusIntlMessages = {};
  for (const { key, field, text } of sourceTexts(source)) messages[`${messageIdPrefix}.${key}.${field}`] = text;
  return messages;
};

/**
 * The messages of the shipped locale that fits `locale` (`fr-CA` → `fr`), for `createIntl` or `IntlProvider`.
 * A locale that nothing fits gets English, as `getStatusMessage` would. Returns a new object each call.
 *
 * @example
 * ```ts
 * import { createIntl } from '@formatjs/intl';
 * const intl = createIntl({ locale: 'fr-CA', messages: { ...appMessages, ...messagesFor('fr-CA') } });
 * ```
 */
export const messagesFor = (locale: string): StatusIntlMessages => messagesFromSource(localeSource(shippedSourceLocale(locale) ?? 'en'));

export interface FormatStatusOptions {
  /** The `status_reason`; takes precedence over the connection object's. */
  readonly reason?: string | null;
  /** The bank's name, shown as is (escape it yourself when you build HTML; React does). */
  readonly provider?: string | null;
  /** Which text: `message` (default) or `title`. */
  readonly field?: 'message' | 'title';
  /** Wrap the provider name in Unicode isolates (U+2068 … U+2069), for right-to-left languages. */
  readonly isolateProvider?: boolean;
}

const isMessage = (value: unknown): boolean =>
  (typeof value === 'string' && value.trim() !== '') || (Array.isArray(value) && value.length > 0);

// Marked pure so that bundlers drop it, with the English file, from apps that never call formatStatus.
const englishMessages = /* @__PURE__ */ messagesFromSource(englishSource);

/**
 * Formats the message (or title) of a status code, numeric string or connection object with the app's `intl`.
 * It tries every entry of the chain (reason, code, category, `unknown`) among `intl.messages` first, so a
 * missing entry falls back to another text in the user's language; only when none is there does it pass the
 * English text as `defaultMessage` (FormatJS then reports the missing translation through `onError`).
 *
 * @example
 * ```ts
 * const intl = createIntl({ locale: 'de', messages: messagesFor('de') });
 * formatStatus(intl, { status: 'error', status_code: 201, status_reason: 'Password Expired' }, { provider: 'ING' });
 * ```
 */
export const formatStatus = (intl: IntlObject, input: unknown, options: FormatStatusOptions = {}): string => {
  const field = options.field === 'title' ? 'title' : 'message';
  const provider = providerName(options.provider, options.isolateProvider);
  const keys = candidates(parseQuery(input, options.reason))
    .map(({ key }) => key)
    .filter(isEntryKey)
    .map((key) => `${messageIdPrefix}.${key}`);
  const format = (messages: Readonly<Record<string, unknown>>, withDefault: boolean): string | undefined => {
    // Like the core, an entry counts only when it has both texts, so title and message always match.
    const id = keys.find((key) => isMessage(messages[`${key}.title`]) && isMessage(messages[`${key}.message`]));
    if (id === undefined) return undefined;
    const variant = provider && isMessage(messages[`${id}.${field}WithProvider`]) ? `${id}.${field}WithProvider` : `${id}.${field}`;
    const defaultMessage = withDefault ? (messages[variant] as string) : undefined;
    const text = intl.formatMessage(defaultMessage === undefined ? { id: variant } : { id: variant, defaultMessage }, { provider });
    return typeof text === 'string' && text !== '' ? text : undefined;
  };
  return format(intl.messages ?? {}, false) ?? format(englishMessages, true) ?? '';
};
