import type { JsonMember } from '../../json-source.js';
import { defineRule } from '../rule.js';

export const duplicateKey = defineRule({
  name: 'duplicate-key',
  severity: 'error',
  description: 'A key appears twice in the same object; only the last one would be used.',
  object: ({ object, key, lineOf }, report) => {
    const seen = new Map<string, JsonMember>();
    for (const member of object.members) {
      const first = seen.get(member.key);
      if (first) {
        report(
          member.keyStart,
          `${key === undefined ? '' : `in "${key}", `}"${member.key}" appears twice; only this last one would be used`,
          `keep one of them (the other is on line ${lineOf(first.keyStart)}); merge what each says first`,
        );
      } else seen.set(member.key, member);
    }
  },
});
