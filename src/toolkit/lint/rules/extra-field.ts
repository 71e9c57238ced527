import { textFields } from '../../../runtime/format.js';
import { closest } from '../closest.js';
import { defineRule } from '../rule.js';
import { isTextField } from '../source.js';

/** The text fields an entry of the source may have, by kind of key. */
const allowedInSource = (key: string): readonly string[] =>
  key.startsWith('action.') ? ['label'] : ['title', 'message', 'titleWithProvider', 'messageWithProvider'];

export const extraField = defineRule({
  name: 'extra-field',
  severity: 'error',
  description: 'A field the English entry does not have, or that is not a locale field at all.',
  // Every field it reports is not linted as a text: the app never shows it.
  field: ({ key, field, fieldMember: { keyStart }, isSource, expectedFields }, report) => {
    if (field === 'description') {
      if (!isSource) {
        report(
          keyStart,
          `${key}.description: descriptions belong in en.json only`,
          'remove it; to suggest a better description, tell the maintainers',
          'warning',
        );
      }
      return true;
    }
    if (field === 'sourceHash') {
      if (isSource) report(keyStart, `${key}.sourceHash has no meaning in the source locale`, 'remove it', 'warning');
      return true;
    }
    if (!isTextField(field)) {
      const suggestion = closest(field, textFields);
      report(
        keyStart,
        `${key}: unknown field "${field}"`,
        suggestion ? `did you mean "${suggestion}"? Field names are never translated` : `the fields are ${textFields.join(', ')}`,
      );
      return true;
    }
    if (!expectedFields || expectedFields.includes(field)) return false;
    if (!isSource) {
      report(
        keyStart,
        `${key}.${field} is not in the English entry, so the app never shows it`,
        `remove it; this entry has ${expectedFields.join(', ')}`,
      );
      return true;
    }
    // In the source, an entry may add the provider variants of its texts.
    const allowed = allowedInSource(key);
    if (allowed.includes(field)) return false;
    report(
      keyStart,
      `${key}.${field} does not belong in ${key.startsWith('action.') ? 'a button label entry' : 'a message entry'}`,
      `this entry can have ${allowed.join(', ')}`,
    );
    return true;
  },
});
