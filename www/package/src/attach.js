// @ts-check
// The one mount sequence, behind both mount() (api.js) and the element (element.js):
// paint the first screen, load the widget with its language's texts, read the pre-fill, let
// the widget take over, and hand back one set of controls (the same language switch and
// setters for both). The two differ only in where the settings come from (mount()'s options,
// the element's attributes) and where the widget's news goes (the host's callbacks, events).

import { plainCopy, text } from './harden.js';
import { loadFor, loadResults, results, whenTexts } from './loader.js';
import { firstLocale, paintFirstScreen, showFallback, takeOver } from './first-screen.js';

/** @typedef {import('../index.d.ts').TriageEventMap} TriageEventMap */
/** @typedef {import('./first-screen.js').Settings} Settings */
/** @typedef {import('./first-screen.js').WidgetOptions} WidgetOptions */
/** @typedef {import('./first-screen.js').WasmWidget} WasmWidget */
/** @typedef {import('./first-screen.js').FirstScreen} FirstScreen */
/** @typedef {import('./loader.js').ResultBindings} ResultBindings */
/**
 * Pre-filled answers, as Widget's prefill takes them.
 * @typedef {Parameters<import('../index.d.ts').Widget['prefill']>[0]} Prefill
 */
/** @typedef {ReturnType<typeof controls>} Controls */
/**
 * Where `attach` reads the settings and pre-fill, and where the widget's news goes.
 * @typedef {object} Host
 * @property {() => Settings} settings
 * @property {() => Prefill} prefill
 * @property {() => boolean} wanted
 * @property {(detail: import('../index.d.ts').TriageCompleteDetail) => void} [complete]
 * @property {(error: unknown) => void} completeFailed
 * @property {(detail: import('../index.d.ts').TriageEmergencyDetail) => void} [emergency]
 * @property {(detail: import('../index.d.ts').TriageStepDetail) => void} [step]
 * @property {(detail: import('../index.d.ts').TriageRestartDetail) => void} [restart]
 * @property {(detail: import('../index.d.ts').TriageErrorDetail) => void} [error]
 */
/**
 * What `attach` returns.
 * @typedef {object} Attachment
 * @property {Controls | null} controls
 * @property {() => void} repaint
 * @property {Promise<Controls | null>} ready
 */

/**
 * An error's message, whatever was thrown.
 * @param {any} error  anything at all, hence `any`
 * @returns {string}
 */
export function messageOf(error) {
  return String(error?.message ?? error);
}

/**
 * Dispatches a bubbling, composed CustomEvent from `element`.
 * @template {keyof TriageEventMap} K
 * @param {Element} element
 * @param {K} type
 * @param {TriageEventMap[K]['detail']} detail
 */
export function emit(element, type, detail) {
  element.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

/**
 * What the host hears when a result is shown, made by the core from the widget's draft
 * (`code`), language and the country whose rules decided (`country`, '' for none): `outcome` is
 * `evaluate(answers, { country })` (without a country, `evaluate(answers)`); `answered` lists
 * the fields the reader really answered; after an early exit on an emergency sign the others
 * are reported as "no" in `answers` but were never asked.
 * @param {string} code
 * @param {string} lang
 * @param {string} country
 * @returns {Promise<import('../index.d.ts').TriageCompleteDetail>}
 */
async function completion(code, lang, country) {
  await loadResults();
  // Loaded now (loadResults() resolved), so not null.
  const { answers, outcome, questionnaireResponse } =
    /** @type {ResultBindings} */ (results).completionForWidget(code, lang, country ?? '', new Date().toISOString());
  const answered = questionnaireResponse.item.map((item) => item.linkId);
  return { answers, outcome, questionnaireResponse, answered };
}

/**
 * Whether pre-filled answers are given at all (`null` or `undefined` for each means not).
 * @param {Prefill} prefill
 */
function given({ answers, questionnaireResponse }) {
  return answers != null || questionnaireResponse != null;
}

/**
 * Reads pre-filled answers (a partial Answers object, or a partial FHIR QuestionnaireResponse)
 * with the core, which names the field at fault as `evaluate` does. Resolves to `{ code }`, the
 * draft for the widget (`''` when none is given, without loading the result WASM), or to
 * `{ error }` (and `code: ''`, an empty draft) when they are invalid.
 * @param {Prefill} prefill
 * @returns {Promise<{ code: string, error?: string }>}
 */
async function readPrefill(prefill) {
  if (!given(prefill)) return { code: '' };
  const { answers, questionnaireResponse } = prefill;
  try {
    await loadResults();
    // Copied first (plainCopy): a hostile value fails here, as a refused pre-fill.
    const plainAnswers = plainCopy(answers ?? undefined, 'answers', (path) => `field \`${path}\``);
    const plainResponse = plainCopy(questionnaireResponse ?? undefined, 'questionnaireResponse', (path) => `\`${path}\``);
    // Loaded now (loadResults() resolved), so not null.
    return { code: /** @type {ResultBindings} */ (results).prefillForWidget(plainAnswers, plainResponse) };
  } catch (error) {
    const message = messageOf(error);
    console.warn(`back-pain-triage: pre-filled answers refused, starting empty: ${message}`);
    return { code: '', error: message };
  }
}

/**
 * The controls of a mounted widget: what mount() resolves to, and what the element's attribute
 * and property changes go through. `lang` is the language the widget was mounted in.
 * Wider than Widget (index.d.ts) where the element passes undefined for a removed attribute.
 * @param {WasmWidget} widget
 * @param {string | undefined} lang
 */
function controls(widget, lang) {
  let live = true;
  let wantedLang = lang;
  return {
    /** @param {unknown} lang  checked by text() */
    setLanguage(lang) {
      const wanted = (wantedLang = text('setLanguage(lang)', lang));
      return whenTexts(firstLocale(wanted).lang, () => {
        if (live && wantedLang === wanted) widget.setLanguage(wanted);
      });
    },
    /** @param {unknown} country */
    setCountry: (country) => live && widget.setCountry(text('setCountry(country)', country)),
    /** @param {unknown} region */
    setRegion: (region) => live && widget.setRegion(text('setRegion(region)', region)),
    /** @param {{ name?: unknown, tel?: unknown, url?: unknown }} [clinic] */
    setClinic: ({ name, tel, url } = {}) =>
      live &&
      widget.setClinic(text('setClinic({ name })', name), text('setClinic({ tel })', tel), text('setClinic({ url })', url)),
    /** @param {{ name?: unknown, contact?: unknown }} [operator] */
    setOperator: ({ name, contact } = {}) =>
      live && widget.setOperator(text('setOperator({ name })', name), text('setOperator({ contact })', contact)),
    /** @param {Prefill} [prefill] */
    async prefill({ answers, questionnaireResponse } = {}) {
      const { code, error } = await readPrefill({ answers, questionnaireResponse });
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
 * Mounts a widget into `element`: paints the first screen at once, then loads the widget and
 * its language's texts, reads the pre-fill, and lets the widget take over. `host` says, each
 * read when needed (the element's attributes and properties may change while the WASM loads):
 *   settings()   the options mountWidget takes: lang, country, region, clinicName, clinicTel,
 *                clinicUrl, operatorName, operatorContact
 *   prefill()    `{ answers, questionnaireResponse }`, either null or undefined for none
 *   wanted()     whether the widget is still wanted (the element may have been removed)
 * and takes what the widget tells, each optional: complete, emergency, step and restart (with
 * the `detail` of triage-complete, triage-emergency, triage-step and triage-restart),
 * completeFailed(error) when the result could not be made, error(detail) after the
 * triage-error of a refused pre-fill.
 *
 * Returns `{ ready, controls, repaint }`: `ready` resolves to the controls once the widget has
 * taken over (or to null when it was no longer wanted), and rejects, after showing the
 * fallback, when the widget could not load; `controls` is null until then; `repaint()` paints
 * the first screen again for the settings as they are now, unless Start was pressed on it.
 * Painting throws at once when `element` cannot have a shadow root.
 * @param {Element} element
 * @param {Host} host
 * @returns {Attachment}
 */
export function attach(element, host) {
  /** @type {FirstScreen | null} */
  let first = paintFirstScreen(element, host.settings());
  // Pre-filled answers are read by the result WASM: fetch it alongside the widget.
  if (given(host.prefill())) loadResults().catch(() => {});
  // `ready` is set below, before this function returns.
  const attachment = /** @type {Attachment} */ ({
    controls: null,
    repaint() {
      if (first && !first.started) first = paintFirstScreen(element, host.settings());
    },
  });
  const langCode = () => firstLocale(host.settings().lang).lang;
  // Called as plain functions, as the host's own callbacks were given (no `this`).
  const { complete, completeFailed, emergency, step, restart, error: refused } = host;
  /** @type {Pick<WidgetOptions, 'onComplete' | 'onEmergency' | 'onStep' | 'onRestart'>} */
  const callbacks = {
    // The result WASM makes what `complete` gets; a host's onComplete may call evaluate()
    // itself (as www/npm-consumer does): by then it is loaded, and evaluate() uses it.
    onComplete: complete && ((code, lang, country) => completion(code, lang, country).then(complete).catch(completeFailed)),
    onEmergency: emergency && ((sign) => emergency({ sign })),
    onStep: step && ((id, index, total) => step({ step: id, index, total })),
    onRestart: restart && (() => restart({})),
  };
  attachment.ready = (async () => {
    let prefill;
    try {
      const { mountWidget } = await loadFor(langCode);
      // The pre-fill as it is now (the host may have set it while the WASM loaded).
      prefill = await readPrefill(host.prefill());
      // The language may have changed meanwhile too: its texts first (at once if loaded).
      await loadFor(langCode);
      if (!host.wanted()) return null;
      const settings = host.settings();
      // Not null: only the one takeOver below sets it to null.
      const widget = takeOver(mountWidget, element, /** @type {FirstScreen} */ (first), prefill.code, { ...settings, ...callbacks });
      first = null;
      attachment.controls = controls(widget, settings.lang);
    } catch (error) {
      // The WASM or a language's texts that did not load, also on the second look above.
      if (host.wanted()) showFallback(element, host.settings());
      throw error;
    }
    if (prefill.error) {
      /** @type {import('../index.d.ts').TriageErrorDetail} */
      const detail = { error: prefill.error, kind: 'prefill' };
      emit(element, 'triage-error', detail);
      refused?.(detail);
    }
    return attachment.controls;
  })();
  return attachment;
}
