/**
 * gettext PO, read by Poedit, Weblate and most platforms, through `gettext-parser`. One entry per key and text
 * field: the unit id is the `msgctxt` (English texts repeat across keys), the English text the `msgid`, the
 * translation the `msgstr` (empty when untranslated), the description an extracted comment (`#.`), and a stale
 * translation is `fuzzy`, the flag gettext tools show as "needs work" and clear when the translator confirms it.
 */
import { type GetTextTranslation, type GetTextTranslations, po } from 'gettext-parser';
import type { ExchangeDocument, ExchangeUnit } from './document.js';

const fuzzy = 'fuzzy';

/** The `Language` header's form: gettext writes `pt_BR` where BCP 47 writes `pt-BR`. */
const gettextLanguage = (tag: string): string => tag.replaceAll('-', '_');
const bcp47Language = (code: string): string => code.replaceAll('_', '-');

/**
 * Writes a document as a PO file. Headers carry no dates, so exporting twice gives the same file.
 *
 * @example
 * ```ts
 * toPo({ sourceLocale: 'en', locale: 'fr', units: [{ id: 'code.100:title', source: 'Up to date', notes: [], stale: false }] });
 * // 'msgid ""\nmsgstr ""\n"Project-Id-Version: connection-status-i18n\\n"\n…\nmsgctxt "code.100:title"\nmsgid "Up to date"\nmsgstr ""\n'
 * ```
 */
export const toPo = (doc: ExchangeDocument): string => {
  const translations: GetTextTranslations['translations'] = { '': { '': { msgid: '', msgstr: [''] } } };
  for (const unit of doc.units) {
    const comments = {
      ...(unit.notes.length === 0 ? {} : { extracted: unit.notes.join('\n') }),
      ...(unit.stale ? { flag: fuzzy } : {}),
    };
    translations[unit.id] = {
      [unit.source]: {
        msgctxt: unit.id,
        msgid: unit.source,
        msgstr: [unit.target ?? ''],
        ...(Object.keys(comments).length === 0 ? {} : { comments }),
      },
    };
  }
  const headers = {
    'Project-Id-Version': 'connection-status-i18n',
    Language: gettextLanguage(doc.locale),
    'MIME-Version': '1.0',
    'Content-Type': 'text/plain; charset=UTF-8',
    'Content-Transfer-Encoding': '8bit',
    'X-Source-Language': gettextLanguage(doc.sourceLocale),
  };
  const text = po.compile({ charset: 'utf-8', headers, translations }).toString('utf8');
  return text.endsWith('\n') ? text : `${text}\n`;
};

const flagsOf = (entry: GetTextTranslation): string[] => (entry.comments?.flag ?? '').split(',').map((flag) => flag.trim());

/**
 * Reads a PO file into units, in file order; obsolete (`#~`) entries are left out. Throws, saying what to fix,
 * for a file gettext-parser rejects, one without a `Language` header, an entry without `msgctxt`, or a plural entry.
 *
 * @example
 * ```ts
 * const doc = fromPo(readFileSync('fr.po', 'utf8'));
 * doc.units.filter((unit) => unit.stale); // entries still marked fuzzy
 * ```
 */
export const fromPo = (text: string): ExchangeDocument => {
  let parsed: GetTextTranslations;
  try {
    parsed = po.parse(text, { validation: true });
  } catch (error) {
    throw new Error(`not a readable PO file (${(error as Error).message})`);
  }
  const language = Object.entries(parsed.headers)
    .find(([name]) => name.toLowerCase() === 'language')?.[1]
    ?.trim();
  if (!language) throw new Error('the PO header has no "Language:" line: add one with the locale tag, e.g. "Language: fr\\n"');
  const source = Object.entries(parsed.headers)
    .find(([name]) => name.toLowerCase() === 'x-source-language')?.[1]
    ?.trim();
  const units = Object.entries(parsed.translations).flatMap(([context, entries]) =>
    Object.values(entries).flatMap((entry): ExchangeUnit[] => {
      if (context === '' && entry.msgid === '') return [];
      const where = `entry msgid ${JSON.stringify(entry.msgid)}`;
      if (context === '') throw new Error(`${where} has no msgctxt: keep the msgctxt of the exported file, e.g. "code.100:title"`);
      if (entry.msgid_plural !== undefined) {
        throw new Error(`entry "${context}" has a msgid_plural: write plurals inside the text, in ICU MessageFormat`);
      }
      const target = entry.msgstr.join('');
      return [
        {
          id: context,
          source: entry.msgid,
          // An empty msgstr is gettext's "not translated".
          ...(target === '' ? {} : { target }),
          notes: entry.comments?.extracted ? entry.comments.extracted.split('\n') : [],
          stale: flagsOf(entry).includes(fuzzy),
        },
      ];
    }),
  );
  return { sourceLocale: bcp47Language(source ?? ''), locale: bcp47Language(language), units };
};
