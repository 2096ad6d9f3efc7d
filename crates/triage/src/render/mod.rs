//! Every piece of markup the reader sees, and nothing else: the start screen, the questions, the
//! result screen and the stylesheet, and (native only) the safety case pack. Markup is built
//! with [`html::Html`], which escapes every value by construction; `tests/markup.rs` checks that
//! no other module writes markup.

pub mod html;
pub mod questions;
pub mod result_screen;
#[cfg(not(target_arch = "wasm32"))]
pub mod safety_case;
pub mod start_screen;

/// Fixed markup from a string literal, for [`html::Html::markup`]: `markup!("<br>")`.
pub use crate::__markup as markup;
