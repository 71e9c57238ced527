/** gettext PO through `gettext-parser`: what is written, and what is read back from files translators' tools save. */
import { describe, expect, it } from 'vitest';
import { type ExchangeDocument, exchangeDocument } from '../../../src/toolkit/exchange/exchange.js';
import { fromPo, toPo } from '../../../src/toolkit/exchange/po.js';
import { exchangeFixture, readLocale, translationTags } from '../../support/locales.js';
import { errorWith } from '../../support/thrown.js';

const fixture = exchangeFixture;
const tags = translationTags;

const tricky: ExchangeDocument = {
  sourceLocale: 'en',
  locale: 'pt-BR',
  units: [
    {
      id: 'code.302:messageWithProvider',
      source:
        "{provider, select, ING {It''s ING} other {We couldn't reach \"{provider}\"}} \\ and a very long tail that certainly needs folding",
      target: '  Não conseguimos acessar {provider}\n\ttab  ',
      notes: ['Say "bank"', 'Keep {provider}'],
      stale: true,
    },
    { id: 'code.100:title', source: 'Up to date 👍', notes: [], stale: false },
    { id: 'code.201:title', source: 'Up to date 👍', target: 'Atualizado', notes: ['Same English as another key'], stale: false },
  ],
};

describe('toPo', () => {
  const text = toPo(tricky);

  it('writes the headers gettext tools need, without dates, and gettext language codes', () => {
    expect(text.startsWith('msgid ""\nmsgstr ""\n"Project-Id-Version: connection-status-i18n\\n"\n"Language: pt_BR\\n"\n')).toBe(true);
    expect(text).toContain('"Content-Type: text/plain; charset=utf-8\\n"');
    expect(text).not.toMatch(/Date/);
    expect(text.endsWith('msgstr "Atualizado"\n')).toBe(true);
  });

  it('writes the unit id as msgctxt, notes as extracted comments, and stale units as fuzzy', () => {
    expect(text).toContain('#. Say "bank"\n#. Keep {provider}\n#, fuzzy\nmsgctxt "code.302:messageWithProvider"\n');
  });

  it('writes an untranslated unit with an empty msgstr', () => {
    expect(text).toContain('msgctxt "code.100:title"\nmsgid "Up to date 👍"\nmsgstr ""\n');
  });
});

describe('fromPo', () => {
  it('reads back what toPo wrote, escapes, folding, whitespace and all', () => {
    expect(fromPo(toPo(tricky))).toEqual(tricky);
  });

  it.each(tags)('reads back the export of locales/%s.json unchanged', (tag) => {
    const doc = exchangeDocument(readLocale('en'), readLocale(tag), tag);
    expect(fromPo(toPo(doc))).toEqual({ ...doc, units: doc.units });
  });

  it('reads a file as Poedit saves it, pt_BR as pt-BR: comments, other flags, previous msgid, refolded lines, obsolete entries', () => {
    const doc = fromPo(fixture('poedit.po'));
    expect(doc.locale).toBe('pt-BR');
    expect(doc.sourceLocale).toBe('en');
    expect(doc.units).toEqual([
      {
        id: 'code.100:title',
        source: 'Your accounts are up to date',
        target: 'Suas contas estão atualizadas',
        notes: ['Code 100: the sync went fine.'],
        stale: false,
      },
      {
        id: 'code.302:messageWithProvider',
        source: "We couldn't reach {provider} and we'll retry.",
        target: 'Não conseguimos acessar {provider} e tentaremos novamente.',
        notes: ['Session expired.', 'Keep {provider} exactly as written: {provider} becomes the bank\'s name, e.g. "BNP Paribas".'],
        stale: false,
      },
      { id: 'code.302:title', source: 'Session expired', target: 'Sessão expirada', notes: ['Session expired.'], stale: true },
      { id: 'action.reconnect:label', source: 'Reconnect', notes: [], stale: false },
    ]);
  });

  const po = fixture('poedit.po');
  it.each([
    ['no Language header', po.replace('"Language: pt_BR\\n"\n', ''), /no "Language:" line/],
    ['an entry without msgctxt', po.replace('msgctxt "code.302:title"\n', ''), /entry msgid "Session expired" has no msgctxt/],
    [
      'a gettext plural',
      po.replace('msgid "Reconnect"\nmsgstr ""', 'msgid "Reconnect"\nmsgid_plural "Reconnects"\nmsgstr[0] ""\nmsgstr[1] ""'),
      /"action.reconnect:label" has a msgid_plural/,
    ],
    ['a broken string', po.replace('msgstr "Sessão expirada"', 'msgstr "Sessão "expirada"'), /not a readable PO file/],
    [
      'a unit twice',
      `${po}\nmsgctxt "code.100:title"\nmsgid "Your accounts are up to date"\nmsgstr "x"\n`,
      /not a readable PO file \(Duplicate msgid/,
    ],
  ])('refuses %s, saying what to fix', (_, text, message) => {
    expect(() => fromPo(text)).toThrow(errorWith(message));
  });
});
