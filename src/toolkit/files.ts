/**
 * Safe file access for the translator tools: locale tags come from the command line or from imported files, so a
 * tag is validated before it becomes part of a path, and locale files are replaced atomically so that a crash or a
 * full disk never leaves a translator's file half written.
 */
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { type JsonObject, JsonSyntaxError, lineLocator, parseJsonSource, toValue } from './json-source.js';

/** The shape of a locale tag as a file name: `fr`, `pt-BR`, `en-XA`, `sr-Latn-RS`. Nothing that can leave a folder. */
export const localeTagPattern = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** A locale tag that cannot name a locale file (path separators, `..`, wrong shape). */
export class InvalidLocaleTagError extends Error {
  constructor(readonly tag: string) {
    super(
      `invalid locale tag ${JSON.stringify(tag)}: expected a BCP 47 tag such as "fr", "pt-BR" or "en-XA" ` +
        '(lowercase language of 2-3 letters, then subtags of 2-8 letters or digits, separated by "-")',
    );
    this.name = 'InvalidLocaleTagError';
  }
}

/**
 * Checks that `tag` has the shape of a locale tag and returns it; throws `InvalidLocaleTagError` otherwise.
 *
 * @example
 * ```ts
 * assertLocaleTag('pt-BR'); // 'pt-BR'
 * assertLocaleTag('../../etc/passwd'); // throws InvalidLocaleTagError
 * ```
 */
export const assertLocaleTag = (tag: string): string => {
  if (!localeTagPattern.test(tag)) throw new InvalidLocaleTagError(tag);
  return tag;
};

/**
 * The path of the locale file for `tag` in `dir`, after validating the tag, so no caller can build a path from an
 * unchecked tag.
 *
 * @example
 * ```ts
 * localeFile('locales', 'fr'); // 'locales/fr.json'
 * localeFile('locales', '../secrets'); // throws InvalidLocaleTagError
 * ```
 */
export const localeFile = (dir: string, tag: string): string => join(dir, `${assertLocaleTag(tag)}.json`);

/**
 * Replaces `file` with `content` atomically: writes a temporary file in the same folder (same file system, so the
 * rename is atomic), then renames it over `file`. Readers see the old or the new content, never a partial one.
 * The temporary file is removed when the write fails; an existing file keeps its permissions.
 *
 * @example
 * ```ts
 * writeFileAtomic('locales/fr.json', `${JSON.stringify(catalog, null, 2)}\n`);
 * ```
 */
export const writeFileAtomic = (file: string, content: string | Uint8Array): void => {
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const mode = statSync(file, { throwIfNoEntry: false })?.mode;
    writeFileSync(temp, content, { flag: 'wx', ...(mode === undefined ? {} : { mode: mode & 0o777 }) });
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
};

/** A locale file found in a folder. */
export interface LocaleFileEntry {
  readonly tag: string;
  /** The file name, e.g. `fr.json`. */
  readonly name: string;
  /** `dir` joined with the name. */
  readonly file: string;
}

/** A `.json` file that is not named after a locale tag (and not `schema.json`), with a corrected name if there is one. */
export interface StrayFile {
  readonly name: string;
  readonly file: string;
  readonly suggestion?: string;
}

/**
 * The locale files of `dir` (`<tag>.json`), the source locale first and the others by tag; `.json` files that
 * look like mistakes (`fr_FR.json`, `FR.json`) come back in `others`, `schema.json` is ignored.
 *
 * @example
 * ```ts
 * listLocaleFiles('locales').locales.map((l) => l.tag); // ['en', 'bg', 'cs', …]
 * ```
 */
export const listLocaleFiles = (dir: string, sourceTag = 'en'): { locales: LocaleFileEntry[]; others: StrayFile[] } => {
  const locales: LocaleFileEntry[] = [];
  const others: StrayFile[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.name.endsWith('.json') || entry.name === 'schema.json') continue;
    const file = join(dir, entry.name);
    // A symbolic link to a file counts as the file (translation platforms often link into a checkout).
    if (!(entry.isFile() || (entry.isSymbolicLink() && statSync(file, { throwIfNoEntry: false })?.isFile()))) continue;
    const tag = entry.name.slice(0, -'.json'.length);
    if (localeTagPattern.test(tag)) {
      locales.push({ tag, name: entry.name, file });
      continue;
    }
    let suggestion: string | undefined;
    try {
      const canonical = Intl.getCanonicalLocales(tag.replaceAll('_', '-'))[0];
      if (canonical && localeTagPattern.test(canonical)) suggestion = `${canonical}.json`;
    } catch {
      // Not a tag at all: no suggestion.
    }
    others.push({ name: entry.name, file, ...(suggestion ? { suggestion } : {}) });
  }
  locales.sort((a, b) => (a.tag === sourceTag ? -1 : b.tag === sourceTag ? 1 : a.tag.localeCompare(b.tag)));
  others.sort((a, b) => a.name.localeCompare(b.name));
  return { locales, others };
};

/** A locale file that cannot be read as a JSON object; the message starts with `file:line:column`. */
export class LocaleFileError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    reason: string,
    readonly hint: string,
  ) {
    super(`${file}:${line}:${column}: ${reason} (${hint})`);
    this.name = 'LocaleFileError';
  }
}

/** A locale file as read: its text (without BOM), its positioned syntax tree and its plain value. */
export interface LocaleJson {
  readonly text: string;
  readonly root: JsonObject;
  readonly value: Record<string, unknown>;
}

/**
 * Reads a locale file as a JSON object, keeping positions; throws `LocaleFileError` (with `file:line:column` and a
 * hint) when it is not valid JSON or not an object. `lint` reports the same problems without throwing.
 *
 * @example
 * ```ts
 * const { value } = readLocaleJson(localeFile('locales', 'fr'));
 * value['status.finished']; // { title: 'Vos comptes sont à jour', … }
 * ```
 */
export const readLocaleJson = (file: string): LocaleJson => {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  let root: ReturnType<typeof parseJsonSource>;
  try {
    root = parseJsonSource(text);
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    const { line, column } = lineLocator(text)(error.offset);
    throw new LocaleFileError(file, line, column, error.message, error.hint);
  }
  if (root.type !== 'object') {
    const { line, column } = lineLocator(text)(root.start);
    throw new LocaleFileError(file, line, column, 'the file must hold one JSON object of keys', 'start the file with { and end it with }');
  }
  return { text, root, value: toValue(root) as Record<string, unknown> };
};
