// Types of <back-pain-triage> in React 19 JSX. Load them once in your app:
//   import type {} from 'back-pain-triage/react';
// React 19 sets `answers` and `questionnaireResponse` as properties (the element defines them),
// the other attributes as attributes, and turns `ontriage-*` props into event listeners.
import type * as React from 'react';
import type { BackPainTriageAttributes, BackPainTriageElement, FhirResource, PartialAnswers, TriageEventMap } from './index.js';

/** `ontriage-complete`, `ontriage-step`, …: one listener prop per event, with its `detail` typed. */
export type BackPainTriageEventProps = {
  [K in keyof TriageEventMap as `on${K}`]?: (event: TriageEventMap[K]) => void;
};

/** The props `<back-pain-triage>` takes in React JSX. */
export interface BackPainTriageProps
  extends Omit<React.HTMLAttributes<BackPainTriageElement>, 'lang'>,
    BackPainTriageAttributes,
    BackPainTriageEventProps {
  ref?: React.Ref<BackPainTriageElement>;
  key?: React.Key | null;
  /** Pre-filled answers (a property, not an attribute). */
  answers?: PartialAnswers | null;
  /** Pre-filled answers as a FHIR QuestionnaireResponse (a property). */
  questionnaireResponse?: FhirResource | null;
}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'back-pain-triage': BackPainTriageProps;
    }
  }
}
