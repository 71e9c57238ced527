import { placeholders } from '../../../../src/toolkit/lint/rules/placeholders.js';
import { describeRule, edit, en, fr } from '../../../support/lint.js';

describeRule(placeholders, {
  failing: [
    {
      name: 'a translated placeholder name',
      files: {
        'en.json': en,
        'fr.json': edit(fr, 'informations transmises par {provider}.', 'informations transmises par {fournisseur}.'),
      },
      at: ['fr.json', '{fournisseur}'],
      message: /placeholder \{fournisseur\} is not in the English text \(which has \{provider\}\)/,
      hint: /placeholders are not translated: write \{provider\} exactly as in English/,
    },
    {
      name: 'a dropped placeholder',
      files: { 'en.json': en, 'fr.json': edit(fr, 'informations transmises par {provider}.', 'informations transmises par votre banque.') },
      at: ['fr.json', '"Vos comptes ont été mis à jour avec les dernières informations transmises'],
      message: /status.finished.messageWithProvider: placeholder \{provider\} is missing/,
    },
    {
      name: '{provider} in an English title shown without a provider',
      files: { 'en.json': edit(en, '"title": "Update about to start"', '"title": "{provider} update about to start"') },
      at: ['en.json', '{provider} update'],
      message: /status.pending.title uses \{provider\}, but title is shown when the bank's name is unknown/,
    },
  ],
  passing: [
    {
      name: '{provider} moved within the sentence, and written with spaces',
      files: {
        'en.json': en,
        'fr.json': edit(
          fr,
          'Vos comptes ont été mis à jour avec les dernières informations transmises par {provider}.',
          '{ provider } a transmis les dernières informations de vos comptes.',
        ),
      },
    },
  ],
});
