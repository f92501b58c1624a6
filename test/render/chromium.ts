import { existsSync } from 'fs';
import { chromium, type Browser } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Headless Chromium for a suite's `before`: skips the suite where there is none, except in CI, which installs it
 * and says so loudly rather than pass silently. Nothing reaches the network.
 */
export async function launchChromium(suite: Mocha.Context): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    if (process.env.CI) throw new Error(`Chromium not found at ${CHROMIUM}`);
    suite.skip();
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/** Registers a suite's hooks: Chromium launched before its tests, closed after; the browser, once launched. */
export function useChromium(): () => Browser {
  let browser: Browser | undefined;
  before(async function () {
    this.timeout(60000);
    browser = await launchChromium(this);
  });
  after(async () => browser?.close());
  return () => browser!;
}
