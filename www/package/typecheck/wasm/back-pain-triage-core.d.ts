// wasm/back-pain-triage-core.js: the core's bindings (crates/core-wasm/src/api.rs). The arguments
// are `unknown` where the Rust reads any JsValue and names what is wrong.
import type { AnswerField, Answers, FhirResource, Outcome, TriageCompleteDetail } from '../../index.d.ts';
import type { InitWasm } from './init.d.ts';

declare const init: InitWasm;
export default init;

export function evaluate(answers: unknown, options: unknown): Outcome;
export function questionnaire(lang?: string): FhirResource;
export function answersFromQuestionnaireResponse(response: unknown): Answers;
/** What the host hears of a result, but `answered` (attach.js makes it). */
export function completionForWidget(
  code: string,
  lang: string,
  country: string,
  authored: string,
): Omit<TriageCompleteDetail, 'answered' | 'questionnaireResponse'> & {
  /** Each item's linkId is the name of an Answers field. */
  questionnaireResponse: FhirResource & { item: { linkId: AnswerField }[] };
};
/** The widget's draft code for pre-filled answers or a QuestionnaireResponse. */
export function prefillForWidget(answers: unknown, response: unknown): string;
