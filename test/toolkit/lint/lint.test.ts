import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblems, type LintProblem, lintLocales, lintRules } from '../../../src/toolkit/lint/index.js';
import { runCli } from '../../support/cli.js';
import { change, edit, en, entry, fixture, fr, lintFiles, positionOf, relativeProblems, shipped, writeDir } from '../../support/lint.js';

const unescapedQuote = edit(fr, '"title": "Vos comptes sont à jour"', '"title": "Vos comptes sont "à jour""');

// Each rule's cases are in rules/<rule>.test.ts; these are the engine's: options, order, the folder as a whole.
describe('lintLocales', () => {
  it('finds nothing at all in a clean user catalog (fixture), given its own keys', () => {
    expect(lintLocales(fixture('user-catalog'), { keys: null })).toEqual([]);
  });

  it('lints a misnamed file (fixture) only to say so', () => {
    const problems = lintLocales(fixture('misnamed-file'), { keys: null });
    expect(problems.map(({ rule, severity, line, column, hint }) => ({ rule, severity, line, column, hint }))).toEqual([
      { rule: 'file-name', severity: 'warning', line: 1, column: 1, hint: 'rename it to ja-JP.json' },
    ]);
  });

  it('checks the catalog keys in en.json unless told to accept its own', () => {
    const problems = lintLocales(fixture('user-catalog'));
    expect(problems.filter((problem) => problem.rule === 'missing-key')).toHaveLength(42);
  });

  it('keeps checking a translation on its own when en.json is missing', () => {
    const { problems } = lintFiles({ 'fr.json': edit(fr, '{provider}.', '{provider.') });
    expect(problems.map((problem) => problem.rule).sort()).toEqual(['icu-syntax', 'missing-source']);
  });

  it('turns rules off or changes their severity', () => {
    const files = { 'en.json': en, 'fr.json': edit(fr, '"title": "Mise à jour annulée"', '"title": "Update cancelled"') };
    expect(lintFiles(files, { rules: { 'identical-to-source': 'off' } }).problems).toEqual([]);
    expect(lintFiles(files, { rules: { 'identical-to-source': 'error' } }).problems.map((p) => p.severity)).toEqual(['error']);
  });

  it('uses the given length limits', () => {
    const { problems } = lintFiles({ 'en.json': en }, { limits: { label: { source: 5, translation: 8 } } });
    expect(problems.every((problem) => problem.rule === 'max-length')).toBe(true);
    expect(problems.length).toBeGreaterThan(5);
  });

  it('sorts problems by file, the source first, then by line and column', () => {
    const files = {
      'en.json': change(en, (c) => delete entry(c, 'status.pending').description),
      'de.json': change(shipped('de'), (c) => delete c.unknown),
      'fr.json': edit(edit(fr, '"title": "Mise à jour annulée"', '"title": "-"'), '"title": "Vos comptes sont à jour"', '"title": ""'),
    };
    const { dir, problems } = lintFiles({ ...files, 'fr.json': files['fr.json'].replace('"title": "-"', '"title": " "') });
    expect(relativeProblems(dir, problems).map(({ file, line, rule }) => `${file}:${line} ${rule}`)).toEqual([
      `en.json:${positionOf(files['en.json'], '"status.pending"').line} missing-description`,
      `de.json:${positionOf(files['de.json'], '"action.wait"').line} missing-key`,
      `fr.json:${positionOf(files['fr.json'], '"title": ""').line} empty`,
      `fr.json:${positionOf(files['fr.json'], '"title": "-"').line} empty`,
    ]);
  });
});

const ruleFiles = new URL('../../../src/toolkit/lint/rules/', import.meta.url);
const ruleTests = new URL('rules/', import.meta.url);

// Checks of the layout, not of lint: adding a rule is adding its file, a line in the registry, and its tests.
describe('the rules', () => {
  it('are each a file of src/toolkit/lint/rules/ listed in its registry, and a test file of rules/', () => {
    const names = (dir: URL, suffix: string) =>
      readdirSync(dir)
        .filter((name) => name.endsWith(suffix) && name !== 'index.ts')
        .map((name) => name.slice(0, -suffix.length))
        .sort();
    const registered = Object.keys(lintRules).sort();
    expect({ ruleFiles: names(ruleFiles, '.ts'), testFiles: names(ruleTests, '.test.ts') }).toEqual({
      ruleFiles: registered,
      testFiles: registered,
    });
  });

  it('each have a failing and a passing case', () => {
    const withoutCases = Object.keys(lintRules).filter((rule) => {
      const file = new URL(`${rule}.test.ts`, ruleTests);
      if (!existsSync(file)) return true;
      const text = readFileSync(file, 'utf8');
      return !(
        text.includes(`from '../../../../src/toolkit/lint/rules/${rule}.js'`) &&
        /describeRule\(\w+, \{/.test(text) &&
        /failing: \[\s*\{/.test(text) &&
        /passing: \[\s*\{/.test(text)
      );
    });
    expect(withoutCases).toEqual([]);
  });
});

describe('the README', () => {
  it('lists every lint rule in its "For translators" section', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('## For translators'), readme.indexOf('\n## ', readme.indexOf('## For translators') + 1));
    for (const rule of Object.keys(lintRules)) expect(section, rule).toContain(`\`${rule}\``);
  });

  it('lists them in the order of the registry', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const table = readme.slice(readme.indexOf('| `invalid-json`'));
    const rules = Object.keys(lintRules);
    expect([...rules].sort((a, b) => table.indexOf(`\`${a}\``) - table.indexOf(`\`${b}\``))).toEqual(rules);
  });
});

describe('the shipped locales', () => {
  it('have no lint errors and no warnings: nothing stale, nothing too long, no "bank {provider}"', () => {
    const problems = lintLocales(new URL('../../../locales/', import.meta.url).pathname);
    expect(problems, formatProblems(problems)).toEqual([]);
  });
});

const run = runCli;

describe('connection-status-i18n lint', () => {
  it('prints ESLint-like lines and a summary, and exits 1 on errors', async () => {
    const dir = writeDir({
      'en.json': en,
      'fr.json': edit(fr, 'informations transmises par {provider}.', 'informations transmises par {fournisseur}.'),
    });
    const result = await run('lint', dir);
    expect(result.code).toBe(1);
    const lines = result.out.split('\n');
    expect(lines[0]).toMatch(
      new RegExp(
        `^${join(dir, 'fr.json').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:6:\\d+  error  placeholders  status\\.finished\\.messageWithProvider: .+  \\(.+\\)$`,
      ),
    );
    expect(lines.at(-1)).toBe('✖ 1 problem (1 error, 0 warnings)');
  });

  it('exits 0 when there are only warnings', async () => {
    const dir = writeDir({ 'en.json': en, 'fr.json': edit(fr, '"title": "Mise à jour annulée"', '"title": "Update cancelled"') });
    const result = await run('lint', dir);
    expect(result.code).toBe(0);
    expect(result.out.split('\n').at(-1)).toBe('⚠ 1 problem (0 errors, 1 warning)');
  });

  it('prints JSON for CI with --format json', async () => {
    const dir = writeDir({ 'en.json': en, 'fr.json': unescapedQuote });
    const result = await run('lint', dir, '--format', 'json');
    expect(result.code).toBe(1);
    const report = JSON.parse(result.out) as { errors: number; warnings: number; problems: LintProblem[] };
    expect(report).toMatchObject({ errors: 1, warnings: 0 });
    expect(report.problems[0]).toMatchObject({
      file: join(dir, 'fr.json'),
      rule: 'invalid-json',
      severity: 'error',
      ...positionOf(unescapedQuote, 'à jour""'),
    });
  });

  it('prints a clean result for a clean folder', async () => {
    const dir = writeDir({ 'en.json': en, 'fr.json': fr, 'de.json': shipped('de') });
    const result = await run('lint', dir);
    expect(result).toEqual({ code: 0, out: '✔ no problems', err: '' });
  });

  it.each([
    [['lint', '/nonexistent/folder'], /no folder "\/nonexistent\/folder"/],
    [['lint', 'a', 'b'], /lint takes one folder/],
    [['lint', '--format', 'xml'], /--format must be text or json/],
  ])('refuses %j with a usage error', async (argv, message) => {
    const result = await run(...argv);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
  });
});
