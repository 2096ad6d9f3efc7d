// How a reader goes through the widget, shared by the browser tests: answer what the screen
// asks, move on, and read what the screen shows. Answers use the core's JSON contract.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { repo } from './support.mjs';

/** Duration radio values and the `duration_weeks` they stand for (see questionnaire.rs). */
export const DURATIONS = { '0-1': 0, '1-2': 1, '2-3': 2, '3-4': 3, '4-6': 4, '6-8': 6, '8-12': 8, '12+': 12 };

/**
 * The most days a duration choice allows to have passed: one day short of the next choice's
 * lower bound (`null` for the last, open-ended one). The follow-up counts from this.
 */
export function mostDaysPassed(duration) {
  const weeks = Object.values(DURATIONS);
  const next = weeks.find((w) => w > DURATIONS[duration]);
  return next === undefined ? null : next * 7 - 1;
}

export const SIGNS = [
  'bladder_or_bowel_problems', 'saddle_numbness', 'both_legs', 'leg_weakness', 'leg_numbness',
  'fever_or_unwell', 'trauma', 'minor_fall', 'weight_loss', 'cancer_history', 'constant_night_pain',
  'osteoporosis_or_steroids', 'pain_below_knee', 'uncontrolled_pain', 'major_impact', 'worried',
];
/** The signs of pressure on the nerves, asked first, one to a screen. */
export const NERVE_SIGNS = SIGNS.slice(0, 3);
/** The signs whose "yes" ends the questions at once: the nerve signs and a serious accident. */
export const EMERGENCY_SIGNS = [...NERVE_SIGNS, 'trauma'];

/** A complete answer set: every sign "no", a 40-year-old, 1 week (radio value 1-2), getting better. */
export function plainAnswers(overrides = {}) {
  const a = { age: 40, duration: '1-2', trend: 'better' };
  for (const s of SIGNS) a[s] = false;
  return { ...a, ...overrides };
}

/** The widget's answers in the core's contract (duration choice → duration_weeks). */
export function toContract(a) {
  const { duration, ...rest } = a;
  return { ...rest, duration_weeks: DURATIONS[duration] };
}

/**
 * The answers the widget actually has: after a "yes" to an emergency sign it stops asking, and
 * every later sign counts as "no" (the urgency cannot differ; the category may).
 */
export function asAsked(answers) {
  const exit = SIGNS.findIndex((s) => EMERGENCY_SIGNS.includes(s) && answers[s]);
  if (exit < 0) return answers;
  const asked = { ...answers };
  for (const s of SIGNS.slice(exit + 1)) asked[s] = false;
  return asked;
}

/** The country whose numbers and rules the widget on `page` uses ('' when none is set). */
export async function countryOn(page) {
  return (await page.locator('.bpt').first().getAttribute('data-country')) ?? '';
}

/**
 * What the CLI (the decision core) decides for `answers` in `country` (its own rules apply; ''
 * for none, every country's): the oracle for the UI.
 */
export function cliOutcome(answers, country) {
  if (country === undefined) throw new Error('cliOutcome: the country decides the rules; pass countryOn(page)');
  const bin = process.env.TRIAGE_BIN ?? join(repo, 'target', 'release', 'triage');
  if (!existsSync(bin)) throw new Error(`${bin} missing: run cargo build --release -p triage-cli`);
  const args = country ? ['--country', country] : [];
  const r = spawnSync(bin, args, { input: JSON.stringify(toContract(answers)), encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`triage failed: ${r.stderr}`);
  const { advice_sources: _sources, ...outcome } = JSON.parse(r.stdout);
  return outcome;
}

/** The `data-question` fields of the step on screen, in order. */
export function fieldsOnScreen(root) {
  return root.locator('[data-question]').evaluateAll((els) => els.map((e) => e.dataset.question));
}

/** Answers one question as a person would with a mouse: a click on the choice, or typing. */
export async function answer(root, field, answers) {
  const q = root.locator(`[data-question="${field}"]`);
  if (field === 'age') {
    await q.locator('input').fill(String(answers.age));
  } else {
    const v = answers[field];
    const value = field === 'duration_weeks' ? answers.duration : typeof v === 'boolean' ? (v ? 'yes' : 'no') : v;
    await q.locator(`label.choice:has(input[value="${value}"])`).click();
  }
}

/**
 * Goes from the start screen to the result by mouse, answering whatever each step asks.
 * Returns the number of steps seen. `root` is the page or a locator of one widget.
 */
export async function completeByMouse(root, answers) {
  await nextStep(root);
  let steps = 0;
  for (; steps < 20; steps++) {
    if (await root.locator('[data-step="result"]').count()) return steps;
    const fields = await fieldsOnScreen(root);
    for (const field of fields) await answer(root, field, answers);
    await nextStep(root);
  }
  throw new Error('no result after 20 steps');
}

/**
 * Presses Next and, as a reader would, looks at the screen again only once it has changed: the
 * next step's questions are read after they are there, never the last step's. A step that
 * refuses to move on (a question left unanswered) is read again after a moment.
 */
async function nextStep(root) {
  const before = await root.locator('[data-step]').first().getAttribute('data-step');
  await root.locator('[data-action="next"]').click();
  await root
    .locator(`[data-step]:not([data-step="${before}"])`)
    .first()
    .waitFor({ timeout: 5000 })
    .catch(() => {});
}

/** What the result screen shows, read from the screen and its stable hooks. */
export async function readResult(root) {
  const result = root.locator('[data-step="result"]');
  // The whole result, not the waiting screen shown until the result's WASM has arrived.
  await result.locator('[data-section="answers"]').waitFor();
  return {
    urgency: await result.getAttribute('data-urgency'),
    category: await result.getAttribute('data-category'),
    advice: await result.locator('[data-advice]').evaluateAll((els) => els.map((e) => e.dataset.advice)),
    rules: await result.locator('[data-rule]').evaluateAll((els) => els.map((e) => e.dataset.rule)),
    headline: (await result.locator('h2').innerText()).trim(),
  };
}

/** A small seeded generator, so every run walks the same answer sets. */
export function mulberry32(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
