//! The CLI's standard input as `triage --jsonl` (and one document, and `--fhir`) reads it:
//! `input::read_input`, bytes and all. The first byte picks the options, so one corpus
//! covers all four ways the CLI reads.
#![no_main]

use triage::input::{Format, read_input};
use libfuzzer_sys::fuzz_target;

mod check;

fuzz_target!(|data: &[u8]| {
    let Some((options, input)) = data.split_first() else { return };
    let format = if options & 1 == 0 { Format::Answers } else { Format::Fhir };
    let jsonl = options & 2 == 0;
    check::check(read_input(input, format, jsonl), format);
});
