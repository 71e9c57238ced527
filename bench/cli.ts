/**
 * The CLI's main job against Node's own start-up: `connection-status-i18n message 201 --locale fr` and
 * `node -e 0`, run in turn (paired, so that a busy moment of the machine hits both), median of the ratios.
 * Target of the issue "Fast where users feel it": at most 1.3x.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { printTable } from '../scripts/print-table.js';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const target = 1.3;

const wallTime = (args: readonly string[]): number => {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${result.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
};
const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

/** Prints the paired ratio; `runs` pairs (the issue measured 7). */
export const benchCli = (runs = 7): void => {
  const node: number[] = [];
  const message: number[] = [];
  wallTime(['-e', '0']);
  wallTime([cli, 'message', '201', '--locale', 'fr']);
  for (let i = 0; i < runs; i++) {
    node.push(wallTime(['-e', '0']));
    message.push(wallTime([cli, 'message', '201', '--locale', 'fr']));
  }
  const ratio = median(message.map((ms, i) => ms / (node[i] as number)));
  console.log(`\nThe CLI's main job, process wall time, median of ${runs} paired runs.\n`);
  printTable(
    ['case', 'node -e 0', 'message 201 --locale fr', 'ratio', 'target', ''],
    [
      [
        'CLI message vs node -e 0',
        `${median(node).toFixed(1)} ms`,
        `${median(message).toFixed(1)} ms`,
        `${ratio.toFixed(2)}x`,
        `<= ${target}x`,
        ratio <= target ? 'met' : 'MISSED',
      ],
    ],
  );
};
