/** The built package as users get it: `npm run build` must have run (the `test` script does it first). */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { getStatusMessage } from '../src/index.js';

const root = new URL('..', import.meta.url).pathname;
const built = existsSync(`${root}dist/index.js`);
const node = (script: string, type: 'module' | 'commonjs') =>
  execFileSync(process.execPath, ['--input-type', type, '-e', script], { cwd: root, encoding: 'utf8' }).trim();

describe('the built package', () => {
  it('has been built (run `npm run build`)', () => {
    expect(built).toBe(true);
  });

  it('works from import', () => {
    expect(
      node(
        `import { getStatusMessage } from 'connection-status-i18n'; console.log(getStatusMessage(201, 'fr', { reason: 'Bad Credentials' }))`,
        'module',
      ),
    ).toBe(getStatusMessage(201, 'fr', { reason: 'Bad Credentials' }));
  });

  it('works from require', () => {
    expect(
      node(
        `const { getStatusMessage } = require('connection-status-i18n'); console.log(getStatusMessage(302, 'de', { provider: 'ING' }))`,
        'commonjs',
      ),
    ).toBe(getStatusMessage(302, 'de', { provider: 'ING' }));
  });

  it('serves core with explicitly imported locales, from import and require', () => {
    const esm = `import { createStatusMessages } from 'connection-status-i18n/core'; import { en } from 'connection-status-i18n/locales/en'; import { it as italian } from 'connection-status-i18n/locales/it';
      console.log(createStatusMessages({ locales: [en, italian] }).getStatusMessage(205, 'it-CH'))`;
    const cjs = `const { createStatusMessages } = require('connection-status-i18n/core'); const { en } = require('connection-status-i18n/locales/en'); const { it } = require('connection-status-i18n/locales/it');
      console.log(createStatusMessages({ locales: [en, it] }).getStatusMessage(205, 'it-CH'))`;
    expect(node(esm, 'module')).toBe(getStatusMessage(205, 'it'));
    expect(node(cjs, 'commonjs')).toBe(getStatusMessage(205, 'it'));
  });

  it.each(['module', 'commonjs'] as const)('serves the i18next and FormatJS adapters as %s', (type) => {
    const load = (name: string) => (type === 'module' ? `await import('${name}')` : `require('${name}')`);
    const script = `const { statusKeys } = ${load('connection-status-i18n/i18next')}; const { messagesFor } = ${load('connection-status-i18n/formatjs')};
      console.log(statusKeys(201, { reason: 'Bad Credentials' })[0] + ' ' + Object.keys(messagesFor('fr')).length)`;
    expect(node(type === 'module' ? script : `(async () => { ${script} })()`, type)).toMatch(/^\S*code\.201\.bad_credentials\S* \d{2,}$/);
  });

  it('keeps the raw JSON importable for translation tools', () => {
    const require = createRequire(`${root}package.json`);
    expect(require('connection-status-i18n/locales/fr.json')['code.100'].title).toBeTypeOf('string');
  });

  it('runs the CLI from its bin', () => {
    const out = execFileSync(process.execPath, [`${root}dist/cli.js`, 'message', '205', '--locale', 'es'], { encoding: 'utf8' }).trim();
    expect(out).toBe(getStatusMessage(205, 'es'));
  });
});
