//! Reading the screens' markup with an HTML parser (scraper: html5ever, the browsers' parsing
//! algorithm, and CSS selectors), so that a test asks which element holds what rather than
//! whether a string occurs. A dev-dependency: nothing here reaches a WASM.
//!
//! [`fragment`] parses markup as the widget puts it into the page (inside a `<body>`) and
//! checks, first, that it is well-formed: html5ever reports no parse error and the tree it
//! builds writes back to the very input (see [`well_formed`]). html5ever, like a browser,
//! repairs what it is given (it closes an open `<p>` before a `<div>`, drops a stray `</li>`),
//! so a tree alone would not show a fault; the round trip does, and it also shows any text or
//! attribute value that was not escaped as the builder (`crates/triage/src/render/html.rs`)
//! escapes.
//!
//! The unit tests in `crates/triage/src/render/` read this same file (`crates/triage/src/render/mod.rs`
//! includes it for the native tests), as do the integration tests through `tests/common/mod.rs`.
#![allow(dead_code)]

use scraper::{ElementRef, Html, Node, Selector};

/// Parsed markup: a fragment (or a whole document, from [`document`]).
pub struct Markup {
    html: Html,
}

/// `html` parsed as a fragment of a page's body, after checking that it is well-formed.
pub fn fragment(html: &str) -> Markup {
    let parsed = Html::parse_fragment(html);
    if let Err(fault) = check(&parsed, html, false) {
        panic!("not well-formed markup: {fault}\nin: {html}");
    }
    Markup { html: parsed }
}

/// `html` parsed as a whole page (`<!doctype html>` first), after checking that it is
/// well-formed as [`fragment`] does. Whitespace between the doctype and `<html>` and after
/// `</html>` is not part of the tree (the parser drops the one and moves the other into the
/// body), so the check reads the page without it.
pub fn document(html: &str) -> Markup {
    let page = without_outer_whitespace(html);
    let parsed = Html::parse_document(&page);
    if let Err(fault) = check(&parsed, &page, true) {
        panic!("not a well-formed page: {fault}");
    }
    Markup { html: parsed }
}

/// `html` without whitespace after its doctype and at its end.
fn without_outer_whitespace(html: &str) -> String {
    let doctype = "<!doctype html>";
    let html = html.trim_end();
    match html.get(..doctype.len()) {
        Some(start) if start.eq_ignore_ascii_case(doctype) => {
            format!("{start}{}", html[doctype.len()..].trim_start())
        }
        _ => html.to_owned(),
    }
}

/// Whether `html` is well-formed as a fragment: it parses with no error, and the tree writes
/// back to `html` exactly (every element closed where it was opened, nothing moved, every text
/// and attribute value escaped as the builder escapes them). `Err` says where it differs.
pub fn well_formed(html: &str) -> Result<(), String> {
    check(&Html::parse_fragment(html), html, false)
}

/// Elements with no end tag.
const VOID: [&str; 13] =
    ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"];
/// Elements whose text is written as it is (no escaping).
const RAW_TEXT: [&str; 2] = ["style", "script"];

fn check(parsed: &Html, input: &str, whole_page: bool) -> Result<(), String> {
    if let Some(error) = parsed.errors.first() {
        return Err(format!("{} parse error(s), the first: {error}", parsed.errors.len()));
    }
    let mut rest = input;
    let root = parsed.root_element();
    if whole_page {
        // The document node holds the doctype and then <html>.
        let doctype = "<!doctype html>";
        if rest.len() < doctype.len() || !rest[..doctype.len()].eq_ignore_ascii_case(doctype) {
            return Err("no <!doctype html> at the start".to_owned());
        }
        rest = &rest[doctype.len()..];
        match_element(root, &mut rest)?;
    } else {
        // A fragment's elements are the children of an <html> the parser adds.
        match_children(root, &mut rest)?;
    }
    if rest.is_empty() { Ok(()) } else { Err(format!("left over after the tree: {}", excerpt(rest))) }
}

/// Consumes the markup of `element` (start tag, children, end tag) from the front of `rest`.
fn match_element(element: ElementRef, rest: &mut &str) -> Result<(), String> {
    let name = element.value().name();
    expect(rest, &format!("<{name}"))?;
    for (attr, value) in element.value().attrs() {
        // A boolean attribute (`<details open>`) has the empty value, written without `=""`.
        if value.is_empty() && !rest.starts_with(&format!(" {attr}=")) {
            expect(rest, &format!(" {attr}"))?;
        } else {
            expect(rest, &format!(" {attr}=\"{}\"", escaped(value)))?;
        }
    }
    expect(rest, ">")?;
    if VOID.contains(&name) {
        return Ok(());
    }
    match_children(element, rest)?;
    expect(rest, &format!("</{name}>"))
}

fn match_children(element: ElementRef, rest: &mut &str) -> Result<(), String> {
    let raw = RAW_TEXT.contains(&element.value().name());
    for child in element.children() {
        match child.value() {
            Node::Text(text) if raw => expect(rest, text)?,
            Node::Text(text) => expect(rest, &escaped(text))?,
            Node::Comment(comment) => expect(rest, &format!("<!--{}-->", &**comment))?,
            Node::Element(_) => match_element(ElementRef::wrap(child).expect("an element"), rest)?,
            other => return Err(format!("unexpected {other:?} at {}", excerpt(rest))),
        }
    }
    Ok(())
}

fn expect(rest: &mut &str, written: &str) -> Result<(), String> {
    match rest.strip_prefix(written) {
        Some(after) => {
            *rest = after;
            Ok(())
        }
        None => Err(format!("the parsed tree has {} where the markup has {}", excerpt(written), excerpt(rest))),
    }
}

fn excerpt(text: &str) -> String {
    let end = text.char_indices().nth(120).map_or(text.len(), |(i, _)| i);
    format!("{:?}", &text[..end])
}

/// `text` escaped as the builder escapes it (`Html::text`).
fn escaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

fn selector(css: &str) -> Selector {
    Selector::parse(css).unwrap_or_else(|e| panic!("a CSS selector: {css}: {e}"))
}

/// Selecting elements by CSS, in document order, from parsed markup or from inside an element.
pub trait Find<'a> {
    /// Every element matching `css`.
    fn all(self, css: &str) -> Vec<ElementRef<'a>>;

    /// The one element matching `css`; panics if there are none or several.
    fn one(self, css: &str) -> ElementRef<'a>
    where
        Self: Sized,
    {
        match self.all(css)[..] {
            [one] => one,
            ref found => panic!("{} elements match {css}, not one", found.len()),
        }
    }

    /// The first element matching `css`, if any.
    fn first(self, css: &str) -> Option<ElementRef<'a>>
    where
        Self: Sized,
    {
        self.all(css).into_iter().next()
    }

    /// How many elements match `css`.
    fn count(self, css: &str) -> usize
    where
        Self: Sized,
    {
        self.all(css).len()
    }
}

impl<'a> Find<'a> for &'a Markup {
    fn all(self, css: &str) -> Vec<ElementRef<'a>> {
        self.html.select(&selector(css)).collect()
    }
}

impl<'a> Find<'a> for ElementRef<'a> {
    fn all(self, css: &str) -> Vec<ElementRef<'a>> {
        self.select(&selector(css)).collect()
    }
}

/// The text of `element` and everything inside it, unescaped, as a reader sees it (without
/// the layout's spaces).
pub fn text(element: ElementRef) -> String {
    element.text().collect()
}

/// The text directly inside `element`, not inside its child elements.
pub fn own_text(element: ElementRef) -> String {
    element.children().filter_map(|child| child.value().as_text().map(|t| t.to_string())).collect()
}

/// The value of `element`'s attribute `name`, unescaped.
pub fn attr<'a>(element: ElementRef<'a>, name: &str) -> Option<&'a str> {
    element.value().attr(name)
}

/// The markup inside `element`, as the parser writes it (for messages and for texts that are
/// themselves markup, such as a list of links).
pub fn inner(element: ElementRef) -> String {
    element.inner_html()
}

/// The whole of `markup`'s text, unescaped.
pub fn all_text(markup: &Markup) -> String {
    text(markup.html.root_element())
}

/// What each `tel:` link of `markup` dials, in document order.
pub fn dialled(markup: &Markup) -> Vec<String> {
    markup
        .all("a[href^=\"tel:\"]")
        .into_iter()
        .map(|a| attr(a, "href").unwrap_or_default().trim_start_matches("tel:").to_owned())
        .collect()
}
