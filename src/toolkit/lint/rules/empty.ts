import { quoteText } from '../quote.js';
import { defineRule } from '../rule.js';

export const empty = defineRule({
  name: 'empty',
  severity: 'error',
  description: 'A text is empty or only spaces.',
  // A blank text is not parsed: there is nothing in it for the other rules to check.
  string: ({ node, field, where, english }, report) => {
    if (node.value.trim() !== '') return false;
    const sourceText = english?.texts.get(field);
    report(node.start, `${where} is empty`, sourceText ? `translate the English text: ${quoteText(sourceText)}` : 'write the text');
    return true;
  },
});
