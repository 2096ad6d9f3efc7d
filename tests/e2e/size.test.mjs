// The size budget: everything of ours the script-tag page loads before the reader answers the
// first question, gzip -9, must stay within bench/size-budget.json; and the core WASM that
// init() loads for Node.js and bundlers within its own budget. Measured from what Chromium
// really requests, not from a file list.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { serve, launch, repo } from './support.mjs';
import { bundleSizes, budget } from '../../bench/sizes.mjs';

test('the script-tag build stays within the gzip size budget', async () => {
  const server = await serve(repo);
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.goto(server.url + '/www/script-tag.html');
    // A reader presses Start and sees the first question: everything loaded until then counts.
    await page.locator('back-pain-triage [data-step="start"] [data-action="next"]').click();
    await page.locator('back-pain-triage [data-question] input').first().waitFor();
    const ours = [...new Set(server.requests.filter((p) => p.startsWith('/pkg/')))].sort();
    assert.deepEqual(
      ours,
      [
        // The element script with index.js and start-screen.js bundled in (scripts/package).
        '/pkg/back-pain-triage.js',
        // The widget's texts in the page's language only (scripts/build-extras).
        '/pkg/texts/en.js',
        '/pkg/wasm/back-pain-triage.js',
        '/pkg/wasm/back-pain-triage_bg.wasm',
      ],
      'the files the page loads (not the core)',
    );
    const { perFile, total } = bundleSizes(ours.map((p) => join(repo, p)));
    for (const f of perFile) console.log(`  ${f.path.slice(repo.length)}: ${f.raw} raw, ${f.gzip} gzip, ${f.brotli} brotli`);
    console.log(`  total: ${total.raw} raw, ${total.gzip} gzip, ${total.brotli} brotli; budget ${budget.gzipBytesMax} gzip`);
    assert.ok(total.gzip <= budget.gzipBytesMax, `${total.gzip} bytes gzip is over the budget of ${budget.gzipBytesMax} (bench/size-budget.json)`);
  } finally {
    await browser.close();
    await server.close();
  }
});

test('the core WASM (what init() loads for Node.js and bundlers) stays within its gzip budget', () => {
  const { perFile } = bundleSizes([join(repo, 'pkg', 'wasm', 'back-pain-triage-core_bg.wasm')]);
  const [core] = perFile;
  console.log(`  core: ${core.raw} raw, ${core.gzip} gzip; budget ${budget.coreGzipBytesMax} gzip (goal ${budget.coreGoalGzipBytes})`);
  assert.ok(core.gzip <= budget.coreGzipBytesMax, `${core.gzip} bytes gzip is over the core's budget of ${budget.coreGzipBytesMax} (bench/size-budget.json)`);
});
