// Types of <back-pain-triage> in Vue 3 templates (checked by vue-tsc). Load them once:
//   import type {} from 'back-pain-triage/vue';
// and tell Vue's compiler it is a custom element (vite.config: template.compilerOptions.isCustomElement).
// Vue sets `answers` and `questionnaireResponse` as properties (the element defines them);
// `@triage-complete`, `@triage-step`, … listen to the events, with their `detail` typed.
import type { DefineComponent, HTMLAttributes } from 'vue';
import type { BackPainTriageAttributes, FhirResource, PartialAnswers, TriageEventMap } from './index.js';

/** Kebab-case event name → Vue's listener prop name (`triage-step` → `onTriageStep`). */
type ListenerName<K extends string> = K extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<ListenerName<Tail>>}`
  : K;

/** One listener prop per event, with its `detail` typed. */
export type BackPainTriageVueListeners = {
  [K in keyof TriageEventMap as `on${Capitalize<ListenerName<K>>}`]?: (event: TriageEventMap[K]) => void;
};

/** The props `<back-pain-triage>` takes in a Vue template. */
export interface BackPainTriageVueProps
  extends Omit<HTMLAttributes, 'lang'>,
    BackPainTriageAttributes,
    BackPainTriageVueListeners {
  /** Pre-filled answers (set as a property). */
  answers?: PartialAnswers | null;
  /** Pre-filled answers as a FHIR QuestionnaireResponse (set as a property). */
  questionnaireResponse?: FhirResource | null;
}

declare module 'vue' {
  interface GlobalComponents {
    'back-pain-triage': DefineComponent<BackPainTriageVueProps>;
  }
}
