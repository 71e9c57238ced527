/**
 * Catalog entries as the instance reads them: copied out as plain data, and each text rendered defensively, since
 * a catalog given at run time may hold anything and a text function may throw.
 */
import { catalogKeys } from './catalog.js';
import { type Entry, type LocaleCatalog, type Text, type TextField, textFields } from './format.js';
import type { CompiledLocale, PackedRow } from './packed-locale.js';

/** A text as a non-empty string, or `undefined`: a catalog may hold anything, and a function may throw. */
export const renderSafely = (text: Text | undefined, provider: string): string | undefined => {
  try {
    const rendered: unknown = typeof text === 'function' ? text({ provider }) : text;
    if (typeof rendered === 'string' && rendered !== '') return rendered;
  } catch {
    // A text function that throws renders nothing.
  }
  return undefined;
};

/** A message entry is usable when its title and message render to non-empty strings. */
export const usable = (entry: Entry): boolean =>
  // Stryker disable next-line StringLiteral: any name, empty included, tells whether a text renders.
  !!(renderSafely(entry.title, 'Example Bank') && renderSafely(entry.message, 'Example Bank'));

// The fields of a row, by position: message keys have up to four texts, `action.*` keys one (`label`).
// Stryker disable next-line MethodExpression: a message row never has a fifth text.
const messageRowFields = textFields.slice(0, 4);
const actionRowFields = textFields.slice(4);

/**
 * The text fields of a key's row, in row order.
 *
 * @example
 * ```ts
 * rowFields('action.wait'); // ['label']
 * ```
 */
export const rowFields = (key: string): readonly TextField[] => (key.startsWith('action.') ? actionRowFields : messageRowFields);

/**
 * A new entry of `texts`, each the text of the field at the same position in `fields`; `undefined` ones left out.
 *
 * @example
 * ```ts
 * copyTexts(['title', 'message', 'titleWithProvider'], ['T', undefined, 'TP']); // { title: 'T', titleWithProvider: 'TP' }
 * ```
 */
export const copyTexts = (fields: readonly TextField[], texts: readonly unknown[]): Entry => {
  const entry: Partial<Record<TextField, unknown>> = {};
  fields.forEach((field, i) => {
    // Stryker disable next-line ConditionalExpression: a field set to `undefined` reads as a missing one.
    if (texts[i] !== undefined) entry[field] = texts[i];
  });
  return entry as Entry;
};

/**
 * The entries of a compiled locale, by catalog key (`rows[i]` holds the texts of `catalogKeys[i]`; a missing row is
 * a missing entry).
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
    if (row) entries[key] = copyTexts(rowFields(key), row);
  });
  return entries;
};

/**
 * The entries of a catalog as plain data: each entry copied field by field, so that a call later never reads a
 * getter or a proxy. What cannot be read is left out, and falls back like a missing entry.
 */
export const entriesOf = (catalog: CompiledLocale | LocaleCatalog): [string, Entry][] => {
  const list: [string, Entry][] = [];
  try {
    // Compiled rows are unpacked into new plain objects: nothing to copy.
    if ('rows' in catalog) return Object.entries(unpackRows(catalog.rows));
    const { entries } = catalog;
    for (const key of Object.keys(entries)) {
      try {
        const source: unknown = entries[key];
        // Stryker disable next-line ConditionalExpression,LogicalOperator: what is no object throws below or gives an entry without texts, which `usable` skips; this only says so sooner.
        if (source === null || typeof source !== 'object') continue;
        const texts = textFields.map((field) => (source as Record<string, unknown>)[field]);
        list.push([key, copyTexts(textFields, texts)]);
      } catch {
        // A throwing getter: the entry is left out.
      }
    }
  } catch {
    // Not an object, or a proxy that cannot be listed: the locale has no entries.
  }
  return list;
};

/** How a wrong value is named in a report; `typeof` never throws, whatever the value. */
export const kindOf = (value: unknown): string => (value === null ? 'null' : typeof value);
export const quote = (value: unknown): string => (typeof value === 'string' ? JSON.stringify(value.slice(0, 100)) : kindOf(value));
export const invalidTag = (value: unknown, where: string) =>
  new TypeError(`createStatusMessages: invalid locale tag ${quote(value)} in ${where}; use a BCP 47 tag such as "fr" or "pt-BR".`);
