//! Plain language, measured: every text a reader can see, per language, by the project's own
//! counts (`tests/common/readability.rs`, whose notes say how sentences, words and syllables
//! are counted).
//!
//! - LIX at most 35 for nb, nn, sv and da; Flesch reading ease at least 60 for en.
//! - No single sentence above LIX 55, in any language and for any country's filled texts.
//!
//! The texts are every field of `Texts` and of the country's `ServiceNames`, filled in for the
//! country (`common::visible_texts`), so a new text is measured without being listed here.
//! Each language's figure is given twice: over its *running text* (the texts written as
//! sentences, ending in `.`, `!` or `?`) and over *all* its texts (headings, buttons and labels
//! each count as one sentence). Both must meet the limit. The one-sentence limit applies to
//! sentences (ending in `.`, `!`, `?` or a colon) and to lines written as list items (`-`, `•`):
//! LIX means nothing for a one-word heading, where a single long word gives 101. So headings,
//! buttons, answer labels, source descriptions and the safety net's list items (fragments that
//! finish their lead, "… if you get:") count in the language's figure but are not held to it one
//! by one.
//!
//! `cargo test -p triage --test integration readability -- --nocapture` prints the figures (README, "Plain language").

use crate::common;

use common::readability::{Tally, sentences};
use triage::country::Country;
use triage::i18n::Lang;

const LIX_LIMIT: f64 = 35.0;
const FLESCH_LIMIT: f64 = 60.0;
const SENTENCE_LIX_LIMIT: f64 = 55.0;

/// A text written as sentences rather than a heading, button or label.
fn is_running_text(text: &str) -> bool {
    sentences(text).iter().any(|s| s.ends_with(['.', '!', '?']))
}

/// A sentence, or an item of a list; not a heading or label.
fn is_sentence(s: &str) -> bool {
    s.ends_with(['.', '!', '?', ':']) || s.starts_with(['-', '•'])
}

fn tally(texts: &[String]) -> Tally {
    texts.iter().map(|t| Tally::of(t)).fold(Tally::default(), Tally::plus)
}

/// The language's figure and whether it meets its limit.
fn figure(lang: Lang, t: &Tally) -> (String, bool) {
    match lang {
        Lang::En => {
            let f = t.flesch_reading_ease();
            (format!("Flesch reading ease {f:.1}"), f >= FLESCH_LIMIT)
        }
        _ => {
            let lix = t.lix();
            (format!("LIX {lix:.1}"), lix <= LIX_LIMIT)
        }
    }
}

#[test]
fn every_language_reads_plainly() {
    let mut failures = vec![];
    for lang in Lang::ALL {
        let country = lang.default_country();
        let texts = common::visible_texts(lang, country);
        let running: Vec<String> = texts.iter().filter(|t| is_running_text(t)).cloned().collect();
        assert!(running.len() > 40, "{lang:?}: the walk found the texts");
        let (all, prose) = (tally(&texts), tally(&running));
        let (all_figure, all_ok) = figure(lang, &all);
        let (prose_figure, prose_ok) = figure(lang, &prose);
        println!(
            "{} ({}): running text {prose_figure} ({} sentences, {:.1} words each, {:.0}% long words); all {} texts {all_figure}",
            lang.code(),
            country.code(),
            prose.sentences,
            prose.words as f64 / prose.sentences as f64,
            100.0 * prose.long_words as f64 / prose.words as f64,
            texts.len(),
        );
        if !(all_ok && prose_ok) {
            failures.push(format!("{}: running text {prose_figure}, all texts {all_figure}", lang.code()));
        }
    }
    assert!(failures.is_empty(), "over the limit:\n{}", failures.join("\n"));
}

#[test]
fn no_sentence_is_hard_to_read() {
    let mut failures = vec![];
    for lang in Lang::ALL {
        for country in Country::ALL {
            for text in common::visible_texts(lang, country) {
                for sentence in sentences(&text).into_iter().filter(|s| is_sentence(s)) {
                    let lix = Tally::of(sentence).lix();
                    let line = format!("{}: LIX {lix:.0}: {sentence}", lang.code());
                    // Reported once, though most sentences read the same for every country.
                    if lix > SENTENCE_LIX_LIMIT && !failures.contains(&line) {
                        failures.push(line);
                    }
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} sentences above LIX {SENTENCE_LIX_LIMIT}:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn the_walk_sees_every_kind_of_text() {
    // A text from deep inside the struct, one from the services, and a filled placeholder.
    let texts = common::visible_texts(Lang::Nn, Country::No);
    let t = Lang::Nn.texts();
    assert!(texts.iter().any(|s| s == t.advice.safety_net.title));
    assert!(texts.iter().any(|s| s == t.signs.worried.short));
    assert!(texts.iter().any(|s| s == "legevakta"));
    assert!(texts.iter().any(|s| s.contains("Ring 113")));
    assert!(texts.iter().all(|s| !s.contains('{')), "all placeholders filled");
    // A function field prints as an address in the Debug walk, so its texts would be missed:
    // each must be called in `common::visible_texts`. A new one fails here until it is.
    for lang in Lang::ALL {
        let functions = format!("{:?}", lang.texts()).matches("0x").count();
        assert_eq!(functions, common::COUNTRY_TEXT_FUNCTIONS, "{lang:?}: a function field of Texts is not walked");
    }
}
