/** Lint problems for people: counted, and printed as ESLint prints them. */
import type { LintProblem } from './engine.js';

/** Counts of a lint run. */
export interface LintSummary {
  readonly errors: number;
  readonly warnings: number;
}

export const summarize = (problems: readonly LintProblem[]): LintSummary => ({
  errors: problems.filter((problem) => problem.severity === 'error').length,
  warnings: problems.filter((problem) => problem.severity === 'warning').length,
});

/**
 * Formats problems as ESLint does: one line per problem, then a summary line.
 *
 * @example
 * ```ts
 * formatProblems(lintLocales('locales'));
 * // locales/fr.json:12:5  error  placeholders  status.maintenance.titleWithProvider: placeholder {provider} is missing  (keep it …)
 * // ✖ 1 problem (1 error, 0 warnings)
 * ```
 */
export const formatProblems = (problems: readonly LintProblem[]): string => {
  const { errors, warnings } = summarize(problems);
  const lines = problems.map(
    (problem) =>
      `${problem.file}:${problem.line}:${problem.column}  ${problem.severity}  ${problem.rule}  ${problem.message}  (${problem.hint})`,
  );
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  lines.push(
    problems.length === 0
      ? '✔ no problems'
      : `${errors ? '✖' : '⚠'} ${plural(problems.length, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`,
  );
  return lines.join('\n');
};
