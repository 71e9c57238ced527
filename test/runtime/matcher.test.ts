/** The matcher's caches: one budget for all of them, and the same answers after it is spent. */
import { describe, expect, it } from 'vitest';
import { en } from '../../generated/locales/en.js';
import { fr } from '../../generated/locales/fr.js';
import { createLocaleTable } from '../../src/runtime/locale-table.js';
import { createMatcher } from '../../src/runtime/matcher.js';
import { parseInput } from '../../src/runtime/resolve.js';
import { expected, specCases } from '../support/oracle.js';

describe('caches past their budget', () => {
  it('drop everything and keep answering as the specification says', () => {
    // A budget of 40 entries is spent many times over by the table's rows in three locale strings.
    const matcher = createMatcher(createLocaleTable([en, fr], 'en'), undefined, 40);
    for (let round = 0; round < 3; round++) {
      for (const spec of specCases) {
        for (const [locale, answeredIn] of [
          ['fr', 'fr'],
          [`fr-x-${round}`, 'fr'],
          ['de', 'en'],
        ] as const) {
          const match = matcher.matchFor(parseInput(spec.input, spec.reason, matcher.chainOf), locale);
          const want = expected(spec, answeredIn);
          expect({ key: match.key, locale: match.locale }, `${spec.name} in ${locale}`).toEqual({ key: want.key, locale: want.locale });
        }
      }
    }
  });
});
