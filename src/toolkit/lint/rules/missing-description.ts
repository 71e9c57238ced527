import { defineRule } from '../rule.js';

export const missingDescription = defineRule({
  name: 'missing-description',
  severity: 'warning',
  description: 'An entry of the source locale has no description for translators.',
  entry: ({ key, member, fields, isSource }, report) => {
    if (isSource && !fields.has('description')) {
      report(member.keyStart, `${key} has no description`, 'add "description": where the text shows and what it means, for translators');
    }
  },
});
