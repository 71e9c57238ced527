import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';

it('keeps the README code table and docs/locales/*.md in step with the catalogs (run `npm run docs`)', () => {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/docs.ts', '--check'], { encoding: 'utf8' });
  expect(`${result.stdout}${result.stderr}`.trim()).toBe('docs are up to date');
  expect(result.status).toBe(0);
});
