/** The `lint` command of the CLI. */
import { existsSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Io } from '../io.js';
import { UsageError } from '../usage-error.js';
import { lintLocales } from './engine.js';
import { formatProblems, summarize } from './format.js';

/** `lint [dir] [--format json|text] [--source tag]`: exit 1 on errors, 0 on warnings only. */
export const lintCommand = (args: string[], io: Io): number => {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { format: { type: 'string', default: 'text' }, source: { type: 'string', default: 'en' } },
  });
  if (positionals.length > 1) throw new UsageError(`lint takes one folder, got ${positionals.length}: ${positionals.join(' ')}`);
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`--format must be text or json, got "${values.format}"`);
  const dir = positionals[0] ?? 'locales';
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new UsageError(`no folder "${dir}": give the folder that holds en.json and the translations`);
  }
  const problems = lintLocales(dir, { sourceLocale: values.source });
  const { errors, warnings } = summarize(problems);
  io.out(values.format === 'json' ? JSON.stringify({ errors, warnings, problems }, null, 2) : formatProblems(problems));
  return errors > 0 ? 1 : 0;
};
