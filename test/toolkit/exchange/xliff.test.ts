/** XLIFF 2.0 through the `xliff` package: what is written, and what is read back from files platforms return. */
import { describe, expect, it } from 'vitest';
import { type ExchangeDocument, exchangeDocument } from '../../../src/toolkit/exchange/exchange.js';
import { fromXliff, staleNotePrefix, toXliff } from '../../../src/toolkit/exchange/xliff.js';
import { exchangeFixture, readLocale, translationTags } from '../../support/locales.js';
import { errorWith } from '../../support/thrown.js';

const fixture = exchangeFixture;
const tags = translationTags;

const tricky: ExchangeDocument = {
  sourceLocale: 'en',
  locale: 'ar',
  units: [
    {
      id: 'code.302:messageWithProvider',
      source: "{provider, select, ING {It''s ING} other {We couldn't reach {provider}}} & <retry>",
      target: '  لم نتمكن من الوصول إلى {provider}\n& <إعادة>  ',
      notes: ['Say "bank", not <b>', 'Keep {provider}'],
      stale: true,
    },
    { id: 'code.100:title', source: 'Up to date 👍', notes: [], stale: false },
  ],
};

describe('toXliff', () => {
  it('writes an XLIFF 2.0 document with the languages, one unit per text, notes, and a final newline', async () => {
    const xml = await toXliff(tricky);
    expect(
      xml.startsWith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="ar">',
      ),
    ).toBe(true);
    expect(xml.endsWith('</xliff>\n')).toBe(true);
    expect(xml).toContain('<unit id="code.302:messageWithProvider">');
    expect(xml).toContain('<note>Say "bank", not &lt;b&gt;</note>');
    expect(xml).toContain(`<note>${staleNotePrefix} the English text has changed`);
  });

  it('keeps ICU braces and apostrophes as plain text, and escapes XML', async () => {
    expect(await toXliff(tricky)).toContain(
      "<source>{provider, select, ING {It''s ING} other {We couldn't reach {provider}}} &amp; &lt;retry&gt;</source>",
    );
  });

  it('writes no <target> for an untranslated unit and no <notes> without notes', async () => {
    expect(await toXliff(tricky)).toMatch(/<unit id="code.100:title">\s*<segment>\s*<source>Up to date 👍<\/source>\s*<\/segment>/);
  });
});

describe('fromXliff', () => {
  it('reads back what toXliff wrote, whitespace and all', async () => {
    expect(await fromXliff(await toXliff(tricky))).toEqual(tricky);
  });

  it.each(tags)('reads back the export of locales/%s.json unchanged', async (tag) => {
    const doc = exchangeDocument(readLocale('en'), readLocale(tag), tag);
    expect(await fromXliff(await toXliff(doc))).toEqual(doc);
  });

  it('reads a file as a platform returns it: groups, segment states, entities, CDATA, a deleted stale note', async () => {
    const doc = await fromXliff(fixture('platform.xlf'));
    expect(doc.sourceLocale).toBe('en-US');
    expect(doc.locale).toBe('fr');
    expect(doc.units).toEqual([
      {
        id: 'code.100:title',
        source: 'Your accounts are up to date',
        target: 'Vos comptes sont à jour',
        notes: ['Code 100: the sync went fine.'],
        stale: false,
      },
      {
        id: 'code.302:messageWithProvider',
        source: "We couldn't reach {provider} & we'll retry.",
        target: 'Impossible de joindre {provider} & nous réessaierons.',
        notes: ['Session expired.'],
        stale: true,
      },
      { id: 'code.302:title', source: 'Session expired', target: '', notes: ['Session expired.'], stale: false },
      { id: 'action.reconnect:label', source: 'Reconnect', notes: [], stale: false },
    ]);
  });

  it.each([
    [
      'inline markup in a target',
      fixture('inline-markup.xlf'),
      /unit "code.302:messageWithProvider": <target> contains XLIFF inline markup .* e.g. \{provider\}/,
    ],
    ['XLIFF 1.2', fixture('version-1.2.xlf'), /not an XLIFF 2.0 document/],
    ['no trgLang', fixture('platform.xlf').replace(' trgLang="fr"', ''), /no trgLang attribute: set it to the locale tag/],
    ['broken XML', fixture('platform.xlf').replace('</segment>', ''), /not a readable XLIFF document \(.+\)/],
    ['another XML document', '<html><body/></html>', /not a readable XLIFF document|not an XLIFF 2.0 document/],
  ])('refuses %s, saying what to fix', async (_, text, message) => {
    await expect(fromXliff(text)).rejects.toThrow(errorWith(message));
  });
});
