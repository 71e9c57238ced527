import { describe, expect, it } from 'vitest';
import { render } from '../../src/runtime/format.js';

describe('render', () => {
  it('gives a string text as it is, whatever the values', () => {
    expect(render('Log in to your bank.', { provider: 'ING' })).toBe('Log in to your bank.');
  });

  it('calls a text function with the values', () => {
    expect(render(({ provider }) => `Log in to ${provider}.`, { provider: 'ING' })).toBe('Log in to ING.');
  });
});
