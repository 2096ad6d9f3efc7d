// <back-pain-triage lang="sv" country="SE"></back-pain-triage>
//
// A small hand-written custom element that owns the host element and calls into Rust, which
// attaches a shadow root and renders there. The WASM module is initialised once per page,
// however many elements there are; each element is an independent widget.
// The wasm-bindgen output sits in wasm/ both in trunk's dist/ and in the npm package.
import init, { mountWidget, evaluate } from './wasm/back-pain-triage.js';

let ready = null;

/** Loads the WASM once (idempotent); resolves when the widgets can render. */
export function initOnce() {
  ready ??= init();
  return ready;
}

export { evaluate };

export class BackPainTriageElement extends HTMLElement {
  static observedAttributes = ['lang', 'country'];

  #widget = null;

  connectedCallback() {
    initOnce().then(
      () => {
        // The element may have been removed, or already mounted, while the WASM loaded.
        if (!this.isConnected || this.#widget) return;
        this.#widget = mountWidget(this, {
          lang: this.getAttribute('lang') || this.closest('[lang]')?.getAttribute('lang') || undefined,
          country: this.getAttribute('country') || undefined,
          onComplete: (answers, outcome) => this.#emit('triage-complete', { answers, outcome }),
          onEmergency: (sign) => this.#emit('triage-emergency', { sign }),
        });
      },
      (error) => {
        console.error('back-pain-triage: the widget could not load', error);
        this.#emit('triage-error', { error: String(error) });
      },
    );
  }

  disconnectedCallback() {
    if (this.#widget) {
      this.#widget.unmount();
      this.#widget.free();
      this.#widget = null;
    }
  }

  attributeChangedCallback(name, _old, value) {
    if (!this.#widget) return;
    if (name === 'lang') this.#widget.setLanguage(value ?? undefined);
    if (name === 'country') this.#widget.setCountry(value ?? undefined);
  }

  #emit(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}

/** Registers the element (once) under `name`. */
export function defineElement(name = 'back-pain-triage') {
  if (!customElements.get(name)) customElements.define(name, class extends BackPainTriageElement {});
}

defineElement();
