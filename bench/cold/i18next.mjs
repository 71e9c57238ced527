// Cold start of i18next: import, read the flat resources (`node i18next.mjs <options.json>`), init, first `t()`.
// The options file holds the i18next options with resources, written by bench/cold-start.ts beforehand, so
// i18next reads its texts from disk as the package does.
import { readFileSync } from 'node:fs';

const start = performance.now();
const { default: i18next } = await import('i18next');
const options = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const instance = i18next.createInstance();
instance.init(options);
const message = instance.t('code.201.bad_credentials.message');
const ms = performance.now() - start;
console.log(JSON.stringify({ ms, message }));
