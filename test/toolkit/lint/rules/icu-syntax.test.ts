import { icuSyntax } from '../../../../src/toolkit/lint/rules/icu-syntax.js';
import { describeRule, edit, en, fr } from '../../../support/lint.js';

describeRule(icuSyntax, {
  failing: [
    {
      name: 'an unclosed placeholder',
      files: { 'en.json': en, 'fr.json': edit(fr, 'informations transmises par {provider}.', 'informations transmises par {provider') },
      at: ['fr.json', '{provider"'],
      message: /status.finished.messageWithProvider: a placeholder is not closed/,
      hint: /quote it: '\{'/,
    },
    {
      name: 'a plural without other, after an escaped quote',
      files: { 'en.json': en, 'fr.json': edit(fr, '"title": "Mise à jour annulée"', '"title": "\\"Annulée\\" {n, plural, one {x}}"') },
      // FormatJS points where the branches end, which is where "other" goes.
      at: ['fr.json', '}"', 0],
      message: /has no "other" branch/,
    },
  ],
  passing: [
    {
      name: 'braces quoted as text',
      files: { 'en.json': en, 'fr.json': edit(fr, '"title": "Mise à jour annulée"', `"title": "Mise à jour '{'annulée'}'"`) },
    },
  ],
});
