// The React 19 and Vue 3 examples (www/react-consumer/, www/vue-consumer/): each installs the
// packed tarball, is built for production by Vite, type-checked with the package's types (tsc,
// vue-tsc), served, and used as a reader would; the host component must have received
// triage-step and triage-complete. Needs pkg/ (npm run package).
//
// The apps are installed in .cache/consumers/<name>/ and kept there, so a warm run only
// re-installs the tarball: npm reads the committed package-lock.json, from its cache first
// (--prefer-offline), and from the npm registry only what the cache lacks.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, launch, repo } from './support.mjs';
import { plainAnswers, completeByMouse, readResult, fieldsOnScreen } from './flow.mjs';
import { docBlocks } from '../node/snippets.mjs';

let browser;
let tarball;

before(async () => {
  assert.ok(existsSync(join(repo, 'pkg', 'back-pain-triage.js')), 'pkg/ missing: run npm run package');
  const packed = mkdtempSync(join(tmpdir(), 'bpt-pack-'));
  const name = execFileSync('npm', ['pack', join(repo, 'pkg'), '--pack-destination', packed, '--silent'], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .at(-1);
  tarball = join(packed, name);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  if (tarball) rmSync(join(tarball, '..'), { recursive: true, force: true });
});

/** Runs npm in `cwd`; returns its output, or throws with it. */
function npm(cwd, ...args) {
  try {
    return execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    throw new Error(`npm ${args.join(' ')} failed in ${cwd}:\n${e.stdout}\n${e.stderr}`);
  }
}

/**
 * The example `name` installed with the fresh tarball in .cache/consumers/<name>/: its sources
 * copied over (node_modules kept from the last run), its lockfile's packages, and the tarball.
 */
function install(name) {
  const source = join(repo, 'www', name);
  const app = join(repo, '.cache', 'consumers', name);
  mkdirSync(app, { recursive: true });
  for (const entry of readdirSync(app)) {
    if (entry !== 'node_modules') rmSync(join(app, entry), { recursive: true, force: true });
  }
  for (const entry of readdirSync(source)) {
    if (entry !== 'node_modules' && entry !== 'dist') cpSync(join(source, entry), join(app, entry), { recursive: true });
  }
  npm(app, 'install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', tarball);
  return app;
}

/**
 * The docs' ```tsx (or ```vue) blocks (tests/node/snippets.mjs) written into `app`'s src/, to be
 * type-checked with the app: a file per block, named after the doc and the line of its fence
 * (README_140.tsx is www/package/README.md's block at line 140). Returns the files, to remove.
 */
function writeDocBlocks(app, lang) {
  return docBlocks()
    .filter((b) => b.lang === lang)
    .map((b) => {
      const file = join(app, 'src', `${b.file.split('/').at(-1).replace('.md', '')}_${b.line}.${lang}`);
      writeFileSync(file, b.code);
      return file;
    });
}

/** `tsc --noEmit` (or vue-tsc) in `app`: what it printed, errors included. */
function typecheck(app) {
  try {
    return { output: npm(app, 'run', 'typecheck', '--silent') };
  } catch (e) {
    return { output: e.message };
  }
}

/** The host page served from `app`'s build, opened in Chromium with its console recorded. */
async function openBuilt(t, app) {
  const dist = await serve(join(app, 'dist'));
  t.after(() => dist.close());
  const context = await browser.newContext({ viewport: { width: 400, height: 900 } });
  t.after(() => context.close());
  const page = await context.newPage();
  const log = { errors: [], requests: [] };
  page.on('pageerror', (e) => log.errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && log.errors.push(m.text()));
  page.on('request', (r) => log.requests.push(r.url()));
  // Every triage-step detail as the document hears it, to check its keys.
  await page.addInitScript(() => {
    window.stepDetails = [];
    document.addEventListener('triage-step', (e) => window.stepDetails.push(e.detail));
  });
  await page.goto(dist.url + '/');
  return { page, log, origin: dist.url };
}

const STEP_IDS = ['bladder_or_bowel', 'saddle_numbness', 'both_legs', 'warning_signs', 'health_history', 'the_pain', 'age', 'duration', 'trend', 'daily_life'];

/** What the host component shows it received: "1/10 bladder_or_bowel, 2/10 …". */
const expectedSteps = STEP_IDS.map((id, i) => `${i + 1}/10 ${id}`).join(', ');

async function assertStepDetails(page) {
  const details = await page.evaluate(() => window.stepDetails);
  assert.equal(details.length, 10, 'one triage-step per step');
  for (const d of details) assert.deepEqual(Object.keys(d).sort(), ['index', 'step', 'total']);
}

test('React 19: built, type-checked, served; the component gets triage-step and triage-complete', async (t) => {
  const app = install('react-consumer');
  npm(app, 'run', 'build', '--silent');
  // One type-check of the app, the docs' tsx blocks and a file of mistakes: the app and the
  // blocks have no error, and each mistake (a wrong answer type, a handler for the wrong event,
  // an unknown Answers field) is one.
  const docs = writeDocBlocks(app, 'tsx');
  assert.ok(docs.length > 0, 'the docs have a tsx block');
  writeFileSync(
    join(app, 'src', 'Wrong.tsx'),
    `import type { TriageCompleteDetail } from 'back-pain-triage';
export const wrong = [
  <back-pain-triage answers={{ age: 'forty' }} />,
  <back-pain-triage ontriage-step={(e: CustomEvent<TriageCompleteDetail>) => e.detail.outcome} />,
  <back-pain-triage answers={{ agee: 40 }} />,
];
`,
  );
  const checked = typecheck(app);
  rmSync(join(app, 'src', 'Wrong.tsx'));
  for (const file of docs) rmSync(file);
  assert.deepEqual(checked.output.match(/\w+\.tsx?\(\d+,/g), ['Wrong.tsx(3,', 'Wrong.tsx(4,', 'Wrong.tsx(5,'], checked.output);

  const { page, log, origin } = await openBuilt(t, app);
  const w = page.locator('back-pain-triage');
  await w.locator('[data-step="start"]').waitFor();
  // Attributes from component state: switching the app's language switches the widget's.
  await page.locator('#lang').selectOption('nb');
  await w.locator('h2', { hasText: 'Vondt i ryggen' }).waitFor();
  await page.locator('#lang').selectOption('en');
  await w.locator('h2', { hasText: 'Back pain' }).waitFor();
  // The pre-filled age (a property set by React) is on its own step. Start may be pressed on
  // the first screen painted before the widget has taken over: the reader waits for the question.
  await w.locator('[data-action="next"]').click();
  await w.locator('[data-question]').first().waitFor();
  for (let i = 0; i < 6; i++) {
    for (const field of await fieldsOnScreen(w)) {
      await w.locator(`[data-question="${field}"] label.choice:has(input[value="no"])`).click();
    }
    await w.locator('[data-action="next"]').click();
  }
  assert.equal(await w.locator('[data-question="age"] input').inputValue(), '52');
  // Back to the start screen, then a whole flow as a reader.
  for (let i = 0; i < 7; i++) await w.locator('[data-action="back"]').click();
  await w.locator('[data-step="start"]').waitFor();
  await page.evaluate(() => (window.stepDetails = []));
  await completeByMouse(w, plainAnswers({ age: 52 }));
  const result = await readResult(w);
  const shown = await w.locator('[data-section="answers"]').innerText();
  assert.equal(result.urgency, 'self_care', `${JSON.stringify(result)}\n${shown}`);
  await page.locator('#outcome', { hasText: 'self_care' }).waitFor();
  assert.match(await page.locator('#steps').innerText(), new RegExp(`${expectedSteps}$`));
  await assertStepDetails(page);
  assert.equal(await w.locator('[data-contact="clinic"] h3').innerText(), 'Contact Back Clinic');
  assert.equal(await w.locator('[data-clinic="tel"]').getAttribute('href'), 'tel:+442079460000');
  assert.equal(await page.locator('#error').innerText(), '');
  assert.deepEqual(log.requests.filter((u) => !u.startsWith(origin)), [], 'no request beyond the page');
  assert.deepEqual(log.errors, []);
});

test('Vue 3: built, type-checked, served; the component gets triage-step, triage-complete and triage-restart', async (t) => {
  const app = install('vue-consumer');
  npm(app, 'run', 'build', '--silent');
  // As for React: the docs' vue blocks type-check (vue-tsc) with the app, the mistakes do not.
  const docs = writeDocBlocks(app, 'vue');
  assert.ok(docs.length > 0, 'the docs have a vue block');
  writeFileSync(
    join(app, 'src', 'Wrong.vue'),
    `<script setup lang="ts">
import type { TriageCompleteDetail } from 'back-pain-triage';
function onComplete(event: CustomEvent<TriageCompleteDetail>) { return event; }
</script>
<template>
  <back-pain-triage :answers="{ age: 'forty' }" />
  <back-pain-triage @triage-step="onComplete" />
  <back-pain-triage :answers="{ agee: 40 }" />
</template>
`,
  );
  const checked = typecheck(app);
  rmSync(join(app, 'src', 'Wrong.vue'));
  for (const file of docs) rmSync(file);
  assert.deepEqual(checked.output.match(/\w+\.(vue|ts)\(\d+,/g), ['Wrong.vue(6,', 'Wrong.vue(7,', 'Wrong.vue(8,'], checked.output);

  const { page, log, origin } = await openBuilt(t, app);
  const w = page.locator('back-pain-triage');
  await w.locator('[data-step="start"]').waitFor();
  assert.match(await w.locator('h2').innerText(), /^Ont i ryggen/);
  await page.locator('#lang').selectOption('en');
  await w.locator('h2', { hasText: 'Back pain' }).waitFor();
  await page.locator('#lang').selectOption('sv');
  await w.locator('h2', { hasText: 'Ont i ryggen' }).waitFor();
  // The pre-filled "no" to trauma (from the QuestionnaireResponse) is selected on its step.
  await w.locator('[data-action="next"]').click();
  for (let i = 0; i < 3; i++) {
    await w.locator('label.choice:has(input[value="no"])').first().click();
    await w.locator('[data-action="next"]').click();
  }
  assert.ok(await w.locator('[data-question="trauma"] input[value="no"]').isChecked());
  assert.equal(await w.locator('input:checked').count(), 1, 'only the pre-filled answer');
  for (let i = 0; i < 4; i++) await w.locator('[data-action="back"]').click();
  await w.locator('[data-step="start"]').waitFor();
  await page.evaluate(() => (window.stepDetails = []));
  await completeByMouse(w, plainAnswers({ worried: true }));
  assert.equal((await readResult(w)).urgency, 'soon');
  await page.locator('#outcome', { hasText: 'soon' }).waitFor();
  assert.match(await page.locator('#steps').innerText(), new RegExp(`${expectedSteps}$`));
  await assertStepDetails(page);
  assert.deepEqual(
    await w.locator('.contacts-section [data-contact]').evaluateAll((els) => els.map((e) => e.dataset.contact)),
    ['clinic', 'out_of_hours', 'emergency'],
    'the clinic first on a soon result',
  );
  assert.equal(await w.locator('[data-clinic="url"]').getAttribute('href'), 'https://ryggkliniken.example/boka');
  await w.locator('[data-action="restart"]').click();
  await page.locator('#restarts', { hasText: '1' }).waitFor();
  assert.deepEqual(log.requests.filter((u) => !u.startsWith(origin)), [], 'no request beyond the page');
  assert.deepEqual(log.errors, []);
});
