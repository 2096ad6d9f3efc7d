// wasm/back-pain-triage-result.js: the core's API (re-exported) and the result screen
// (crates/result-wasm/src/lib.rs).
export * from './back-pain-triage-core.js';
export { default } from './back-pain-triage-core.js';

/**
 * The result screen the widget asks for. `request`: the draft's code, the language, the country,
 * the region, the clinic's name, number and address, the operator's name and contact (in the
 * order of ResultRequest::to_parts, crates/triage/src/result_request.rs). Returns the markup,
 * the summary, the calendar file's name and contents (the last two undefined without a dated
 * follow-up). Called by the widget as its renderResult.
 */
export function resultForWidget(request: (string | undefined)[]): (string | undefined)[];
