import { expect } from 'vitest';

/**
 * An error whose message matches, for `toThrow(errorWith(/…/))`. Vitest's `toThrow(/…/)` alone also passes when the
 * code throws `undefined` or `null` (chai skips the message check for a falsy value): a mutant that makes an error
 * factory return nothing survived it.
 */
export const errorWith = (message: RegExp | string) =>
  expect.objectContaining({ message: typeof message === 'string' ? expect.stringContaining(message) : expect.stringMatching(message) });
