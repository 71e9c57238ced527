/**
 * Stale translations: each translated entry stores `sourceHash`, a hash of the English texts it was made from.
 * When the English source of a key changes, its hash changes and every translation of it reads as stale until a
 * translator updates or confirms it (which stamps the new hash).
 */
import { createHash } from 'node:crypto';
import { type EntrySource, textFields } from '../runtime/format.js';

/** The hash of an English entry's texts: 8 hex digits, stable across key order and descriptions. */
export const sourceHash = (source: EntrySource): string =>
  createHash('sha256')
    .update(JSON.stringify(textFields.map((field) => source[field] ?? null)))
    .digest('hex')
    .slice(0, 8);
