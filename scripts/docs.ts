/**
 * Generates the documentation that must follow the catalog: the code table in README.md and one Markdown page per
 * locale with every title and message (`docs/locales/<tag>.md`, for reviewers). `--check` fails when either is out
 * of date instead of writing.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { codeReasons, describeStatus, statusCodes, statusNames, supportedLocales } from '../src/index.js';
import { catalogKeys } from '../src/runtime/catalog.js';
import { compileMessage } from '../src/runtime/compile.js';
import { render } from '../src/runtime/format.js';
import { providersFor } from '../src/toolkit/sample-providers.js';

const root = join(import.meta.dirname, '..');
const cell = (text: string | null | undefined) => (text ?? '').replaceAll('|', '\\|').replaceAll('\n', ' ');
const yesNo = (value: boolean) => (value ? 'yes' : 'no');

const codeTable = (): string => {
  const rows = [
    '| code / status | reason | category | action | severity | retryable | English title |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  const row = (label: string, reason: string, d: ReturnType<typeof describeStatus>) =>
    rows.push(`| ${label} | ${reason} | ${d.category} | \`${d.action}\` | ${d.severity} | ${yesNo(d.retryable)} | ${cell(d.title)} |`);
  for (const code of statusCodes) {
    if (code === 201) {
      row('201', '(missing or new)', describeStatus(201, 'en'));
      for (const reason of codeReasons[201]) row('201', reason, describeStatus(201, 'en', { reason }));
    } else row(String(code), codeReasons[code][0], describeStatus(code, 'en'));
  }
  for (const status of statusNames) row(`status \`${status}\``, '', describeStatus({ status }, 'en'));
  for (const code of [150, 207, 306, 499]) row(`${code} (not documented)`, '', describeStatus(code, 'en'));
  row('anything else', '', describeStatus('abc', 'en'));
  return rows.join('\n');
};

const localePage = (tag: string): string => {
  const catalog = JSON.parse(readFileSync(join(root, 'locales', `${tag}.json`), 'utf8')) as Record<string, Record<string, string>>;
  const english = JSON.parse(readFileSync(join(root, 'locales', 'en.json'), 'utf8')) as Record<string, Record<string, string>>;
  const names = providersFor(tag);
  const lines = [
    `# \`${tag}\`: every title and message`,
    '',
    `Generated from \`locales/${tag}.json\` by \`npm run docs\`; do not edit. Texts with a provider name show it as **{provider}**,`,
    `then read with three real names of this market: ${names.map((name) => `“${name}”`).join(', ')} (one with the local word`,
    'for bank, one that is no bank, an acronym). Where a translation leaves a provider variant out, the generic text is',
    'shown with any name.',
    '',
    '| key | field | text | English |',
    '| --- | --- | --- | --- |',
  ];
  for (const key of catalogKeys) {
    for (const field of ['title', 'titleWithProvider', 'message', 'messageWithProvider', 'label']) {
      const text = catalog[key]?.[field];
      if (text === undefined) {
        if (field.endsWith('WithProvider') && english[key]?.[field] !== undefined) {
          lines.push(
            `| \`${key}\` | ${field} | *left out: the ${field.replace('WithProvider', '')} above is shown* | ${cell(english[key]?.[field])} |`,
          );
        }
        continue;
      }
      lines.push(`| \`${key}\` | ${field} | ${cell(text).replaceAll('{provider}', '**{provider}**')} | ${cell(english[key]?.[field])} |`);
      if (!text.includes('{provider}')) continue;
      for (const name of names) lines.push(`|  | ↳ ${cell(name)} | ${cell(render(compileMessage(text, tag), { provider: name }))} |  |`);
    }
  }
  return `${lines.join('\n')}\n`;
};

const check = process.argv.includes('--check');
const outdated: string[] = [];
const update = (file: string, text: string) => {
  const path = join(root, file);
  let current = '';
  try {
    current = readFileSync(path, 'utf8');
  } catch {}
  if (current === text) return;
  if (check) outdated.push(file);
  else writeFileSync(path, text);
};

const readme = readFileSync(join(root, 'README.md'), 'utf8');
update('README.md', readme.replace(/(<!-- codes:start -->\n)[\s\S]*?(<!-- codes:end -->)/, `$1${codeTable()}\n$2`));
mkdirSync(join(root, 'docs', 'locales'), { recursive: true });
for (const tag of supportedLocales) update(`docs/locales/${tag}.md`, localePage(tag));

if (outdated.length) {
  console.error(`Out of date: ${outdated.join(', ')}. Run \`npm run docs\` and commit the result.`);
  process.exit(1);
}
console.log(check ? 'docs are up to date' : `wrote README.md code table and docs/locales/*.md (${supportedLocales.length} locales)`);
