import { readdirSync, readFileSync } from 'node:fs';

const locales = new URL('../../locales/', import.meta.url);

/** A shipped locale file as translators write it. */
export const readLocale = (tag: string) => JSON.parse(readFileSync(new URL(`${tag}.json`, locales), 'utf8'));

/** The shipped translations: every locale file but the English source. */
export const translationTags = readdirSync(locales)
  .filter((f) => /^[a-z]{2,3}(-\w+)*\.json$/.test(f) && f !== 'en.json')
  .map((f) => f.slice(0, -5));

/** A file of `test/toolkit/exchange/fixtures/`, as a translation platform exports it. */
export const exchangeFixture = (name: string) => readFileSync(new URL(`../toolkit/exchange/fixtures/${name}`, import.meta.url), 'utf8');
