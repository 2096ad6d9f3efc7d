// Shared by the browser tests: the examples' static server and Debian's Chromium.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serve, repo } from '../../www/serve.mjs';

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

/**
 * One static server on `root` and one Chromium for the whole test file, started before its
 * first test and closed after its last: read them as `env.server` and `env.browser`.
 * `needsPackage`: fail at once, with what to do, when pkg/ has not been built. `flags` go to
 * `launch`.
 */
export function serverAndBrowser(root, { needsPackage = false, flags = [] } = {}) {
  const env = { server: null, browser: null };
  before(async () => {
    if (needsPackage) {
      assert.ok(existsSync(join(repo, 'pkg', 'back-pain-triage.js')), 'pkg/ missing: run npm run package');
    }
    env.server = await serve(root);
    env.browser = await launch(flags);
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}
