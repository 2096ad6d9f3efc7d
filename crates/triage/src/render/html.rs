//! Markup that escapes by construction. Every screen is built into an [`Html`]: fixed markup
//! goes in only as a [`Fixed`], which only the [`markup!`](crate::render::markup) macro makes,
//! from a string literal in the source; everything else (a text, a clinic's name, a date, an
//! address) goes in through [`Html::text`] or [`Html::attr`], which escape it. So no value that
//! arrives at run time can become markup, and no call site has to remember to escape.
//!
//! Strings rather than a DOM or a template engine: the widget's WASM is on the page budget, and
//! pushing literals is what the hand-written markup compiled to anyway.
//!
//! # Example
//! ```
//! use triage::render::html::Html;
//! use triage::render::markup;
//!
//! let mut html = Html::new();
//! html.open("p").attr("class", "lead").close_start().text("Fish & <chips>").end("p");
//! html.markup(markup!("<br>"));
//! assert_eq!(html.as_str(), "<p class=\"lead\">Fish &amp; &lt;chips&gt;</p><br>");
//! ```

use crate::action::Action;

/// Markup under construction.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Html {
    out: String,
}

/// Fixed markup written in the source code. Made only by [`markup!`](crate::render::markup),
/// which takes a string literal, so it never holds a value that arrives at run time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fixed(&'static str);

impl Fixed {
    /// For [`markup!`](crate::render::markup) only: `tests/markup.rs` checks that nothing else
    /// calls it.
    #[doc(hidden)]
    pub const fn from_literal(literal: &'static str) -> Self {
        Self(literal)
    }
}

/// Fixed markup from a string literal: `markup!("<br>")`.
#[macro_export]
#[doc(hidden)]
macro_rules! __markup {
    ($literal:literal) => {
        $crate::render::html::Fixed::from_literal($literal)
    };
}

impl Html {
    /// Empty markup.
    pub fn new() -> Self {
        Self::default()
    }

    /// Fixed markup, as written.
    pub fn markup(&mut self, fixed: Fixed) -> &mut Self {
        self.out.push_str(fixed.0);
        self
    }

    /// `text`, escaped: safe as element content and inside a double-quoted attribute value.
    #[inline(never)]
    pub fn text(&mut self, text: &str) -> &mut Self {
        for c in text.chars() {
            match c {
                '&' => self.out.push_str("&amp;"),
                '<' => self.out.push_str("&lt;"),
                '>' => self.out.push_str("&gt;"),
                '"' => self.out.push_str("&quot;"),
                _ => self.out.push(c),
            }
        }
        self
    }

    /// A whole number as text.
    pub fn number(&mut self, number: usize) -> &mut Self {
        self.text(&number.to_string())
    }

    /// `<tag`: the start of an element's start tag, for [`Html::attr`]s and then
    /// [`Html::close_start`].
    pub fn open(&mut self, tag: &'static str) -> &mut Self {
        self.out.push('<');
        self.out.push_str(tag);
        self
    }

    /// ` name="value"`, the value escaped.
    #[inline(never)]
    pub fn attr(&mut self, name: &'static str, value: &str) -> &mut Self {
        self.out.push(' ');
        self.out.push_str(name);
        self.out.push_str("=\"");
        self.text(value);
        self.out.push('"');
        self
    }

    /// ` data-action="…"`: what the element does when the reader uses it.
    pub fn action(&mut self, action: Action) -> &mut Self {
        self.attr("data-action", action.as_str())
    }

    /// `>`: the end of a start tag.
    pub fn close_start(&mut self) -> &mut Self {
        self.out.push('>');
        self
    }

    /// `</tag>`.
    pub fn end(&mut self, tag: &'static str) -> &mut Self {
        self.out.push_str("</");
        self.out.push_str(tag);
        self.out.push('>');
        self
    }

    /// `<tag>text</tag>`, with no attributes.
    pub fn element(&mut self, tag: &'static str, text: &str) -> &mut Self {
        self.open(tag).close_start().text(text).end(tag)
    }

    /// Markup built elsewhere, as it is (it was escaped when it was built).
    pub fn append(&mut self, other: &Html) -> &mut Self {
        self.out.push_str(&other.out);
        self
    }

    /// Markup that another screen of this module built as a string, as it is: the safety case
    /// pack holds the widget's own result screens (`ResultPage::html`), which the result screen
    /// escaped as it built them. Only `render` can call it, so no value from outside does; and
    /// only natively, where the pack is made.
    #[cfg(not(target_arch = "wasm32"))]
    pub(in crate::render) fn append_rendered(&mut self, markup: &str) -> &mut Self {
        self.out.push_str(markup);
        self
    }

    /// The markup so far.
    pub fn as_str(&self) -> &str {
        &self.out
    }

    /// The markup, to hand to the page.
    pub fn into_string(self) -> String {
        self.out
    }
}

/// `text` as [`Html::text`] writes it: for the unit tests that look for a text in markup.
#[cfg(test)]
pub(crate) fn escaped(text: &str) -> String {
    let mut html = Html::new();
    html.text(text);
    html.into_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_attribute_values_escape_the_four_characters_that_end_them() {
        let mut html = Html::new();
        html.open("a").attr("href", "x\"><script>&").close_start().text("<b>&\"'").end("a");
        assert_eq!(html.as_str(), "<a href=\"x&quot;&gt;&lt;script&gt;&amp;\">&lt;b&gt;&amp;&quot;'</a>");
    }

    #[test]
    fn fixed_markup_and_appended_markup_go_in_as_written() {
        let mut inner = Html::new();
        inner.element("em", "a & b");
        let mut html = Html::new();
        html.markup(crate::render::markup!("<p>")).append(&inner).markup(crate::render::markup!("</p>")).number(42);
        assert_eq!(html.into_string(), "<p><em>a &amp; b</em></p>42");
        #[cfg(not(target_arch = "wasm32"))]
        {
            let mut pack = Html::new();
            pack.markup(crate::render::markup!("<main>")).append_rendered("<p>a &amp; b</p>").end("main");
            assert_eq!(pack.as_str(), "<main><p>a &amp; b</p></main>");
        }
        assert_eq!(Html::new().as_str(), "");
        assert_eq!(escaped("\"&"), "&quot;&amp;");
    }
}
