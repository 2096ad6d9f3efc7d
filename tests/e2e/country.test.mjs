// What each country's reader is told, read from the screen as a reader completes the questions:
// the emergency route's call buttons in order (crates/triage/src/country.rs, `Country::emergency_route`), the
// out-of-hours and emergency lines on an urgent and a self-care result, a follow-up date that is
// never later than the country's mark, and a "within a few days" result that never says today.
// In each country's own language and in English. Needs pkg/ (npm run package).
import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { serverAndBrowser, recordedPage, scriptTagPage, repo } from './support.mjs';
import { plainAnswers, completeByMouse, readResult, mostDaysPassed } from './flow.mjs';

/** A Friday, so that marks fall on weekends (and Christmas) and move to the last open day before. */
const TODAY = '2026-12-04';

/** Every Danish region's out-of-hours line, in the regions' order (DK-81 … DK-85). */
const DK_LINES = ['tel:70150300', 'tel:70113131', 'tel:70110707', 'tel:1813', 'tel:1818'];
const DK_REGION_LINE = { 'DK-82': 'tel:70113131', 'DK-84': 'tel:1813' };

/** Per country: the emergency number, the route's name, and the mark in days after it began. */
const COUNTRY = {
  NO: { emergency: 'tel:113', outOfHours: ['tel:116117'], route: 'doctor_first', mark: 28 },
  SE: { emergency: 'tel:112', outOfHours: ['tel:1177'], route: 'emergency_department', mark: 14 },
  DK: { emergency: 'tel:112', outOfHours: DK_LINES, route: 'doctor_first', mark: 28 },
  GB: { emergency: 'tel:999', outOfHours: ['tel:111'], route: 'emergency_number', mark: 28 },
};

/** [country, region, language] as a host page sets them. */
const CASES = [
  ['NO', null, 'nb'], ['NO', null, 'en'],
  ['SE', null, 'sv'], ['SE', null, 'en'],
  ['DK', null, 'da'], ['DK', 'DK-84', 'da'], ['DK', 'DK-82', 'da'], ['DK', null, 'en'],
  ['GB', null, 'en'],
];

/** The out-of-hours lines the reader should see: the region's own, or every region's. */
function outOfHoursFor(country, region) {
  return region ? [DK_REGION_LINE[region]] : COUNTRY[country].outOfHours;
}

/**
 * The emergency result's numbers as [data-contact, href], in order. NO and DK: the doctor's line
 * first (the legevakt's 116 117, the region's, or every region's), then 113 or 112. SE: 112 (if
 * you cannot get to the akutmottagning), then 1177. GB: 999 only.
 */
function emergencyCalls(country, region) {
  const { emergency } = COUNTRY[country];
  const ooh = outOfHoursFor(country, region).map((tel) => ['out_of_hours', tel]);
  if (country === 'GB') return [['emergency', emergency]];
  if (country === 'DK' || country === 'NO') return [...ooh, ['emergency', emergency]];
  return [['emergency', emergency], ...ooh];
}

/** `iso` plus `days`, as YYYY-MM-DD (calendar arithmetic in UTC, no time of day). */
function plusDays(iso, days) {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
const weekday = (iso) => new Date(`${iso}T00:00:00Z`).getUTCDay(); // 0 Sunday … 6 Saturday

/**
 * The public holidays near TODAY's marks, written out from each country's calendar (the same
 * days crates/triage/src/holidays.rs's tests list): the follow-up never falls on one.
 */
const HOLIDAYS_DECEMBER_2026 = {
  NO: ['2026-12-24', '2026-12-25', '2026-12-26'],
  SE: ['2026-12-24', '2026-12-25', '2026-12-26', '2026-12-31'],
  DK: ['2026-12-24', '2026-12-25', '2026-12-26'],
  // England and Wales, Scotland and Northern Ireland alike: Boxing Day's substitute on Monday 28.
  GB: ['2026-12-25', '2026-12-28'],
};
const isClosed = (country, iso) => [0, 6].includes(weekday(iso)) || HOLIDAYS_DECEMBER_2026[country].includes(iso);

/**
 * The follow-up date by the rule of crates/triage/src/follow_up.rs: today + (mark − the most days the choice
 * allows), moved back past Saturdays, Sundays and public holidays, never before today; `null`
 * once the mark may have passed.
 */
function expectedFollowUp(country, duration) {
  const passed = mostDaysPassed(duration);
  const left = passed === null ? 0 : COUNTRY[country].mark - passed;
  if (left <= 0) return null;
  let date = plusDays(TODAY, left);
  while (isClosed(country, date)) date = plusDays(date, -1);
  return date < TODAY ? TODAY : date;
}

const env = serverAndBrowser(repo, { needsPackage: true });
const started = Date.now();
after(() => console.log(`country.test.mjs: ${CASES.length} country/language cases in ${Date.now() - started} ms`));

/** One page for a case: the script-tag build, the widget with the case's attributes, the clock fixed. */
async function open(t, [country, region, lang]) {
  const attributes = `lang="${lang}" country="${country}"${region ? ` region="${region}"` : ''}`;
  const html = scriptTagPage(`<back-pain-triage ${attributes}></back-pain-triage>`, { lang });
  const { page, log } = await recordedPage(env.browser, t, { viewport: { width: 400, height: 800 }, timezoneId: 'UTC' });
  t.after(() => assert.deepEqual(log.errors, [], 'no script errors on the page'));
  await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00Z`));
  await page.route('**/virtual.html', (route) => route.fulfill({ body: html, contentType: 'text/html' }));
  await page.goto(env.server.url + '/virtual.html');
  const widget = page.locator('back-pain-triage');
  // The widget's own language and country are in place (texts loaded) before any reading.
  await widget.locator(`[lang="${lang}"][data-country="${country}"]`).first().waitFor();
  await widget.locator('[data-step="start"]').waitFor();
  return widget;
}

/** Goes through the questions with `answers` and returns the whole result, read. */
async function resultFor(widget, answers, urgency, where) {
  await completeByMouse(widget, answers);
  const shown = await readResult(widget);
  assert.equal(shown.urgency, urgency, where);
  return widget.locator('[data-step="result"]');
}

/** The hrefs of every [data-contact=kind] line on the result, in order. */
const contactLines = (result, kind) =>
  result.locator(`[data-contact="${kind}"]`).evaluateAll((els) => els.map((e) => e.querySelector('a[href^="tel:"]')?.getAttribute('href')));

const restart = async (widget) => {
  await widget.locator('[data-action="restart"]').click();
  await widget.locator('[data-step="start"]').waitFor();
};

// Three cases at a time, each on its own page in the one browser: the flows wait on the page,
// not on the CPU.
describe('each country in its language and in English', { concurrency: 3 }, () => {
  for (const c of CASES) {
    const [country, region, lang] = c;
    const name = `${country}${region ? ` ${region}` : ''} in ${lang}`;
    it(`${name}: the emergency route, the lines on urgent and self-care, the follow-up date, no "today" within days`, async (t) => {
      const widget = await open(t, c);
      const expectedOoh = outOfHoursFor(country, region);
      const { emergency, route } = COUNTRY[country];

      // Emergency: the route's numbers in order, and the route named on its steps.
      let result = await resultFor(widget, plainAnswers({ both_legs: true }), 'emergency', `${name} emergency`);
      const calls = await result.locator('.headline [data-contact]').evaluateAll((els) =>
        els.map((e) => [e.dataset.contact, e.querySelector('a[href^="tel:"]')?.getAttribute('href')]));
      assert.deepEqual(calls, emergencyCalls(country, region), `${name}: the emergency result's numbers`);
      // Each single line is a call button; only Denmark without a region lists its five lines.
      const buttons = await result.locator('.headline p.emergency-call[data-contact] > a.call').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      const listed = country === 'DK' && !region ? DK_LINES : [];
      assert.deepEqual(buttons, calls.map(([, href]) => href).filter((h) => !listed.includes(h)), `${name}: the call buttons`);
      assert.deepEqual(await result.locator('[data-emergency-route]').evaluateAll((els) => els.map((e) => e.dataset.emergencyRoute)), [route], name);
      assert.ok(await result.locator('.or-go[data-emergency-route]').innerText(), `${name}: the route's steps are written out`);
      await restart(widget);

      // Urgent: the out-of-hours line(s) and the emergency number.
      result = await resultFor(widget, plainAnswers({ fever_or_unwell: true }), 'urgent', `${name} urgent`);
      assert.deepEqual(await contactLines(result, 'out_of_hours'), expectedOoh, `${name} urgent: out of hours`);
      assert.deepEqual(await contactLines(result, 'emergency'), [emergency], `${name} urgent: emergency`);
      await restart(widget);

      // Self-care: the same lines, and a follow-up by the country's mark (or none past it).
      for (const duration of ['0-1', '3-4']) {
        const where = `${name} self-care ${duration}`;
        result = await resultFor(widget, plainAnswers({ duration, trend: 'better' }), 'self_care', where);
        assert.deepEqual(await contactLines(result, 'out_of_hours'), expectedOoh, `${where}: out of hours`);
        assert.deepEqual(await contactLines(result, 'emergency'), [emergency], `${where}: emergency`);
        const date = await result.locator('[data-section="follow-up"]').getAttribute('data-date');
        const expected = expectedFollowUp(country, duration);
        assert.equal(date, expected, where);
        if (date !== null) {
          const mark = plusDays(TODAY, COUNTRY[country].mark - mostDaysPassed(duration));
          assert.ok(date <= (mark > TODAY ? mark : TODAY), `${where}: ${date} is later than the mark ${mark}`);
          assert.ok(date >= TODAY, `${where}: ${date} is before today`);
          assert.ok(date === TODAY || !isClosed(country, date), `${where}: ${date} is on a weekend or holiday`);
        }
        assert.equal(await result.locator('[data-section="follow-up"] a[data-action="calendar"]').count(), date ? 1 : 0, where);
        await restart(widget);
      }

      // Soon ("within a few days"), before and past the mark: never "today", anywhere on the result.
      const todayWord = lang === 'en' ? /\btoday\b/i : /(^|[^\p{L}])i dag([^\p{L}]|$)/iu;
      for (const duration of ['0-1', '4-6']) {
        const where = `${name} soon ${duration}`;
        result = await resultFor(widget, plainAnswers({ duration, trend: 'better', worried: true }), 'soon', where);
        const text = await result.evaluate((el) => el.textContent);
        assert.doesNotMatch(text, todayWord, where);
        await restart(widget);
      }
    });
  }
});

// Review 2026-12-07 §3.3: an embed without a country (an English page in Oslo) shows 112 alone,
// no out-of-hours number, and says no country is set; the console warns once, naming the
// attribute. A region in the page's lang tag is a country; the UK's numbers name Northern Ireland.
describe('without a country', () => {
  /** A page with `body`, the script-tag build and `html lang`, the clock fixed; log recorded. */
  async function openPage(t, body, lang = 'en', { blockWasm = false } = {}) {
    const { page, log } = await recordedPage(env.browser, t, { viewport: { width: 400, height: 800 }, timezoneId: 'UTC' });
    // Blocking the WASM makes load errors on purpose; otherwise none.
    if (!blockWasm) t.after(() => assert.deepEqual(log.errors, [], 'no script errors on the page'));
    await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00Z`));
    if (blockWasm) await page.route('**/*.wasm', (route) => route.abort());
    await page.route('**/virtual.html', (route) => route.fulfill({ body: scriptTagPage(body, { lang }), contentType: 'text/html' }));
    await page.goto(env.server.url + '/virtual.html');
    return { page, log, widget: page.locator('back-pain-triage') };
  }
  const tels = (root) => root.locator('a[href^="tel:"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  const numbersLine = (root) => root.locator('[data-numbers]').evaluateAll((els) => els.map((e) => [e.dataset.numbers, e.textContent]));
  const noCountryWarnings = (log) => log.warnings.filter((w) => /no country attribute/.test(w));

  it('112 alone on the start screen and every result, the line saying no country is set, one warning', async (t) => {
    const { page, log, widget } = await openPage(t, '<back-pain-triage lang="en"></back-pain-triage>');
    await widget.locator('.bpt[data-country=""]:not([data-first-screen]) [data-step="start"]').waitFor();
    const start = widget.locator('[data-step="start"]');
    assert.deepEqual(await tels(start), ['tel:112']);
    const [[kind, line]] = await numbersLine(start);
    assert.equal(kind, 'unconfirmed');
    assert.match(line, /has not said which country.*112.*Norway, Sweden, Denmark and the United Kingdom/);

    const cases = [
      [plainAnswers({ saddle_numbness: true }), 'emergency'],
      [plainAnswers({ fever_or_unwell: true }), 'urgent'],
      [plainAnswers({ worried: true }), 'soon'],
      [plainAnswers(), 'self_care'],
    ];
    for (const [answers, urgency] of cases) {
      await completeByMouse(widget, answers);
      assert.equal((await readResult(widget)).urgency, urgency);
      const result = widget.locator('[data-step="result"]');
      assert.deepEqual(await tels(result), ['tel:112'], `${urgency}: 112 alone`);
      assert.equal(await result.locator('[data-contact="out_of_hours"]').count(), 0, `${urgency}: no out-of-hours line`);
      assert.deepEqual((await numbersLine(result)).map(([k]) => k), ['unconfirmed'], urgency);
      const text = await result.evaluate((el) => el.textContent);
      assert.doesNotMatch(text, /\b(999|111|113|116 117)\b/, `${urgency}: no other country's number`);
      if (urgency === 'emergency') {
        assert.equal((await result.locator('h2').innerText()).trim(), 'Call 112 now');
        assert.equal(await result.locator('.or-go').getAttribute('data-emergency-route'), 'emergency_number');
        assert.deepEqual(await result.locator('.headline a.call').evaluateAll((as) => as.map((a) => a.getAttribute('href'))), ['tel:112']);
      }
      if (urgency === 'urgent') assert.match(text, /call your local out-of-hours service\./);
      await restart(widget);
    }
    // The language changes: still one warning for this widget.
    await page.evaluate(() => document.querySelector('back-pain-triage').setAttribute('lang', 'nb'));
    await widget.locator('.bpt[lang="nb"]').waitFor();
    assert.deepEqual(await tels(widget.locator('[data-step="start"]')), ['tel:112']);
    assert.equal(noCountryWarnings(log).length, 1, log.warnings.join('\n'));
    assert.match(noCountryWarnings(log)[0], /set the country attribute/);

    // The host sets the country: its numbers, and the line names it.
    await page.evaluate(() => document.querySelector('back-pain-triage').setAttribute('country', 'NO'));
    await widget.locator('.bpt[data-country="NO"]').waitFor();
    assert.deepEqual(await tels(widget.locator('[data-step="start"]')), ['tel:113']);
    assert.deepEqual(await numbersLine(widget.locator('[data-step="start"]')), [['national', 'Disse numrene er for Norge.']]);
  });

  it('the first screen before the WASM, and the fallback when it cannot load, show 112', async (t) => {
    const { page, widget } = await openPage(t, '<back-pain-triage lang="da"></back-pain-triage>', 'da', { blockWasm: true });
    await widget.locator('[data-first-screen][data-country=""]').waitFor({ state: 'attached' });
    assert.deepEqual(await tels(widget.locator('[data-step="start"]')), ['tel:112']);
    assert.deepEqual((await numbersLine(widget)).map(([k]) => k), ['unconfirmed']);
    const builtIn = page.locator('back-pain-triage > p');
    await builtIn.waitFor();
    assert.equal(await builtIn.locator('a').getAttribute('href'), 'tel:112');
  });

  it('a region in the page lang is the country; the UK\'s numbers name Northern Ireland; an unknown country is none', async (t) => {
    const { log, widget } = await openPage(t, '<back-pain-triage></back-pain-triage>', 'en-GB');
    await widget.locator('.bpt[data-country="GB"]:not([data-first-screen]) [data-step="start"]').waitFor();
    assert.deepEqual(await tels(widget.locator('[data-step="start"]')), ['tel:999']);
    const [[kind, line]] = await numbersLine(widget.locator('[data-step="start"]'));
    assert.equal(kind, 'national');
    assert.match(line, /^These phone numbers are for the United Kingdom\. 111 is for England, Scotland and Wales: in Northern Ireland, contact your GP or GP Out of Hours instead\.$/);
    await completeByMouse(widget, plainAnswers({ fever_or_unwell: true }));
    const result = widget.locator('[data-step="result"]');
    assert.deepEqual(await contactLines(result, 'out_of_hours'), ['tel:111']);
    assert.match(await result.evaluate((el) => el.textContent), /in Northern Ireland, contact your GP or GP Out of Hours instead/);
    assert.equal(noCountryWarnings(log).length, 0);

    const unknown = await openPage(t, '<back-pain-triage lang="en-GB" country="FR"></back-pain-triage>');
    await unknown.widget.locator('.bpt[data-country=""]:not([data-first-screen]) [data-step="start"]').waitFor();
    assert.deepEqual(await tels(unknown.widget.locator('[data-step="start"]')), ['tel:112']);
    assert.ok(unknown.log.warnings.some((w) => /country "FR" is not one of NO, SE, DK, GB; showing only the emergency number 112/.test(w)), unknown.log.warnings.join('\n'));
  });
});
