import { describe, expect, it } from 'vitest';
import { describeStatus, getStatusMessage } from '../src/index.js';
import { runCli } from './support/cli.js';

const run = runCli;

describe('connection-status-i18n message', () => {
  it('prints the message for a code, reason and locale', async () => {
    const result = await run('message', '201', '--reason', 'Bad Credentials', '--locale', 'fr');
    expect(result).toEqual({ code: 0, out: getStatusMessage(201, 'fr', { reason: 'Bad Credentials' }), err: '' });
  });

  it('prints the message for a status alone, with a provider', async () => {
    const result = await run('message', '--status', 'waiting user', '--locale', 'de', '--provider', 'Sparkasse');
    expect(result.out).toBe(getStatusMessage({ status: 'waiting user' }, 'de', { provider: 'Sparkasse' }));
    expect(result.out).toContain('Sparkasse');
  });

  it('accepts a list of locales in order of preference', async () => {
    expect((await run('message', '302', '--locale', 'ja,nl-BE')).out).toBe(getStatusMessage(302, 'nl'));
  });

  it('prints the describeStatus result as JSON', async () => {
    const result = await run('message', '207', '--json');
    expect(JSON.parse(result.out)).toEqual(describeStatus(207, undefined));
  });

  it('lets an error code win over the status, like a connection object', async () => {
    expect((await run('message', '302', '--status', 'error')).out).toBe(getStatusMessage(302));
  });

  it.each([
    [['message'], /give a status code/],
    [['message', 'abc'], /the code must be a number/],
    [['message', '201', '202'], /at most one code/],
    [['message', '--status', 'sleeping'], /unknown status "sleeping"/],
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
