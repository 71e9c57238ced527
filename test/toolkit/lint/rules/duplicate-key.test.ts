import { duplicateKey } from '../../../../src/toolkit/lint/rules/duplicate-key.js';
import { describeRule, edit, en, fr } from '../../../support/lint.js';

describeRule(duplicateKey, {
  failing: [
    {
      name: 'a key written twice',
      files: {
        'en.json': en,
        'fr.json': edit(fr, '"status.pending": {', '"status.pending": { "title": "x", "message": "y" },\n  "status.pending": {'),
      },
      at: ['fr.json', '"status.pending"', 1],
      message: /"status.pending" appears twice; only this last one would be used/,
      hint: /on line 9/,
    },
  ],
  passing: [{ name: 'the same field name in every entry', files: { 'en.json': en, 'fr.json': fr } }],
});
