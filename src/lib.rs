//! back-pain-triage: helps a reader with low back pain decide what to do (call the emergency
//! number now, contact a doctor today, book an appointment, or look after the back at home)
//! and why, entirely in the reader's browser.
//!
//! Where things are:
//! - [`decision`]: the rules, as a pure Rust core (also behind the `triage` CLI).
//! - [`questionnaire`]: what is asked, in which steps, and where the flow goes.
//! - [`i18n`]: every text the reader sees, in nb, nn, sv, da and en.
//! - [`readability`]: LIX and Flesch reading ease, to hold those texts to plain language.
//! - [`country`]: phone numbers and services per country.
//! - [`follow_up`]: the dated follow-up on a result; [`calendar`]: it as an iCalendar file;
//!   [`holidays`]: the days it may not fall on, per country.
//! - [`clinic`]: the host's own service on the result, its values checked before use.
//! - [`review`]: each country's content review-by date, and what is due on a given day.
//! - `safety_case` (native only): the safety case pack for a deploying body (`triage safety-case`);
//!   `content_snapshot` (native only): every text as JSON, to show what changed between versions.
//! - [`operator`]: who is responsible for offering the widget, and where to report errors.
//! - [`summary`]: the text a reader can bring to a clinician (copied, and printed).
//! - [`fhir`]: the questionnaire as FHIR R4, and answers to and from QuestionnaireResponses.
//! - [`input`]: answers from JSON text, one document or one per line (the CLI's input).
//! - [`result_screen`]: the result screen as markup (the widget loads it after the first answer).
//! - [`start_screen`]: the start screen as markup, shared by the widget and the first screen
//!   the element's script paints before the WASM arrives.
//! - `ui` (wasm32, feature `widget`): the Leptos widget.
//! - `embed` (wasm32, feature `widget`): the widget as JavaScript mounts it; `www/package/index.js`
//!   wraps it as the `<back-pain-triage>` element.
//! - `api` (wasm32, feature `api`): `evaluate`, `questionnaire` and
//!   `answersFromQuestionnaireResponse` for JavaScript, built without Leptos as the core WASM.
//! - `result_api` (wasm32, feature `result`): the result screen in the browser, built with the
//!   core's API into the WASM the widget loads after the reader's first answer.

#[cfg(all(target_arch = "wasm32", feature = "api"))]
pub mod api;
pub mod calendar;
pub mod clinic;
#[cfg(not(target_arch = "wasm32"))]
pub mod content_snapshot;
pub mod country;
pub mod decision;
#[cfg(all(target_arch = "wasm32", feature = "widget"))]
pub mod embed;
pub mod fhir;
pub mod follow_up;
pub mod holidays;
pub mod i18n;
pub mod input;
#[cfg(all(target_arch = "wasm32", feature = "api"))]
mod js;
pub mod operator;
pub mod questionnaire;
pub mod readability;
#[cfg(all(target_arch = "wasm32", feature = "result"))]
pub mod result_api;
pub mod result_screen;
pub mod review;
#[cfg(not(target_arch = "wasm32"))]
pub mod safety_case;
pub mod start_screen;
pub mod summary;
#[cfg(all(target_arch = "wasm32", feature = "widget"))]
pub mod ui;

pub use decision::{Answers, Outcome, evaluate};

// The WASMs without the widget (scripts/build-extras: the core, `api`, and the result screen,
// `result`) allocate little and briefly per call; a sorted free list that merges neighbours is
// enough, and its code is a fraction of Rust's default dlmalloc
// (bench/results/2026-11-30-size.md). The widget keeps the default.
#[cfg(all(target_arch = "wasm32", feature = "api", not(feature = "widget")))]
#[global_allocator]
// SAFETY: these WASMs are built without the atomics target feature, so each has one thread:
// nothing can allocate or free concurrently.
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };
