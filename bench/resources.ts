/**
 * The shipped catalogs as the competing libraries take them: one flat `<key>.<field>` → ICU string object per
 * locale, read from the same `locales/*.json` that the package compiles, so every library shows the same texts.
 */
import { readFileSync } from 'node:fs';

const textFields = ['title', 'message', 'titleWithProvider', 'messageWithProvider', 'label'];

/** `{ 'code.201.bad_credentials.message': '…', … }` for one locale. */
export const flatMessages = (tag: string): Record<string, string> => {
  const source = JSON.parse(readFileSync(new URL(`../locales/${tag}.json`, import.meta.url), 'utf8')) as Record<string, unknown>;
  const flat: Record<string, string> = {};
  for (const [key, entry] of Object.entries(source)) {
    if (key === '$schema' || entry === null || typeof entry !== 'object') continue;
    for (const field of textFields) {
      const text = (entry as Record<string, unknown>)[field];
      if (typeof text === 'string') flat[`${key}.${field}`] = text;
    }
  }
  return flat;
};

/**
 * i18next options that read those ICU strings as they are: flat keys (no nesting, which is also i18next's fastest
 * lookup), `{provider}` placeholders, no HTML escaping (our texts are not escaped either).
 */
export const i18nextOptions = (resources: Readonly<Record<string, Record<string, string>>>, lng: string) => ({
  lng,
  fallbackLng: 'en',
  resources: Object.fromEntries(Object.entries(resources).map(([tag, flat]) => [tag, { translation: flat }])),
  keySeparator: false as const,
  nsSeparator: false as const,
  interpolation: { prefix: '{', suffix: '}', escapeValue: false },
  initAsync: false,
});
