/** The `message` command against the independent oracle (`support/oracle.ts`), and its usage errors. */
import { describe, expect, it } from 'vitest';
import { runCli } from './support/cli.js';
import { expected, localeCases, type SpecCase, specCase, specCases } from './support/oracle.js';

const run = runCli;

// The statuses the API documents, as the table spells them; the CLI refuses any other (a usage error, below).
const documentedStatuses = new Set(
  specCases.flatMap((spec) => (spec.name.startsWith('status ') ? [(spec.input as { status: string }).status] : [])),
);

/**
 * The command-line arguments that ask for a row of the specification table, or `undefined` when the CLI cannot:
 * it takes a code of digits only and a documented status, so junk and unknown statuses are usage errors.
 */
const argsOf = (spec: SpecCase): string[] | undefined => {
  const { input } = spec;
  const connection: Record<string, unknown> =
    typeof input === 'number' || typeof input === 'string'
      ? { status_code: input }
      : input !== null && typeof input === 'object' && !Array.isArray(input)
        ? input
        : {};
  const code = connection.status_code ?? null;
  const status = connection.status ?? null;
  const reason = spec.reason ?? connection.status_reason ?? null;
  if (code === null && status === null) return undefined;
  if (code !== null && !/^\d+$/.test(String(code))) return undefined;
  if (status !== null && !documentedStatuses.has(status as string)) return undefined;
  return [
    ...(code === null ? [] : [String(code)]),
    ...(status === null ? [] : ['--status', status as string]),
    ...(reason === null ? [] : ['--reason', reason as string]),
  ];
};
const cliCases = specCases.flatMap((spec) => {
  const args = argsOf(spec);
  return args ? [{ ...spec, args }] : [];
});

const localeArgs = (requested: string | readonly string[] | undefined) =>
  requested === undefined ? [] : ['--locale', typeof requested === 'string' ? requested : requested.join(',')];

describe('connection-status-i18n message', () => {
  it('can ask for most rows of the specification table', () => {
    expect(cliCases.length).toBeGreaterThanOrEqual(80);
  });

  it.each(cliCases)('prints the oracle’s message for $name in every locale, with and without a provider', async (spec) => {
    for (const [requested, locale] of localeCases) {
      for (const provider of [undefined, 'Sparkasse', "  O'Brien {Bank}  "]) {
        const providerArgs = provider === undefined ? [] : ['--provider', provider];
        const result = await run('message', ...spec.args, ...localeArgs(requested), ...providerArgs);
        const where = `${spec.args.join(' ')} in ${JSON.stringify(requested)} with ${JSON.stringify(provider)}`;
        expect(result, where).toEqual({ code: 0, out: expected(spec, locale, { provider }).message, err: '' });
      }
    }
  });

  it.each(cliCases)('prints the oracle’s answer for $name as JSON', async (spec) => {
    for (const [requested, locale] of [
      ['fr', 'fr'],
      ['pt-BR', 'pt'],
      ['ja', 'en'],
    ] as const) {
      const result = await run('message', ...spec.args, '--locale', requested, '--provider', 'ING', '--json');
      const { locale: answered, key, fallback, title, message, actionLabel, action, known } = JSON.parse(result.out);
      expect({ locale: answered, key, fallback, title, message, actionLabel, action, known }, requested).toEqual({
        ...expected(spec, locale, { provider: 'ING' }),
        action: spec.action,
        known: spec.known,
      });
    }
  });

  it('prints the message for a code, reason and locale', async () => {
    const result = await run('message', '201', '--reason', 'Bad Credentials', '--locale', 'fr');
    expect(result).toEqual({ code: 0, out: expected(specCase('code 201, reason "Bad Credentials"'), 'fr').message, err: '' });
  });

  it('prints the message for a status alone, with a provider', async () => {
    const result = await run('message', '--status', 'waiting user', '--locale', 'de', '--provider', 'Sparkasse');
    expect(result.out).toBe(expected(specCase('status "waiting user"'), 'de', { provider: 'Sparkasse' }).message);
    expect(result.out).toContain('Sparkasse');
  });

  it('accepts a list of locales in order of preference', async () => {
    expect((await run('message', '302', '--locale', 'ja,nl-BE')).out).toBe(expected(specCase('code 302'), 'nl').message);
  });

  it('lets an error code win over the status, like a connection object', async () => {
    expect((await run('message', '302', '--status', 'finished')).out).toBe(
      expected(specCase('a finished connection with error code 302'), 'en').message,
    );
  });

  it.each([
    [['message'], /give a status code/],
    [['message', 'abc'], /the code must be a number/],
    [['message', '-201'], /Unknown option '-2'/],
    [['message', '201.5'], /the code must be a number/],
    [['message', '201', '202'], /at most one code/],
    [['message', '--status', 'sleeping'], /unknown status "sleeping"/],
    [['message', '302', '--status', 'rebooting'], /unknown status "rebooting"/],
    [['message', '201', '--colour'], /Unknown option '--colour'/],
    [['message', '201', '--locale'], /argument missing/],
    [['frobnicate'], /unknown command "frobnicate"/],
  ])('refuses %j with a usage error and exit code 2', async (argv, error) => {
    const result = await run(...argv);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(error);
    expect(result.err).toContain('Usage: connection-status-i18n');
    expect(result.out).toBe('');
  });

  it('prints usage for --help with exit code 0', async () => {
    const result = await run('--help');
    expect(result.code).toBe(0);
    expect(result.out).toContain('message [code]');
  });
});
