import { defineRule } from '../rule.js';

export const missingSource = defineRule({
  name: 'missing-source',
  severity: 'error',
  description: 'The folder has no valid source locale file (en.json) to compare translations with.',
  // Without a usable source, translations still get the checks that need no comparison.
  sourceFile: ({ dir, sourceTag, file, state }, report) => {
    if (state === 'unreadable') {
      report(0, `${file} cannot be read, so translations are only checked on their own`, 'fix the errors of the source file first');
    } else if (state === 'absent') {
      report(
        0,
        `no ${sourceTag}.json in ${dir}: translations cannot be compared with the English source`,
        `lint the folder that holds ${sourceTag}.json and the translations, or pass --source <tag>`,
      );
    }
  },
});
