import { defineRule } from '../rule.js';

export const fileName = defineRule({
  name: 'file-name',
  severity: 'warning',
  description: 'A .json file whose name is not a locale tag, so it is not linted (e.g. fr_FR.json).',
  otherFile: ({ name, suggestion }, report) =>
    report(
      0,
      `${name} is not named after a locale tag, so it was not checked`,
      suggestion ? `rename it to ${suggestion}` : 'name locale files <tag>.json, e.g. fr.json or pt-BR.json',
    ),
});
