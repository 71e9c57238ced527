/**
 * Run by memory.test.ts in its own process (`node --expose-gc --import tsx`): calls the main entry's module-level
 * functions with the worst mix of inputs a server can receive (random codes, reasons and locale tags, as a query
 * string or a header would send them) and prints the heap growth after garbage collection, in bytes.
 */
import { describeStatus, getStatusMessage } from '../../src/index.js';

const calls = Number(process.argv[2] ?? 200_000);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
let seed = 7;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};
const word = () => Math.floor(random() * 1e9).toString(36);

// Warm up with realistic calls, so the figure is what hostile input adds.
for (const locale of ['en', 'fr', 'de-AT', 'pt-BR']) for (let code = 100; code < 500; code++) getStatusMessage(code, locale);
gc();
const before = process.memoryUsage().heapUsed;
for (let i = 0; i < calls; i++) {
  const code = 100 + Math.floor(random() * 400);
  const options = { reason: i % 7 === 0 ? word().repeat(40).slice(0, 250) : word(), provider: word() };
  const locale =
    i % 4 === 0
      ? `fr-${word().repeat(60)}`.slice(0, 255)
      : i % 4 === 1
        ? `${word().slice(0, 2)}-${word().slice(0, 4)}`
        : i % 4 === 2
          ? ['xx', `de-${word()}`]
          : 'de';
  if (i % 10 === 0) describeStatus({ status: word(), status_code: code, status_reason: word() }, locale, options);
  else getStatusMessage(code, locale, options);
}
gc();
console.log(JSON.stringify({ calls, growth: process.memoryUsage().heapUsed - before }));
