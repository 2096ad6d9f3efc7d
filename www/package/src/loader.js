// @ts-check
// The loader: the three WASMs and the widget's texts, each fetched only when first needed and
// once (dynamic imports, so a bundler splits them too); a failure lets a later call try again.
//   the core (wasm/back-pain-triage-core*: evaluate, questionnaire,
//     answersFromQuestionnaireResponse; no Leptos), loaded by init();
//   the widget (wasm/back-pain-triage*: the Leptos UI, the questions), with the texts of one
//     language at a time (texts/<lang>.js), loaded by mount() and the element;
//   the result (wasm/back-pain-triage-result*: the core's API and the result screen), which a
//     widget starts to load once the reader has answered the first question (`takeOver` in
//     first-screen.js), and which reads pre-filled answers and tells the host of a result.
// Languages are the widget's codes here (nb, nn, sv, da, en), as `firstLocale` reads a lang tag.

import { coreBindings, coreWasm, resultBindings, resultWasm, widgetBindings, widgetWasm, TEXTS } from '../assets.js';

/** @typedef {import('../index.d.ts').Language} Language */
/** @typedef {Awaited<ReturnType<typeof coreBindings>>} CoreBindings  the core's bindings */
/** @typedef {Awaited<ReturnType<typeof resultBindings>>} ResultBindings  the result WASM's: the core's and resultForWidget */
/** @typedef {Awaited<ReturnType<typeof widgetBindings>>} WidgetBindings  the widget's: mountWidget, addTexts */

/**
 * The core's bindings, once loaded (by init(), or with the result WASM).
 * @type {CoreBindings | null}
 */
export let core = null;
/** @type {Promise<void> | null} */
let coreReady = null;
/** @type {Promise<WidgetBindings> | null} */
let widgetReady = null;
/**
 * The result WASM's bindings, once loaded.
 * @type {ResultBindings | null}
 */
export let results = null;
/** @type {Promise<void> | null} */
let resultsReady = null;

/**
 * Loads the core WASM (the rules and FHIR, without the UI) once; later calls return the same
 * promise. In a browser it is fetched from beside this module; `source` (a URL, Response,
 * bytes or WebAssembly.Module) overrides that.
 * @param {Parameters<typeof import('../index.d.ts').init>[0]} [source]
 * @returns {Promise<void>}
 */
export function init(source) {
  coreReady ??= coreBindings()
    .then(async (bindings) => {
      await bindings.default({ module_or_path: source ?? coreWasm() });
      core = bindings;
    })
    .catch((error) => {
      coreReady = null; // a later call may try again (e.g. after a network failure)
      throw error;
    });
  return coreReady;
}

/**
 * Loads the result WASM (the core's API and the result screen) once; later calls return the
 * same promise, and a failure lets a later call try again.
 * @returns {Promise<void>}
 */
export function loadResults() {
  resultsReady ??= resultBindings()
    .then(async (bindings) => {
      await bindings.default({ module_or_path: resultWasm() });
      results = bindings;
      // A superset of the core's API: evaluate() and the rest work from it too (a host's
      // onComplete may call evaluate() without init()).
      core ??= bindings;
    })
    .catch((error) => {
      resultsReady = null;
      throw error;
    });
  return resultsReady;
}

/**
 * Starts fetching and compiling the widget's WASM now (the element and mount() do it when
 * first needed); resolves once it is ready. Later calls return the same promise.
 * @returns {Promise<void>}
 */
export function preloadWidget() {
  return loadWidget().then(() => {});
}

/** @type {Map<Language, Promise<WidgetBindings>>} */
const textsReady = new Map(); // language code -> promise of the widget's bindings, with its texts
/** @type {Set<Language>} */
const textsLoaded = new Set(); // the language codes whose texts the widget's WASM has

/**
 * Loads the widget's WASM and, beside it, the texts of language `lang`, once per language;
 * resolves to the bindings. A failure lets a later call try again.
 * @param {Language} lang
 * @returns {Promise<WidgetBindings>}
 */
function loadTexts(lang) {
  // get, not has: the promise itself, so that its type is known (a promise is never falsy).
  let ready = textsReady.get(lang);
  if (!ready) {
    ready = Promise.all([loadWidget(), TEXTS[lang]()])
      .then(([bindings, texts]) => {
        bindings.addTexts(lang, texts.default);
        textsLoaded.add(lang);
        return bindings;
      })
      .catch((error) => {
        textsReady.delete(lang);
        throw error;
      });
    textsReady.set(lang, ready);
  }
  return ready;
}

/**
 * Loads the widget and the texts of language `currentLang()`, again if the language asked for
 * changed meanwhile, so that the widget is mounted in a language whose texts it has.
 * @param {() => Language} currentLang
 * @returns {Promise<WidgetBindings>}
 */
export async function loadFor(currentLang) {
  let bindings;
  do {
    bindings = await loadTexts(currentLang());
  } while (!textsLoaded.has(currentLang()));
  return bindings;
}

/**
 * Calls `apply` once the texts of language `lang` are in the widget's WASM: at once if they
 * are, else after they have loaded (`apply` then checks that the switch is still wanted, and
 * the widget still there). Resolves when applied.
 * @param {Language} lang
 * @param {() => void} apply
 * @returns {Promise<void>}
 */
export function whenTexts(lang, apply) {
  if (textsLoaded.has(lang)) {
    apply();
    return Promise.resolve();
  }
  return loadTexts(lang).then(apply, (error) => console.error(`back-pain-triage: the texts of ${lang} could not load`, error));
}

/**
 * Loads the widget's WASM once; resolves to its bindings. The WASM is fetched at once, beside
 * its JavaScript bindings rather than after them, and compiled while it streams in
 * (WebAssembly.instantiateStreaming, through the bindings' init).
 * @returns {Promise<WidgetBindings>}
 */
function loadWidget() {
  if (!widgetReady) {
    const wasm = fetch(widgetWasm());
    wasm.catch(() => {}); // reported through the bindings' init below
    widgetReady = widgetBindings()
      .then(async (bindings) => {
        await bindings.default({ module_or_path: wasm });
        return bindings;
      })
      .catch((error) => {
        widgetReady = null; // a later element or mount() may try again
        throw error;
      });
  }
  return widgetReady;
}
