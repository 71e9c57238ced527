/** One-off and maintenance: stamps `sourceHash` into every entry of the given translations (default: all). */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sourceHash } from '../src/stale.js';

const dir = join(import.meta.dirname, '..', 'locales');
const en = JSON.parse(readFileSync(join(dir, 'en.json'), 'utf8'));
const tags = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync(dir)
      .filter((f) => /^[a-z]{2,3}(-\w+)*\.json$/.test(f) && f !== 'en.json')
      .map((f) => f.slice(0, -5));
for (const tag of tags) {
  const file = join(dir, `${tag}.json`);
  const catalog = JSON.parse(readFileSync(file, 'utf8'));
  for (const [key, entry] of Object.entries<Record<string, string>>(catalog)) {
    if (key === '$schema' || !en[key]) continue;
    delete entry.sourceHash;
    entry.sourceHash = sourceHash(en[key]);
  }
  writeFileSync(file, `${JSON.stringify(catalog, null, 2)}\n`);
}
console.log(`stamped ${tags.length} locales`);
