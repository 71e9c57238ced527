/**
 * `coverage`: how much of the English source each locale translates, and how much of that is up to date. A
 * translation counts as translated only while its `sourceHash` matches the current English text (see `stale.ts`):
 * when English changes, the key turns stale in every locale until a translator updates or confirms it.
 */
import { existsSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { type EntrySource, isProviderVariant, type TextField, textFields } from '../runtime/format.js';
import { assertLocaleTag, LocaleFileError, listLocaleFiles, readLocaleJson } from './files.js';
import type { Io } from './io.js';
import { sourceHash } from './stale.js';
import { UsageError } from './usage-error.js';

/** Where one key of a translation stands. */
export type EntryStatus = 'translated' | 'stale' | 'missing';

/**
 * The text fields of an entry as read from a file: only the text fields that are strings.
 *
 * @example
 * ```ts
 * textsOf({ title: 'Hi', description: 'x', sourceHash: '1234abcd' }); // { title: 'Hi' }
 * ```
 */
export const textsOf = (entry: unknown): EntrySource => {
  if (entry === null || typeof entry !== 'object') return {};
  const record = entry as Record<string, unknown>;
  const texts: Partial<Record<TextField, string>> = {};
  for (const field of textFields) {
    const text = record[field];
    if (typeof text === 'string') texts[field] = text;
  }
  return texts;
};

/**
 * Where a translated entry stands against its English entry: `missing` when an English text field is absent or
 * blank (a provider variant may be left out, see `isProviderVariant`), `stale` when complete but made for another
 * English text (its `sourceHash`), `translated` otherwise.
 *
 * @example
 * ```ts
 * entryStatus({ title: 'Hi', message: 'Hello' }, { title: 'Salut', message: 'Bonjour', sourceHash: 'deadbeef' }); // 'stale'
 * ```
 */
export const entryStatus = (english: unknown, translation: unknown): EntryStatus => {
  const source = textsOf(english);
  const texts = textsOf(translation);
  const complete = textFields.every(
    (field) =>
      source[field] === undefined || (isProviderVariant(field) && texts[field] === undefined) || (texts[field] ?? '').trim() !== '',
  );
  if (!complete) return 'missing';
  const hash = (translation as Record<string, unknown>).sourceHash;
  return hash === sourceHash(source) ? 'translated' : 'stale';
};

/** One locale's line of the coverage table. */
export interface CoverageRow {
  readonly locale: string;
  /** The number of keys of the source locale. */
  readonly total: number;
  readonly translated: number;
  readonly stale: number;
  readonly missing: number;
  /** Up-to-date translations, in percent of `total` (0–100). */
  readonly percent: number;
  /** Why the file could not be read (everything then counts as missing); `lint` says more. */
  readonly error?: string;
}

/**
 * The coverage of every translation in `dir` against its source locale (`en.json`), by tag.
 * Throws `LocaleFileError` when the source locale itself cannot be read.
 *
 * @example
 * ```ts
 * coverage('locales');
 * // [{ locale: 'bg', total: 44, translated: 44, stale: 0, missing: 0, percent: 100 }, …]
 * ```
 */
export const coverage = (dir: string, options: { readonly sourceLocale?: string } = {}): CoverageRow[] => {
  const sourceTag = assertLocaleTag(options.sourceLocale ?? 'en');
  const { locales } = listLocaleFiles(dir, sourceTag);
  const sourceFile = locales.find((locale) => locale.tag === sourceTag);
  if (!sourceFile) throw new Error(`no ${sourceTag}.json in ${dir}: coverage is measured against the source locale`);
  const english = readLocaleJson(sourceFile.file).value;
  const keys = Object.keys(english).filter((key) => key !== '$schema');
  return locales
    .filter((locale) => locale.tag !== sourceTag)
    .map(({ tag, file }): CoverageRow => {
      let catalog: Record<string, unknown>;
      try {
        catalog = readLocaleJson(file).value;
      } catch (error) {
        if (!(error instanceof LocaleFileError)) throw error;
        return { locale: tag, total: keys.length, translated: 0, stale: 0, missing: keys.length, percent: 0, error: error.message };
      }
      const counts = { translated: 0, stale: 0, missing: 0 };
      for (const key of keys) counts[Object.hasOwn(catalog, key) ? entryStatus(english[key], catalog[key]) : 'missing']++;
      return { locale: tag, total: keys.length, ...counts, percent: keys.length ? (counts.translated * 100) / keys.length : 100 };
    });
};

/**
 * The coverage rows as an aligned text table, with a mark on rows under `min` percent.
 *
 * @example
 * ```ts
 * formatCoverage(coverage('locales'), 100);
 * // locale  translated  stale  missing  total  coverage
 * // bg              44      0        0     44    100.0%
 * ```
 */
export const formatCoverage = (rows: readonly CoverageRow[], min?: number): string => {
  const header = ['locale', 'translated', 'stale', 'missing', 'total', 'coverage'];
  const cells = rows.map((row) => [
    row.locale,
    String(row.translated),
    String(row.stale),
    String(row.missing),
    String(row.total),
    `${row.percent.toFixed(1)}%`,
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((line) => (line[column] as string).length)));
  const format = (line: readonly string[]) =>
    line.map((cell, column) => (column === 0 ? cell.padEnd(widths[0] as number) : cell.padStart(widths[column] as number))).join('  ');
  return [
    format(header),
    ...rows.map((row, index) => {
      const notes = [
        ...(min !== undefined && row.percent < min ? [`under ${min}%`] : []),
        ...(row.error ? [`unreadable: ${row.error}`] : []),
      ];
      return `${format(cells[index] as string[])}${notes.length ? `  ✖ ${notes.join('; ')}` : ''}`;
    }),
  ].join('\n');
};

/** `coverage [dir] [--min N] [--format text|json]`: exit 1 when a locale is under N percent or unreadable. */
export const coverageCommand = (args: string[], io: Io): number => {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { min: { type: 'string' }, format: { type: 'string', default: 'text' }, source: { type: 'string', default: 'en' } },
  });
  if (positionals.length > 1) throw new UsageError(`coverage takes one folder, got ${positionals.length}: ${positionals.join(' ')}`);
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`--format must be text or json, got "${values.format}"`);
  const min = values.min === undefined ? undefined : Number(values.min);
  if (min !== undefined && (values.min?.trim() === '' || !Number.isFinite(min) || min < 0 || min > 100)) {
    throw new UsageError(`--min must be a percentage from 0 to 100, got "${values.min}"`);
  }
  const dir = positionals[0] ?? 'locales';
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new UsageError(`no folder "${dir}": give the folder that holds en.json and the translations`);
  }
  const rows = coverage(dir, { sourceLocale: values.source });
  const failing = rows.filter((row) => row.error !== undefined || (min !== undefined && row.percent < min));
  io.out(values.format === 'json' ? JSON.stringify({ min: min ?? null, rows }, null, 2) : formatCoverage(rows, min));
  if (failing.length && values.format === 'text') {
    io.err(
      `${failing.length} locale${failing.length === 1 ? '' : 's'} under the threshold or unreadable: ${failing.map((row) => row.locale).join(', ')}`,
    );
  }
  return failing.length ? 1 : 0;
};
