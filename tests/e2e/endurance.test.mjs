// Over time and at scale, in one page of Chromium: the element mounted and removed 1,000 times
// and moved between parents 1,000 times without leaking (JS heap after a forced garbage
// collection, WASM memory) or slowing down; and 50 elements on one page, one WASM fetch, each
// completing its own flow with answers that never leak into another. Prints the figures (the
// README quotes them). Needs pkg/ (npm run package).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { serverAndBrowser, recordedPage, scriptTagPage, repo } from './support.mjs';
import { SIGNS, EMERGENCY_SIGNS, mulberry32 } from './flow.mjs';

const env = serverAndBrowser(repo, {
  needsPackage: true,
  // window.gc() for a forced collection; exact (not bucketed) performance.memory figures.
  flags: ['--js-flags=--expose-gc', '--enable-precise-memory-info'],
});

async function open(t, body) {
  const { page, log } = await recordedPage(env.browser, t, { viewport: { width: 400, height: 800 } });
  await page.route('**/endurance.html', (route) => route.fulfill({ body: scriptTagPage(body), contentType: 'text/html' }));
  await page.goto(env.server.url + '/endurance.html');
  return { page, errors: log.errors };
}

const MB = 1024 * 1024;
const mb = (bytes) => (bytes / MB).toFixed(2);

/** In the page: helpers for the measurement loops (a string, so it runs there). */
const IN_PAGE = `
  window.bpt = {
    async wasmMemory() {
      // The bindings return the instance's exports once initialised (the same instance).
      const glue = await import('/pkg/wasm/back-pain-triage.js');
      return (await glue.default()).memory.buffer.byteLength;
    },
    heap() {
      for (let i = 0; i < 3; i++) window.gc();
      return performance.memory.usedJSHeapSize;
    },
    /**
     * Resolves once the widget (not the first screen painted before the WASM) shows its start
     * screen; microtasks first, then timer turns.
     */
    async started(el) {
      for (let i = 0; i < 10000; i++) {
        const root = el.shadowRoot;
        if (root?.querySelector('[data-step="start"]') && !root.querySelector('[data-first-screen]')) return;
        await (i < 100 ? Promise.resolve() : new Promise((ok) => setTimeout(ok, 0)));
      }
      throw new Error('no start screen');
    },
    median(xs) {
      const s = [...xs].sort((a, b) => a - b);
      return s[Math.floor(s.length / 2)];
    },
  };
`;

test('1,000 mounts and removals, 1,000 moves: no leak, no slowdown', async (t) => {
  const { page, errors } = await open(t, '<div id="one"></div><div id="two"></div>');
  await page.evaluate(IN_PAGE);
  const figures = await page.evaluate(async () => {
    const { wasmMemory, heap, started, median } = window.bpt;
    const one = document.getElementById('one');
    const two = document.getElementById('two');
    const at = {};
    const times = [];
    for (let cycle = 1; cycle <= 1000; cycle++) {
      const el = document.createElement('back-pain-triage');
      el.setAttribute('lang', cycle % 2 ? 'en' : 'nb');
      // A country, as a host sets it: without one each mount warns on the console, and the
      // console's kept messages would count in the heap measured here.
      el.setAttribute('country', cycle % 2 ? 'GB' : 'NO');
      const t0 = performance.now();
      (cycle % 2 ? one : two).append(el);
      await started(el);
      times.push(performance.now() - t0);
      // A step taken, so that the widget has more than its start screen to free.
      el.shadowRoot.querySelector('[data-action="next"]').click();
      el.remove();
      await new Promise((ok) => setTimeout(ok, 0)); // the unmount waits a microtask (moves)
      if (cycle === 100 || cycle === 1000) {
        at[cycle] = { heap: heap(), wasm: await wasmMemory(), mountMs: median(times.slice(-10)) };
      }
    }
    const mounts = at;

    // One element moved between two parents, keeping its reader's answer.
    const el = document.createElement('back-pain-triage');
    el.setAttribute('lang', 'en');
    el.setAttribute('country', 'GB');
    one.append(el);
    await started(el);
    el.shadowRoot.querySelector('[data-action="next"]').click();
    await new Promise((ok) => setTimeout(ok, 0));
    el.shadowRoot.querySelector('label.choice input[value="no"]').closest('label').click();
    const moves = {};
    for (let cycle = 1; cycle <= 1000; cycle++) {
      (cycle % 2 ? two : one).append(el);
      await new Promise((ok) => setTimeout(ok, 0));
      if (cycle === 100 || cycle === 1000) moves[cycle] = { heap: heap(), wasm: await wasmMemory() };
    }
    const kept = el.shadowRoot.querySelector('input[value="no"]').checked;
    const widgets = document.querySelectorAll('back-pain-triage').length;
    return { mounts, moves, kept, widgets };
  });

  const { mounts, moves } = figures;
  console.log(
    `[leak] mount/remove: JS heap ${mb(mounts[100].heap)} MB at cycle 100, ${mb(mounts[1000].heap)} MB at 1,000 ` +
      `(${mb(mounts[1000].heap - mounts[100].heap)} MB); WASM memory ${mb(mounts[100].wasm)} → ${mb(mounts[1000].wasm)} MB; ` +
      `mount to first screen (median of 10) ${mounts[100].mountMs.toFixed(2)} ms at 100, ${mounts[1000].mountMs.toFixed(2)} ms at 1,000`,
  );
  console.log(
    `[leak] moves: JS heap ${mb(moves[100].heap)} → ${mb(moves[1000].heap)} MB (${mb(moves[1000].heap - moves[100].heap)} MB); ` +
      `WASM memory ${mb(moves[100].wasm)} → ${mb(moves[1000].wasm)} MB`,
  );
  assert.ok(mounts[1000].heap - mounts[100].heap < 2 * MB, 'JS heap grows < 2 MB over 900 mounts');
  assert.ok(mounts[1000].wasm - mounts[100].wasm < 2 * MB, 'WASM memory grows < 2 MB over 900 mounts');
  assert.ok(mounts[1000].mountMs <= 2 * Math.max(mounts[100].mountMs, 1), 'the 1,000th mount within 2× the 100th');
  assert.ok(moves[1000].heap - moves[100].heap < 2 * MB, 'JS heap grows < 2 MB over 900 moves');
  assert.ok(moves[1000].wasm - moves[100].wasm < 2 * MB, 'WASM memory grows < 2 MB over 900 moves');
  assert.ok(figures.kept, 'the answer survives 1,000 moves');
  assert.equal(figures.widgets, 1);
  assert.deepEqual(errors, []);
});

/** A distinct answer set per widget, so that any leak between them shows. */
function answersFor(i) {
  const random = mulberry32(1000 + i);
  const a = { age: 16 + i, duration_weeks: [0, 1, 2, 3, 4, 6, 8, 12][i % 8], trend: ['better', 'unchanged', 'worse'][i % 3] };
  for (const s of SIGNS) a[s] = !EMERGENCY_SIGNS.includes(s) && random() < 0.3;
  return a;
}
const DURATION_VALUE = { 0: '0-1', 1: '1-2', 2: '2-3', 3: '3-4', 4: '4-6', 6: '6-8', 8: '8-12', 12: '12+' };

test('50 widgets on one page: one WASM fetch, each flow independent; time to all first screens', async (t) => {
  const count = 50;
  const before = env.server.requests.filter((p) => p.endsWith('/back-pain-triage_bg.wasm')).length;
  const body = Array.from({ length: count }, (_, i) => `<back-pain-triage id="w${i}" lang="en" country="GB"></back-pain-triage>`).join('');
  const { page, errors } = await open(t, body);
  // Times since navigation started: every first screen painted (before the WASM), and every
  // widget live (the WASM's start screen in place of the painted one).
  const { painted, live } = await page.evaluate(async (n) => {
    const els = [...document.querySelectorAll('back-pain-triage')];
    const count = (live) =>
      els.filter((el) => {
        const root = el.shadowRoot;
        return root?.querySelector('[data-step="start"]') && (!live || !root.querySelector('[data-first-screen]'));
      }).length;
    const frame = () => new Promise((ok) => requestAnimationFrame(ok));
    while (count(false) < n) await frame();
    const painted = performance.now();
    while (count(true) < n) await frame();
    return { painted, live: performance.now() };
  }, count);
  const widgetFetches = env.server.requests.filter((p) => p.endsWith('/back-pain-triage_bg.wasm')).length - before;
  assert.equal(widgetFetches, 1, 'the widget WASM is fetched once for 50 widgets');

  const expected = Array.from({ length: count }, (_, i) => answersFor(i));
  // Every widget one step at a time, round robin, so that they are all mid-flow together.
  const results = await page.evaluate(async ({ expected, durations }) => {
    const tick = () => new Promise((ok) => setTimeout(ok, 0));
    const completed = {};
    const els = expected.map((_, i) => document.getElementById(`w${i}`));
    els.forEach((el, i) => el.addEventListener('triage-complete', (e) => (completed[i] = e.detail)));
    els.forEach((el) => el.shadowRoot.querySelector('[data-action="next"]').click());
    await tick();
    for (let step = 0; step < 20 && Object.keys(completed).length < els.length; step++) {
      els.forEach((el, i) => {
        const root = el.shadowRoot;
        if (root.querySelector('[data-step="result"]')) return;
        for (const q of root.querySelectorAll('[data-question]')) {
          const field = q.dataset.question;
          const a = expected[i];
          if (field === 'age') {
            const input = q.querySelector('input');
            input.value = String(a.age);
            input.dispatchEvent(new Event('input', { bubbles: true }));
            continue;
          }
          const value = field === 'duration_weeks' ? durations[a.duration_weeks] : typeof a[field] === 'boolean' ? (a[field] ? 'yes' : 'no') : a[field];
          q.querySelector(`input[value="${value}"]`).closest('label').click();
        }
        root.querySelector('[data-action="next"]').click();
      });
      await tick();
    }
    // triage-complete comes once the core has made the detail (asynchronously).
    for (let i = 0; i < 500 && Object.keys(completed).length < els.length; i++) await tick();
    const api = await import('/pkg/back-pain-triage.js');
    await api.init();
    return els.map((el, i) => ({
      urgency: el.shadowRoot.querySelector('[data-step="result"]')?.dataset.urgency,
      rules: [...el.shadowRoot.querySelectorAll('[data-rule]')].map((r) => r.dataset.rule),
      detail: completed[i] && { answers: completed[i].answers, outcome: completed[i].outcome },
      // The widgets' country is the UK: the event's outcome is evaluate(answers, { country }).
      oracle: api.evaluate(expected[i], { country: 'GB' }),
    }));
  }, { expected, durations: DURATION_VALUE });

  results.forEach((r, i) => {
    assert.ok(r.detail, `widget ${i} completed (${r.urgency ?? 'no result on screen'})`);
    assert.deepEqual(r.detail.answers, expected[i], `widget ${i} has its own answers, nobody else's`);
    assert.deepEqual(r.detail.outcome, r.oracle, `widget ${i}: outcome = evaluate(its answers)`);
    assert.equal(r.urgency, r.oracle.urgency, `widget ${i} shows its own urgency`);
    assert.deepEqual([...new Set(r.rules)], [...new Set(r.oracle.reasons.map((x) => x.rule))], `widget ${i} shows its own reasons`);
  });
  // The sets differ, so equal answers between two widgets would be a leak, not chance.
  assert.equal(new Set(expected.map((a) => JSON.stringify(a))).size, count);
  console.log(
    `[many] ${count} widgets, the widget WASM fetched once: every first screen painted ${painted.toFixed(0)} ms ` +
      `and every widget live ${live.toFixed(0)} ms after navigation started; all ${count} flows completed independently`,
  );
  assert.deepEqual(errors, []);
});
