/**
 * Catalog entries as the instance reads them: copied out as plain data, and each text rendered defensively, since
 * a catalog given at run time may hold anything and a text function may throw.
 */
import type { Entry, LocaleCatalog, Text } from './format.js';
import { textFields } from './format.js';
import { type CompiledLocale, unpackRows } from './packed-locale.js';

/** A text as a non-empty string, or `undefined`: a catalog may hold anything, and a function may throw. */
export const renderSafely = (text: Text | undefined, provider: string): string | undefined => {
  if (typeof text === 'string') return text || undefined;
  if (typeof text !== 'function') return undefined;
  try {
    const rendered: unknown = text({ provider });
    return typeof rendered === 'string' && rendered !== '' ? rendered : undefined;
  } catch {
    return undefined;
  }
};

/** A message entry is usable when its title and message render to non-empty strings. */
export const usable = (entry: Entry): boolean =>
  renderSafely(entry.title, 'Example Bank') !== undefined && renderSafely(entry.message, 'Example Bank') !== undefined;

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
        if (source === null || typeof source !== 'object') continue;
        const entry: Record<string, unknown> = {};
        for (const field of textFields) {
          const text: unknown = (source as Record<string, unknown>)[field];
          if (text !== undefined) entry[field] = text;
        }
        list.push([key, entry as Entry]);
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
