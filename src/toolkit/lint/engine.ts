/**
 * `lint`: checks locale files the way translators write them, before they are compiled and shipped. Every problem
 * points at `file:line:column`, names a rule and says how to fix it, like ESLint. Translations are compared with
 * the source locale (`en.json`) of the same folder, so the linter works on any catalog folder, not only ours.
 *
 * The engine reads the files, walks each one (`catalog.ts`) and collects what the rules (`rules/`) report.
 */
import { readFileSync } from 'node:fs';
import { catalogKeys } from '../../runtime/catalog.js';
import { assertLocaleTag, type LocaleFileEntry, listLocaleFiles } from '../files.js';
import { lineLocator } from '../json-source.js';
import { lintCatalog } from './catalog.js';
import { hookRunner, type RunHooks } from './hooks.js';
import { defaultLimits, type LengthLimits } from './limits.js';
import type { FileContext, ProblemSeverity, Report } from './rule.js';
import type { RuleName } from './rules/index.js';
import { type Source, sourceOf } from './source.js';

/** One problem found in a locale file. */
export interface LintProblem {
  /** The file as given: `dir` joined with the file name. */
  readonly file: string;
  /** 1-based line and column (UTF-16 code units) of the key, value or character at fault. */
  readonly line: number;
  readonly column: number;
  readonly rule: RuleName;
  readonly severity: ProblemSeverity;
  readonly message: string;
  /** How to fix it, for the person editing the file. */
  readonly hint: string;
}

export interface LintOptions {
  /** The tag of the source locale, whose file (`<tag>.json`) every translation is compared with. Default `en`. */
  readonly sourceLocale?: string;
  /** The keys the source locale must hold; default: `catalogKeys`. `null` accepts the source's own keys. */
  readonly keys?: readonly string[] | null;
  /** Per-rule severity, or `off`, over the defaults of `lintRules`. */
  readonly rules?: Partial<Record<RuleName, ProblemSeverity | 'off'>>;
  /** Length limits for titles (`title`, `titleWithProvider`) and button labels (`label`). */
  readonly limits?: LengthLimits;
  /** How many characters `{provider}` counts for in a length (a typical bank name). Default 10. */
  readonly providerLength?: number;
}

type Locate = (offset: number) => { readonly line: number; readonly column: number };
/** Where a problem of a whole file (a missing or misnamed file) is reported. */
const atStart: Locate = () => ({ line: 1, column: 1 });

/** The hooks of one file, reporting into `problems` with each rule's severity, unless `overrides` changes it. */
const collector =
  (problems: LintProblem[], overrides: LintOptions['rules']) =>
  (file: string, at: Locate): RunHooks =>
    hookRunner(
      (rule): Report =>
        (offset, message, hint, severity = rule.severity) => {
          const effective = overrides?.[rule.name] ?? severity;
          if (effective === 'off') return;
          problems.push({ file, ...at(offset), rule: rule.name, severity: effective, message, hint });
        },
    );

/** Reads and lints one locale file; returns its root object, or undefined when it cannot be walked. */
const lintFile = (
  hooksIn: ReturnType<typeof collector>,
  facts: Omit<FileContext, 'lineOf'>,
  keys: readonly string[] | null,
  source: Source | undefined,
) => {
  const bytes = readFileSync(facts.file);
  // Decoded leniently so that a file with a bad byte is still linted; `encoding` reports the byte and the BOM.
  const decoded = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const text = decoded.startsWith('\uFEFF') ? decoded.slice(1) : decoded;
  const at = lineLocator(text);
  const run = hooksIn(facts.file, at);
  const file = { ...facts, lineOf: (offset: number) => at(offset).line };
  run('file', { ...file, bytes, text });
  return lintCatalog(text, file, run, keys, source);
};

/** By file (files that are not locales first, then the source, then the translations), line, column and rule. */
const inOrder = (problems: LintProblem[], locales: readonly LocaleFileEntry[]) => {
  const order = new Map(locales.map(({ file }, index) => [file, index]));
  return problems.sort(
    (a, b) =>
      (order.get(a.file) ?? -1) - (order.get(b.file) ?? -1) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule),
  );
};

/**
 * Lints every locale file of `dir` (`<tag>.json`; `schema.json` and other files are skipped) against the
 * source locale of the same folder. Problems are sorted by file (source first), line and column.
 *
 * @example
 * ```ts
 * const problems = lintLocales('locales');
 * const errors = problems.filter((p) => p.severity === 'error');
 * // [{ file: 'locales/fr.json', line: 12, column: 5, rule: 'placeholders', severity: 'error', … }]
 * ```
 */
export const lintLocales = (dir: string, options: LintOptions = {}): LintProblem[] => {
  const sourceTag = assertLocaleTag(options.sourceLocale ?? 'en');
  const settings = { sourceTag, limits: { ...defaultLimits, ...options.limits }, providerLength: options.providerLength ?? 10 };
  const keys = options.keys === undefined ? catalogKeys : options.keys;
  const { locales, others } = listLocaleFiles(dir, sourceTag);
  const problems: LintProblem[] = [];
  const hooksIn = collector(problems, options.rules);

  for (const other of others) hooksIn(other.file, atStart)('otherFile', other);
  // The source comes first in `locales`; without a usable one, translations get the checks that need no comparison.
  let source: Source | undefined;
  for (const { tag, file } of locales) {
    const isSource = tag === sourceTag;
    const root = lintFile(hooksIn, { ...settings, file, tag, isSource }, keys, isSource ? undefined : source);
    if (isSource) {
      source = root && sourceOf(root);
      hooksIn(file, atStart)('sourceFile', { dir, sourceTag, file, state: root ? 'read' : 'unreadable' });
    }
  }
  if (!locales.some((locale) => locale.tag === sourceTag)) {
    const file = `${dir.replace(/[\\/]+$/, '')}/${sourceTag}.json`;
    hooksIn(file, atStart)('sourceFile', { dir, sourceTag, file, state: 'absent' });
  }
  return inOrder(problems, locales);
};
