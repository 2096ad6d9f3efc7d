//! A FHIR QuestionnaireResponse from JSON bytes, through `fhir::answers_from_response`.
#![no_main]

use triage::input::{Format, read_document};
use libfuzzer_sys::fuzz_target;

mod check;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        check::check(read_document(text, Format::Fhir).map(|a| vec![a]), Format::Fhir);
    }
});
