import { extraKey } from '../../../../src/toolkit/lint/rules/extra-key.js';
import { describeRule, edit, en, fr } from '../../../support/lint.js';

describeRule(extraKey, {
  failing: [
    {
      name: 'a misspelt key',
      files: { 'en.json': en, 'fr.json': edit(fr, '"status.cancelled"', '"status.canceled"') },
      at: ['fr.json', '"status.canceled"'],
      message: /unknown key "status.canceled": en.json has no such key/,
      hint: /did you mean "status.cancelled"\?/,
    },
  ],
  passing: [{ name: 'a $schema key', files: { 'en.json': en, 'fr.json': fr } }],
});
