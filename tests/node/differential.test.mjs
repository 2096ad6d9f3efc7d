// Differential test for the `triage` CLI.
//
// This file contains an INDEPENDENT JavaScript reading of the published rule
// table (urgency / duration advice / category), written only from the
// specification and never from the Rust sources. It is used as an oracle: a
// deterministic, seeded set of several thousand answer sets is piped through
// `triage --jsonl` in a single run, and every outcome is compared with the
// reference. Further tests pin down the CLI's error contract and `--help`.
//
// Run:   cargo build --release -p triage-cli && node --test tests/node/
// or:    TRIAGE_BIN=/path/to/triage node --test tests/node/

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ruleTableCases, outcomeAsInFixture } from './fixture.mjs';

// ---------------------------------------------------------------------------
// Locating the binary
// ---------------------------------------------------------------------------

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..', '..');
const bin = process.env.TRIAGE_BIN || path.join(repo, 'target', 'release', 'triage');

function requireBin() {
  if (!existsSync(bin)) {
    assert.fail(
      `triage binary not found at ${bin}. ` +
        'Run `cargo build --release -p triage-cli` first (or set TRIAGE_BIN).',
    );
  }
}

function run(args, input) {
  const r = spawnSync(bin, args, {
    input,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  return r;
}

// ---------------------------------------------------------------------------
// The Answers schema (spec: "Answers" table)
// ---------------------------------------------------------------------------

const FLAGS = [
  'bladder_or_bowel_problems',
  'saddle_numbness',
  'both_legs',
  'leg_weakness',
  'leg_numbness',
  'fever_or_unwell',
  'trauma',
  'minor_fall',
  'weight_loss',
  'cancer_history',
  'constant_night_pain',
  'osteoporosis_or_steroids',
  'pain_below_knee',
  'uncontrolled_pain',
  'major_impact',
  'worried',
];
const FIELDS = ['age', 'duration_weeks', 'trend', ...FLAGS];
const FIELD_SET = new Set(FIELDS);
const TRENDS = ['better', 'unchanged', 'worse'];
const DURATION_CODES = ['imaging_review', 'exercise_program', 'specialist_referral'];
const URGENCIES = ['emergency', 'urgent', 'soon', 'self_care'];
const CATEGORIES = ['nonspecific', 'nerve_root', 'possible_serious'];

// ---------------------------------------------------------------------------
// Reference implementation of the rule table
// ---------------------------------------------------------------------------

/**
 * The outcome for answers `a` in `country` ('NO', 'SE', 'DK', 'GB'), or with every country's
 * rows when `country` is null.
 */
export function referenceOutcome(a, country = null) {
  // A country's own rows apply in that country, and when no country is given.
  const ownRowsOf = (c) => country === null || country === c;
  // Urgency is the highest level any rule triggers.
  let urgency = 'self_care'; // row "self_care": none of the above

  const soon =
    a.leg_numbness || // row "soon": leg_numbness (one leg, no weakness)
    a.weight_loss || // row "soon": weight_loss
    a.cancer_history || // row "soon": cancer_history
    a.constant_night_pain || // row "soon": constant_night_pain
    a.osteoporosis_or_steroids || // row "soon": osteoporosis_or_steroids
    a.uncontrolled_pain || // row "soon": uncontrolled_pain
    a.worried || // row "soon": worried
    a.major_impact || // row "soon": major_impact
    a.trend === 'worse' || // row "soon": trend = worse
    a.age < 16 || // row "soon": age < 16
    (a.age >= 50 && a.duration_weeks >= 2 && a.trend !== 'better') || // row "soon": age ≥ 50, ≥ 2 weeks, not better
    (ownRowsOf('SE') && a.duration_weeks >= 2 && a.trend !== 'better') || // Sweden: ≥ 2 weeks, not better
    (a.duration_weeks >= 4 && a.trend !== 'better'); // row "soon": duration ≥ 4 with trend ≠ better
  if (soon) urgency = 'soon';

  const urgent =
    a.leg_weakness || // row "urgent": leg_weakness
    a.fever_or_unwell || // row "urgent": fever_or_unwell
    (a.minor_fall && (a.osteoporosis_or_steroids || a.age >= 70)) || // row "urgent": minor fall when fragile
    (a.cancer_history && (a.weight_loss || a.constant_night_pain)) || // row "urgent": cancer + (weight loss | night pain)
    (ownRowsOf('GB') && (a.weight_loss || a.constant_night_pain)); // the UK: weight loss or night pain
  if (urgent) urgency = 'urgent';

  const emergency =
    a.bladder_or_bowel_problems || // row "emergency": bladder_or_bowel_problems
    a.saddle_numbness || // row "emergency": saddle_numbness
    a.both_legs || // row "emergency": both_legs
    a.trauma; // row "emergency": a serious accident (the injury route)
  if (emergency) urgency = 'emergency';

  // Duration advice: only when urgency is not emergency.
  const notEmergency = urgency !== 'emergency';
  const longAndNotBetter =
    a.duration_weeks >= 4 && (a.trend === 'unchanged' || a.trend === 'worse');
  const advice = {
    imaging_review: notEmergency && longAndNotBetter, // "imaging_review ... ≥ 4 and unchanged/worse"
    exercise_program: notEmergency && longAndNotBetter, // "exercise_program ... ≥ 4 and unchanged/worse"
    specialist_referral: notEmergency && a.duration_weeks >= 6 && a.major_impact, // "≥ 6 and major_impact"
  };

  // Category.
  let category = 'nonspecific'; // "else nonspecific"
  if (
    a.pain_below_knee ||
    a.leg_weakness ||
    a.leg_numbness ||
    a.both_legs ||
    a.saddle_numbness ||
    a.bladder_or_bowel_problems
  ) {
    category = 'nerve_root'; // "else nerve_root if any of ..."
  }
  if (
    a.fever_or_unwell ||
    a.trauma ||
    a.weight_loss ||
    a.cancer_history ||
    a.constant_night_pain ||
    a.osteoporosis_or_steroids ||
    (a.minor_fall && a.age >= 70)
  ) {
    category = 'possible_serious'; // "possible_serious if any of ..." (takes precedence)
  }

  // An emergency's one action: the nerve signs' route wins over the injury route.
  const action = a.bladder_or_bowel_problems || a.saddle_numbness || a.both_legs ? 'call_emergency' : 'injury_care_now';
  return { urgency, category, advice, action };
}

// ---------------------------------------------------------------------------
// Deterministic generation of answer sets
// ---------------------------------------------------------------------------

function mulberry32(seed) {
  let t = seed >>> 0;
  return function () {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

const BOUNDARY_DURATIONS = [0, 0.5, 1, 1.99, 2, 2.01, 3.99, 4, 4.01, 5.99, 6, 6.01, 8, 12, 52];
const BOUNDARY_AGES = [0, 15, 16, 17, 49, 50, 51, 69, 70, 71, 120];

function makeAnswers(age, duration_weeks, trend, trueFlags) {
  const a = { age, duration_weeks, trend };
  for (const f of FLAGS) a[f] = trueFlags.has(f);
  return a;
}

function generateAnswerSets() {
  const rand = mulberry32(0x5eed1234);
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const sets = [];

  // Random sets with deliberate boundary coverage.
  for (let i = 0; i < 6000; i++) {
    const duration =
      rand() < 0.6 ? pick(BOUNDARY_DURATIONS) : rand() * 30; // boundary list or random float 0–30
    const age = rand() < 0.6 ? pick(BOUNDARY_AGES) : Math.floor(rand() * 121); // 0–120 inclusive
    const trend = TRENDS[i % 3];
    const mode = rand();
    const flags = new Set();
    if (mode < 0.1) {
      // all false
    } else if (mode < 0.3) {
      flags.add(pick(FLAGS)); // exactly one true
    } else {
      const p = mode < 0.65 ? 0.15 : 0.5;
      for (const f of FLAGS) if (rand() < p) flags.add(f);
    }
    sets.push(makeAnswers(age, duration, trend, flags));
  }

  // Exhaustive-ish: each single flag (and none) × each trend × durations × ages.
  for (const flag of [null, ...FLAGS]) {
    for (const trend of TRENDS) {
      for (const duration of [1.99, 2, 3.99, 4, 5.99, 6]) {
        for (const age of [15, 16, 49, 50, 69, 70]) {
          sets.push(makeAnswers(age, duration, trend, new Set(flag ? [flag] : [])));
        }
      }
    }
  }
  return sets;
}

// ---------------------------------------------------------------------------
// Test 1: differential comparison over all answer sets in one CLI run
// ---------------------------------------------------------------------------

function checkOutcome(input, out, country = null) {
  const problems = [];
  const ref = referenceOutcome(input, country);

  if (out === null || typeof out !== 'object' || Array.isArray(out)) {
    return ['outcome is not a JSON object'];
  }
  if (!URGENCIES.includes(out.urgency)) problems.push(`invalid urgency ${JSON.stringify(out.urgency)}`);
  if (!CATEGORIES.includes(out.category)) problems.push(`invalid category ${JSON.stringify(out.category)}`);
  if (out.urgency !== ref.urgency) problems.push(`urgency: expected ${ref.urgency}, got ${out.urgency}`);
  if (out.category !== ref.category) problems.push(`category: expected ${ref.category}, got ${out.category}`);

  const advice = out.advice;
  if (!Array.isArray(advice) || !advice.every((c) => typeof c === 'string')) {
    problems.push('advice is not an array of strings');
    return problems;
  }
  const present = {};
  for (const code of DURATION_CODES) {
    present[code] = advice.includes(code);
    if (present[code] !== ref.advice[code]) {
      problems.push(`advice ${code}: expected ${ref.advice[code] ? 'present' : 'absent'}, got ${present[code] ? 'present' : 'absent'}`);
    }
  }
  if (out.urgency === 'emergency') {
    if (advice.length !== 1 || advice[0] !== ref.action) {
      problems.push(`emergency outcome's advice ${JSON.stringify(advice)}, expected only ${ref.action}`);
    }
    for (const code of DURATION_CODES) {
      if (present[code]) problems.push(`emergency outcome carries duration code ${code}`);
    }
  }

  const reasons = out.reasons;
  if (!Array.isArray(reasons)) {
    problems.push('reasons is not an array');
    return problems;
  }
  const anyDuration = DURATION_CODES.some((c) => present[c]);
  if ((out.urgency !== 'self_care' || anyDuration) && reasons.length === 0) {
    problems.push('reasons is empty although urgency is not self_care or a duration code fired');
  }
  reasons.forEach((r, i) => {
    if (r === null || typeof r !== 'object') {
      problems.push(`reasons[${i}] is not an object`);
      return;
    }
    if (typeof r.rule !== 'string') problems.push(`reasons[${i}].rule is not a string`);
    if (!Array.isArray(r.answers)) {
      problems.push(`reasons[${i}].answers is not an array`);
    } else {
      for (const f of r.answers) {
        if (typeof f !== 'string' || !FIELD_SET.has(f)) {
          problems.push(`reasons[${i}].answers contains invalid field ${JSON.stringify(f)}`);
        }
      }
    }
    if (typeof r.source !== 'string' || r.source.length === 0) {
      problems.push(`reasons[${i}].source is not a non-empty string`);
    }
  });
  return problems;
}

test('the independent reference agrees with every case of the shared fixture', () => {
  assert.ok(ruleTableCases.length >= 30);
  for (const { name, country, answers, expected } of ruleTableCases) {
    const ref = referenceOutcome(answers, country);
    assert.equal(ref.urgency, expected.urgency, `${name}: urgency`);
    assert.equal(ref.category, expected.category, `${name}: category`);
    for (const code of DURATION_CODES) {
      assert.equal(ref.advice[code], expected.advice.includes(code), `${name}: ${code}`);
    }
  }
});

test('CLI --jsonl gives every case of the shared fixture', () => {
  requireBin();
  // One run per country the cases name (`--country`, or none).
  for (const country of new Set(ruleTableCases.map((c) => c.country))) {
    const cases = ruleTableCases.filter((c) => c.country === country);
    const args = country === null ? ['--jsonl'] : ['--jsonl', '--country', country];
    const r = run(args, cases.map((c) => JSON.stringify(c.answers)).join('\n') + '\n');
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.trim().split('\n');
    assert.equal(lines.length, cases.length);
    cases.forEach(({ name, expected }, i) => {
      assert.deepEqual(outcomeAsInFixture(JSON.parse(lines[i])), expected, name);
    });
  }
});

test('CLI --jsonl agrees with the independent reference over >= 5000 answer sets', () => {
  requireBin();
  const sets = generateAnswerSets();
  assert.ok(sets.length >= 5000, `expected at least 5000 answer sets, got ${sets.length}`);
  const lines = sets.map((a) => JSON.stringify(a));

  // Each set in one country in turn, or with none: the CLI runs once per place.
  const PLACES = [null, 'NO', 'SE', 'DK', 'GB'];
  const placeOf = (i) => PLACES[i % PLACES.length];
  const outByLine = new Array(lines.length);
  for (const country of PLACES) {
    const at = lines.map((_, i) => i).filter((i) => placeOf(i) === country);
    const args = country === null ? ['--jsonl'] : ['--jsonl', '--country', country];
    const r = run(args, at.map((i) => lines[i]).join('\n') + '\n');
    assert.equal(r.status, 0, `triage ${args.join(' ')} exited with ${r.status}; stderr: ${r.stderr}`);
    const out = r.stdout.split('\n');
    if (out.length > 0 && out[out.length - 1] === '') out.pop();
    assert.equal(out.length, at.length, `one output line per input line with ${args.join(' ')}`);
    at.forEach((i, k) => {
      outByLine[i] = out[k];
    });
  }
  const r = { stdout: outByLine.join('\n') + '\n' };

  const outLines = r.stdout.split('\n');
  if (outLines.length > 0 && outLines[outLines.length - 1] === '') outLines.pop();
  assert.equal(
    outLines.length,
    lines.length,
    `expected exactly one output line per input line (${lines.length}), got ${outLines.length}`,
  );

  const mismatches = [];
  for (let i = 0; i < lines.length; i++) {
    let out;
    try {
      out = JSON.parse(outLines[i]);
    } catch (e) {
      mismatches.push({ line: i + 1, input: lines[i], problems: [`output is not JSON: ${outLines[i]}`] });
      continue;
    }
    const problems = checkOutcome(sets[i], out, placeOf(i));
    if (problems.length > 0) {
      mismatches.push({ line: i + 1, input: lines[i], problems, output: outLines[i] });
    }
  }

  const shown = mismatches
    .slice(0, 5)
    .map(
      (m) =>
        `  line ${m.line}: ${m.problems.join('; ')}\n    input:  ${m.input}\n` +
        (m.output ? `    output: ${m.output}\n` : ''),
    )
    .join('');
  assert.deepEqual(
    mismatches.map((m) => m.line),
    [],
    `${mismatches.length} of ${lines.length} outcomes disagree with the reference; first ${Math.min(5, mismatches.length)}:\n${shown}`,
  );
});

// ---------------------------------------------------------------------------
// Test 2: invalid inputs
// ---------------------------------------------------------------------------

const VALID = {
  age: 40,
  duration_weeks: 2,
  trend: 'unchanged',
  bladder_or_bowel_problems: false,
  saddle_numbness: false,
  both_legs: false,
  leg_weakness: false, leg_numbness: false,
  fever_or_unwell: false,
  trauma: false, minor_fall: false,
  weight_loss: false,
  cancer_history: false,
  constant_night_pain: false,
  osteoporosis_or_steroids: false,
  pain_below_knee: false,
  uncontrolled_pain: false,
  major_impact: false,
  worried: false,
};

function withField(name, value) {
  return JSON.stringify({ ...VALID, [name]: value }, null, 2);
}
function without(name) {
  const a = { ...VALID };
  delete a[name];
  return JSON.stringify(a, null, 2);
}

function invalidCases() {
  const cases = [];
  for (const f of FIELDS) cases.push({ name: `missing ${f}`, input: without(f), field: f });
  cases.push({
    name: 'unknown field saddle_numbess',
    input: JSON.stringify({ ...VALID, saddle_numbess: true }),
    field: 'saddle_numbess',
  });
  cases.push({ name: 'age as string', input: withField('age', '40'), field: 'age' });
  cases.push({ name: 'trend sideways', input: withField('trend', 'sideways'), field: 'trend' });
  cases.push({ name: 'worried "yes"', input: withField('worried', 'yes'), field: 'worried' });
  cases.push({ name: 'worried null', input: withField('worried', null), field: 'worried' });
  cases.push({ name: 'duration_weeks as string', input: withField('duration_weeks', '4'), field: 'duration_weeks' });
  cases.push({ name: 'age -1', input: withField('age', -1), field: 'age' });
  cases.push({ name: 'age 121', input: withField('age', 121), field: 'age' });
  cases.push({ name: 'age 40.5', input: withField('age', 40.5), field: 'age' });
  cases.push({ name: 'duration_weeks -0.5', input: withField('duration_weeks', -0.5), field: 'duration_weeks' });
  cases.push({ name: 'malformed JSON', input: '{"age": 40,', field: null });
  cases.push({ name: 'JSON array', input: JSON.stringify([VALID]), field: null });
  cases.push({ name: 'empty input', input: '', field: null });
  cases.push({ name: 'whitespace only', input: '  \n\t \n', field: null });
  return cases;
}

function stderrLines(stderr) {
  const s = stderr.endsWith('\n') ? stderr.slice(0, -1) : stderr;
  return s === '' ? [] : s.split('\n');
}

test('invalid inputs: exit 2, empty stdout, one stderr line naming the field', () => {
  requireBin();
  const failures = [];
  for (const c of invalidCases()) {
    const r = run([], c.input);
    const problems = [];
    if (r.status !== 2) problems.push(`exit status ${r.status}, expected 2`);
    if (r.stdout !== '') problems.push(`stdout not empty: ${JSON.stringify(r.stdout.slice(0, 200))}`);
    const errLines = stderrLines(r.stderr);
    if (errLines.length !== 1 || errLines[0].trim() === '') {
      problems.push(`stderr should be exactly one non-empty line, got ${JSON.stringify(r.stderr)}`);
    }
    if (c.field && !r.stderr.includes(c.field)) {
      problems.push(`stderr does not name ${c.field}: ${JSON.stringify(r.stderr)}`);
    }
    if (problems.length) failures.push(`  ${c.name}: ${problems.join('; ')}`);
  }

  // --jsonl: line 3 of 4 is out of range.
  {
    const lines = [
      JSON.stringify(VALID),
      JSON.stringify({ ...VALID, age: 70 }),
      JSON.stringify({ ...VALID, age: 500 }),
      JSON.stringify({ ...VALID, worried: true }),
    ];
    const r = run(['--jsonl'], lines.join('\n') + '\n');
    const problems = [];
    if (r.status !== 2) problems.push(`exit status ${r.status}, expected 2`);
    if (r.stdout !== '') problems.push(`stdout not empty: ${JSON.stringify(r.stdout.slice(0, 200))}`);
    const errLines = stderrLines(r.stderr);
    if (errLines.length !== 1 || errLines[0].trim() === '') {
      problems.push(`stderr should be exactly one non-empty line, got ${JSON.stringify(r.stderr)}`);
    }
    if (!r.stderr.includes('line 3')) problems.push(`stderr does not mention "line 3": ${JSON.stringify(r.stderr)}`);
    if (!r.stderr.includes('age')) problems.push(`stderr does not mention age: ${JSON.stringify(r.stderr)}`);
    if (problems.length) failures.push(`  --jsonl age 500 on line 3: ${problems.join('; ')}`);
  }

  assert.deepEqual(failures, [], `invalid-input contract violated:\n${failures.join('\n')}`);
});

// ---------------------------------------------------------------------------
// Test 3: --help
// ---------------------------------------------------------------------------

test('--help exits 0 and explains --jsonl and duration_weeks', () => {
  requireBin();
  const r = run(['--help'], '');
  assert.equal(r.status, 0, `--help exited with ${r.status}; stderr: ${r.stderr}`);
  assert.ok(r.stdout.includes('--jsonl'), `--help output does not mention --jsonl:\n${r.stdout}`);
  assert.ok(r.stdout.includes('duration_weeks'), `--help output does not mention duration_weeks:\n${r.stdout}`);
});
