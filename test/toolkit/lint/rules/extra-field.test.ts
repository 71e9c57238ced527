import { extraField } from '../../../../src/toolkit/lint/rules/extra-field.js';
import { change, describeRule, edit, en, entry, fr } from '../../../support/lint.js';

describeRule(extraField, {
  failing: [
    {
      name: 'a titleWithProvider that English does not have',
      files: {
        'en.json': en,
        'fr.json': change(fr, (c) => {
          entry(c, 'status.pending').titleWithProvider = '{provider} va commencer';
        }),
      },
      at: ['fr.json', '"titleWithProvider": "{provider} va commencer"'],
      message: /status.pending.titleWithProvider is not in the English entry/,
      hint: /^remove it; this entry has title, message$/,
    },
    {
      name: 'a sourceHash in the English source',
      files: {
        'en.json': change(en, (c) => {
          entry(c, 'status.pending').sourceHash = 'abc123';
        }),
        'fr.json': fr,
      },
      at: ['en.json', '"sourceHash": "abc123"'],
      message: /^status.pending.sourceHash has no meaning in the source locale$/,
      hint: /^remove it$/,
      severity: 'warning',
    },
    {
      name: 'a button label in an English message entry',
      files: {
        'en.json': change(en, (c) => {
          entry(c, 'status.pending').label = 'Go now';
        }),
        'fr.json': fr,
      },
      at: ['en.json', '"label": "Go now"'],
      message: /^status.pending.label does not belong in a message entry$/,
      hint: /^this entry can have title, message, titleWithProvider, messageWithProvider$/,
    },
    {
      name: 'a title in an English button label entry',
      files: {
        'en.json': change(en, (c) => {
          entry(c, 'action.wait').title = 'Waiting title';
        }),
        'fr.json': fr,
      },
      at: ['en.json', '"title": "Waiting title"'],
      message: /^action.wait.title does not belong in a button label entry$/,
      hint: /^this entry can have label$/,
    },
    {
      name: 'a field name like no other',
      files: { 'en.json': en, 'fr.json': edit(fr, '"title": "Mise à jour annulée"', '"zzzzzzzzzz": "Mise à jour annulée"') },
      at: ['fr.json', '"zzzzzzzzzz"'],
      message: /status.cancelled: unknown field "zzzzzzzzzz"/,
      hint: /^the fields are title, message, titleWithProvider, messageWithProvider, label$/,
    },
    {
      name: 'a translated field name',
      files: { 'en.json': en, 'fr.json': edit(fr, '"title": "Mise à jour annulée"', '"titre": "Mise à jour annulée"') },
      at: ['fr.json', '"titre"'],
      message: /status.cancelled: unknown field "titre"/,
      hint: /did you mean "title"\?/,
    },
    {
      name: 'a description in a translation',
      files: {
        'en.json': en,
        'fr.json': change(fr, (c) => {
          entry(c, 'status.pending').description = 'note';
        }),
      },
      at: ['fr.json', '"description"'],
      message: /descriptions belong in en.json only/,
      severity: 'warning',
    },
  ],
  passing: [
    { name: 'descriptions in en.json and sourceHash in translations', files: { 'en.json': en, 'fr.json': fr } },
    {
      name: 'a field English does not have whose value is not a text (invalid-entry reports it)',
      files: {
        'en.json': en,
        'fr.json': change(fr, (c) => {
          entry(c, 'status.pending').titleWithProvider = 5;
        }),
      },
    },
  ],
});
