//! A snapshot of every reader-visible text, as JSON keyed by where each text is
//! (`signs.trauma.question`), so that a later version can show a reviewer exactly what changed
//! (`triage safety-case --since V`). The snapshots are committed as
//! `docs/safety/content/<version>.json` (`triage content-snapshot`).
//!
//! The paths come from walking the `Debug` form of [`Lang::texts`] and of each country's
//! `ServiceNames`, tracking field names: a text added to `Texts` is in the snapshot without
//! being listed here, as `tests/common::debug_strings` does for the other content tests. This
//! file depends only on `Lang`, `Country` and `CONTENT_VERSION`, so that it also builds in an
//! older checkout to make that version's snapshot.

use serde_json::{Map, Value};

use crate::country::Country;
use crate::decision::sources::CONTENT_VERSION;
use crate::i18n::Lang;

/// Every string in the `Debug` form of `value`, with its path of field names (array elements
/// by index), in field order. Empty strings are kept: a text that becomes empty is a change.
pub fn debug_paths(value: &impl std::fmt::Debug) -> Vec<(String, String)> {
    let debug = format!("{value:?}");
    let mut out = vec![];
    // Each open `{` or `[`: its path, and for an array the index of the element being read.
    let mut stack: Vec<(String, Option<usize>)> = vec![(String::new(), None)];
    // The last field name read (`name:`), which the next value belongs to.
    let mut key: Option<String> = None;
    let mut chars = debug.chars().peekable();
    let child = |stack: &[(String, Option<usize>)], key: &Option<String>| -> String {
        let (parent, index) = stack.last().cloned().unwrap_or_default();
        let name = match index {
            Some(i) => i.to_string(),
            None => key.clone().unwrap_or_default(),
        };
        if parent.is_empty() { name } else { format!("{parent}.{name}") }
    };
    while let Some(c) = chars.next() {
        match c {
            '"' => {
                let text = read_debug_string(&mut chars);
                out.push((child(&stack, &key), text));
            }
            '{' | '[' => {
                let path = child(&stack, &key);
                stack.push((path, (c == '[').then_some(0)));
                key = None;
            }
            '}' | ']' => {
                stack.pop();
            }
            ',' => {
                if let Some((_, Some(i))) = stack.last_mut() {
                    *i += 1;
                }
            }
            c if c.is_alphanumeric() || c == '_' => {
                let mut word = c.to_string();
                while let Some(&next) = chars.peek().filter(|n| n.is_alphanumeric() || **n == '_') {
                    word.push(next);
                    chars.next();
                }
                // A field name is followed by `: `; a type name (`Prompt {`) or a function's
                // address (`0x55…`) is not.
                if chars.peek() == Some(&':') {
                    key = Some(word);
                }
            }
            _ => {}
        }
    }
    out
}

/// The rest of a string literal of a `Debug` form, after its opening quote, unescaped.
fn read_debug_string(chars: &mut std::iter::Peekable<std::str::Chars>) -> String {
    let mut s = String::new();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some('n') => s.push('\n'),
                Some('t') => s.push('\t'),
                Some('r') => s.push('\r'),
                Some('0') => s.push('\0'),
                Some('u') => {
                    let hex: String = chars.by_ref().skip(1).take_while(|&h| h != '}').collect();
                    s.extend(u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32));
                }
                Some(other) => s.push(other),
                None => {}
            },
            '"' => break,
            c => s.push(c),
        }
    }
    s
}

/// Every text of `lang`, keyed by its path in `Texts` (placeholders unfilled).
pub fn texts(lang: Lang) -> Map<String, Value> {
    debug_paths(lang.texts()).into_iter().map(|(path, text)| (path, Value::String(text))).collect()
}

/// Every service text of `lang` for `country`, keyed by its field in `ServiceNames`.
pub fn services(lang: Lang, country: Country) -> Map<String, Value> {
    debug_paths(&(lang.texts().services)(country)).into_iter().map(|(path, text)| (path, Value::String(text))).collect()
}

/// The snapshot of the content as this build has it: `{ version, texts: { lang: { path: text } },
/// services: { lang: { country: { field: text } } } }`.
pub fn snapshot() -> Value {
    let mut all_texts = Map::new();
    let mut all_services = Map::new();
    for lang in Lang::ALL {
        all_texts.insert(lang.code().to_owned(), Value::Object(texts(lang)));
        let by_country: Map<String, Value> =
            Country::ALL.into_iter().map(|c| (c.code().to_owned(), Value::Object(services(lang, c)))).collect();
        all_services.insert(lang.code().to_owned(), Value::Object(by_country));
    }
    let mut root = Map::new();
    root.insert("version".to_owned(), Value::String(CONTENT_VERSION.to_owned()));
    root.insert("texts".to_owned(), Value::Object(all_texts));
    root.insert("services".to_owned(), Value::Object(all_services));
    Value::Object(root)
}

/// The snapshot as `triage content-snapshot` prints it (and as it is committed).
pub fn snapshot_json() -> String {
    serde_json::to_string_pretty(&snapshot()).unwrap_or_default()
}
