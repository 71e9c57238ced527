/**
 * Safe file access for the translator tools: locale tags come from the command line or from imported files, so a
 * tag is validated before it becomes part of a path, and locale files are replaced atomically so that a crash or a
 * full disk never leaves a translator's file half written.
 */
import { randomBytes } from 'node:crypto';
import { renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

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
