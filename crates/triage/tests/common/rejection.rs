//! What a rejection of bad input must say, shared by the random-input tests
//! (tests/random_input.rs) and the fuzz targets (fuzz/fuzz_targets/*.rs, which include this
//! file by path): one line, a field or FHIR element named in backticks, or the document said
//! not to be a JSON object.

use triage::decision::Field;
use triage::input::Format;

/// The FHIR elements the QuestionnaireResponse reader uses.
pub const FHIR_ELEMENTS: [&str; 10] = [
    "resourceType",
    "questionnaire",
    "item",
    "linkId",
    "answer",
    "valueCoding",
    "valueInteger",
    "valueBoolean",
    "system",
    "code",
];

/// The contract's names, and the FHIR elements the reader uses.
pub fn known_name(name: &str) -> bool {
    Field::from_name(name).is_some() || FHIR_ELEMENTS.contains(&name)
}

/// Whether `message` (a rejection) says what it must: one line; a field named in backticks,
/// the document said not to be a JSON object, or nothing there at all. Returns the problem.
pub fn rejection_problem(message: &str, format: Format) -> Option<String> {
    if message.contains('\n') || message.contains('\r') {
        return Some("more than one line".into());
    }
    if message.chars().count() > 450 {
        return Some(format!("{} characters long", message.chars().count()));
    }
    let whole = ["not a JSON object", "empty input", "empty line", "not UTF-8"];
    let rest = match message
        .strip_prefix("invalid Answers: ")
        .or_else(|| message.strip_prefix("invalid QuestionnaireResponse: "))
    {
        Some(rest) => rest,
        None if whole.iter().any(|w| message.starts_with(w)) => return None,
        None => return Some("does not say what it is about".into()),
    };
    let expected_prefix = match format {
        Format::Answers => "invalid Answers: ",
        Format::Fhir => "invalid QuestionnaireResponse: ",
    };
    if !message.starts_with(expected_prefix) {
        return Some(format!("expected {expected_prefix:?}"));
    }
    if whole.iter().any(|w| rest.starts_with(w)) {
        return None;
    }
    let quoted = |start: &str| rest.strip_prefix(start).and_then(|r| r.split_once('`')).map(|(name, _)| name);
    match format {
        Format::Answers => {
            if let Some(name) = quoted("field `").or_else(|| quoted("after field `")) {
                let known = Field::from_name(name).is_some();
                return (!known && !rest.contains("unknown field")).then(|| format!("`{name}` is no field"));
            }
        }
        Format::Fhir => {
            if let Some(path) = quoted("`") {
                // Every element on the path is one the reader uses, up to a foreign element
                // (quoted, since its name may hold any character) whose value is broken.
                let ours = path.split('"').next().unwrap_or_default();
                // A long path has its middle left out ("…").
                let bad = ours
                    .split(['.', '[', '…'])
                    .filter(|s| !s.is_empty() && !s.ends_with(']'))
                    .any(|s| !known_name(s) && !s.chars().all(|c| c.is_ascii_digit()));
                return bad.then(|| format!("`{path}` is no element path"));
            }
            if quoted("item `").is_some() {
                return None;
            }
        }
    }
    Some("names no field and does not say the document is not an object".into())
}
