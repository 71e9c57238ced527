import { mutationConfig } from './vitest.shared.js';

// The tests of the run-time layer and of the entries on it (`stryker.config.json`).
// `MUTATION_TESTS=test/runtime/locale.test.ts` narrows them while working on one module.
export default mutationConfig([
  'test/runtime/*.test.ts',
  'test/spec.test.ts',
  'test/index.test.ts',
  'test/index.negotiate.test.ts',
  'test/properties.test.ts',
  'test/load-locale.test.ts',
  'test/locales.test.ts',
  'test/schema.test.ts',
  // packedLocale and swapScript are tested with the code generator that writes what they read.
  'test/build/codegen.test.ts',
]);
