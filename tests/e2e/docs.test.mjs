// The docs' html blocks (README.md, docs/*.md, www/package/README.md; found by
// tests/node/snippets.mjs), each loaded as a page in Chromium under the strict
// Content-Security-Policy: the widget must mount (its start screen with Start), every attribute
// the block sets on <back-pain-triage> must be one the element observes, and none may be
// refused (a refused value is a console warning). The other blocks: tests/node/docs.test.mjs.
// Needs pkg/ (npm run package).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serverAndBrowser, recordedPage, repo, STRICT_CSP } from './support.mjs';
import { docBlocks, where } from '../node/snippets.mjs';

const env = serverAndBrowser(repo, { needsPackage: true });
const SCRIPT = '<script type="module" src="/pkg/back-pain-triage.js"></script>';

/** The block as a host page: its script tag pointed at pkg/, or the script tag added. */
function pageOf(b) {
  const body = b.code.replace(/src="[^"]*\/back-pain-triage\.js"/g, 'src="/pkg/back-pain-triage.js"');
  const head = body.includes(SCRIPT) ? '' : SCRIPT;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="/www/favicon.svg">${head}</head><body>${body}</body></html>`;
}

/** The attributes each <back-pain-triage> of the block sets, as { name: value }. */
function attributesOf(b) {
  return [...b.code.matchAll(/<back-pain-triage\b([^>]*)>/g)].map(([, attrs]) =>
    Object.fromEntries([...attrs.matchAll(/([\w-]+)="([^"]*)"/g)].map(([, name, value]) => [name, value])),
  );
}

const blocks = docBlocks().filter((b) => b.lang === 'html');

test('the docs have html blocks', () => assert.ok(blocks.length >= 3, `${blocks.length} html blocks`));

for (const b of blocks) {
  test(`html ${where(b)} mounts under a strict CSP with the attributes it sets`, async (t) => {
    const elements = attributesOf(b);
    assert.ok(elements.length > 0, `${where(b)}: no <back-pain-triage> element`);
    const { page, log } = await recordedPage(env.browser, t);
    await page.route('**/docs-snippet.html', (route) =>
      route.fulfill({ body: pageOf(b), contentType: 'text/html', headers: { 'content-security-policy': STRICT_CSP } }),
    );
    await page.goto(env.server.url + '/docs-snippet.html');
    const widget = page.locator('back-pain-triage').first();
    await widget.locator('[data-action="next"]').waitFor();
    assert.ok(await widget.evaluate((e) => e.shadowRoot !== null), `${where(b)}: no shadow root`);
    const observed = await page.evaluate(() => customElements.get('back-pain-triage').observedAttributes);
    for (const name of elements.flatMap(Object.keys)) {
      assert.ok(observed.includes(name), `${where(b)}: the element knows no attribute ${name} (it observes ${observed.join(', ')})`);
    }
    // The operator the block names is the one the start screen gives.
    const { ['operator-name']: operator } = elements[0];
    if (operator) assert.match(await widget.locator('[data-step="start"]').innerText(), new RegExp(operator));
    assert.deepEqual(log.errors, [], `${where(b)}: errors`);
    // Every value accepted; a review-by date passed is about the day the test runs, not the block.
    assert.deepEqual(log.warnings.filter((w) => !w.includes('was due for review')), [], `${where(b)}: warnings`);
  });
}
