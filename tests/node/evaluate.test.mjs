// The npm package's evaluate() under Node.js must give exactly what the CLI gives, on the
// same answer sets: both call the same Rust core, and this proves the JavaScript boundary
// (crates/core-wasm/src/js.rs, both ways) changes nothing. Needs pkg/ (npm run package) and the
// release CLI (cargo build --release -p triage-cli).
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ruleTableCases, outcomeAsInFixture } from './fixture.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const pkgEntry = join(repo, 'pkg', 'node.js');
const bin = process.env.TRIAGE_BIN ?? join(repo, 'target', 'release', 'triage');
const SIGNS = [
  'bladder_or_bowel_problems', 'saddle_numbness', 'both_legs', 'leg_weakness', 'leg_numbness',
  'fever_or_unwell', 'trauma', 'minor_fall', 'weight_loss', 'cancer_history', 'constant_night_pain', 'osteoporosis_or_steroids',
  'pain_below_knee', 'uncontrolled_pain', 'major_impact', 'worried',
];
let api;

before(async () => {
  assert.ok(existsSync(pkgEntry), `${pkgEntry} missing: run npm run package`);
  assert.ok(existsSync(bin), `${bin} missing: run cargo build --release -p triage-cli`);
  // Imported through the package's own exports map, as a Node user would ("node" condition).
  api = await import(pathToFileURL(pkgEntry).href);
});

function answerSets(n) {
  let seed = 0x7a11;
  const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const sets = [];
  for (let i = 0; i < n; i++) {
    const a = {
      age: [0, 15, 16, 40, 70, 120][i % 6],
      duration_weeks: [0, 1, 3.99, 4, 5.99, 6, 8, 12, 30.5][Math.floor(random() * 9)],
      trend: ['better', 'unchanged', 'worse'][i % 3],
    };
    const p = [0, 0.05, 0.2, 0.5][i % 4];
    for (const s of SIGNS) a[s] = random() < p;
    sets.push(a);
  }
  return sets;
}

test('evaluate() in Node gives every case of the shared fixture', async () => {
  await api.init();
  for (const { name, country, answers, expected } of ruleTableCases) {
    const outcome = country === null ? api.evaluate(answers) : api.evaluate(answers, { country });
    assert.deepEqual(outcomeAsInFixture(outcome), expected, name);
  }
});

test('evaluate() in Node equals the CLI on 2,000 answer sets', async () => {
  await api.init();
  const sets = answerSets(2000);
  const cli = spawnSync(bin, ['--jsonl'], {
    input: sets.map((s) => JSON.stringify(s)).join('\n') + '\n',
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  assert.equal(cli.status, 0, cli.stderr);
  const lines = cli.stdout.trim().split('\n');
  assert.equal(lines.length, sets.length);
  const urgencies = new Set();
  sets.forEach((answers, i) => {
    const fromJs = api.evaluate(answers);
    assert.deepEqual(fromJs, JSON.parse(lines[i]), JSON.stringify(answers));
    urgencies.add(fromJs.urgency);
  });
  assert.equal(urgencies.size, 4, 'the sets reach every urgency');
});

test('evaluate(answers, { country }) equals triage --country: that country\'s own rules, and advice_sources', async () => {
  await api.init();
  const sets = answerSets(300);
  for (const country of ['NO', 'SE', 'DK', 'GB']) {
    const cli = spawnSync(bin, ['--jsonl', '--country', country], {
      input: sets.map((s) => JSON.stringify(s)).join('\n') + '\n',
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    assert.equal(cli.status, 0, cli.stderr);
    const lines = cli.stdout.trim().split('\n');
    sets.forEach((answers, i) => {
      const withCountry = api.evaluate(answers, { country: country.toLowerCase() });
      assert.deepEqual(withCountry, JSON.parse(lines[i]), `${country} ${JSON.stringify(answers)}`);
      const { advice_sources: sources, ...rest } = withCountry;
      // The country's own rules may only raise the shared rules' urgency, never above what
      // every country's rules together give (evaluate without a country).
      const URGENCY = ['self_care', 'soon', 'urgent', 'emergency'];
      assert.ok(URGENCY.indexOf(rest.urgency) <= URGENCY.indexOf(api.evaluate(answers).urgency), country);
      assert.deepEqual(sources.map((s) => s.advice), withCountry.advice);
      const pain = sources.find((s) => s.advice === 'pain_relief');
      if (pain) assert.equal(pain.sources.some((s) => s.includes('NICE')), country === 'GB', country);
    });
  }
  assert.equal(api.evaluate(sets[0]).advice_sources, undefined, 'without a country, as today');
  assert.throws(() => api.evaluate(sets[0], { country: 'US' }), /options\.country "US"/);
});

test('init() is idempotent and evaluate() before it says what to do', () => {
  // A fresh process, so that nothing has loaded the WASM yet.
  const script = `
    const api = await import(${JSON.stringify(pathToFileURL(pkgEntry).href)});
    const answers = ${JSON.stringify(answerSets(1)[0])};
    let before = 'no error';
    try { api.evaluate(answers); } catch (e) { before = e.message; }
    await Promise.all([api.init(), api.init()]);
    await api.init();
    console.log(JSON.stringify({ before, after: api.evaluate(answers).urgency }));
  `;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const { before, after } = JSON.parse(r.stdout);
  assert.match(before, /await init\(\) first/);
  assert.equal(after, 'soon');
});

test('bad answers throw an Error naming the field, never a WASM trap', async () => {
  await api.init();
  const good = answerSets(1)[0];
  const cases = [
    [{}, /`age`.*missing/],
    [{ ...good, age: 40.5 }, /`age`/],
    [{ ...good, age: '40' }, /`age`/],
    [{ ...good, duration_weeks: -1 }, /`duration_weeks`/],
    [{ ...good, duration_weeks: Infinity }, /`duration_weeks`/],
    [{ ...good, duration_weeks: NaN }, /`duration_weeks`/],
    [{ ...good, trend: 'sideways' }, /`trend`/],
    [{ ...good, worried: 'yes' }, /`worried`/],
    [{ ...good, worried: undefined }, /`worried`/],
    [{ ...good, saddle_numbess: true }, /`saddle_numbess`.*did you mean `saddle_numbness`/],
    [null, /Answers object, got null/],
    [undefined, /Answers object, got undefined/],
    ['answers', /Answers object, got string/],
    [[1, 2], /Answers object, got an array/],
  ];
  for (const [input, message] of cases) {
    assert.throws(() => api.evaluate(input), (e) => e instanceof Error && message.test(e.message), String(JSON.stringify(input)));
  }
  // The module still works after all of them: nothing trapped.
  assert.equal(api.evaluate(good).urgency, 'soon');
});

/** Numbers that JSON and JavaScript both read as floats (not whole numbers of 64 bits). */
function floatsToQuote() {
  const fixed = [
    40.5, 0.1, 0.30000000000000004, 1e-7, 1.5e-5, 5e-324, 2.2250738585072014e-308, 123456.789, 999999.9999999999,
    1000000.5, 1e21, 1.5e300, 1.7976931348623157e308, 120.00000000000001, -0.5, -1e-10, -123.456, -1e300, 3.99,
  ];
  let bits = 0x5eedn;
  const random = [];
  const view = new DataView(new ArrayBuffer(8));
  while (random.length < 200) {
    bits = (bits * 6364136223846793005n + 1442695040888963407n) & 0xffffffffffffffffn;
    view.setBigUint64(0, bits);
    const x = view.getFloat64(0);
    // Whole numbers beyond 2^53 are floats to JavaScript but integers to JSON below 2^64.
    if (Number.isFinite(x) && !(Number.isInteger(x) && Math.abs(x) < 2 ** 64)) random.push(x);
  }
  return [...fixed, ...random];
}

test('evaluate() quotes a wrong number exactly as the CLI does (JavaScript digits, Rust layout)', async () => {
  await api.init();
  const good = answerSets(1)[0];
  const mismatches = [];
  for (const x of floatsToQuote()) {
    for (const field of x < 0 ? ['age', 'duration_weeks'] : ['age']) {
      const answers = { ...good, [field]: x };
      let fromJs = 'no error';
      try { api.evaluate(answers); } catch (e) { fromJs = e.message; }
      const cli = spawnSync(bin, [], { input: JSON.stringify(answers), encoding: 'utf8' });
      assert.equal(cli.status, 2, `${field} ${x}: ${cli.stdout}`);
      // From the field on; the CLI adds serde_json's position, and the JavaScript API cuts a
      // message past 300 characters as `shortened` in crates/triage/src/decision/answers.rs does.
      const fromCli = cli.stderr.slice(cli.stderr.indexOf('field `')).trim().replace(/ at line \d+ column \d+$/, '');
      const shortened = fromCli.length > 300 ? `${fromCli.slice(0, 240)}…${fromCli.slice(-60)}` : fromCli;
      if (!fromJs.startsWith('evaluate: field `') || fromJs.slice('evaluate: '.length) !== shortened) {
        mismatches.push(`${field} ${x}: JS ${JSON.stringify(fromJs)} CLI ${JSON.stringify(cli.stderr.trim())}`);
      }
    }
  }
  assert.deepEqual(mismatches, []);
});

test('evaluate() names the field with the same message as the CLI', async () => {
  await api.init();
  const good = answerSets(1)[0];
  const { worried, ...withoutWorried } = good;
  const cases = [
    {}, withoutWorried, { ...good, age: '40' }, { ...good, age: [40] }, { ...good, age: { years: 40 } },
    { ...good, age: null }, { ...good, age: true }, { ...good, age: 121 }, { ...good, age: -1 },
    { ...good, duration_weeks: '4' }, { ...good, duration_weeks: -1 }, { ...good, trend: 'sideways' },
    { ...good, trend: 5 }, { ...good, worried: 'yes' }, { ...good, worried: null }, { ...good, worried: 1 },
    { ...good, saddle_numbess: true }, { ...good, 'new\nline`field': true }, { age: 40, shoe_size: 42 },
    { ...good, trend: 'x'.repeat(100) },
  ];
  const mismatches = [];
  for (const answers of cases) {
    let fromJs = 'no error';
    try { api.evaluate(answers); } catch (e) { fromJs = e.message.replace(/^evaluate: /, ''); }
    const cli = spawnSync(bin, [], { input: JSON.stringify(answers), encoding: 'utf8' });
    const fromCli = cli.stderr.trim().replace(/^triage: invalid Answers: /, '').replace(/ at line \d+ column \d+$/, '');
    if (cli.status !== 2 || fromJs !== fromCli) mismatches.push(`${JSON.stringify(answers)}:\n  JS  ${fromJs}\n  CLI ${fromCli}`);
  }
  assert.deepEqual(mismatches, []);
});

test('mount() and defineElement() in Node fail with a clear Error', async () => {
  await assert.rejects(api.mount(null), /element must be a DOM Element/);
  assert.throws(() => api.defineElement(), /needs a browser/);
});
