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

/// The tests' reader of markup (an HTML parser and CSS selectors), shared with the integration
/// tests: `crates/triage/tests/common/markup.rs`.
#[cfg(test)]
#[cfg(not(target_arch = "wasm32"))]
#[path = "../../tests/common/markup.rs"]
pub(crate) mod read;

/// The well-formedness check of `read` passes the markup the builder writes and fails markup
/// that a browser would repair or that is not escaped.
#[cfg(test)]
#[cfg(not(target_arch = "wasm32"))]
mod read_tests {
    use super::read::well_formed;

    #[test]
    fn well_formed_markup_round_trips_and_faulty_markup_does_not() {
        for good in [
            "<p class=\"a\">x &amp; y &lt;z&gt; &quot;q&quot; 'a'</p><br><details open><summary>s</summary></details>",
            "<div data-country=\"\"><ul><li>a</li></ul></div><div data-live></div>",
        ] {
            assert_eq!(well_formed(good), Ok(()), "{good}");
        }
        for bad in [
            "<p>an open paragraph",
            "<p><div>a block in a paragraph</div></p>",
            "<div>one</div></div>",
            "<li>a</li></li>",
            "<p>fish & chips</p>",
            "<p>a \"quote\"</p>",
            "<a href=\"?a=1&b=2\">x</a>",
            "<p class=a>unquoted</p>",
            "<P>upper</P>",
            "<ul><p>x</p></ul><b><i>crossed</b></i>",
        ] {
            assert!(well_formed(bad).is_err(), "{bad}");
        }
    }
}
