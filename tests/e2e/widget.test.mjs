// End-to-end tests of the widget on the trunk-built demo page (dist/, from
// `trunk build --release`), in Debian's Chromium: as a reader would use it.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { serverAndBrowser, recordedPage, repo } from './support.mjs';
import {
  SIGNS, EMERGENCY_SIGNS, NERVE_SIGNS, DURATIONS, plainAnswers, cliOutcome, completeByMouse, readResult,
  fieldsOnScreen, answer, asAsked, mulberry32, countryOn,
} from './flow.mjs';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const SHOTS = join(repo, 'test-results', 'screenshots');
const env = serverAndBrowser(join(repo, 'dist'));
before(() => {
  mkdirSync(SHOTS, { recursive: true });
});

/** A fresh page on the demo, with the widget rendered; page errors fail the test. */
async function openDemo(t, viewport = { width: 360, height: 740 }) {
  const { page, log } = await recordedPage(env.browser, t, { viewport });
  t.after(() => assert.deepEqual(log.errors, [], 'no script errors on the page'));
  await page.goto(env.server.url + '/');
  await page.locator('[data-step="start"]').waitFor();
  return page;
}

/** The element that has keyboard focus, looking inside the widget's shadow root. */
function focused(page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return {
      tag: el?.tagName.toLowerCase(),
      text: el?.textContent?.trim().slice(0, 80),
      action: el?.dataset?.action ?? null,
      value: el?.value ?? null,
      question: el?.closest?.('[data-question]')?.dataset.question ?? null,
    };
  });
}

/** Waits (up to a second) for focus to land on an element with tag `tag`: focus moves in the next frame. */
async function focusLandsOn(page, tag) {
  return focusLandsWhere(page, (f) => f.tag === tag);
}

/** Waits (up to a second) for focus to land where `where` (of `focused`) says. */
async function focusLandsWhere(page, where) {
  for (let i = 0; i < 20; i++) {
    if (where(await focused(page))) return true;
    await page.waitForTimeout(50);
  }
  return false;
}

async function tabTo(page, predicate, max = 30) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (predicate(f)) return f;
  }
  throw new Error('Tab never reached the control');
}

async function setLanguage(page, lang) {
  await page.getByLabel('Widget language').selectOption(lang);
  // A language's texts load on its first use (texts/<lang>.js); the widget switches then.
  await page.locator(`.bpt[lang="${lang}"]`).waitFor();
}

test('the start screen shows what this is and the emergency number before any question', async (t) => {
  const page = await openDemo(t);
  const start = page.locator('[data-step="start"]');
  assert.equal(await start.getByRole('heading', { level: 2 }).innerText(), 'Back pain: what should I do?');
  const call = start.getByRole('link', { name: 'Call 999' });
  assert.equal(await call.getAttribute('href'), 'tel:999');
  assert.match(await start.innerText(), /advice, not a diagnosis/);
  assert.match(await start.innerText(), /16 and over/);
  assert.equal(await page.locator('[data-question]').count(), 0, 'no question yet');
  // Nothing preselected anywhere once the questions start.
  await page.locator('[data-action="next"]').click();
  assert.equal(await page.locator('input[type="radio"]:checked').count(), 0);
  await page.screenshot({ path: join(SHOTS, 'start-360.png'), fullPage: true });
});

test('the whole flow by keyboard alone reaches the outcome the core decides', async (t) => {
  const page = await openDemo(t);
  const answers = plainAnswers({ age: 52, duration: '6-8', trend: 'unchanged', pain_below_knee: true, major_impact: true });
  await tabTo(page, (f) => f.action === 'next');
  await page.keyboard.press('Enter');
  for (let step = 0; step < 20; step++) {
    if (await page.locator('[data-step="result"]').count()) break;
    // Focus moved to the new step's heading.
    assert.ok(await focusLandsOn(page, 'h2'), `step ${step + 1}: focus on the heading`);
    for (const field of await fieldsOnScreen(page)) {
      const f = await tabTo(page, (x) => x.question === field, 3);
      if (field === 'age') {
        await page.keyboard.type(String(answers.age));
        continue;
      }
      const values = field === 'duration_weeks' ? Object.keys(DURATIONS) : field === 'trend' ? ['better', 'unchanged', 'worse'] : ['yes', 'no'];
      const want = field === 'duration_weeks' ? answers.duration : field === 'trend' ? answers.trend : answers[field] ? 'yes' : 'no';
      assert.equal(f.value, values[0], 'Tab lands on the first choice of an unanswered group');
      const index = values.indexOf(want);
      // A radio group is one Tab stop: Space picks the focused choice, arrows move and pick.
      if (index === 0) await page.keyboard.press('Space');
      for (let i = 0; i < index; i++) await page.keyboard.press('ArrowRight');
    }
    await tabTo(page, (f) => f.action === 'next', 3);
    await page.keyboard.press('Enter');
  }
  const shown = await readResult(page);
  const core = cliOutcome(answers, await countryOn(page));
  assert.equal(shown.urgency, core.urgency);
  assert.equal(shown.category, core.category);
  assert.deepEqual(shown.advice, core.advice);
  assert.deepEqual(shown.rules, core.reasons.map((r) => r.rule));
  assert.ok(await focusLandsOn(page, 'h2'), 'focus on the result heading');
  // The result is announced once: by the focused heading, not again by the live region.
  assert.equal((await focused(page)).text, shown.headline);
  assert.equal((await page.locator('[data-live]').innerText()).trim(), '');
  // And the way back is reachable by keyboard too.
  const change = await tabTo(page, (f) => f.action === 'change', 60);
  assert.equal(change.text, 'Change my answers');
});

test('a yes to each emergency sign goes at once to the emergency result with a tel: link', async (t) => {
  for (const [i, sign] of NERVE_SIGNS.entries()) {
    const page = await openDemo(t);
    await page.locator('[data-action="next"]').click();
    for (const earlier of NERVE_SIGNS.slice(0, i)) {
      await page.locator(`[data-question="${earlier}"] label.choice:has(input[value="no"])`).click();
      await page.locator('[data-action="next"]').click();
    }
    await page.locator(`[data-question="${sign}"]`).getByRole('radio', { name: 'Yes' }).check();
    const next = page.locator('[data-action="next"]');
    assert.equal((await next.innerText()).trim(), 'See what to do now');
    await next.click();
    const shown = await readResult(page);
    assert.equal(shown.urgency, 'emergency', sign);
    assert.deepEqual(shown.advice, ['call_emergency']);
    assert.deepEqual(shown.rules, [`emergency.${sign}`]);
    assert.equal(shown.headline, 'Call 999 or go to A&E now');
    const call = page.locator('[data-step="result"] .headline').getByRole('link', { name: 'Call 999' });
    assert.equal(await call.getAttribute('href'), 'tel:999');
    // The summary shows what was answered, and nothing that was never asked.
    const summary = await page.locator('[data-summary]').evaluateAll((els) => els.map((e) => e.dataset.summary));
    assert.deepEqual(summary, NERVE_SIGNS.slice(0, i + 1));
    if (i === 0) await page.screenshot({ path: join(SHOTS, 'result-emergency-360.png'), fullPage: true });
  }
});

test('a yes to a serious accident goes at once to the injury route, with the questions before it kept', async (t) => {
  const page = await openDemo(t);
  await page.locator('[data-action="next"]').click();
  for (const sign of NERVE_SIGNS) {
    await page.locator(`[data-question="${sign}"] label.choice:has(input[value="no"])`).click();
    await page.locator('[data-action="next"]').click();
  }
  await page.locator('[data-question="leg_weakness"]').getByRole('radio', { name: 'No' }).check();
  await page.locator('[data-question="trauma"]').getByRole('radio', { name: 'Yes' }).check();
  const next = page.locator('[data-action="next"]');
  assert.equal((await next.innerText()).trim(), 'See what to do now');
  await next.click();
  const shown = await readResult(page);
  assert.equal(shown.urgency, 'emergency');
  assert.deepEqual(shown.advice, ['injury_care_now']);
  assert.deepEqual(shown.rules, ['emergency.serious_accident']);
  // The demo's country is the UK: nhs.uk sends a serious accident to 999 or A&E.
  assert.equal(shown.headline, 'Call 999 or go to A&E now');
  const route = page.locator('[data-step="result"] .or-go');
  assert.equal(await route.getAttribute('data-emergency-kind'), 'injury');
  // Why: the injury's words, not the nerve signs'.
  const headline = await page.locator('[data-step="result"] .headline').innerText();
  assert.match(headline, /After a serious accident/);
  assert.doesNotMatch(headline, /pressure on the nerves/);
});

test('answers chosen by mouse reach the outcome the core decides (seeded answer sets)', async (t) => {
  const random = mulberry32(20261122);
  const page = await openDemo(t);
  for (let n = 0; n < 12; n++) {
    const answers = plainAnswers({
      age: [12, 15, 16, 40, 71][Math.floor(random() * 5)],
      duration: Object.keys(DURATIONS)[Math.floor(random() * Object.keys(DURATIONS).length)],
      trend: ['better', 'unchanged', 'worse'][Math.floor(random() * 3)],
    });
    // Emergency signs rarely, so that most sets reach the later steps.
    for (const s of SIGNS) answers[s] = random() < (EMERGENCY_SIGNS.includes(s) ? 0.05 : 0.2);
    await completeByMouse(page, answers);
    const shown = await readResult(page);
    const core = cliOutcome(asAsked(answers), await countryOn(page));
    assert.deepEqual(
      [shown.urgency, shown.category, shown.advice, shown.rules],
      [core.urgency, core.category, core.advice, core.reasons.map((r) => r.rule)],
      JSON.stringify(answers),
    );
    await page.locator('[data-action="restart"]').click();
    await page.locator('[data-step="start"]').waitFor();
  }
});

test('going on with a question unanswered says so and moves focus to it', async (t) => {
  const page = await openDemo(t);
  await page.locator('[data-action="next"]').click();
  await page.locator('[data-action="next"]').click();
  const q = page.locator('[data-question="bladder_or_bowel_problems"]');
  assert.equal((await q.locator('.error').innerText()).trim(), 'Please answer this question.');
  assert.match(await q.getAttribute('aria-describedby'), /error/);
  // Focus moves in the next frame.
  assert.ok(await focusLandsWhere(page, (f) => f.question === 'bladder_or_bowel_problems'), JSON.stringify(await focused(page)));
  // An age that is not an age is refused with its own message.
  for (const sign of SIGNS.filter((s) => !['major_impact', 'worried'].includes(s))) {
    while (!(await page.locator(`[data-question="${sign}"]`).count())) await page.locator('[data-action="next"]').click();
    await page.locator(`[data-question="${sign}"] label.choice:has(input[value="no"])`).click();
  }
  await page.locator('[data-action="next"]').click();
  await page.locator('[data-question="age"] input').fill('200');
  await page.locator('[data-action="next"]').click();
  assert.match(await page.locator('[data-question="age"] .error').innerText(), /whole years, from 0 to 120/);
  assert.equal(await page.locator('[data-question="age"] input').getAttribute('aria-invalid'), 'true');
});

test('a field the reader is already in when its step appears keeps focus, and holds what they type', async (t) => {
  // On a new step, focus moves to its heading in the next frame. A reader who has gone into a
  // field before that frame stays there. When focus was moved anyway, the "52" typed below
  // (put into the field's kept selection, as Playwright types) was cut to the field's
  // maxlength as an unfocused field takes it: the field said "5", and the result was a child's.
  const page = await openDemo(t);
  await page.locator('[data-action="next"]').click();
  while (!(await page.locator('[data-question="age"]').count())) {
    for (const field of await fieldsOnScreen(page)) await answer(page, field, plainAnswers());
    await page.locator('[data-action="next"]').click();
  }
  await page.locator('[data-question="age"] input').fill('52');
  await page.locator('[data-action="next"]').click();
  await page.locator('[data-question="duration_weeks"]').waitFor();
  // Back to the age, and into its field (its "52" selected, as a tap on a filled field may
  // leave it) in the task that drew the step: before the frame in which focus moves.
  const tapped = await page.locator('[data-action="back"]').evaluate(async (back) => {
    const tree = back.getRootNode();
    back.click();
    for (let i = 0; i < 100; i++) {
      const input = tree.querySelector('[data-question="age"] input');
      if (input?.value === '52') {
        input.select();
        input.focus();
        return tree.activeElement === input;
      }
      await Promise.resolve();
    }
    return false;
  });
  assert.ok(tapped, 'the age step drawn with its answer, and its field focused, within one task');
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  assert.equal((await focused(page)).question, 'age', JSON.stringify(await focused(page)));
  await page.keyboard.insertText('52');
  assert.equal(await page.locator('[data-question="age"] input').inputValue(), '52');
  // Going on reaches the outcome for a 52-year-old, not a child's.
  await completeByMouse(page, plainAnswers({ age: 52 }));
  assert.equal((await readResult(page)).urgency, 'self_care');
});

test('back keeps answers, and switching language mid-flow keeps answers and step', async (t) => {
  const page = await openDemo(t);
  await page.locator('[data-action="next"]').click();
  for (let i = 0; i < 3; i++) {
    await page.locator('label.choice:has(input[value="no"])').first().click();
    await page.locator('[data-action="next"]').click();
  }
  await page.locator('[data-question="trauma"] label.choice:has(input[value="yes"])').click();
  await setLanguage(page, 'sv');
  const widget = page.locator('back-pain-triage');
  assert.equal(await widget.getAttribute('lang'), 'sv');
  assert.equal(await page.locator('.bpt').getAttribute('lang'), 'sv', 'the widget root carries the lang');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en', 'the host page is untouched');
  assert.equal((await page.locator('.progress').innerText()).trim(), 'Steg 4 av 10');
  assert.ok(await page.locator('[data-question="trauma"] input[value="yes"]').isChecked(), 'answer kept');
  await page.locator('[data-action="back"]').click();
  assert.ok(await page.locator('[data-question="both_legs"] input[value="no"]').isChecked(), 'back keeps answers');
  await setLanguage(page, 'da');
  assert.equal((await page.locator('.progress').innerText()).trim(), 'Trin 3 af 10');
  assert.ok(await page.locator('[data-question="both_legs"] input[value="no"]').isChecked());
});

test('the country picks the numbers and the pain-relief source', async (t) => {
  const page = await openDemo(t);
  await setLanguage(page, 'nb');
  assert.equal(await page.locator('[data-step="start"] a.call').getAttribute('href'), 'tel:113');
  await completeByMouse(page, plainAnswers());
  const result = page.locator('[data-step="result"]');
  assert.equal(await result.getAttribute('data-urgency'), 'self_care');
  assert.equal(await result.locator('[data-contact="out_of_hours"] a').getAttribute('href'), 'tel:116117');
  // The rest of an advice item opens in place.
  await result.locator('[data-advice="pain_relief"] summary').click();
  assert.match(await result.locator('[data-advice="pain_relief"]').innerText(), /4 gram/);
  await page.getByLabel('Country').selectOption('GB');
  assert.equal(await result.locator('[data-contact="emergency"] a').getAttribute('href'), 'tel:999');
  assert.match(await result.locator('[data-advice="pain_relief"] .source').innerText(), /NICE NG59/);
  await setLanguage(page, 'da');
  // Denmark without a region: every region's out-of-hours line, the Capital Region's among them.
  assert.equal(await result.locator('[data-contact="out_of_hours"]').count(), 5);
  const capital = result.locator('[data-contact="out_of_hours"][data-region="DK-84"]');
  assert.equal(await capital.locator('a').getAttribute('href'), 'tel:1813');
  // From 1 January 2027 "Region Østdanmark (tidligere Region Hovedstaden): Akuttelefonen".
  assert.match(await capital.innerText(), /Region Hovedstaden\)?: Akuttelefonen/);
});

test('axe-core finds no WCAG 2.1 AA violation on any step in any language', async (t) => {
  const page = await openDemo(t);
  await page.addScriptTag({ path: join(repo, 'node_modules', 'axe-core', 'axe.min.js') });
  const check = async (where) => {
    const { violations } = await page.evaluate(
      (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }),
      AXE_TAGS,
    );
    const summary = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    assert.deepEqual(summary, [], where);
  };
  for (const lang of ['nb', 'nn', 'sv', 'da', 'en']) {
    await setLanguage(page, lang);
    await check(`${lang} start`);
    const answers = plainAnswers({ duration: '6-8', trend: 'worse', major_impact: true });
    await page.locator('[data-action="next"]').click();
    for (let step = 1; step < 20; step++) {
      if (await page.locator('[data-step="result"]').count()) break;
      // Once with the error shown, once answered.
      if (step === 1 || step === 7) {
        await page.locator('[data-action="next"]').click();
        await check(`${lang} step ${step} with an error`);
      }
      for (const field of await fieldsOnScreen(page)) {
        await answer(page, field, answers);
      }
      await check(`${lang} step ${step}`);
      await page.locator('[data-action="next"]').click();
    }
    await check(`${lang} result (soon)`);
    await page.locator('[data-action="restart"]').click();
    // Every other kind of result in this language too.
    for (const [kind, extra] of [['self_care', {}], ['urgent', { fever_or_unwell: true }], ['emergency', { both_legs: true }]]) {
      await completeByMouse(page, plainAnswers(extra));
      assert.equal((await readResult(page)).urgency, kind);
      await check(`${lang} result (${kind})`);
      await page.locator('[data-action="restart"]').click();
    }
  }
});

test('touch targets are at least 44 px, nothing overflows at 320 px, focus is visible', async (t) => {
  const page = await openDemo(t, { width: 320, height: 640 });
  await page.locator('[data-action="next"]').click();
  const sizes = await page.locator('label.choice, button').evaluateAll((els) =>
    els.map((e) => ({ h: e.getBoundingClientRect().height, w: e.getBoundingClientRect().width })));
  for (const s of sizes) assert.ok(s.h >= 44 && s.w >= 44, JSON.stringify(s));
  const overflow = await page.evaluate(() => document.scrollingElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `horizontal overflow ${overflow}px at 320px`);
  await page.keyboard.press('Tab');
  await tabTo(page, (f) => f.question === 'bladder_or_bowel_problems');
  const outline = await page.locator('label.choice').first().evaluate((e) => getComputedStyle(e).outlineStyle);
  assert.equal(outline, 'solid', 'the focused choice has a visible outline');
  // The result screen's controls and phone links too.
  await completeByMouse(page, plainAnswers({ worried: true }));
  await readResult(page);
  const resultTargets = await page.locator('[data-step="result"] button, [data-step="result"] a[href^="tel:"]').evaluateAll((els) =>
    els.map((e) => ({ text: e.textContent.trim(), h: e.getBoundingClientRect().height, w: e.getBoundingClientRect().width })));
  assert.ok(resultTargets.length >= 5);
  for (const s of resultTargets) assert.ok(s.h >= 44 && s.w >= 44, JSON.stringify(s));
  const resultOverflow = await page.evaluate(() => document.scrollingElement.scrollWidth - window.innerWidth);
  assert.ok(resultOverflow <= 0, `horizontal overflow ${resultOverflow}px on the result at 320px`);
});

test('the page fetches only its own files and stores nothing', async (t) => {
  // Listening from before the page loads, so requests made while loading count too.
  const context = await env.browser.newContext();
  t.after(() => context.close());
  const page = await context.newPage();
  const foreign = [];
  page.on('request', (r) => !r.url().startsWith(env.server.url) && !r.url().startsWith('data:') && foreign.push(r.url()));
  await page.goto(env.server.url + '/');
  await completeByMouse(page, plainAnswers({ worried: true }));
  await readResult(page);
  assert.deepEqual(foreign, [], 'no request to any other origin');
  const stored = await page.evaluate(async () => ({
    cookie: document.cookie,
    local: localStorage.length,
    session: sessionStorage.length,
    idb: (await indexedDB.databases()).length,
    caches: (await caches.keys()).length,
  }));
  assert.deepEqual(stored, { cookie: '', local: 0, session: 0, idb: 0, caches: 0 });
  assert.deepEqual(await page.context().cookies(), []);
  const own = new Set(env.server.requests);
  // src/: the package's sources, which the demo page serves as they are (index.html).
  for (const path of own) assert.match(path, /^\/(|index\.html|favicon\.ico|[\w.-]+\.(js|css)|src\/[\w.-]+\.js|wasm\/[\w.-]+\.(js|wasm)|texts\/[a-z]{2}\.js)$/, path);
});

test('screenshots of the start and result steps at phone and desktop sizes', async (t) => {
  for (const viewport of [{ width: 360, height: 740 }, { width: 1280, height: 800 }]) {
    const page = await openDemo(t, viewport);
    await page.locator('back-pain-triage').screenshot({ path: join(SHOTS, `start-${viewport.width}.png`) });
    await completeByMouse(page, plainAnswers({ duration: '6-8', trend: 'unchanged', major_impact: true }));
    await readResult(page);
    await page.locator('back-pain-triage').screenshot({ path: join(SHOTS, `result-${viewport.width}.png`) });
  }
});

test('the summary for a clinician: copied as text, and printed (PDF) with nothing else on it', async (t) => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 }, permissions: ['clipboard-read', 'clipboard-write'] });
  t.after(() => context.close());
  const page = await context.newPage();
  await page.goto(env.server.url + '/');
  await completeByMouse(page, plainAnswers({ age: 52, duration: '6-8', trend: 'unchanged', major_impact: true }));
  const shown = await readResult(page);
  const today = await page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
  const reason = (await page.locator('[data-rule="soon.major_impact"] p').first().innerText()).trim();

  await page.locator('[data-action="copy"]').click();
  await page.locator('.copy-status').filter({ hasText: 'Copied' }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  for (const expected of ['Back pain: what should I do?', `Date: ${today}`, shown.headline, reason, 'Source: «Verdt å vite om vond rygg»', '- Age: 52 years', '- How long: 6 to 7 weeks', 'This tool gives advice, not a diagnosis']) {
    assert.ok(copied.includes(expected), `copied text lacks ${JSON.stringify(expected)}:\n${copied}`);
  }

  // The print dialog itself cannot be driven headless; what it would print can.
  await page.evaluate(() => { window.print = () => { window.printCalled = true; }; });
  await page.locator('[data-action="print"]').click();
  assert.equal(await page.evaluate(() => window.printCalled), true);
  const pdfPath = join(repo, 'test-results', 'summary.pdf');
  await page.pdf({ path: pdfPath, format: 'A4' });
  const printed = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  for (const expected of [shown.headline, `Date: ${today}`, 'Your answers', '52 years', 'This tool gives advice, not a diagnosis', '«Verdt å vite om vond rygg» (brochure on the Norwegian national guideline, 2007)', 'Content last checked on']) {
    assert.ok(printed.includes(expected), `the PDF lacks ${JSON.stringify(expected)}:\n${printed}`);
  }
  for (const absent of ['Low back pain: what should you do?', 'Keep moving', 'Change my answers', 'What you can do', 'Copy as text']) {
    assert.ok(!printed.includes(absent), `the PDF should not show ${JSON.stringify(absent)}`);
  }
});
