import { identicalToSource } from '../../../../src/toolkit/lint/rules/identical-to-source.js';
import { describeRule, edit, en, fr } from '../../../support/lint.js';

describeRule(identicalToSource, {
  failing: [
    {
      name: 'an untranslated title',
      files: { 'en.json': en, 'fr.json': edit(fr, '"title": "Mise à jour annulée"', '"title": "Update cancelled"') },
      at: ['fr.json', '"Update cancelled"'],
      message: /status.cancelled.title is the English text unchanged/,
      severity: 'warning',
    },
  ],
  passing: [{ name: 'en-GB with the English texts', files: { 'en.json': en, 'en-GB.json': en } }],
});
