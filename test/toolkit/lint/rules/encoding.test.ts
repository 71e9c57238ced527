import { encoding } from '../../../../src/toolkit/lint/rules/encoding.js';
import { describeRule, en, fr } from '../../../support/lint.js';

describeRule(encoding, {
  failing: [
    {
      name: 'a byte order mark',
      files: { 'en.json': en, 'fr.json': `\uFEFF${fr}` },
      file: 'fr.json',
      message: /byte order mark/,
    },
    {
      name: 'bytes that are not UTF-8 (a Latin-1 "à")',
      files: {
        'en.json': en,
        'fr.json': Buffer.concat([
          Buffer.from(fr.slice(0, fr.indexOf('à jour'))),
          Buffer.from([0xe0]),
          Buffer.from(fr.slice(fr.indexOf('à jour') + 1)),
        ]),
      },
      file: 'fr.json',
      message: /not valid UTF-8/,
    },
  ],
  passing: [{ name: 'UTF-8 without BOM, accents included', files: { 'en.json': en, 'fr.json': fr } }],
});
