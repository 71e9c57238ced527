/** The format-neutral shape of an exchange file, which `xliff.ts` and `po.ts` write and read. */

/** One text to translate: a key and one of its text fields. */
export interface ExchangeUnit {
  /** `<key>:<field>`, e.g. `code.201.bad_credentials:message` (XLIFF ids are NMTOKENs, so no `#`). */
  readonly id: string;
  /** The English text, ICU MessageFormat. */
  readonly source: string;
  /** The translation; absent when the locale has none yet. */
  readonly target?: string;
  /** For translators: the key's description, and how to treat placeholders. */
  readonly notes: readonly string[];
  /** The translation was made for an older English text: to update, or to confirm as it is. */
  readonly stale: boolean;
}

/** A locale's units, in a format-neutral shape that `xliff.ts` and `po.ts` write and read. */
export interface ExchangeDocument {
  /** The source locale tag, `en`. */
  readonly sourceLocale: string;
  /** The locale tag of the translations, as written in the file (checked on import). */
  readonly locale: string;
  readonly units: readonly ExchangeUnit[];
}
