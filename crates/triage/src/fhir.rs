//! FHIR R4: the questionnaire as a `Questionnaire`, the reader's answers as a
//! `QuestionnaireResponse`, and the way back from any renderer's response to [`Answers`].
//!
//! One definition, many renderings: the items come from [`crate::questionnaire::STEPS`] and
//! the texts from [`crate::i18n`], so the widget and the FHIR export cannot drift apart.
//!
//! - `linkId` is the `Answers` field name; items are flat, in the widget's order.
//! - Yes/no questions are `choice` items with the HL7 v2-0136 codes `Y` / `N`; the trend and
//!   the duration are `choice` items in this project's own code systems (codes = the widget's
//!   radio values); age is an `integer` item with min/max 0–120.
//! - `enableWhen` expresses the early exit: every item after an emergency sign is enabled only
//!   while the emergency signs before it are answered `N`.
//! - One Questionnaire in five languages: the requested language is the base text, and the
//!   others ride along in the standard translation extension. Same `url` and `version` for all.

use serde::Serialize;

use crate::decision::answers::Shown;
use crate::decision::{Answers, Sign, Trend};
use crate::i18n::{Lang, QuestionTexts};
use crate::questionnaire::{Draft, DurationChoice, EMERGENCY_SIGNS, Question, STEPS};

/// The Questionnaire's canonical URL. Stable: responses point at it. (`.example` is reserved,
/// so this never resolves; a canonical URL is a name, not a download.)
pub const QUESTIONNAIRE_URL: &str = "https://back-pain-triage.example/fhir/Questionnaire/low-back-pain-triage";
/// The Questionnaire's version: bumped whenever items, codes or the flow change. 0.2.0: the
/// emergency signs ask what is new since the back pain began, `trauma` means a hard fall or an
/// accident, and `leg_weakness` weakness that is new or getting worse (item texts changed meaning).
/// 0.3.0: the emergency signs ask what is new or worse in the last days or weeks; `trauma`
/// includes a minor fall with brittle bones, steroids or age over 70; `leg_weakness` includes
/// numbness; the duration's 1–3 weeks is asked week by week (codes `1-2`, `2-3`, `3-4`; a
/// response coded `1-4` is still read, as 1 week).
/// 0.4.0: `trauma` means a serious accident this time (an emergency by the injury route; its
/// "yes" ends the questions, so later items are enabled only when it is "no"); new items
/// `leg_numbness` (one leg, without weakness) and `minor_fall`; `leg_weakness` means weakness
/// or spreading numbness; the emergency signs count everything new or worse "recently, today
/// or in the last days or weeks" that a doctor does not already know of.
pub const QUESTIONNAIRE_VERSION: &str = "0.4.0";
/// HL7 v2 table 0136, Yes/No indicator.
pub const YES_NO_SYSTEM: &str = "http://terminology.hl7.org/CodeSystem/v2-0136";
/// The project's code system for how the pain has gone lately.
pub const TREND_SYSTEM: &str = "https://back-pain-triage.example/fhir/CodeSystem/trend";
/// The project's code system for the duration choices.
pub const DURATION_SYSTEM: &str = "https://back-pain-triage.example/fhir/CodeSystem/duration";
const TRANSLATION: &str = "http://hl7.org/fhir/StructureDefinition/translation";
const ITEM_CONTROL: &str = "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl";
const MIN_VALUE: &str = "http://hl7.org/fhir/StructureDefinition/minValue";
const MAX_VALUE: &str = "http://hl7.org/fhir/StructureDefinition/maxValue";

/// A FHIR extension (only the value types used here).
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Extension {
    /// What the extension is.
    pub url: &'static str,
    /// A code value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value_code: Option<&'static str>,
    /// A string value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value_string: Option<&'static str>,
    /// An integer value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value_integer: Option<i64>,
    /// A CodeableConcept value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value_codeable_concept: Option<CodeableConcept>,
    /// Nested extensions.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub extension: Vec<Extension>,
}

impl Extension {
    fn new(url: &'static str) -> Extension {
        Extension {
            url,
            value_code: None,
            value_string: None,
            value_integer: None,
            value_codeable_concept: None,
            extension: vec![],
        }
    }
}

/// The extensions of a primitive element (FHIR's `_text`, `_display`, `_title`).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PrimitiveExtensions {
    /// The translations.
    pub extension: Vec<Extension>,
}

/// `text` in each of `others`, as FHIR translation extensions.
// `&dyn`: one copy of this for every text it translates, not one per closure.
fn translations(others: &[Lang], text: &dyn Fn(&'static QuestionTexts) -> &'static str) -> Option<PrimitiveExtensions> {
    let extension: Vec<Extension> = others
        .iter()
        .map(|lang| Extension {
            extension: vec![
                Extension { value_code: Some(lang.code()), ..Extension::new("lang") },
                Extension { value_string: Some(text(lang.question_texts())), ..Extension::new("content") },
            ],
            ..Extension::new(TRANSLATION)
        })
        .collect();
    (!extension.is_empty()).then_some(PrimitiveExtensions { extension })
}

/// A coded value.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Coding {
    /// The code system.
    pub system: &'static str,
    /// The code.
    pub code: &'static str,
    /// The display text in the base language.
    pub display: &'static str,
    /// The display text in the other languages.
    #[serde(rename = "_display", skip_serializing_if = "Option::is_none")]
    pub display_translations: Option<PrimitiveExtensions>,
}

/// A concept: codings and text.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CodeableConcept {
    /// The codings.
    pub coding: Vec<Coding>,
}

/// One permitted answer.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AnswerOption {
    /// The coded answer.
    pub value_coding: Coding,
}

/// A condition under which an item is shown.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct EnableWhen {
    /// The linkId of the question it depends on.
    pub question: &'static str,
    /// Always `=` here.
    pub operator: &'static str,
    /// The answer that enables the item.
    pub answer_coding: Coding,
}

/// One question of the Questionnaire.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Item {
    /// The `Answers` field name.
    pub link_id: &'static str,
    /// The question in the base language.
    pub text: &'static str,
    /// The question in the other languages.
    #[serde(rename = "_text", skip_serializing_if = "Option::is_none")]
    pub text_translations: Option<PrimitiveExtensions>,
    /// `choice` or `integer` (R4 has no `coding` item type; that is R5).
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// Every question must be answered (while enabled).
    pub required: bool,
    /// The early exit.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub enable_when: Vec<EnableWhen>,
    /// `all` when there is more than one condition.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enable_behavior: Option<&'static str>,
    /// The permitted answers of a `choice` item.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub answer_option: Vec<AnswerOption>,
    /// Radio buttons; min/max for the age.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub extension: Vec<Extension>,
}

/// The whole questionnaire as a FHIR R4 `Questionnaire` resource.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Questionnaire {
    /// Always `Questionnaire`.
    pub resource_type: &'static str,
    /// A logical id.
    pub id: &'static str,
    /// The base language of the texts.
    pub language: &'static str,
    /// [`QUESTIONNAIRE_URL`].
    pub url: &'static str,
    /// [`QUESTIONNAIRE_VERSION`].
    pub version: &'static str,
    /// A computer-friendly name.
    pub name: &'static str,
    /// The title in the base language.
    pub title: &'static str,
    /// The title in the other languages.
    #[serde(rename = "_title", skip_serializing_if = "Option::is_none")]
    pub title_translations: Option<PrimitiveExtensions>,
    /// Always `active`.
    pub status: &'static str,
    /// Who publishes it.
    pub publisher: &'static str,
    /// What it is for, and what it is not.
    pub description: &'static str,
    /// The questions.
    pub item: Vec<Item>,
}

fn yes_no(texts: &'static QuestionTexts, others: &[Lang], yes: bool) -> Coding {
    let (code, pick): (&'static str, fn(&'static QuestionTexts) -> &'static str) =
        if yes { ("Y", |t| t.yes) } else { ("N", |t| t.no) };
    Coding { system: YES_NO_SYSTEM, code, display: pick(texts), display_translations: translations(others, &pick) }
}

fn radio_buttons() -> Extension {
    Extension {
        value_codeable_concept: Some(CodeableConcept {
            coding: vec![Coding {
                system: "http://hl7.org/fhir/questionnaire-item-control",
                code: "radio-button",
                display: "Radio Button",
                display_translations: None,
            }],
        }),
        ..Extension::new(ITEM_CONTROL)
    }
}

fn prompt_text(question: Question, t: &'static QuestionTexts) -> &'static str {
    match question {
        Question::Sign(sign) => t.signs.get(sign),
        Question::Age => t.age,
        Question::Duration => t.duration,
        Question::Trend => t.trend,
    }
}

/// Every question in the widget's order.
fn questions() -> impl Iterator<Item = Question> {
    STEPS.iter().flat_map(|step| step.questions.iter().copied())
}

/// The Questionnaire with `lang` as its base language.
pub fn questionnaire(lang: Lang) -> Questionnaire {
    let t = lang.question_texts();
    let others: Vec<Lang> = Lang::ALL.into_iter().filter(|l| *l != lang).collect();
    let mut emergency_before: Vec<Sign> = vec![];
    let item = questions()
        .map(|question| {
            // Shown only while every emergency sign asked before it is answered "no".
            let enable_when: Vec<EnableWhen> = emergency_before
                .iter()
                .map(|s| EnableWhen { question: s.field_name(), operator: "=", answer_coding: yes_no(t, &[], false) })
                .collect();
            if let Question::Sign(sign) = question
                && EMERGENCY_SIGNS.contains(&sign)
            {
                emergency_before.push(sign);
            }
            let coded =
                |options: Vec<Coding>| options.into_iter().map(|value_coding| AnswerOption { value_coding }).collect();
            let (kind, answer_option, extension) = match question {
                Question::Sign(_) => {
                    ("choice", coded(vec![yes_no(t, &others, true), yes_no(t, &others, false)]), vec![radio_buttons()])
                }
                Question::Trend => {
                    let options = Trend::ALL
                        .iter()
                        .enumerate()
                        .map(|(i, trend)| Coding {
                            system: TREND_SYSTEM,
                            code: trend.as_str(),
                            display: t.trend_choices[i],
                            display_translations: translations(&others, &move |t| t.trend_choices[i]),
                        })
                        .collect();
                    ("choice", coded(options), vec![radio_buttons()])
                }
                Question::Duration => {
                    let options = DurationChoice::ALL
                        .iter()
                        .enumerate()
                        .map(|(i, d)| Coding {
                            system: DURATION_SYSTEM,
                            code: d.value(),
                            display: t.duration_choices[i],
                            display_translations: translations(&others, &move |t| t.duration_choices[i]),
                        })
                        .collect();
                    ("choice", coded(options), vec![radio_buttons()])
                }
                Question::Age => (
                    "integer",
                    vec![],
                    vec![
                        Extension { value_integer: Some(0), ..Extension::new(MIN_VALUE) },
                        Extension {
                            value_integer: Some(i64::from(crate::decision::answers::MAX_AGE)),
                            ..Extension::new(MAX_VALUE)
                        },
                    ],
                ),
            };
            Item {
                link_id: question.field().name(),
                text: prompt_text(question, t),
                text_translations: translations(&others, &move |t| prompt_text(question, t)),
                kind,
                required: true,
                enable_behavior: (enable_when.len() > 1).then_some("all"),
                enable_when,
                answer_option,
                extension,
            }
        })
        .collect();
    Questionnaire {
        resource_type: "Questionnaire",
        id: "low-back-pain-triage",
        language: lang.code(),
        url: QUESTIONNAIRE_URL,
        version: QUESTIONNAIRE_VERSION,
        name: "LowBackPainTriage",
        title: t.title,
        title_translations: translations(&others, &|t| t.title),
        status: "active",
        publisher: "back-pain-triage",
        description: "Red flags and symptom duration for low back pain, after the Norwegian national low back pain guideline's patient brochure (FORMI 2007), NHS and NICE advice. A decision aid for people aged 16 and over; not a diagnosis and not a certified medical device.",
        item,
    }
}

/// One answer in a response.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ResponseAnswer {
    /// For `choice` items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value_coding: Option<Coding>,
    /// For the age.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value_integer: Option<i64>,
}

/// One answered question in a response.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ResponseItem {
    /// The question's linkId.
    pub link_id: &'static str,
    /// The question as it was shown.
    pub text: &'static str,
    /// The answer.
    pub answer: Vec<ResponseAnswer>,
}

/// The reader's answers as a FHIR R4 `QuestionnaireResponse`. No subject: the widget knows no
/// identity.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct QuestionnaireResponse {
    /// Always `QuestionnaireResponse`.
    pub resource_type: &'static str,
    /// The language the reader answered in.
    pub language: &'static str,
    /// `url|version` of the Questionnaire.
    pub questionnaire: String,
    /// Always `completed`.
    pub status: &'static str,
    /// When it was completed (ISO 8601 with time zone).
    pub authored: String,
    /// One item per question the reader answered.
    pub item: Vec<ResponseItem>,
}

/// The response for what the reader answered (questions never asked are left out), in `lang`.
pub fn questionnaire_response(draft: &Draft, lang: Lang, authored: &str) -> QuestionnaireResponse {
    let t = lang.question_texts();
    let coding = |system: &'static str, code: &'static str, display: &'static str| ResponseAnswer {
        value_coding: Some(Coding { system, code, display, display_translations: None }),
        value_integer: None,
    };
    let item = questions()
        .filter_map(|question| {
            let answer = match question {
                Question::Sign(sign) => {
                    draft.sign(sign).map(|yes| yes_no(t, &[], yes)).map(|c| coding(c.system, c.code, c.display))
                }
                Question::Age => {
                    draft.age.map(|age| ResponseAnswer { value_coding: None, value_integer: Some(i64::from(age)) })
                }
                Question::Duration => {
                    draft.duration.map(|d| coding(DURATION_SYSTEM, d.value(), t.duration_choices[d as usize]))
                }
                Question::Trend => {
                    draft.trend.map(|trend| coding(TREND_SYSTEM, trend.as_str(), t.trend_choices[trend as usize]))
                }
            }?;
            Some(ResponseItem {
                link_id: question.field().name(),
                text: prompt_text(question, t),
                answer: vec![answer],
            })
        })
        .collect();
    QuestionnaireResponse {
        resource_type: "QuestionnaireResponse",
        language: lang.code(),
        questionnaire: format!("{QUESTIONNAIRE_URL}|{QUESTIONNAIRE_VERSION}"),
        status: "completed",
        authored: authored.to_owned(),
        item,
    }
}

/// A response that cannot be read as answers to this Questionnaire. `item` names the linkId
/// at fault, when there is one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResponseError {
    /// The linkId at fault, if any.
    pub item: Option<String>,
    /// What is wrong.
    pub message: String,
}

impl std::fmt::Display for ResponseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.item {
            Some(item) => write!(f, "item `{}`: {}", Shown(item), self.message),
            None => f.write_str(&self.message),
        }
    }
}

impl std::error::Error for ResponseError {}

fn item_error(item: &str, message: impl Into<String>) -> ResponseError {
    ResponseError { item: Some(item.to_owned()), message: message.into() }
}

// Read by hand (src/fhir/incoming.rs) so that every error names the element at fault. The core
// WASM's reader of JavaScript values (crates/core-wasm/src/fhir_from_js.rs) wraps its errors
// with the same `within`, so that both name the element alike.
mod incoming;
pub use incoming::within;

/// A coding as any renderer may write it.
#[derive(Clone, Debug, Default)]
pub struct IncomingCoding {
    /// The code system.
    pub system: Option<String>,
    /// The code.
    pub code: Option<String>,
}

/// An answer as any renderer may write it (only the value types this Questionnaire uses).
#[derive(Clone, Debug, Default)]
pub struct IncomingAnswer {
    /// For coded items.
    pub value_coding: Option<IncomingCoding>,
    /// For the age.
    pub value_integer: Option<i64>,
    /// Some renderers answer yes/no questions with booleans.
    pub value_boolean: Option<bool>,
}

/// An item as any renderer may write it; groups are read through.
#[derive(Clone, Debug, Default)]
pub struct IncomingItem {
    /// The linkId.
    pub link_id: String,
    /// The answers (one is expected).
    pub answer: Vec<IncomingAnswer>,
    /// Nested items (groups, or children of answers in some renderers).
    pub item: Vec<IncomingItem>,
}

/// A `QuestionnaireResponse` as any renderer may write it. Other elements are ignored.
#[derive(Clone, Debug, Default)]
pub struct IncomingResponse {
    /// Must be `QuestionnaireResponse`.
    pub resource_type: String,
    /// The Questionnaire it answers; when given, must be ours.
    pub questionnaire: Option<String>,
    /// The answered items.
    pub item: Vec<IncomingItem>,
}

fn flatten<'a>(items: &'a [IncomingItem], out: &mut Vec<&'a IncomingItem>) {
    for item in items {
        out.push(item);
        flatten(&item.item, out);
    }
}

fn read_code<'a>(item: &str, answer: &'a IncomingAnswer, system: &str) -> Result<&'a str, ResponseError> {
    let coding = answer.value_coding.as_ref().ok_or_else(|| item_error(item, "expected a valueCoding"))?;
    if let Some(s) = coding.system.as_deref()
        && s != system
    {
        return Err(item_error(item, format!("coding system {:?} is not \"{system}\"", Shown(s))));
    }
    coding.code.as_deref().ok_or_else(|| item_error(item, "valueCoding has no code"))
}

/// The answers in `response`, a QuestionnaireResponse to this Questionnaire from any FHIR form
/// renderer, as far as it goes: questions it leaves unanswered stay unanswered (for answers a
/// host page pre-fills). Anything present but foreign, mistyped or repeated is an error naming
/// the item at fault.
pub fn draft_from_response(response: &IncomingResponse) -> Result<Draft, ResponseError> {
    if response.resource_type != "QuestionnaireResponse" {
        return Err(ResponseError {
            item: None,
            message: format!(
                "`resourceType`: expected \"QuestionnaireResponse\", got {:?}",
                Shown(&response.resource_type)
            ),
        });
    }
    if let Some(canonical) = response.questionnaire.as_deref() {
        let url = canonical.split('|').next().unwrap_or_default();
        if url != QUESTIONNAIRE_URL {
            return Err(ResponseError {
                item: None,
                message: format!(
                    "`questionnaire`: this response answers {:?}, not \"{QUESTIONNAIRE_URL}\"",
                    Shown(canonical)
                ),
            });
        }
    }
    let mut items = vec![];
    flatten(&response.item, &mut items);
    let mut draft = Draft::default();
    for item in items {
        let link_id = item.link_id.as_str();
        let question = questions().find(|q| q.field().name() == link_id);
        let Some(question) = question else {
            // Groups and display items of other renderers have no answers: read through them.
            if item.answer.is_empty() {
                continue;
            }
            return Err(item_error(link_id, "not a question of this Questionnaire"));
        };
        if draft.is_answered(question) {
            return Err(item_error(link_id, "answered more than once"));
        }
        let answer = match item.answer.as_slice() {
            [] => continue, // an unanswered item: judged below like a missing one
            [one] => one,
            _ => return Err(item_error(link_id, "expected one answer")),
        };
        match question {
            Question::Sign(sign) => {
                let yes = match answer.value_boolean {
                    Some(b) => b,
                    None => match read_code(link_id, answer, YES_NO_SYSTEM)? {
                        "Y" => true,
                        "N" => false,
                        other => return Err(item_error(link_id, format!("code {:?} is not Y or N", Shown(other)))),
                    },
                };
                draft.set_sign(sign, yes);
            }
            Question::Trend => {
                let code = read_code(link_id, answer, TREND_SYSTEM)?;
                draft.trend = Some(
                    Trend::parse(code)
                        .ok_or_else(|| item_error(link_id, format!("code {:?} is not a trend", Shown(code))))?,
                );
            }
            Question::Duration => {
                let code = read_code(link_id, answer, DURATION_SYSTEM)?;
                draft.duration = Some(
                    DurationChoice::parse(code)
                        .ok_or_else(|| item_error(link_id, format!("code {:?} is not a duration", Shown(code))))?,
                );
            }
            Question::Age => {
                let age = answer.value_integer.ok_or_else(|| item_error(link_id, "expected a valueInteger"))?;
                let age = u8::try_from(age)
                    .ok()
                    .filter(|a| *a <= crate::decision::answers::MAX_AGE)
                    .ok_or_else(|| item_error(link_id, format!("{age} is not an age from 0 to 120")))?;
                draft.age = Some(age);
            }
        }
    }
    Ok(draft)
}

/// The `Answers` in `response`, a QuestionnaireResponse to this Questionnaire from any FHIR
/// form renderer. As in the widget, once an emergency sign is answered `Y` the questions after
/// it may be missing (a renderer honouring `enableWhen` hides them) and count as "no";
/// otherwise every question must be answered. Errors name the item at fault.
pub fn answers_from_response(response: &IncomingResponse) -> Result<Answers, ResponseError> {
    let draft = draft_from_response(response)?;
    if let Some(answers) = draft.answers() {
        return Ok(answers);
    }
    // Only questions before the first emergency "yes" are required then.
    let first_yes = draft.emergency_sign();
    for question in questions() {
        if first_yes.is_some_and(|sign| question == Question::Sign(sign)) {
            return Ok(draft.answers_assuming_the_rest_no());
        }
        if !draft.is_answered(question) {
            return Err(item_error(question.field().name(), "missing: every question is required"));
        }
    }
    Ok(draft.answers_assuming_the_rest_no())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_question_is_an_item_with_its_field_as_link_id() {
        let q = questionnaire(Lang::En);
        let ids: Vec<&str> = q.item.iter().map(|i| i.link_id).collect();
        assert_eq!(ids.len(), 19);
        assert_eq!(ids[..3], ["bladder_or_bowel_problems", "saddle_numbness", "both_legs"]);
        assert!(ids.contains(&"age") && ids.contains(&"duration_weeks") && ids.contains(&"trend"));
    }
}
