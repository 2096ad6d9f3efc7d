//! Helpers shared by the native test files.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use triage::country::Country;
pub mod markup;
pub mod readability;
pub mod rejection;

use triage::decision::{Answers, Sign, Signs, Trend};
use triage::i18n::{Lang, fill, fill_country};

/// Answers with the given signs "yes" and every other sign "no".
pub fn answers(age: u8, duration_weeks: f64, trend: Trend, yes: &[Sign]) -> Answers {
    Answers { age, duration_weeks, trend, yes: yes.iter().copied().collect() }
}

/// A 40-year-old, one week in, getting better, nothing else: the plain lumbago case.
pub fn plain() -> Answers {
    answers(40, 1.0, Trend::Better, &[])
}

/// The answers as the JSON contract's object.
pub fn to_json(a: &Answers) -> serde_json::Value {
    serde_json::to_value(a).expect("answers serialise")
}

/// A valid Answers JSON object with every sign "no", for tests that then change one field.
pub fn valid_json() -> serde_json::Map<String, serde_json::Value> {
    match to_json(&plain()) {
        serde_json::Value::Object(m) => m,
        _ => unreachable!("Answers serialise as an object"),
    }
}

/// Every set of signs.
pub fn all_sign_sets() -> impl Iterator<Item = Signs> {
    (0..Signs::COUNT).map(Signs::from_index)
}

/// Every string literal in the Debug form of `value`, in field order, unescaped. Walking the
/// Debug form means a text added to `Texts` (or to `ServiceNames`) is covered without listing it;
/// the walk is the content snapshot's (`content_snapshot::debug_paths`), without the paths.
pub fn debug_strings(value: &impl std::fmt::Debug) -> Vec<String> {
    triage::content_snapshot::debug_paths(value).into_iter().map(|(_, text)| text).collect()
}

/// Every text of `lang` as written, placeholders and all, in field order (empty hints included).
pub fn texts_of(lang: Lang) -> Vec<String> {
    debug_strings(lang.texts())
}

/// How many fields of `Texts` are functions of the country, which the Debug walk cannot see
/// into and `visible_texts` calls by name: `services`.
pub const COUNTRY_TEXT_FUNCTIONS: usize = 1;

/// Every text a reader of `lang` in `country` can see, filled in for that country: each field of
/// `Texts` and of the country's `ServiceNames` (its emergency department among them), without
/// empty ones or repeats. A `{date}` is filled with a date as long as the browser writes them.
pub fn visible_texts(lang: Lang, country: Country) -> Vec<String> {
    // Calls each of `Texts`' function fields (counted in `COUNTRY_TEXT_FUNCTIONS`).
    let services = (lang.texts().services)(country);
    let mut out: Vec<String> = vec![];
    for template in texts_of(lang).into_iter().chain(debug_strings(&services)) {
        let text = fill(
            &fill_country(&template, lang, country),
            &[
                ("number", country.emergency_number()),
                // The country the numbers are for, by its name in the reader's language.
                (
                    "country",
                    lang.texts().numbers.country_names[Country::ALL.iter().position(|&c| c == country).unwrap_or(0)],
                ),
                ("x", "3"),
                ("n", "10"),
                ("date", "onsdag 21. desember"),
                // A host's clinic name (clinic-name), as a reader would see it.
                ("clinic", "Ryggklinikken"),
                // The host's operator and where to report errors (operator-name, operator-contact).
                ("operator", "Helse Bergen"),
                ("contact", "feil@helse-bergen.no"),
                // A former Danish region as part of Region Østdanmark (the `dk_region_part` text of `CareTexts`).
                ("region", "Region Østdanmark"),
                ("former", "Region Hovedstaden"),
            ],
        );
        if !text.trim().is_empty() && !out.contains(&text) {
            out.push(text);
        }
    }
    out
}

/// Every file under `dir` that `keep` takes, into `out`, looking into every folder but those
/// named in `skip`: the walk of the tests that read the project's own sources
/// (`tests/comments.rs`, `tests/markup.rs`).
pub fn files_under(dir: &Path, skip: &[&str], keep: &dyn Fn(&Path) -> bool, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            if !skip.contains(&entry.file_name().to_string_lossy().as_ref()) {
                files_under(&path, skip, keep, out);
            }
        } else if keep(&path) {
            out.push(path);
        }
    }
}
