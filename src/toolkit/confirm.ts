/**
 * `confirm`: a translator checked a stale translation against the new English text and it is still right, so its
 * `sourceHash` is stamped with the current one. The file is edited in place — only the `sourceHash` values change,
 * every other byte (order, indentation, line endings) stays — and written atomically.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { entryStatus, textsOf } from './coverage.js';
import { assertLocaleTag, localeFile, readLocaleJson, writeFileAtomic } from './files.js';
import type { Io } from './io.js';
import { type JsonObject, toValue } from './json-source.js';
import { sourceHash } from './stale.js';
import { UsageError } from './usage-error.js';

export interface ConfirmOptions {
  /** Confirm this key only; default: every stale key of the locale. */
  readonly key?: string;
  readonly sourceLocale?: string;
}

export interface ConfirmResult {
  readonly file: string;
  /** Keys whose `sourceHash` was stamped. */
  readonly confirmed: readonly string[];
  /** Keys left alone because a text is missing: they need translating, not confirming. */
  readonly incomplete: readonly string[];
}

/** Where a text edit goes: `[start, end)` of the text is replaced by `text`. */
interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The edit that sets `sourceHash` in an entry object, in the style of the surrounding text. */
const stampEdit = (text: string, entry: JsonObject, hash: string): Edit => {
  const value = JSON.stringify(hash);
  const existing = entry.members.findLast((member) => member.key === 'sourceHash');
  if (existing) return { start: existing.value.start, end: existing.value.end, text: value };
  const last = entry.members.at(-1);
  if (!last) return { start: entry.start, end: entry.end, text: `{ "sourceHash": ${value} }` };
  const lineStart = Math.max(text.lastIndexOf('\n', last.keyStart - 1), text.lastIndexOf('\r', last.keyStart - 1)) + 1;
  const indent = text.slice(lineStart, last.keyStart);
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const separator = /^[ \t]*$/.test(indent) ? `${newline}${indent}` : ' ';
  return { start: last.value.end, end: last.value.end, text: `,${separator}"sourceHash": ${value}` };
};

/**
 * Stamps the current English `sourceHash` into the stale translations of `tag` in `dir` (or into `options.key`
 * only), after validating the tag; writes the file atomically, and nothing when nothing is stale.
 * Throws with a clear message for an invalid tag, a missing file or key, or an incomplete entry given as `key`.
 *
 * @example
 * ```ts
 * confirmTranslations('locales', 'fr', { key: 'code.201' });
 * // { file: 'locales/fr.json', confirmed: ['code.201'], incomplete: [] }
 * ```
 */
export const confirmTranslations = (dir: string, tag: string, options: ConfirmOptions = {}): ConfirmResult => {
  const sourceTag = assertLocaleTag(options.sourceLocale ?? 'en');
  const file = localeFile(dir, tag);
  if (tag === sourceTag) throw new Error(`${tag} is the source locale: its texts are the reference, there is nothing to confirm`);
  if (!existsSync(file)) throw new Error(`no translation file ${file}; the locale tag is "${tag}"`);
  const english = readLocaleJson(localeFile(dir, sourceTag)).value;
  const { text, root, value: catalog } = readLocaleJson(file);

  const keys = options.key === undefined ? Object.keys(english).filter((key) => key !== '$schema') : [options.key];
  if (options.key !== undefined) {
    if (options.key === '$schema' || !Object.hasOwn(english, options.key)) throw new Error(`no key "${options.key}" in ${sourceTag}.json`);
    if (!Object.hasOwn(catalog, options.key)) throw new Error(`no key "${options.key}" in ${file}: translate it first`);
  }
  const entries = new Map(root.members.map((member) => [member.key, member.value]));
  const confirmed: string[] = [];
  const incomplete: string[] = [];
  const edits: Edit[] = [];
  for (const key of keys) {
    const entry = entries.get(key);
    if (!entry) continue;
    const status = entry.type === 'object' ? entryStatus(english[key], catalog[key]) : 'missing';
    if (status === 'missing' || entry.type !== 'object') {
      if (options.key !== undefined) {
        throw new Error(
          `${file}: "${key}" lacks texts that en.json has, so it cannot be confirmed; translate them first (run lint for details)`,
        );
      }
      incomplete.push(key);
      continue;
    }
    if (status === 'translated') continue;
    edits.push(stampEdit(text, entry, sourceHash(textsOf(english[key]))));
    confirmed.push(key);
  }
  if (edits.length === 0) return { file, confirmed, incomplete };

  let updated = text;
  for (const edit of edits.sort((a, b) => b.start - a.start)) updated = updated.slice(0, edit.start) + edit.text + updated.slice(edit.end);
  // The edits touch only sourceHash values; a mismatch here would be a bug, and must not reach the file.
  const expected = toValue(root) as Record<string, Record<string, unknown>>;
  for (const key of confirmed) (expected[key] as Record<string, unknown>).sourceHash = sourceHash(textsOf(english[key]));
  if (JSON.stringify(JSON.parse(updated)) !== JSON.stringify(expected))
    throw new Error(`internal error: confirming would change more than sourceHash in ${file}`);
  writeFileAtomic(file, updated);
  return { file, confirmed, incomplete };
};

/** `confirm --locale <tag> [--key K] [dir]`. */
export const confirmCommand = (args: string[], io: Io): number => {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { locale: { type: 'string' }, key: { type: 'string' }, source: { type: 'string', default: 'en' } },
  });
  if (values.locale === undefined) throw new UsageError('give the translation to confirm with --locale, e.g. --locale fr');
  if (positionals.length > 1) throw new UsageError(`confirm takes one folder, got ${positionals.length}: ${positionals.join(' ')}`);
  try {
    assertLocaleTag(values.locale);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { file, confirmed, incomplete } = confirmTranslations(positionals[0] ?? 'locales', values.locale, {
    sourceLocale: values.source,
    ...(values.key === undefined ? {} : { key: values.key }),
  });
  io.out(
    confirmed.length
      ? `confirmed ${confirmed.length} translation${confirmed.length === 1 ? '' : 's'} in ${file}: ${confirmed.join(', ')}`
      : `nothing to confirm in ${file}: ${values.key ?? 'every complete translation'} is up to date`,
  );
  if (incomplete.length) io.err(`not confirmed, texts missing (translate them first): ${incomplete.join(', ')}`);
  return 0;
};
