import { missingField } from '../../../../src/toolkit/lint/rules/missing-field.js';
import { change, describeRule, en, entry, fr } from '../../../support/lint.js';

describeRule(missingField, {
  failing: [
    {
      name: 'a missing message',
      files: { 'en.json': en, 'fr.json': change(fr, (c) => delete entry(c, 'status.finished').message) },
      at: ['fr.json', '"status.finished"'],
      message: /status.finished has no message$/,
      hint: /the translation of "We’ve updated your accounts/,
    },
  ],
  passing: [
    { name: 'no messageWithProvider where English has none', files: { 'en.json': en, 'fr.json': fr } },
    {
      name: 'a translation that leaves a provider variant out (its generic text is shown)',
      files: { 'en.json': en, 'fr.json': change(fr, (c) => delete entry(c, 'status.finished').messageWithProvider) },
    },
  ],
});
