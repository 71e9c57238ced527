/**
 * Run by memory.test.ts as `node --expose-gc --import tsx test/runtime/heap-probe.ts <calls> <every>`.
 * Feeds one instance with every shipped locale the inputs that make its caches hold the most, each call new: the
 * longest reason that is cached (256 characters, two bytes each) for every code, the longest locale strings
 * (255 characters), lists of them, through every function; mostly 1xx codes through `getErrorMessage`, whose
 * chains are the largest entries (a chain, and no match). Prints as JSON the largest growth of the heap, measured
 * after a garbage collection every <every> calls, and the time a call took.
 */
import { createStatusMessages, supportedLocales } from '../../src/index.js';

const calls = Number(process.argv[2]);
const every = Number(process.argv[3]);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
const heapAfterGc = () => {
  gc();
  return process.memoryUsage().heapUsed;
};

// Two-byte characters (Cyrillic) take twice the memory of Latin ones; `n` makes each string new.
const long = (n: number, length: number) => `${n}ж`.padEnd(length, 'жщ');
// A private-use tag of 255 characters, which resolves to a shipped locale.
const longTag = (n: number) =>
  `${supportedLocales[n % supportedLocales.length]}-x-${n}`.padEnd(255, '-abcdefgh').replace(/-[a-h]{0,7}$/, '');

const messages = createStatusMessages();
// Every locale's catalog is read before the first measure: what grows after it is what the caches hold.
for (const locale of supportedLocales) messages.describeStatus(201, locale);
const baseline = heapAfterGc();
let peak = 0;
let ms = 0;
for (let i = 0; i < calls; i++) {
  const code = 100 + (i % 400);
  const reason = long(i, 256);
  const start = performance.now();
  let result: unknown;
  // Mostly the largest entries; each other kind now and then.
  switch (i % 64) {
    case 61:
      result = messages.getStatusMessage(code, longTag(i), { reason });
      break;
    case 62:
      result = messages.describeStatus({ status_code: code, status_reason: reason }, long(i, 255)).message;
      break;
    case 63:
      result = messages.getStatusMessage(
        code,
        Array.from({ length: 40 }, (_, j) => long(i * 40 + j, 255)),
        { reason },
      );
      break;
    default:
      result = messages.getErrorMessage(100 + (i % 100), 'fr', { reason }) ?? 'not an error';
  }
  ms += performance.now() - start;
  if (typeof result !== 'string' || result === '') throw new Error(`call ${i} returned ${JSON.stringify(result)}`);
  if ((i + 1) % every === 0) peak = Math.max(peak, heapAfterGc() - baseline);
}
console.log(JSON.stringify({ peakMB: peak / 2 ** 20, usPerCall: (ms * 1000) / calls }));
