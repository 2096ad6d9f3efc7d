//! What every fuzz target asserts about one read: accepted answers are valid and survive a
//! round trip; a rejection is one line naming the field (crates/triage/tests/common/rejection.rs, shared
//! with the random-input tests). Any panic, here or in the reader, is a crash libFuzzer keeps.

use triage::decision::{Answers, evaluate};
use triage::input::Format;

#[path = "../../crates/triage/tests/common/rejection.rs"]
mod rejection;

pub fn check(read: Result<Vec<Answers>, String>, format: Format) {
    match read {
        Ok(all) => {
            for a in all {
                assert!(a.validate().is_ok(), "accepted invalid answers {a:?}");
                let _ = evaluate(&a);
                let text = serde_json::to_string(&a).expect("answers serialise");
                let again: Answers = serde_json::from_str(&text).expect("written answers read back");
                assert_eq!(again, a);
            }
        }
        Err(message) => {
            let message = match message.strip_prefix("line ") {
                Some(rest) => {
                    let (n, rest) = rest.split_once(": ").expect("line N: message");
                    assert!(n.parse::<usize>().is_ok_and(|n| n >= 1), "line number {n:?}");
                    rest.to_owned()
                }
                None => message,
            };
            if let Some(problem) = rejection::rejection_problem(&message, format) {
                panic!("rejection {message:?}: {problem}");
            }
        }
    }
}
