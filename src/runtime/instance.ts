/**
 * `createStatusMessages`: an explicit instance holding its catalogs and caches. Nothing is global, so two
 * instances never affect each other and a server can share one across requests safely: a call's locale is an
 * argument, never instance state.
 */
import { type Action, type Category, codeReasons, type Severity, type StatusName } from './catalog.js';
import { quote, renderSafely } from './entries.js';
import { type LocaleCatalog, providerName } from './format.js';
import { createLocaleTable, type LocaleTable } from './locale-table.js';
import { createMatcher, type FallbackEvent, type Match } from './matcher.js';
import type { CompiledLocale } from './packed-locale.js';
import { type Connection, type Fallback, parseInput } from './resolve.js';

export type { FallbackEvent } from './matcher.js';

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

const providerFields = { title: 'titleWithProvider', message: 'messageWithProvider' } as const;

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
  const { onFallback, isolateProvider } = options;
  const defaultLocale = options.defaultLocale ?? 'en';
  const table = createLocaleTable(options.locales ?? [], defaultLocale);
  const { chainOf, matchFor } = createMatcher(table, onFallback);

  // Shown if even the default `unknown` entry fails when shown (a text given at run time may throw only sometimes).
  const unknownEntry = table.entryOf(table.defaultLocale, 'unknown');
  const lastResort = { title: renderSafely(unknownEntry?.title, ''), message: renderSafely(unknownEntry?.message, '') };
  if (!lastResort.title || !lastResort.message) {
    throw new TypeError(
      `createStatusMessages: the default locale ${quote(defaultLocale)} needs a catalog with an "unknown" entry; ` +
        'pass it in options.locales (from connection-status-i18n/locales/<tag>) or set options.defaultLocale.',
    );
  }

  const providerOf = (options: MessageOptions | undefined): string => {
    let provider: unknown;
    try {
      // Stryker disable next-line OptionalChaining: inside the `try`, a missing `options` gives `undefined` all the same.
      provider = options?.provider;
    } catch {
      // A getter that throws: no provider name, like a missing one.
    }
    return providerName(provider, isolateProvider);
  };

  const text = (match: Match, field: 'title' | 'message', provider: string): string =>
    (provider ? renderSafely(match[providerFields[field]], provider) : undefined) ??
    renderSafely(match[field], provider) ??
    (lastResort[field] as string);

  const getStatusMessage = (input: StatusInput, locale?: LocaleInput, options?: MessageOptions): string =>
    text(matchFor(parseInput(input, reasonOf(options), chainOf), locale), 'message', providerOf(options));

  const describeStatus = (input: StatusInput, locale?: LocaleInput, options?: MessageOptions): StatusDescription =>
    parseInput(input, reasonOf(options), (code, reason, status, by) => {
      const chain = chainOf(code, reason, status, by);
      const match = matchFor(chain, locale);
      const { meta } = chain;
      const provider = providerOf(options);
      return {
        code,
        reason,
        status,
        ...meta,
        // Stryker disable next-line ConditionalExpression,StringLiteral: there is no `action.none` label: the lookup gives `null` all the same.
        actionLabel: meta.action === 'none' ? null : (labelOf(`action.${meta.action}`, table, match, provider) ?? null),
        title: text(match, 'title', provider),
        message: text(match, 'message', provider),
        locale: match.locale,
        key: match.key,
        fallback: match.fallback,
        // Stryker disable next-line ConditionalExpression: `code` is `null` unless `by` is `code`, and `codeReasons` has no `null`.
        known: by === 'status' || (by === 'code' && Object.hasOwn(codeReasons, code as number)),
      };
    });

  const getErrorMessage = (input: StatusInput, locale?: LocaleInput, options?: MessageOptions): string | null =>
    parseInput(input, reasonOf(options), chainOf).meta.category === 'ok' ? null : getStatusMessage(input, locale, options);

  return { getStatusMessage, getErrorMessage, describeStatus, locales: table.locales, defaultLocale: table.defaultLocale };
};

const reasonOf = (options: MessageOptions | undefined): unknown => {
  try {
    // Stryker disable next-line OptionalChaining: inside the `try`, a missing `options` gives `undefined` all the same.
    return options?.reason;
  } catch {
    // A getter that throws: no reason option, like a missing one.
  }
};

/**
 * A button label: from the user's own locale chain when the message is in the user's language (so a regional
 * catalog's label is used even when the message comes from its parent), else from the chain of the message's
 * locale, so that the button is never in another language than its message.
 */
const labelOf = (key: string, table: LocaleTable, match: Match, provider: string): string | undefined => {
  // Stryker disable next-line ArrayDeclaration: every tag has a chain; the default is for the type checker.
  const [language = []] = table.languagesOf(match.requestedLocale);
  for (const tags of table.languagesOf(language.includes(match.locale) ? match.requestedLocale : match.locale)) {
    for (const tag of tags) {
      const label = renderSafely(table.entryOf(tag, key)?.label, provider);
      if (label !== undefined) return label;
    }
  }
  return undefined;
};
