// Denmark's regions through the element, as a host page sets them: the `region` attribute
// (ISO 3166-2, DK-81 … DK-85) gives that region's own out-of-hours line on the result and in
// the safety net, changes live, and without it (or with an unknown code, and a console
// warning) every region's line is listed. Needs pkg/ (npm run package).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { serverAndBrowser, recordedPage, scriptTagPage, repo } from './support.mjs';
import { plainAnswers, completeByMouse } from './flow.mjs';

const REGIONS = [
  ['DK-81', 'tel:70150300'],
  ['DK-82', 'tel:70113131'],
  ['DK-83', 'tel:70110707'],
  ['DK-84', 'tel:1813'],
  ['DK-85', 'tel:1818'],
];
/** The line as the safety net names it: the service's own name and the number as written. */
const SAID = {
  'DK-81': 'Lægevagten på 70 15 03 00',
  'DK-82': 'Lægevagten på 70 11 31 31',
  'DK-83': 'Lægevagten på 70 11 07 07',
  'DK-84': 'Akuttelefonen på 1813',
  'DK-85': 'Lægevagten på 1818',
};

const env = serverAndBrowser(repo, { needsPackage: true });

async function openWith(t, attributes) {
  const html = scriptTagPage(`<back-pain-triage ${attributes}></back-pain-triage>`, { lang: 'da' });
  const { page, log } = await recordedPage(env.browser, t, { viewport: { width: 400, height: 800 } });
  await page.route('**/virtual.html', (route) => route.fulfill({ body: html, contentType: 'text/html' }));
  await page.goto(env.server.url + '/virtual.html');
  return { page, widget: page.locator('back-pain-triage'), warnings: log.warnings };
}

const lines = async (widget) =>
  widget.locator('[data-contact="out_of_hours"]').evaluateAll((items) =>
    items.map((li) => [li.getAttribute('data-region'), li.querySelector('a').getAttribute('href')]));

test('the region attribute gives its own line on the result and in the safety net, live', async (t) => {
  const { page, widget, warnings } = await openWith(t, 'lang="da" country="DK" region="DK-85"');
  await completeByMouse(widget, plainAnswers({ leg_weakness: true }));
  assert.equal(await widget.locator('[data-step="result"]').getAttribute('data-urgency'), 'urgent');
  assert.deepEqual(await lines(widget), [REGIONS[4]]);
  assert.match(await widget.locator('.headline').innerText(), /1818/);
  assert.match(await widget.locator('[data-advice="safety_net"]').innerText(), /Lægevagten på 1818/);
  for (const [region, tel] of REGIONS) {
    await page.evaluate((r) => document.querySelector('back-pain-triage').setAttribute('region', r), region);
    assert.deepEqual(await lines(widget), [[region, tel]], region);
    const net = await widget.locator('[data-advice="safety_net"]').innerText();
    assert.ok(net.includes(SAID[region]), `${region}: ${SAID[region]} in\n${net}`);
  }
  await page.evaluate(() => document.querySelector('back-pain-triage').removeAttribute('region'));
  assert.deepEqual(await lines(widget), REGIONS, 'without a region: every region, in order');
  assert.deepEqual(warnings, []);
});

test('an unknown region warns and lists every region; self-care shows the lines too', async (t) => {
  const { widget, warnings } = await openWith(t, 'lang="en" country="DK" region="DK-99"');
  await completeByMouse(widget, plainAnswers());
  assert.equal(await widget.locator('[data-step="result"]').getAttribute('data-urgency'), 'self_care');
  assert.deepEqual(await lines(widget), REGIONS);
  assert.ok(warnings.some((w) => w.includes('region "DK-99"')), warnings.join('\n'));
});
