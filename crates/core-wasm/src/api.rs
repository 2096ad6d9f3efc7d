//! The decision core's JavaScript API: `evaluate`, `questionnaire` and
//! `answersFromQuestionnaireResponse`, with no Leptos, so that Node.js and bundlers load a
//! small WASM (`scripts/build-extras` builds it as `wasm/back-pain-triage-core`).
//!
//! Nothing here may panic on input from outside: bad input is a thrown `Error` naming the field.

use wasm_bindgen::prelude::*;

use crate::js::{read_answers, read_partial_answers, read_with, to_js};
use triage::country::Country;
use triage::decision::answers::Shown;
use triage::decision::evaluate as decide;
use triage::decision::evaluate_in;
use triage::fhir;
use triage::i18n::Lang;
use triage::questionnaire::Draft;

/// The decision core without any UI: `Answers` in, `Outcome` out, the same contract as the CLI.
/// `options.country` (NO, SE, DK, GB) applies that country's own rules (Sweden's two-week
/// review, the UK's same-day weight loss and night pain) and adds `advice_sources`, each advice
/// item's sources in that country, as the CLI's `--country` does; without it, every country's
/// rules apply (the most cautious outcome). Throws an `Error` naming the field when `answers`
/// does not follow the contract, or naming `options.country` when it is not one of ours.
#[wasm_bindgen]
pub fn evaluate(answers: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    let answers = read_answers(answers, "evaluate")?;
    let country = if options.is_undefined() || options.is_null() {
        JsValue::UNDEFINED
    } else if options.is_object() && !js_sys::Array::is_array(&options) {
        js_sys::Reflect::get(&options, &JsValue::from_str("country")).unwrap_or(JsValue::UNDEFINED)
    } else {
        return Err(JsError::new("evaluate: options must be an object, e.g. { country: 'GB' }"));
    };
    if country.is_undefined() || country.is_null() {
        return Ok(to_js(&decide(&answers)));
    }
    let code = country.as_string().unwrap_or_default();
    let country = Country::parse(&code).ok_or_else(|| {
        JsError::new(&format!("evaluate: options.country {:?} is not one of NO, SE, DK, GB", Shown(&code)))
    })?;
    Ok(to_js(&country.cite_advice(evaluate_in(&answers, Some(country)))))
}

/// The FHIR R4 Questionnaire with `lang` (default `en`) as its base language and the other
/// four as translation extensions. Throws an `Error` naming `lang` when it is not one of ours.
#[wasm_bindgen]
pub fn questionnaire(lang: Option<String>) -> Result<JsValue, JsError> {
    let lang = match lang.as_deref() {
        None => Lang::En,
        Some(tag) => Lang::parse(tag).ok_or_else(|| {
            JsError::new(&format!("questionnaire: lang {:?} is not one of nb, nn, sv, da, en", Shown(tag)))
        })?,
    };
    Ok(to_js(&fhir::questionnaire(lang)))
}

/// The `Answers` in a FHIR R4 QuestionnaireResponse to our Questionnaire, from any renderer.
/// Throws an `Error` naming the item at fault.
#[wasm_bindgen(js_name = answersFromQuestionnaireResponse)]
pub fn answers_from_questionnaire_response(response: JsValue) -> Result<JsValue, JsError> {
    const WHAT: &str = "answersFromQuestionnaireResponse";
    let incoming = read_with(response, WHAT, "a QuestionnaireResponse object", crate::fhir_from_js::response)?;
    let answers = fhir::answers_from_response(&incoming).map_err(|e| JsError::new(&format!("{WHAT}: {e}")))?;
    Ok(to_js(&answers))
}

// For the widget (www/package/src/attach.js): the widget's WASM hands drafts over as
// `Draft::code` text, so that turning JavaScript values into answers and answers into
// JavaScript values (serde, FHIR) lives only here, in the core, which the page loads only
// when it needs it.

/// What a `triage-complete` event carries, for the draft the widget completed (`code` from
/// `Draft::code`) in `lang`, dated `authored`: `{ answers, outcome, questionnaireResponse }`.
/// Throws an `Error` when `code` is not a draft's code or has no outcome yet.
#[wasm_bindgen(js_name = completionForWidget)]
pub fn completion_for_widget(code: &str, lang: &str, country: &str, authored: &str) -> Result<JsValue, JsError> {
    let draft = Draft::from_code(code).ok_or_else(|| JsError::new("completion: not a draft"))?;
    let answers = draft.answers_to_decide().ok_or_else(|| JsError::new("completion: no outcome yet"))?;
    // What `evaluate(answers, { country })` gives for the widget's country, as the screen decided.
    let outcome = match Country::parse(country) {
        Some(country) => country.cite_advice(evaluate_in(&answers, Some(country))),
        None => decide(&answers),
    };
    let lang = Lang::parse(lang).unwrap_or(Lang::En);
    let detail = js_sys::Object::new();
    let response = fhir::questionnaire_response(&draft, lang, authored);
    for (key, value) in
        [("answers", to_js(&answers)), ("outcome", to_js(&outcome)), ("questionnaireResponse", to_js(&response))]
    {
        js_sys::Reflect::set(&detail, &JsValue::from_str(key), &value).map_err(|_| JsError::new("completion"))?;
    }
    Ok(detail.into())
}

/// The draft (as `Draft::code`) for pre-filled `answers` (a partial Answers object) or
/// `response` (a partial QuestionnaireResponse); `null`/`undefined` for either means not given.
/// Throws an `Error` naming the field or item, as `evaluate` and
/// `answersFromQuestionnaireResponse` do.
#[wasm_bindgen(js_name = prefillForWidget)]
pub fn prefill_for_widget(answers: JsValue, response: JsValue) -> Result<String, JsError> {
    let given = |v: &JsValue| !v.is_undefined() && !v.is_null();
    let draft = match (given(&answers), given(&response)) {
        (false, false) => Draft::default(),
        (true, true) => return Err(JsError::new("answers, questionnaireResponse: give one of them, not both")),
        (true, false) => {
            let partial = read_partial_answers(answers, "answers")?;
            Draft::from_partial(&partial)
        }
        (false, true) => {
            const WHAT: &str = "questionnaireResponse";
            let incoming = read_with(response, WHAT, "a QuestionnaireResponse object", crate::fhir_from_js::response)?;
            fhir::draft_from_response(&incoming).map_err(|e| JsError::new(&format!("{WHAT}: {e}")))?
        }
    };
    Ok(draft.code())
}
