import { missingSource } from '../../../../src/toolkit/lint/rules/missing-source.js';
import { describeRule, edit, en, fr } from '../../../support/lint.js';

describeRule(missingSource, {
  failing: [
    { name: 'a folder without en.json', files: { 'fr.json': fr }, file: 'en.json', message: /no en.json in/ },
    {
      name: 'an en.json that is not valid JSON',
      files: { 'en.json': edit(en, '"status.pending": {', '"status.pending" {'), 'fr.json': fr },
      file: 'en.json',
      message: /cannot be read, so translations are only checked on their own/,
    },
  ],
  passing: [{ name: 'a folder with en.json', files: { 'en.json': en, 'fr.json': fr } }],
});
