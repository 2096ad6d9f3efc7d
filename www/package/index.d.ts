// Types for back-pain-triage. The shapes are exactly the core's JSON contract (and the CLI's).

/** How the pain has gone lately. */
export type Trend = 'better' | 'unchanged' | 'worse';

/** Everything the triage needs; every field is required and unknown fields are errors. */
export interface Answers {
  /** Whole years, 0–120. */
  age: number;
  /** Weeks since this episode began; finite, 0 or more. */
  duration_weeks: number;
  trend: Trend;
  /** New trouble passing urine, or loss of bladder or bowel control. */
  bladder_or_bowel_problems: boolean;
  /** Numbness around the genitals, anus or inner thighs. */
  saddle_numbness: boolean;
  /** Numbness, tingling or weakness in both legs. */
  both_legs: boolean;
  /** Reduced strength in thigh, calf or foot. */
  leg_weakness: boolean;
  /** Fever, or feeling generally ill. */
  fever_or_unwell: boolean;
  /** The pain began after an accident or a fall. */
  trauma: boolean;
  /** Weight loss without trying. */
  weight_loss: boolean;
  /** Has had cancer. */
  cancer_history: boolean;
  /** Constant pain that rest does not ease, or that is worst at night. */
  constant_night_pain: boolean;
  /** Known osteoporosis, or long-term cortisone tablets. */
  osteoporosis_or_steroids: boolean;
  /** Pain radiating down the leg below the knee. */
  pain_below_knee: boolean;
  /** Strong pain that painkillers and rest do not help. */
  uncontrolled_pain: boolean;
  /** The problems substantially limit daily life or work. */
  major_impact: boolean;
  /** Unsure what it is, or worried it is dangerous. */
  worried: boolean;
}

/** The name of an Answers field. */
export type AnswerField = keyof Answers;
/** The three signs that mean "call the emergency number now". */
export type EmergencySign = 'bladder_or_bowel_problems' | 'saddle_numbness' | 'both_legs';

export type Urgency = 'emergency' | 'urgent' | 'soon' | 'self_care';
export type Category = 'nonspecific' | 'nerve_root' | 'possible_serious';
export type AdviceCode =
  | 'call_emergency' | 'contact_doctor_today' | 'book_appointment'
  | 'imaging_review' | 'exercise_program' | 'specialist_referral'
  | 'stay_active' | 'work' | 'pain_relief' | 'pain_relief_long_lasting' | 'heat' | 'other_help'
  | 'outlook' | 'prevention' | 'safety_net';

/** One rule that fired, the answers that made it fire, and its sources. */
export interface Reason {
  rule: string;
  answers: AnswerField[];
  source: string;
}

/** What the triage decides, and why. */
export interface Outcome {
  urgency: Urgency;
  category: Category;
  advice: AdviceCode[];
  reasons: Reason[];
  /** Only when `evaluate` was given a country: each advice item's sources in that country. */
  advice_sources?: AdviceSources[];
}

/** The sources of one advice item in the reader's country. */
export interface AdviceSources {
  advice: AdviceCode;
  sources: string[];
}

export type Language = 'nb' | 'nn' | 'sv' | 'da' | 'en';
export type Country = 'NO' | 'SE' | 'DK' | 'GB';
/** Denmark's regions (ISO 3166-2): Nordjylland, Midtjylland, Syddanmark, Hovedstaden, Sjælland. */
export type DkRegion = 'DK-81' | 'DK-82' | 'DK-83' | 'DK-84' | 'DK-85';

/** A FHIR R4 resource, as plain JSON. */
export type FhirResource = { resourceType: string; [element: string]: unknown };

/** `detail` of the `triage-complete` event, and the argument of `onComplete`. */
export interface TriageCompleteDetail {
  answers: Answers;
  outcome: Outcome;
  /** FHIR R4 QuestionnaireResponse of what the reader answered (no subject). */
  questionnaireResponse: FhirResource;
  /**
   * The fields the reader really answered. After an early exit on an emergency sign the rest
   * are reported as false in `answers` (so `evaluate(answers)` gives `outcome`) but were never asked.
   */
  answered: AnswerField[];
}
/** `detail` of the `triage-emergency` event, and the argument of `onEmergency`. */
export interface TriageEmergencyDetail {
  sign: EmergencySign;
}
/** `detail` of the `triage-error` event: the widget could not load. */
export interface TriageErrorDetail {
  error: string;
}

export interface Options {
  /** BCP 47 tag (nb or no for bokmål, nn for nynorsk, sv, da, en; regions allowed). Unknown: a console warning and English. */
  lang?: Language | string;
  /** ISO code. Default: the language's country. Unknown: a console warning and that default. */
  country?: Country | string;
  /** A Danish region's ISO 3166-2 code, DK-81 … DK-85 (its out-of-hours line). None, or
   * unknown (a console warning): every region's number is listed. */
  region?: DkRegion | string;
  /** Called when a result is shown. */
  onComplete?: (detail: TriageCompleteDetail) => void;
  /** Called the moment an emergency sign is answered "yes". */
  onEmergency?: (detail: TriageEmergencyDetail) => void;
}

/** A mounted widget. */
export interface Widget {
  /** Switches the language, keeping answers and step. */
  setLanguage(lang: Language | string): void;
  /** Switches the country (phone numbers, services), keeping answers and step. */
  setCountry(country: Country | string): void;
  /** Switches the Danish region (its out-of-hours line), keeping answers and step. */
  setRegion(region: DkRegion | string | undefined): void;
  /** Clears every answer and returns to the start screen. */
  reset(): void;
  /** Removes the widget and frees its memory. Safe to call more than once. */
  unmount(): void;
}

/**
 * Loads the core WASM (the rules and FHIR, no UI) once (idempotent). Browser: from beside the
 * module; Node.js 20+: from the package's own file. `source` overrides where it comes from.
 */
export function init(source?: string | URL | Request | Response | BufferSource | WebAssembly.Module): Promise<void>;

/** Starts fetching and compiling the widget's WASM now; the element and `mount()` do it when first needed. */
export function preloadWidget(): Promise<void>;

/**
 * Renders a widget into `element`'s shadow root, loading the widget's WASM. With `onComplete`
 * it loads the core too (`init()`), so that the callback may call `evaluate()`.
 */
export function mount(element: Element, options?: Options): Promise<Widget>;

/**
 * The rules without any UI (after `init()`): the same contract as the CLI. With
 * `options.country`, the outcome also carries `advice_sources` (as the CLI's `--country`).
 * Throws an Error naming the field when `answers` or `options.country` do not follow the contract.
 */
export function evaluate(answers: Answers, options?: { country?: Country }): Outcome;

/** The FHIR R4 Questionnaire (after `init()`), base language `lang` (default en). */
export function questionnaire(lang?: Language | string): FhirResource;

/**
 * The Answers in a FHIR R4 QuestionnaireResponse to our Questionnaire (after `init()`).
 * Throws an Error naming the item at fault.
 */
export function answersFromQuestionnaireResponse(response: FhirResource): Answers;

/** Registers the custom element (default `back-pain-triage`); the script-tag build calls it itself. */
export function defineElement(name?: string): CustomElementConstructor;

declare global {
  interface HTMLElementTagNameMap {
    'back-pain-triage': HTMLElement;
  }
  interface HTMLElementEventMap {
    'triage-complete': CustomEvent<TriageCompleteDetail>;
    'triage-emergency': CustomEvent<TriageEmergencyDetail>;
    'triage-error': CustomEvent<TriageErrorDetail>;
  }
}
