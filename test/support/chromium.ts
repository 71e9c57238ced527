/**
 * Which Chromium the browser tests drive, decided in one place: `CHROMIUM_PATH` when set, else a system Chromium
 * (faster to start), else the headless Chromium that `@sparticuz/chromium` ships inside its npm package, so that
 * `npm ci && npm test` needs nothing but Node and npm. A browser test never skips: when no browser starts, it fails
 * and says what was tried.
 */
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

const systemCandidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

// Playwright's own defaults plus these. Not @sparticuz/chromium's `args`: they are made for one-shot serverless runs
// (`--single-process` among them) and crash when a second context opens after the first has closed. Without the
// background-networking flags Chromium keeps dialling out, which this closed network refuses.
const args = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface ChromiumChoice {
  readonly executablePath: string;
  /** Where it came from, for the test log and for error messages. */
  readonly source: 'CHROMIUM_PATH' | 'system' | '@sparticuz/chromium';
  /** Every place looked at, in order, with what was found there. */
  readonly tried: readonly string[];
}

/** Finds a Chromium; the npm one is unpacked into the temporary folder on first use (about 1 s). */
export const findChromium = async (env: NodeJS.ProcessEnv = process.env): Promise<ChromiumChoice> => {
  const tried: string[] = [];
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return { executablePath: fromEnv, source: 'CHROMIUM_PATH', tried: [`CHROMIUM_PATH=${fromEnv}`] };
    throw new Error(`CHROMIUM_PATH is ${fromEnv}, which does not exist: unset it to use a system or the npm Chromium`);
  }
  for (const candidate of systemCandidates) {
    if (existsSync(candidate)) return { executablePath: candidate, source: 'system', tried: [...tried, candidate] };
    tried.push(`${candidate} (not installed)`);
  }
  try {
    const { default: packaged } = await import('@sparticuz/chromium');
    const executablePath = await packaged.executablePath();
    return { executablePath, source: '@sparticuz/chromium', tried: [...tried, `@sparticuz/chromium → ${executablePath}`] };
  } catch (error) {
    tried.push(`@sparticuz/chromium (${error instanceof Error ? error.message : String(error)})`);
    throw new Error(`No Chromium for the browser tests. Tried: ${tried.join('; ')}. Run \`npm ci\`, or set CHROMIUM_PATH.`);
  }
};

/** Launches headless Chromium through playwright-core; fails with what was tried when it cannot. */
export const launchChromium = async (): Promise<Browser> => {
  const choice = await findChromium();
  try {
    const browser = await chromium.launch({ executablePath: choice.executablePath, args, timeout: 30_000 });
    console.info(`browser tests: Chromium ${browser.version()} from ${choice.source} (${choice.executablePath})`);
    return browser;
  } catch (error) {
    throw new Error(
      `Chromium did not start from ${choice.source} (${choice.executablePath}). Tried: ${choice.tried.join('; ')}. ${
        error instanceof Error ? error.message : String(error)
      }`,
    );
  }
};
