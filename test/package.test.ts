/**
 * The built package as users get it (`npm run build` must have run; the `test` script does it first), checked
 * against the independent oracle (`support/oracle.ts`): each entry point is loaded in its own Node process, by its
 * package name, and answers every row of the specification table.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { expected, localeCases, localeJson, specCase, specCases } from './support/oracle.js';

const root = new URL('..', import.meta.url).pathname;
const built = existsSync(`${root}dist/index.js`);

/** Runs a script in a Node process of its own, with `rows` (the table's inputs) and `locales` on its stdin. */
const node = (script: string, type: 'module' | 'commonjs', locales: readonly unknown[] = []) =>
  execFileSync(process.execPath, ['--input-type', type, '-e', script], {
    cwd: root,
    encoding: 'utf8',
    input: JSON.stringify({ rows: specCases.map(({ input, reason }) => ({ input, reason })), locales }),
    maxBuffer: 64 * 1024 * 1024,
  }).trim();
const readInput = `JSON.parse(require('node:fs').readFileSync(0, 'utf8'))`;
const esmReadInput = `JSON.parse((await import('node:fs')).readFileSync(0, 'utf8'))`;
const answer = `({ locale: d.locale, key: d.key, fallback: d.fallback, title: d.title, message: d.message, actionLabel: d.actionLabel })`;

describe('the built package', () => {
  it('has been built (run `npm run build`)', () => {
    expect(built).toBe(true);
  });

  it('answers every row of the specification table in every locale from import, as the oracle does', () => {
    const script = `import { describeStatus } from 'connection-status-i18n';
      const { rows, locales } = ${esmReadInput};
      console.log(JSON.stringify(rows.map(({ input, reason }) =>
        locales.map((locale) => { const d = describeStatus(input, locale ?? undefined, { reason, provider: 'ING' }); return ${answer}; }))));`;
    // JSON has no undefined: null stands for no locale.
    const requested = localeCases.map(([tag]) => tag ?? null);
    const answers = JSON.parse(node(script, 'module', requested));
    specCases.forEach((spec, i) => {
      localeCases.forEach(([tag, locale], j) => {
        expect(answers[i][j], `${spec.name} in ${JSON.stringify(tag)}`).toEqual(expected(spec, locale, { provider: 'ING' }));
      });
    });
  });

  it('answers every row of the specification table from require, as the oracle does', () => {
    const requested = ['de', 'pt-BR', 'no'];
    const locales = ['de', 'pt', 'nb'];
    const script = `const { getStatusMessage } = require('connection-status-i18n'); const { rows, locales } = ${readInput};
      console.log(JSON.stringify(rows.map(({ input, reason }) => locales.map((locale) => getStatusMessage(input, locale, { reason, provider: 'ING' })))));`;
    const answers = JSON.parse(node(script, 'commonjs', requested));
    expect(answers).toEqual(specCases.map((spec) => locales.map((locale) => expected(spec, locale, { provider: 'ING' }).message)));
  });

  it.each(['module', 'commonjs'] as const)(
    'serves core with explicitly imported locales as %s, English for a locale not imported',
    (type) => {
      const load = (name: string) => (type === 'module' ? `await import('${name}')` : `require('${name}')`);
      const script = `const { createStatusMessages } = ${load('connection-status-i18n/core')};
        const { en } = ${load('connection-status-i18n/locales/en')}; const { it } = ${load('connection-status-i18n/locales/it')};
        const { rows, locales } = ${type === 'module' ? esmReadInput : readInput};
        const messages = createStatusMessages({ locales: [en, it] });
        console.log(JSON.stringify(rows.map(({ input, reason }) =>
          locales.map((locale) => { const d = messages.describeStatus(input, locale, { reason }); return ${answer}; }))));`;
      const answers = JSON.parse(node(type === 'module' ? `(async () => { ${script} })()` : script, type, ['it-CH', 'fr']));
      expect(answers).toEqual(specCases.map((spec) => [expected(spec, 'it'), expected(spec, 'en')]));
    },
  );

  it.each(['module', 'commonjs'] as const)('serves the i18next and FormatJS adapters as %s', (type) => {
    const load = (name: string) => (type === 'module' ? `await import('${name}')` : `require('${name}')`);
    const script = `const { statusKeys, addStatusMessages, translateStatus } = ${load('connection-status-i18n/i18next')};
      const { messagesFor, formatStatus } = ${load('connection-status-i18n/formatjs')};
      const { default: i18next } = ${type === 'module' ? "await import('i18next')" : "{ default: require('i18next') }"};
      const { createIntl } = ${load('@formatjs/intl')};
      const { rows } = ${type === 'module' ? esmReadInput : readInput};
      const i18n = i18next.createInstance(); await i18n.init({ lng: 'de', fallbackLng: 'en' }); addStatusMessages(i18n);
      const intl = createIntl({ locale: 'fr', messages: messagesFor('fr') });
      console.log(JSON.stringify(rows.map(({ input, reason }) => ({
        keys: statusKeys(input, { reason }),
        i18next: translateStatus(i18n, input, { reason, provider: 'ING' }),
        formatjs: formatStatus(intl, input, { reason, provider: 'BNP' }),
      }))));`;
    const answers = JSON.parse(node(`(async () => { ${script} })()`, type));
    expect(answers).toEqual(
      specCases.map((spec) => ({
        keys: spec.chain.map((key) => `${key}.message`),
        i18next: expected(spec, 'de', { provider: 'ING' }).message,
        formatjs: expected(spec, 'fr', { provider: 'BNP' }).message,
      })),
    );
  });

  it('keeps the raw JSON importable for translation tools', () => {
    const require = createRequire(`${root}package.json`);
    expect(require('connection-status-i18n/locales/fr.json')).toEqual(localeJson('fr'));
  });

  it.each([
    [['205', '--locale', 'es'], 'code 205', 'es', undefined],
    [
      ['201', '--reason', 'Bad Credentials', '--locale', 'fr-CA', '--provider', 'BNP Paribas'],
      'code 201, reason "Bad Credentials"',
      'fr',
      'BNP Paribas',
    ],
  ] as const)('runs the CLI from its bin: message %j', (args, row, locale, provider) => {
    const out = execFileSync(process.execPath, [`${root}dist/cli.js`, 'message', ...args], { encoding: 'utf8' }).trim();
    expect(out).toBe(expected(specCase(row), locale, { provider }).message);
  });
});
