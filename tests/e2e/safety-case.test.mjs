// The safety case pack (`triage safety-case`, crates/triage/src/safety_case.rs) as a deploying body opens it:
// a file from disk, in Chromium. It must make no request of any kind (the native tests check
// the markup for `src=`, `<link>` and the like; this checks what the browser actually does),
// and read well for everyone: 0 axe-core WCAG 2.1 AA violations.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch, recordedPage, repo } from './support.mjs';

// Two packs: Norway in bokmål with the changes since 2.1, and Denmark in Danish on a day after
// its review-by date (the OVERDUE mark, the regions' table).
const PACKS = [
  { name: 'nb-NO.html', args: ['--country', 'NO', '--lang', 'nb', '--since', '2.1', '--today', '2026-12-07'] },
  { name: 'da-DK.html', args: ['--country', 'DK', '--lang', 'da', '--today', '2027-02-01'] },
];

let dir;
let browser;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'safety-case-'));
  for (const { name, args } of PACKS) {
    const html = execFileSync('cargo', ['run', '--locked', '--quiet', '-p', 'triage-cli', '--', 'safety-case', ...args], {
      cwd: repo,
      maxBuffer: 64 * 1024 * 1024,
    });
    writeFileSync(join(dir, name), html);
  }
  browser = await launch();
});

after(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

for (const { name } of PACKS) {
  test(`${name}: opened from disk, it makes no request and has 0 axe-core WCAG 2.1 AA violations`, async (t) => {
    const { page, log } = await recordedPage(browser, t);
    const url = pathToFileURL(join(dir, name)).href;
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(url, { waitUntil: 'load' });
    // Anything the pack could fetch late (a lazy resource, a font) has had its chance.
    await page.waitForTimeout(300);
    assert.deepEqual(requests, [url], 'only the pack itself is loaded');
    assert.deepEqual(log.errors, []);

    assert.ok(await page.locator('h2#h-hazards').isVisible());
    assert.ok((await page.locator('.result-case').count()) >= 10, 'every result is rendered');
    if (name.startsWith('da-DK')) {
      assert.match(await page.locator('.overdue').first().innerText(), /OVERDUE/);
    }

    // axe-core added as an inline script, after the requests were counted.
    await page.addScriptTag({ path: join(repo, 'node_modules', 'axe-core', 'axe.min.js') });
    const violations = await page.evaluate(async () => {
      const result = await window.axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      });
      return result.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.html.slice(0, 160)}`);
    });
    assert.deepEqual(violations, []);
  });
}
