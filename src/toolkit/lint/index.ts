/**
 * `lint`: checks locale files the way translators write them (see `engine.ts`). One rule per file in `rules/`,
 * listed in `rules/index.ts`.
 */
export { lintCommand } from './command.js';
export { type LintOptions, type LintProblem, lintLocales } from './engine.js';
export { formatProblems, type LintSummary, summarize } from './format.js';
export { defaultLimits, type LengthLimit } from './limits.js';
export type { ProblemSeverity } from './rule.js';
export { lintRules, type RuleName } from './rules/index.js';
