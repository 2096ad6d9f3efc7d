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

/**
 * A fresh page in a context of its own (closed after test `t`), with what the page logs kept:
 * `log.errors` (uncaught errors and console errors) and `log.warnings`. `options` go to the
 * context (viewport and the like).
 */
export async function recordedPage(browser, t, options = {}) {
  const context = await browser.newContext(options);
  t.after(() => context.close());
  const page = await context.newPage();
  const log = { errors: [], warnings: [] };
  page.on('pageerror', (e) => log.errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') log.errors.push(m.text());
    if (m.type() === 'warning') log.warnings.push(m.text());
  });
  return { page, log };
}

/** A host page of `body` with the script-tag build in its head, as a health site writes it. */
export function scriptTagPage(body, { lang = 'en', head = '' } = {}) {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">${head}<link rel="icon" href="data:,">
    <script type="module" src="/pkg/back-pain-triage.js"></script></head><body>${body}</body></html>`;
}
