//! The decision core's JavaScript API (the `api` feature): `evaluate`, `questionnaire` and
//! `answersFromQuestionnaireResponse`, with no Leptos, so that Node.js and bundlers load a
//! small WASM (`scripts/package` builds it as `wasm/back-pain-triage-core`).
//!
//! Nothing here may panic on input from outside: bad input is a thrown `Error` naming the field.

use wasm_bindgen::prelude::*;

use crate::decision::{Answers, evaluate as decide};
use crate::fhir::{self, IncomingResponse};
use crate::i18n::Lang;
use crate::js::{read_object, to_js};

/// The decision core without any UI: `Answers` in, `Outcome` out, the same contract as the CLI.
/// Throws an `Error` naming the field when `answers` does not follow the contract.
#[wasm_bindgen]
pub fn evaluate(answers: JsValue) -> Result<JsValue, JsError> {
    let answers: Answers = read_object(answers, "evaluate", "an Answers object")?;
    Ok(to_js(&decide(&answers)))
}

/// The FHIR R4 Questionnaire with `lang` (default `en`) as its base language and the other
/// four as translation extensions. Throws an `Error` naming `lang` when it is not one of ours.
#[wasm_bindgen]
pub fn questionnaire(lang: Option<String>) -> Result<JsValue, JsError> {
    let lang = match lang.as_deref() {
        None => Lang::En,
        Some(tag) => Lang::parse(tag)
            .ok_or_else(|| JsError::new(&format!("questionnaire: lang {tag:?} is not one of nb, nn, sv, da, en")))?,
    };
    Ok(to_js(&fhir::questionnaire(lang)))
}

/// The `Answers` in a FHIR R4 QuestionnaireResponse to our Questionnaire, from any renderer.
/// Throws an `Error` naming the item at fault.
#[wasm_bindgen(js_name = answersFromQuestionnaireResponse)]
pub fn answers_from_questionnaire_response(response: JsValue) -> Result<JsValue, JsError> {
    const WHAT: &str = "answersFromQuestionnaireResponse";
    let incoming: IncomingResponse = read_object(response, WHAT, "a QuestionnaireResponse object")?;
    let answers = fhir::answers_from_response(&incoming).map_err(|e| JsError::new(&format!("{WHAT}: {e}")))?;
    Ok(to_js(&answers))
}
