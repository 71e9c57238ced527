import { fileName } from '../../../../src/toolkit/lint/rules/file-name.js';
import { describeRule, en, fr, shipped } from '../../../support/lint.js';

describeRule(fileName, {
  failing: [
    {
      name: 'fr_FR.json',
      files: { 'en.json': en, 'fr_FR.json': fr },
      file: 'fr_FR.json',
      message: /fr_FR.json is not named after a locale tag/,
      hint: /rename it to fr-FR.json/,
      severity: 'warning',
    },
  ],
  passing: [{ name: 'pt-BR.json and schema.json', files: { 'en.json': en, 'pt-BR.json': shipped('pt'), 'schema.json': '{}' } }],
});
