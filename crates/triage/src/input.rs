//! Answers from JSON text: one document, or one per line (`triage --jsonl`), written as
//! [`Answers`] or as a FHIR QuestionnaireResponse (`triage --fhir`). The `triage` CLI reads
//! its standard input with [`read_input`]; the fuzz targets and the random-input tests call
//! the same functions.
//!
//! Every error is one line that names the field (or FHIR element) at fault, or says that the
//! input is not a JSON object, never only the parser's message: serde_json's own errors (a
//! number beyond `f64`, a broken escape, a document cut short) are attributed to the field
//! they occurred in by the readers in [`crate::decision::answers`] and `src/fhir/incoming.rs`.

use crate::decision::Answers;
use crate::decision::answers::shortened;
use crate::fhir::{self, IncomingResponse};

/// What each document is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// The `Answers` JSON contract.
    Answers,
    /// A FHIR R4 QuestionnaireResponse to our Questionnaire.
    Fhir,
}

impl Format {
    fn name(self) -> &'static str {
        match self {
            Format::Answers => "Answers",
            Format::Fhir => "QuestionnaireResponse",
        }
    }

    fn expected(self) -> &'static str {
        match self {
            Format::Answers => "an Answers JSON object",
            Format::Fhir => "a QuestionnaireResponse",
        }
    }
}

/// The answers in one JSON document of `format`; the error starts with "invalid Answers:" or
/// "invalid QuestionnaireResponse:".
pub fn read_document(json: &str, format: Format) -> Result<Answers, String> {
    let invalid = |message: String| format!("invalid {}: {message}", format.name());
    match format {
        Format::Answers => serde_json::from_str::<Answers>(json).map_err(|e| invalid(attributed(&e))),
        Format::Fhir => {
            let response: IncomingResponse = serde_json::from_str(json).map_err(|e| invalid(attributed(&e)))?;
            fhir::answers_from_response(&response).map_err(|e| invalid(e.to_string()))
        }
    }
}

/// serde_json's message, said to be about the document as a whole unless the readers have
/// already named a field in it.
fn attributed(e: &serde_json::Error) -> String {
    // The readers' own messages are short by construction; serde's may quote a whole string.
    let message = e.to_string();
    let named = ["field `", "after field `", "`", "not a JSON object"].iter().any(|start| message.starts_with(start));
    if named { message } else { format!("not a JSON object: {}", shortened(message)) }
}

/// Everything on standard input: one document, or with `jsonl` one document per line, in order.
/// Nothing is returned unless every document is valid, so the CLI never prints half a result.
pub fn read_input(bytes: &[u8], format: Format, jsonl: bool) -> Result<Vec<Answers>, String> {
    if !jsonl {
        let text = std::str::from_utf8(bytes).map_err(not_utf8)?;
        if text.trim().is_empty() {
            return Err(format!("empty input: expected {} (see --help)", format.expected()));
        }
        return read_document(text, format).map(|a| vec![a]);
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(format!("empty input: expected {} per line (see --help)", format.expected()));
    }
    read_lines(bytes, format)
}

/// One document per line (`\n` or `\r\n`); errors start with "line N:".
pub fn read_lines(bytes: &[u8], format: Format) -> Result<Vec<Answers>, String> {
    let bytes = bytes.strip_suffix(b"\n").unwrap_or(bytes);
    bytes
        .split(|b| *b == b'\n')
        .map(|line| {
            let line = line.strip_suffix(b"\r").unwrap_or(line);
            let text = std::str::from_utf8(line).map_err(not_utf8)?;
            if text.trim().is_empty() {
                return Err("empty line: expected one JSON object per line".to_owned());
            }
            read_document(text, format)
        })
        .enumerate()
        .map(|(i, result)| result.map_err(|e| format!("line {}: {e}", i + 1)))
        .collect()
}

fn not_utf8(e: std::str::Utf8Error) -> String {
    format!("not UTF-8 text (byte {}), so not a JSON object", e.valid_up_to() + 1)
}
