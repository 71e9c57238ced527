/**
 * The shape of a locale catalog once compiled, and how one of its texts becomes a string.
 * Shipped locales are compiled at build time (`scripts/compile-locales.ts`), so a plain text is a string and a
 * text with arguments is a small function: no ICU parser is needed to show a message.
 */

/** Values a text can interpolate; `provider` is the only one the shipped catalogs use. */
export interface Values {
  readonly provider: string;
}

/** A compiled ICU message: a plain string, or a function of its values. */
export type Text = string | ((values: Values) => string);

/** The texts of one key. Message keys have `title` and `message`; action keys have `label`. */
export interface Entry {
  readonly title?: Text;
  readonly message?: Text;
  /** Variants used when the app passes a provider name; absent where the text does not name the bank. */
  readonly titleWithProvider?: Text;
  readonly messageWithProvider?: Text;
  readonly label?: Text;
}

/** The text fields of an entry, in the order translators see them. */
export const textFields = ['title', 'message', 'titleWithProvider', 'messageWithProvider', 'label'] as const;
export type TextField = (typeof textFields)[number];

/**
 * A translation may leave out a provider variant where its language cannot carry the name well (case endings,
 * gender agreement): the generic text of the same language, which is right, is then shown with any name.
 */
export const isProviderVariant = (field: TextField): boolean => field === 'titleWithProvider' || field === 'messageWithProvider';

/** One compiled locale, as exported by `connection-status-i18n/locales/<tag>`. */
export interface LocaleCatalog {
  /** A canonical BCP 47 tag, e.g. `fr` or `pt-BR`. */
  readonly locale: string;
  readonly entries: Readonly<Record<string, Entry>>;
}

/** One key of a locale file as translators write it: ICU MessageFormat strings. */
export type EntrySource = { readonly [F in TextField]?: string };

/** Turns an ICU message into a `Text`; throws with a readable message when the ICU is invalid. */
export type Compile = (source: string, locale: string) => Text;

/**
 * Compiles a message that has no ICU syntax at all, which is most of them, without any parser:
 * without braces, the only ICU escape left is `''` for one apostrophe. Returns `undefined` when a parser is needed.
 */
export const compilePlain = (source: string): string | undefined => (/[{}]/.test(source) ? undefined : source.replaceAll("''", "'"));

/** A text with its values: a string as it is, a function called. */
export const render = (text: Text, values: Values): string => (typeof text === 'string' ? text : text(values));

/**
 * The provider name as `createStatusMessages` shows it: trimmed, at most 256 characters (longer is ignored, like
 * a missing name), lone surrogates replaced, and wrapped in Unicode isolates when asked. `''` means no provider.
 * One rule for the core and the adapters, so they insert the same name.
 */
export const providerName = (provider: unknown, isolate = false): string => {
  const name = typeof provider === 'string' && provider.length <= 256 ? provider.trim().toWellFormed() : '';
  return isolate && name ? `\u2068${name}\u2069` : name;
};
