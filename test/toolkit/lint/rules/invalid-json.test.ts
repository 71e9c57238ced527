import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { invalidJson } from '../../../../src/toolkit/lint/rules/invalid-json.js';
import { describeRule, edit, en, fixture, fr } from '../../../support/lint.js';

const userCatalog = { 'en.json': readFileSync(join(fixture('user-catalog'), 'en.json'), 'utf8') };
const userTranslation = readFileSync(join(fixture('user-catalog'), 'ja.json'), 'utf8');

describeRule(invalidJson, {
  failing: [
    {
      name: 'a double quote inside a text',
      files: { 'en.json': en, 'fr.json': edit(fr, '"title": "Vos comptes sont à jour"', '"title": "Vos comptes sont "à jour""') },
      at: ['fr.json', 'à jour""'],
      message: /expected "," or "}" after the value of "title", found "à"/,
      hint: /write it as \\"/,
    },
    {
      name: 'a trailing comma in a user catalog',
      files: { ...userCatalog, 'ja.json': edit(userTranslation, '"sourceHash": "3b004bdf"\n', '"sourceHash": "3b004bdf",\n') },
      at: ['ja.json', '},\n  "action'],
      message: /a comma before "}"/,
      hint: /remove the comma after the last entry/,
    },
  ],
  passing: [
    {
      name: 'escaped and typographic quotes in a text',
      files: {
        'en.json': en,
        'fr.json': edit(fr, '"title": "Vos comptes sont à jour"', '"title": "Vos comptes sont \\"à jour\\" « ici »"'),
      },
    },
    { name: 'the user catalog fixture', files: { ...userCatalog, 'ja.json': userTranslation } },
  ],
});
