import { main } from '../../src/cli.js';

/** Runs the CLI in process and collects what it prints, as a terminal would show it. */
export const runCli = async (...argv: string[]) => {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
};
