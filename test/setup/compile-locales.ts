import { execFileSync } from 'node:child_process';

// Tests import the compiled locales; compile them from the JSON files being tested.
export default function setup() {
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/compile-locales.ts'], { stdio: 'inherit' });
}
