/**
 * The catalogs of one instance, by locale tag, and how each tag falls back: to its supported parents (`pt-BR` →
 * `pt`), which share its language, then to the default locale. A message in the user's language beats a more
 * specific one in another language.
 */
import { entriesOf, invalidTag } from './entries.js';
import type { Entry, LocaleCatalog } from './format.js';
import { canonicalLocale, lookupLocale } from './locale.js';
import type { CompiledLocale } from './packed-locale.js';
import { read } from './resolve.js';

export interface LocaleTable {
  /** The tags held, default first. */
  readonly locales: readonly string[];
  readonly defaultLocale: string;
  readonly has: (tag: string) => boolean;
  /** The entry of a key in one tag; a tag's entries are read the first time a call needs them. */
  readonly entryOf: (tag: string, key: string) => Entry | undefined;
  /** The tags to try for a held tag: its language's tags, most specific first, then the default locale's. */
  readonly languagesOf: (tag: string) => readonly (readonly string[])[];
}

/**
 * Indexes catalogs by canonical tag, later catalogs of a tag replacing the entries of earlier ones. Throws a
 * `TypeError` for a catalog whose locale is not a BCP 47 tag.
 *
 * @example
 * ```ts
 * const table = createLocaleTable([en, pt, ptBR], 'en');
 * table.languagesOf('pt-BR'); // [['pt-BR', 'pt'], ['en']]
 * ```
 */
export const createLocaleTable = (list: readonly (CompiledLocale | LocaleCatalog)[], defaultLocaleOption: string): LocaleTable => {
  // A tag's catalogs, until a call first needs the tag: then its entries, read once, so that an instance holding
  // every shipped locale starts as fast as one holding two.
  const tables = new Map<string, (CompiledLocale | LocaleCatalog)[] | Map<string, Entry>>();
  for (const catalog of list) {
    const locale = read(catalog, 'locale');
    const tag = canonicalLocale(locale);
    if (!tag) throw invalidTag(locale, 'options.locales');
    // Stryker disable next-line ArrayDeclaration: a string in the list is a catalog without entries.
    tables.set(tag, [...((tables.get(tag) as CompiledLocale[]) ?? []), catalog]);
  }
  const entryOf = (tag: string, key: string): Entry | undefined => {
    let table = tables.get(tag);
    if (Array.isArray(table)) {
      table = new Map(table.flatMap(entriesOf));
      // Stryker disable next-line CallExpression: remembering the entries read saves the work on the next call; the entries are the same.
      tables.set(tag, table);
    }
    return table?.get(key);
  };
  // Stryker disable next-line StringLiteral: any string that is no tag has no table: the same error is thrown.
  const defaultLocale = canonicalLocale(defaultLocaleOption) ?? '';
  const has = (tag: string) => tables.has(tag);
  const locales = [defaultLocale, ...[...tables.keys()].filter((tag) => tag !== defaultLocale)];
  const chains = new Map(
    locales.map((tag) => {
      // Stryker disable next-line ArrayDeclaration: a string that is no tag has no table and is skipped.
      const language: string[] = [];
      for (let parent: string | undefined = tag; parent && !language.includes(parent); ) {
        language.push(parent);
        const cut = parent.lastIndexOf('-');
        // Stryker disable next-line ConditionalExpression,EqualityOperator: a canonical tag never starts with `-`, and a tag cut by one character has no table.
        parent = cut < 0 ? undefined : lookupLocale(parent.slice(0, cut), has);
      }
      return [tag, language.includes(defaultLocale) ? [language] : [language, [defaultLocale]]];
    }),
  );
  // Stryker disable next-line ArrayDeclaration: every tag a call resolves to has a chain; the fallback is for the type checker.
  return { locales, defaultLocale, has, entryOf, languagesOf: (tag) => chains.get(tag) ?? [[defaultLocale]] };
};
