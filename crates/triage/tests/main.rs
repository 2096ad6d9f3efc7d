//! The core's integration tests, as one test binary (`--test integration`): each file below is
//! one concern, and one binary is linked once per build, not once per file (one link per
//! mutant in `scripts/mutants`). One concern at a time:
//! `cargo test -p triage --test integration rules::`. The one other binary, `number_writer.rs`,
//! gives the process a number writer that would stay for every test here.
#![cfg(not(target_arch = "wasm32"))]

mod common;

mod clinic;
mod comments;
mod content;
mod content_version;
mod contract;
mod default_country;
mod fhir;
mod hazard_log;
mod invariants;
mod markup;
mod operator;
mod prefill;
mod questionnaire;
mod questions_markup;
mod random_input;
mod readability;
mod rules;
mod services;
mod summary;
mod texts;
mod typescript;
