//! Without a country from the host, the reader is shown 112 alone and no out-of-hours number,
//! and every screen says which country its numbers are for (clinical review 2026-12-07 §3.3,
//! hazard H02); the UK's numbers come with Northern Ireland's exception (review point 47).

use crate::common;

use common::markup::{Find, dialled, fragment, text};
use common::{answers, plain};
use triage::clinic::Clinic;
use triage::country::{Country, DkRegion, Numbers, Place, UNCONFIRMED_EMERGENCY};
use triage::date::CalendarDate;
use triage::decision::{Sign, Trend, Urgency, evaluate, verdict_in};
use triage::i18n::{Lang, fill, fill_place};
use triage::questionnaire::Draft;
use triage::render::html::Html;
use triage::render::result_screen::{Clock, ResultPage, result_page, waiting_html};
use triage::render::start_screen::first_screen;

/// `text` as the screens write it: escaped by the same builder.
fn as_markup(text: &str) -> String {
    Html::new().text(text).as_str().to_owned()
}

/// One draft for each urgency, with the urgency it gets.
fn one_draft_per_urgency() -> Vec<(Draft, Urgency)> {
    let mut emergency = Draft::default();
    emergency.set_sign(Sign::SaddleNumbness, true);
    // A serious accident: the injury route, which without a country is 112 alone too.
    let mut accident = Draft::default();
    for sign in [Sign::BladderOrBowelProblems, Sign::SaddleNumbness, Sign::BothLegs] {
        accident.set_sign(sign, false);
    }
    accident.set_sign(Sign::Trauma, true);
    let drafts = [
        emergency,
        accident,
        Draft::from_answers(&answers(40, 1.0, Trend::Unchanged, &[Sign::FeverOrUnwell])),
        Draft::from_answers(&answers(52, 6.0, Trend::Unchanged, &[Sign::MajorImpact])),
        Draft::from_answers(&plain()),
    ];
    let out: Vec<(Draft, Urgency)> =
        drafts.into_iter().map(|d| (d, evaluate(&d.answers_to_decide().expect("decided")).urgency)).collect();
    let urgencies: Vec<Urgency> = out.iter().map(|(_, u)| *u).collect();
    assert_eq!(urgencies, [Urgency::Emergency, Urgency::Emergency, Urgency::Urgent, Urgency::Soon, Urgency::SelfCare]);
    out
}

fn page(draft: &Draft, lang: Lang, place: Place) -> ResultPage {
    let clock = Clock::fixed(CalendarDate::constant(2026, 11, 30));
    result_page(draft, lang, place, &Clinic::default(), None, &clock).expect("a result")
}

/// `text` without its source citations (whose titles may name a service, e.g. "1177").
fn without_sources(text: &str, lang: Lang) -> String {
    let label = format!("{}: ", lang.texts().source_label);
    let html = text.split("<p class=\"source\">").map(|part| part.split_once("</p>").map_or(part, |(_, rest)| rest));
    html.collect::<Vec<_>>().join("").lines().filter(|line| !line.trim_start().starts_with(&label)).collect()
}

/// Every out-of-hours and national emergency number but 112, as written and as dialled.
fn other_numbers() -> Vec<String> {
    let mut numbers: Vec<&str> = Country::ALL.iter().filter_map(|c| c.out_of_hours_number()).collect();
    numbers.extend(DkRegion::ALL.map(DkRegion::out_of_hours_number));
    numbers.extend(["113", "999"]);
    numbers.iter().flat_map(|n| [n.to_string(), Country::dial(n)]).collect()
}

#[test]
fn without_a_country_every_result_in_every_language_shows_112_alone_and_no_out_of_hours_number() {
    for lang in Lang::ALL {
        let place = Place::unconfirmed(lang.default_country());
        let t = lang.texts();
        let line = fill(t.numbers.unconfirmed, &[("emergency", "112")]);
        for (draft, urgency) in one_draft_per_urgency() {
            let at = format!("{lang:?} {urgency:?}");
            let page = page(&draft, lang, place);
            let doc = fragment(&page.html);
            assert_eq!(dialled(&doc), ["112"], "{at}: {}", page.html);
            assert_eq!(doc.count("[data-contact=\"out_of_hours\"]"), 0, "{at}");
            assert_eq!(text(doc.one("p[data-numbers=\"unconfirmed\"]")), line, "{at}: {}", page.html);
            assert!(page.summary.contains(&fill(t.numbers.unconfirmed, &[("emergency", "112")])), "{at}");
            assert!(page.summary.contains(&format!("- {}: 112\n", t.emergency_label)), "{at}: {}", page.summary);
            for text in [&page.html, &page.summary] {
                assert!(!text.contains('{'), "{at}: a placeholder left unfilled: {text}");
                for gap in [" .", " ,", " )", "()"] {
                    assert!(!text.contains(gap), "{at}: a gap where a number was ({gap:?}): {text}");
                }
                let shown = without_sources(text, lang);
                for number in other_numbers() {
                    assert!(!shown.contains(&number), "{at}: {number} shown without a country: {shown}");
                }
            }
            if urgency == Urgency::Emergency {
                // "Call 112 now", no other button: the unconfirmed place's route.
                let headline = fill(t.numbers.emergency_headline, &[("emergency", "112")]);
                assert_eq!(text(doc.one("h2[tabindex=\"-1\"]")), headline, "{at}");
                assert_eq!(doc.count("[data-emergency-route=\"emergency_number\"]"), 1, "{at}");
                assert!(page.html.contains(&as_markup(t.numbers.emergency_steps)), "{at}");
            }
            // The screen shown while the result's WASM loads agrees.
            let verdict = verdict_in(&draft.answers_to_decide().expect("decided"), place.rules_country());
            let waiting = fragment(&waiting_html(lang.widget_texts(), place, &verdict));
            assert_eq!(dialled(&waiting), ["112"], "{at}");
            assert_eq!(waiting.count("[data-numbers=\"unconfirmed\"]"), 1, "{at}");
        }
    }
}

#[test]
fn with_a_country_the_start_screen_and_every_result_name_the_country_of_the_numbers() {
    for lang in Lang::ALL {
        let t = &lang.texts().numbers;
        for (i, country) in Country::ALL.into_iter().enumerate() {
            let place = Place::from(country);
            let line = fill(t.numbers_for, &[("country", t.country_names[i])]);
            assert!(!line.contains('{'), "{lang:?}: {line}");
            let start = first_screen(lang, Some(country));
            // The line first in the element that says whose numbers they are.
            let numbers_for = |doc: &common::markup::Markup| text(doc.one("[data-numbers=\"national\"]"));
            let start_doc = fragment(&start);
            assert!(numbers_for(&start_doc).starts_with(&line), "{lang:?} {country:?}");
            for (draft, urgency) in one_draft_per_urgency() {
                let at = format!("{lang:?} {country:?} {urgency:?}");
                let page = page(&draft, lang, place);
                let doc = fragment(&page.html);
                assert!(numbers_for(&doc).starts_with(&line), "{at}");
                assert!(page.summary.contains(&line), "{at}");
                assert!(dialled(&doc).contains(&Country::dial(country.emergency_number())), "{at}");
                // Northern Ireland has no 111: said wherever the UK's numbers are.
                let ni = as_markup(t.northern_ireland);
                assert_eq!(page.html.contains(&ni), country == Country::Gb, "{at}");
                assert_eq!(start.contains(&ni), country == Country::Gb, "{at}");
                assert_eq!(page.summary.contains(t.northern_ireland), country == Country::Gb, "{at}");
            }
        }
    }
}

#[test]
fn the_northern_ireland_line_names_the_three_nations_of_111_and_northern_irelands_gp_out_of_hours() {
    for lang in Lang::ALL {
        let line = lang.texts().numbers.northern_ireland;
        assert!(line.starts_with("111 "), "{lang:?}: {line}");
        assert!(line.contains("Wales") && line.contains("GP Out of Hours"), "{lang:?}: {line}");
        let ireland = if lang == Lang::En { "northern ireland" } else { "irland" };
        assert!(line.to_lowercase().contains(ireland), "{lang:?}: {line}");
    }
}

#[test]
fn the_host_attributes_decide_the_place_and_any_doubt_gives_112_with_a_warning() {
    let unconfirmed = |lang: Lang| Place::unconfirmed(lang.default_country());
    for lang in Lang::ALL {
        let own = lang.default_country();
        // No country attribute, and a lang tag without a region: 112 alone, a warning naming it.
        for tag in [None, Some(lang.code()), Some("")] {
            let (place, warning) = Place::from_host(None, tag, own, None);
            assert_eq!(place, unconfirmed(lang), "{lang:?} {tag:?}");
            assert_eq!(place.numbers, Numbers::Unconfirmed);
            assert_eq!(place.emergency_number(), UNCONFIRMED_EMERGENCY);
            assert_eq!(place.out_of_hours_number(), None);
            assert!(warning.expect("a warning").contains("country attribute"), "{lang:?}");
            let (blank, _) = Place::from_host(Some("  "), tag, own, None);
            assert_eq!(blank, unconfirmed(lang), "an empty attribute is none");
        }
        // The attribute given: that country, its numbers, whatever the language.
        for (code, country) in [("NO", Country::No), ("se", Country::Se), (" DK ", Country::Dk), ("GB", Country::Gb)] {
            let (place, warning) = Place::from_host(Some(code), Some(lang.code()), own, None);
            assert_eq!((place, warning), (Place::from(country), None), "{lang:?} {code}");
            assert_eq!(place.emergency_number(), country.emergency_number());
        }
        let (uk, _) = Place::from_host(Some("uk"), Some("en-US"), own, None);
        assert_eq!(uk, Place::from(Country::Gb), "UK is GB, and the attribute wins over the tag");
        // The region of the lang tag, without the attribute.
        let tag = format!("{}-GB", lang.code());
        assert_eq!(Place::from_host(None, Some(&tag), own, None), (Place::from(Country::Gb), None), "{tag}");
        let (danish, _) = Place::from_host(None, Some("da_DK"), own, DkRegion::parse("DK-84"));
        assert_eq!(danish, Place::new(Country::Dk, DkRegion::parse("DK-84")));
        // An unknown country, or a region of the tag the widget does not know: 112 and a warning.
        for (code, tag) in
            [(Some("FR"), None), (Some("ZZ"), Some("en-GB")), (None, Some("en-US")), (Some("\u{0}"), None)]
        {
            let (place, warning) = Place::from_host(code, tag, own, None);
            assert_eq!(place, unconfirmed(lang), "{lang:?} {code:?} {tag:?}");
            let warning = warning.expect("a warning");
            assert!(warning.contains("112") && warning.contains("NO, SE, DK, GB"), "{warning}");
        }
    }
    // A region without a confirmed Danish place lists nothing: 112 alone.
    let place = Place { numbers: Numbers::Unconfirmed, ..Place::new(Country::Dk, DkRegion::parse("DK-81")) };
    assert_eq!((place.dk_region(), place.out_of_hours_number(), place.emergency_number()), (None, None, "112"));
}

/// Without a country, each "{ooh_name} on {ooh}" is replaced whole by words naming no number:
/// every text that holds `{ooh}` must write it exactly that way, or a number would be missing
/// from the middle of a sentence.
#[test]
fn every_text_with_an_out_of_hours_number_writes_it_as_its_language_does() {
    for lang in Lang::ALL {
        let numbers = lang.texts().numbers;
        assert!(numbers.ooh_with_number.contains("{ooh_name}") && numbers.ooh_with_number.contains("{ooh}"));
        for text in common::texts_of(lang) {
            if text.contains("{ooh}") {
                assert!(text.contains(numbers.ooh_with_number), "{lang:?}: {text}");
            }
            let filled = fill_place(&text, lang, Place::unconfirmed(lang.default_country()));
            assert!(!filled.contains("{ooh"), "{lang:?}: {filled}");
        }
        assert!(!numbers.ooh_without_number.is_empty());
    }
}

/// The texts as a reader without a country sees them (112, no number, the words in its place)
/// read as plainly, sentence by sentence, as tests/readability.rs asks of every country's.
#[test]
fn the_texts_without_a_country_read_plainly() {
    use common::readability::{Tally, sentences};
    for lang in Lang::ALL {
        let place = Place::unconfirmed(lang.default_country());
        let t = lang.texts();
        let names = t.service_names(place);
        let texts = common::texts_of(lang).into_iter().chain([
            names.emergency_headline.to_owned(),
            names.emergency_steps.to_owned(),
            names.emergency_safety_net.to_owned(),
            t.numbers.line(place),
        ]);
        for text in texts.filter(|text| text.contains("{ooh") || text.contains("{emergency") || !text.contains('{')) {
            let filled = fill_place(&text, lang, place);
            for sentence in sentences(&filled).into_iter().filter(|s| s.ends_with(['.', '!', '?', ':'])) {
                let lix = Tally::of(sentence).lix();
                assert!(lix <= 55.0, "{lang:?}: LIX {lix:.0}: {sentence}");
            }
        }
    }
}
