// wasm/back-pain-triage.js: the widget's bindings (src/embed.rs: mountWidget, addTexts, Widget).
import type { EmergencySign, StepId } from '../../index.d.ts';
import type { InitWasm } from './init.d.ts';

declare const init: InitWasm;
export default init;

/** The options mountWidget reads; each callback is optional. */
export interface WidgetOptions {
  lang?: string;
  country?: string;
  region?: string;
  clinicName?: string;
  clinicTel?: string;
  clinicUrl?: string;
  operatorName?: string;
  operatorContact?: string;
  /** The draft's code, its language, the country whose rules decided ('' for none). */
  onComplete?: (code: string, lang: string, country: string) => void;
  onEmergency?: (sign: EmergencySign) => void;
  onStep?: (step: StepId, index: number, total: number) => void;
  onRestart?: () => void;
  /** The result WASM's resultForWidget, or undefined until it has arrived. */
  renderResult?: (request: Parameters<typeof import('./back-pain-triage-result.js').resultForWidget>[0]) => unknown;
}

/** A mounted widget, as the WASM hands it over (the host's Widget is made of it in attach.js). */
export class Widget {
  private constructor();
  setLanguage(lang?: string): void;
  setCountry(country?: string): void;
  setRegion(region?: string): void;
  setClinic(name?: string, tel?: string, url?: string): void;
  setOperator(name?: string, contact?: string): void;
  /** Starts over with the draft `code` ('' for none). */
  prefill(code: string): void;
  /** Opens the first question, as Start does. */
  start(): void;
  reset(): void;
  /** Says that renderResult can make result screens now. */
  resultReady(): void;
  unmount(): void;
  /** Frees the WASM's memory of the handle. */
  free(): void;
  /** Whether the widget is still mounted. */
  readonly mounted: boolean;
}

export function mountWidget(host: Element, options: WidgetOptions): Widget;
/** Takes the texts of `lang` (texts/<lang>.js); throws on an unknown language or a bad list. */
export function addTexts(lang: string, strings: string[]): void;
