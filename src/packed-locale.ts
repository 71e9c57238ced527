/**
 * The compact form of a compiled locale module. Keys and field names are the same in every locale, so the module
 * holds only the texts, one row per catalog key in `catalogKeys` order, and `unpackLocale` rebuilds the
 * `LocaleCatalog` when the module loads. In a browser bundle this saves the key and field names of every entry
 * (~140 bytes min+gzip per locale, more for the first one).
 */
import { catalogKeys } from './catalog.js';
import type { Entry, LocaleCatalog, Text, TextField } from './format.js';

/** The fields of a row, by position: message keys have up to four texts, `action.*` keys one. */
export const messageRowFields = ['title', 'message', 'titleWithProvider', 'messageWithProvider'] as const satisfies readonly TextField[];
export const actionRowFields = ['label'] as const satisfies readonly TextField[];
export const rowFields = (key: string): readonly TextField[] => (key.startsWith('action.') ? actionRowFields : messageRowFields);

/** One row: the texts of one key in `rowFields(key)` order; a hole where the entry has no such field. */
export type PackedRow = readonly (Text | undefined)[];

/**
 * Rebuilds a compiled catalog from its rows (`rows[i]` holds the texts of `catalogKeys[i]`; a missing row is a
 * missing entry). Called by the generated modules only; the rows come from `compileLocaleModule`.
 *
 * @example
 * ```ts
 * const catalog = unpackLocale('fr', [['Vos comptes sont à jour', 'Vos comptes ont été mis à jour …']]);
 * catalog.entries['status.finished']?.title; // 'Vos comptes sont à jour'
 * ```
 */
export const unpackLocale = (locale: string, rows: readonly (PackedRow | undefined)[]): LocaleCatalog => {
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
  return { locale, entries };
};
