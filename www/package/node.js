// @ts-check
// back-pain-triage for Node.js 20+: the same API, with init() reading the core WASM (the rules
// and FHIR, no UI) from the package's own file (Node's fetch cannot read file: URLs). Only
// evaluate(), questionnaire() and answersFromQuestionnaireResponse() make sense here.
import { readFile } from 'node:fs/promises';
import { init as initFrom } from './index.js';

export { evaluate, questionnaire, answersFromQuestionnaireResponse, mount, defineElement } from './index.js';

/**
 * Loads the core WASM once from the package's own file; later calls return the same promise.
 * @param {Parameters<typeof initFrom>[0]} [source]
 */
export async function init(source) {
  return initFrom(source ?? (await readFile(new URL('./wasm/back-pain-triage-core_bg.wasm', import.meta.url))));
}
