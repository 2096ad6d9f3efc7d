//! Who is responsible (issue 25 item 4): the host's operator and where to report errors, or
//! else the website's owner, is named after the intended use on the start screen, on every
//! result (each urgency) and in the copied and printed summary, in every language and country.

#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{answers, plain};
use triage::clinic::Clinic;
use triage::country::{Country, Place};
use triage::date::CalendarDate;
use triage::decision::{Sign, Trend, Urgency, evaluate};
use triage::i18n::{Lang, fill};
use triage::operator::{ErrorContact, Operator};
use triage::questionnaire::Draft;
use triage::render::html::Html;
use triage::render::result_screen::{Clock, result_page};
use triage::render::start_screen::start_content;

/// `text` as the screens write it: escaped by the same builder.
fn as_markup(text: &str) -> String {
    Html::new().text(text).as_str().to_owned()
}

/// One draft for each urgency.
fn one_draft_per_urgency() -> Vec<Draft> {
    let mut emergency = Draft::default();
    emergency.set_sign(Sign::SaddleNumbness, true);
    let drafts = vec![
        emergency,
        Draft::from_answers(&answers(40, 1.0, Trend::Unchanged, &[Sign::FeverOrUnwell])),
        Draft::from_answers(&answers(52, 6.0, Trend::Unchanged, &[Sign::MajorImpact])),
        Draft::from_answers(&plain()),
    ];
    let urgencies: Vec<Urgency> =
        drafts.iter().map(|d| evaluate(&d.answers_to_decide().expect("decided")).urgency).collect();
    assert_eq!(urgencies, [Urgency::Emergency, Urgency::Urgent, Urgency::Soon, Urgency::SelfCare]);
    drafts
}

/// The places to try: each country, and none given.
fn places(lang: Lang) -> Vec<Place> {
    Country::ALL.map(Place::from).into_iter().chain([Place::unconfirmed(lang.default_country())]).collect()
}

/// An operator with an e-mail address whose name must come out escaped (made directly: the
/// checks refuse angle brackets, not `&` or quotes), and one with a web address.
fn operators() -> [Operator; 2] {
    let email = Operator {
        name: "Helse & \"Bergen\"".to_owned(),
        contact: ErrorContact::Email("feil@helse-bergen.no".to_owned()),
    };
    let (url, warnings) =
        Operator::from_values(Some("NHS Example Trust"), Some("https://nhs.example.uk/report?a=1&b=2"));
    assert!(warnings.is_empty(), "{warnings:?}");
    [email, url.expect("accepted")]
}

/// What the note says in markup, for `operator` in `lang`.
fn note_in_markup(lang: Lang, operator: Option<&Operator>) -> (String, String) {
    let t = &lang.texts().operator;
    match operator {
        None => (format!("<span data-operator=\"site\">{}</span>", as_markup(t.site)), String::new()),
        Some(o) => {
            let (before, after) = t.named.split_once("{contact}").expect("{contact}");
            let before = as_markup(&fill(before, &[("operator", &o.name)]));
            let link = format!(
                "href=\"{}\">{}</a>{}",
                as_markup(&o.contact.href()),
                as_markup(o.contact.shown()),
                as_markup(after)
            );
            (format!("<span data-operator=\"named\">{before}<a "), link)
        }
    }
}

#[test]
fn the_start_screen_names_the_operator_or_the_sites_owner_in_every_language() {
    let [email, url] = operators();
    for lang in Lang::ALL {
        for place in places(lang) {
            for operator in [None, Some(&email), Some(&url)] {
                let html = start_content(lang.widget_texts(), place, operator);
                let (opening, link) = note_in_markup(lang, operator);
                let note = html.split("data-intended-use=\"\">").nth(1).expect("the intended use").split("</p>").next();
                let note = note.unwrap_or_default();
                assert!(note.contains(&opening), "{lang:?} {operator:?}: {note}");
                assert!(note.contains(&link), "{lang:?} {operator:?}: {note}");
                assert_eq!(note.matches("data-operator=").count(), 1, "{note}");
                assert!(!html.contains("\"Bergen\"") && !html.contains("& "), "escaped: {html}");
            }
        }
    }
}

#[test]
fn every_result_and_its_summary_name_the_operator_or_the_sites_owner_in_every_language() {
    let [email, url] = operators();
    let clock = Clock::fixed(CalendarDate::constant(2026, 11, 30));
    for lang in Lang::ALL {
        let t = &lang.texts().operator;
        for place in places(lang) {
            for draft in one_draft_per_urgency() {
                for operator in [None, Some(&email), Some(&url)] {
                    let page =
                        result_page(&draft, lang, place, &Clinic::default(), operator, &clock).expect("a result");
                    let note = page.html.split("data-intended-use=\"\">").nth(1).expect("the intended use");
                    let note = note.split("</p>").next().unwrap_or_default();
                    let (opening, link) = note_in_markup(lang, operator);
                    assert!(note.contains(&opening) && note.contains(&link), "{lang:?} {operator:?}: {note}");
                    assert_eq!(page.html.matches("data-operator=").count(), 1, "{lang:?}: once");
                    // Plain text in the summary: the name and the contact as written, no markup.
                    let said = match operator {
                        None => t.site.to_owned(),
                        Some(o) => fill(t.named, &[("operator", &o.name), ("contact", o.contact.shown())]),
                    };
                    let last = page.summary.trim_end().lines().last().unwrap_or_default();
                    assert!(last.ends_with(&said), "{lang:?} {operator:?}: {last}");
                    assert!(!page.summary.contains("<a") && !page.summary.contains("mailto:"), "{}", page.summary);
                }
            }
        }
    }
}
