/**
 * The compact form of a compiled locale module. Keys and field names are the same in every locale, so the module
 * holds only the texts, one row per catalog key in `catalogKeys` order, and `createStatusMessages` rebuilds the
 * entries with `unpackRows`. In a browser bundle this saves the key and field names of every entry (~300 bytes
 * min+gzip for the first locale), and the module is plain data that imports nothing, so it loads as one file.
 */
import { catalogKeys } from './catalog.js';
import type { Entry, Text, TextField, Values } from './format.js';

/** The fields of a row, by position: message keys have up to four texts, `action.*` keys one. */
export const messageRowFields = ['title', 'message', 'titleWithProvider', 'messageWithProvider'] as const satisfies readonly TextField[];
export const actionRowFields = ['label'] as const satisfies readonly TextField[];
export const rowFields = (key: string): readonly TextField[] => (key.startsWith('action.') ? actionRowFields : messageRowFields);

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
 * The entries of a compiled locale, by catalog key (`rows[i]` holds the texts of `catalogKeys[i]`; a missing row is
 * a missing entry). The rows come from `compileLocaleModule` or `jsonLocale`.
 *
 * @example
 * ```ts
 * unpackRows([['Vos comptes sont à jour', 'Vos comptes ont été mis à jour …']])['status.finished']?.title;
 * // 'Vos comptes sont à jour'
 * ```
 */
export const unpackRows = (rows: readonly (PackedRow | undefined)[]): Record<string, Entry> => {
  const entries: Record<string, Entry> = {};
  catalogKeys.forEach((key, i) => {
    const row = rows[i];
    if (!row) return;
    const entry: Partial<Record<TextField, Text>> = {};
    rowFields(key).forEach((field, j) => {
      const text = row[j];
      if (text !== undefined) entry[field] = text;
    });
    entries[key] = entry;
  });
  return entries;
};

/** A text function from the parts around each `{provider}`: concatenation, which allocates less than `join`. */
const joinParts =
  (parts: readonly string[]) =>
  ({ provider }: Values): string => {
    let text = parts[0] as string;
    for (let i = 1; i < parts.length; i++) text += provider + (parts[i] as string);
    return text;
  };

/**
 * A compiled locale kept as JSON text and parsed the first time its rows are read: what the main entry holds for
 * each shipped locale, since parsing 25 locales of JavaScript when the package loads costs about 17 ms where
 * scanning 25 JSON strings costs about 6. Texts with `{provider}` are stored as the parts around each name
 * (`compileLocaleJson`). The parsed rows are frozen and shared, like the code of a locale module.
 *
 * @example
 * ```ts
 * const fr = jsonLocale('fr', '[["Vos comptes sont à jour", "…", null, ["… de ", "."]]]');
 * fr.rows[0]?.[3]; // (values) => '… de ' + values.provider + '.'
 * ```
 */
export const jsonLocale = (locale: string, json: string): CompiledLocale => {
  let rows: readonly (PackedRow | undefined)[] | undefined;
  return {
    locale,
    get rows() {
      rows ??= Object.freeze(
        (JSON.parse(json) as ((string | string[] | null)[] | null)[]).map((row) =>
          row === null
            ? undefined
            : Object.freeze(
                row.map((text): Text | undefined => (text === null ? undefined : typeof text === 'string' ? text : joinParts(text))),
              ),
        ),
      );
      return rows;
    },
  };
};
