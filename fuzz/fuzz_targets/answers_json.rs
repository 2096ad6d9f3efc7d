//! `Answers` from JSON bytes, as the CLI and `evaluate` read them.
#![no_main]

use triage::input::{Format, read_document};
use libfuzzer_sys::fuzz_target;

mod check;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        check::check(read_document(text, Format::Answers).map(|a| vec![a]), Format::Answers);
    }
});
