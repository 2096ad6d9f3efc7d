//! Helpers shared by the native test files.
#![allow(dead_code)]

use back_pain_triage::decision::{Answers, Sign, Signs, Trend};

/// Answers with the given signs "yes" and every other sign "no".
pub fn answers(age: u8, duration_weeks: f64, trend: Trend, yes: &[Sign]) -> Answers {
    Answers { age, duration_weeks, trend, yes: yes.iter().copied().collect() }
}

/// A 40-year-old, one week in, getting better, nothing else: the plain lumbago case.
pub fn plain() -> Answers {
    answers(40, 1.0, Trend::Better, &[])
}

/// The answers as the JSON contract's object.
pub fn to_json(a: &Answers) -> serde_json::Value {
    serde_json::to_value(a).expect("answers serialise")
}

/// A valid Answers JSON object with every sign "no", for tests that then change one field.
pub fn valid_json() -> serde_json::Map<String, serde_json::Value> {
    match to_json(&plain()) {
        serde_json::Value::Object(m) => m,
        _ => unreachable!("Answers serialise as an object"),
    }
}

/// Every set of signs.
pub fn all_sign_sets() -> impl Iterator<Item = Signs> {
    (0..Signs::COUNT).map(Signs::from_index)
}
