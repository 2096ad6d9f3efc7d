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
  /** New or worsening weakness in thigh, calf or foot, or numbness that spreads. */
  leg_weakness: boolean;
  /** Numbness in one leg, without weakness (content 3.0). */
  leg_numbness: boolean;
  /** Fever, or feeling generally ill. */
  fever_or_unwell: boolean;
  /** This episode began after a serious accident (a fall from a height, a car crash). */
  trauma: boolean;
  /** This episode began after a minor fall or knock (content 3.0). */
  minor_fall: boolean;
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
/** The signs whose "yes" ends the questions at once: the three of pressure on the nerves, and a serious accident (the injury route). */
export type EmergencySign = 'bladder_or_bowel_problems' | 'saddle_numbness' | 'both_legs' | 'trauma';

export type Urgency = 'emergency' | 'urgent' | 'soon' | 'self_care';
export type Category = 'nonspecific' | 'nerve_root' | 'possible_serious';
export type AdviceCode =
  | 'call_emergency' | 'injury_care_now' | 'contact_doctor_today' | 'book_appointment'
  | 'imaging_review' | 'exercise_program' | 'specialist_referral'
  | 'stay_active' | 'work' | 'pain_relief' | 'pain_relief_long_lasting' | 'heat' | 'other_help'
  | 'outlook' | 'outlook_long_lasting' | 'prevention' | 'safety_net';

/** The id of a rule of the table (`urgent.weight_loss` and `urgent.constant_night_pain` in the UK only, `soon.not_better_after_2_weeks` in Sweden only). */
export type RuleId =
  | 'emergency.bladder_or_bowel_problems' | 'emergency.saddle_numbness' | 'emergency.both_legs'
  | 'emergency.serious_accident' | 'urgent.leg_weakness' | 'urgent.fever_or_unwell'
  | 'urgent.minor_fall_when_fragile' | 'urgent.cancer_history_with_other_cancer_sign'
  | 'urgent.weight_loss' | 'urgent.constant_night_pain' | 'soon.leg_numbness' | 'soon.weight_loss'
  | 'soon.cancer_history' | 'soon.constant_night_pain' | 'soon.osteoporosis_or_steroids'
  | 'soon.uncontrolled_pain' | 'soon.worried' | 'soon.major_impact' | 'soon.getting_worse'
  | 'soon.under_16' | 'soon.over_50_not_better_after_2_weeks' | 'soon.not_better_after_2_weeks'
  | 'soon.not_better_after_4_weeks' | 'advice.imaging_and_exercise_after_4_weeks'
  | 'advice.specialist_after_6_weeks' | 'self_care.no_warning_signs';

/** One rule that fired, the answers that made it fire, and its sources. */
export interface Reason {
  rule: RuleId;
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
  /**
   * As the screen decided: `evaluate(answers, { country })` with the widget's country (its own
   * rules apply, and `advice_sources` is given); without a country, `evaluate(answers)`.
   */
  outcome: Outcome;
  /** FHIR R4 QuestionnaireResponse of what the reader answered (no subject). */
  questionnaireResponse: FhirResource;
  /**
   * The fields the reader really answered. After an early exit on an emergency sign the rest
   * are reported as false in `answers` (so `evaluate` gives `outcome` again) but were never asked.
   */
  answered: AnswerField[];
}
/** `detail` of the `triage-emergency` event, and the argument of `onEmergency`. */
export interface TriageEmergencyDetail {
  sign: EmergencySign;
}
/** The id of a step of questions, in the order they are asked (`data-step` in the widget). */
export type StepId =
  | 'bladder_or_bowel' | 'saddle_numbness' | 'both_legs' | 'warning_signs' | 'health_history'
  | 'the_pain' | 'age' | 'duration' | 'trend' | 'daily_life';
/**
 * `detail` of the `triage-step` event, and the argument of `onStep`: which step of questions
 * is now shown. Never an answer: a host may count where readers stop without learning anything
 * about them. Sent once each time the step shown changes (not on the start screen or the
 * result; not when only the language changes).
 */
export interface TriageStepDetail {
  step: StepId;
  /** 0-based: 0 is the first step. */
  index: number;
  /** How many steps there are (10). */
  total: number;
}
/** `detail` of the `triage-restart` event (the reader chose "start again"), and the argument of `onRestart`: empty. */
export type TriageRestartDetail = Record<string, never>;
/**
 * `detail` of the `triage-error` event, and the argument of `onError`. `kind`: `load` — the
 * widget could not load (the fallback text is shown); `prefill` — the pre-filled answers were
 * refused (`error` names the field as `evaluate` does) and the widget started empty;
 * `result` — a result was shown but could not be reported (the core did not load).
 */
export interface TriageErrorDetail {
  error: string;
  kind: 'load' | 'prefill' | 'result';
}

/** Every event the element dispatches (bubbling, composed) and its `detail`. */
export interface TriageEventMap {
  'triage-complete': CustomEvent<TriageCompleteDetail>;
  'triage-emergency': CustomEvent<TriageEmergencyDetail>;
  'triage-step': CustomEvent<TriageStepDetail>;
  'triage-restart': CustomEvent<TriageRestartDetail>;
  'triage-error': CustomEvent<TriageErrorDetail>;
}

/**
 * Pre-filled answers: any of the fields of `Answers`, with the same names and types (checked as
 * `evaluate` checks them). Each is shown selected on its own step for the reader to confirm or
 * change; `duration_weeks` is shown as the duration choice that contains it.
 */
export type PartialAnswers = Partial<Answers>;

/** The host's own clinic on the result. Each value is checked; a refused one is a console warning and left out. */
export interface Clinic {
  /** Plain text (never HTML), at most 80 characters; shown as "Contact <name>". */
  name?: string;
  /** Digits, spaces, `+`, `-`, parentheses only; at most 20 characters. */
  tel?: string;
  /** An `https:` address, or a path on your own site starting with `/`. */
  url?: string;
}

/** Who offers the widget and where readers report errors in its content. Both are needed; each
 * is checked, and a refused one (or one alone) is a console warning: the widget then says that
 * the owner of the website is responsible. */
export interface Operator {
  /** The health service's name: plain text (never HTML), one line, at most 80 characters. */
  name?: string;
  /** An `https://` address, a `mailto:` address without `?…`, or an e-mail address. */
  contact?: string;
}

export interface Options {
  /** BCP 47 tag (nb or no for bokmål, nn for nynorsk, sv, da, en; regions allowed). Unknown: a console warning and English. */
  lang?: Language | string;
  /** ISO code (`UK` = `GB`). Without it, the region of `lang` (`en-GB`). Without either, or
   * unknown: only the emergency number 112 (it works in all four countries), no out-of-hours
   * number, a line telling the reader no country is set, and a console warning. */
  country?: Country | string;
  /** A Danish region's ISO 3166-2 code, DK-81 … DK-85 (its out-of-hours line). None, or
   * unknown (a console warning): every region's number is listed. */
  region?: DkRegion | string;
  /** Called when a result is shown. */
  onComplete?: (detail: TriageCompleteDetail) => void;
  /** Called the moment an emergency sign is answered "yes". */
  onEmergency?: (detail: TriageEmergencyDetail) => void;
  /** Called each time a step of questions is shown: its id and place, never an answer. */
  onStep?: (detail: TriageStepDetail) => void;
  /** Called when the reader chooses "start again". */
  onRestart?: (detail: TriageRestartDetail) => void;
  /** Called when the pre-filled answers are refused (the widget starts empty). */
  onError?: (detail: TriageErrorDetail) => void;
  /** The host's clinic: its name (with `clinicTel` and/or `clinicUrl`), shown on urgent, soon and self-care results. */
  clinicName?: string;
  /** The clinic's phone number, for a `tel:` button. */
  clinicTel?: string;
  /** The clinic's web page: `https:` or a path on your site. */
  clinicUrl?: string;
  /** Who offers the widget, named after the intended use on the start screen, every result and
   * the summary ("This service is provided by …"); with `operatorContact`. */
  operatorName?: string;
  /** Where to report errors in the content: `https://…`, `mailto:…` (no `?…`) or an e-mail address. */
  operatorContact?: string;
  /** Pre-filled answers (not with `questionnaireResponse`). */
  answers?: PartialAnswers | null;
  /** Pre-filled answers as a FHIR R4 QuestionnaireResponse to our Questionnaire (not with `answers`). */
  questionnaireResponse?: FhirResource | null;
}

/** A mounted widget. */
export interface Widget {
  /**
   * Switches the language, keeping answers and step. The widget loads each language's texts
   * when first needed (`texts/<lang>.js` beside it): resolves once the widget speaks `lang`, at
   * once if its texts are there already. Throws an Error if `lang` is not a string.
   */
  setLanguage(lang: Language | string): Promise<void>;
  /** Switches the country (phone numbers, services), keeping answers and step. */
  setCountry(country: Country | string): void;
  /** Switches the Danish region (its out-of-hours line), keeping answers and step. */
  setRegion(region: DkRegion | string | undefined): void;
  /** Replaces the clinic (each value checked as for `clinicName`, `clinicTel`, `clinicUrl`). */
  setClinic(clinic: Clinic): void;
  /** Replaces who offers the widget (each value checked as for `operatorName`, `operatorContact`). */
  setOperator(operator: Operator): void;
  /**
   * Starts over with these pre-filled answers (read by the core, which it loads). Rejects with
   * an Error naming the field when they are invalid; the widget then starts empty.
   */
  prefill(prefill: { answers?: PartialAnswers | null; questionnaireResponse?: FhirResource | null }): Promise<void>;
  /** Clears every answer but the pre-filled ones and returns to the start screen. */
  reset(): void;
  /** Removes the widget and frees its memory. Safe to call more than once. */
  unmount(): void;
}

/** The attributes of `<back-pain-triage>` (all optional strings). */
export interface BackPainTriageAttributes {
  /** Language; without it, the nearest `lang` of the page. */
  lang?: Language | string;
  /** Country: phone numbers, services. Without it (and without a region in `lang`): 112 only,
   * no out-of-hours number, and a console warning. */
  country?: Country | string;
  /** A Danish region, DK-81 … DK-85 (its out-of-hours line). */
  region?: DkRegion | string;
  /** The host's clinic: its name, shown as "Contact <name>". */
  'clinic-name'?: string;
  /** The clinic's phone number. */
  'clinic-tel'?: string;
  /** The clinic's web page (`https:` or a path on your site). */
  'clinic-url'?: string;
  /** Who offers the widget, with `operator-contact`: named on the start screen, every result and the summary. */
  'operator-name'?: string;
  /** Where to report errors: `https://…`, `mailto:…` (no `?…`) or an e-mail address. */
  'operator-contact'?: string;
}

/** The `<back-pain-triage>` element. */
export interface BackPainTriageElement extends HTMLElement {
  /** Pre-filled answers; setting it starts the widget over with them (or empty, with `triage-error`, if invalid). */
  answers: PartialAnswers | null;
  /** Pre-filled answers as a FHIR QuestionnaireResponse; as `answers`. */
  questionnaireResponse: FhirResource | null;
  addEventListener<K extends keyof TriageEventMap>(
    type: K,
    listener: (this: BackPainTriageElement, event: TriageEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof TriageEventMap>(
    type: K,
    listener: (this: BackPainTriageElement, event: TriageEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

/**
 * Loads the core WASM (the rules and FHIR, no UI) once (idempotent). Browser: from beside the
 * module; Node.js 20+: from the package's own file. `source` overrides where it comes from.
 */
export function init(source?: string | URL | Request | Response | BufferSource | WebAssembly.Module): Promise<void>;

/** Starts fetching and compiling the widget's WASM now; the element and `mount()` do it when first needed. */
export function preloadWidget(): Promise<void>;

/**
 * Renders a widget into `element`'s shadow root, loading the widget's WASM, and the result's
 * WASM (the result screen and the core's API) once the reader has answered the first question;
 * `evaluate()` works from it too, so `onComplete` may call it without `init()`.
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
    'back-pain-triage': BackPainTriageElement;
  }
  // The events bubble and are composed, so listeners on any ancestor (or document) hear them.
  interface HTMLElementEventMap extends TriageEventMap {}
  interface DocumentEventMap extends TriageEventMap {}
}
