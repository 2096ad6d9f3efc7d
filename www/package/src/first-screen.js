// @ts-check
// The first screen: the start screen (with the emergency number), painted at once from
// start-screen.js, which `triage start-screen` generates from the widget's own texts; the
// widget taking over from it when its WASM has arrived; and the fallback when it cannot.
// `settings` below are the options mountWidget takes (lang, country, operatorName, …), as
// `attach` (attach.js) reads them from mount()'s options or the element's attributes.

import { STYLESHEET, LANGUAGES, COUNTRIES, EMERGENCY_NUMBER, SCREENS, FALLBACK, START_SELECTOR } from '../assets.js';
import { loadResults, results } from './loader.js';

/** @typedef {import('../index.d.ts').Language} Language */
/** @typedef {import('./loader.js').WidgetBindings} WidgetBindings */
/** @typedef {Parameters<WidgetBindings['mountWidget']>[1]} WidgetOptions  what mountWidget reads */
/** @typedef {ReturnType<WidgetBindings['mountWidget']>} WasmWidget  a widget as the WASM hands it over */
/**
 * The options mountWidget takes but the callbacks: from mount()'s options or the attributes.
 * @typedef {Pick<WidgetOptions, 'lang' | 'country' | 'region' | 'clinicName' | 'clinicTel' | 'clinicUrl' | 'operatorName' | 'operatorContact'>} Settings
 */
/** @typedef {{ started: boolean }} FirstScreen  what the reader did on the first screen */

/**
 * The language and country of the first screen, read from the attributes as the WASM reads
 * them (with the tables generated from its own parsers); the WASM warns about bad values.
 * `country` is 'none' when the attribute (or else the lang tag's region) names no country the
 * widget knows: that screen shows 112 alone, as the widget will (crates/triage/src/country.rs, `Numbers`).
 * @param {unknown} langTag  anything: a host's value is not checked before
 * @param {unknown} [countryCode]
 * @returns {{ lang: Language, country: import('../typecheck/start-screen.d.ts').ScreenCountry }}
 */
export function firstLocale(langTag, countryCode) {
  // Own keys only, and text only: lang="constructor" or a Symbol must not reach Object.prototype
  // or throw; anything unknown falls back as the widget does.
  /**
   * @template T
   * @param {Record<string, T>} table
   * @param {string | undefined} key  undefined is looked up as the key "undefined", which no table has
   * @returns {T | undefined}
   */
  const own = (table, key) => (Object.hasOwn(table, /** @type {string} */ (key)) ? table[/** @type {string} */ (key)] : undefined);
  /** @param {unknown} value */
  const text = (value) => (typeof value === 'string' ? value.trim() : '');
  const parts = text(langTag).split(/[-_]/);
  const lang = own(LANGUAGES, parts[0].toLowerCase()) ?? 'en';
  const region = parts.slice(1).find((part) => /^[a-z]{2}$/i.test(part));
  const code = text(countryCode);
  // A country given but unknown is not replaced by the lang tag's region: the WASM does not either.
  const country = (code ? own(COUNTRIES, code.toUpperCase()) : own(COUNTRIES, region?.toUpperCase())) ?? 'none';
  return { lang, country };
}

/**
 * Whether the host named an operator (checked by the WASM, which warns about bad values).
 * @param {Settings} settings
 */
function hasOperator({ operatorName, operatorContact }) {
  return [operatorName, operatorContact].some((value) => typeof value === 'string' && value.trim() !== '');
}

/** @type {CSSStyleSheet | null} */
let sheet = null;

/**
 * Gives `element` a shadow root with the widget's stylesheet (one constructed stylesheet for
 * every widget, which a strict CSP allows) and paints the start screen in it at once, before
 * the WASM has arrived. Returns what the reader does meanwhile: `{ started }`, true once Start
 * is pressed.
 * @param {Element} element
 * @param {Settings} settings
 * @returns {FirstScreen}
 */
export function paintFirstScreen(element, settings) {
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
  const { lang, country } = firstLocale(settings.lang, settings.country);
  shadow.innerHTML = SCREENS[lang][country];
  // The screen names the site's owner; the host named an operator, which the WASM checks and
  // names when it takes over: until then, neither, rather than the wrong one.
  if (hasOperator(settings)) shadow.querySelector('[data-operator]')?.remove();
  // A hook for tests and benchmarks: the painted screen, until the widget replaces it.
  // Each of SCREENS is one element (not null).
  /** @type {Element} */ (shadow.firstElementChild).setAttribute('data-first-screen', '');
  const first = { started: false };
  // Every start screen has Start (not null).
  /** @type {Element} */ (shadow.querySelector(START_SELECTOR)).addEventListener('click', (event) => {
    first.started = true;
    /** @type {Element} */ (event.currentTarget).setAttribute('aria-busy', 'true');
  });
  return first;
}

/**
 * Replaces the first screen with the widget in one task, with the pre-filled answers (`code`,
 * from `readPrefill`) if any. Focus on Start stays on Start; a Start pressed meanwhile is kept:
 * the widget opens the first question and, as after any Start, moves focus to its heading.
 * @param {WidgetBindings['mountWidget']} mountWidget
 * @param {Element} element  with the shadow root of the first screen
 * @param {FirstScreen} first
 * @param {string} code
 * @param {WidgetOptions} options
 * @returns {WasmWidget}
 */
export function takeOver(mountWidget, element, first, code, options) {
  // paintFirstScreen gave it one (not null).
  const shadow = /** @type {ShadowRoot} */ (element.shadowRoot);
  const onStart = Boolean(shadow?.activeElement?.matches(START_SELECTOR));
  /** @type {WasmWidget | null} */
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
    renderResult: (request) => {
      if (results) return results.resultForWidget(request);
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
  // The widget moves focus to the first question's heading itself, as after any Start.
  if (first.started) {
    widget.start();
  } else if (onStart) {
    /** @type {HTMLElement | null} */ (shadow.querySelector(START_SELECTOR))?.focus();
  }
  return widget;
}

/**
 * When the widget cannot load, the first screen stays (with the emergency number); in place
 * of Start it shows the host's own fallback, or else the built-in emergency text.
 * @param {Element} element
 * @param {Settings} settings
 */
export function showFallback(element, settings) {
  const { lang, country } = firstLocale(settings.lang, settings.country);
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
