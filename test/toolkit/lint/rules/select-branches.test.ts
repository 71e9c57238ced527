import { selectBranches } from '../../../../src/toolkit/lint/rules/select-branches.js';
import { change, describeRule, en, entry, fr } from '../../../support/lint.js';

const withSelectEnglish = change(en, (catalog) => {
  entry(catalog, 'status.finished').messageWithProvider =
    '{provider, select, ING {Your ING accounts are up to date.} other {Your accounts at {provider} are up to date.}}';
});

describeRule(selectBranches, {
  failing: [
    {
      name: 'a select without a branch of the English select',
      files: {
        'en.json': withSelectEnglish,
        'fr.json': change(fr, (c) => {
          entry(c, 'status.finished').messageWithProvider = '{provider, select, other {Vos comptes chez {provider} sont à jour.}}';
        }),
      },
      at: ['fr.json', '{provider, select'],
      message: /\{provider, select\} lacks the branch ING of the English text/,
    },
  ],
  passing: [
    {
      name: 'a select with every English branch',
      files: {
        'en.json': withSelectEnglish,
        'fr.json': change(fr, (c) => {
          entry(c, 'status.finished').messageWithProvider =
            '{provider, select, ING {Vos comptes ING sont à jour.} other {Vos comptes chez {provider} sont à jour.}}';
        }),
      },
    },
  ],
});
