/**
 * Exchanging locale files with a translation platform: a locale file becomes a list of translation units (one per
 * key and text field, the English text as source), and a translated list comes back into the locale file.
 * The file formats (XLIFF 2.0, gettext PO) live in `xliff.ts` and `po.ts`; this module holds what they share:
 * building the units, checking a translated file against the English source, and writing the locale JSON in
 * its stable layout. Everything here is pure; the CLI commands at the end do the file access.
 */
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { type TextField, textFields } from '../../runtime/format.js';
import { canonicalLocale } from '../../runtime/locale.js';
import { localeFile, localeTagPattern, readLocaleJson, writeFileAtomic } from '../files.js';
import type { Io } from '../io.js';
import { sourceHash } from '../stale.js';
import { UsageError } from '../usage-error.js';
import type { ExchangeDocument, ExchangeUnit } from './document.js';

export type { ExchangeDocument, ExchangeUnit } from './document.js';

/** A locale file as parsed from JSON: `$schema`, then one object of strings per key. */
export type CatalogJson = Readonly<Record<string, unknown>>;
type Fields = Readonly<Record<string, unknown>>;

/** The locale whose texts are the source of every translation. */
export const sourceLocale = 'en';
const providerExample = 'BNP Paribas';
// Fields in the order they are written, after `description` (English only) and before anything unknown.
const fieldOrder = ['description', ...textFields, 'sourceHash'];

const entriesOf = (catalog: CatalogJson): [string, Fields][] =>
  Object.entries(catalog).filter((pair): pair is [string, Fields] => pair[0] !== '$schema' && isObject(pair[1]));

const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);

const textOf = (entry: Fields | undefined, field: string): string | undefined => {
  const text = entry?.[field];
  return typeof text === 'string' ? text : undefined;
};

/**
 * The unit id of a key's text field.
 *
 * @example
 * ```ts
 * unitId('code.201.bad_credentials', 'message'); // 'code.201.bad_credentials:message'
 * ```
 */
export const unitId = (key: string, field: TextField): string => `${key}:${field}`;

/**
 * The argument names an ICU message uses, sorted and without duplicates, including those inside select branches.
 * Throws FormatJS' syntax error for invalid ICU.
 *
 * @example
 * ```ts
 * placeholdersOf('Log in to {provider}'); // ['provider']
 * ```
 */
export const placeholdersOf = (message: string): string[] => {
  const names = new Set<string>();
  const visit = (elements: readonly MessageFormatElement[]): void => {
    for (const element of elements) {
      if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
      if (element.type === TYPE.tag) {
        visit(element.children);
        continue;
      }
      names.add(element.value);
      if (element.type === TYPE.select || element.type === TYPE.plural) {
        for (const option of Object.values(element.options)) visit(option.value);
      }
    }
  };
  visit(parse(message, { requiresOtherClause: true }));
  return [...names].sort();
};

/** True when the translation of `key` was made for the current English texts (see `stale.ts`). */
const isFresh = (sourceEntry: Fields, entry: Fields): boolean => entry.sourceHash === sourceHash(sourceEntry);

const notesFor = (sourceEntry: Fields, source: string): string[] => {
  const description = textOf(sourceEntry, 'description');
  const names = safePlaceholders(source) ?? [];
  return [
    ...(description ? [description] : []),
    ...(names.length > 0
      ? [
          `Keep ${names.map((name) => `{${name}}`).join(', ')} exactly as written` +
            (names.includes('provider') ? `: {provider} becomes the bank's name, e.g. "${providerExample}".` : '.'),
        ]
      : []),
  ];
};

const safePlaceholders = (message: string): string[] | undefined => {
  try {
    return placeholdersOf(message);
  } catch {
    return undefined;
  }
};

/**
 * The units of one locale: every text field of every English key, with the locale's translation as target when
 * it has one. A translated key whose `sourceHash` is not the hash of the current English texts is stale.
 *
 * @example
 * ```ts
 * const doc = exchangeDocument(en, fr, 'fr');
 * doc.units[0]; // { id: 'status.finished:title', source: 'Your accounts are up to date', target: 'Vos comptes…', … }
 * ```
 */
export const exchangeDocument = (source: CatalogJson, translation: CatalogJson, locale: string): ExchangeDocument => ({
  sourceLocale,
  locale,
  units: entriesOf(source).flatMap(([key, sourceEntry]) => {
    const entry = isObject(translation[key]) ? translation[key] : undefined;
    const stale = entry !== undefined && !isFresh(sourceEntry, entry);
    return textFields.flatMap((field) => {
      const text = textOf(sourceEntry, field);
      if (text === undefined) return [];
      const target = textOf(entry, field);
      const unit = { id: unitId(key, field), source: text, notes: notesFor(sourceEntry, text), stale: stale && target !== undefined };
      return [target === undefined ? unit : { ...unit, target }];
    });
  }),
});

/**
 * A locale file's text in its stable layout: `JSON.stringify(…, null, 2)` and a final newline, `$schema` first,
 * keys in the order of the English file, fields in the order `description`, `title`, `message`,
 * `titleWithProvider`, `messageWithProvider`, `label`, `sourceHash`. Keys and fields it does not know keep their
 * place after those, so nothing a translator wrote is dropped.
 *
 * @example
 * ```ts
 * formatLocaleFile({ 'code.100': { sourceHash: '1a2b3c4d', title: 'OK' } }, en);
 * // '{\n  "code.100": {\n    "title": "OK",\n    "sourceHash": "1a2b3c4d"\n  }\n}\n'
 * ```
 */
export const formatLocaleFile = (catalog: CatalogJson, source: CatalogJson): string => {
  const keyRank = new Map(Object.keys(source).map((key, index) => [key, index]));
  const byRank = (rank: (name: string) => number) => (a: [string, unknown], b: [string, unknown]) => rank(a[0]) - rank(b[0]);
  const rankOf = (ranks: ReadonlyMap<string, number>) => (name: string) => (name === '$schema' ? -1 : (ranks.get(name) ?? ranks.size));
  const fieldRank = new Map(fieldOrder.map((field, index) => [field, index]));
  // Array.prototype.sort is stable, so unknown names keep their order after the known ones.
  const ordered = Object.fromEntries(
    Object.entries(catalog)
      .sort(byRank(rankOf(keyRank)))
      .map(([key, value]) => [key, isObject(value) ? Object.fromEntries(Object.entries(value).sort(byRank(rankOf(fieldRank)))) : value]),
  );
  return `${JSON.stringify(ordered, null, 2)}\n`;
};

/** What an import changed in one key. */
export interface KeyChange {
  readonly key: string;
  /** Fields whose text changed. */
  readonly updated: readonly TextField[];
  /** The key was stale and the file confirms its translation as it is. */
  readonly confirmed: boolean;
}

/** The outcome of checking a translated document against the English source. */
export type ImportResult =
  | { readonly ok: true; readonly catalog: CatalogJson; readonly changes: readonly KeyChange[]; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly problems: readonly string[] };

interface ParsedId {
  readonly key: string;
  readonly field: TextField;
}

const parseUnitId = (id: string, source: CatalogJson): ParsedId | string => {
  const cut = id.lastIndexOf(':');
  const key = id.slice(0, cut);
  const field = id.slice(cut + 1);
  if (cut < 0 || !(textFields as readonly string[]).includes(field)) {
    return `expected an id of the form <key>:<field>, with a field among ${textFields.join(', ')}`;
  }
  const sourceEntry = source[key];
  if (key === '$schema' || !isObject(sourceEntry)) return `unknown key "${key}": the English file has no such key`;
  if (textOf(sourceEntry, field) === undefined) return `the English entry "${key}" has no ${field}`;
  return { key, field: field as TextField };
};

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((item, index) => item === b[index]);
const braced = (names: readonly string[]) => (names.length === 0 ? 'no placeholder' : names.map((name) => `{${name}}`).join(', '));

/**
 * Applies a translated document to a locale's catalog, or refuses it. Refused, with one problem per unit, when the
 * locale tag is missing, invalid or the source locale's, a unit id names no English text, a unit comes twice, a
 * target is not valid ICU or its placeholders differ from the English source. Otherwise a unit whose target
 * differs from the catalog updates that field; an empty or absent target changes nothing. A key is stamped with
 * the `sourceHash` of the English texts the file carries when one of its units changed or is no longer marked
 * stale, so a translation made from an English text that has changed since stays stale.
 *
 * @example
 * ```ts
 * const result = applyExchange(en, fr, await fromXliff(text));
 * if (result.ok) writeFileAtomic('locales/fr.json', formatLocaleFile(result.catalog, en));
 * else console.error(result.problems.join('\n'));
 * ```
 */
export const applyExchange = (source: CatalogJson, translation: CatalogJson, doc: ExchangeDocument): ImportResult => {
  const problems: string[] = [];
  const warnings: string[] = [];
  const locale = canonicalLocale(doc.locale);
  if (locale === undefined || !localeTagPattern.test(locale)) {
    problems.push(`the file's locale tag ${JSON.stringify(doc.locale)} is not a locale tag such as "fr" or "pt-BR"`);
  } else if (locale === sourceLocale)
    problems.push(`the file's locale is "${locale}", the source locale: import translations into another locale`);
  const sourceTag = canonicalLocale(doc.sourceLocale);
  if (sourceTag !== undefined && sourceTag !== sourceLocale && !sourceTag.startsWith(`${sourceLocale}-`)) {
    problems.push(`the file's source locale is "${doc.sourceLocale}"; this catalog's source is "${sourceLocale}"`);
  }

  const seen = new Set<string>();
  const byKey = new Map<string, { field: TextField; unit: ExchangeUnit }[]>();
  for (const unit of doc.units) {
    const where = `unit "${unit.id}"`;
    if (seen.has(unit.id)) {
      problems.push(`${where}: appears twice; keep one`);
      continue;
    }
    seen.add(unit.id);
    const parsed = parseUnitId(unit.id, source);
    if (typeof parsed === 'string') {
      problems.push(`${where}: ${parsed}`);
      continue;
    }
    const english = textOf(source[parsed.key] as Fields, parsed.field) as string;
    if (unit.target !== undefined && unit.target !== '') {
      let names: string[] | undefined;
      try {
        names = placeholdersOf(unit.target);
      } catch (error) {
        const { message, location } = error as { message: string; location?: { start: { offset: number } } };
        const at = location ? ` at character ${location.start.offset + 1}` : '';
        problems.push(`${where}: the translation is not valid ICU MessageFormat (${message}${at}); check its braces { }`);
      }
      const expected = safePlaceholders(english) ?? [];
      if (names && !sameList(names, expected)) {
        problems.push(
          `${where}: the translation has ${braced(names)} where the English source has ${braced(expected)}; use the same placeholders`,
        );
      }
    }
    if (unit.source !== english && unit.target) {
      warnings.push(`${where}: the English text has changed since this file was exported; the translation is kept but stays stale`);
    }
    byKey.set(parsed.key, [...(byKey.get(parsed.key) ?? []), { field: parsed.field, unit }]);
  }
  if (problems.length > 0) return { ok: false, problems };

  const catalog: Record<string, unknown> = { ...translation };
  const changes: KeyChange[] = [];
  for (const [key, units] of byKey) {
    const sourceEntry = source[key] as Fields;
    const before = isObject(translation[key]) ? translation[key] : undefined;
    const translated = units.filter(({ unit }) => unit.target !== undefined && unit.target !== '');
    const updated = translated.filter(({ field, unit }) => unit.target !== textOf(before, field));
    const reviewed = updated.length > 0 || translated.some(({ unit }) => !unit.stale);
    if (!reviewed) continue;
    // The hash of the English texts the translator saw: the file's sources, the current English for the rest.
    const seenSource = Object.fromEntries(
      textFields.map((field) => [field, units.find((u) => u.field === field)?.unit.source ?? textOf(sourceEntry, field)]),
    );
    const hash = sourceHash(seenSource);
    const entry: Record<string, unknown> = { ...before };
    for (const { field, unit } of updated) entry[field] = unit.target;
    if (updated.length === 0 && entry.sourceHash === hash) continue;
    entry.sourceHash = hash;
    catalog[key] = entry;
    changes.push({ key, updated: updated.map(({ field }) => field), confirmed: updated.length === 0 });
  }
  return { ok: true, catalog, changes, warnings };
};

/** The exchange formats; each writes and reads an `ExchangeDocument`. */
export const exchangeFormats = ['xliff', 'po'] as const;
export type ExchangeFormat = (typeof exchangeFormats)[number];

interface Codec {
  readonly write: (doc: ExchangeDocument) => string | Promise<string>;
  readonly read: (text: string) => ExchangeDocument | Promise<ExchangeDocument>;
}

// Loaded on demand, so that the other commands do not pay for the XML and PO parsers.
const codec = async (format: ExchangeFormat): Promise<Codec> => {
  if (format === 'po') {
    const { toPo, fromPo } = await import('./po.js');
    return { write: toPo, read: fromPo };
  }
  const { toXliff, fromXliff } = await import('./xliff.js');
  return { write: toXliff, read: fromXliff };
};

/**
 * The format of a translation file: from its extension (`.xlf`, `.xliff`, `.po`, `.pot`), else from its content.
 *
 * @example
 * ```ts
 * detectFormat('fr.xlf', ''); // 'xliff'
 * detectFormat('download', 'msgid ""\nmsgstr ""'); // 'po'
 * ```
 */
export const detectFormat = (file: string, text: string): ExchangeFormat => {
  const extension = extname(file).toLowerCase();
  if (extension === '.xlf' || extension === '.xliff') return 'xliff';
  if (extension === '.po' || extension === '.pot') return 'po';
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('<')) return 'xliff';
  if (/^(#|msgctxt\b|msgid\b)/.test(start)) return 'po';
  throw new UsageError(`cannot tell the format of ${file}: name it .xlf (XLIFF 2.0) or .po (gettext)`);
};

// files.ts reads with positions, so a broken file is reported at its line and column.
const readJson = (file: string): CatalogJson => readLocaleJson(file).value;

const readIfExists = (file: string): CatalogJson | undefined => {
  try {
    return readJson(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
};

const localeOption = (tag: string | undefined): string => {
  if (tag === undefined) throw new UsageError('give the locale to export with --locale, e.g. --locale fr');
  const locale = canonicalLocale(tag);
  if (locale === undefined) throw new UsageError(`--locale "${tag}" is not a BCP 47 tag such as "fr" or "pt-BR"`);
  if (locale === sourceLocale)
    throw new UsageError(`"${locale}" is the source locale; export a locale to translate into, e.g. --locale fr`);
  return locale;
};

const oneDir = (positionals: readonly string[]): string => {
  if (positionals.length > 1) throw new UsageError(`expected at most one folder, got ${positionals.length}: ${positionals.join(' ')}`);
  return positionals[0] ?? 'locales';
};

/**
 * `export --format xliff|po --locale <tag> [--out file] [dir]`: writes a locale's units for a translation
 * platform, to `--out` or standard output. `dir` holds `en.json` and `<tag>.json` (default: `locales`).
 *
 * @example
 * ```ts
 * await exportCommand(['--format', 'xliff', '--locale', 'fr', '--out', 'fr.xlf'], io);
 * ```
 */
export const exportCommand = async (args: string[], io: Io): Promise<number> => {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { format: { type: 'string' }, locale: { type: 'string' }, out: { type: 'string' } },
  });
  const format = values.format;
  if (!exchangeFormats.some((name) => name === format)) {
    throw new UsageError(`give --format xliff (XLIFF 2.0) or --format po (gettext)${format === undefined ? '' : `, got "${format}"`}`);
  }
  const locale = localeOption(values.locale);
  const dir = oneDir(positionals);
  const file = localeFile(dir, locale);
  const source = readJson(join(dir, `${sourceLocale}.json`));
  const translation = readIfExists(file);
  if (translation === undefined) io.err(`${file} does not exist yet: every unit is exported untranslated`);
  const doc = exchangeDocument(source, translation ?? {}, locale);
  const text = await (await codec(format as ExchangeFormat)).write(doc);
  if (values.out === undefined) io.out(text.replace(/\n$/, ''));
  else {
    writeFileAtomic(values.out, text);
    const count = (predicate: (unit: ExchangeUnit) => boolean) => doc.units.filter(predicate).length;
    io.out(
      `wrote ${values.out}: ${doc.units.length} units for ${locale}, ` +
        `${count((u) => u.target === undefined)} untranslated, ${count((u) => u.stale)} stale`,
    );
  }
  return 0;
};

/**
 * `import <file> [--create] [dir]`: brings a translated XLIFF or PO file back into `dir/<tag>.json` (default dir:
 * `locales`); `--create` allows starting a new locale file. Writes nothing and exits 1 when the file is refused (see `applyExchange`).
 *
 * @example
 * ```ts
 * await importCommand(['fr.xlf'], io); // 0, prints "locales/fr.json: 1 text updated, 0 stale keys confirmed"
 * ```
 */
export const importCommand = async (args: string[], io: Io): Promise<number> => {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { create: { type: 'boolean', default: false } } });
  const [input, ...rest] = positionals;
  if (input === undefined) throw new UsageError('give the translated file to import, e.g. import fr.xlf');
  const dir = oneDir(rest);
  const text = readFileSync(input, 'utf8');
  const refuse = (problems: readonly string[]): number => {
    for (const problem of problems) io.err(`${input}: ${problem}`);
    io.err(`${input}: refused (${problems.length} problem${problems.length === 1 ? '' : 's'}); nothing was written`);
    return 1;
  };
  let doc: ExchangeDocument;
  try {
    doc = await (await codec(detectFormat(input, text))).read(text);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    return refuse([(error as Error).message]);
  }
  const source = readJson(join(dir, `${sourceLocale}.json`));
  const locale = canonicalLocale(doc.locale);
  // An invalid tag never becomes a path: applyExchange refuses it below.
  const file = locale !== undefined && locale !== sourceLocale && localeTagPattern.test(locale) ? localeFile(dir, locale) : undefined;
  const existing = file === undefined ? undefined : readIfExists(file);
  const result = applyExchange(source, existing ?? { $schema: './schema.json' }, doc);
  if (!result.ok || file === undefined) return refuse(result.ok ? [`invalid locale tag ${JSON.stringify(doc.locale)}`] : result.problems);
  // A platform may answer "fr-FR" for "fr": a new file must be asked for, not made by accident.
  if (existing === undefined && !values.create) {
    return refuse([`${file} does not exist: pass --create to start the locale "${locale}", or set the file's locale to an existing one`]);
  }
  for (const warning of result.warnings) io.err(`${input}: ${warning}`);
  const updated = result.changes.reduce((sum, change) => sum + change.updated.length, 0);
  const confirmed = result.changes.filter((change) => change.confirmed).length;
  if (result.changes.length === 0) {
    io.out(`${file}: no changes`);
    return 0;
  }
  writeFileAtomic(file, formatLocaleFile(result.catalog, source));
  io.out(
    `${file}: ${existing === undefined ? 'created, ' : ''}${updated} text${updated === 1 ? '' : 's'} updated, ` +
      `${confirmed} stale key${confirmed === 1 ? '' : 's'} confirmed`,
  );
  return 0;
};
