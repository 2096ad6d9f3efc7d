// @ts-check
// The custom element, <back-pain-triage>: its attributes are the settings, its properties the
// pre-fill, and what the widget tells becomes events. It mounts through `attach`
// (attach.js), as mount() does, and its attribute and property changes go through the
// same controls that mount() resolves to.

import { attach, emit, messageOf } from './attach.js';

/** @typedef {import('./attach.js').Prefill} Prefill */

/**
 * Whether a pre-fill property is set to what it already holds: frameworks set properties again
 * on every render (React and Vue with an object written inline), which must not start the
 * reader over.
 * @param {unknown} current
 * @param {unknown} next
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

    // While connected: the first screen, then the widget once it has taken over (`controls`).
    /** @type {import('./attach.js').Attachment | null} */
    #attachment = null;
    /** @type {Required<Prefill>} */
    #prefill = { answers: null, questionnaireResponse: null };
    #prefillQueued = false;

    constructor() {
      super();
      // A framework may set the properties before this class was defined: they then sit on
      // the instance and hide the accessors below. Take them over.
      // By name, so typed as a record: the own property is not the class's accessor.
      const byName = /** @type {Record<string, unknown>} */ (/** @type {unknown} */ (this));
      for (const property of ['answers', 'questionnaireResponse']) {
        if (Object.hasOwn(this, property)) {
          const value = byName[property];
          delete byName[property];
          byName[property] = value;
        }
      }
    }

    /** Pre-filled answers: a partial Answers object (or null). */
    get answers() {
      return this.#prefill.answers;
    }
    /** @param {Prefill['answers']} value */
    set answers(value) {
      this.#setPrefill('answers', value);
    }

    /** Pre-filled answers as a FHIR QuestionnaireResponse (or null). */
    get questionnaireResponse() {
      return this.#prefill.questionnaireResponse;
    }
    /** @param {Prefill['questionnaireResponse']} value */
    set questionnaireResponse(value) {
      this.#setPrefill('questionnaireResponse', value);
    }

    /**
     * @template {keyof Prefill} K
     * @param {K} property
     * @param {Prefill[K]} value
     */
    #setPrefill(property, value) {
      if (sameValue(this.#prefill[property], value)) return;
      // Each key takes null (the type check cannot tell which key K is).
      this.#prefill[property] = /** @type {Required<Prefill>[K]} */ (value ?? null);
      this.#queuePrefill();
    }

    /** Once the widget is there, starts it over with the pre-fill, once per task however many properties changed. */
    #queuePrefill() {
      const controls = this.#attachment?.controls;
      if (!controls || this.#prefillQueued) return;
      this.#prefillQueued = true;
      queueMicrotask(() => {
        this.#prefillQueued = false;
        controls.prefill(this.#prefill).catch((error) => {
          // Not for a widget removed meanwhile.
          if (this.#attachment?.controls === controls) emit(this, 'triage-error', { error: error.message, kind: 'prefill' });
        });
      });
    }

    #lang() {
      return this.getAttribute('lang') || this.closest('[lang]')?.getAttribute('lang') || undefined;
    }

    /** The options mountWidget takes, from the attributes as they are now. */
    #settings() {
      const [clinicName, clinicTel, clinicUrl, operatorName, operatorContact] = [...CLINIC_ATTRIBUTES, ...OPERATOR_ATTRIBUTES].map(
        (a) => this.getAttribute(a) ?? undefined,
      );
      return {
        lang: this.#lang(),
        country: this.getAttribute('country') || undefined,
        region: this.getAttribute('region') || undefined,
        clinicName,
        clinicTel,
        clinicUrl,
        operatorName,
        operatorContact,
      };
    }

    connectedCallback() {
      if (this.#attachment) return; // moved within the page: the widget (or its first screen) came along
      const attachment = attach(this, {
        settings: () => this.#settings(),
        prefill: () => this.#prefill,
        // Removed meanwhile (and perhaps added again, with an attachment of its own): not this one.
        wanted: () => this.isConnected && this.#attachment === attachment,
        complete: (detail) => emit(this, 'triage-complete', detail),
        completeFailed: (error) => {
          console.error('back-pain-triage: the result could not be reported', error);
          emit(this, 'triage-error', { error: messageOf(error), kind: 'result' });
        },
        emergency: (detail) => emit(this, 'triage-emergency', detail),
        step: (detail) => emit(this, 'triage-step', detail),
        restart: (detail) => emit(this, 'triage-restart', detail),
      });
      this.#attachment = attachment;
      // The WASM or a language's texts that did not load (`attach` has shown the fallback).
      attachment.ready.catch((error) => {
        console.error('back-pain-triage: the widget could not load', error);
        emit(this, 'triage-error', { error: messageOf(error), kind: 'load' });
      });
    }

    disconnectedCallback() {
      // Moving the element (remove + insert in the same task) must not lose the reader's
      // answers: unmount only if it is still out of the document a moment later.
      queueMicrotask(() => {
        const attachment = this.#attachment;
        if (this.isConnected || !attachment) return;
        this.#attachment = null;
        if (attachment.controls) attachment.controls.unmount();
        // Removed before the widget arrived: the painted first screen goes too.
        else this.shadowRoot?.replaceChildren();
      });
    }

    /**
     * @param {string} attribute
     * @param {string | null} _old
     * @param {string | null} value
     */
    attributeChangedCallback(attribute, _old, value) {
      const controls = this.#attachment?.controls;
      // Before the widget has taken over: the first screen, unless Start was pressed on it.
      if (!controls) return this.#attachment?.repaint();
      if (attribute === 'lang') controls.setLanguage(value ?? undefined);
      else if (attribute === 'country') controls.setCountry(value ?? undefined);
      else if (attribute === 'region') controls.setRegion(value ?? undefined);
      else {
        const { clinicName, clinicTel, clinicUrl, operatorName, operatorContact } = this.#settings();
        if (CLINIC_ATTRIBUTES.includes(attribute)) controls.setClinic({ name: clinicName, tel: clinicTel, url: clinicUrl });
        else controls.setOperator({ name: operatorName, contact: operatorContact });
      }
    }
  }

  customElements.define(name, BackPainTriageElement);
  return BackPainTriageElement;
}
