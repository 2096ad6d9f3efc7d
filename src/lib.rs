//! back-pain-triage's widget: the Leptos UI that asks the questions and shows the outcome, as
//! JavaScript mounts it. Everything it decides and says comes from the `triage` crate
//! (`crates/triage`); the result screen comes from the result WASM
//! (`crates/result-wasm`), which the page loads after the reader's first answer.
//!
//! - `ui`: the Leptos widget.
//! - `embed`: the widget as JavaScript mounts it (`mountWidget`, `addTexts`);
//!   `www/package/src/element.js` wraps it as the `<back-pain-triage>` element.
//!
//! Only for the browser: natively this crate is empty.

#[cfg(target_arch = "wasm32")]
pub mod embed;
#[cfg(target_arch = "wasm32")]
pub mod ui;
