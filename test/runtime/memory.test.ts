/**
 * An instance's caches stay small whatever callers send: codes, reasons and locale strings all come from requests
 * on a server. Measured in a process of its own, after garbage collection (`heap-probe.ts`).
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const probe = fileURLToPath(new URL('heap-probe.ts', import.meta.url));
const megabyte = 1024 * 1024;

describe('the memory of the main entry', () => {
  it('grows by less than 10 MB over 200,000 calls of the worst mix of codes, reasons, locale strings and names', () => {
    const output = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', probe, '200000'], { encoding: 'utf8' });
    const { growth } = JSON.parse(output) as { growth: number };
    console.info(`heap growth after 200,000 hostile calls: ${(growth / megabyte).toFixed(1)} MB`);
    expect(growth).toBeLessThan(10 * megabyte);
  }, 60_000);
});
