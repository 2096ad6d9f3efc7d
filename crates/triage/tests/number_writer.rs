//! The core WASM writes the numbers in its messages with JavaScript's digits
//! (`decision::answers::write_numbers_with`, given `float_text` by `crates/core-wasm/src/js.rs`).
//! In its own test binary: the writer, once given, stays for the whole program.

#![cfg(not(target_arch = "wasm32"))]

mod common;

use triage::decision::Answers;
use triage::decision::answers::write_numbers_with;

#[test]
fn the_writer_given_writes_every_number_in_a_message() {
    let mut answers = common::valid_json();
    answers.insert("duration_weeks".into(), serde_json::json!(-2.5));
    let message = |answers: &serde_json::Map<String, serde_json::Value>| {
        serde_json::from_value::<Answers>(answers.clone().into()).unwrap_err().to_string()
    };
    assert!(message(&answers).contains("got -2.5"), "Rust's own digits before: {}", message(&answers));
    write_numbers_with(|x| format!("[{x} written by the host]"));
    assert!(message(&answers).contains("got [-2.5 written by the host]"), "{}", message(&answers));
    // The first writer stays.
    write_numbers_with(|_| "another".to_owned());
    assert!(message(&answers).contains("written by the host"), "{}", message(&answers));
}
