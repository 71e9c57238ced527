/** The main entry's `negotiateLocale`: one negotiator of the shipped locales, which remembers; fresh work otherwise. */
import { ResolveLocale } from '@formatjs/intl-localematcher';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { negotiateLocale, supportedLocales } from '../src/index.js';

vi.mock('@formatjs/intl-localematcher', async (importOriginal) => {
  const original = await importOriginal<typeof import('@formatjs/intl-localematcher')>();
  return { ...original, ResolveLocale: vi.fn(original.ResolveLocale) };
});

describe('negotiateLocale of the main entry', () => {
  beforeEach(() => {
    vi.mocked(ResolveLocale).mockClear();
  });

  it.each([
    ['with no list', 'de-CH, fr;q=0.5', (header: string) => negotiateLocale(header)],
    ['with the shipped list and English', 'de-LU, fr;q=0.5', (header: string) => negotiateLocale(header, supportedLocales, 'en')],
  ])('remembers a header it has worked out, %s', (_, header, negotiate) => {
    expect(negotiate(header)).toBe('de');
    expect(negotiate(header)).toBe('de');
    expect(ResolveLocale).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['another list', ['en', 'sv'], 'en', 'en'],
    ['a copy of the shipped list', [...supportedLocales], 'en', 'de'],
    ['another default locale', supportedLocales, 'fr', 'de'],
  ] as const)('answers from %s and remembers nothing', (_, list, defaultLocale, want) => {
    expect(negotiateLocale('de-AT, da;q=0.5', list, defaultLocale)).toBe(want);
    expect(negotiateLocale('de-AT, da;q=0.5', list, defaultLocale)).toBe(want);
    expect(ResolveLocale).toHaveBeenCalledTimes(2);
  });
});
