import { findChromium } from '../support/chromium.js';

// The npm Chromium is unpacked on first use; doing it once here keeps the two browser suites, which run in
// parallel workers, from unpacking it into the same file at the same time.
export default async function setup() {
  await findChromium();
}
