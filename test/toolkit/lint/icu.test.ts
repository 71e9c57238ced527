/** The ICU helpers the lint rules read messages with, on every kind of element they handle. */
import { describe, expect, it } from 'vitest';
import { displayLength, hasLetters, parseIcu, placeholdersOf, walk } from '../../../src/toolkit/lint/icu.js';

const elements = (text: string) => {
  const parsed = parseIcu(text);
  if ('error' in parsed) throw new Error(`test setup: ${text} is not valid ICU`);
  return parsed.elements;
};

describe('parseIcu', () => {
  it('returns the parser’s error kind and where it was found', () => {
    expect(parseIcu('Log in to {provider')).toEqual({ error: { kind: 'EXPECT_ARGUMENT_CLOSING_BRACE', offset: 10 } });
  });
});

describe('placeholdersOf', () => {
  it.each([
    ['Log in to {provider}.', [['{provider}', 10]]],
    ['{count, number} accounts', [['{count}', 0]]],
    [
      '{provider, select, ING {Open {app}} other {Open the website}}',
      [
        ['{provider}', 0],
        ['{app}', 29],
      ],
    ],
    [
      '{n, plural, one {# account at {provider}} other {# accounts}}',
      [
        ['{n}', 0],
        ['{provider}', 30],
      ],
    ],
    [
      'Open <b>{provider}</b> now',
      [
        ['<b>', 5],
        ['{provider}', 8],
      ],
    ],
    ['No placeholder', []],
  ])('finds in %j: %j', (text, found) => {
    expect(placeholdersOf(elements(text)).map(({ name, offset }) => [name, offset])).toEqual(found);
  });
});

describe('walk', () => {
  it('reaches the elements inside selects, plurals and tags', () => {
    const types = (text: string) => walk(elements(text)).length;
    expect(types('{a, select, x {one} other {two {b}}}')).toBe(4);
    expect(types('{n, plural, one {#} other {# more}}')).toBe(4);
    expect(types('<b>bold {a}</b>')).toBe(3);
  });
});

describe('displayLength', () => {
  it.each([
    ['Grüße 👋🏽', 7],
    ['Log in to {provider}.', 10 + 10 + 1],
    ['{a, select, x {short} other {much longer}}', 11],
    ['{n, plural, one {# day} other {# days}}', 2 + 5],
    ['<b>bold</b> {provider}', 4 + 1 + 10],
  ])('of %j is %i', (text, length) => {
    expect(displayLength(elements(text), 10)).toBe(length);
  });
});

describe('hasLetters', () => {
  it.each([
    ['Try again', true],
    ['{provider}', false],
    ['123 – 456 …', false],
    ['{a, select, x {1} other {Ok}}', true],
    ['Ελλάδα', true],
  ])('of %j is %s', (text, has) => {
    expect(hasLetters(elements(text))).toBe(has);
  });
});
