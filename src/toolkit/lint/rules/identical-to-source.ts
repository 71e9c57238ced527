import { hasLetters } from '../icu.js';
import { defineRule } from '../rule.js';

export const identicalToSource = defineRule({
  name: 'identical-to-source',
  severity: 'warning',
  description: 'A translation is the English text unchanged (probably not translated yet).',
  text: ({ node, field, where, elements, english, isSource, tag, sourceTag }, report) => {
    const sourceText = english?.texts.get(field);
    // en-GB may well say what en says; other languages rarely do.
    const sameLanguage = isSource || tag.split('-')[0] === sourceTag.split('-')[0];
    if (!sameLanguage && sourceText !== undefined && node.value === sourceText && hasLetters(elements)) {
      report(
        node.start,
        `${where} is the English text unchanged`,
        'translate it; if the English wording is right in this language too, keep it: this is only a warning',
      );
    }
  },
});
