/**
 * `connection-status-i18n/load-locale`: a tag or a list of tags resolves to the shipped locale the README's rules
 * name (the oracle's `localeCases`), and that locale's compiled module is what loads; anything unusable gives English.
 * How bundlers split it is checked on a real bundle in `examples/spa.browser.test.ts`.
 */
import { describe, expect, it } from 'vitest';
import { localeIdentifier } from '../src/build/codegen.js';
import { createStatusMessages } from '../src/core.js';
import { loadLocale } from '../src/load-locale.js';
import type { CompiledLocale } from '../src/runtime/packed-locale.js';
import { expected, localeCases, shippedLocales, specCase } from './support/oracle.js';

/** What `connection-status-i18n/locales/<tag>` exports. */
const compiledModule = async (tag: string) =>
  ((await import(`../generated/locales/${tag}.ts`)) as Record<string, CompiledLocale>)[localeIdentifier(tag)] as CompiledLocale;

const badCredentials = specCase('code 201, reason "Bad Credentials"');

describe('loadLocale', () => {
  it.each(localeCases)('loads for %j the locale %s', async (requested, locale) => {
    const loaded = await loadLocale(requested);
    expect(loaded.locale).toBe(locale);
    // Its texts, not only its tag: an app with English and the loaded locale answers as the oracle does.
    const messages = createStatusMessages({ locales: [await compiledModule('en'), loaded] });
    expect(messages.getStatusMessage(201, loaded.locale, { reason: 'Bad Credentials', provider: 'ING' })).toBe(
      expected(badCredentials, locale, { provider: 'ING' }).message,
    );
  });

  it.each(shippedLocales)('gives for %s the object that locales/%s exports', async (tag) => {
    expect(await loadLocale(tag)).toBe(await compiledModule(tag));
  });

  const revoked = Proxy.revocable([], {});
  revoked.revoke();
  const throwingList = Object.defineProperty([], 0, {
    get() {
      throw new Error('hostile getter');
    },
  });
  it.each([
    ['a number', 49],
    ['an object', { locale: 'de' }],
    ['null', null],
    ['an empty string', ''],
    ['a tag of 10,000 characters', `de-${'x'.repeat(9_997)}`],
    ['a list of junk', ['', 7, null, 'not a tag!', 'ja']],
    ['a list whose shipped tag comes after the first 32', [...Array.from({ length: 32 }, () => 'ja'), 'de']],
    ['a name of an object property', 'toString'],
    ['__proto__', '__proto__'],
    ['a revoked proxy', revoked.proxy],
    ['a list whose getter throws', throwingList],
  ])('loads English for %s, without rejecting', async (_name, requested) => {
    await expect(loadLocale(requested as never)).resolves.toBe(await compiledModule('en'));
  });
});
