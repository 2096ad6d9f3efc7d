// The end-to-end flows every engine must get through, as a reader would: clicking, typing and
// pressing Tab, reading roles and text, and the widget's stable hooks (data-question,
// data-action, data-step, data-urgency, data-contact, data-region, radio values, lang) rather
// than its sentences, which change with the content. Run per engine by firefox.test.mjs and
// webkit.test.mjs against the trunk build (dist/, from `trunk build --release`).
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serve, repo } from '../../www/serve.mjs';
import { startBrowser, KEY } from './webdriver.mjs';

/** An emergency sign; its "yes" ends the questions at once. */
const EMERGENCY_SIGN = 'bladder_or_bowel_problems';

/**
 * A reader's answers: every sign "no" unless listed in `yes`; the duration as the first or the
 * last of the choices the page offers (or a radio value), so that no test depends on how the
 * weeks are split.
 */
function reader({ yes = [], age = 40, duration = 'first', trend = 'better' } = {}) {
  return { yes: new Set(yes), age, duration, trend };
}

/** The value of the radio `field` should get, picked from `values` (those on the page, in order). */
function wanted(field, answers, values) {
  if (field === 'duration_weeks') {
    if (answers.duration === 'first') return values[0];
    if (answers.duration === 'last') return values.at(-1);
    return answers.duration;
  }
  if (field === 'trend') return answers.trend;
  return answers.yes.has(field) ? 'yes' : 'no';
}

/** The tests of one engine, in a suite of their own, sharing one browser and one server. */
export function crossEngineTests(engine) {
  describe(engine, () => {
    let b = null;
    let server = null;
    before(async () => {
      assert.ok(existsSync(join(repo, 'dist', 'index.html')), 'dist/ missing: run trunk build --release');
      server = await serve(repo);
      b = await startBrowser(engine);
      console.log(`# ${engine}: ${b.browserVersion}`);
      // A phone-sized window: the widget's narrow layout.
      await b.setWindowSize(420, 900);
    });
    after(async () => {
      await b?.close();
      await server?.close();
    });

    /** Runs `fn`, and on failure says which engine and step failed. */
    async function step(what, fn) {
      try {
        return await fn();
      } catch (e) {
        const message = e.message.replace(`[${engine}] `, '');
        throw new Error(`[${engine}] ${what}: ${message}`, { cause: e });
      }
    }

    /** What the script on the page threw or logged as an error, kept from the page's start. */
    const watchErrors = () => b.run(() => {
      window.__errors = [];
      window.addEventListener('error', (e) => window.__errors.push(String(e.message)));
      window.addEventListener('unhandledrejection', (e) => window.__errors.push(String(e.reason)));
    });
    const errors = () => b.run(() => window.__errors ?? []);

    /** Opens `path` and waits for the live widget (the start screen painted before the WASM replaced). */
    async function open(path) {
      await b.go(server.url + path);
      await watchErrors();
      await b.until('the widget live on its start screen', () => b.run(() => {
        const root = document.querySelector('back-pain-triage')?.shadowRoot;
        const first = root?.firstElementChild;
        return Boolean(first && !first.hasAttribute('data-first-screen') && root.querySelector('[data-step="start"]'));
      }), 15_000);
    }

    /** The screen on show: a step's id, "start" or "result". */
    const screen = () => b.run(() => {
      const root = document.querySelector('back-pain-triage')?.shadowRoot;
      return root?.querySelector('[data-step]')?.dataset.step ?? null;
    });

    /** The `data-question` fields on the screen, in order. */
    const fields = () => b.run(() => [...document.querySelector('back-pain-triage').shadowRoot.querySelectorAll('[data-question]')]
      .map((q) => q.dataset.question));

    /** The radio values of `field`, in the order the page shows them. */
    const radioValues = (field) => b.run((field) => [...document.querySelector('back-pain-triage').shadowRoot
      .querySelectorAll(`[data-question="${field}"] input[type="radio"]`)].map((r) => r.value), field);

    /** The checked value of every radio group on the screen: { field: value }. */
    const checked = () => b.run(() => Object.fromEntries([...document.querySelector('back-pain-triage').shadowRoot
      .querySelectorAll('[data-question]')].map((q) => [q.dataset.question, q.querySelector('input:checked')?.value ?? null])));

    /** The element that has focus, looking inside the widget's shadow root. */
    const focused = () => b.run(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return {
        tag: el?.tagName.toLowerCase() ?? null,
        action: el?.dataset?.action ?? null,
        value: el?.value ?? null,
        question: el?.closest?.('[data-question]')?.dataset.question ?? null,
        inWidget: el?.getRootNode?.() !== document,
      };
    });

    /** Presses `next` (Start, Next or the emergency button) by mouse and waits for the screen to change. */
    async function clickNext() {
      const before = await screen();
      await b.click(await b.waitFor('[data-action="next"]'));
      await b.until(`a new screen after ${before}`, async () => (await screen()) !== before);
    }

    /** Answers `field` with a click on the choice's label, or by typing the age. */
    async function answerByMouse(field, answers) {
      if (field === 'age') {
        // A click on the field's label, which must put the cursor in the field: WebKitWebDriver's
        // Element Click refuses the <input> itself inside a shadow root ("element click
        // intercepted": its hit test stops at the host element), though not a <label>.
        await b.click(await b.find('[data-question="age"] label'));
        assert.equal((await focused()).question, 'age', 'a click on the label puts the cursor in the age field');
        await b.press(...String(answers.age));
        const typed = await b.run(() => document.querySelector('back-pain-triage').shadowRoot.querySelector('[data-question="age"] input').value);
        assert.equal(typed, String(answers.age), 'the age typed');
        return;
      }
      const value = wanted(field, answers, await radioValues(field));
      const label = await b.run((field, value) => document.querySelector('back-pain-triage').shadowRoot
        .querySelector(`[data-question="${field}"] input[value="${value}"]`)?.closest('label') ?? null, field, value);
      assert.ok(label, `${field}: no choice with value ${value}`);
      await b.click(label);
      assert.equal((await checked())[field], value, `${field}: ${value} checked after the click`);
    }

    /** From the start screen to the result by mouse; returns the step ids passed. */
    async function completeByMouse(answers) {
      const passed = [];
      await step('Start', clickNext);
      for (let n = 0; n < 20; n++) {
        const id = await screen();
        if (id === 'result') return passed;
        passed.push(id);
        for (const field of await fields()) await step(`step ${id}: answer ${field}`, () => answerByMouse(field, answers));
        await step(`step ${id}: next`, clickNext);
      }
      throw new Error(`[${engine}] no result after 20 steps: ${passed.join(' → ')}`);
    }

    /** The whole result (not the screen shown until the result's WASM has arrived). */
    async function result() {
      await b.waitFor('[data-step="result"] [data-section="answers"]', 15_000);
      return b.run(() => {
        const r = document.querySelector('back-pain-triage').shadowRoot.querySelector('[data-step="result"]');
        return { urgency: r.dataset.urgency, category: r.dataset.category, lang: r.closest('[lang]')?.getAttribute('lang') };
      });
    }

    /** The phone links under `data-contact="<kind>"`: [{ region, href }] as hooks, and the first as an element. */
    const contacts = (kind) => b.run((kind) => [...document.querySelector('back-pain-triage').shadowRoot
      .querySelectorAll(`[data-step="result"] [data-contact="${kind}"]`)]
      .map((c) => ({ region: c.dataset.region ?? null, hrefs: [...c.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href')) })), kind);

    /** Checks that `tel:<number>` is on the result as a link a reader sees and can use. */
    async function seesCallLink(number) {
      const link = await b.find(`[data-step="result"] [data-contact="emergency"] a[href="tel:${number}"]`);
      assert.ok(link, `a tel:${number} link under data-contact="emergency"`);
      assert.equal(await b.role(link), 'link', `tel:${number}'s role`);
      const text = await b.text(link);
      assert.ok(text.replace(/\s/g, '').includes(number), `tel:${number}'s text shows the number: ${JSON.stringify(text)}`);
    }

    test(`${engine}: a flow to each urgency by mouse; the emergency number as a tel: link`, async () => {
      const cases = [
        ['emergency', reader({ yes: [EMERGENCY_SIGN] })],
        ['urgent', reader({ yes: ['leg_weakness'] })],
        ['soon', reader({ yes: ['worried'], duration: 'last', trend: 'unchanged' })],
        ['self_care', reader({ duration: 'first', trend: 'better' })],
      ];
      for (const [urgency, answers] of cases) {
        await step(`${urgency}: open the demo page`, () => open('/dist/'));
        const passed = await completeByMouse(answers);
        const shown = await step(`${urgency}: read the result`, result);
        assert.equal(shown.urgency, urgency, `[${engine}] data-urgency after ${passed.join(' → ')}`);
        if (urgency === 'emergency') assert.equal(passed.length, 1, `[${engine}] the emergency came at once`);
        await step(`${urgency}: the result's heading`, async () => {
          const heading = await b.find('[data-step="result"] h2');
          assert.equal(await b.role(heading), 'heading');
          assert.ok((await b.text(heading)).trim().length > 0, 'the heading says something');
        });
        // The demo's country is GB: 999.
        await step(`${urgency}: the emergency number`, () => seesCallLink('999'));
        assert.deepEqual(await errors(), [], `[${engine}] ${urgency}: no script error`);
      }
    });

    test(`${engine}: a field the reader is already in when its step appears keeps focus`, async () => {
      await step('open the demo page', () => open('/dist/'));
      // Start, then into the first question's first choice in the task that draws it: before
      // the frame in which the widget moves focus to a new screen's heading, as it must not
      // then. (It once asked with `:focus`, which WebKit matches only in a focused window.)
      const kept = await step('Start, and at once into the first choice', () => b.run(async () => {
        const root = document.querySelector('back-pain-triage').shadowRoot;
        root.querySelector('[data-action="next"]').click();
        for (let i = 0; i < 100 && !root.querySelector('[data-question] input'); i++) await Promise.resolve();
        const choice = root.querySelector('[data-question] input');
        choice?.focus();
        const atOnce = choice != null && root.activeElement === choice;
        await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
        return { atOnce, after: root.activeElement === choice, tag: root.activeElement?.tagName ?? null };
      }));
      assert.ok(kept.atOnce, `[${engine}] the first choice drawn and focused in the task of the click`);
      assert.ok(kept.after, `[${engine}] focus left in the choice two frames later, not moved to ${kept.tag}`);
    });

    test(`${engine}: switching language mid-questionnaire keeps the step and the answers`, async () => {
      await step('open the demo page', () => open('/dist/'));
      await step('Start', clickNext);
      // "No" to the emergency signs, one to a screen, then a "yes" on the fourth step.
      const answers = reader({ yes: [] });
      for (let i = 0; i < 3; i++) {
        const id = await screen();
        for (const field of await fields()) await step(`step ${id}: answer ${field}`, () => answerByMouse(field, answers));
        await step(`step ${id}: next`, clickNext);
      }
      const [first] = await fields();
      await step(`answer ${first} yes`, () => answerByMouse(first, reader({ yes: [first] })));
      const read = () => b.run(() => {
        const root = document.querySelector('back-pain-triage').shadowRoot;
        return {
          step: root.querySelector('[data-step]').dataset.step,
          numbers: root.querySelector('.progress')?.textContent.match(/\d+/g),
          legend: root.querySelector('legend')?.textContent,
          lang: root.querySelector('[lang]')?.getAttribute('lang'),
        };
      });
      const before = await read();
      const beforeChecked = await checked();
      assert.equal(beforeChecked[first], 'yes');

      // The picker is outside the widget, on the host page: a person opens it and picks Svenska.
      await step('pick Svenska in the page\'s language picker', async () => {
        await b.click(await b.find('#demo-lang'));
        await b.click(await b.find('#demo-lang option[value="sv"]'));
        await b.until('the widget in Swedish', async () => (await read()).lang === 'sv', 10_000);
      });
      const after = await read();
      assert.equal(await b.run(() => document.querySelector('back-pain-triage').getAttribute('lang')), 'sv');
      assert.equal(await b.run(() => document.documentElement.lang), 'en', `[${engine}] the host page's lang untouched`);
      assert.equal(after.step, before.step, `[${engine}] the same step`);
      assert.deepEqual(after.numbers, before.numbers, `[${engine}] the same "step x of n"`);
      assert.notEqual(after.legend, before.legend, `[${engine}] the question is now in Swedish`);
      assert.deepEqual(await checked(), beforeChecked, `[${engine}] the answer kept`);

      await step('Back, in Swedish', async () => {
        const was = await screen();
        await b.click(await b.find('[data-action="back"]'));
        await b.until('the step before', async () => (await screen()) !== was);
      });
      assert.ok(Object.values(await checked()).every((v) => v === 'no'), `[${engine}] the earlier "no" kept after Back`);
      // The rest in Swedish; the demo switches the country with the language (Sweden: 112).
      const passed = [await screen()];
      await step('next', clickNext);
      assert.equal((await checked())[first], 'yes', `[${engine}] the "yes" to ${first} still there`);
      for (let n = 0; n < 20 && (await screen()) !== 'result'; n++) {
        const id = await screen();
        passed.push(id);
        for (const field of await fields()) {
          if ((await checked())[field]) continue;
          await step(`step ${id}: answer ${field}`, () => answerByMouse(field, answers));
        }
        await step(`step ${id}: next`, clickNext);
      }
      const shown = await step('read the result', result);
      assert.equal(shown.lang, 'sv', `[${engine}] the result in Swedish`);
      assert.notEqual(shown.urgency, 'self_care', `[${engine}] the "yes" to ${first} given before the switch counted (${passed.join(' → ')})`);
      await step('the Swedish emergency number', () => seesCallLink('112'));
      assert.deepEqual(await errors(), [], `[${engine}] no script error`);
    });

    test(`${engine}: a Danish region gives its own line; without one, all five`, async () => {
      await step('open a host page with region DK-84', () => open('/tests/xbrowser/host.html?lang=da&country=DK&region=DK-84'));
      await completeByMouse(reader({ yes: ['leg_weakness'] }));
      const shown = await step('read the result', result);
      assert.equal(shown.urgency, 'urgent');
      assert.equal(shown.lang, 'da');
      assert.deepEqual(await contacts('out_of_hours'), [{ region: 'DK-84', hrefs: ['tel:1813'] }], `[${engine}] DK-84: Akuttelefonen 1813 only`);
      await step('the line is a link', async () => {
        assert.equal(await b.role(await b.find('[data-contact="out_of_hours"] a[href="tel:1813"]')), 'link');
      });
      await step('the emergency number', () => seesCallLink('112'));

      // The host changes the region, then takes it away: the result follows, live.
      await b.run(() => document.querySelector('back-pain-triage').setAttribute('region', 'DK-81'));
      await step('region DK-81', () => b.until('the North Denmark line', async () => {
        const lines = await contacts('out_of_hours');
        return lines.length === 1 && lines[0].region === 'DK-81' && lines[0].hrefs[0] === 'tel:70150300';
      }));
      await b.run(() => document.querySelector('back-pain-triage').removeAttribute('region'));
      const all = await step('no region', () => b.until('five regional lines', async () => {
        const lines = await contacts('out_of_hours');
        return lines.length === 5 && lines;
      }));
      assert.deepEqual(all.map((l) => l.region), ['DK-81', 'DK-82', 'DK-83', 'DK-84', 'DK-85'], `[${engine}] every region, in order`);
      for (const l of all) assert.equal(l.hrefs.length, 1, `[${engine}] ${l.region}: one tel: link`);
      assert.equal(all[3].hrefs[0], 'tel:1813');
      assert.deepEqual(await errors(), [], `[${engine}] no script error`);
    });

    test(`${engine}: keyboard only (Tab, Space, arrows, Enter) from the page to a result`, async (t) => {
      await step('open the demo page', () => open('/dist/'));
      const answers = reader({ yes: ['major_impact'], age: 52, duration: 'last', trend: 'unchanged' });

      /** Presses Tab until `predicate(focused)` holds (at most `max` times). */
      async function tabTo(what, predicate, max) {
        for (let i = 0; i < max; i++) {
          await b.press(KEY.Tab);
          const f = await focused();
          if (predicate(f)) return f;
        }
        throw new Error(`Tab ×${max} never reached ${what} (focus on ${JSON.stringify(await focused())})`);
      }
      /** Tab to next, Enter, and the screen changes. */
      async function pressNext(id) {
        await tabTo(`next on ${id}`, (f) => f.action === 'next', 4);
        await b.press(KEY.Enter);
        await b.until(`a new screen after ${id}`, async () => (await screen()) !== id);
      }

      // From the top of the page: past the demo's pickers into the widget, to Start.
      await step('Tab to Start', () => tabTo('Start', (f) => f.action === 'next' && f.inWidget, 12));
      await step('Enter on Start', async () => {
        await b.press(KEY.Enter);
        await b.until('the first question', async () => (await screen()) !== 'start');
      });
      const passed = [];
      for (let n = 0; n < 20; n++) {
        const id = await screen();
        if (id === 'result') break;
        passed.push(id);
        await step(`step ${id}: focus on its heading`, () => b.until('focus on the h2', async () => (await focused()).tag === 'h2'));
        for (const field of await fields()) {
          await step(`step ${id}: ${field} by keyboard`, async () => {
            const f = await tabTo(field, (x) => x.question === field, 3);
            if (field === 'age') {
              await b.press(...String(answers.age));
              const typed = await b.run(() => document.querySelector('back-pain-triage').shadowRoot.querySelector('[data-question="age"] input').value);
              assert.equal(typed, String(answers.age));
              return;
            }
            const values = await radioValues(field);
            assert.equal(f.value, values[0], 'Tab lands on the first choice of an unanswered group');
            const index = values.indexOf(wanted(field, answers, values));
            // A radio group is one Tab stop: Space picks the focused choice, an arrow moves and picks.
            if (index === 0) await b.press(KEY.Space);
            for (let i = 0; i < index; i++) await b.press(KEY.ArrowRight);
            assert.equal((await checked())[field], values[index], `${values[index]} picked`);
          });
        }
        await step(`step ${id}: Tab to next, Enter`, () => pressNext(id));
      }
      const shown = await step('read the result', result);
      assert.equal(shown.urgency, 'soon', `[${engine}] data-urgency after ${passed.join(' → ')}`);
      t.diagnostic(`${engine}: by keyboard through ${passed.length} steps: ${passed.join(' → ')}`);
      await step('focus on the result heading', () => b.until('focus on the h2', async () => (await focused()).tag === 'h2'));
      await step('Tab on to the way back', () => tabTo('change my answers', (f) => f.action === 'change', 80));
      assert.deepEqual(await errors(), [], `[${engine}] no script error`);
    });
  });
}
