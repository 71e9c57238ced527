/**
 * Build time only: turns a locale file into a JS module of compiled texts (strings, or small functions for
 * texts with `{provider}`), so that showing a shipped message needs no ICU parser at run time.
 */
import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { catalogKeys } from '../runtime/catalog.js';
import type { EntrySource } from '../runtime/format.js';
import { rowFields } from '../runtime/packed-locale.js';

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
 * The TypeScript source of a compiled locale module, in the compact form that `src/packed-locale.ts` reads: one
 * row of texts per catalog key, in `catalogKeys` order, without key or field names (the keys are in comments for
 * readers of the generated file; minifiers drop them). The module is plain data with a type-only import, so it
 * loads as one file. `file` is for error messages; `packedImport` is the import path of `src/packed-locale.ts`
 * from the generated module.
 */
export const compileLocaleModule = (
  tag: string,
  catalog: Readonly<Record<string, unknown>>,
  file: string,
  packedImport: string,
): string => {
  const rows = rowsOf(catalog, file, compileText).map((texts, i) =>
    // A missing entry stays missing: it falls back at run time like any missing text. An empty slot is an array
    // hole: `[a, b, , d]`.
    texts === undefined
      ? `  undefined, // ${catalogKeys[i]} (missing)`
      : `  [${texts.map((text) => text ?? '').join(', ')}], // ${catalogKeys[i]}`,
  );
  const name = localeIdentifier(tag);
  return [
    `// Generated from ${file} by scripts/compile-locales.ts. Do not edit: edit the JSON file.`,
    `import type { CompiledLocale } from '${packedImport}';`,
    '',
    `/** The compiled \`${tag}\` catalog, for \`createStatusMessages({ locales: [${name}] })\`. */`,
    `export const ${name}: CompiledLocale = { locale: ${JSON.stringify(tag)}, rows: [`,
    ...rows,
    '] };',
    '',
  ].join('\n');
};

/**
 * One text as JSON data, the form `jsonLocale` reads: a string, or the parts around each `{provider}`
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

/**
 * The rows of a locale as JSON text, for `jsonLocale` (missing entries and fields are `null`), or `undefined` when
 * a text needs code: such a locale stays a module of code in the main entry too.
 */
export const compileLocaleJson = (catalog: Readonly<Record<string, unknown>>, file: string): string | undefined => {
  let needsCode = false;
  const rows = rowsOf(catalog, file, (source, where) => {
    const parts = textParts(source, where);
    if (parts === undefined) needsCode = true;
    return parts;
  });
  return needsCode ? undefined : JSON.stringify(rows.map((texts) => texts?.map((text) => text ?? null) ?? null));
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
