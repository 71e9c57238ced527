/**
 * The CLI's error for a mistaken command line, in its own module so that subcommand modules (`lint`, `export`, …)
 * can throw it without importing `cli.ts`, which imports them (a cycle would leave the `commands` map half built).
 */

/** A mistake in the command line: printed with the usage, exit code 2. */
export class UsageError extends Error {}
