/**
 * Helpers of the lint tests: the shipped catalogs edited as a translator would edit them, linted in a fresh folder,
 * and `describeRule`, which checks one rule against its failing and passing cases.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblems, type LintOptions, type LintProblem, lintLocales } from '../../src/toolkit/lint/index.js';
import type { Rule } from '../../src/toolkit/lint/rule.js';

export type Catalog = Record<string, Record<string, string | number>>;
/** The files of a folder to lint, by name. */
export type Files = Record<string, string | Uint8Array>;

export const shipped = (tag: string) => readFileSync(new URL(`../../locales/${tag}.json`, import.meta.url), 'utf8');
export const en = shipped('en');
export const fr = shipped('fr');
export const pl = shipped('pl');
export const fixture = (name: string) => new URL(`../toolkit/lint/fixtures/${name}/`, import.meta.url).pathname;

/** Replaces one occurrence of `from`; fails loudly when the text does not contain it, so a case cannot silently pass. */
export const edit = (text: string, from: string, to: string) => {
  if (!text.includes(from)) throw new Error(`test setup: ${JSON.stringify(from)} not found`);
  return text.replace(from, to);
};
export const change = (text: string, update: (catalog: Catalog) => void) => {
  const catalog = JSON.parse(text) as Catalog;
  update(catalog);
  return `${JSON.stringify(catalog, null, 2)}\n`;
};
export const entry = (catalog: Catalog, key: string) => catalog[key] as Record<string, string | number>;

export const writeDir = (files: Files) => {
  const dir = mkdtempSync(join(tmpdir(), 'lint-test-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
};
export const lintFiles = (files: Files, options?: LintOptions) => {
  const dir = writeDir(files);
  return { dir, problems: lintLocales(dir, options) };
};
/** The problems with file names relative to `dir`. */
export const relativeProblems = (dir: string, problems: readonly LintProblem[]) =>
  problems.map((problem) => ({ ...problem, file: problem.file.slice(dir.length + 1) }));

/** Line and column of the `nth` occurrence of `needle` in `text`. */
export const positionOf = (text: string, needle: string, nth = 0) => {
  let offset = -1;
  for (let i = 0; i <= nth; i++) {
    offset = text.indexOf(needle, offset + 1);
    if (offset < 0) throw new Error(`test setup: ${JSON.stringify(needle)} #${nth} not found`);
  }
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1) as string).length + 1 };
};

/** Files in which a rule must report one problem, and what the problem must say and where. */
export interface FailingCase {
  readonly name: string;
  readonly files: Files;
  /** The file (name) and text whose position the problem must point at. */
  readonly at?: readonly [file: string, needle: string, nth?: number];
  /** The file the problem must be in, when its position says nothing (a whole-file problem). */
  readonly file?: string;
  readonly message: RegExp;
  readonly hint?: RegExp;
  /** Default: error. */
  readonly severity?: 'error' | 'warning';
}

/** Files in which a rule must report nothing. */
export interface PassingCase {
  readonly name: string;
  readonly files: Files;
}

/**
 * The tests of one rule: in each failing case, exactly one problem of the rule matches the message, with its
 * severity, hint and position; in each passing case, the rule reports nothing. A rule has at least one of each.
 */
export const describeRule = (
  rule: Rule,
  { failing, passing }: { failing: readonly [FailingCase, ...FailingCase[]]; passing: readonly [PassingCase, ...PassingCase[]] },
) => {
  if (failing.length === 0 || passing.length === 0) throw new Error(`test setup: ${rule.name} needs a failing and a passing case`);
  describe(`the ${rule.name} rule`, () => {
    it.each(failing)('reports $name', ({ files, at, file, message, hint, severity }) => {
      const { dir, problems } = lintFiles(files);
      const matching = relativeProblems(dir, problems).filter((problem) => problem.rule === rule.name && message.test(problem.message));
      expect(matching, formatProblems(problems)).toHaveLength(1);
      const [problem] = matching as [LintProblem];
      expect(problem.severity).toBe(severity ?? 'error');
      if (hint) expect(problem.hint).toMatch(hint);
      expect(problem.hint.length).toBeGreaterThan(0);
      if (at) {
        const [name, needle, nth] = at;
        const text = files[name] as string;
        expect({ file: problem.file, line: problem.line, column: problem.column }).toEqual({
          file: name,
          ...positionOf(text, needle, nth),
        });
      } else if (file) {
        expect(problem.file).toBe(file);
      } else {
        expect.unreachable('test setup: a failing case says where its problem is reported, with `at` or `file`');
      }
    });

    it.each(passing)('does not report $name', ({ files }) => {
      const { problems } = lintFiles(files);
      expect(problems.filter((problem) => problem.rule === rule.name)).toEqual([]);
    });
  });
};
