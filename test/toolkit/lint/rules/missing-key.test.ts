import { missingKey } from '../../../../src/toolkit/lint/rules/missing-key.js';
import { change, describeRule, en, fr } from '../../../support/lint.js';

describeRule(missingKey, {
  failing: [
    {
      name: 'a translation without a key of en.json',
      files: { 'en.json': en, 'fr.json': change(fr, (c) => delete c['status.pending']) },
      at: ['fr.json', '"status.in_progress"'],
      message: /missing key "status.pending" \(English: "Update about to start"/,
      hint: /before "status.in_progress"/,
    },
    {
      name: 'an en.json without a catalog key',
      files: { 'en.json': change(en, (c) => delete c.unknown) },
      at: ['en.json', '"action.wait"'],
      message: /missing key "unknown"/,
    },
  ],
  passing: [
    {
      name: 'every key, in another order',
      files: { 'en.json': en, 'fr.json': `${JSON.stringify(Object.fromEntries(Object.entries(JSON.parse(fr)).reverse()), null, 2)}\n` },
    },
  ],
});
