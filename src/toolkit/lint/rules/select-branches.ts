import { TYPE } from '@formatjs/icu-messageformat-parser';
import { walk } from '../icu.js';
import { defineRule } from '../rule.js';

export const selectBranches = defineRule({
  name: 'select-branches',
  severity: 'error',
  description: 'A select lacks a branch that the English select has.',
  // Every branch of an English select on the same argument.
  text: ({ field, where, elements, english, isSource, at }, report) => {
    const expected = isSource ? undefined : english?.parsed.get(field);
    if (!expected) return;
    const englishSelects = walk(expected).filter((element) => element.type === TYPE.select);
    for (const element of walk(elements)) {
      if (element.type !== TYPE.select) continue;
      const needed = new Set(
        englishSelects.filter((select) => select.value === element.value).flatMap((select) => Object.keys(select.options)),
      );
      const missing = [...needed].filter((branch) => !Object.hasOwn(element.options, branch));
      if (missing.length) {
        report(
          at(element.location?.start.offset ?? 0),
          `${where}: {${element.value}, select} lacks the branch${missing.length > 1 ? 'es' : ''} ${missing.join(', ')} of the English text`,
          `add ${missing.map((branch) => `${branch} {…}`).join(' ')}`,
        );
      }
    }
  },
});
