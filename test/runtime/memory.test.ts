/**
 * An instance's caches stay small whatever callers send: codes, reasons and locale strings all come from requests
 * on a server. Measured in a process of its own, after garbage collection (`heap-probe.ts`).
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { en } from '../../generated/locales/en.js';
import { fr } from '../../generated/locales/fr.js';
import { createLocaleTable } from '../../src/runtime/locale-table.js';
import { createMatcher } from '../../src/runtime/matcher.js';
import { expected, specCases } from '../support/oracle.js';

const probe = fileURLToPath(new URL('heap-probe.ts', import.meta.url));
const megabyte = 1024 * 1024;

describe('the memory of the main entry', () => {
  it('grows by less than 10 MB over 200,000 calls of the worst mix of codes, reasons, locale strings and names', () => {
    const output = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', probe, '200000'], { encoding: 'utf8' });
    const { growth } = JSON.parse(output) as { growth: number };
    console.info(`heap growth after 200,000 hostile calls: ${(growth / megabyte).toFixed(1)} MB`);
    expect(growth).toBeLessThan(10 * megabyte);
  }, 60_000);
});

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
          const match = matcher.matchFor(matcher.chainFor(spec.input, spec.reason), locale);
          const want = expected(spec, answeredIn);
          expect({ key: match.key, locale: match.locale }, `${spec.name} in ${locale}`).toEqual({ key: want.key, locale: want.locale });
        }
      }
    }
  });
});
