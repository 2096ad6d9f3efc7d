// @ts-check
// The API facade: the decision core without any UI (evaluate, questionnaire,
// answersFromQuestionnaireResponse, after init()), and mount(), which checks its arguments
// here and mounts through `attach` (attach.js), as the element does.

import { describe, plainCopy } from './harden.js';
import { core } from './loader.js';
import { attach } from './attach.js';

/**
 * The core's bindings; throws unless init() (or a widget's result) has loaded them.
 * @param {string} what
 */
function requireLoaded(what) {
  if (!core) throw new Error(`back-pain-triage: ${what} needs the WASM: await init() first`);
  return core;
}

/**
 * The decision core without any UI: Answers in, Outcome out, the same contract as the CLI.
 * `options.country` (NO, SE, DK, GB) adds `advice_sources`, each advice item's sources in that
 * country. Throws an Error naming the field when `answers` or `options` do not follow the contract.
 * @param {import('../index.d.ts').Answers} answers
 * @param {{ country?: import('../index.d.ts').Country }} [options]
 * @returns {import('../index.d.ts').Outcome}
 */
export function evaluate(answers, options) {
  return requireLoaded('evaluate()').evaluate(
    plainCopy(answers, 'evaluate', (path) => `field \`${path}\``),
    options === undefined ? options : plainCopy(options, 'evaluate', (path) => `options.${path}`),
  );
}

/**
 * The FHIR R4 Questionnaire (after `init()`), with `lang` (nb, nn, sv, da, en; default en) as
 * its base language and the other four as translation extensions.
 * @param {string} [lang]
 * @returns {import('../index.d.ts').FhirResource}
 */
export function questionnaire(lang) {
  return requireLoaded('questionnaire()').questionnaire(lang);
}

/**
 * The Answers in a FHIR R4 QuestionnaireResponse to our Questionnaire, from any form renderer
 * (after `init()`). Throws an Error naming the item at fault.
 * @param {import('../index.d.ts').FhirResource} response
 * @returns {import('../index.d.ts').Answers}
 */
export function answersFromQuestionnaireResponse(response) {
  return requireLoaded('answersFromQuestionnaireResponse()').answersFromQuestionnaireResponse(plainCopy(response, 'answersFromQuestionnaireResponse', (path) => `\`${path}\``));
}

/**
 * Renders a widget into `element`'s shadow root. `options`: { lang, country, region (a Danish
 * region, DK-81 … DK-85), clinicName, clinicTel, clinicUrl, operatorName, operatorContact,
 * answers, questionnaireResponse, onComplete, onEmergency, onStep, onRestart, onError }.
 * Resolves to { setLanguage, setCountry, setRegion, setClinic, setOperator, prefill, reset,
 * unmount }. Invalid pre-filled answers are
 * not thrown: the widget starts empty, and `triage-error` (on `element`) and `onError` say
 * which field is wrong.
 * @param {Element} element
 * @param {import('../index.d.ts').Options} [options]
 * @returns {Promise<import('../index.d.ts').Widget>}
 */
export async function mount(element, options = {}) {
  let isElement = false;
  try {
    // nodeType is read through the DOM's own getter: a Proxy of an element fails it here, in
    // JavaScript, instead of inside the WASM.
    isElement = typeof Element !== 'undefined' && element instanceof Element && element.nodeType === 1;
  } catch {
    // An object that throws when looked at is not an element.
  }
  if (!isElement) {
    throw new Error('back-pain-triage: mount(element): element must be a DOM Element');
  }
  if (options === null || typeof options !== 'object') {
    throw new Error('back-pain-triage: mount(element, options): options must be an object');
  }
  try {
    // Read once, here: a getter or a proxy that throws fails now with a clear Error, not
    // halfway through mounting (and inherited properties are not options).
    options = { ...options };
  } catch (error) {
    throw new Error(`back-pain-triage: mount(element, options): options could not be read: ${describe(error)}`);
  }
  const { onComplete, onEmergency, onStep, onRestart, onError } = options;
  for (const [name, value] of Object.entries({ onComplete, onEmergency, onStep, onRestart, onError })) {
    if (value !== undefined && typeof value !== 'function') {
      throw new Error(`back-pain-triage: mount(element, options): options.${name} must be a function`);
    }
  }
  const { lang, country, region, clinicName, clinicTel, clinicUrl, operatorName, operatorContact } = options;
  const settings = { lang, country, region, clinicName, clinicTel, clinicUrl, operatorName, operatorContact };
  // Never null: the widget is always wanted.
  return /** @type {Promise<import('../index.d.ts').Widget>} */ (attach(element, {
    settings: () => settings,
    prefill: () => options,
    wanted: () => true,
    complete: onComplete,
    completeFailed: (error) => console.error('back-pain-triage: onComplete failed', error),
    emergency: onEmergency,
    step: onStep,
    restart: onRestart,
    error: onError,
  }).ready);
}
