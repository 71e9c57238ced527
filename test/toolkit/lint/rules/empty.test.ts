import { empty } from '../../../../src/toolkit/lint/rules/empty.js';
import { describeRule, edit, en, fr } from '../../../support/lint.js';

describeRule(empty, {
  failing: [
    {
      name: 'a title of spaces',
      files: { 'en.json': en, 'fr.json': edit(fr, '"title": "Mise à jour annulée"', '"title": "  "') },
      at: ['fr.json', '"  "'],
      message: /status.cancelled.title is empty/,
      hint: /translate the English text: "Update cancelled"/,
    },
  ],
  passing: [{ name: 'texts with words', files: { 'en.json': en, 'fr.json': fr } }],
});
