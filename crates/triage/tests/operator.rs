//! Who is responsible (issue 25 item 4): the host's operator and where to report errors, or
//! else the website's owner, is named after the intended use on the start screen, on every
//! result (each urgency) and in the copied and printed summary, in every language and country.

use crate::common;

use common::markup::{Find, Markup, attr, fragment, text};
use common::{answers, plain};
use triage::clinic::Clinic;
use triage::country::{Country, Place};
use triage::date::CalendarDate;
use triage::decision::{Sign, Trend, Urgency, evaluate};
use triage::i18n::{Lang, fill};
use triage::operator::{ErrorContact, Operator};
use triage::questionnaire::Draft;
use triage::render::result_screen::{Clock, result_page};
use triage::render::start_screen::start_content;

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

/// Checks the note in the intended use (`data-intended-use`) of `markup`: for `operator` in
/// `lang`, the one `<span data-operator="named">` with the sentence around the contact's link,
/// or else `<span data-operator="site">` with the site owner's sentence. The names come out
/// escaped: [`fragment`]'s round trip checks every text and attribute value.
fn check_note(markup: &Markup, lang: Lang, operator: Option<&Operator>) {
    let t = &lang.texts().operator;
    let context = format!("{lang:?} {operator:?}");
    let note = markup.one("p[data-intended-use]");
    let [span] = note.all("[data-operator]")[..] else { panic!("{context}: one operator note") };
    let attrs: Vec<(&str, &str)> = span.value().attrs().collect();
    // The text of a node that is text (the empty text for none, or for an element).
    let first_text =
        |node: Option<&scraper::Node>| node.and_then(|n| n.as_text()).map_or(String::new(), |t| t.to_string());
    match operator {
        None => {
            assert_eq!((span.value().name(), attrs), ("span", vec![("data-operator", "site")]), "{context}");
            assert_eq!((span.children().count(), text(span)), (1, t.site.to_owned()), "{context}: its text alone");
        }
        Some(o) => {
            assert_eq!((span.value().name(), attrs), ("span", vec![("data-operator", "named")]), "{context}");
            let (before, after) = t.named.split_once("{contact}").expect("{contact}");
            assert_eq!(
                first_text(span.first_child().map(|n| n.value())),
                fill(before, &[("operator", &o.name)]),
                "{context}"
            );
            let link = span.one("a");
            assert_eq!(link.parent().map(|p| p.id()), Some(span.id()), "{context}: the link in the sentence");
            assert_eq!(attr(link, "href"), Some(o.contact.href().as_str()), "{context}");
            assert_eq!(text(link), o.contact.shown(), "{context}");
            assert!(
                first_text(link.next_sibling().map(|n| n.value())).starts_with(after),
                "{context}: {after:?} after the link"
            );
        }
    }
}

#[test]
fn the_start_screen_names_the_operator_or_the_sites_owner_in_every_language() {
    let [email, url] = operators();
    for lang in Lang::ALL {
        for place in places(lang) {
            for operator in [None, Some(&email), Some(&url)] {
                check_note(&fragment(&start_content(lang.widget_texts(), place, operator)), lang, operator);
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
                    let markup = fragment(&page.html);
                    check_note(&markup, lang, operator);
                    assert_eq!(markup.count("[data-operator]"), 1, "{lang:?}: once");
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
