#!/usr/bin/env node
/**
 * The `connection-status-i18n` command. Each subcommand is a function of its arguments that returns an exit code
 * and writes through `io`, so tests run it in process.
 */
import { parseArgs } from 'node:util';
import { statusNames } from './core.js';
import type { Io } from './toolkit/io.js';
import { UsageError } from './toolkit/usage-error.js';

export type { Io } from './toolkit/io.js';

export { UsageError } from './toolkit/usage-error.js';

const usageText = (shipped: readonly string[]) => `Usage: connection-status-i18n <command> [options]

Commands:
  message [code] [--reason R] [--status S] [--locale L] [--provider P] [--json]
      Print the end-user message for a status code and/or status.
      code      an API status_code, e.g. 201 (optional when --status is given)
      --reason  the status_reason, e.g. "Bad Credentials"
      --status  the API status, e.g. "waiting user"
      --locale  a BCP 47 tag or a comma-separated list (default: en); shipped: ${shipped.join(', ')}
      --provider  the bank's name, e.g. "BNP Paribas"
      --json    print the full describeStatus() result as JSON
  export --format xliff|po --locale L [--out FILE] [DIR]
      Write a locale's texts for a translation platform: XLIFF 2.0 or gettext PO, one unit per key and field,
      English as source, descriptions as notes, stale translations flagged. DIR holds en.json (default: locales).
  import FILE [--create] [DIR]
      Bring a translated .xlf or .po file back into DIR/<locale>.json (--create: start a new locale file). Refuses,
      writing nothing, a file with an invalid locale, unknown keys, invalid ICU or placeholders unlike English.
  preview [--out FILE.html] [--provider P] [DIR]
      Write an HTML page with every key rendered in every locale, missing and stale texts highlighted.
  lint [DIR] [--format text|json]
      Check every locale file of DIR (default: locales) against DIR/en.json: JSON and ICU syntax, keys, fields,
      placeholders, plural branches, empty or untranslated texts, lengths, stale translations. Prints
      file:line:column, the rule and a hint; exit 1 on errors, 0 on warnings only.
  coverage [DIR] [--min N] [--format text|json]
      Table of translated / stale / missing keys per locale; exit 1 when a locale is under N percent.
  confirm --locale L [--key K] [DIR]
      After checking a stale translation against the new English text: mark it up to date (stamps sourceHash).
      Without --key, confirms every stale translation of L.
  pseudo [DIR] [--out OUTDIR]
      Write the pseudo-locales en-XA (accented, ~35% longer) and en-XB (right to left) made from DIR/en.json into
      OUTDIR (default: pseudo-locales), to test layouts.

Examples:
  connection-status-i18n message 201 --reason "Bad Credentials" --locale fr
  connection-status-i18n message --status "waiting user" --locale de --provider Sparkasse
`;

// The main job loads `core` and the one locale it needs (plus English), not the 25 locales of the main entry: a
// command line pays for every module it loads before it prints anything.
const message = async (args: string[], io: Io): Promise<number> => {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      reason: { type: 'string' },
      status: { type: 'string' },
      locale: { type: 'string' },
      provider: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  if (positionals.length > 1) throw new UsageError(`expected at most one code, got ${positionals.length}: ${positionals.join(' ')}`);
  const [code] = positionals;
  if (code === undefined && values.status === undefined)
    throw new UsageError('give a status code (e.g. 201) or --status (e.g. --status "in progress")');
  if (code !== undefined && !/^\d+$/.test(code)) throw new UsageError(`the code must be a number such as 201, got "${code}"`);
  if (
    values.status !== undefined &&
    !statusNames.some((s) => s.replace(/\s+/g, '') === values.status?.toLowerCase().replace(/[\s_-]+/g, ''))
  ) {
    throw new UsageError(`unknown status "${values.status}"; expected one of: ${statusNames.join(', ')}`);
  }
  const locale = values.locale?.split(',').map((tag) => tag.trim());
  const input = { status: values.status ?? null, status_code: code ?? null, status_reason: values.reason ?? null };
  const options = { provider: values.provider ?? null };
  const [{ createStatusMessages }, { loadLocale }] = await Promise.all([import('./core.js'), import('./load-locale.js')]);
  const messages = createStatusMessages({ locales: await Promise.all([loadLocale('en'), loadLocale(locale)]) });
  io.out(
    values.json
      ? JSON.stringify(messages.describeStatus(input, locale, options), null, 2)
      : messages.getStatusMessage(input, locale, options),
  );
  return 0;
};

const usage = async () => usageText((await import('./load-locale.js')).loadableLocales);

type Command = (args: string[], io: Io) => number | Promise<number>;

// Each command is loaded when it runs, so that `message` does not load the linter, the exchange formats or the
// preview with their dependencies.
const commands: Readonly<Record<string, () => Promise<Command>>> = {
  message: async () => message,
  export: async () => (await import('./toolkit/exchange/exchange.js')).exportCommand,
  import: async () => (await import('./toolkit/exchange/exchange.js')).importCommand,
  preview: async () => (await import('./toolkit/preview.js')).previewCommand,
  lint: async () => (await import('./toolkit/lint/index.js')).lintCommand,
  coverage: async () => (await import('./toolkit/coverage.js')).coverageCommand,
  confirm: async () => (await import('./toolkit/confirm.js')).confirmCommand,
  pseudo: async () => (await import('./toolkit/pseudo.js')).pseudoCommand,
};

/** Runs the CLI with `argv` (without `node` and the script); resolves to the exit code. */
export const main = async (argv: readonly string[], io: Io): Promise<number> => {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(await usage());
    return name === undefined ? 2 : 0;
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  try {
    if (!command) throw new UsageError(`unknown command "${name}"; expected one of: ${Object.keys(commands).join(', ')}`);
    return await (await command())(args, io);
  } catch (error) {
    const isUsage =
      error instanceof UsageError || (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'));
    io.err(`connection-status-i18n: ${error instanceof Error ? error.message : String(error)}`);
    if (isUsage) io.err(`\n${await usage()}`);
    return isUsage ? 2 : 1;
  }
};

const isEntryPoint = (() => {
  try {
    return process.argv[1] !== undefined && /(cli\.(c?js|ts)|connection-status-i18n)$/.test(process.argv[1]);
  } catch {
    return false;
  }
})();

if (isEntryPoint) {
  main(process.argv.slice(2), { out: (text) => console.log(text), err: (text) => console.error(text) }).then((code) => {
    process.exitCode = code;
  });
}
