import { stale } from '../../../../src/toolkit/lint/rules/stale.js';
import { change, describeRule, edit, en, entry, fr } from '../../../support/lint.js';

describeRule(stale, {
  failing: [
    {
      name: 'a translation of an older English text',
      files: { 'en.json': edit(en, '"title": "Update cancelled"', '"title": "Update stopped"'), 'fr.json': fr },
      at: ['fr.json', '"803333af"'],
      message: /status.cancelled was translated from an older English text \(sourceHash 803333af, current [0-9a-f]{8}\)/,
      hint: /confirm --locale fr --key status.cancelled/,
      severity: 'warning',
    },
    {
      name: 'a translation without sourceHash',
      files: { 'en.json': en, 'fr.json': change(fr, (c) => delete entry(c, 'status.cancelled').sourceHash) },
      at: ['fr.json', '"status.cancelled"'],
      message: /status.cancelled has no sourceHash/,
      severity: 'warning',
    },
  ],
  passing: [{ name: 'translations stamped with the current English hash', files: { 'en.json': en, 'fr.json': fr } }],
});
