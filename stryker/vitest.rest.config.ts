import { mutationConfig } from './vitest.shared.js';

// The tests of the adapters, the toolkit, the build code and their entries (`stryker.rest.config.json`).
export default mutationConfig([
  'test/adapters/*.test.ts',
  'test/toolkit/**/*.test.ts',
  'test/build/*.test.ts',
  'test/cli.test.ts',
  'test/load-locale.test.ts',
]);
