// @ts-check
// Everything the package imports or fetches from beside itself, named from the package's root:
// the first screen (start-screen.js), each language's texts (texts/<lang>.js) and the three
// WASMs with their bindings (wasm/). This file stays at the root whether the sources are
// served as they are (the demo page, index.html) or bundled into index.js and
// back-pain-triage.js (scripts/package), so the paths below are right in both; in src/ they
// would not be (esbuild rewrites neither `import()` of an external file nor `new URL`).
// Each `import()` names its file literally, so that a host's bundler finds every one.

export { STYLESHEET, LANGUAGES, COUNTRIES, EMERGENCY_NUMBER, SCREENS, FALLBACK, START_SELECTOR } from './start-screen.js';

/** The core (evaluate, questionnaire, answersFromQuestionnaireResponse; no Leptos). */
export const coreBindings = () => import('./wasm/back-pain-triage-core.js');
export const coreWasm = () => new URL('./wasm/back-pain-triage-core_bg.wasm', import.meta.url);

/** The result screen, with the core's API. */
export const resultBindings = () => import('./wasm/back-pain-triage-result.js');
export const resultWasm = () => new URL('./wasm/back-pain-triage-result_bg.wasm', import.meta.url);

/** The widget (the Leptos UI, the questions). */
export const widgetBindings = () => import('./wasm/back-pain-triage.js');
export const widgetWasm = () => new URL('./wasm/back-pain-triage_bg.wasm', import.meta.url);

/**
 * Each language's texts for the widget (scripts/build-extras writes them), imported only when
 * a widget speaks it. One static path each, so that bundlers find every file.
 */
export const TEXTS = {
  nb: () => import('./texts/nb.js'),
  nn: () => import('./texts/nn.js'),
  sv: () => import('./texts/sv.js'),
  da: () => import('./texts/da.js'),
  en: () => import('./texts/en.js'),
};
