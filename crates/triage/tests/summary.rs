//! The summary for a clinician, in each language.

#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::answers;
use triage::country::Country;
use triage::date::CalendarDate;
use triage::decision::sources::CONTENT_CHECKED;
use triage::decision::{Sign, Trend, evaluate};
use triage::i18n::{Lang, cite_for_reader, fill_country};
use triage::questionnaire::Draft;
use triage::summary::summary_text;

#[test]
fn the_summary_has_the_date_outcome_reasons_sources_answers_and_disclaimer() {
    let a = answers(52, 6.0, Trend::Unchanged, &[Sign::MajorImpact]);
    let o = evaluate(&a);
    for lang in Lang::ALL {
        let t = lang.texts();
        let text = summary_text(
            &a,
            &o,
            &Draft::from_answers(&a),
            lang,
            lang.default_country(),
            CalendarDate::constant(2026, 11, 22),
            None,
            None,
        );
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
    let a = asked.answers_assuming_the_rest_no();
    let text = summary_text(
        &a,
        &evaluate(&a),
        &asked,
        Lang::En,
        Country::Gb,
        CalendarDate::constant(2026, 11, 22),
        None,
        None,
    );
    assert!(text.contains("Call 999 or go to A&E now"));
    assert_eq!(text.matches("\n- ").count(), 3, "the emergency number, one reason and one answer:\n{text}");
}

#[test]
fn the_dated_follow_up_is_in_the_text_under_its_heading() {
    let a = answers(40, 1.0, Trend::Better, &[]);
    let line =
        "If it is not clearly better by Monday 21 December (4 weeks after it began), book an appointment with your GP.";
    let text = summary_text(
        &a,
        &evaluate(&a),
        &Draft::from_answers(&a),
        Lang::En,
        Country::Gb,
        CalendarDate::constant(2026, 11, 30),
        Some(line),
        None,
    );
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
        let text = summary_text(
            a,
            &evaluate(a),
            &Draft::from_answers(a),
            Lang::En,
            country,
            CalendarDate::constant(2026, 11, 30),
            None,
            None,
        );
        let number = country.out_of_hours_number().expect("a national line");
        assert_eq!(text.contains(&format!(": {number}\n")), listed, "{country:?}:\n{text}");
    }
}
