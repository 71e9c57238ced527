/**
 * The registry: every rule, in the order of the README's rule table. Adding a rule is adding its file and one line
 * here. The order is also the order of the gates: `invalid-entry` checks that a field's value is a text before
 * `extra-field` checks its name, so a field with both problems is reported once, as invalid.
 */
import type { ProblemSeverity } from '../rule.js';
import { duplicateKey } from './duplicate-key.js';
import { empty } from './empty.js';
import { encoding } from './encoding.js';
import { extraField } from './extra-field.js';
import { extraKey } from './extra-key.js';
import { fileName } from './file-name.js';
import { icuSyntax } from './icu-syntax.js';
import { identicalToSource } from './identical-to-source.js';
import { invalidEntry } from './invalid-entry.js';
import { invalidJson } from './invalid-json.js';
import { maxLength } from './max-length.js';
import { missingDescription } from './missing-description.js';
import { missingField } from './missing-field.js';
import { missingKey } from './missing-key.js';
import { missingSource } from './missing-source.js';
import { placeholders } from './placeholders.js';
import { pluralBranches } from './plural-branches.js';
import { providerAfterBank } from './provider-after-bank.js';
import { selectBranches } from './select-branches.js';
import { stale } from './stale.js';

export const rules = [
  invalidJson,
  encoding,
  fileName,
  missingSource,
  duplicateKey,
  invalidEntry,
  missingKey,
  extraKey,
  missingField,
  extraField,
  icuSyntax,
  placeholders,
  pluralBranches,
  selectBranches,
  empty,
  identicalToSource,
  maxLength,
  providerAfterBank,
  stale,
  missingDescription,
] as const;

export type RegisteredRule = (typeof rules)[number];
export type RuleName = RegisteredRule['name'];

/** Every rule, with what it checks; the severity is the default one. */
export const lintRules = Object.fromEntries(rules.map(({ name, severity, description }) => [name, { severity, description }])) as {
  readonly [R in RegisteredRule as R['name']]: { readonly severity: R['severity']; readonly description: R['description'] };
} satisfies Record<RuleName, { severity: ProblemSeverity; description: string }>;
