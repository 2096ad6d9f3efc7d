//! Markup is written in one place and escapes by construction: outside `crates/triage/src/render/`
//! no Rust source (tests apart) writes an HTML tag in a string, and nothing but the builder
//! (`crates/triage/src/render/html.rs`) escapes text or makes fixed markup by hand.

use crate::common;

use std::path::Path;

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
/// The crates' own sources: tests may hold markup to compare with.
const SOURCE_DIRS: [&str; 2] = ["src", "crates"];
const RENDER: &str = "crates/triage/src/render/";
const BUILDER: &str = "crates/triage/src/render/html.rs";

/// Every Rust source file outside the tests, as (path from the root, code before any
/// `#[cfg(test)]` module).
fn sources() -> Vec<(String, String)> {
    let mut paths = vec![];
    for dir in SOURCE_DIRS {
        let rust = |p: &Path| p.extension().is_some_and(|e| e == "rs");
        common::files_under(&Path::new(ROOT).join(dir), &["target", "tests", "node_modules"], &rust, &mut paths);
    }
    let root = Path::new(ROOT).canonicalize().expect("the project's root");
    let mut out: Vec<_> = paths
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).expect("a source file");
            let code = text.split("#[cfg(test)]").next().unwrap_or_default().to_owned();
            let relative = path.canonicalize().expect("a path").strip_prefix(&root).expect("under the root").to_owned();
            (relative.to_string_lossy().replace('\\', "/"), code)
        })
        .collect();
    out.sort();
    assert!(out.len() > 40, "found only {} source files under {ROOT}", out.len());
    out
}

/// Whether `code` has a string holding the start or end of an HTML element (`"<p`, `</p>`, …):
/// `<` then an optional `/`, a lower-case letter, letters or digits, then a space, `>` or `/`.
fn writes_markup(code: &str) -> bool {
    strings(code).iter().any(|s| holds_a_tag(s))
}

/// The string literals in `code`, outside comments and char literals (`'"'`); a raw string
/// (`r#"…"#`) is read to its own end.
fn strings(code: &str) -> Vec<&str> {
    let bytes = code.as_bytes();
    let mut out = vec![];
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
            }
            b'\'' if bytes.get(i + 1) == Some(&b'\\') => {
                i += 2;
                while i < bytes.len() && bytes[i] != b'\'' {
                    i += 1;
                }
            }
            b'\'' if bytes.get(i + 2) == Some(&b'\'') => i += 2,
            b'r' if bytes.get(i + 1) == Some(&b'#') && bytes.get(i + 2) == Some(&b'"') => {
                let start = i + 3;
                let end = code[start..].find("\"#").map_or(bytes.len(), |e| start + e);
                out.push(&code[start..end]);
                i = end + 1;
            }
            b'"' => {
                let start = i + 1;
                i = start;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                out.push(&code[start..i.min(bytes.len())]);
            }
            _ => {}
        }
        i += 1;
    }
    out
}

/// The elements the screens and the pack are made of (a usage line's `<lang>` is not one).
const ELEMENTS: [&str; 44] = [
    "a", "article", "b", "body", "br", "button", "caption", "code", "dd", "details", "div", "dl", "dt", "em",
    "fieldset", "footer", "form", "h1", "h2", "h3", "h4", "head", "header", "html", "input", "label", "legend", "li",
    "main", "meta", "nav", "ol", "p", "section", "small", "span", "strong", "style", "summary", "table", "td", "th",
    "tr", "ul",
];

/// Whether `text` holds `<` then an optional `/` and an element's name, then a space, `>` or `/`.
fn holds_a_tag(text: &str) -> bool {
    let bytes = text.as_bytes();
    (0..bytes.len()).filter(|&i| bytes[i] == b'<').any(|i| {
        let mut j = i + 1;
        if bytes.get(j) == Some(&b'/') {
            j += 1;
        }
        if !bytes.get(j).is_some_and(u8::is_ascii_lowercase) {
            return false;
        }
        let name = j;
        while bytes.get(j).is_some_and(u8::is_ascii_alphanumeric) {
            j += 1;
        }
        ELEMENTS.contains(&&text[name..j]) && matches!(bytes.get(j), Some(b' ' | b'>' | b'/'))
    })
}

#[test]
fn the_markup_finder_sees_tags_in_strings_and_not_comparisons_or_generics() {
    assert!(writes_markup(r#"let a = "<p class=\"x\">";"#));
    assert!(writes_markup(r#"out.push_str("</ul></div>");"#));
    assert!(writes_markup(r#"format!("<br>")"#));
    assert!(!writes_markup(r#"println!("triage widget-texts > texts/<lang>.js")"#));
    assert!(!writes_markup("if a < b && c > d {}"));
    assert!(!writes_markup("let v: Vec<String> = vec![];"));
    assert!(!writes_markup(r#"let s = "a < b, c <= d";"#));
    assert!(!writes_markup(r#"let s = "\"<"; let v: Vec<p> = x;"#));
    assert!(!writes_markup("let q = '\"'; // the reader's \"<p>\"\nlet v: Vec<p> = x;"));
    assert!(writes_markup("let q = '\"'; let s = \"<li>\";"));
}

#[test]
fn only_the_render_module_writes_markup() {
    let writers: Vec<String> = sources()
        .into_iter()
        .filter(|(path, code)| !path.starts_with(RENDER) && writes_markup(code))
        .map(|(path, _)| path)
        .collect();
    assert!(writers.is_empty(), "markup outside {RENDER}: {writers:?}");
}

#[test]
fn only_the_builder_escapes_and_makes_fixed_markup() {
    let sources = sources();
    let escaping: Vec<&str> = sources
        .iter()
        .filter(|(path, code)| path != BUILDER && code.contains("escape("))
        .map(|(path, _)| path.as_str())
        .collect();
    assert!(escaping.is_empty(), "text escaped outside {BUILDER}: {escaping:?}");
    let fixed: Vec<&str> = sources
        .iter()
        .filter(|(path, code)| path != BUILDER && code.contains("from_literal("))
        .map(|(path, _)| path.as_str())
        .collect();
    assert!(fixed.is_empty(), "fixed markup made without markup!: {fixed:?}");
}
