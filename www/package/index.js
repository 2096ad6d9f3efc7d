// back-pain-triage: the JavaScript API. No side effects on import; the script-tag entry
// (back-pain-triage.js) is the one that defines the element by itself.
//
// The first screen (the start screen, with the emergency number) is painted at once from
// start-screen.js, which `triage start-screen` generates from the widget's own texts; the
// widget's WASM takes over when it has arrived.
//
// The widget's texts come apart from its WASM, one language at a time: texts/<lang>.js, which
// `triage widget-texts` generates from the Rust texts, imported beside the widget's WASM for
// the reader's language and on a switch to another (loadTexts).
//
// Three WASM files, each fetched only when first needed (dynamic imports, so a bundler splits
// them too): the core (wasm/back-pain-triage-core*: evaluate, questionnaire,
// answersFromQuestionnaireResponse; no Leptos), loaded by init(); the widget
// (wasm/back-pain-triage*: the Leptos UI, the questions), loaded by mount() and the element;
// and the result (wasm/back-pain-triage-result*: the core's API and the result screen, with
// the texts it shows), which a widget starts to load once the reader has answered the first
// question (or the first sign that means an emergency), and which reads pre-filled answers and
// tells the host of a result. Until it is there, a result shows its headline, the emergency
// number and the way back.

import { STYLESHEET, LANGUAGES, COUNTRIES, EMERGENCY_NUMBER, SCREENS, FALLBACK, START_SELECTOR } from './start-screen.js';

let core = null; // the core's bindings, once loaded
let coreReady = null;
let widgetReady = null;
let results = null; // the result WASM's bindings, once loaded
let resultsReady = null;

/**
 * What the host hears when a result is shown, made by the core from the widget's draft
 * (`code`), language and the country whose rules decided (`country`, '' for none): `outcome` is
 * `evaluate(answers, { country })` (without a country, `evaluate(answers)`); `answered` lists
 * the fields the reader really answered; after an early exit on an emergency sign the others
 * are reported as "no" in `answers` but were never asked.
 */
async function completion(code, lang, country) {
  await loadResults();
  const { answers, outcome, questionnaireResponse } =
    results.completionForWidget(code, lang, country ?? '', new Date().toISOString());
  const answered = questionnaireResponse.item.map((item) => item.linkId);
  return { answers, outcome, questionnaireResponse, answered };
}

/** `detail` of `triage-step`: which step is shown, by id and place, and nothing answered. */
function stepDetail(step, index, total) {
  return { step, index, total };
}

/** An error's message, whatever was thrown. */
function messageOf(error) {
  return String(error?.message ?? error);
}

/**
 * Reads pre-filled answers (a partial Answers object, or a partial FHIR QuestionnaireResponse)
 * with the core, which names the field at fault as `evaluate` does. Resolves to `{ code }`, the
 * draft for the widget, or to `{ error }` (and `code: ''`, an empty draft) when they are invalid.
 */
async function readPrefill(answers, questionnaireResponse) {
  try {
    await loadResults();
    // Copied first (plainCopy): a hostile value fails here, as a refused pre-fill.
    const plainAnswers = plainCopy(answers ?? undefined, 'answers', (path) => `field \`${path}\``);
    const plainResponse = plainCopy(questionnaireResponse ?? undefined, 'questionnaireResponse', (path) => `\`${path}\``);
    return { code: results.prefillForWidget(plainAnswers, plainResponse) };
  } catch (error) {
    const message = messageOf(error);
    console.warn(`back-pain-triage: pre-filled answers refused, starting empty: ${message}`);
    return { code: '', error: message };
  }
}

/** Dispatches a bubbling, composed CustomEvent from `element`. */
function emit(element, type, detail) {
  element.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

/**
 * Loads the core WASM (the rules and FHIR, without the UI) once; later calls return the same
 * promise. In a browser it is fetched from beside this module; `source` (a URL, Response,
 * bytes or WebAssembly.Module) overrides that.
 */
export function init(source) {
  coreReady ??= import('./wasm/back-pain-triage-core.js')
    .then(async (bindings) => {
      await bindings.default({ module_or_path: source ?? new URL('./wasm/back-pain-triage-core_bg.wasm', import.meta.url) });
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
 */
function loadResults() {
  resultsReady ??= import('./wasm/back-pain-triage-result.js')
    .then(async (bindings) => {
      await bindings.default({ module_or_path: new URL('./wasm/back-pain-triage-result_bg.wasm', import.meta.url) });
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
 */
export function preloadWidget() {
  return loadWidget().then(() => {});
}

/**
 * Each language's texts for the widget (scripts/build-extras writes them), imported only when
 * a widget speaks it. One static path each, so that bundlers find every file.
 */
const TEXTS = {
  nb: () => import('./texts/nb.js'),
  nn: () => import('./texts/nn.js'),
  sv: () => import('./texts/sv.js'),
  da: () => import('./texts/da.js'),
  en: () => import('./texts/en.js'),
};
const textsReady = new Map(); // language code -> promise of the widget's bindings, with its texts
const textsLoaded = new Set(); // the language codes whose texts the widget's WASM has

/**
 * Loads the widget's WASM and, beside it, the texts of the language `langTag` stands for (as
 * the WASM reads the tag: `firstLocale`), once per language; resolves to the bindings. A
 * failure lets a later call try again.
 */
function loadTexts(langTag) {
  const { lang } = firstLocale(langTag);
  if (!textsReady.has(lang)) {
    const ready = Promise.all([loadWidget(), TEXTS[lang]()])
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
  return textsReady.get(lang);
}

/**
 * Loads the widget and the texts of `langTag`, again if the language asked for (`currentTag()`)
 * changed meanwhile, so that the widget is mounted in a language whose texts it has.
 */
async function loadFor(currentTag) {
  let bindings;
  do {
    bindings = await loadTexts(currentTag());
  } while (!textsLoaded.has(firstLocale(currentTag()).lang));
  return bindings;
}

/**
 * Calls `apply` once the texts of `langTag` are in the widget's WASM: at once if they are, else
 * after they have loaded (`apply` then checks that the switch is still wanted, and the widget
 * still there). Resolves when applied.
 */
function whenTexts(langTag, apply) {
  if (textsLoaded.has(firstLocale(langTag).lang)) {
    apply();
    return Promise.resolve();
  }
  return loadTexts(langTag).then(apply, (error) =>
    console.error(`back-pain-triage: the texts of ${firstLocale(langTag).lang} could not load`, error),
  );
}

/**
 * Loads the widget's WASM once; resolves to its bindings. The WASM is fetched at once, beside
 * its JavaScript bindings rather than after them, and compiled while it streams in
 * (WebAssembly.instantiateStreaming, through the bindings' init).
 */
function loadWidget() {
  if (!widgetReady) {
    const wasm = fetch(new URL('./wasm/back-pain-triage_bg.wasm', import.meta.url));
    wasm.catch(() => {}); // reported through the bindings' init below
    widgetReady = import('./wasm/back-pain-triage.js')
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

/** Deeper than this, or longer than `MAX_ELEMENTS`, no Answers or QuestionnaireResponse is. */
const MAX_DEPTH = 32;
const MAX_ELEMENTS = 100_000;

/** `text` as an error message shows it: one line, at most 40 characters. */
function shown(text) {
  const line = String(text).replace(/[\u0000-\u001f\u007f`]/g, '?');
  return line.length > 40 ? `${line.slice(0, 40)}…` : line;
}

/** What a thrown value says, whatever it is (even an object whose toString throws). */
function describe(error) {
  try {
    return shown(error?.message ?? String(error));
  } catch {
    return 'an unreadable exception';
  }
}

/**
 * A plain copy of `value` for the WASM to read: own enumerable string keys, arrays, primitives.
 * Getters and proxies run here, in JavaScript, where what they throw becomes one Error naming
 * the field (`name(path)`), rather than inside the WASM, where a throw would unwind Rust frames
 * and a cycle or deep nesting would overflow its stack. Functions and symbols, which no field
 * takes, are refused here for the same reason (a function may be a proxy). What is not an
 * object at all is passed on as it is: the WASM names its type.
 */
function plainCopy(value, what, name, path = '', depth = 0) {
  const fail = (problem) => {
    throw new Error(`${what}: ${path ? name(shown(path)) : 'the argument'}: ${problem}`);
  };
  if (typeof value === 'function' || typeof value === 'symbol') {
    if (depth === 0) return value;
    fail(`must not be a ${typeof value}`);
  }
  if (typeof value !== 'object' || value === null) return value;
  if (depth >= MAX_DEPTH) fail(`nested more than ${MAX_DEPTH} deep`);
  let isArray = false;
  let keys = [];
  try {
    isArray = Array.isArray(value);
    if (isArray && depth === 0) return value;
    const length = isArray ? value.length : (keys = Object.keys(value)).length;
    if (!(length <= MAX_ELEMENTS)) return fail(`more than ${MAX_ELEMENTS} elements`);
    if (isArray) keys = Array.from({ length }, (_, i) => i);
  } catch (error) {
    if (String(error?.message).startsWith(`${what}: `)) throw error;
    fail(`could not be read: ${describe(error)}`);
  }
  const at = (key) => (isArray ? `${path}[${key}]` : path ? `${path}.${key}` : key);
  // Each value read under its own name, so that a getter that throws is named.
  const read = (key) => {
    let v;
    try {
      v = value[key];
    } catch (error) {
      throw new Error(`${what}: ${name(shown(at(key)))}: could not be read: ${describe(error)}`);
    }
    return plainCopy(v, what, name, at(key), depth + 1);
  };
  if (isArray) return keys.map(read);
  // No prototype: an own key "__proto__" stays a key instead of replacing the prototype.
  const copy = Object.create(null);
  for (const k of keys) copy[k] = read(k);
  return copy;
}

/**
 * `value` for a text argument of the WASM: a string, or undefined for none. Anything else is
 * a thrown Error here; handed to the bindings, an object or a number would be copied into
 * the WASM's memory as if it were a string and trap ("memory access out of bounds").
 */
function text(what, value) {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  throw new Error(`back-pain-triage: ${what}: expected a string, got ${typeof value}`);
}

function requireLoaded(what) {
  if (!core) throw new Error(`back-pain-triage: ${what} needs the WASM: await init() first`);
}

/**
 * The decision core without any UI: Answers in, Outcome out, the same contract as the CLI.
 * `options.country` (NO, SE, DK, GB) adds `advice_sources`, each advice item's sources in that
 * country. Throws an Error naming the field when `answers` or `options` do not follow the contract.
 */
export function evaluate(answers, options) {
  requireLoaded('evaluate()');
  return core.evaluate(
    plainCopy(answers, 'evaluate', (path) => `field \`${path}\``),
    options === undefined ? options : plainCopy(options, 'evaluate', (path) => `options.${path}`),
  );
}

/**
 * The FHIR R4 Questionnaire (after `init()`), with `lang` (nb, nn, sv, da, en; default en) as
 * its base language and the other four as translation extensions.
 */
export function questionnaire(lang) {
  requireLoaded('questionnaire()');
  return core.questionnaire(lang);
}

/**
 * The Answers in a FHIR R4 QuestionnaireResponse to our Questionnaire, from any form renderer
 * (after `init()`). Throws an Error naming the item at fault.
 */
export function answersFromQuestionnaireResponse(response) {
  requireLoaded('answersFromQuestionnaireResponse()');
  return core.answersFromQuestionnaireResponse(plainCopy(response, 'answersFromQuestionnaireResponse', (path) => `\`${path}\``));
}

/**
 * Renders a widget into `element`'s shadow root. `options`: { lang, country, region (a Danish
 * region, DK-81 … DK-85), clinicName, clinicTel, clinicUrl, operatorName, operatorContact,
 * answers, questionnaireResponse, onComplete, onEmergency, onStep, onRestart, onError }.
 * Resolves to { setLanguage, setCountry, setRegion, setClinic, setOperator, prefill, reset,
 * unmount }. Invalid pre-filled answers are
 * not thrown: the widget starts empty, and `triage-error` (on `element`) and `onError` say
 * which field is wrong.
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
  const operator = hasOperator(options.operatorName, options.operatorContact);
  const first = paintFirstScreen(element, options.lang, options.country, operator);
  // Pre-filled answers are read by the result WASM, loaded alongside the widget.
  const prefilled =
    options.answers != null || options.questionnaireResponse != null
      ? readPrefill(options.answers, options.questionnaireResponse)
      : null;
  let bindings;
  try {
    bindings = await loadTexts(options.lang);
  } catch (error) {
    showFallback(element, options.lang, options.country);
    throw error;
  }
  const prefill = await prefilled;
  const widget = takeOver(bindings.mountWidget, element, first, prefill?.code, {
    lang: options.lang,
    country: options.country,
    region: options.region,
    // The result WASM makes what onComplete gets; the callback may call evaluate() itself (as
    // www/npm-consumer does): by then it is loaded, and evaluate() uses it.
    onComplete:
      onComplete &&
      ((code, lang, country) =>
        completion(code, lang, country)
          .then(onComplete)
          .catch((error) => console.error('back-pain-triage: onComplete failed', error))),
    onEmergency: onEmergency && ((sign) => onEmergency({ sign })),
    onStep: onStep && ((...args) => onStep(stepDetail(...args))),
    onRestart: onRestart && (() => onRestart({})),
    clinicName: options.clinicName,
    clinicTel: options.clinicTel,
    clinicUrl: options.clinicUrl,
    operatorName: options.operatorName,
    operatorContact: options.operatorContact,
  });
  if (prefill?.error) {
    const detail = { error: prefill.error, kind: 'prefill' };
    emit(element, 'triage-error', detail);
    onError?.(detail);
  }
  let live = true;
  let wantedLang = options.lang;
  return {
    setLanguage(lang) {
      const wanted = (wantedLang = text('setLanguage(lang)', lang));
      return whenTexts(wanted, () => {
        if (live && wantedLang === wanted) widget.setLanguage(wanted);
      });
    },
    setCountry: (country) => live && widget.setCountry(text('setCountry(country)', country)),
    setRegion: (region) => live && widget.setRegion(text('setRegion(region)', region)),
    setClinic: ({ name, tel, url } = {}) =>
      live &&
      widget.setClinic(text('setClinic({ name })', name), text('setClinic({ tel })', tel), text('setClinic({ url })', url)),
    setOperator: ({ name, contact } = {}) =>
      live && widget.setOperator(text('setOperator({ name })', name), text('setOperator({ contact })', contact)),
    async prefill({ answers, questionnaireResponse } = {}) {
      const { code, error } = await readPrefill(answers, questionnaireResponse);
      if (live) widget.prefill(code);
      if (error) throw new Error(error);
    },
    reset: () => live && widget.reset(),
    unmount() {
      if (!live) return;
      live = false;
      widget.unmount();
      widget.free();
    },
  };
}

/**
 * The language and country of the first screen, read from the attributes as the WASM reads
 * them (with the tables generated from its own parsers); the WASM warns about bad values.
 * `country` is 'none' when the attribute (or else the lang tag's region) names no country the
 * widget knows: that screen shows 112 alone, as the widget will (crates/triage/src/country.rs, `Numbers`).
 */
function firstLocale(langTag, countryCode) {
  // Own keys only, and text only: lang="constructor" or a Symbol must not reach Object.prototype
  // or throw; anything unknown falls back as the widget does.
  const own = (table, key) => (Object.hasOwn(table, key) ? table[key] : undefined);
  const text = (value) => (typeof value === 'string' ? value.trim() : '');
  const parts = text(langTag).split(/[-_]/);
  const lang = own(LANGUAGES, parts[0].toLowerCase()) ?? 'en';
  const region = parts.slice(1).find((part) => /^[a-z]{2}$/i.test(part));
  const code = text(countryCode);
  // A country given but unknown is not replaced by the lang tag's region: the WASM does not either.
  const country = (code ? own(COUNTRIES, code.toUpperCase()) : own(COUNTRIES, region?.toUpperCase())) ?? 'none';
  return { lang, country };
}

let sheet = null;

/**
 * Gives `element` a shadow root with the widget's stylesheet (one constructed stylesheet for
 * every widget, which a strict CSP allows) and paints the start screen in it at once, before
 * the WASM has arrived. Returns what the reader does meanwhile: `{ started }`, true once Start
 * is pressed.
 */
function paintFirstScreen(element, langTag, countryCode, operator = false) {
  let shadow = element.shadowRoot;
  if (!shadow) {
    try {
      shadow = element.attachShadow({ mode: 'open' });
    } catch {
      throw new Error('back-pain-triage: mount(element): this element cannot have a shadow root');
    }
  }
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLESHEET);
  }
  shadow.adoptedStyleSheets = [sheet];
  const { lang, country } = firstLocale(langTag, countryCode);
  shadow.innerHTML = SCREENS[lang][country];
  // The screen names the site's owner; the host named an operator, which the WASM checks and
  // names when it takes over: until then, neither, rather than the wrong one.
  if (operator) shadow.querySelector('[data-operator]')?.remove();
  // A hook for tests and benchmarks: the painted screen, until the widget replaces it.
  shadow.firstElementChild.setAttribute('data-first-screen', '');
  const first = { started: false };
  shadow.querySelector(START_SELECTOR).addEventListener('click', (event) => {
    first.started = true;
    event.currentTarget.setAttribute('aria-busy', 'true');
  });
  return first;
}

/**
 * Replaces the first screen with the widget in one task, with the pre-filled answers (`code`,
 * from `readPrefill`) if any. Focus on Start stays on Start; a Start pressed meanwhile is kept:
 * the widget opens the first question and, as after any Start, focus moves to its heading
 * (next frame, once the widget has drawn it).
 */
function takeOver(mountWidget, element, first, code, options) {
  const shadow = element.shadowRoot;
  const onStart = Boolean(shadow?.activeElement?.matches(START_SELECTOR));
  let widget = null;
  // The result WASM, fetched once the reader has answered the first question (or an emergency
  // sign ended the questions); the widget asks again when it has arrived.
  const fetchResults = () =>
    loadResults().then(
      () => {
        try {
          if (widget?.mounted) widget.resultReady();
        } catch {
          // Unmounted and freed meanwhile: nothing to tell.
        }
      },
      (error) => console.error('back-pain-triage: the result could not load', error),
    );
  const { onStep, onEmergency } = options;
  widget = mountWidget(element, {
    ...options,
    renderResult: (...args) => {
      if (results) return results.resultForWidget(...args);
      fetchResults();
      return undefined;
    },
    onStep: (step, index, total) => {
      if (index > 0) fetchResults();
      onStep?.(step, index, total);
    },
    onEmergency: (sign) => {
      fetchResults();
      onEmergency?.(sign);
    },
  });
  if (code) widget.prefill(code);
  if (first.started) {
    widget.start();
    requestAnimationFrame(() => shadow.querySelector('h2')?.focus());
  } else if (onStart) {
    shadow.querySelector(START_SELECTOR)?.focus();
  }
  return widget;
}

/**
 * When the widget cannot load, the first screen stays (with the emergency number); in place
 * of Start it shows the host's own fallback, or else the built-in emergency text.
 */
function showFallback(element, langTag, countryCode) {
  const { lang, country } = firstLocale(langTag, countryCode);
  if (element.children.length === 0) {
    const number = EMERGENCY_NUMBER[country];
    const [before, after] = FALLBACK[lang] ?? FALLBACK.en;
    const link = document.createElement('a');
    link.href = `tel:${number}`;
    link.textContent = number;
    const p = document.createElement('p');
    p.lang = lang;
    p.append(`${before} `, link, ` ${after}`);
    element.append(p);
  }
  const nav = element.shadowRoot?.querySelector('[data-step="start"] .nav');
  if (nav) nav.replaceWith(document.createElement('slot'));
}

/**
 * Whether a pre-fill property is set to what it already holds: frameworks set properties again
 * on every render (React and Vue with an object written inline), which must not start the
 * reader over.
 */
function sameValue(current, next) {
  if ((current ?? null) === (next ?? null)) return true;
  try {
    return JSON.stringify(current ?? null) === JSON.stringify(next ?? null);
  } catch {
    return false; // not JSON (a cycle): treat as new, and let the core say what is wrong
  }
}

/** The element's attributes for the host's clinic. */
const CLINIC_ATTRIBUTES = ['clinic-name', 'clinic-tel', 'clinic-url'];
/** The element's attributes for who offers the widget and where to report errors. */
const OPERATOR_ATTRIBUTES = ['operator-name', 'operator-contact'];

/** Whether the host named an operator (checked by the WASM, which warns about bad values). */
function hasOperator(name, contact) {
  return [name, contact].some((value) => typeof value === 'string' && value.trim() !== '');
}

/**
 * Registers the <back-pain-triage> element (or another name) once. Attributes: lang,
 * country, region (a Danish region, DK-81 … DK-85), clinic-name, clinic-tel, clinic-url,
 * operator-name, operator-contact.
 * Properties: answers, questionnaireResponse (pre-filled answers). Events (bubbling,
 * composed): triage-complete {answers, outcome, questionnaireResponse, answered},
 * triage-emergency {sign}, triage-step {step, index, total}, triage-restart {},
 * triage-error {error, kind}.
 */
export function defineElement(name = 'back-pain-triage') {
  if (typeof customElements === 'undefined') {
    throw new Error('back-pain-triage: defineElement() needs a browser (customElements)');
  }
  if (customElements.get(name)) return customElements.get(name);

  class BackPainTriageElement extends HTMLElement {
    static observedAttributes = ['lang', 'country', 'region', ...CLINIC_ATTRIBUTES, ...OPERATOR_ATTRIBUTES];

    #widget = null;
    #first = null; // the first screen, until the widget takes over
    #answers = null;
    #questionnaireResponse = null;
    #prefillQueued = false;
    #wantedLang = undefined; // the lang attribute last set, while its texts load

    constructor() {
      super();
      // A framework may set the properties before this class was defined: they then sit on
      // the instance and hide the accessors below. Take them over.
      for (const property of ['answers', 'questionnaireResponse']) {
        if (Object.hasOwn(this, property)) {
          const value = this[property];
          delete this[property];
          this[property] = value;
        }
      }
    }

    /** Pre-filled answers: a partial Answers object (or null). */
    get answers() {
      return this.#answers;
    }
    set answers(value) {
      if (sameValue(this.#answers, value)) return;
      this.#answers = value ?? null;
      this.#queuePrefill();
    }

    /** Pre-filled answers as a FHIR QuestionnaireResponse (or null). */
    get questionnaireResponse() {
      return this.#questionnaireResponse;
    }
    set questionnaireResponse(value) {
      if (sameValue(this.#questionnaireResponse, value)) return;
      this.#questionnaireResponse = value ?? null;
      this.#queuePrefill();
    }

    #hasPrefill() {
      return this.#answers !== null || this.#questionnaireResponse !== null;
    }

    /** Once the widget is there, starts it over with the pre-fill, once per task however many properties changed. */
    #queuePrefill() {
      if (!this.#widget || this.#prefillQueued) return;
      this.#prefillQueued = true;
      queueMicrotask(async () => {
        this.#prefillQueued = false;
        const { code, error } = this.#hasPrefill()
          ? await readPrefill(this.#answers, this.#questionnaireResponse)
          : { code: '' };
        if (!this.#widget) return;
        this.#widget.prefill(code);
        if (error) emit(this, 'triage-error', { error, kind: 'prefill' });
      });
    }

    #lang() {
      return this.getAttribute('lang') || this.closest('[lang]')?.getAttribute('lang') || undefined;
    }

    #hasOperator() {
      return hasOperator(...OPERATOR_ATTRIBUTES.map((a) => this.getAttribute(a)));
    }

    connectedCallback() {
      if (this.#widget) return; // moved within the page: the widget came along
      this.#first ??= paintFirstScreen(this, this.#lang(), this.getAttribute('country'), this.#hasOperator());
      // Pre-filled answers are read by the result WASM: fetch it alongside the widget.
      if (this.#hasPrefill()) loadResults().catch(() => {});
      loadFor(() => this.#lang())
        .then(async ({ mountWidget }) => {
          // The pre-fill as it is now (the host may have set it while the WASM loaded).
          const prefill = this.#hasPrefill() ? await readPrefill(this.#answers, this.#questionnaireResponse) : null;
          // The language may have changed meanwhile too: its texts first (at once if loaded).
          await loadFor(() => this.#lang());
          // The element may have been removed, or mounted already, while the WASM loaded.
          if (!this.isConnected || this.#widget) return;
          this.#widget = takeOver(mountWidget, this, this.#first, prefill?.code, {
            lang: this.#lang(),
            country: this.getAttribute('country') || undefined,
            region: this.getAttribute('region') || undefined,
            clinicName: this.getAttribute('clinic-name') ?? undefined,
            clinicTel: this.getAttribute('clinic-tel') ?? undefined,
            clinicUrl: this.getAttribute('clinic-url') ?? undefined,
            operatorName: this.getAttribute('operator-name') ?? undefined,
            operatorContact: this.getAttribute('operator-contact') ?? undefined,
            onComplete: (code, lang, country) =>
              completion(code, lang, country).then(
                (detail) => emit(this, 'triage-complete', detail),
                (error) => {
                  console.error('back-pain-triage: the result could not be reported', error);
                  emit(this, 'triage-error', { error: messageOf(error), kind: 'result' });
                },
              ),
            onEmergency: (sign) => emit(this, 'triage-emergency', { sign }),
            onStep: (...args) => emit(this, 'triage-step', stepDetail(...args)),
            onRestart: () => emit(this, 'triage-restart', {}),
          });
          this.#first = null;
          if (prefill?.error) emit(this, 'triage-error', { error: prefill.error, kind: 'prefill' });
        })
        // The WASM or a language's texts that did not load, also on the second look above.
        .catch((error) => {
          console.error('back-pain-triage: the widget could not load', error);
          if (this.isConnected) showFallback(this, this.#lang(), this.getAttribute('country'));
          emit(this, 'triage-error', { error: messageOf(error), kind: 'load' });
        });
    }

    disconnectedCallback() {
      // Moving the element (remove + insert in the same task) must not lose the reader's
      // answers: unmount only if it is still out of the document a moment later.
      queueMicrotask(() => {
        if (this.isConnected) return;
        if (this.#first) {
          // Removed before the widget arrived: the painted first screen goes too.
          this.shadowRoot?.replaceChildren();
          this.#first = null;
        }
        if (!this.#widget) return;
        this.#widget.unmount();
        this.#widget.free();
        this.#widget = null;
      });
    }

    attributeChangedCallback(attribute, _old, value) {
      if (this.#widget) {
        if (attribute === 'lang') {
          const wanted = (this.#wantedLang = value ?? undefined);
          whenTexts(wanted, () => {
            if (this.#widget && this.#wantedLang === wanted) this.#widget.setLanguage(wanted);
          });
        }
        if (attribute === 'country') this.#widget.setCountry(value ?? undefined);
        if (attribute === 'region') this.#widget.setRegion(value ?? undefined);
        if (CLINIC_ATTRIBUTES.includes(attribute)) {
          const [name, tel, url] = CLINIC_ATTRIBUTES.map((a) => this.getAttribute(a) ?? undefined);
          this.#widget.setClinic(name, tel, url);
        }
        if (OPERATOR_ATTRIBUTES.includes(attribute)) {
          const [name, contact] = OPERATOR_ATTRIBUTES.map((a) => this.getAttribute(a) ?? undefined);
          this.#widget.setOperator(name, contact);
        }
      } else if (this.#first && !this.#first.started) {
        this.#first = paintFirstScreen(this, this.#lang(), this.getAttribute('country'), this.#hasOperator());
      }
    }
  }

  customElements.define(name, BackPainTriageElement);
  return BackPainTriageElement;
}
