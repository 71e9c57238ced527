import { describe, expect, it } from 'vitest';
import { negotiateLocale } from '../../src/runtime/negotiate.js';

const supported = ['en', 'fr', 'de', 'nb', 'pt'] as const;
const negotiate = (header: unknown) => negotiateLocale(header, supported, 'en');

describe('negotiateLocale', () => {
  it.each([
    ['fr-CH, fr;q=0.9, en;q=0.8', 'fr'],
    ['de-AT', 'de'],
    ['en;q=0.5, de;q=0.9', 'de'],
    ['es, fr;q=0.1', 'fr'],
    ['no', 'nb'],
    ['pt-BR', 'pt'],
    ['*', 'en'],
    ['fr;q=0, de', 'de'],
    ['', 'en'],
    ['garbage;;;,,,', 'en'],
    ['__proto__', 'en'],
    ['ja', 'en'],
  ])('picks %j → %s', (header, locale) => expect(negotiate(header)).toBe(locale));

  it('accepts a list in order of preference, like navigator.languages', () => {
    expect(negotiate(['es-ES', 'de-DE', 'en'])).toBe('de');
  });

  it('keeps the header order among equal weights', () => {
    expect(negotiate('de, fr')).toBe('de');
    expect(negotiate('fr, de')).toBe('fr');
  });

  it.each([null, undefined, 42, {}, [null, 3]])('never throws, giving the default for %j', (value) => {
    expect(negotiate(value)).toBe('en');
  });

  it('returns the default when given one', () => {
    expect(negotiateLocale('ja', supported, 'fr')).toBe('fr');
  });
});
