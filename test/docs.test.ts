import { execFileSync } from 'node:child_process';
import { expect, it } from 'vitest';

it('keeps the README code table and docs/locales/*.md in step with the catalogs (run `npm run docs`)', () => {
  const run = () => execFileSync(process.execPath, ['--import', 'tsx', 'scripts/docs.ts', '--check'], { encoding: 'utf8', stdio: 'pipe' });
  expect(run).not.toThrow();
});
