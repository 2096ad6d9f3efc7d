// @ts-check
// back-pain-triage: the JavaScript API. No side effects on import; the script-tag entry
// (back-pain-triage.js) is the one that defines the element by itself.
//
// The first screen (the start screen, with the emergency number) is painted at once from
// start-screen.js, which `triage start-screen` generates from the widget's own texts; the
// widget's WASM takes over when it has arrived. Its texts come apart from its WASM, one
// language at a time (texts/<lang>.js, which `triage widget-texts` generates from the Rust
// texts). Until the result WASM is there, a result shows its headline, the emergency number
// and the way back.
//
// The sources, one job each (scripts/package bundles them into index.js and
// back-pain-triage.js, so that the split costs the page no request and no byte):
//   src/loader.js        the three WASMs and the texts, each loaded once, with retry
//   src/harden.js        what a host hands over, checked and copied before it reaches a WASM
//   src/api.js           evaluate, questionnaire, answersFromQuestionnaireResponse, mount
//   src/first-screen.js  the first screen, the widget taking over from it, the fallback
//   src/attach.js        the one mount sequence and the controls, for mount() and the element
//   src/element.js       the <back-pain-triage> element
//   assets.js            the paths of what is loaded from beside the package
//
// Every file here and in src/ is type-checked (`// @ts-check` and JSDoc, against index.d.ts):
// `tsc -p www/package/tsconfig.check.json`, which tests/node/typecheck.test.mjs runs.

export { init, preloadWidget } from './src/loader.js';
export { evaluate, questionnaire, answersFromQuestionnaireResponse, mount } from './src/api.js';
export { defineElement } from './src/element.js';
