//! The clinical content against the issue it answers: the emergency questions ask what is new
//! since the back pain began, in every language.

#![cfg(not(target_arch = "wasm32"))]

use back_pain_triage::decision::Sign;
use back_pain_triage::i18n::Lang;

/// How each language says "new" (any of these words) and "since the back pain began".
/// Exhaustive on purpose: a new language does not compile until it says what it uses.
fn new_and_since(lang: Lang) -> (&'static [&'static str], &'static str) {
    match lang {
        Lang::En => (&["new"], "since the back pain began"),
        Lang::Nb => (&["ny", "nye"], "etter at ryggsmertene begynte"),
        Lang::Nn => (&["ny", "nye"], "etter at ryggsmertene byrja"),
        Lang::Sv => (&["ny", "nya"], "sedan du fick ont i ryggen"),
        Lang::Da => (&["ny", "nye", "nyopstået"], "efter at rygsmerterne begyndte"),
    }
}

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

#[test]
fn the_three_emergency_questions_ask_what_is_new_since_the_back_pain_began() {
    for lang in Lang::ALL {
        let (new, since) = new_and_since(lang);
        for sign in [Sign::BladderOrBowelProblems, Sign::SaddleNumbness, Sign::BothLegs] {
            let question = lang.texts().signs.get(sign).question;
            assert!(question.to_lowercase().contains(since), "{lang:?} {sign:?} lacks {since:?}: {question}");
            assert!(
                words(question).iter().any(|w| new.contains(&w.as_str())),
                "{lang:?} {sign:?} lacks any of {new:?}: {question}"
            );
        }
    }
}
