import { type PluralElement, TYPE } from '@formatjs/icu-messageformat-parser';
import { walk } from '../icu.js';
import { defineRule } from '../rule.js';

/** The CLDR plural categories of `tag` for a plural; undefined for a tag Intl does not know. */
const categoriesOf = (tag: string, element: PluralElement): readonly string[] | undefined => {
  try {
    return new Intl.PluralRules(tag, { type: element.pluralType ?? 'cardinal' }).resolvedOptions().pluralCategories;
  } catch {
    return undefined;
  }
};

export const pluralBranches = defineRule({
  name: 'plural-branches',
  severity: 'error',
  description: "A plural lacks a branch for one of the locale's CLDR plural categories (Intl.PluralRules).",
  // The locale's categories, whatever English has.
  text: ({ tag, where, elements, at }, report) => {
    for (const element of walk(elements)) {
      if (element.type !== TYPE.plural) continue;
      const categories = categoriesOf(tag, element);
      if (!categories) continue; // nothing to compare with
      const kind = element.pluralType === 'ordinal' ? 'selectordinal' : 'plural';
      const branches = Object.keys(element.options);
      const missing = categories.filter((category) => !branches.includes(category));
      const offset = at(element.location?.start.offset ?? 0);
      if (missing.length) {
        report(
          offset,
          `${where}: {${element.value}, ${kind}} lacks ${missing.join(', ')} (the ${kind} categories of ${tag} are ${categories.join(', ')})`,
          `add ${missing.map((category) => `${category} {…}`).join(' ')}; see https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html`,
        );
      }
      const unused = branches.filter((branch) => !branch.startsWith('=') && !categories.includes(branch));
      if (unused.length) {
        report(
          offset,
          `${where}: {${element.value}, ${kind}} has ${unused.join(', ')}, never chosen in ${tag} (categories: ${categories.join(', ')})`,
          'remove those branches, or use exact values such as =0 {…}',
          'warning',
        );
      }
    }
  },
});
