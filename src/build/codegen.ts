/**
 * Build time only: turns a locale file into a JS module of compiled texts (strings, or small functions for
 * texts with `{provider}`), so that showing a shipped message needs no ICU parser at run time.
 */
import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { catalogKeys } from '../runtime/catalog.js';
import { rowFields } from '../runtime/entries.js';
import type { EntrySource } from '../runtime/format.js';
import { swapScript } from '../runtime/packed-locale.js';

/** Values the compiled functions can read; anything else is a build error, caught by `lint` first. */
const argumentNames = new Set(['provider']);

const expression = (elements: readonly MessageFormatElement[], where: string): string => {
  const parts = elements.map((element): string => {
    switch (element.type) {
      case TYPE.literal:
        return JSON.stringify(element.value);
      case TYPE.argument:
      case TYPE.select: {
        if (!argumentNames.has(element.value)) {
          throw new Error(`${where}: unknown placeholder {${element.value}}; the only one is {provider}`);
        }
        if (element.type === TYPE.argument) return `v.${element.value}`;
        const branches = Object.entries(element.options);
        const other = branches.find(([name]) => name === 'other');
        if (!other) throw new Error(`${where}: {${element.value}, select, …} needs an "other" branch`);
        const cases = branches
          .filter(([name]) => name !== 'other')
          .map(([name, { value }]) => `v.${element.value} === ${JSON.stringify(name)} ? ${expression(value, where)} : `)
          .join('');
        return `(${cases}${expression(other[1].value, where)})`;
      }
      default:
        throw new Error(`${where}: ICU element type ${TYPE[element.type]} is not supported in locale files; use plain text and {provider}`);
    }
  });
  const joined = parts.join(' + ');
  // A leading literal keeps `+` a string concatenation even when the first part is an argument.
  return parts.length === 0 ? '""' : parts.length === 1 && elements[0]?.type !== TYPE.literal ? `"" + ${joined}` : joined;
};

const parseIcu = (source: string, where: string): MessageFormatElement[] => {
  try {
    return parse(source, { requiresOtherClause: true });
  } catch (error) {
    // The parser names only the kind of error (`MISSING_OTHER_CLAUSE`): say where, and what the text was.
    throw new Error(`${where}: invalid ICU message ${JSON.stringify(source)}: ${error instanceof Error ? error.message : String(error)}`);
  }
};

/** JS source of one compiled text: a string literal, or an arrow function of the values. */
export const compileText = (source: string, where: string): string => {
  const elements = parseIcu(source, where);
  const body = expression(elements, where);
  return elements.every((element) => element.type === TYPE.literal)
    ? JSON.stringify(elements.map((element) => (element.type === TYPE.literal ? element.value : '')).join(''))
    : `(v) => ${body}`;
};

/** An identifier for a locale tag, as date-fns names them: `pt-BR` → `ptBR`. */
export const localeIdentifier = (tag: string): string => tag.replace(/-(\w)/g, (_, c: string) => c.toUpperCase()).replace(/\W/g, '');

/**
 * One text as data, the form `packedLocale` reads: a string, or the parts around each `{provider}`
 * (`"Log in to {provider}."` → `["Log in to ", "."]`); `undefined` when the text needs code (a select).
 */
export const textParts = (source: string, where: string): string | string[] | undefined => {
  const parts = [''];
  for (const element of parseIcu(source, where)) {
    if (element.type === TYPE.literal) parts[parts.length - 1] += element.value;
    else if (element.type === TYPE.argument && argumentNames.has(element.value)) parts.push('');
    else return undefined;
  }
  return parts.length === 1 ? parts[0] : parts;
};

/** Characters that bundlers escape in a string literal by default (esbuild's `charset: 'ascii'`). */
const escapedCount = (texts: readonly string[]): number => texts.reduce((count, text) => count + text.replace(/[\0-~]/g, '').length, 0);

/**
 * The `swapScript` base for a locale's texts: the one that leaves the fewest characters outside ASCII, or 0 (texts
 * kept as they are) when none leaves fewer than the texts have. A window of the swap that starts below the first
 * character it covers holds no more, so the candidates are the characters of the texts.
 *
 * @example
 * ```ts
 * scriptOf(['Грешка', 'Опитайте отново']); // 0x413: the 62 characters from Г hold every letter of these texts
 * scriptOf(['Réessayez plus tard']);         // 0: most letters are ASCII already
 * ```
 */
export const scriptOf = (texts: readonly string[]): number => {
  let best = 0;
  let fewest = escapedCount(texts);
  const candidates = new Set(texts.flatMap((text) => [...text.replace(/[\0-~]/g, '')].map((char) => char.charCodeAt(0))));
  for (const base of candidates) {
    const count = escapedCount(texts.map((text) => swapScript(text, base)));
    if (count < fewest) [best, fewest] = [base, count];
  }
  return best;
};

/** A text of a packed locale: a string or parts (swapped when the locale is), or the JS source of a text that needs code. */
type PackedText = string | string[] | { readonly code: string };

/** A locale's rows as `packedLocale` reads them, and the `swapScript` base its strings are stored with. */
const packLocale = (catalog: Readonly<Record<string, unknown>>, file: string) => {
  const rows = rowsOf(catalog, file, (source, where): PackedText => textParts(source, where) ?? { code: compileText(source, where) });
  const script = scriptOf(
    rows.flatMap((row) => row ?? []).flatMap((text) => (typeof text === 'string' ? [text] : Array.isArray(text) ? text : [])),
  );
  const swap = (text: string) => (script ? swapScript(text, script) : text);
  const swapped = rows.map((row) =>
    row?.map((text) => (typeof text === 'string' ? swap(text) : Array.isArray(text) ? text.map(swap) : text)),
  );
  return { rows: swapped, script };
};

/** The arguments after the tag of a `packedLocale` call: the rows' source, and how to swap the texts back when they are. */
const packedArguments = (rows: string, script: number) => (script ? `${rows}, (text) => swapScript(text, 0x${script.toString(16)})` : rows);

/** The JS source of a packed text. */
const packedSource = (text: PackedText): string => (typeof text === 'string' || Array.isArray(text) ? JSON.stringify(text) : text.code);

/**
 * The TypeScript source of a compiled locale module: one row of texts per catalog key, in `catalogKeys` order,
 * without key or field names (the keys are in comments for readers of the generated file; minifiers drop them).
 * Texts in the Latin script are code, as they are: strings, and small functions for `{provider}`, so that the module
 * is plain data that imports nothing and loads as one file. Texts in another script are stored swapped (`scriptOf`),
 * as data that `packedLocale` swaps back when first read, so that bundlers do not escape every letter. `file` is for
 * error messages; `packedImport` is the import path of `src/runtime/packed-locale.ts` from the generated module.
 */
export const compileLocaleModule = (
  tag: string,
  catalog: Readonly<Record<string, unknown>>,
  file: string,
  packedImport: string,
): string => {
  const { rows, script } = packLocale(catalog, file);
  const texts = script ? rows.map((row) => row?.map((text) => text && packedSource(text))) : rowsOf(catalog, file, compileText);
  const lines = texts.map((row, i) =>
    // A missing entry stays missing: it falls back at run time like any missing text. An empty slot is an array
    // hole: `[a, b, , d]`.
    row === undefined
      ? `  undefined, // ${catalogKeys[i]} (missing)`
      : `  [${row.map((text) => text ?? '').join(', ')}], // ${catalogKeys[i]}`,
  );
  const body = ['[', ...lines, ']'].join('\n');
  const name = localeIdentifier(tag);
  return [
    `// Generated from ${file} by scripts/compile-locales.ts. Do not edit: edit the JSON file.`,
    ...(script
      ? [
          '// Its texts are stored swapped (`swapScript`), so that bundlers do not escape every letter.',
          `import { type CompiledLocale, packedLocale, swapScript } from '${packedImport}';`,
        ]
      : [`import type { CompiledLocale } from '${packedImport}';`]),
    '',
    `/** The compiled \`${tag}\` catalog, for \`createStatusMessages({ locales: [${name}] })\`. */`,
    script
      ? `export const ${name}: CompiledLocale = packedLocale(${JSON.stringify(tag)}, ${packedArguments(body, script)});`
      : `export const ${name}: CompiledLocale = { locale: ${JSON.stringify(tag)}, rows: ${body} };`,
    '',
  ].join('\n');
};

/**
 * The main entry's expression for a locale: a `packedLocale` call with the rows as JSON text (missing entries and
 * fields are `null`; texts swapped as in the locale's module), or `undefined` when a text needs code: such a locale
 * stays a module of code in the main entry too.
 *
 * @example
 * ```ts
 * compileLocaleSource('fr', { unknown: { title: 'Erreur', message: 'Chez {provider}.' } }, 'locales/fr.json');
 * // 'packedLocale("fr", "[null, …, [\"Erreur\",[\"Chez \",\".\"]], …]")'
 * ```
 */
export const compileLocaleSource = (tag: string, catalog: Readonly<Record<string, unknown>>, file: string): string | undefined => {
  const { rows, script } = packLocale(catalog, file);
  if (rows.some((row) => row?.some((text) => typeof text === 'object' && !Array.isArray(text)))) return undefined;
  const json = JSON.stringify(rows.map((texts) => texts?.map((text) => text ?? null) ?? null));
  return `packedLocale(${JSON.stringify(tag)}, ${packedArguments(JSON.stringify(json), script)})`;
};

/** Each catalog key's texts in row order, compiled by `compile`; `undefined` for a missing entry or field. */
const rowsOf = <T>(
  catalog: Readonly<Record<string, unknown>>,
  file: string,
  compile: (source: string, where: string) => T,
): ((T | undefined)[] | undefined)[] => {
  const unknownKeys = Object.keys(catalog).filter((key) => key !== '$schema' && !catalogKeys.includes(key));
  if (unknownKeys.length > 0) {
    throw new Error(`${file}: unknown key ${JSON.stringify(unknownKeys[0])}; the keys are those of src/catalog.ts (catalogKeys)`);
  }
  return catalogKeys.map((key) => {
    const entry = catalog[key] as EntrySource | undefined;
    if (entry === undefined) return undefined;
    const texts = rowFields(key).map((field) =>
      typeof entry[field] === 'string' ? compile(entry[field], `${file}: ${key}.${field}`) : undefined,
    );
    while (texts.length > 0 && texts.at(-1) === undefined) texts.pop();
    return texts;
  });
};
