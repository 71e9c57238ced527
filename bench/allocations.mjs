// Bytes allocated per call on the hot path, after warm-up: run by bench/run.ts as
// `node --min-semi-space-size=64 --max-semi-space-size=64 bench/allocations.mjs`, so that the young generation
// is large enough for a measured batch to fit without a garbage collection, and its growth is what the calls
// allocated. Prints one JSON object: case name → bytes per call (0 means the call allocates nothing).
import { getHeapSpaceStatistics } from 'node:v8';

const { getStatusMessage } = await import('connection-status-i18n');
const { createStatusMessages } = await import('connection-status-i18n/core');
const { en } = await import('connection-status-i18n/locales/en');
const { fr } = await import('connection-status-i18n/locales/fr');
const core = createStatusMessages({ locales: [en, fr] });

const reason = { reason: 'Bad Credentials' };
const withProvider = { provider: 'BNP Paribas' };
const connection = { status: 'error', status_code: 302, status_reason: 'Session Expired' };
const tags = ['de-CH', 'fr'];
const cases = {
  baseline: () => undefined,
  plain: () => getStatusMessage(201, 'fr', reason),
  category: () => getStatusMessage(207, 'fr'),
  connection: () => getStatusMessage(connection, 'fr'),
  provider: () => getStatusMessage(302, 'fr', withProvider),
  core: () => core.getStatusMessage(201, 'fr', reason),
  "getStatusMessage(205, ['de-CH', 'fr'])": () => getStatusMessage(205, tags),
};

const calls = 20_000;
let sink;
const youngUsed = () => getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')?.space_used_size ?? 0;
const measure = (fn) => {
  for (let i = 0; i < 100_000; i++) sink = fn();
  for (let attempt = 0; attempt < 10; attempt++) {
    const before = youngUsed();
    for (let i = 0; i < calls; i++) sink = fn();
    const after = youngUsed();
    // A collection during the batch shrinks the young generation: measure again.
    if (after >= before) return (after - before) / calls;
  }
  return Number.NaN;
};
const results = Object.fromEntries(Object.entries(cases).map(([name, fn]) => [name, measure(fn)]));
// The measuring itself allocates a little (the statistics objects): the empty function's figure.
const { baseline, ...perCase } = results;
console.log(JSON.stringify(Object.fromEntries(Object.entries(perCase).map(([name, bytes]) => [name, Math.max(0, bytes - baseline)]))));
void sink;
