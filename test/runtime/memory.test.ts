/**
 * An instance's caches stay small whatever callers send: codes, reasons and locale strings all come from requests
 * on a server. Measured in a process of its own, as the largest heap after garbage collection (`heap-probe.ts`).
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const probe = fileURLToPath(new URL('heap-probe.ts', import.meta.url));

describe('the memory of an instance', () => {
  it('stays under 10 MB through 12,000 calls of the inputs that make its caches hold the most', () => {
    const output = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', probe, '12000', '200'], { encoding: 'utf8' });
    const { peakMB } = JSON.parse(output) as { peakMB: number };
    console.info(`largest heap growth after garbage collection, 12,000 hostile calls: ${peakMB.toFixed(1)} MB`);
    expect(peakMB).toBeLessThan(10);
  }, 60_000);
});
