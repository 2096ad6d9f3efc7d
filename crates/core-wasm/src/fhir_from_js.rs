//! Reading a QuestionnaireResponse from a JavaScript value, for the core WASM
//! (`answersFromQuestionnaireResponse`, `prefillForWidget` in `crates/core-wasm/src/api.rs`). The same elements,
//! the same checks and the same messages as the serde reader in `crates/triage/src/fhir/incoming.rs` (which
//! the CLI uses, and which wraps every error in `within` at each level, as this does), written
//! against the value directly: through serde, every element and value type is compiled into
//! its own visitor, which made this reader a ninth of the core WASM
//! (bench/results/2026-11-30-size.md). tests/node/fhir-messages.test.mjs holds the two readers
//! to the same messages.
//!
//! A JavaScript object cannot hold a key twice, so the serde reader's "given more than once"
//! has nothing to check here; elements this reader does not use are skipped unread.

use serde::de::{Error as _, Unexpected};
use wasm_bindgen::JsValue;

use crate::js::{Error, Kind, entries, kind, mismatch};
use triage::fhir::{IncomingAnswer, IncomingCoding, IncomingItem, IncomingResponse, within};

type Read<T> = Result<T, Error>;

/// `read` of the value of `key`, any error inside it named by `key`.
fn field<T>(key: &str, value: JsValue, read: fn(JsValue) -> Read<T>) -> Read<T> {
    read(value).map_err(|e| within(key, e))
}

/// `null` and `undefined` are absent, as serde reads them into an `Option`.
fn optional<T>(value: JsValue, read: fn(JsValue) -> Read<T>) -> Read<Option<T>> {
    if value.is_undefined() || value.is_null() { Ok(None) } else { read(value).map(Some) }
}

fn string(value: JsValue) -> Read<String> {
    match kind(value) {
        Kind::Text(s) => Ok(s),
        other => Err(mismatch(other, &"a string")),
    }
}

fn integer(value: JsValue) -> Read<i64> {
    match kind(value) {
        Kind::Signed(i) => Ok(i),
        Kind::Unsigned(u) => i64::try_from(u).map_err(|_| Error::invalid_value(Unexpected::Unsigned(u), &"i64")),
        other => Err(mismatch(other, &"i64")),
    }
}

fn boolean(value: JsValue) -> Read<bool> {
    match kind(value) {
        Kind::Bool(b) => Ok(b),
        other => Err(mismatch(other, &"a boolean")),
    }
}

/// A FHIR list (`item`, `answer`): errors inside name the element's index.
fn list<T>(value: JsValue, read: fn(JsValue) -> Read<T>) -> Read<Vec<T>> {
    match kind(value) {
        Kind::Items(items) => {
            (0..items.length()).map(|i| read(items.get(i)).map_err(|e| within(&format!("[{i}]"), e))).collect()
        }
        other => Err(mismatch(other, &"a list")),
    }
}

fn coding(value: JsValue) -> Read<IncomingCoding> {
    let mut coding = IncomingCoding::default();
    for (key, value) in entries(value, "a Coding object")? {
        match key.as_str() {
            "system" => coding.system = field(&key, value, |v| optional(v, string))?,
            "code" => coding.code = field(&key, value, |v| optional(v, string))?,
            _ => {}
        }
    }
    Ok(coding)
}

fn answer(value: JsValue) -> Read<IncomingAnswer> {
    let mut answer = IncomingAnswer::default();
    for (key, value) in entries(value, "an answer object")? {
        match key.as_str() {
            "valueCoding" => answer.value_coding = field(&key, value, |v| optional(v, coding))?,
            "valueInteger" => answer.value_integer = field(&key, value, |v| optional(v, integer))?,
            "valueBoolean" => answer.value_boolean = field(&key, value, |v| optional(v, boolean))?,
            _ => {}
        }
    }
    Ok(answer)
}

fn item(value: JsValue) -> Read<IncomingItem> {
    let mut item = IncomingItem::default();
    let mut has_link_id = false;
    for (key, value) in entries(value, "an item object")? {
        match key.as_str() {
            "linkId" => {
                item.link_id = field(&key, value, string)?;
                has_link_id = true;
            }
            "answer" => item.answer = field(&key, value, |v| list(v, answer))?,
            "item" => item.item = field(&key, value, |v| list(v, self::item))?,
            _ => {}
        }
    }
    if has_link_id { Ok(item) } else { Err(within("linkId", "missing: every item needs one")) }
}

/// The QuestionnaireResponse in `value`; an error names the element at fault by its path,
/// e.g. `item[2].answer[0].valueInteger`, as the serde reader does.
pub(crate) fn response(value: JsValue) -> Read<IncomingResponse> {
    let mut response = IncomingResponse::default();
    let mut has_resource_type = false;
    for (key, value) in entries(value, "a QuestionnaireResponse object")? {
        match key.as_str() {
            "resourceType" => {
                response.resource_type = field(&key, value, string)?;
                has_resource_type = true;
            }
            "questionnaire" => response.questionnaire = field(&key, value, |v| optional(v, string))?,
            "item" => response.item = field(&key, value, |v| list(v, item))?,
            _ => {}
        }
    }
    if has_resource_type {
        Ok(response)
    } else {
        Err(within("resourceType", "missing: expected \"QuestionnaireResponse\""))
    }
}
