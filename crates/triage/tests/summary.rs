//! The summary for a clinician, in each language.

use crate::common;

use common::answers;
use triage::clinic::Clinic;
use triage::country::{Country, Place};
use triage::date::CalendarDate;
use triage::decision::sources::CONTENT_CHECKED;
use triage::decision::{Sign, Trend, evaluate_in};
use triage::i18n::{Lang, cite_for_reader, fill_country};
use triage::questionnaire::Draft;
use triage::result_model::{Clock, ResultModel};
use triage::summary::summary_text;

/// The summary of the result for the questions answered in `asked`, on `today`, with no clinic
/// and no operator.
fn summary(asked: &Draft, lang: Lang, place: impl Into<Place>, today: CalendarDate) -> String {
    let clock = Clock::fixed(today);
    let clinic = Clinic::default();
    summary_text(&ResultModel::new(asked, lang, place.into(), &clinic, None, &clock).expect("decided"))
}

#[test]
fn the_summary_has_the_date_outcome_reasons_sources_answers_and_disclaimer() {
    let a = answers(52, 6.0, Trend::Unchanged, &[Sign::MajorImpact]);
    for lang in Lang::ALL {
        let t = lang.texts();
        let o = evaluate_in(&a, Some(lang.default_country()));
        let text =
            summary(&Draft::from_answers(&a), lang, lang.default_country(), CalendarDate::constant(2026, 11, 22));
        assert!(text.starts_with(t.title), "{lang:?}");
        assert!(text.contains(&format!("{}: 2026-11-22", t.date_label)));
        for reason in &o.reasons {
            let country = lang.default_country();
            assert!(text.contains(t.reasons.get(reason.rule, country)), "{lang:?} {:?}", reason.rule);
            let sources = country.guidance().reason_sources(reason.rule);
            assert!(text.contains(&cite_for_reader(sources, lang)), "{lang:?}: sources in the reader's language");
        }
        assert!(text.contains(&format!("- {}: 52 {}", t.age.short, t.years)));
        assert!(text.contains(&format!("- {}: {}", t.signs.major_impact.short, t.yes)));
        assert!(text.contains(&fill_country(t.disclaimer, lang, lang.default_country())), "{lang:?}: intended use");
        assert!(text.contains(CONTENT_CHECKED), "{lang:?}: the date the content was checked");
        assert!(!text.contains('{'), "{lang:?}: nothing unfilled");
    }
}

#[test]
fn after_an_early_exit_only_the_questions_asked_are_listed() {
    let mut asked = Draft::default();
    asked.set_sign(Sign::BladderOrBowelProblems, true);
    let text = summary(&asked, Lang::En, Country::Gb, CalendarDate::constant(2026, 11, 22));
    assert!(text.contains("Call 999 or go to A&E now"));
    assert_eq!(text.matches("\n- ").count(), 3, "the emergency number, one reason and one answer:\n{text}");
}

#[test]
fn the_dated_follow_up_is_in_the_text_under_its_heading() {
    let a = answers(40, 1.0, Trend::Better, &[]);
    let text = summary(&Draft::from_answers(&a), Lang::En, Country::Gb, CalendarDate::constant(2026, 11, 30));
    // The clock of the tests writes dates as ISO dates (the browser writes them out).
    let line = "If it is not clearly better by 2026-12-15, book an appointment with your GP.";
    assert!(text.contains(&format!("When to see a doctor:\n{line}\n")), "{text}");
}

/// The contacts in the summary: the out-of-hours line on every result, except on an emergency
/// in the UK, whose route is 999 or A&E only; Norway's emergency goes through the legevakt too.
#[test]
fn the_out_of_hours_line_is_listed_unless_the_countrys_emergency_route_skips_it() {
    let emergency = answers(40, 1.0, Trend::Better, &[Sign::SaddleNumbness]);
    let plain = answers(40, 1.0, Trend::Better, &[]);
    for (country, a, listed) in [
        (Country::Gb, &emergency, false),
        (Country::Gb, &plain, true),
        (Country::No, &emergency, true),
        (Country::No, &plain, true),
        (Country::Se, &emergency, true),
    ] {
        let text = summary(&Draft::from_answers(a), Lang::En, country, CalendarDate::constant(2026, 11, 30));
        let number = country.out_of_hours_number().expect("a national line");
        assert_eq!(text.contains(&format!(": {number}\n")), listed, "{country:?}:\n{text}");
    }
}

/// The summary names whom to contact in the order the result screen shows them (one
/// `ResultModel` decides both): the host's clinic, where the screen shows it, by its name and
/// its number or page.
#[test]
fn the_contacts_are_in_the_screens_order_with_the_hosts_clinic() {
    let clinic = Clinic::from_values(Some("Bakke legesenter"), Some("22 33 44 55"), None).0;
    let clock = Clock::fixed(CalendarDate::constant(2026, 11, 30));
    let place = Place::new(Country::No, None);
    let contacts = |a: &triage::Answers| {
        let asked = Draft::from_answers(a);
        let model = ResultModel::new(&asked, Lang::Nb, place, &clinic, None, &clock).expect("decided");
        let text = summary_text(&model);
        let lines: Vec<String> = text.lines().filter(|l| l.starts_with("- ")).map(str::to_owned).collect();
        (model.contacts.clone(), lines)
    };
    use triage::result_model::Contact::{Clinic as C, Emergency as E, OutOfHours as O};
    // Self-care: the reader's own clinic first, then the legevakt, then 113.
    let (order, lines) = contacts(&answers(40, 1.0, Trend::Better, &[]));
    assert_eq!(order, [C, O, E]);
    assert_eq!(lines[..3], ["- Bakke legesenter: 22 33 44 55", "- legevakten: 116 117", "- Nødnummer: 113"]);
    // A doctor today: the legevakt and 113 first, the clinic after them.
    let (order, lines) = contacts(&answers(40, 1.0, Trend::Better, &[Sign::FeverOrUnwell]));
    assert_eq!(order, [O, E, C]);
    assert_eq!(lines[2], "- Bakke legesenter: 22 33 44 55");
}
