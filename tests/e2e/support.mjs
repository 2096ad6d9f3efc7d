// Shared by the browser tests: the examples' static server and Debian's Chromium.
import { chromium } from 'playwright-core';

export { serve, repo, STRICT_CSP } from '../../www/serve.mjs';

/**
 * Debian's Chromium, headless, as root, with everything that phones home switched off; `extra`
 * adds flags (e.g. --js-flags=--expose-gc for the leak test).
 */
export function launch(extra = []) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--headless',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...extra,
    ],
  });
}
