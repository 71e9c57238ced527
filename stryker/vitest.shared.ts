import { configDefaults, defineConfig, mergeConfig } from 'vitest/config';
import base from '../vitest.config.js';

/**
 * The vitest configuration of a mutation run: the test files that can kill the mutants of that run, and nothing
 * else. Every static mutant (code that runs while a module loads, such as the default instance of `src/index.ts`)
 * runs all of these files, so a file that cannot reach the mutated code only makes the run longer.
 *
 * The files are chosen here rather than with Stryker's `testFiles`, which makes Stryker activate static mutants too
 * late, so they would all survive (stryker-js issues #6144 and #6209). Left out everywhere: type tests, and tests
 * that spawn a process or a browser (the built package, the docs check, the memory probe, the SSR load test),
 * which no mutant reaches.
 */
export const mutationConfig = (include: readonly string[]) => {
  const config = mergeConfig(base, defineConfig({ test: { typecheck: { enabled: false } } }));
  // Replaced, not merged: mergeConfig would add to the lists of the base configuration.
  config.test.include = process.env.MUTATION_TESTS?.split(',') ?? [...include];
  config.test.exclude = [...configDefaults.exclude, '**/*.browser.test.ts', 'test/runtime/memory.test.ts'];
  config.test.globalSetup = ['test/setup/compile-locales.ts'];
  return config;
};
