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

describe('what a matcher remembers', () => {
  const table = createLocaleTable([en, fr], 'en');

  it('gives the same chain for the same query, with or without a reason, and the same match for the same locale', () => {
    const matcher = createMatcher(table);
    const chain = matcher.chainOf(201, null, null, 'code');
    expect(matcher.chainOf(201, null, 'error', 'code')).toBe(chain);
    const withReason = matcher.chainOf(201, 'bad_credentials', null, 'code');
    expect(withReason).not.toBe(chain);
    expect(matcher.chainOf(201, 'bad_credentials', null, 'code')).toBe(withReason);
    expect(matcher.chainOf(null, null, 'error', 'status')).toBe(matcher.chainOf(null, null, 'error', 'status'));
    const match = matcher.matchFor(chain, 'fr-CA');
    expect(matcher.matchFor(chain, 'fr-CA')).toBe(match);
    expect(matcher.matchFor(chain, ['fr-BE'])).toBe(match);
  });

  it('forgets everything when its budget is spent, and not before', () => {
    // A budget of 2 entries: each new chain takes one.
    const matcher = createMatcher(table, undefined, 2);
    const chainOf = (code: number) => matcher.chainOf(code, null, null, 'code');
    const first = chainOf(100);
    chainOf(201);
    expect(chainOf(100), 'two chains fit').toBe(first);
    const third = chainOf(202); // the budget is spent: everything is dropped, then this one is kept
    chainOf(203);
    expect(chainOf(202), 'kept after the drop, with one more').toBe(third);
    chainOf(300); // spent again
    expect(chainOf(202), 'dropped').not.toBe(third);
  });
});

describe('what each call spends of the budget', () => {
  const table = createLocaleTable([en, fr], 'en');
  // Each row: a call, and how many cache entries the matcher holds after it, starting from the rows before.
  const rows: [string, (m: ReturnType<typeof createMatcher>) => unknown, number][] = [
    ['a code: its chain', (m) => m.chainOf(201, null, null, 'code'), 1],
    ['the same code', (m) => m.chainOf(201, null, null, 'code'), 1],
    ['the code with a reason: its chain under the code’s', (m) => m.chainOf(201, 'bad_credentials', null, 'code'), 2],
    ['the same code and reason', (m) => m.chainOf(201, 'bad_credentials', null, 'code'), 2],
    ['a status, with no reason to remember', (m) => m.chainOf(null, null, 'error', 'status'), 3],
    ['the same status', (m) => m.chainOf(null, null, 'error', 'status'), 3],
    ['the same status with a reason, which a status chain does not use', (m) => m.chainOf(null, 'bad_credentials', 'error', 'status'), 3],
    [
      'a locale string: its tag, the match for the tag, the match for the string',
      (m) => m.matchFor(m.chainOf(201, null, null, 'code'), 'fr-CA'),
      6,
    ],
    ['the same locale string', (m) => m.matchFor(m.chainOf(201, null, null, 'code'), 'fr-CA'), 6],
    ['another string of the same tag: its tag and its match', (m) => m.matchFor(m.chainOf(201, null, null, 'code'), 'fr-BE'), 8],
    ['a list: nothing for the list itself', (m) => m.matchFor(m.chainOf(201, null, null, 'code'), ['fr-CA']), 8],
    ['a number: the match for the default locale only', (m) => m.matchFor(m.chainOf(201, null, null, 'code'), 42), 9],
    ['another number', (m) => m.matchFor(m.chainOf(201, null, null, 'code'), 43), 9],
    ['a string longer than any tag: nothing', (m) => m.matchFor(m.chainOf(201, null, null, 'code'), 'x'.repeat(256)), 9],
    ['a string as long as a tag may be: its tag and its match', (m) => m.matchFor(m.chainOf(201, null, null, 'code'), 'y'.repeat(255)), 11],
  ];

  it('is as the rows say', () => {
    const matcher = createMatcher(table);
    const spent = rows.map(([name, call]) => {
      call(matcher);
      return [name, matcher.remembered()];
    });
    expect(spent).toEqual(rows.map(([name, , count]) => [name, count]));
  });
});
