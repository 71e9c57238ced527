/**
 * `npm run size`: what the package adds to a browser bundle, min+gzip, measured from the built `dist/` the way an
 * app bundles it (esbuild, minified, browser, ESM; every other esbuild option at its default), against the
 * libraries an app would otherwise use. Exits 1 when a budget is exceeded, so CI enforces them.
 *
 * Budgets (issue "Fast where users feel it"), enforced:
 * - each extra locale at most 1.15 × its texts alone, gzipped: what a locale module costs beyond its texts (rows,
 *   holes, escapes) stays small. Measured with esbuild's default `charset: 'ascii'`, the stricter case: it escapes
 *   each non-ASCII character of a string literal as `\uXXXX`, where Vite, Rsbuild and Terser keep UTF-8. Texts in a
 *   script other than Latin are stored swapped (`swapScript`) so that both charsets weigh the same; both are shown.
 * - `core` alone (an app bundling only `createStatusMessages`, no locale): the target is 2,500 bytes, about 1/6 of
 *   i18next alone. Until it is met, CI enforces a budget a little above what `core` weighs today, so that any growth
 *   is a decision; the target is reported, met or missed.
 * - no ICU parser in `core` + a locale.
 * Run `npm run build` first (CI runs it in `npm test`).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { printTable } from './print-table.js';

const root = join(import.meta.dirname, '..');
const targets = { coreAlone: 2_500, extraLocaleOverTexts: 1.15 };
const budgets = { coreAlone: 3_600, extraLocaleOverTexts: 1.15 };
// A string only FormatJS' ICU parser holds (one of its error kinds): its presence means the parser was bundled.
const parserMarker = 'EXPECT_ARGUMENT_CLOSING_BRACE';

interface Measured {
  readonly minified: number;
  readonly gzip: number;
  /** The same bundle with esbuild's `charset: 'utf8'` (Vite's setting), where non-ASCII text is not escaped. */
  readonly gzipUtf8: number;
  readonly code: string;
}

/** Bundles `source` (an entry module importing the package by name) and measures it. */
const measure = async (source: string): Promise<Measured> => {
  const bundle = async (charset: 'ascii' | 'utf8') => {
    const result = await build({
      stdin: { contents: source, resolveDir: root, loader: 'js', sourcefile: 'entry.js' },
      bundle: true,
      minify: true,
      platform: 'browser',
      format: 'esm',
      charset,
      write: false,
      logLevel: 'silent',
    });
    return result.outputFiles[0]?.text ?? '';
  };
  const code = await bundle('ascii');
  const utf8 = await bundle('utf8');
  const gzip = (text: string) => gzipSync(Buffer.from(text), { level: 9 }).length;
  return { minified: Buffer.byteLength(code), gzip: gzip(code), gzipUtf8: gzip(utf8), code };
};

/**
 * The floor for a locale: its texts alone, as UTF-8, joined by newlines and gzipped, with no code or format around
 * them. Only a more compact encoding of the texts goes below it, as swapped Cyrillic and Greek do (one byte a letter).
 */
const textsAlone = (tag: string): number => {
  const catalog = JSON.parse(readFileSync(join(root, 'locales', `${tag}.json`), 'utf8')) as Record<string, unknown>;
  const texts = Object.entries(catalog).flatMap(([key, entry]) =>
    key === '$schema' || entry === null || typeof entry !== 'object'
      ? []
      : Object.entries(entry).flatMap(([field, text]) => (field === 'description' || field === 'sourceHash' ? [] : [String(text)])),
  );
  return gzipSync(Buffer.from(texts.join('\n')), { level: 9 }).length;
};

const identifier = (tag: string) => tag.replace(/-(\w)/g, (_, c: string) => c.toUpperCase()).replace(/\W/g, '');
/** An app using `core` with these locales, the first one the default, showing one message. */
const coreApp = (tags: readonly string[]) =>
  [
    `import { createStatusMessages } from 'connection-status-i18n/core';`,
    ...tags.map((tag) => `import { ${identifier(tag)} } from 'connection-status-i18n/locales/${tag}';`),
    `const messages = createStatusMessages({ locales: [${tags.map(identifier).join(', ')}], defaultLocale: ${JSON.stringify(tags[0])} });`,
    `export const message = messages.getStatusMessage(201, ${JSON.stringify(tags.at(-1))}, { reason: 'Bad Credentials' });`,
  ].join('\n');

if (!existsSync(join(root, 'dist', 'core.js'))) {
  console.error('dist/ is missing: run `npm run build` first (the size report measures the built package).');
  process.exit(1);
}
const newest = (dir: string): number => Math.max(...readdirSync(join(root, dir)).map((name) => statSync(join(root, dir, name)).mtimeMs));
if (Math.max(newest('src'), newest('locales')) > statSync(join(root, 'dist', 'core.js')).mtimeMs) {
  console.error('warning: src/ or locales/ changed after the last build; run `npm run build` for current figures.\n');
}

const tags = readdirSync(join(root, 'dist', 'locales'))
  .filter((name) => name.endsWith('.js'))
  .map((name) => name.slice(0, -3))
  .sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b)));

const coreEn = await measure(coreApp(['en']));
// Each locale alone (as the default, for an app in one language), and each locale added to `en`.
const alone = new Map<string, Measured>();
const extra = new Map<string, number>();
const extraUtf8 = new Map<string, number>();
for (const tag of tags) {
  alone.set(tag, tag === 'en' ? coreEn : await measure(coreApp([tag])));
  if (tag === 'en') continue;
  const withTag = await measure(coreApp(['en', tag]));
  extra.set(tag, withTag.gzip - coreEn.gzip);
  extraUtf8.set(tag, withTag.gzipUtf8 - coreEn.gzipUtf8);
}
const floors = new Map([...extra.keys()].map((tag) => [tag, textsAlone(tag)]));
const coreOnly = await measure(
  `import { createStatusMessages } from 'connection-status-i18n/core';\nexport const messages = createStatusMessages;`,
);
const main = await measure(
  `import { getStatusMessage } from 'connection-status-i18n';\nexport const message = getStatusMessage(201, 'en');`,
);
const i18next = await measure(`import i18next from 'i18next';\nexport default i18next;`);
const formatjs = await measure(`import { createIntl } from '@formatjs/intl';\nexport { createIntl };`);

// Report.
const kb = (bytes: number) => bytes.toLocaleString('en-US');

console.log('connection-status-i18n size report: esbuild --bundle --minify --platform=browser --format=esm, gzip -9, bytes\n');
const line = (name: string, m: Measured) => [name, kb(m.minified), kb(m.gzip), kb(m.gzipUtf8)];
printTable(
  ['bundle', 'min', 'min+gzip', 'min+gzip (utf8)'],
  [
    line('core alone (createStatusMessages, no locale)', coreOnly),
    line('core + en, calling getStatusMessage', coreEn),
    line(
      `core + the largest single locale (${[...alone].sort((a, b) => b[1].gzip - a[1].gzip)[0]?.[0]})`,
      [...alone.values()].sort((a, b) => b.gzip - a.gzip)[0] as Measured,
    ),
    line(`main entry (all ${tags.length} locales, ICU compiler, negotiateLocale)`, main),
    line('i18next alone', i18next),
    line('@formatjs/intl createIntl alone', formatjs),
  ],
);

console.log('\nEach extra locale: core + en + <tag>, minus core + en (min+gzip bytes). Floor: the gzipped texts with no code.\n');
printTable(
  ['locale', 'extra', 'extra (utf8)', 'floor: texts alone', 'extra / floor', 'core + it alone'],
  [...extra].map(([tag, bytes]) => [
    tag,
    kb(bytes),
    kb(extraUtf8.get(tag) ?? 0),
    kb(floors.get(tag) ?? 0),
    (bytes / (floors.get(tag) ?? 1)).toFixed(2),
    kb(alone.get(tag)?.gzip ?? 0),
  ]),
);

const parserIn = (m: Measured) => m.code.includes(parserMarker);
const overTexts = [...extra].map(([tag, bytes]) => [tag, bytes / (floors.get(tag) ?? 1)] as const).sort((a, b) => b[1] - a[1]);
const [worstTag, worstRatio] = overTexts[0] ?? ['', 0];
const sizeChecks = (limits: typeof budgets): [string, boolean, string][] => [
  [`core alone <= ${kb(limits.coreAlone)}`, coreOnly.gzip <= limits.coreAlone, `${kb(coreOnly.gzip)}`],
  [
    `each extra locale <= ${limits.extraLocaleOverTexts} x its texts alone`,
    worstRatio <= limits.extraLocaleOverTexts,
    `${overTexts.filter(([, ratio]) => ratio > limits.extraLocaleOverTexts).length} of ${overTexts.length} over; at most ${worstRatio.toFixed(2)} x (${worstTag})`,
  ],
];
console.log('\nTargets of the issue "Fast where users feel it"\n');
printTable(
  ['target', 'result', ''],
  sizeChecks(targets).map(([name, ok, detail]) => [name, ok ? 'met' : 'missed', detail]),
);
const checks: [string, boolean, string][] = [
  ...sizeChecks(budgets),
  ['no ICU parser in core + a locale', ![...alone.values()].some(parserIn), `"${parserMarker}" absent`],
  // The probe must find the parser where it is, or its absence above proves nothing.
  ['(probe) the ICU parser is found in the main entry', parserIn(main), 'the main entry compiles overrides'],
];
console.log('\nBudgets enforced in CI\n');
printTable(
  ['budget', 'result', ''],
  checks.map(([name, ok, detail]) => [name, ok ? 'met' : 'EXCEEDED', detail]),
);
const failed = checks.filter(([, ok]) => !ok);
if (failed.length > 0) {
  console.error(`\n${failed.length} size budget(s) exceeded: ${failed.map(([name]) => name).join('; ')}.`);
  process.exit(1);
}
