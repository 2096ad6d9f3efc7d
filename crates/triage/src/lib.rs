//! back-pain-triage's core: helps a reader with low back pain decide what to do (call the
//! emergency number now, contact a doctor today, book an appointment, or look after the back at
//! home) and why. Pure Rust with no web dependency: the widget, the JavaScript API, the result
//! screen's WASM and the `triage` CLI all run exactly this.
//!
//! Where things are:
//! - [`decision`]: the rules, as a pure Rust core (also behind the `triage` CLI).
//! - [`questionnaire`]: what is asked, in which steps, and where the flow goes.
//! - [`action`]: what each button and link of the markup does (`data-action`).
//! - [`i18n`]: every text the reader sees, in nb, nn, sv, da and en.
//! - [`country`]: phone numbers and services per country.
//! - [`date`]: a day in the calendar and its arithmetic.
//! - [`follow_up`]: the dated follow-up on a result; [`calendar`]: it as an iCalendar file;
//!   [`holidays`]: the days it may not fall on, per country.
//! - [`clinic`]: the host's own service on the result, its values checked before use.
//! - [`operator`]: who is responsible for offering the widget, and where to report errors.
//! - [`review`]: each country's content review-by date, and what is due on a given day.
//! - `safety_case` (native only): what goes in the safety case pack for a deploying body
//!   (`triage safety-case`), whose markup `render::safety_case` writes;
//!   `content_snapshot` (native only): every text as JSON, to show what changed between versions.
//! - [`summary`]: the text a reader can bring to a clinician (copied, and printed).
//! - [`fhir`]: the questionnaire as FHIR R4, and answers to and from QuestionnaireResponses.
//! - [`input`]: answers from JSON text, one document or one per line (the CLI's input).
//! - [`result_model`]: what a result says, decided once, for the screen and the summary.
//! - [`result_request`]: what the widget asks the result WASM for, and the page it gets back,
//!   in the order both sides read (they meet only through JavaScript).
//! - [`result_words`]: what a result says by its urgency and kind, for the screen and the summary.
//! - [`render`]: every piece of markup, built so that it escapes by construction: the start
//!   screen (shared by the widget and the first screen the element's script paints before the
//!   WASM arrives), the result screen (the widget loads it after the first answer), the
//!   stylesheet, and (native only) the safety case pack.

pub mod action;
pub mod calendar;
pub mod clinic;
#[cfg(not(target_arch = "wasm32"))]
pub mod content_snapshot;
pub mod country;
pub mod date;
pub mod decision;
pub mod fhir;
pub mod follow_up;
pub mod holidays;
pub mod i18n;
pub mod input;
pub mod operator;
pub mod questionnaire;
pub mod render;
pub mod result_model;
pub mod result_request;
pub mod result_words;
pub mod review;
#[cfg(not(target_arch = "wasm32"))]
pub mod safety_case;
pub mod summary;

pub use decision::{Answers, Outcome, evaluate};
