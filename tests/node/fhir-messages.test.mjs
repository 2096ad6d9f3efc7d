// The FHIR half of the core in Node equals the CLI. answersFromQuestionnaireResponse() names
// the element at fault exactly as `triage --fhir` does: the core WASM reads JavaScript values
// with crates/core-wasm/src/fhir_from_js.rs, the CLI reads JSON with the serde reader in crates/triage/src/fhir/incoming.rs,
// and the two must give the same message for the same response. questionnaire(lang) equals
// `triage questionnaire --lang`. Needs pkg/ (npm run package) and the release CLI
// (cargo build --release -p triage-cli).
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const pkgEntry = join(repo, 'pkg', 'node.js');
const bin = process.env.TRIAGE_BIN ?? join(repo, 'target', 'release', 'triage');
const URL = 'https://back-pain-triage.example/fhir/Questionnaire/low-back-pain-triage';
const Y_N = 'http://terminology.hl7.org/CodeSystem/v2-0136';
let api;

before(async () => {
  assert.ok(existsSync(pkgEntry), `${pkgEntry} missing: run npm run package`);
  assert.ok(existsSync(bin), `${bin} missing: run cargo build --release -p triage-cli`);
  api = await import(pathToFileURL(pkgEntry).href);
  await api.init();
});

const response = (item, extra = {}) => ({ resourceType: 'QuestionnaireResponse', questionnaire: URL, ...extra, item });
const yes = (linkId) => ({ linkId, answer: [{ valueCoding: { system: Y_N, code: 'Y' } }] });
let nested = { linkId: 'bladder_or_bowel_problems', answer: [{ valueInteger: 'deep' }] };
for (let i = 0; i < 12; i++) nested = { linkId: `group-with-a-long-name-${i}`, item: [nested] };

/** Responses that JSON can carry as well as JavaScript (no undefined, no BigInt, no key twice). */
const CASES = {
  'no resourceType': { item: [] },
  'resourceType null': { resourceType: null },
  'resourceType number': { resourceType: 7 },
  'wrong resourceType': { resourceType: 'Patient' },
  'foreign questionnaire': response([], { questionnaire: 'https://example.org/q|1' }),
  'questionnaire object': response([], { questionnaire: {} }),
  'item object': response({}),
  'item string': response('items'),
  'item element a number': response([5]),
  'item element a list': response([[]]),
  'linkId number': response([{ linkId: 5 }]),
  'linkId missing': response([{ answer: [] }]),
  'answer string': response([{ linkId: 'age', answer: 'x' }]),
  'answer element null': response([{ linkId: 'age', answer: [null] }]),
  'valueInteger float': response([{ linkId: 'age', answer: [{ valueInteger: 1.5 }] }]),
  'valueInteger string': response([{ linkId: 'age', answer: [{ valueInteger: '40' }] }]),
  'valueInteger true': response([{ linkId: 'age', answer: [{ valueInteger: true }] }]),
  'valueInteger too old': response([{ linkId: 'age', answer: [{ valueInteger: 121 }] }]),
  'valueBoolean string': response([{ linkId: 'trauma', answer: [{ valueBoolean: 'yes' }] }]),
  'valueCoding list': response([{ linkId: 'trauma', answer: [{ valueCoding: [] }] }]),
  'valueCoding system number': response([{ linkId: 'trauma', answer: [{ valueCoding: { system: 7 } }] }]),
  'valueCoding code object': response([{ linkId: 'trauma', answer: [{ valueCoding: { code: {} } }] }]),
  'valueCoding without code': response([{ linkId: 'trauma', answer: [{ valueCoding: { system: Y_N } }] }]),
  'code not Y or N': response([{ linkId: 'trauma', answer: [{ valueCoding: { system: Y_N, code: 'maybe' } }] }]),
  'foreign system': response([{ linkId: 'trauma', answer: [{ valueCoding: { system: 'urn:x', code: 'Y' } }] }]),
  'two answers': response([{ linkId: 'trauma', answer: [{ valueBoolean: true }, { valueBoolean: false }] }]),
  'answered twice': response([yes('trauma'), yes('trauma')]),
  'not our question': response([{ linkId: 'shoe_size', answer: [{ valueInteger: 42 }] }]),
  'foreign elements skipped, then missing': response([{ linkId: 'g', text: 5, item: [], extension: [{ x: null }] }], { meta: 1 }),
  'emergency yes, the rest missing': response([yes('bladder_or_bowel_problems')]),
  'nested error, long path': response([nested]),
  'nested in an answer': response([{ linkId: 'age', answer: [{ valueInteger: 40, item: [{ linkId: 5 }] }] }]),
};

test('answersFromQuestionnaireResponse() gives the same outcome or message as triage --fhir', () => {
  const mismatches = [];
  for (const [name, value] of Object.entries(CASES)) {
    let fromJs;
    try {
      fromJs = { outcome: api.evaluate(api.answersFromQuestionnaireResponse(value)) };
    } catch (e) {
      fromJs = { error: e.message.replace(/^answersFromQuestionnaireResponse: /, '') };
    }
    const cli = spawnSync(bin, ['--fhir'], { input: JSON.stringify(value), encoding: 'utf8' });
    let fromCli;
    if (cli.status === 0) {
      fromCli = { outcome: JSON.parse(cli.stdout) };
    } else {
      // The CLI adds serde_json's position; a JavaScript value has none.
      fromCli = { error: cli.stderr.trim().replace(/^triage: invalid QuestionnaireResponse: /, '').replace(/ at line \d+ column \d+$/, '') };
    }
    if (JSON.stringify(fromJs) !== JSON.stringify(fromCli)) {
      mismatches.push(`${name}:\n  JS  ${JSON.stringify(fromJs)}\n  CLI ${JSON.stringify(fromCli)}`);
    }
  }
  assert.deepEqual(mismatches, []);
  const errors = Object.values(CASES).filter((value) => {
    try {
      api.answersFromQuestionnaireResponse(value);
      return false;
    } catch {
      return true;
    }
  });
  assert.equal(errors.length, Object.keys(CASES).length - 1, 'every case but one is an error');
});

// The core writes JSON text by hand (crates/core-wasm/src/js.rs, `to_js`); the CLI with serde_json.
test('questionnaire(lang) equals triage questionnaire --lang, in every language', () => {
  for (const lang of ['nb', 'nn', 'sv', 'da', 'en']) {
    const cli = spawnSync(bin, ['questionnaire', '--lang', lang], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
    assert.equal(cli.status, 0, cli.stderr);
    const fromJs = api.questionnaire(lang);
    assert.equal(fromJs.language, lang);
    assert.deepEqual(fromJs, JSON.parse(cli.stdout), lang);
  }
});
