import { defineRule } from '../rule.js';
import { isTextField } from '../source.js';

export const invalidEntry = defineRule({
  name: 'invalid-entry',
  severity: 'error',
  description: 'An entry is not an object of texts, or a text or sourceHash is not a string.',
  root: ({ root }, report) => {
    if (root.type === 'object') return false;
    report(root.start, 'the file must hold one JSON object of keys', 'start the file with { and end it with }');
    return true;
  },
  catalog: ({ members }, report) => {
    for (const [key, { value }] of members) {
      if (value.type !== 'object') {
        report(value.start, `"${key}" must be an object of texts`, 'write it as { "title": "…", "message": "…" }, as in en.json');
      }
    }
  },
  // Runs before extra-field's gate (registry order): a text that is not a string is reported as such, whatever its name.
  field: ({ key, field, fieldMember: { value }, isSource, tag }, report) => {
    if (field === 'description' && value.type !== 'string') {
      report(value.start, `${key}.description must be a text`, 'write it in double quotes');
      return true;
    }
    // In the source, a sourceHash is extra-field's: it has no meaning there, whatever its value.
    if (field === 'sourceHash' && !isSource && (value.type !== 'string' || !/^[0-9a-f]{8}$/.test(value.value))) {
      report(
        value.start,
        `${key}.sourceHash must be 8 hexadecimal digits in a text`,
        `run \`connection-status-i18n confirm --locale ${tag} --key ${key}\` to write it`,
      );
      return true;
    }
    if (isTextField(field) && value.type !== 'string') {
      report(value.start, `${key}.${field} must be a text in double quotes`, 'write the text as "…"');
      return true;
    }
    return false;
  },
});
