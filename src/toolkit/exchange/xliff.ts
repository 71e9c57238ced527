/**
 * XLIFF 2.0, the OASIS exchange format that translation platforms and CAT tools read, through the `xliff` package.
 * One `<unit>` per key and text field; the English text is the `<source>`, the translation the `<target>`, the
 * key's description a `<note>`, and a stale translation carries one more note, which the translator deletes to
 * confirm it. ICU braces stay plain text (no inline elements), so `{provider}` reaches the translator as written.
 */
import js2xliff from 'xliff/js2xliff';
import xliff2js, { type XliffUnit, type XliffValue } from 'xliff/xliff2js';
import type { ExchangeDocument, ExchangeUnit } from './document.js';

/** The `<file id>` of exported documents. */
export const xliffFileId = 'connection-status-i18n';

/** How a stale unit's note starts; the rest tells the translator what to do. */
export const staleNotePrefix = 'Stale:';
const staleNote = `${staleNotePrefix} the English text has changed since this translation was made. Update the translation, or delete this note to confirm that it is still right.`;

/**
 * Writes a document as XLIFF 2.0, with an XML declaration and a final newline.
 *
 * @example
 * ```ts
 * await toXliff({ sourceLocale: 'en', locale: 'fr', units: [{ id: 'code.100:title', source: 'Up to date', notes: [], stale: false }] });
 * // '<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr">…'
 * ```
 */
export const toXliff = async (doc: ExchangeDocument): Promise<string> => {
  const units: Record<string, XliffUnit> = {};
  for (const unit of doc.units) {
    const notes = unit.stale ? [...unit.notes, staleNote] : unit.notes;
    units[unit.id] = {
      source: unit.source,
      ...(unit.target === undefined ? {} : { target: unit.target }),
      ...(notes.length === 0 ? {} : { note: notes.length === 1 ? notes[0] : [...notes] }),
    };
  }
  const xml = await js2xliff({ sourceLanguage: doc.sourceLocale, targetLanguage: doc.locale, resources: { [xliffFileId]: units } });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xml}\n`;
};

const plainText = (value: XliffValue | undefined, where: string): string | undefined => {
  if (value === undefined || typeof value === 'string') return value;
  if (value.every((part) => typeof part === 'string')) return value.join('');
  throw new Error(`${where} contains XLIFF inline markup (<ph>, <pc>…): write placeholders as plain text, e.g. {provider}`);
};

const unitsOf = (units: Readonly<Record<string, XliffUnit>>): ExchangeUnit[] =>
  Object.entries(units).flatMap(([id, unit]): ExchangeUnit[] => {
    // The parser files unknown elements under `_additionalElements`: they are no units.
    if (id === '_additionalElements' || unit === undefined) return [];
    if (unit.groupUnits) return unitsOf(unit.groupUnits);
    // Several notes come as an array; only whole-string notes matter here (the stale one is one).
    const notes = (Array.isArray(unit.note) ? unit.note : [unit.note]).filter((note): note is string => typeof note === 'string');
    const target = plainText(unit.target, `unit "${id}": <target>`);
    return [
      {
        id,
        source: plainText(unit.source, `unit "${id}": <source>`) ?? '',
        ...(target === undefined ? {} : { target }),
        notes: notes.filter((note) => !note.startsWith(staleNotePrefix)),
        stale: notes.some((note) => note.startsWith(staleNotePrefix)),
      },
    ];
  });

/**
 * Reads an XLIFF 2.x document into units, in document order, units in `<group>`s included. Throws, saying what
 * to fix, when the text is not XLIFF 2.x, has no `trgLang`, or a text holds inline elements.
 *
 * @example
 * ```ts
 * const doc = await fromXliff(readFileSync('fr.xlf', 'utf8'));
 * doc.locale; // 'fr'
 * ```
 */
export const fromXliff = async (text: string): Promise<ExchangeDocument> => {
  let parsed: Awaited<ReturnType<typeof xliff2js>>;
  try {
    parsed = await xliff2js(text);
  } catch (error) {
    throw new Error(`not a readable XLIFF document (${(error as Error).message.split('\n')[0]})`);
  }
  if (parsed.resources === undefined) {
    throw new Error('not an XLIFF 2.0 document: expected <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" …>');
  }
  if (!parsed.targetLanguage) throw new Error('the <xliff> element has no trgLang attribute: set it to the locale tag, e.g. trgLang="fr"');
  return {
    sourceLocale: parsed.sourceLanguage ?? '',
    locale: parsed.targetLanguage,
    units: Object.values(parsed.resources).flatMap(unitsOf),
  };
};
