import { defineRule } from '../rule.js';

export const stale = defineRule({
  name: 'stale',
  severity: 'warning',
  description: 'The translation was made for an older English text (sourceHash missing or different from the current one).',
  entry: ({ key, member, fields, english, isSource, tag }, report) => {
    if (isSource || !english) return;
    const hashMember = fields.get('sourceHash');
    const hint = `check it against the current English text, update it if needed, then run \`connection-status-i18n confirm --locale ${tag} --key ${key}\``;
    if (!hashMember) {
      report(member.keyStart, `${key} has no sourceHash, so nothing says which English text it translates`, hint);
      return;
    }
    const { value } = hashMember;
    // A malformed sourceHash is invalid-entry's.
    if (value.type === 'string' && /^[0-9a-f]{8}$/.test(value.value) && value.value !== english.hash) {
      report(value.start, `${key} was translated from an older English text (sourceHash ${value.value}, current ${english.hash})`, hint);
    }
  },
});
