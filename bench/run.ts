/**
 * `npm run bench`: what showing a localized connection status costs, against what an app would otherwise use,
 * all measured in one run on one machine so that the ratios compare like with like.
 *
 * It measures the BUILT package (`dist/`, as users get it) and so runs `npm run build` first; pass `--no-build`
 * to measure the current `dist/` as is. `--time <ms>` sets tinybench's time per task, `--rounds <n>` how many
 * times every task runs (each keeps its best round), `--cold-runs <n>` the fresh processes per cold-start case.
 *
 * A report, not a test: the targets of issue 3 are printed as met or missed and the exit code is 0 whatever the
 * timings (machines are noisy; CI enforces the size budgets only). It exits 1 only when it cannot measure, e.g.
 * when the libraries do not return the same text, which would make the comparison meaningless.
 */
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createIntl } from '@formatjs/intl';
import i18next from 'i18next';
import { Bench } from 'tinybench';
import { printTable } from '../scripts/print-table.js';
import { benchCli } from './cli.js';
import { type ColdResult, coldCases, measureColdStarts } from './cold-start.js';
import { benchNegotiation } from './negotiate.js';
import { flatMessages, i18nextOptions } from './resources.js';

const { values: args } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    time: { type: 'string', default: '500' },
    rounds: { type: 'string', default: '3' },
    'cold-runs': { type: 'string', default: '10' },
  },
});
const taskTime = Number(args.time);
const rounds = Number(args.rounds);
const coldRuns = Number(args['cold-runs']);
// Calls per sample in the batched measurement: enough to make the timer's own cost negligible.
const batch = 1000;

if (!args['no-build']) {
  console.error('Building the package (npm run build) so that the benchmark measures dist/ …');
  const build = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) {
    console.error('npm run build failed; fix the build or pass --no-build to measure the existing dist/.');
    process.exit(1);
  }
}

// Loaded through the package's own `exports`, so these are the built files of dist/. A specifier in a variable
// keeps TypeScript from resolving dist/ (absent before a build); the types are those of the sources it is built from.
const load = (specifier: string): Promise<unknown> => import(specifier);
const pkg = (await load('connection-status-i18n')) as typeof import('../src/index.js');
const core = (await load('connection-status-i18n/core')) as typeof import('../src/core.js');
const { en } = (await load('connection-status-i18n/locales/en')) as typeof import('../generated/locales/en.js');
const { fr } = (await load('connection-status-i18n/locales/fr')) as typeof import('../generated/locales/fr.js');

// The same texts for every library: the flat form of locales/fr.json and locales/en.json.
const frMessages = flatMessages('fr');
const enMessages = flatMessages('en');

const i18n = i18next.createInstance();
await i18n.init(i18nextOptions({ fr: frMessages, en: enMessages }, 'fr'));
const intl = createIntl({ locale: 'fr', defaultLocale: 'en', messages: frMessages, onError: () => {} });
const coreMessages = core.createStatusMessages({ locales: [en, fr] });

// Inputs live outside the measured functions: what is timed is the library, not building its arguments.
const reason = { reason: 'Bad Credentials' } as const;
const withProvider = { provider: 'BNP Paribas' } as const;
const connection = { status: 'error', status_code: 302, status_reason: 'Session Expired' } as const;
const plainId = { id: 'code.201.bad_credentials.message' } as const;
const providerId = { id: 'code.302.messageWithProvider' } as const;
const fallbackKeys = ['code.207.message', 'category.2xx.message'];
const propertyKey = 'code.201.bad_credentials.message';
// Results go to a variable the engine must keep, so no call is optimized away.
let sink: unknown;

interface Case {
  readonly name: string;
  readonly run: () => unknown;
  /** The text it must return, from locales/fr.json. */
  readonly expected: string;
}

const cases = {
  property: { name: 'property read (limit)', run: () => frMessages[propertyKey], expected: frMessages[propertyKey] },
  plain: {
    name: "getStatusMessage(201, 'fr', { reason })",
    run: () => pkg.getStatusMessage(201, 'fr', reason),
    expected: frMessages['code.201.bad_credentials.message'],
  },
  category: {
    name: "getStatusMessage(207, 'fr') → 2xx",
    run: () => pkg.getStatusMessage(207, 'fr'),
    expected: frMessages['category.2xx.message'],
  },
  connection: {
    name: "getStatusMessage(connection, 'fr')",
    run: () => pkg.getStatusMessage(connection, 'fr'),
    expected: frMessages['code.302.message'],
  },
  provider: {
    name: "getStatusMessage(302, 'fr', { provider })",
    run: () => pkg.getStatusMessage(302, 'fr', withProvider),
    expected: frMessages['code.302.messageWithProvider']?.replace('{provider}', withProvider.provider),
  },
  core: {
    name: 'core (en, fr): same as 201 + reason',
    run: () => coreMessages.getStatusMessage(201, 'fr', reason),
    expected: frMessages['code.201.bad_credentials.message'],
  },
  i18next: {
    name: 'i18next t(key)',
    run: () => i18n.t('code.201.bad_credentials.message'),
    expected: frMessages['code.201.bad_credentials.message'],
  },
  i18nextList: { name: 'i18next t([207, 2xx])', run: () => i18n.t(fallbackKeys), expected: frMessages['category.2xx.message'] },
  i18nextProvider: {
    name: 'i18next t(key, { provider })',
    run: () => i18n.t('code.302.messageWithProvider', withProvider),
    expected: frMessages['code.302.messageWithProvider']?.replace('{provider}', withProvider.provider),
  },
  formatjs: { name: 'formatMessage(id)', run: () => intl.formatMessage(plainId), expected: frMessages['code.201.bad_credentials.message'] },
  formatjsProvider: {
    name: 'formatMessage(id, { provider })',
    run: () => intl.formatMessage(providerId, withProvider),
    expected: frMessages['code.302.messageWithProvider']?.replace('{provider}', withProvider.provider),
  },
} satisfies Record<string, { name: string; run: () => unknown; expected: string | undefined }>;
type CaseId = keyof typeof cases;

const mismatches = Object.values(cases as Record<string, Case>).filter((c) => typeof c.expected !== 'string' || c.run() !== c.expected);
if (mismatches.length > 0) {
  for (const c of mismatches) console.error(`${c.name} returned ${JSON.stringify(c.run())}, expected ${JSON.stringify(c.expected)}`);
  console.error('The libraries must show the same texts for the comparison to mean anything; fix bench/run.ts or the catalogs.');
  process.exit(1);
}

/**
 * Two measurements per case. "Per call": tinybench times each call, as in the reference figures, so a
 * call costs the timer's overhead too (~40 ns), which dominates the fastest cases. "Batched": each sample makes
 * `batch` calls, which shows what a call itself costs.
 */
const measure = async (perSample: number) => {
  const bench = new Bench({ time: taskTime, warmupTime: Math.min(taskTime, 300) });
  for (const [id, c] of Object.entries(cases as Record<string, Case>)) {
    const { run } = c;
    bench.add(
      id,
      perSample === 1
        ? () => {
            sink = run();
          }
        : () => {
            for (let i = 0; i < perSample; i++) sink = run();
          },
    );
  }
  await bench.run();
  return Object.fromEntries(
    bench.tasks.map((task) => {
      const result = task.result;
      if (result.state !== 'completed') throw new Error(`benchmark task ${task.name} ended as ${result.state}`);
      // Calls per second over the whole run (runs / total time): robust to samples below the timer's resolution.
      return [task.name, (1000 / result.latency.mean) * perSample];
    }),
  ) as Record<CaseId, number>;
};

// Other processes on the machine only ever slow a task down, so each task keeps its best round.
const perCallRounds: Record<CaseId, number>[] = [];
const batchedRounds: Record<CaseId, number>[] = [];
for (let round = 1; round <= Math.max(1, rounds); round++) {
  console.error(`Round ${round} of ${rounds}: per call, then batched (${batch} calls per sample) …`);
  perCallRounds.push(await measure(1));
  batchedRounds.push(await measure(batch));
}
const bestOf = (results: readonly Record<CaseId, number>[]) =>
  Object.fromEntries((Object.keys(cases) as CaseId[]).map((id) => [id, Math.max(...results.map((r) => r[id]))])) as Record<CaseId, number>;
const perCall = bestOf(perCallRounds);
const batched = bestOf(batchedRounds);

console.error('Allocations per call …');
const allocationRun = spawnSync(
  process.execPath,
  ['--min-semi-space-size=64', '--max-semi-space-size=64', fileURLToPath(new URL('allocations.mjs', import.meta.url))],
  { encoding: 'utf8' },
);
if (allocationRun.status !== 0) {
  console.error(`bench/allocations.mjs failed:\n${allocationRun.stderr}`);
  process.exit(1);
}
const allocations = JSON.parse(allocationRun.stdout) as Partial<Record<CaseId, number>>;
void sink;

console.error(`Cold starts (${coldRuns} fresh processes per case) …`);
const { cases: coldList, cleanUp } = coldCases(pkg.supportedLocales);
let cold: ColdResult[];
try {
  cold = measureColdStarts(coldList, coldRuns);
} finally {
  cleanUp();
}
const coldMessage = frMessages['code.201.bad_credentials.message'];
for (const c of cold) {
  if (c.id !== 'floor' && c.message !== coldMessage) {
    console.error(`cold start "${c.name}" showed ${JSON.stringify(c.message)}, expected ${JSON.stringify(coldMessage)}`);
    process.exit(1);
  }
}

// Report.
const formatOps = (ops: number) => (ops >= 1e6 ? `${(ops / 1e6).toFixed(1)}M` : ops >= 1e3 ? `${(ops / 1e3).toFixed(0)}k` : ops.toFixed(0));
const formatRatio = (ratio: number) => (ratio >= 10 ? `${ratio.toFixed(0)}x` : `${ratio.toFixed(2)}x`);

console.log(
  `\nconnection-status-i18n benchmark — Node ${process.version}, ${process.platform}/${process.arch}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ` +
    `load average ${loadavg()[0]?.toFixed(1)} at the end, tinybench ${taskTime} ms per task, best of ${rounds} rounds`,
);
console.log(
  `Locale fr, the same texts (locales/fr.json) for every library. ops/s per call (tinybench default: the timer's cost is in every sample),\n` +
    `batched (${batch} calls per sample: what a call itself costs), bytes allocated per call after warm-up (ours only, bench/allocations.mjs).\n`,
);
printTable(
  ['case', 'ops/s per call', 'vs property', 'ops/s batched', 'ns/call batched', 'vs property', 'bytes/call'],
  (Object.keys(cases) as CaseId[]).map((id) => [
    cases[id].name,
    formatOps(perCall[id]),
    formatRatio(perCall[id] / perCall.property),
    formatOps(batched[id]),
    (1e9 / batched[id]).toFixed(1),
    formatRatio(batched[id] / batched.property),
    allocations[id] === undefined ? '' : (allocations[id] as number).toFixed(0),
  ]),
);

for (const [name, bytes] of Object.entries(allocations)) {
  if (!(name in cases)) console.log(`also allocated per call: ${name} ${bytes?.toFixed(0)} bytes`);
}

console.log(
  `\nCold start: import + first message in a fresh process, median of ${coldRuns} (process wall time includes Node's start-up).\n`,
);
printTable(
  ['case', 'import + first message', 'process wall time'],
  cold.map((c) => [c.name, `${c.ms.toFixed(2)} ms`, `${c.processMs.toFixed(1)} ms`]),
);

interface Check {
  readonly name: string;
  readonly perCall: number;
  /** Absent for cold starts, which have one measurement. */
  readonly batched?: number;
  /** The ratio wanted: at least `min`, or at most `max`; neither for a figure shown for reference. */
  readonly min?: number;
  readonly max?: number;
}
const ratio = (a: CaseId, b: CaseId, name: string, min?: number): Check => ({
  name,
  perCall: perCall[a] / perCall[b],
  batched: batched[a] / batched[b],
  min,
});
const coldMs = (id: ColdResult['id']) => cold.find((c) => c.id === id)?.ms ?? Number.NaN;
const coldRatio = (ours: ColdResult['id'], theirs: ColdResult['id'], name: string): Check => ({
  name,
  perCall: coldMs(ours) / coldMs(theirs),
  max: 0.2,
});
const checks: Check[] = [
  ratio('plain', 'property', '201 + reason vs property read', 0.5),
  ratio('category', 'property', '207 (category fallback) vs property read', 0.5),
  ratio('connection', 'property', 'connection object vs property read', 0.5),
  ratio('category', 'i18nextList', '207 vs i18next t() with a key list', 50),
  ratio('plain', 'i18next', '201 + reason vs i18next t() (reference, no target)'),
  ratio('plain', 'formatjs', '201 + reason vs formatMessage plain', 20),
  ratio('provider', 'formatjsProvider', 'with provider vs formatMessage with a value', 5),
  coldRatio('main', 'i18nextAll', 'cold start, main entry vs i18next (all locales)'),
  coldRatio('core', 'i18nextEnFr', 'cold start, core + en + fr vs i18next (en, fr)'),
];
const verdict = (check: Check, value: number | undefined) =>
  value === undefined || (check.min === undefined && check.max === undefined)
    ? ''
    : (check.min === undefined || value >= check.min) && (check.max === undefined || value <= check.max)
      ? 'met'
      : 'MISSED';

console.log('\nTargets (issue 3); timings are a report, never a CI failure.\n');
printTable(
  ['target', 'wanted', 'per call', '', 'batched', ''],
  checks.map((check) => [
    check.name,
    check.min !== undefined ? `>= ${check.min}x` : check.max !== undefined ? `<= ${check.max}x` : '',
    formatRatio(check.perCall),
    verdict(check, check.perCall),
    check.batched === undefined ? '' : formatRatio(check.batched),
    verdict(check, check.batched),
  ]),
);

await benchNegotiation({ negotiateLocale: pkg.negotiateLocale, supported: pkg.supportedLocales, taskTime, rounds });

benchCli(Number(args['cold-runs']));
