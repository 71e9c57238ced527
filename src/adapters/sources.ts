/**
 * The shipped locale files as data, for the adapters that hand ICU MessageFormat strings to another i18n library
 * (i18next, FormatJS) instead of using the compiled catalogs. Each file is imported as JSON so that tsup bundles
 * it as a plain object; apps that want only some locales can import `connection-status-i18n/locales/<tag>.json`
 * themselves and pass it to `statusResources` (i18next) or `messagesFromSource` (FormatJS), leaving this map out
 * of their bundle (the exports that read it are marked pure for that).
 */
import type { ShippedLocale } from '../../generated/locales/index.js';
import bg from '../../locales/bg.json' with { type: 'json' };
import cs from '../../locales/cs.json' with { type: 'json' };
import da from '../../locales/da.json' with { type: 'json' };
import de from '../../locales/de.json' with { type: 'json' };
import el from '../../locales/el.json' with { type: 'json' };
import en from '../../locales/en.json' with { type: 'json' };
import es from '../../locales/es.json' with { type: 'json' };
import et from '../../locales/et.json' with { type: 'json' };
import fi from '../../locales/fi.json' with { type: 'json' };
import fr from '../../locales/fr.json' with { type: 'json' };
import ga from '../../locales/ga.json' with { type: 'json' };
import hr from '../../locales/hr.json' with { type: 'json' };
import hu from '../../locales/hu.json' with { type: 'json' };
import it from '../../locales/it.json' with { type: 'json' };
import lt from '../../locales/lt.json' with { type: 'json' };
import lv from '../../locales/lv.json' with { type: 'json' };
import mt from '../../locales/mt.json' with { type: 'json' };
import nb from '../../locales/nb.json' with { type: 'json' };
import nl from '../../locales/nl.json' with { type: 'json' };
import pl from '../../locales/pl.json' with { type: 'json' };
import pt from '../../locales/pt.json' with { type: 'json' };
import ro from '../../locales/ro.json' with { type: 'json' };
import sk from '../../locales/sk.json' with { type: 'json' };
import sl from '../../locales/sl.json' with { type: 'json' };
import sv from '../../locales/sv.json' with { type: 'json' };
import { type TextField, textFields } from '../runtime/format.js';
import { lookupLocale } from '../runtime/locale.js';

/** A locale file as shipped in `locales/<tag>.json`: entries of ICU strings, plus notes for translators. */
export type LocaleSource = Readonly<Record<string, unknown>>;

/** The English source, always bundled: it is the last fallback of every adapter. */
export const englishSource: LocaleSource = en;

// `satisfies` makes `tsc` fail when a locale file is added without its import here.
const sources = {
  en,
  bg,
  cs,
  da,
  de,
  el,
  es,
  et,
  fi,
  fr,
  ga,
  hr,
  hu,
  it,
  lt,
  lv,
  mt,
  nb,
  nl,
  pl,
  pt,
  ro,
  sk,
  sl,
  sv,
} satisfies Record<ShippedLocale, LocaleSource>;

/** The tags of the bundled locale files, `en` first. */
// Marked pure so that bundlers can drop the whole map from apps that pass their own locale files.
export const sourceLocales = /* @__PURE__ */ Object.keys(sources) as ShippedLocale[];

/** The shipped locale for a tag (`fr-CA` → `fr`, `no` → `nb`), or `undefined` when none fits. */
export const shippedSourceLocale = (tag: unknown): ShippedLocale | undefined =>
  lookupLocale(tag, (locale) => Object.hasOwn(sources, locale)) as ShippedLocale | undefined;

/** The locale file of a shipped tag. */
export const localeSource = (locale: ShippedLocale): LocaleSource => sources[locale];

/** One text of a locale file: the catalog key (`code.201.bad_credentials`), the field and the ICU string. */
export interface SourceText {
  readonly key: string;
  readonly field: TextField;
  readonly text: string;
}

// Catalog keys are dot-separated segments of [a-z0-9_]; anything else (a typo, `$schema`) is not an entry, and
// keeping keys to these characters means no i18n library reads a `:` or other separator inside them.
const keyPattern = /^[a-z0-9_]+(\.[a-z0-9_]+)*$/;

// Segments that would reach `Object.prototype` when a key is turned into nested objects.
const unsafeSegment = /(^|\.)(__proto__|constructor|prototype)(\.|$)/;

/** Whether a key can name a catalog entry; keys built from unusual reasons (`a:b`, `__proto__`) never can. */
export const isEntryKey = (key: string): boolean => keyPattern.test(key) && !unsafeSegment.test(key);

const providerVariants = { titleWithProvider: 'title', messageWithProvider: 'message' } as const;

const textOf = (entry: unknown, field: TextField): string | undefined => {
  const text: unknown = (entry as Record<string, unknown> | undefined)?.[field];
  return typeof text === 'string' && text.trim() !== '' ? text : undefined;
};

/**
 * The texts of a locale file, leaving out translator notes (`description`, `sourceHash`) and anything that is not
 * a non-empty string. A provider variant that English has and the translation leaves out (its language cannot
 * carry the name) is given the translation's generic text: i18next and FormatJS look a key up in the fallback
 * language before the next key, and would otherwise show the English variant. Never throws on malformed input:
 * what is not an entry is skipped.
 */
export const sourceTexts = (source: unknown): SourceText[] => {
  const texts: SourceText[] = [];
  if (source === null || typeof source !== 'object') return texts;
  for (const [key, entry] of Object.entries(source)) {
    if (!isEntryKey(key) || entry === null || typeof entry !== 'object') continue;
    const english: unknown = Object.hasOwn(englishSource, key) ? englishSource[key] : undefined;
    for (const field of textFields) {
      const generic = field in providerVariants ? providerVariants[field as keyof typeof providerVariants] : undefined;
      const text = textOf(entry, field) ?? (generic && textOf(english, field) ? textOf(entry, generic) : undefined);
      if (text !== undefined) texts.push({ key, field, text });
    }
  }
  return texts;
};
