import { closest } from '../closest.js';
import { defineRule } from '../rule.js';

export const extraKey = defineRule({
  name: 'extra-key',
  severity: 'error',
  description: 'A key that the source locale does not have (often a typo).',
  catalog: ({ members, expectedKeys, isSource }, report) => {
    if (!expectedKeys) return;
    const expected = new Set(expectedKeys);
    for (const [key, member] of members) {
      if (expected.has(key)) continue;
      // A typo is the key it was meant to be, so only the keys still missing are candidates.
      const suggestion = closest(
        key,
        expectedKeys.filter((candidate) => !members.has(candidate)),
      );
      report(
        member.keyStart,
        `unknown key "${key}"${isSource ? ': the catalog has no such key' : ': en.json has no such key'}`,
        suggestion ? `did you mean "${suggestion}"? Keys are never translated` : 'remove it, or check the spelling against en.json',
      );
    }
  },
});
