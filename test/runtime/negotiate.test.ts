import { match, ResolveLocale } from '@formatjs/intl-localematcher';
import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { canonicalLocale } from '../../src/runtime/locale.js';
import { createLocaleNegotiator, negotiateLocale } from '../../src/runtime/negotiate.js';

// The matcher as it is, watched: a header a negotiator has seen must not reach it again.
vi.mock('@formatjs/intl-localematcher', async (importOriginal) => {
  const original = await importOriginal<typeof import('@formatjs/intl-localematcher')>();
  return { ...original, ResolveLocale: vi.fn(original.ResolveLocale) };
});
// And `Intl` as negotiation reaches it: junk must be refused before, and a tag a negotiator has seen not asked again.
vi.mock('../../src/runtime/locale.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/runtime/locale.js')>();
  return { ...original, canonicalLocale: vi.fn(original.canonicalLocale) };
});

const supported = ['en', 'fr', 'de', 'nb', 'pt'] as const;

/** A negotiator asked each question twice: the second answer, from what it remembers, must be the first. */
const askedTwice = (list: readonly string[], defaultLocale: string) => {
  const negotiator = createLocaleNegotiator(list, defaultLocale);
  return (header: unknown) => {
    const first = negotiator.negotiate(header);
    const second = negotiator.negotiate(header);
    return first === second ? second : `${first}, then ${second}`;
  };
};
const ways = {
  negotiateLocale: (list: readonly string[], defaultLocale: string) => (header: unknown) => negotiateLocale(header, list, defaultLocale),
  'createLocaleNegotiator, asked twice': askedTwice,
};

/** `count` ranges that look like tags and that Intl refuses (a `u` key must end with a letter): junk only Intl can tell. */
const refusedTags = (count: number) => Array.from({ length: count }, (_, i) => `en-u-${'abcdefghijklmnopqrstuvwxyz'[i]}1`);

/** A header of at least 16 KB: `head`, then junk of every kind, some of it weightier than `head`. */
const junkAfter = (head: string) => {
  const kinds = [
    (n: number) => `${n}x-qqzz;q=0.9`,
    (n: number) => `abcd-${n}`,
    (n: number) => `en-${'z'.repeat(9 + (n % 5))}`,
    (n: number) => `not a tag ${n}!`,
    () => ';q=1',
    () => '*',
    (n: number) => `x_${n};level=1`,
  ];
  const ranges = [head];
  for (let n = 0, length = 0; length < 16 * 1024; n++) {
    const range = (kinds[n % kinds.length] as (n: number) => string)(n);
    ranges.push(range);
    length += range.length + 2;
  }
  return ranges.join(', ');
};

describe.each(Object.entries(ways))('%s', (_, way) => {
  const negotiate = way(supported, 'en');

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
    expect(way(supported, 'fr')('ja')).toBe('fr');
  });

  it.each([
    ['fr-Latn-CH', 'fr'],
    ['DE_at_1996', 'de'],
    ['pt-419', 'pt'],
    ['nb-NO-u-ca-gregory-nu-latn', 'nb'],
    ['fr-t-en-h0-hybrid', 'fr'],
    ['de-a-bcd-x-private-1', 'de'],
    ['pt-1-abc', 'pt'],
    ['ja-Jpan-JP, fr-CA-x-a;q=0.5', 'fr'],
  ])('reads a tag of any form Intl accepts: %j → %s', (header, locale) => expect(negotiate(header)).toBe(locale));

  it('finds the one real tag near the start of 16 KB of junk', () => {
    const header = junkAfter('__proto__, de-CH;q=0.8');
    expect(header.length).toBeGreaterThanOrEqual(16 * 1024);
    expect(negotiate(header)).toBe('de');
  });

  it('reads the first 1,024 characters of a header, to a comma', () => {
    const long = 'x'.repeat(300);
    expect(negotiate(`${long}, ${long}, ${long}, de`)).toBe('de');
    expect(negotiate(`${long}, ${long}, ${long}, ${long}, de`)).toBe('en');
    // Cut at 1,024 characters, `de;q=0.01` would be `de;q`, of weight 1: a range is read whole or not at all.
    const cutInRange = `${`${long}, `.repeat(3)}${'y'.repeat(112)}, de;q=0.01`;
    expect(cutInRange.slice(0, 1024).endsWith('de;q')).toBe(true);
    expect(negotiate(cutInRange)).toBe('en');
  });

  it('reads the first 16 ranges of a header, and sorts them by weight', () => {
    expect(negotiate(`${'1x, '.repeat(15)}de`)).toBe('de');
    expect(negotiate(`${'1x, '.repeat(16)}de`)).toBe('en');
    expect(negotiate([...refusedTags(15), 'de'].join(', '))).toBe('de');
    expect(negotiate([...refusedTags(16), 'de'].join(', '))).toBe('en');
    expect(negotiate(`${'ja;q=0.5, '.repeat(15)}de`)).toBe('de');
  });

  it('reads the first 16 entries of a list', () => {
    expect(negotiate([...refusedTags(15), 'de'])).toBe('de');
    expect(negotiate([...Array.from({ length: 16 }, () => null), 'de'])).toBe('en');
  });

  it('reads as many tags as the best-fit matcher does: the tenth may answer', () => {
    expect(negotiate('ja, ko, zh, ru, uk, tr, ar, he, hi, de')).toBe('de');
    // Every tag Intl accepts counts, of a known language or not: the eleventh cannot answer.
    expect(negotiate('abcde, ja, ko, zh, ru, uk, tr, ar, he, hi, de')).toBe('en');
  });

  it('counts a tag once however often it comes, in any spelling', () => {
    expect(negotiate('ja, JA, ja;q=0.9, ko, KO, zh, ru, uk, tr, ar, he, hi, de')).toBe('de');
  });
});

describe.each(Object.entries(ways))('%s, with any list of supported tags', (_, way) => {
  const lists = [
    supported,
    ['en', 'sv'],
    ['fr-CA', 'fr', 'en-GB', 'en'],
    ['zh-Hant', 'zh', 'sr-Latn', 'sr', 'en'],
    // Tags other than language-script-region: one may answer for another (`fr-x-formal` for `fr`).
    ['fr-x-formal', 'fr', 'en'],
    ['en-ZZ', 'en', 'de-1996', 'de'],
  ];
  const subtag = fc.stringMatching(/^[a-zA-Z0-9]{1,9}$/);
  const tag = fc.oneof(
    fc.constantFrom(
      'fr',
      'fr-CH',
      'de-AT',
      'de',
      'pt-BR',
      'no',
      'nn',
      'da',
      'sv',
      'en',
      'en-GB',
      'es-419',
      'zh-Hant',
      'zh-TW',
      'sr-Latn',
      'iw',
    ),
    fc.constantFrom('he', 'fra', 'und', '*', '', '__proto__', 'en-aaaaa-aaaaa', 'x-private', 'DE_ch', 'fr-ca', 'fr-x-formal', 'de-DE-1996'),
    fc.array(subtag, { minLength: 1, maxLength: 4 }).map((subtags) => subtags.join('-')),
  );
  const accepted = (value: string) => {
    try {
      return Intl.getCanonicalLocales(value.replaceAll('_', '-')).length > 0;
    } catch {
      return false;
    }
  };

  // FormatJS' exact-match step compares language-script-region, unknown script and region (`Zzzz`, `ZZ`) left out:
  // a listed tag with more, or with those, answers for the plain tag when it comes first in the list.
  it.each([
    [['fr-x-formal', 'fr', 'en'], 'fr', 'fr-x-formal'],
    [['en-ZZ', 'en', 'de'], 'en', 'en-ZZ'],
    [['sr-Zzzz', 'sr', 'en'], 'sr', 'sr-Zzzz'],
    [['de-1996', 'de', 'en'], 'de', 'de-1996'],
    [['en', 'fr-x-formal', 'fr'], 'fr', 'fr-x-formal'],
  ])('with %j, answers %j with %j, as the matcher does', (list, header, locale) => {
    expect(way(list, 'en')(header)).toBe(locale);
  });

  it("answers as FormatJS' best-fit match given the tags Intl accepts, for any list of up to 16 entries", () => {
    fc.assert(
      fc.property(fc.constantFrom(...lists), fc.array(tag, { maxLength: 16 }), (list, tags) => {
        const defaultLocale = list[0] as string;
        const valid = tags.filter(accepted).map((value) => value.replaceAll('_', '-'));
        const expected = valid.length === 0 ? defaultLocale : match(valid, list, defaultLocale, { algorithm: 'best fit' });
        expect(way(list, defaultLocale)(tags)).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });
});

describe('createLocaleNegotiator', () => {
  beforeEach(() => {
    vi.mocked(ResolveLocale).mockClear();
  });

  it('works a header out once: the same header again does not reach the matcher', () => {
    const negotiator = createLocaleNegotiator(supported, 'en');
    expect(negotiator.negotiate('fr-CH, fr;q=0.9, en;q=0.8')).toBe('fr');
    expect(ResolveLocale).toHaveBeenCalledTimes(1);
    expect(negotiator.negotiate('fr-CH, fr;q=0.9, en;q=0.8')).toBe('fr');
    expect(negotiator.negotiate(` fr-CH, fr;q=0.9, en;q=0.8`.slice(1))).toBe('fr');
    expect(ResolveLocale).toHaveBeenCalledTimes(1);
  });

  it('remembers at most 256 headers and 512 tags, however many distinct ones it is given', () => {
    const negotiator = createLocaleNegotiator(supported, 'en');
    for (let i = 0; i < 2000; i++) {
      expect(negotiator.negotiate(`fr-${String(i).padStart(5, '0')}, de;q=0.5`)).toBe('fr');
    }
    expect(negotiator.remembered()).toEqual({ headers: 256, tags: 512 });
  });

  it('forgets the oldest header first', () => {
    const negotiator = createLocaleNegotiator(supported, 'en');
    negotiator.negotiate('de-AT, fr;q=0.5');
    for (let i = 0; i < 256; i++) negotiator.negotiate(`fr-${String(i).padStart(5, '0')}`);
    vi.mocked(ResolveLocale).mockClear();
    expect(negotiator.negotiate('de-AT, fr;q=0.5')).toBe('de');
    expect(ResolveLocale).toHaveBeenCalledTimes(1);
  });

  it('answers a header longer than 256 characters without remembering it', () => {
    const negotiator = createLocaleNegotiator(supported, 'en');
    const long = `pt-BR, ${Array.from({ length: 60 }, (_, i) => `ja;q=0.${(i % 9) + 1}`).join(', ')}`;
    expect(long.length).toBeGreaterThan(256);
    expect(negotiator.negotiate(long)).toBe('pt');
    expect(negotiator.negotiate(junkAfter('de-CH;q=0.8'))).toBe('de');
    expect(negotiator.remembered().headers).toBe(0);
  });

  it('keeps the answers of the list it was given, whatever becomes of the caller’s array', () => {
    const list = ['en', 'fr'];
    const negotiator = createLocaleNegotiator(list, 'en');
    list.splice(1, 1, 'de');
    expect(negotiator.negotiate('fr-CH, de;q=0.5')).toBe('fr');
  });
});

describe('the work negotiation saves, with the same answers', () => {
  beforeEach(() => {
    vi.mocked(ResolveLocale).mockClear();
    vi.mocked(canonicalLocale).mockClear();
  });

  it.each(['de', 'pt-BR', 'zh-Hant-TW', 'es-419', 'ast'])('answers %s, asked first and supported, without the matcher', (tag) => {
    expect(negotiateLocale(`${tag}, en;q=0.5`, [tag, 'en'], 'en')).toBe(tag);
    expect(ResolveLocale).not.toHaveBeenCalled();
  });

  it.each([
    ['de-Zzzz', 'de'],
    ['de-ZZ', 'de'],
    ['fr-x-formal', 'fr'],
  ])('leaves %s, which another tag may answer for, to the matcher', (tag, other) => {
    expect(negotiateLocale(tag, [tag, other, 'en'], 'en')).toBe(tag);
    expect(ResolveLocale).toHaveBeenCalledTimes(1);
  });

  it.each([[''], ['*'], [' ; q=1'], [[]], [42], [{ slice: () => ['fr'] }]])(
    'asks the matcher nothing when %j requests no tag',
    (header) => {
      expect(negotiateLocale(header, supported, 'de')).toBe('de');
      expect(ResolveLocale).not.toHaveBeenCalled();
    },
  );

  it('asks the matcher nothing when no tag is supported', () => {
    expect(negotiateLocale('fr', [], 'en')).toBe('en');
    expect(negotiateLocale('fr', ['not a tag'], 'en')).toBe('en');
    expect(ResolveLocale).not.toHaveBeenCalled();
  });

  it('hands the matcher at most ten tags, and none after one that answers as soon as it is read', () => {
    const unsupported = ['ja', 'ko', 'zh', 'ar', 'he', 'hi', 'th', 'vi', 'id', 'ms', 'tr', 'uk'];
    negotiateLocale(unsupported.join(', '), supported, 'en');
    expect(vi.mocked(ResolveLocale).mock.calls[0]?.[1]).toEqual(unsupported.slice(0, 10));
    negotiateLocale('ja-JP, fr, de', supported, 'en');
    expect(vi.mocked(ResolveLocale).mock.calls[1]?.[1]).toEqual(['ja-JP', 'fr']);
  });

  it('drops only the supported tags Intl would spell otherwise', () => {
    expect(negotiateLocale('de-DE, fr;q=0.5', ['de_DE', 'fr'], 'en')).toBe('fr');
    expect(negotiateLocale('de-DE', ['EN', 'de-DE'], 'en')).toBe('de-DE');
    expect(negotiateLocale('en', ['EN', 'de-DE'], 'de-DE')).toBe('de-DE');
  });

  it('refuses junk without asking Intl', () => {
    const junk = ['not a tag', 'en-US!', 'fr€', `en-${'abcdefgh-'.repeat(30)}abcdefgh`, 'en-x', 'de-u'];
    expect(negotiateLocale(junk.join(', '), supported, 'en')).toBe('en');
    expect(negotiateLocale(junk, supported, 'en')).toBe('en');
    expect(
      vi
        .mocked(canonicalLocale)
        .mock.calls.flat()
        .filter((tag) => junk.includes(tag as string)),
    ).toEqual([]);
  });

  it('asks Intl about a tag of up to 12 characters once per negotiator, and a longer one each time', () => {
    const negotiator = createLocaleNegotiator(supported, 'en');
    for (const header of ['en-US-x-abcd', 'en-US-x-abcd, fr', 'en-US-x-abcde', 'en-US-x-abcde, fr']) negotiator.negotiate(header);
    const asked = vi.mocked(canonicalLocale).mock.calls.map(([tag]) => tag);
    expect(asked.filter((tag) => tag === 'en-US-x-abcd')).toHaveLength(1);
    expect(asked.filter((tag) => tag === 'en-US-x-abcde')).toHaveLength(2);
    expect(negotiator.remembered().tags).toBe(2); // en-US-x-abcd and fr
  });

  it('remembers a header of exactly 256 characters', () => {
    const negotiator = createLocaleNegotiator(supported, 'en');
    const header = `fr, ${'de;q=0.5, '.repeat(25)}`.padEnd(256, ' ');
    expect(header).toHaveLength(256);
    expect(negotiator.negotiate(header)).toBe('fr');
    expect(negotiator.remembered().headers).toBe(1);
  });

  it('reads the whole of a header of exactly 1,024 characters', () => {
    const head = 'ja, ko, zh';
    const header = `${head}, ${'x'.repeat(1024 - head.length - 6)}, fr`;
    expect(header).toHaveLength(1024);
    expect(negotiateLocale(header, supported, 'en')).toBe('fr');
  });
});

describe('weights', () => {
  it.each([
    ['de; q=0.3, fr;q=0.4', 'fr'],
    ['de; q=0.5, fr;q=0.4', 'de'],
    ['de;level=1;q=0.5, fr;q=0.4', 'de'],
    ['de;level=1, fr;q=0.4', 'de'],
    ['de;q=0, fr;q=0.001', 'fr'],
    ['de;q=1.5, fr;q=0.2', 'fr'],
  ])('%s → %s', (header, want) => {
    expect(negotiateLocale(header, supported, 'en')).toBe(want);
  });
});
