/**
 * The main entry and `core` against the independent oracle (`support/oracle.ts`): every row of the specification
 * table, in every shipped locale and in regional and unsupported tags, without and with provider names, and with
 * partial and regional catalogs given at run time.
 */
import { describe, expect, it } from 'vitest';
import { allLocales } from '../generated/locales/index.js';
import { createStatusMessages as createCore } from '../src/core.js';
import { createStatusMessages, describeStatus, getErrorMessage, getStatusMessage } from '../src/index.js';
import { type Catalogs, expected, localeCases, type SpecCase, shippedLocales, specCases } from './support/oracle.js';

const providers = [undefined, 'Bank Millennium', 'Wise', "  O'Brien {Bank} #1  ", '   '];

type Describe = (input: unknown, locale?: unknown, options?: { reason?: string; provider?: string }) => Record<string, unknown>;
const answer = (describe: Describe, spec: SpecCase, locale: unknown, provider?: string) => {
  const d = describe(spec.input, locale, {
    ...(spec.reason === undefined ? {} : { reason: spec.reason }),
    ...(provider === undefined ? {} : { provider }),
  });
  return { locale: d.locale, key: d.key, fallback: d.fallback, title: d.title, message: d.message, actionLabel: d.actionLabel };
};

describe('the specification table', () => {
  it.each(specCases)('names the entry that answers $name in English', (spec) => {
    const { key, fallback } = expected(spec, 'en');
    expect({ key, fallback }).toEqual({ key: spec.key, fallback: spec.fallback });
  });
});

describe.each(specCases)('$name', (spec) => {
  it('gets the expected entry, texts and button label in every locale, with and without a provider name', () => {
    for (const [requested, locale] of localeCases) {
      for (const provider of providers) {
        const want = expected(spec, locale, { provider });
        const where = `${JSON.stringify(requested)} with ${JSON.stringify(provider)}`;
        expect(answer(describeStatus as unknown as Describe, spec, requested, provider), where).toEqual(want);
        const options = { reason: spec.reason, provider };
        expect(getStatusMessage(spec.input as never, requested, options), where).toBe(want.message);
      }
    }
  });

  it('has the documented action and knows whether the API documents it', () => {
    const d = describeStatus(spec.input as never, 'en', { reason: spec.reason });
    expect({ action: d.action, known: d.known }).toEqual({ action: spec.action, known: spec.known });
  });

  it('is an error message exactly when it is no success or progress', () => {
    const d = describeStatus(spec.input as never, 'fr', { reason: spec.reason });
    expect(getErrorMessage(spec.input as never, 'fr', { reason: spec.reason })).toBe(
      d.category === 'ok' ? null : expected(spec, 'fr').message,
    );
  });

  it('is answered the same by core with the compiled locales', () => {
    const core = createCore({ locales: allLocales });
    for (const [requested, locale] of localeCases) {
      expect(answer(core.describeStatus as unknown as Describe, spec, requested, 'Wise'), JSON.stringify(requested)).toEqual(
        expected(spec, locale, { provider: 'Wise' }),
      );
    }
  });
});

// Catalogs given at run time: a regional catalog with a few entries, a new language with only some keys.
const catalogs: Catalogs = {
  'pt-BR': {
    'category.2xx': { title: 'Ação necessária no seu banco', message: 'Seu banco precisa de você.' },
    // A regional button label is used under the messages its catalog takes from the language (pt).
    'action.retry_later': { label: 'Tentar de novo' },
    'code.201.bad_credentials': {
      title: 'Dados incorretos',
      message: 'O banco recusou seus dados.',
      messageWithProvider: '{provider} recusou seus dados.',
    },
  },
  ja: {
    unknown: { title: 'エラー', message: 'もう一度お試しください。' },
    'code.201': { title: 'ログイン情報を確認', message: 'ログイン情報が受け付けられませんでした。' },
  },
};

describe('with partial and regional catalogs given at run time', () => {
  const messages = createStatusMessages({ overrides: catalogs });
  it.each(specCases)('answers $name from the most specific catalog of the user’s language first', (spec) => {
    for (const [requested, locale] of [
      ['pt-BR', 'pt-BR'],
      ['pt', 'pt'],
      ['ja-JP', 'ja'],
      ['ja', 'ja'],
    ] as const) {
      for (const provider of [undefined, 'Itaú']) {
        expect(answer(messages.describeStatus as unknown as Describe, spec, requested, provider), `${requested} ${provider}`).toEqual(
          expected(spec, locale, { provider, catalogs }),
        );
      }
    }
  });

  it('keeps every shipped locale answering as shipped', () => {
    for (const spec of specCases) {
      for (const tag of shippedLocales) {
        expect(answer(messages.describeStatus as unknown as Describe, spec, tag, 'Wise')).toEqual(
          expected(spec, tag, { provider: 'Wise' }),
        );
      }
    }
  });
});
