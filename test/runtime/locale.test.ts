import { describe, expect, it } from 'vitest';
import { canonicalLocale, lookupLocale } from '../../src/runtime/locale.js';

const shipped = new Set(['en', 'fr', 'pt', 'nb', 'zh-Hant']);
const lookup = (tag: unknown) => lookupLocale(tag, (t) => shipped.has(t));

describe('lookupLocale', () => {
  it.each([
    ['fr', 'fr'],
    ['fr-CA', 'fr'],
    ['FR-ca', 'fr'],
    ['fr_FR', 'fr'],
    ['pt-PT', 'pt'],
    ['pt-BR', 'pt'],
    ['no', 'nb'],
    ['nb-NO', 'nb'],
    ['zh-Hant-TW', 'zh-Hant'],
    ['de-u-co-phonebk', undefined],
    ['en-US-x-private', 'en'],
  ])('finds %j as %j', (tag, found) => expect(lookup(tag)).toBe(found));

  it.each(['*', '', '__proto__', 'constructor', 'x', 'fr--CA', null, undefined, 42, {}, 'a'.repeat(300)])('finds nothing for %j', (tag) => {
    expect(lookup(tag)).toBeUndefined();
  });
});

describe('canonicalLocale', () => {
  it('canonicalizes case and separators with Intl', () => {
    expect(canonicalLocale('PT_br')).toBe('pt-BR');
  });
});

describe('canonicalLocale, at the length limit', () => {
  // A tag of private-use subtags: Intl accepts it at any length.
  const tagOf = (length: number) => `en-x-${'abcdefgh-'.repeat(40)}`.slice(0, length).replace(/-$/, 'x');

  it('takes a tag of 255 characters, as RFC 5646 asks', () => {
    expect(canonicalLocale(tagOf(255))).toBe(tagOf(255));
  });

  it('refuses a longer one, which Intl would take', () => {
    expect(Intl.getCanonicalLocales(tagOf(256))).toHaveLength(1);
    expect(canonicalLocale(tagOf(256))).toBeUndefined();
  });
});
