import { extraField } from '../../../../src/toolkit/lint/rules/extra-field.js';
import { change, describeRule, edit, en, entry, fr } from '../../../support/lint.js';

describeRule(extraField, {
  failing: [
    {
      name: 'a titleWithProvider that English does not have',
      files: {
        'en.json': en,
        'fr.json': change(fr, (c) => {
          entry(c, 'status.pending').titleWithProvider = '{provider} va commencer';
        }),
      },
      at: ['fr.json', '"titleWithProvider": "{provider} va commencer"'],
      message: /status.pending.titleWithProvider is not in the English entry/,
    },
    {
      name: 'a translated field name',
      files: { 'en.json': en, 'fr.json': edit(fr, '"title": "Mise à jour annulée"', '"titre": "Mise à jour annulée"') },
      at: ['fr.json', '"titre"'],
      message: /status.cancelled: unknown field "titre"/,
      hint: /did you mean "title"\?/,
    },
    {
      name: 'a description in a translation',
      files: {
        'en.json': en,
        'fr.json': change(fr, (c) => {
          entry(c, 'status.pending').description = 'note';
        }),
      },
      at: ['fr.json', '"description"'],
      message: /descriptions belong in en.json only/,
      severity: 'warning',
    },
  ],
  passing: [
    { name: 'descriptions in en.json and sourceHash in translations', files: { 'en.json': en, 'fr.json': fr } },
    {
      name: 'a field English does not have whose value is not a text (invalid-entry reports it)',
      files: {
        'en.json': en,
        'fr.json': change(fr, (c) => {
          entry(c, 'status.pending').titleWithProvider = 5;
        }),
      },
    },
  ],
});
