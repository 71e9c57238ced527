import { invalidEntry } from '../../../../src/toolkit/lint/rules/invalid-entry.js';
import { change, describeRule, edit, en, entry, fr } from '../../../support/lint.js';

describeRule(invalidEntry, {
  failing: [
    {
      name: 'an entry that is a text instead of an object',
      files: { 'en.json': en, 'fr.json': change(fr, (c) => Object.assign(c, { 'status.pending': 'La mise à jour va commencer' })) },
      at: ['fr.json', '"La mise à jour va commencer"'],
      message: /"status.pending" must be an object of texts/,
    },
    {
      name: 'a sourceHash that is a number',
      files: { 'en.json': en, 'fr.json': edit(fr, '"sourceHash": "5209c407"', '"sourceHash": 5209') },
      at: ['fr.json', '5209\n'],
      message: /status.pending.sourceHash must be 8 hexadecimal digits/,
      hint: /confirm --locale fr --key status.pending/,
    },
    {
      name: 'a text that is a number, in a field the English entry does not have either',
      files: {
        'en.json': en,
        'fr.json': change(fr, (c) => {
          entry(c, 'status.pending').titleWithProvider = 5;
        }),
      },
      at: ['fr.json', '5\n'],
      message: /^status.pending.titleWithProvider must be a text in double quotes$/,
    },
  ],
  passing: [{ name: 'entries of texts with a sourceHash', files: { 'en.json': en, 'fr.json': fr } }],
});
