/**
 * The compact form of a compiled locale. Keys and field names are the same in every locale, so a locale holds only
 * its texts, one row per catalog key in `catalogKeys` order, and `createStatusMessages` rebuilds the entries
 * (`unpackRows`). In a browser bundle this saves the key and field names of every entry (~300 bytes min+gzip for the
 * first locale). This module imports nothing at run time: a locale module that needs `packedLocale` (a script other
 * than Latin) loads one small file more, not the resolution code.
 */
import type { Text, Values } from './format.js';

/** One row: the texts of one key in `rowFields(key)` order; a hole where the entry has no such field. */
export type PackedRow = readonly (Text | undefined)[];

/** What `connection-status-i18n/locales/<tag>` exports: `rows[i]` holds the texts of `catalogKeys[i]`. */
export interface CompiledLocale {
  /** A canonical BCP 47 tag, e.g. `fr` or `pt-BR`. */
  readonly locale: string;
  /** A missing row is a missing entry, which falls back like any other. */
  readonly rows: readonly (PackedRow | undefined)[];
}

/**
 * One text as `packedLocale` reads it: a string, the parts around each `{provider}` (`"Log in to {provider}."` →
 * `["Log in to ", "."]`), or a function where the text needs code (a select). `null`, or a hole, where the entry
 * has no such field.
 *
 * @example
 * ```ts
 * const row: TextSource[] = ['Update cancelled', 'The update stopped.', null, ['The update at ', ' stopped.']];
 * ```
 */
export type TextSource = string | readonly string[] | ((values: Values) => string) | null | undefined;

/** A text function from the parts around each `{provider}`: concatenation, which allocates less than `join`. */
const joinParts =
  (parts: readonly string[]) =>
  ({ provider }: Values): string => {
    let text = parts[0] as string;
    for (let i = 1; i < parts.length; i++) text += provider + (parts[i] as string);
    return text;
  };

/**
 * Swaps the 62 ASCII characters `@`–`~` but `\` with the 62 characters from code point `base`, leaving every other
 * character as it is; swapping twice gives the text back. Texts in a script other than Latin (Cyrillic, Greek) are
 * stored swapped: bundlers escape each non-ASCII character of a string literal as `\uXXXX` by default (esbuild's
 * `charset: 'ascii'`), which made a Bulgarian or Greek locale weigh 30% more than its texts gzipped; swapped, its
 * letters are single ASCII characters, which gzip like Latin text whatever the bundler's charset.
 *
 * @example
 * ```ts
 * swapScript('Грешка', 0x412); // 'Aodwi_'
 * swapScript('Aodwi_', 0x412); // 'Грешка'
 * ```
 */
export const swapScript = (text: string, base: number): string =>
  text.replace(/[^\0-?\\]/g, (char) => {
    const code = char.charCodeAt(0);
    // Stryker disable next-line EqualityOperator: `\\` (92) is never swapped (see the pattern), so 92 may go either way.
    if (code < 127) return String.fromCharCode(base + code - (code > 92 ? 65 : 64));
    const slot = code - base;
    return slot >= 0 && slot < 62 ? String.fromCharCode(slot + (slot > 27 ? 65 : 64)) : char;
  });

/**
 * A compiled locale from its rows as data (`TextSource`s, or the same as JSON text), converted the first time its
 * rows are read: what the main entry holds for every locale, and the module of a locale in a script other than
 * Latin (the others are rows of code that need no conversion). The main entry keeps each locale as JSON text, since
 * parsing 25 locales of JavaScript when the package loads costs about 17 ms where scanning 25 JSON strings costs
 * about 6. `decode` turns each stored string back into its text: `swapScript` for swapped texts. The converted rows
 * are frozen and shared, like the code of a locale module.
 *
 * @example
 * ```ts
 * const fr = packedLocale('fr', '[["Vos comptes sont à jour", "…", null, ["… de ", "."]]]');
 * fr.rows[0]?.[3]; // (values) => '… de ' + values.provider + '.'
 * const bg = packedLocale('bg', [['Aodwi_']], (text) => swapScript(text, 0x412));
 * bg.rows[0]?.[0]; // 'Грешка'
 * ```
 */
export const packedLocale = (
  locale: string,
  source: string | readonly (readonly TextSource[] | null | undefined)[],
  decode = (text: string) => text,
): CompiledLocale => {
  let rows: readonly (PackedRow | undefined)[] | undefined;
  return {
    locale,
    get rows() {
      rows ??= Object.freeze(
        Array.from(typeof source === 'string' ? (JSON.parse(source) as (TextSource[] | null)[]) : source, (row) =>
          row
            ? Object.freeze(
                Array.from(row, (text): Text | undefined =>
                  typeof text === 'string'
                    ? decode(text)
                    : typeof text === 'object' && text
                      ? joinParts(text.map(decode))
                      : (text ?? undefined),
                ),
              )
            : undefined,
        ),
      );
      return rows;
    },
  };
};
