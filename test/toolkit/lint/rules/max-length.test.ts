import { maxLength } from '../../../../src/toolkit/lint/rules/max-length.js';
import { change, describeRule, edit, en, entry, fr, shipped } from '../../../support/lint.js';

describeRule(maxLength, {
  failing: [
    {
      name: 'an English title of 41 characters',
      files: { 'en.json': edit(en, '"title": "Update cancelled"', `"title": "${'é'.repeat(41)}"`) },
      at: ['en.json', `"${'é'.repeat(41)}"`],
      message: /status.cancelled.title is 41 characters long, over the limit of 40 for a title/,
    },
    {
      name: 'an English titleWithProvider of 41 characters with {provider} counted as 10',
      files: {
        'en.json': edit(en, '"titleWithProvider": "{provider} is unavailable"', `"titleWithProvider": "{provider}${'x'.repeat(31)}"`),
      },
      at: ['en.json', '"{provider}xxx'],
      message:
        /status.unavailable.titleWithProvider is 41 characters long, over the limit of 40 for a title \(\{provider\} counted as 10\)/,
    },
    {
      name: 'a French title of 41 characters, an error as in English',
      files: { 'en.json': en, 'fr.json': edit(fr, '"title": "Mise à jour annulée"', `"title": "${'a'.repeat(41)}"`) },
      at: ['fr.json', `"${'a'.repeat(41)}"`],
      message: /status.cancelled.title is 41 characters long, over the limit of 40 for a title/,
      severity: 'error',
    },
    {
      name: 'an English button label of 25 characters',
      files: { 'en.json': edit(en, '"label": "Check progress"', `"label": "${'R'.repeat(25)}"`) },
      at: ['en.json', `"${'R'.repeat(25)}"`],
      message: /action.wait.label is 25 characters long, over the limit of 24 for a button label/,
    },
    {
      name: 'a Greek button label of 25 graphemes, each a letter and a combining accent',
      files: {
        'en.json': en,
        'el.json': change(shipped('el'), (c) => {
          entry(c, 'action.wait').label = 'ά'.normalize('NFD').repeat(25);
        }),
      },
      at: ['el.json', `"${'ά'.normalize('NFD').repeat(25)}"`],
      message: /action.wait.label is 25 characters long, over the limit of 24 for a button label/,
      severity: 'error',
    },
  ],
  passing: [
    {
      name: 'titles exactly at the limits (40 in English and French, 30 + {provider} in English)',
      files: {
        'en.json': edit(
          edit(en, '"title": "Update cancelled"', `"title": "${'é'.repeat(40)}"`),
          '"titleWithProvider": "{provider} is unavailable"',
          `"titleWithProvider": "{provider}${'x'.repeat(30)}"`,
        ),
        'fr.json': edit(fr, '"title": "Mise à jour annulée"', `"title": "${'a'.repeat(40)}"`),
      },
    },
  ],
});
