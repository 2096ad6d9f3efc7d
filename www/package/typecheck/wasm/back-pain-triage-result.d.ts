// wasm/back-pain-triage-result.js: the core's API (re-exported) and the result screen
// (crates/result-wasm/src/lib.rs).
export * from './back-pain-triage-core.js';
export { default } from './back-pain-triage-core.js';

/**
 * The result screen for a draft: [html, summary, calendarFileName, calendarIcs], the last two
 * undefined without a dated follow-up. Called by the widget as its renderResult.
 */
export function resultForWidget(
  code: string,
  lang: string,
  country: string,
  region: string,
  clinicName?: string,
  clinicTel?: string,
  clinicUrl?: string,
  operatorName?: string,
  operatorContact?: string,
): [string, string, string | undefined, string | undefined];
