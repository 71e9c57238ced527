import { missingDescription } from '../../../../src/toolkit/lint/rules/missing-description.js';
import { change, describeRule, en, entry } from '../../../support/lint.js';

describeRule(missingDescription, {
  failing: [
    {
      name: 'an English entry without description',
      files: { 'en.json': change(en, (c) => delete entry(c, 'status.pending').description) },
      at: ['en.json', '"status.pending"'],
      message: /status.pending has no description/,
      severity: 'warning',
    },
  ],
  passing: [{ name: 'every English entry described', files: { 'en.json': en } }],
});
