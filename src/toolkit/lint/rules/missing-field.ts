import { isProviderVariant } from '../../../runtime/format.js';
import { quoteText } from '../quote.js';
import { defineRule } from '../rule.js';

export const missingField = defineRule({
  name: 'missing-field',
  severity: 'error',
  description: 'A text field of the English entry (e.g. messageWithProvider) is missing.',
  entry: ({ key, member, fields, english, expectedFields, isSource }, report) => {
    for (const field of expectedFields ?? []) {
      // A translation may leave a provider variant out: its generic text is shown instead.
      if (fields.has(field) || (!isSource && isProviderVariant(field))) continue;
      const englishText = english?.texts.get(field);
      report(
        member.keyStart,
        `${key} has no ${field}`,
        englishText ? `add "${field}": the translation of ${quoteText(englishText)}` : `add "${field}": "…"`,
      );
    }
  },
});
