//! back-pain-triage: helps a reader with low back pain decide what to do (call the emergency
//! number now, contact a doctor today, book an appointment, or look after the back at home)
//! and why, entirely in the reader's browser.
//!
//! Where things are:
//! - [`decision`]: the rules, as a pure Rust core (also behind the `triage` CLI).

pub mod decision;

pub use decision::{Answers, Outcome, evaluate};
