// LHC-Forms (the NLM's FHIR form renderer, npm lforms) renders our exported Questionnaire in
// Chromium; answering it there as a person would produces a QuestionnaireResponse that our
// round trip (answersFromQuestionnaireResponse) turns back into the same Answers.
// Needs the release CLI, pkg/ and .cache/lforms-* (scripts/setup).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serve, launch, repo } from './support.mjs';
import { SIGNS, plainAnswers, toContract } from './flow.mjs';

// The questionnaire's order: every sign but the two asked last, then age, duration and trend.
const ORDER = [...SIGNS.filter((s) => !['major_impact', 'worried'].includes(s)), 'age', 'duration_weeks', 'trend', 'major_impact', 'worried'];
let server;
let browser;
let api;

before(async () => {
  server = await serve(repo);
  browser = await launch();
  api = await import(pathToFileURL(join(repo, 'pkg', 'node.js')).href);
  await api.init();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

function questionnaire(lang) {
  return JSON.parse(execFileSync(join(repo, 'target', 'release', 'triage'), ['questionnaire', '--lang', lang], { encoding: 'utf8' }));
}

async function renderInLhcForms(t, q) {
  const page = await browser.newPage();
  t.after(() => page.close());
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url + '/tests/e2e/lforms.html');
  await page.waitForFunction(() => window.LForms?.Util?.addFormToPage);
  await page.evaluate((q) => LForms.Util.addFormToPage(q, 'form', { fhirVersion: 'R4' }), q);
  t.after(() => assert.deepEqual(errors, [], 'LHC-Forms raised no error'));
  return page;
}

/** Clicks the option labelled `display` of question `linkId`, as a person would. */
async function choose(page, linkId, display) {
  const option = page.locator(`label:has(input[name="radiogroup_${linkId}/1"])`, { hasText: display });
  await option.first().click();
}

async function responseFrom(page, name) {
  const qr = await page.evaluate(() => LForms.Util.getFormFHIRData('QuestionnaireResponse', 'R4', document.getElementById('form')));
  mkdirSync(join(repo, 'test-results', 'fhir'), { recursive: true });
  writeFileSync(join(repo, 'test-results', 'fhir', `lforms-${name}.json`), JSON.stringify(qr, null, 2));
  return qr;
}

test('answering our Questionnaire in LHC-Forms gives a response that reads back as the same Answers', async (t) => {
  const q = questionnaire('sv');
  const item = (id) => q.item.find((i) => i.linkId === id);
  const display = (id, code) => item(id).answerOption.find((o) => o.valueCoding.code === code).valueCoding.display;
  const answers = plainAnswers({ age: 58, duration: '6-8', trend: 'unchanged', pain_below_knee: true, major_impact: true });
  const page = await renderInLhcForms(t, q);
  for (const id of ORDER) {
    if (id === 'age') {
      const input = page.getByRole('textbox', { name: item('age').text });
      await input.click();
      await input.pressSequentially(String(answers.age));
      await input.press('Tab');
    } else if (id === 'duration_weeks') {
      await choose(page, id, display(id, answers.duration));
    } else if (id === 'trend') {
      await choose(page, id, display(id, answers.trend));
    } else {
      await choose(page, id, display(id, answers[id] ? 'Y' : 'N'));
    }
  }
  const qr = await responseFrom(page, 'complete');
  assert.equal(qr.resourceType, 'QuestionnaireResponse');
  const back = api.answersFromQuestionnaireResponse(qr);
  assert.deepEqual(back, toContract(answers));
  assert.deepEqual(api.evaluate(back), api.evaluate(toContract(answers)));
});

test('in LHC-Forms too, a yes to an emergency sign hides the rest, and the response is an emergency', async (t) => {
  const q = questionnaire('en');
  const page = await renderInLhcForms(t, q);
  await choose(page, 'bladder_or_bowel_problems', 'No');
  await choose(page, 'saddle_numbness', 'No');
  assert.equal(await page.locator('input[name="radiogroup_leg_weakness/1"]').count(), 0, 'hidden until both_legs is answered no');
  await choose(page, 'both_legs', 'Yes');
  await page.waitForTimeout(200);
  assert.equal(await page.locator('input[name="radiogroup_leg_weakness/1"]').count(), 0, 'enableWhen hides the rest');
  const qr = await responseFrom(page, 'emergency');
  const back = api.answersFromQuestionnaireResponse(qr);
  assert.equal(back.both_legs, true);
  assert.equal(api.evaluate(back).urgency, 'emergency');
});
