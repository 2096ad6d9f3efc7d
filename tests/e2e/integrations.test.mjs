// What integrators ask for, in Chromium through the script-tag build (pkg/): the host's own
// clinic on the result (and every bad value refused with a warning), who offers the widget
// (operator-name, operator-contact), pre-filled answers (a
// partial Answers object or a FHIR QuestionnaireResponse; invalid ones give triage-error and an
// empty widget), and the privacy-safe triage-step / triage-restart events. Needs pkg/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { serverAndBrowser, recordedPage, scriptTagPage, repo } from './support.mjs';
import { plainAnswers, completeByMouse, readResult, fieldsOnScreen, answer } from './flow.mjs';

const env = serverAndBrowser(repo, { needsPackage: true });

/** A page at /virtual.html with `body` and the script-tag build; console and errors recorded. */
async function open(t, body) {
  const { page, log } = await recordedPage(env.browser, t, { viewport: { width: 400, height: 900 } });
  const html = scriptTagPage(body, { head: '<title>Clinic page</title>' });
  await page.route('**/virtual.html', (route) => route.fulfill({ body: html, contentType: 'text/html' }));
  // Every event of the widget, recorded on the document (they bubble and are composed).
  await page.addInitScript(() => {
    window.events = [];
    for (const type of ['triage-complete', 'triage-emergency', 'triage-step', 'triage-restart', 'triage-error']) {
      document.addEventListener(type, (e) => window.events.push({ type, detail: e.detail, target: e.target.id }));
    }
  });
  await page.goto(env.server.url + '/virtual.html');
  return { page, log };
}

const events = (page, type) =>
  page.evaluate((type) => window.events.filter((e) => e.type === type), type);

/** The `data-contact` blocks of the result, in order. */
const contactOrder = (w) =>
  w.locator('[data-step="result"] [data-contact]').evaluateAll((els) => els.map((e) => e.dataset.contact));

const CLINIC = 'clinic-name="Back &amp; Spine Clinic" clinic-tel="+44 (20) 7946-0000" clinic-url="/booking"';

test('the clinic comes first on soon and self-care, after the national contacts on urgent, never on emergency', async (t) => {
  const { page, log } = await open(t, `<back-pain-triage id="w" lang="en" country="GB" ${CLINIC}></back-pain-triage>`);
  const w = page.locator('#w');
  const cases = [
    [plainAnswers(), 'self_care', ['clinic', 'out_of_hours', 'emergency']],
    [plainAnswers({ major_impact: true }), 'soon', ['clinic', 'out_of_hours', 'emergency']],
    [plainAnswers({ fever_or_unwell: true }), 'urgent', ['out_of_hours', 'emergency', 'clinic']],
    [plainAnswers({ saddle_numbness: true }), 'emergency', ['emergency']],
  ];
  for (const [answers, urgency, order] of cases) {
    await completeByMouse(w, answers);
    assert.equal((await readResult(w)).urgency, urgency);
    assert.deepEqual(await contactOrder(w), order, urgency);
    if (urgency !== 'emergency') {
      const clinic = w.locator('[data-contact="clinic"]');
      assert.equal(await clinic.locator('h3').innerText(), 'Contact Back & Spine Clinic');
      const call = clinic.getByRole('link', { name: 'Call +44 (20) 7946-0000' });
      assert.equal(await call.getAttribute('href'), 'tel:+442079460000');
      const site = clinic.getByRole('link', { name: 'Go to the Back & Spine Clinic website' });
      assert.equal(await site.getAttribute('href'), '/booking');
    } else {
      assert.equal(await w.locator('[data-contact="clinic"]').count(), 0, 'only the emergency number');
    }
    await w.locator('[data-action="restart"]').click();
  }
  // The host changes its clinic while a result is shown: the block follows at once.
  await completeByMouse(w, plainAnswers());
  await page.evaluate(() => {
    const el = document.getElementById('w');
    el.setAttribute('clinic-name', 'Other Clinic');
    el.removeAttribute('clinic-tel');
  });
  assert.equal(await w.locator('[data-contact="clinic"] h3').innerText(), 'Contact Other Clinic');
  assert.equal(await w.locator('[data-clinic="tel"]').count(), 0);
  assert.deepEqual(log.warnings, []);
  assert.deepEqual(log.errors, []);
});

test('each bad clinic value is refused with a warning naming it, and the widget still completes a flow', async (t) => {
  const bad = [
    ['clinic-url', 'javascript:alert(1)', /clinic-url \(clinicUrl\) "javascript:alert\(1\)" refused/],
    ['clinic-url', 'http://clinic.example/booking', /clinic-url \(clinicUrl\) "http:\/\/clinic\.example\/booking" refused/],
    ['clinic-url', 'data:text/html,hi', /clinic-url \(clinicUrl\) "data:text\/html,hi" refused/],
    ['clinic-name', '<img src=x onerror=alert(1)>', /clinic-name \(clinicName\) .* refused: .*HTML/],
    ['clinic-tel', '22 33 abc', /clinic-tel \(clinicTel\) "22 33 abc" refused/],
    ['clinic-tel', '+47 22 33 44 55 66 77 88', /clinic-tel \(clinicTel\) .* refused: longer than 20/],
  ];
  for (const [attribute, value, warning] of bad) {
    const good = { 'clinic-name': 'Back Clinic', 'clinic-tel': '020 7946 0000', 'clinic-url': 'https://clinic.example/' };
    good[attribute] = value;
    const attrs = Object.entries(good)
      .map(([k, v]) => `${k}="${v.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;')}"`)
      .join(' ');
    const { page, log } = await open(t, `<back-pain-triage id="w" lang="en" ${attrs}></back-pain-triage>`);
    const w = page.locator('#w');
    await completeByMouse(w, plainAnswers({ worried: true }));
    assert.equal((await readResult(w)).urgency, 'soon', `${attribute}=${value}: the flow completes`);
    assert.ok(log.warnings.some((m) => warning.test(m)), `${attribute}=${value}: ${log.warnings.join('\n')}`);
    const hrefs = await w.locator('[data-contact="clinic"] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.ok(!hrefs.includes(value), `${value} is never a link`);
    assert.ok(hrefs.every((h) => h.startsWith('tel:') || h.startsWith('https:') || h.startsWith('/')), hrefs.join(' '));
    if (attribute === 'clinic-name') {
      assert.equal(await w.locator('[data-contact="clinic"]').count(), 0, 'no name, no block');
      assert.equal(await w.locator('img').count(), 0);
    } else {
      const kept = attribute === 'clinic-url' ? 'tel' : 'url';
      assert.equal(await w.locator(`[data-clinic="${kept}"]`).count(), 1, 'the good value stays');
      assert.equal(await w.locator(`[data-clinic="${attribute.slice(7)}"]`).count(), 0, 'the bad one is left out');
    }
    assert.deepEqual(log.errors, []);
  }
});

const OPERATOR = 'operator-name="NHS Example &amp; Trust" operator-contact="mailto:errors@nhs.example.uk"';
const NAMED = 'This service is provided by NHS Example & Trust. Report errors in its content to errors@nhs.example.uk.';
const SITE = 'The owner of this website is responsible for offering this tool.';

test('operator-name and operator-contact: named on the start screen, the result and the copied summary; live', async (t) => {
  const { page, log } = await recordedPage(env.browser, t, {
    viewport: { width: 400, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'],
  });
  const html = scriptTagPage(`<back-pain-triage id="w" lang="en" country="GB" ${OPERATOR}></back-pain-triage>`);
  await page.route('**/virtual.html', (route) => route.fulfill({ body: html, contentType: 'text/html' }));
  // The widget's WASM held back, to see the first screen the element's script paints.
  let release;
  const held = new Promise((ok) => { release = ok; });
  await page.route('**/back-pain-triage_bg.wasm', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(env.server.url + '/virtual.html');
  const w = page.locator('#w');
  // The first screen leaves the site owner's sentence out (the WASM has not checked the
  // operator yet); the widget then names the operator.
  await w.locator('[data-first-screen] [data-intended-use]').waitFor();
  assert.equal(await w.locator('[data-operator]').count(), 0, 'neither the site owner nor an unchecked name');
  release();
  const start = w.locator('[data-step="start"] [data-intended-use] [data-operator="named"]');
  assert.equal(await start.innerText(), NAMED);
  assert.equal(await w.locator('[data-operator="site"]').count(), 0, 'never the site owner as well');
  assert.equal(await start.getByRole('link', { name: 'errors@nhs.example.uk' }).getAttribute('href'), 'mailto:errors@nhs.example.uk');

  await completeByMouse(w, plainAnswers());
  await readResult(w);
  const result = w.locator('[data-step="result"] [data-intended-use] [data-operator="named"]');
  assert.equal(await result.innerText(), NAMED);
  await w.locator('[data-action="copy"]').click();
  await w.locator('.copy-status').filter({ hasText: 'Copied' }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(copied.trimEnd().endsWith(NAMED), `the summary ends with the operator:\n${copied}`);

  // The host changes the contact while the result is shown: the note follows at once.
  await page.evaluate(() => document.getElementById('w').setAttribute('operator-contact', 'https://nhs.example.uk/report'));
  const link = result.getByRole('link', { name: 'https://nhs.example.uk/report' });
  assert.equal(await link.getAttribute('href'), 'https://nhs.example.uk/report');
  assert.deepEqual(log.warnings, []);
  assert.deepEqual(log.errors, []);
});

/** Waits (up to 5 s: console messages arrive after the call that made them) for a warning matching `pattern`. */
async function warned(log, pattern) {
  for (let i = 0; i < 50 && !log.warnings.some((m) => pattern.test(m)); i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.ok(log.warnings.some((m) => pattern.test(m)), `${pattern}:\n${log.warnings.join('\n')}`);
}

test('a javascript: operator contact is refused with a console warning, and the site owner is named', async (t) => {
  const { page, log } = await open(
    t,
    '<back-pain-triage id="w" lang="en" country="GB" operator-name="NHS Example Trust" operator-contact="javascript:alert(1)"></back-pain-triage>',
  );
  const w = page.locator('#w');
  // The widget has taken over (the first screen's hook is gone) and warned.
  await page.waitForFunction(() => !document.getElementById('w').shadowRoot.querySelector('[data-first-screen]'));
  assert.equal(await w.locator('[data-step="start"] [data-operator="site"]').innerText(), SITE);
  assert.equal(await w.locator('[data-operator="named"]').count(), 0);
  assert.equal(await w.locator('a[href^="javascript:" i]').count(), 0, 'never a link');
  await warned(log, /operator-contact \(operatorContact\) "javascript:alert\(1\)" refused/);
  await warned(log, /go together/);
  await completeByMouse(w, plainAnswers({ worried: true }));
  assert.equal((await readResult(w)).urgency, 'soon', 'the flow completes');
  assert.equal(await w.locator('[data-step="result"] [data-intended-use] [data-operator="site"]').innerText(), SITE);
  // An http: contact set later is refused too, and a good one named.
  await page.evaluate(() => document.getElementById('w').setAttribute('operator-contact', 'http://nhs.example.uk/'));
  await warned(log, /"http:\/\/nhs\.example\.uk\/" refused: http: is not encrypted/);
  await page.evaluate(() => document.getElementById('w').setAttribute('operator-contact', 'errors@nhs.example.uk'));
  assert.match(await w.locator('[data-step="result"] [data-operator="named"]').innerText(), /NHS Example Trust\. .*errors@nhs\.example\.uk\./);
  assert.deepEqual(log.errors, []);
});

/**
 * Walks every step from the start, recording which answer each question has selected when the
 * step appears (radio value, or the age as typed), then answers it from `answers` and goes on.
 */
async function walkRecordingSelections(w, answers) {
  await w.locator('[data-action="next"]').click();
  const selected = {};
  for (let i = 0; i < 12 && !(await w.locator('[data-step="result"]').count()); i++) {
    for (const field of await fieldsOnScreen(w)) {
      const q = w.locator(`[data-question="${field}"]`);
      const checked = q.locator('input:checked');
      const value =
        field === 'age' ? await q.locator('input').inputValue()
        : (await checked.count()) ? await checked.getAttribute('value') : null;
      if (value) selected[field] = value;
      await answer(w, field, answers);
    }
    await w.locator('[data-action="next"]').click();
  }
  return selected;
}

test('pre-filled answers (a partial Answers object or a QuestionnaireResponse) pre-select exactly those answers, on their own steps', async (t) => {
  const { page, log } = await open(t, '');
  // The pre-fills are set before the elements join the page, as a host that knows the answers
  // when it renders does. (A pre-fill set later restarts the widget with it once the core has
  // read it, so a reader already walking the steps could be sent back: not what this test asks.)
  await page.evaluate(async () => {
    await customElements.whenDefined('back-pain-triage');
    const make = (id) => Object.assign(document.createElement('back-pain-triage'), { id, lang: 'en' });
    const a = make('a');
    const q = make('q');
    a.answers = { age: 67, duration_weeks: 5, trauma: true, worried: false };
    q.questionnaireResponse = {
      resourceType: 'QuestionnaireResponse',
      status: 'in-progress',
      item: [
        { linkId: 'group', item: [{ linkId: 'pain_below_knee', answer: [{ valueBoolean: true }] }] },
        { linkId: 'trend', answer: [{ valueCoding: { code: 'worse' } }] },
        { linkId: 'bladder_or_bowel_problems', answer: [{ valueCoding: { code: 'N' } }] },
      ],
    };
    document.body.append(a, q);
  });
  const a = page.locator('#a');
  assert.deepEqual(await walkRecordingSelections(a, plainAnswers()), {
    age: '67', duration_weeks: '4-6', trauma: 'yes', worried: 'no',
  });
  const q = page.locator('#q');
  assert.deepEqual(await walkRecordingSelections(q, plainAnswers()), {
    pain_below_knee: 'yes', trend: 'worse', bladder_or_bowel_problems: 'no',
  });
  // Nothing was skipped: ten steps each, and the reader's answers (not the pre-fill) decided.
  const steps = await events(page, 'triage-step');
  assert.deepEqual(steps.filter((e) => e.target === 'a').map((e) => e.detail.index), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  const completes = await events(page, 'triage-complete');
  assert.equal(completes.find((e) => e.target === 'a').detail.answers.age, 40, 'the reader changed the age');
  // Start again: back to the pre-filled answers.
  await a.locator('[data-action="restart"]').click();
  assert.deepEqual(await walkRecordingSelections(a, plainAnswers()), {
    age: '67', duration_weeks: '4-6', trauma: 'yes', worried: 'no',
  });
  assert.deepEqual(log.errors, []);
});

test('an invalid pre-fill is a triage-error naming the field as evaluate does, and an empty widget', async (t) => {
  const { page, log } = await open(t, '<back-pain-triage id="w" lang="en"></back-pain-triage>');
  const w = page.locator('#w');
  await w.locator('[data-step="start"]').waitFor();
  const complete = { ...plainAnswers(), duration_weeks: 1 };
  delete complete.duration;
  const cases = [
    [{ answers: { trauma: true, age: 140 } }, 'answers: field `age`: ', { age: 140 }],
    [{ answers: { trauma: 'yes' } }, 'answers: field `trauma`: ', { trauma: 'yes' }],
    [{ answers: { saddle_numbess: true, age: 30 } }, 'answers: field `saddle_numbess`: ', { saddle_numbess: true }],
    [{ answers: [] }, 'answers: expected ', null],
    [{ questionnaireResponse: { resourceType: 'QuestionnaireResponse', item: [{ linkId: 'trend', answer: [{ valueCoding: { code: 'sideways' } }] }] } },
      'questionnaireResponse: item `trend`: ', null],
    [{ questionnaireResponse: { resourceType: 'Observation' } }, 'questionnaireResponse: `resourceType`', null],
    [{ answers: { age: 30 }, questionnaireResponse: { resourceType: 'QuestionnaireResponse' } }, 'answers, questionnaireResponse: ', null],
  ];
  for (const [prefill, prefix, extra] of cases) {
    // A valid pre-fill first, so that "empty" is not just "never filled".
    const result = await page.evaluate(async ({ prefill, complete, extra }) => {
      const api = await import('/pkg/back-pain-triage.js');
      await api.init(); // for evaluate() below
      const el = document.getElementById('w');
      el.questionnaireResponse = null;
      el.answers = { bladder_or_bowel_problems: false };
      await new Promise((ok) => setTimeout(ok, 20));
      window.events = [];
      el.answers = prefill.answers ?? null;
      el.questionnaireResponse = prefill.questionnaireResponse ?? null;
      // Pre-fills are read by the result WASM, which the first one fetches: wait for the error
      // (up to 5 s), then a moment more, so that a second error would be seen too.
      const pause = () => new Promise((ok) => setTimeout(ok, 20));
      for (let i = 0; i < 250 && !window.events.some((e) => e.type === 'triage-error'); i++) await pause();
      await pause();
      let evaluated = null;
      if (extra) {
        try {
          api.evaluate({ ...complete, ...extra });
        } catch (e) {
          evaluated = e.message;
        }
      }
      return { errors: window.events.filter((e) => e.type === 'triage-error').map((e) => e.detail), evaluated };
    }, { prefill, complete, extra });
    assert.equal(result.errors.length, 1, JSON.stringify(prefill));
    const [{ error, kind }] = result.errors;
    assert.equal(kind, 'prefill');
    assert.ok(error.startsWith(prefix), `${error} should start with ${prefix}`);
    if (result.evaluated) {
      assert.equal(error.slice('answers: '.length), result.evaluated.replace(/^evaluate: /, ''), 'the same words as evaluate');
    }
    // Empty: the first step has nothing selected (the valid pre-fill was dropped too).
    await w.locator('[data-action="next"]').click();
    assert.equal(await w.locator('input:checked').count(), 0, 'never half-filled');
    await w.locator('[data-action="back"]').click();
  }
  assert.ok(log.warnings.some((m) => /pre-filled answers refused/.test(m)));
  // The widget still works after all that.
  await completeByMouse(w, plainAnswers());
  assert.equal((await readResult(w)).urgency, 'self_care');
  assert.deepEqual(log.errors, []);
});

test('triage-step fires once per step with only { step, index, total }; triage-restart on start again', async (t) => {
  const { page, log } = await open(t, '<back-pain-triage id="w" lang="en"></back-pain-triage>');
  const w = page.locator('#w');
  await w.locator('[data-step="start"]').waitFor();
  assert.deepEqual(await events(page, 'triage-step'), [], 'nothing on the start screen');
  await completeByMouse(w, plainAnswers({ age: 33, pain_below_knee: true, trend: 'worse' }));
  await readResult(w);
  const steps = (await events(page, 'triage-step')).map((e) => e.detail);
  assert.equal(steps.length, 10, 'once per step');
  const ids = ['bladder_or_bowel', 'saddle_numbness', 'both_legs', 'warning_signs', 'health_history', 'the_pain', 'age', 'duration', 'trend', 'daily_life'];
  steps.forEach((detail, i) => {
    assert.deepEqual(Object.keys(detail).sort(), ['index', 'step', 'total'], 'no answer in the detail');
    assert.deepEqual(detail, { step: ids[i], index: i, total: 10 });
  });
  // A language change is not a step change; "back" is.
  await w.locator('[data-action="change"]').click();
  await page.evaluate(() => document.getElementById('w').setAttribute('lang', 'sv'));
  await w.locator('[data-action="next"]').click();
  await w.locator('[data-action="back"]').click();
  const after = (await events(page, 'triage-step')).slice(10).map((e) => e.detail.index);
  assert.deepEqual(after, [0, 1, 0]);
  assert.deepEqual(await events(page, 'triage-restart'), []);
  await completeByMouse(w, plainAnswers({ both_legs: true }));
  await w.locator('[data-action="restart"]').click();
  const restarts = await events(page, 'triage-restart');
  assert.deepEqual(restarts.map((e) => e.detail), [{}]);
  await w.locator('[data-step="start"]').waitFor();
  assert.deepEqual(log.errors, []);
});

test('mount(): clinic options, answers, onStep, onRestart and onError, and the handle\'s setClinic and prefill', async (t) => {
  const { page, log } = await open(t, '<div id="host"></div><div id="bad"></div>');
  const out = await page.evaluate(async () => {
    const api = await import('/pkg/back-pain-triage.js');
    const seen = { steps: [], restarts: 0, errors: [] };
    const widget = await api.mount(document.getElementById('host'), {
      lang: 'da',
      clinicName: 'Rygklinikken',
      clinicTel: '33 12 34 56',
      clinicUrl: 'javascript:void(0)',
      answers: { age: 29 },
      onStep: (d) => seen.steps.push(d),
      onRestart: (d) => { seen.restarts += 1; seen.restartDetail = d; },
      onError: (d) => seen.errors.push(d),
    });
    await api.mount(document.getElementById('bad'), { lang: 'da', answers: { age: -1 }, onError: (d) => seen.errors.push(d) });
    let thrown = null;
    try {
      await widget.prefill({ answers: { worried: 'maybe' } });
    } catch (e) {
      thrown = e.message;
    }
    await widget.prefill({ answers: { age: 29 } });
    widget.setClinic({ name: 'Rygklinikken', tel: '33 12 34 56' });
    window.seen = seen;
    return { thrown, errors: seen.errors };
  });
  assert.match(out.thrown, /^answers: field `worried`: must be true or false/);
  assert.equal(out.errors.length, 1);
  assert.equal(out.errors[0].kind, 'prefill');
  assert.match(out.errors[0].error, /^answers: field `age`: must be a whole number from 0 to 120, got -1/);
  assert.ok(log.warnings.some((m) => /clinicUrl.*javascript:void\(0\).*refused/.test(m)), log.warnings.join('\n'));
  const host = page.locator('#host');
  await completeByMouse(host, plainAnswers({ age: 29, trend: 'worse' }));
  assert.equal((await readResult(host)).urgency, 'soon');
  assert.equal(await host.locator('[data-contact="clinic"] h3').innerText(), 'Kontakt Rygklinikken');
  assert.equal(await host.locator('[data-clinic="tel"]').getAttribute('href'), 'tel:33123456');
  await host.locator('[data-action="restart"]').click();
  const seen = await page.evaluate(() => window.seen);
  assert.deepEqual(seen.steps.map((d) => d.index), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  assert.deepEqual(seen.restartDetail, {});
  assert.equal(seen.restarts, 1);
  // The pre-filled age is back after start again.
  await host.locator('[data-action="next"]').click();
  for (let i = 0; i < 6; i++) {
    for (const field of await fieldsOnScreen(host)) await answer(host, field, plainAnswers());
    await host.locator('[data-action="next"]').click();
  }
  assert.equal(await host.locator('[data-question="age"] input').inputValue(), '29');
  assert.deepEqual(log.errors, []);
});

test('the clinic block: no axe-core WCAG 2.1 AA violation in any language, 44 px targets, no overflow at 320 px', async (t) => {
  const { page, log } = await open(t, `<back-pain-triage id="w" lang="en" ${CLINIC}></back-pain-triage>`);
  await page.setViewportSize({ width: 320, height: 800 });
  await page.addScriptTag({ path: join(repo, 'node_modules', 'axe-core', 'axe.min.js') });
  const w = page.locator('#w');
  for (const lang of ['nb', 'nn', 'sv', 'da', 'en']) {
    await page.evaluate((lang) => document.getElementById('w').setAttribute('lang', lang), lang);
    for (const extra of [{ worried: true }, { fever_or_unwell: true }]) {
      await completeByMouse(w, plainAnswers(extra));
      const clinic = w.locator('[data-contact="clinic"]');
      await clinic.waitFor();
      const { violations } = await page.evaluate(() =>
        window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }),
      );
      const summary = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      assert.deepEqual(summary, [], `${lang} ${JSON.stringify(extra)}`);
      const boxes = await clinic.locator('a').evaluateAll((as) => as.map((a) => a.getBoundingClientRect()).map((r) => [r.width, r.height]));
      assert.equal(boxes.length, 2);
      for (const [width, height] of boxes) assert.ok(width >= 44 && height >= 44, `${lang}: ${width}×${height}`);
      const overflow = await page.evaluate(() => document.scrollingElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${lang}: horizontal overflow ${overflow}px at 320 px`);
      await w.locator('[data-action="restart"]').click();
    }
  }
  assert.deepEqual(log.errors, []);
});
