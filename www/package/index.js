// back-pain-triage: the JavaScript API. No side effects on import; the script-tag entry
// (back-pain-triage.js) is the one that defines the element by itself.
//
// Two WASM files, each fetched only when first needed (dynamic imports, so a bundler splits
// them too): the core (wasm/back-pain-triage-core*: evaluate, questionnaire,
// answersFromQuestionnaireResponse; no Leptos), loaded by init(); and the widget
// (wasm/back-pain-triage*: the Leptos UI), loaded by mount() and the element.

let core = null; // the core's bindings, once loaded
let coreReady = null;
let widgetReady = null;

/**
 * What the host hears when a result is shown. `answered` lists the fields the reader really
 * answered: after an early exit on an emergency sign the others are reported as "no" in
 * `answers` (so that `evaluate(answers)` gives `outcome`) but were never asked.
 */
function completion(answers, outcome, questionnaireResponse) {
  const answered = questionnaireResponse.item.map((item) => item.linkId);
  return { answers, outcome, questionnaireResponse, answered };
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
 * Starts fetching and compiling the widget's WASM now (the element and mount() do it when
 * first needed); resolves once it is ready. Later calls return the same promise.
 */
export function preloadWidget() {
  return loadWidget().then(() => {});
}

/** Loads the widget's WASM once (compiled while it streams in); resolves to its bindings. */
function loadWidget() {
  widgetReady ??= import('./wasm/back-pain-triage.js')
    .then(async (bindings) => {
      await bindings.default({ module_or_path: new URL('./wasm/back-pain-triage_bg.wasm', import.meta.url) });
      return bindings;
    })
    .catch((error) => {
      widgetReady = null;
      throw error;
    });
  return widgetReady;
}

function requireLoaded(what) {
  if (!core) throw new Error(`back-pain-triage: ${what} needs the WASM: await init() first`);
}

/**
 * The decision core without any UI: Answers in, Outcome out, the same contract as the CLI.
 * Throws an Error naming the field when `answers` does not follow the contract.
 */
export function evaluate(answers) {
  requireLoaded('evaluate()');
  return core.evaluate(answers);
}

/**
 * The FHIR R4 Questionnaire (after `init()`), with `lang` (nb, nn, sv, da, en; default en) as its
 * base language and the other four as translation extensions.
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
  return core.answersFromQuestionnaireResponse(response);
}

/**
 * Renders a widget into `element`'s shadow root. `options`: { lang, country, region (a Danish
 * region, DK-81 … DK-85), onComplete, onEmergency }. Resolves to { setLanguage, setCountry,
 * setRegion, reset, unmount }.
 */
export async function mount(element, options = {}) {
  if (!(typeof Element !== 'undefined' && element instanceof Element)) {
    throw new Error('back-pain-triage: mount(element): element must be a DOM Element');
  }
  if (options === null || typeof options !== 'object') {
    throw new Error('back-pain-triage: mount(element, options): options must be an object');
  }
  const { onComplete, onEmergency } = options;
  for (const [name, value] of Object.entries({ onComplete, onEmergency })) {
    if (value !== undefined && typeof value !== 'function') {
      throw new Error(`back-pain-triage: mount(element, options): options.${name} must be a function`);
    }
  }
  // onComplete may call evaluate() (as www/npm-consumer does): then the core loads too, in
  // parallel, and the callback waits for it.
  if (onComplete) init().catch(() => {});
  const { mountWidget } = await loadWidget();
  const widget = mountWidget(element, {
    lang: options.lang,
    country: options.country,
    region: options.region,
    onComplete:
      onComplete &&
      ((...args) => {
        const detail = completion(...args);
        init().then(
          () => onComplete(detail),
          () => onComplete(detail),
        );
      }),
    onEmergency: onEmergency && ((sign) => onEmergency({ sign })),
  });
  let live = true;
  return {
    setLanguage: (lang) => live && widget.setLanguage(lang),
    setCountry: (country) => live && widget.setCountry(country),
    setRegion: (region) => live && widget.setRegion(region),
    reset: () => live && widget.reset(),
    unmount() {
      if (!live) return;
      live = false;
      widget.unmount();
      widget.free();
    },
  };
}

const LANGUAGE_OF = { nb: 'nb', no: 'nb', nn: 'nn', sv: 'sv', da: 'da', en: 'en' };
const COUNTRY_OF = { nb: 'NO', nn: 'NO', sv: 'SE', da: 'DK', en: 'GB' };
const EMERGENCY_NUMBER = { NO: '113', SE: '112', DK: '112', GB: '999' };
/** What the reader sees if the WASM cannot load: the emergency signs and the number to call. */
const FALLBACK = {
  nb: ['Har du etter at ryggsmertene begynte, fått nye problemer med å tisse, ny nummenhet i skrittet eller ny nummenhet eller svakhet i begge beina, ring', 'nå.'],
  nn: ['Har du fått nye problem med å tisse, ny nummenheit i skrittet eller ny nummenheit eller svakheit i begge beina etter at ryggsmertene byrja, ring', 'no.'],
  sv: ['Har du sedan du fick ont i ryggen fått nya problem med att kissa, nya domningar i underlivet eller nya domningar eller svaghet i båda benen, ring', 'nu.'],
  da: ['Har du, efter at rygsmerterne begyndte, fået nye problemer med at tisse, ny nedsat følelse i skridtet eller ny følelsesløshed eller svaghed i begge ben, så ring', 'nu.'],
  en: ['If, since the back pain began, you have new trouble peeing, new numbness around your genitals or back passage, or new numbness or weakness in both legs, call', 'now.'],
};

/**
 * Shows the built-in emergency text in `element` when the widget cannot load, unless the
 * host put its own fallback inside the element.
 */
function showFallback(element) {
  if (element.shadowRoot || element.children.length > 0) return;
  const tag = element.getAttribute('lang') || element.closest('[lang]')?.getAttribute('lang') || 'en';
  const lang = LANGUAGE_OF[tag.toLowerCase().split(/[-_]/)[0]] ?? 'en';
  const country = (element.getAttribute('country') || COUNTRY_OF[lang]).toUpperCase();
  const number = EMERGENCY_NUMBER[country] ?? EMERGENCY_NUMBER[COUNTRY_OF[lang]];
  const [before, after] = FALLBACK[lang];
  const link = document.createElement('a');
  link.href = `tel:${number}`;
  link.textContent = number;
  const p = document.createElement('p');
  p.lang = lang;
  p.append(`${before} `, link, ` ${after}`);
  element.append(p);
}

/**
 * Registers the <back-pain-triage> element (or another name) once. Attributes: lang,
 * country, region (a Danish region, DK-81 … DK-85). Events (bubbling, composed): triage-complete {answers, outcome, questionnaireResponse},
 * triage-emergency {sign}, triage-error {error}.
 */
export function defineElement(name = 'back-pain-triage') {
  if (typeof customElements === 'undefined') {
    throw new Error('back-pain-triage: defineElement() needs a browser (customElements)');
  }
  if (customElements.get(name)) return customElements.get(name);

  class BackPainTriageElement extends HTMLElement {
    static observedAttributes = ['lang', 'country', 'region'];

    #widget = null;

    connectedCallback() {
      loadWidget().then(
        ({ mountWidget }) => {
          // The element may have been removed, or mounted already, while the WASM loaded.
          if (!this.isConnected || this.#widget) return;
          this.#widget = mountWidget(this, {
            lang: this.getAttribute('lang') || this.closest('[lang]')?.getAttribute('lang') || undefined,
            country: this.getAttribute('country') || undefined,
            region: this.getAttribute('region') || undefined,
            onComplete: (...args) => this.#emit('triage-complete', completion(...args)),
            onEmergency: (sign) => this.#emit('triage-emergency', { sign }),
          });
        },
        (error) => {
          console.error('back-pain-triage: the widget could not load', error);
          if (this.isConnected) showFallback(this);
          this.#emit('triage-error', { error: String(error?.message ?? error) });
        },
      );
    }

    disconnectedCallback() {
      // Moving the element (remove + insert in the same task) must not lose the reader's
      // answers: unmount only if it is still out of the document a moment later.
      queueMicrotask(() => {
        if (this.isConnected || !this.#widget) return;
        this.#widget.unmount();
        this.#widget.free();
        this.#widget = null;
      });
    }

    attributeChangedCallback(attribute, _old, value) {
      if (!this.#widget) return;
      if (attribute === 'lang') this.#widget.setLanguage(value ?? undefined);
      if (attribute === 'country') this.#widget.setCountry(value ?? undefined);
      if (attribute === 'region') this.#widget.setRegion(value ?? undefined);
    }

    #emit(type, detail) {
      this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
    }
  }

  customElements.define(name, BackPainTriageElement);
  return BackPainTriageElement;
}
