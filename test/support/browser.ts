/**
 * Chromium for the tests that open pages (HTML reports, the playbook). The browser is Debian's package,
 * driven by playwright-core (nothing is downloaded): `.ci/run` installs it; on another machine install it
 * with `apt-get install chromium`, or point TANDEM_CHROMIUM at a Chromium or Chrome binary.
 *
 * Without a browser, these tests are skipped and say so, except under CI=true, where they run and fail.
 */
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';
import { it } from 'vitest';

export const CHROMIUM_PATH = process.env.TANDEM_CHROMIUM ?? '/usr/bin/chromium';

const inCi = ['true', '1'].includes(process.env.CI ?? '');
const available = existsSync(CHROMIUM_PATH);

if (!available && !inCi) {
  console.warn(
    `[tandem tests] skipping the browser tests: no Chromium at ${CHROMIUM_PATH}. ` +
      'Install it (apt-get install chromium) or set TANDEM_CHROMIUM; under CI=true they always run.',
  );
}

/** `it` for a test that needs Chromium: skipped (with the notice above) only outside CI without one. */
export const itInBrowser = (available || inCi ? it : it.skip) as typeof it.skip;

/** Starts headless Chromium with no background traffic (this machine's network is closed). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
}
