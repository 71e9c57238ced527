import type { JsonMember } from '../../json-source.js';
import { quoteText } from '../quote.js';
import { defineRule } from '../rule.js';

export const missingKey = defineRule({
  name: 'missing-key',
  severity: 'error',
  description: 'A key of the source locale (or, in en.json, of the catalog) is missing.',
  // Reported where the key belongs: at the next expected key the file has, or at the end.
  catalog: ({ root, members, expectedKeys, source, isSource }, report) => {
    if (!expectedKeys) return;
    for (const [index, key] of expectedKeys.entries()) {
      if (members.has(key)) continue;
      const next = expectedKeys.slice(index + 1).find((candidate) => members.has(candidate));
      const englishTexts = source?.get(key)?.texts;
      const english = englishTexts?.size ? ` (English: ${[...englishTexts.values()].map((t) => quoteText(t, 40)).join(' / ')})` : '';
      report(
        next ? (members.get(next) as JsonMember).keyStart : root.end - 1,
        `missing key "${key}"${english}`,
        `add "${key}": { … }${next ? ` before "${next}"` : ' at the end'}${isSource ? '' : ', translated, with the fields of en.json'}`,
      );
    }
  },
});
