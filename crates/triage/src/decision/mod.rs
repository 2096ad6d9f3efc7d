//! The decision core: answers in, outcome out. Pure Rust with no web dependency, so the CLI,
//! the widget, the npm module and the tests all run exactly the same rules.
//!
//! - [`answers`]: what the reader answered, and how it is read from JSON or JavaScript.
//! - [`rules`]: the rule table, each rule with its id and sources.
//! - [`outcome`]: what is decided.
//! - [`sources`]: the documents the rules come from.
//! - [`jurisdiction`]: the countries, some of whose rules differ.

pub mod answers;
pub mod jurisdiction;
pub mod outcome;
pub mod rules;
pub mod sources;

pub use answers::{Answers, Field, InputError, PartialAnswers, Sign, Signs, Trend};
pub use jurisdiction::Country;
pub use outcome::{Advice, AdviceSources, Category, EmergencyKind, Outcome, Reason, RuleId, Urgency, Verdict};
pub use rules::{evaluate, evaluate_in, verdict_in};
