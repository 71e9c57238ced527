import { describe, expect, it } from 'vitest';
import { compileMessage } from '../../src/runtime/compile.js';

describe('compileMessage', () => {
  it('keeps a text without ICU syntax as the string itself, which needs no formatter', () => {
    expect(compileMessage("Your bank''s website is down.", 'en')).toBe("Your bank's website is down.");
  });

  it('compiles a text with a placeholder to a function of the values', () => {
    const text = compileMessage('Log in to {provider}.', 'en');
    expect(typeof text === 'function' && text({ provider: 'ING' })).toBe('Log in to ING.');
  });

  it('throws on invalid ICU, saying what the parser expected', () => {
    expect(() => compileMessage('Log in to {provider', 'en')).toThrow(/EXPECT_ARGUMENT_CLOSING_BRACE/);
  });
});
