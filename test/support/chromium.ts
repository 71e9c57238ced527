import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

const executablePath = '/usr/bin/chromium';
// Without the background-networking flags Chromium keeps dialling out, which this closed network refuses.
const args = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Debian's headless Chromium through playwright-core; fails, never skips, when it is not installed. */
export const launchChromium = (): Promise<Browser> => {
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium is missing at ${executablePath}: the browser tests need it. Install it with \`apt-get install -y chromium\` (.ci/run does).`,
    );
  }
  return chromium.launch({ executablePath, args, timeout: 30_000 });
};
