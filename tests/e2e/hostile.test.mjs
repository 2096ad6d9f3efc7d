// The JavaScript boundary, attacked: evaluate, answersFromQuestionnaireResponse, mount and the
// element's attributes and properties, given null, undefined, numbers, arrays, functions,
// symbols, proxies that throw, getters, a polluted Object.prototype, 10 MB strings, deeply
// nested and cyclic values. Each must give a clear thrown Error (or a warning and a fallback,
// for attributes), never a WASM trap, and two widgets on the same page must keep working
// throughout. Needs pkg/ (npm run package).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { serverAndBrowser, recordedPage, scriptTagPage, repo } from './support.mjs';
import { plainAnswers, toContract, completeByMouse, readResult } from './flow.mjs';

const env = serverAndBrowser(repo, { needsPackage: true });

/** What a WASM trap, a Rust panic or a stack overflow look like in the console or an Error. */
const TRAP = /unreachable|RuntimeError|panicked|memory access out of bounds|Maximum call stack|recursion/i;

/** A page with two widgets (#a, #b) that must survive everything done to the page. */
async function hostilePage(t) {
  const { page, log } = await recordedPage(env.browser, t, { viewport: { width: 400, height: 800 } });
  const html = scriptTagPage(
    '<back-pain-triage id="a" lang="en"></back-pain-triage><back-pain-triage id="b" lang="en"></back-pain-triage><div id="host"></div>',
  );
  await page.route('**/hostile.html', (route) => route.fulfill({ body: html, contentType: 'text/html' }));
  await page.goto(env.server.url + '/hostile.html');
  await page.locator('#a [data-step="start"]').waitFor();
  await page.locator('#b [data-step="start"]').waitFor();
  return { page, log };
}

/** Both widgets still answer a reader: one to an emergency, the other to the plain result. */
async function widgetsStillWork(page) {
  const a = page.locator('#a');
  const b = page.locator('#b');
  for (const w of [a, b]) {
    if (await w.locator('[data-action="restart"]').count()) await w.locator('[data-action="restart"]').click();
  }
  await completeByMouse(a, plainAnswers({ trend: 'worse' }));
  assert.equal((await readResult(a)).urgency, 'soon');
  await completeByMouse(b, plainAnswers({ saddle_numbness: true }));
  assert.equal((await readResult(b)).urgency, 'emergency');
}

/** Hostile values, made in the page (functions, symbols and proxies cannot cross from Node). */
const HOSTILE = `
  const throwing = new Proxy({}, {
    get() { throw new Error('trap: get'); }, ownKeys() { throw new Error('trap: ownKeys'); },
    has() { throw new Error('trap: has'); }, getPrototypeOf() { throw new Error('trap: getPrototypeOf'); },
    getOwnPropertyDescriptor() { throw new Error('trap: descriptor'); },
  });
  const revoked = (() => { const r = Proxy.revocable({}, {}); r.revoke(); return r.proxy; })();
  const big = 'x'.repeat(10 * 1024 * 1024);
  let deep = [];
  for (let i = 0; i < 100000; i++) deep = [deep];
  let deepObject = {};
  for (let i = 0; i < 100000; i++) deepObject = { item: [deepObject] };
  const getter = (value, key) => Object.defineProperty({ ...value }, key, {
    enumerable: true, get() { throw new Error('getter threw'); } });
  const cyclic = (value, key) => { const c = { ...value }; c[key] = c; return c; };
  const sparse = []; sparse.length = 2 ** 32 - 1;
  const values = (valid, field) => ({
    null: null, undefined: undefined, number: 42, NaN: NaN, string: 'answers', bigString: big, bigint: 10n,
    true: true, array: [valid], emptyArray: [], sparseArray: sparse, function: () => valid, symbol: Symbol('answers'),
    date: new Date(), map: new Map(Object.entries(valid)), typedArray: new Uint8Array(1 << 20),
    throwingProxy: throwing, revokedProxy: revoked, proxyOfValid: new Proxy(valid, {}),
    throwingGetter: getter(valid, field), cyclic: cyclic(valid, field), cyclicExtra: cyclic(valid, 'self'),
    deepArrayField: { ...valid, [field]: deep }, deepObjectField: { ...valid, [field]: deepObject },
    bigStringField: { ...valid, [field]: big }, bigKey: { ...valid, [big]: true },
    functionField: { ...valid, [field]: () => 1 }, symbolField: { ...valid, [field]: Symbol('x') },
    proxyField: { ...valid, [field]: throwing }, revokedField: { ...valid, [field]: revoked },
    infinityField: { ...valid, [field]: Infinity }, hugeField: { ...valid, [field]: 1e308 },
    bigintField: { ...valid, [field]: 2n ** 70n }, protoKey: JSON.parse('{"__proto__": {"age": 40}}'),
  });
`;

test('evaluate(): every hostile value is a thrown Error naming the field or the argument, never a trap', async (t) => {
  const { page, log } = await hostilePage(t);
  const results = await page.evaluate(async (source) => {
    const api = await import('/pkg/back-pain-triage.js');
    await api.init();
    const valid = JSON.parse(source.valid);
    const all = new Function(`${source.hostile}; return values;`)()(valid, 'age');
    const out = {};
    for (const [name, value] of Object.entries(all)) {
      try {
        out[name] = { ok: api.evaluate(value).urgency };
      } catch (e) {
        out[name] = { error: e instanceof Error, message: String(e?.message).slice(0, 500), length: String(e?.message).length };
      }
    }
    out.afterwards = api.evaluate(valid).urgency;
    return out;
  }, { valid: JSON.stringify(toContract(plainAnswers())), hostile: HOSTILE });

  const failures = [];
  for (const [name, r] of Object.entries(results)) {
    if (name === 'afterwards') continue;
    // Only the proxy that forwards to a valid object, and the getter-free copies, may pass.
    if (r.ok) {
      if (!['proxyOfValid'].includes(name)) failures.push(`${name}: accepted (${r.ok})`);
      continue;
    }
    if (!r.error) failures.push(`${name}: threw a non-Error: ${r.message}`);
    if (TRAP.test(r.message)) failures.push(`${name}: trap: ${r.message}`);
    if (!/^evaluate: /.test(r.message)) failures.push(`${name}: does not say where: ${r.message}`);
    if (!/field `[^`]+`|expected an Answers object|the argument/.test(r.message)) {
      failures.push(`${name}: names no field: ${r.message}`);
    }
    if (r.length > 300) failures.push(`${name}: ${r.length} characters`);
  }
  assert.deepEqual(failures, [], `\n${failures.join('\n')}\n${JSON.stringify(results, null, 1)}`);
  assert.match(results.bigStringField.message, /field `age`/);
  assert.match(results.throwingGetter.message, /field `age`: could not be read: getter threw/);
  assert.match(results.deepArrayField.message, /field `age\[0\][^`]*`: nested more than 32 deep/);
  assert.equal(results.afterwards, 'self_care');
  await widgetsStillWork(page);
  assert.deepEqual(log.errors.filter((e) => TRAP.test(e)), [], 'no trap in the console');
});

test('answersFromQuestionnaireResponse(): hostile responses are Errors naming the element, never a trap', async (t) => {
  const { page, log } = await hostilePage(t);
  const results = await page.evaluate(async (source) => {
    const api = await import('/pkg/back-pain-triage.js');
    await api.init();
    const valid = JSON.parse(source.valid);
    // A valid response, as the widget writes it: every item answered.
    const ids = Object.keys(valid);
    const response = {
      resourceType: 'QuestionnaireResponse',
      status: 'completed',
      item: ids.map((linkId) => ({
        linkId,
        answer: [linkId === 'age' ? { valueInteger: valid.age } : linkId === 'trend' ? { valueCoding: { code: valid.trend } }
          : linkId === 'duration_weeks' ? { valueCoding: { code: '1-2' } } : { valueBoolean: valid[linkId] }],
      })),
    };
    const make = new Function(`${source.hostile}; return values;`)();
    const all = { ...make(response, 'item') };
    const answer = (value) => ({ ...response, item: response.item.map((i) => (i.linkId === 'age' ? { linkId: 'age', answer: [value] } : i)) });
    for (const [name, value] of Object.entries(make({ valueInteger: 40 }, 'valueInteger'))) all[`age answer ${name}`] = answer(value);
    const out = {};
    for (const [name, value] of Object.entries(all)) {
      try {
        out[name] = { ok: api.evaluate(api.answersFromQuestionnaireResponse(value)).urgency };
      } catch (e) {
        out[name] = { error: e instanceof Error, message: String(e?.message).slice(0, 500), length: String(e?.message).length };
      }
    }
    out.afterwards = api.evaluate(api.answersFromQuestionnaireResponse(response)).urgency;
    return out;
  }, { valid: JSON.stringify(toContract(plainAnswers())), hostile: HOSTILE });

  const failures = [];
  for (const [name, r] of Object.entries(results)) {
    if (name === 'afterwards') continue;
    if (r.ok) {
      // A foreign element the reader skips (a big key, the copied getter-free answer) may pass.
      if (!/proxyOfValid|bigKey|cyclicExtra|protoKey|typedArray|date|map$/.test(name)) failures.push(`${name}: accepted (${r.ok})`);
      continue;
    }
    if (!r.error) failures.push(`${name}: threw a non-Error: ${r.message}`);
    if (TRAP.test(r.message)) failures.push(`${name}: trap: ${r.message}`);
    if (!/^answersFromQuestionnaireResponse: /.test(r.message)) failures.push(`${name}: does not say where: ${r.message}`);
    if (!/`[^`]+`|expected a QuestionnaireResponse object|the argument/.test(r.message)) {
      failures.push(`${name}: names no element: ${r.message}`);
    }
    if (r.length > 400) failures.push(`${name}: ${r.length} characters`);
  }
  assert.deepEqual(failures, [], `\n${failures.join('\n')}\n${JSON.stringify(results, null, 1)}`);
  assert.match(results['age answer infinityField'].message, /`item\[\d+\]\.answer\[0\]\.valueInteger`/);
  assert.equal(results.afterwards, 'self_care');
  await widgetsStillWork(page);
  assert.deepEqual(log.errors.filter((e) => TRAP.test(e)), [], 'no trap in the console');
});

test('mount(): hostile elements and options are thrown Errors; mounting twice, prototype pollution', async (t) => {
  const { page, log } = await hostilePage(t);
  const results = await page.evaluate(async (source) => {
    const api = await import('/pkg/back-pain-triage.js');
    await api.init();
    const make = new Function(`${source.hostile}; return values;`)();
    const host = document.getElementById('host');
    const message = async (f) => {
      try {
        await f();
        return 'ok';
      } catch (e) {
        return `${e instanceof Error}: ${String(e?.message).slice(0, 200)}`;
      }
    };
    const out = {};
    for (const [name, value] of Object.entries(make({ lang: 'en' }, 'lang'))) {
      out[`element ${name}`] = await message(() => api.mount(value));
      const el = document.createElement('div');
      document.body.append(el);
      out[`options ${name}`] = await message(async () => (await api.mount(el, value)).unmount());
      el.remove();
    }
    out['element proxy of a div'] = await message(() => api.mount(new Proxy(document.createElement('div'), {})));
    out['element text node'] = await message(() => api.mount(document.createTextNode('x')));
    out['lang symbol'] = await message(async () => (await api.mount(host, { lang: Symbol('x') })).unmount());
    out['lang 10 MB'] = await message(async () => (await api.mount(host, { lang: 'x'.repeat(1e7), country: 'y'.repeat(1e7) })).unmount());
    out['onComplete proxy'] = await message(async () => (await api.mount(host, { onComplete: new Proxy(() => {}, {}) })).unmount());
    // Twice into one element: the second replaces the first, which stays safe to use and free.
    out['mounted twice'] = await message(async () => {
      const first = await api.mount(host);
      const second = await api.mount(host);
      await first.setLanguage('sv');
      first.reset();
      first.unmount();
      await second.setLanguage('da');
      await new Promise((ok) => setTimeout(ok, 50));
      const lang = host.shadowRoot.querySelector('.bpt')?.getAttribute('lang');
      second.unmount();
      if (lang !== 'da') throw new Error(`second widget lang ${lang}`);
    });
    // Text setters: strings (even 10 MB, or names of Object.prototype's members) warn and fall
    // back; anything else is a clear Error (handed to the bindings, it trapped the WASM).
    out['setters hostile'] = await message(async () => {
      const w = await api.mount(host);
      for (const v of [null, undefined, 'x'.repeat(1e7), '\u0000', 'constructor', '__proto__']) {
        w.setLanguage(v);
        w.setCountry(v);
        w.setRegion(v);
      }
      const thrown = [];
      const throwing = new Proxy({}, { get() { throw new Error('trap'); } });
      for (const v of [5, {}, [], () => 1, Symbol('x'), 10n, throwing]) {
        for (const f of ['setLanguage', 'setCountry', 'setRegion']) {
          try {
            w[f](v);
            thrown.push(`${f}: none`);
          } catch (e) {
            if (!(e instanceof Error && /expected a string/.test(e.message))) thrown.push(`${f}: ${e.message}`);
          }
        }
      }
      await w.setLanguage('sv');
      await new Promise((ok) => setTimeout(ok, 50));
      const lang = host.shadowRoot.querySelector('.bpt')?.getAttribute('lang');
      w.unmount();
      if (thrown.length || lang !== 'sv') throw new Error(`${thrown.join('; ')} lang ${lang}`);
    });
    // Object.prototype polluted by the host page: own properties are what counts.
    Object.prototype.age = 40;
    Object.prototype.lang = 'xx';
    const valid = JSON.parse(source.valid);
    delete valid.age;
    out['polluted evaluate'] = await message(() => api.evaluate(valid));
    out['polluted mount'] = await message(async () => (await api.mount(host, {})).unmount());
    const el = document.createElement('back-pain-triage');
    el.id = 'polluted';
    document.body.append(el);
    await new Promise((ok) => setTimeout(ok, 100));
    out['polluted element lang'] = el.shadowRoot?.querySelector('.bpt')?.getAttribute('lang');
    delete Object.prototype.age;
    delete Object.prototype.lang;
    return out;
  }, { valid: JSON.stringify(toContract(plainAnswers())), hostile: HOSTILE });

  const failures = [];
  for (const [name, r] of Object.entries(results)) {
    if (TRAP.test(String(r))) failures.push(`${name}: trap: ${r}`);
  }
  for (const [name, r] of Object.entries(results).filter(([n]) => n.startsWith('element '))) {
    if (!/^true: back-pain-triage: mount\(element\): element must be a DOM Element/.test(r)) failures.push(`${name}: ${r}`);
  }
  for (const [name, r] of Object.entries(results).filter(([n]) => n.startsWith('options '))) {
    // Options that are objects with nothing usable mount with the defaults.
    if (r !== 'ok' && !/^true: back-pain-triage: mount\(element, options\): options (must be an object|could not be read)/.test(r)) {
      failures.push(`${name}: ${r}`);
    }
  }
  assert.deepEqual(failures, [], `\n${failures.join('\n')}\n${JSON.stringify(results, null, 1)}`);
  assert.match(results['options throwingProxy'], /options could not be read: trap: (get|ownKeys)/);
  assert.match(results['options throwingGetter'], /options could not be read: getter threw/);
  assert.equal(results['mounted twice'], 'ok');
  assert.equal(results['setters hostile'], 'ok');
  assert.equal(results['lang 10 MB'], 'ok');
  assert.equal(results['onComplete proxy'], 'ok');
  assert.match(results['polluted evaluate'], /field `age`: missing/);
  assert.equal(results['polluted mount'], 'ok');
  assert.equal(results['polluted element lang'], 'en');
  assert.ok(log.warnings.every((w) => w.length < 400), 'warnings repeat at most a little of a 10 MB value');
  await widgetsStillWork(page);
  assert.deepEqual(log.errors.filter((e) => TRAP.test(e)), [], 'no trap in the console');
});

test('element attributes and properties: hostile values warn and fall back; the widget lives on', async (t) => {
  const { page, log } = await hostilePage(t);
  const a = page.locator('#a');
  await a.locator('[data-action="next"]').click();
  await a.locator('label.choice:has(input[value="no"])').click();
  const thrown = await page.evaluate(async () => {
    const el = document.getElementById('a');
    const out = [];
    const tryIt = (name, f) => {
      try {
        f();
      } catch (e) {
        out.push(`${name}: ${e instanceof Error}: ${e.message}`);
      }
    };
    const big = 'x'.repeat(10 * 1024 * 1024);
    for (const v of [big, '', ' ', '\u0000', 'en-\u{1F600}', 'nb-NO-NO-NO', '`\n`', 'sv'.padEnd(100000, '-x')]) {
      tryIt('lang attr', () => el.setAttribute('lang', v));
      tryIt('country attr', () => el.setAttribute('country', v));
      await new Promise((ok) => setTimeout(ok, 0));
    }
    for (const v of [null, undefined, 5, {}, [], () => 1, { toString() { throw new Error('toString threw'); } }, Symbol('x')]) {
      tryIt('lang property', () => { el.lang = v; });
      tryIt('country property', () => { el.country = v; });
      tryIt('dir property', () => { el.dir = v; });
      await new Promise((ok) => setTimeout(ok, 0));
    }
    el.removeAttribute('lang');
    el.removeAttribute('country');
    el.setAttribute('lang', 'en');
    // New elements whose lang or country names a member of Object.prototype: the first screen
    // (painted before the WASM) must not look them up there.
    const named = ['constructor', '__proto__', 'toString', 'hasOwnProperty'].map((name) => {
      const e = document.createElement('back-pain-triage');
      e.setAttribute('lang', name);
      e.setAttribute('country', name.toUpperCase());
      document.body.append(e);
      return e;
    });
    await new Promise((ok) => setTimeout(ok, 300));
    for (const e of named) {
      const lang = e.shadowRoot?.querySelector('.bpt')?.getAttribute('lang');
      if (lang !== 'en') out.push(`lang=${e.getAttribute('lang')}: widget lang ${lang}`);
      e.remove();
    }
    await new Promise((ok) => setTimeout(ok, 50));
    return out;
  });
  // Only the DOM's own conversions throw (a Symbol or a throwing toString cannot become text).
  for (const line of thrown) assert.match(line, /: true: .*(Symbol|toString threw)/, line);
  assert.ok(thrown.length >= 2, thrown.join('\n'));
  // The reader's answer is still there, and the widget answers clicks.
  assert.ok(await a.locator('input[value="no"]').isChecked(), 'answers survive');
  assert.ok(log.warnings.some((w) => /lang/.test(w)), 'a bad lang warns');
  assert.ok(log.warnings.every((w) => w.length < 400), `warnings are short: ${log.warnings.map((w) => w.length)}`);
  await widgetsStillWork(page);
  assert.deepEqual(log.errors.filter((e) => TRAP.test(e)), [], 'no trap in the console');
  assert.deepEqual(log.errors, [], 'no error at all');
});
