import { pluralBranches } from '../../../../src/toolkit/lint/rules/plural-branches.js';
import { change, describeRule, en, entry, pl } from '../../../support/lint.js';

const withPluralEnglish = change(en, (catalog) => {
  entry(catalog, 'status.pending').message = 'You have {count, plural, one {# account} other {# accounts}} to update.';
});
const polishPlural = (branches: string) =>
  change(pl, (catalog) => {
    entry(catalog, 'status.pending').message = `{count, plural, ${branches}} do aktualizacji.`;
  });

describeRule(pluralBranches, {
  failing: [
    {
      name: "a Polish plural without the category 'many'",
      files: { 'en.json': withPluralEnglish, 'pl.json': polishPlural('one {# konto} few {# konta} other {# konta}') },
      at: ['pl.json', '{count, plural'],
      message: /lacks many \(the plural categories of pl are few, many, one, other\)/,
    },
    {
      name: "a Polish plural with 'two', which Polish never uses",
      files: {
        'en.json': withPluralEnglish,
        'pl.json': polishPlural('one {# konto} two {# konta} few {# konta} many {# kont} other {# konta}'),
      },
      at: ['pl.json', '{count, plural'],
      message: /has two, never chosen in pl/,
      severity: 'warning',
    },
  ],
  passing: [
    {
      name: 'a Polish plural with one, few, many, other and an exact =0',
      files: {
        'en.json': withPluralEnglish,
        'pl.json': polishPlural('=0 {żadnego konta} one {# konto} few {# konta} many {# kont} other {# konta}'),
      },
    },
  ],
});
