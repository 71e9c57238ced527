import { configDefaults, defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

// The tests Stryker runs (`npm run test:mutation`). Only tests that run the sources in process can kill a mutant:
// type tests and tests that spawn a process (the built package, the docs check) are left out, as they only slow
// every run down. The test files are chosen here rather than with Stryker's `testFiles`, which makes Stryker
// activate static mutants (module-level data such as src/catalog.ts) too late, so they would all survive.
const config = mergeConfig(
  base,
  defineConfig({
    test: {
      typecheck: { enabled: false },
      exclude: [
        ...configDefaults.exclude,
        'test/package.test.ts',
        'test/docs.test.ts',
        'test/**/*.browser.test.ts',
        // Tests that measure or serve from a process of their own: no mutant reaches it.
        'test/runtime/memory.test.ts',
        'test/ssr.load.test.ts',
      ],
    },
  }),
);
// MUTATION_TESTS narrows the test files while working on one module: `MUTATION_TESTS=test/locale.test.ts`.
// (Set here rather than merged: mergeConfig would add the files to the default pattern instead of replacing it.)
if (process.env.MUTATION_TESTS) config.test.include = process.env.MUTATION_TESTS.split(',');

export default config;
