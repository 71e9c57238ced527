/**
 * Cold start: each case runs in a fresh `node` process (no JIT, no module cache), interleaved so that machine
 * noise hits every case alike; the median of the runs is reported. The time is measured inside the process, from
 * before the import to after the first message, so Node's own start-up (reported apart) does not blur the ratio.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { flatMessages, i18nextOptions } from './resources.js';

export interface ColdCase {
  readonly id: 'floor' | 'main' | 'i18nextAll' | 'core' | 'i18nextEnFr';
  readonly name: string;
  /** Script in bench/cold/, and its arguments. */
  readonly script: string;
  readonly args?: readonly string[];
}

export interface ColdResult {
  readonly id: ColdCase['id'];
  readonly name: string;
  /** Median in-process time from import to first message, in ms. */
  readonly ms: number;
  /** Median wall time of the whole process, Node start-up included, in ms. */
  readonly processMs: number;
  readonly message: string;
}

const root = fileURLToPath(new URL('..', import.meta.url));
const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

const runOnce = (coldCase: ColdCase): { ms: number; processMs: number; message: string } => {
  const started = performance.now();
  const child = spawnSync(process.execPath, [join(root, 'bench', 'cold', coldCase.script), ...(coldCase.args ?? [])], {
    cwd: root,
    encoding: 'utf8',
  });
  const processMs = performance.now() - started;
  if (child.status !== 0) throw new Error(`cold start "${coldCase.name}" failed (exit ${child.status}):\n${child.stderr}`);
  const { ms, message } = JSON.parse(child.stdout) as { ms: number; message: string };
  return { ms, processMs, message };
};

/**
 * The cases, pairing each entry point with i18next holding the same locales: the main entry with every shipped
 * locale, `core` with `en` and `fr`. Writes the i18next options files to a temporary folder; call `cleanUp` after.
 */
export const coldCases = (shippedTags: readonly string[]): { cases: ColdCase[]; cleanUp: () => void } => {
  const dir = mkdtempSync(join(tmpdir(), 'csi18n-bench-'));
  const optionsFile = (name: string, tags: readonly string[]) => {
    const file = join(dir, `${name}.json`);
    writeFileSync(file, JSON.stringify(i18nextOptions(Object.fromEntries(tags.map((tag) => [tag, flatMessages(tag)])), 'fr')));
    return file;
  };
  return {
    cases: [
      { id: 'floor', name: 'node, import of an empty module (floor)', script: 'empty.mjs' },
      { id: 'main', name: `main entry (${shippedTags.length} locales)`, script: 'package-main.mjs' },
      { id: 'i18nextAll', name: `i18next (${shippedTags.length} locales)`, script: 'i18next.mjs', args: [optionsFile('all', shippedTags)] },
      { id: 'core', name: 'core + locales/en + locales/fr', script: 'package-core.mjs' },
      { id: 'i18nextEnFr', name: 'i18next (en, fr)', script: 'i18next.mjs', args: [optionsFile('en-fr', ['en', 'fr'])] },
    ],
    cleanUp: () => rmSync(dir, { recursive: true, force: true }),
  };
};

/** Runs every case `runs` times, round-robin, and returns the medians. */
export const measureColdStarts = (cases: readonly ColdCase[], runs: number): ColdResult[] => {
  const samples = cases.map(() => ({ ms: [] as number[], processMs: [] as number[], message: '' }));
  for (let run = 0; run < runs; run++) {
    cases.forEach((coldCase, i) => {
      const result = runOnce(coldCase);
      const sample = samples[i] as (typeof samples)[number];
      sample.ms.push(result.ms);
      sample.processMs.push(result.processMs);
      sample.message = result.message;
    });
  }
  return cases.map((coldCase, i) => {
    const sample = samples[i] as (typeof samples)[number];
    return { id: coldCase.id, name: coldCase.name, ms: median(sample.ms), processMs: median(sample.processMs), message: sample.message };
  });
};
