//! The summary a reader can bring to a clinician: date, the outcome and its reasons with their
//! sources, who to contact, the answers in plain words, and the intended use, in the reader's
//! language. The same text is copied ("copy as text") and, laid out, printed.

use crate::country::OutOfHours;
use crate::country::Place;
use crate::decision::{Answers, Outcome, Urgency};
use crate::i18n::{Lang, cite_for_reader, dk_regions, fill_place, numbers_line, out_of_hours};
use crate::questionnaire::{Draft, DurationChoice, Question, STEPS};

/// Each answered question as (its `Answers` field, its short label, the answer in words), in
/// the order asked. Questions never asked (after an early exit) are left out.
pub fn answer_lines(answers: &Answers, asked: &Draft, lang: Lang) -> Vec<(&'static str, &'static str, String)> {
    let t = lang.texts();
    STEPS
        .iter()
        .flat_map(|step| step.questions.iter().copied())
        .filter(|q| asked.is_answered(*q))
        .map(|question| (question.field().name(), question))
        .map(|(field, question)| match question {
            Question::Sign(sign) => {
                (field, t.signs.get(sign).short, (if answers.has(sign) { t.yes } else { t.no }).to_owned())
            }
            Question::Age => (field, t.age.short, format!("{} {}", answers.age, t.years)),
            Question::Duration => {
                let choice = DurationChoice::containing(answers.duration_weeks);
                (field, t.duration.short, t.duration_choices[choice as usize].to_owned())
            }
            Question::Trend => (field, t.trend.short, t.trend_choices[answers.trend as usize].to_owned()),
        })
        .collect()
}

/// The summary as plain text, dated `date` (e.g. `2026-11-22`), for the reader's `place` (a
/// country, or in Denmark perhaps a region), with the result's dated follow-up in words
/// (`follow_up`, see `FollowUp::sentence`) when it has one.
pub fn summary_text(
    answers: &Answers,
    outcome: &Outcome,
    asked: &Draft,
    lang: Lang,
    place: impl Into<Place>,
    date: &str,
    follow_up: Option<&str>,
) -> String {
    let t = lang.texts();
    let place = place.into();
    let fill = |template: &str| fill_place(template, lang, place);
    let mut out = format!("{}\n{}: {date}\n\n", t.title, t.date_label);
    let emergency = outcome.urgency == Urgency::Emergency;
    out += &format!("{}\n{}\n", fill(t.headline.get(outcome.urgency)), fill(t.headline_body.get(outcome.urgency)));
    if emergency {
        out += &format!("{}\n", fill(t.service_names(place).emergency_steps));
    }
    out += "\n";
    if let Some(follow_up) = follow_up {
        out += &format!("{}:\n{follow_up}\n\n", t.result.follow_up_heading);
    }
    out += &format!("{}:\n{}\n", t.contacts_heading, numbers_line(lang, place));
    out += &format!("- {}: {}\n", t.emergency_label, place.emergency_number());
    // On an emergency only where the place's route goes through that line (not the UK's 999,
    // nor 112 alone without a confirmed country).
    if !emergency || place.emergency_route().includes_out_of_hours() {
        match place.out_of_hours() {
            OutOfHours::Line(number) => out += &format!("- {}: {number}\n", out_of_hours(lang, place).0),
            OutOfHours::EveryRegion => {
                out += &format!("- {}:\n", t.care.dk_regions);
                for (region, name, number) in dk_regions() {
                    out += &format!("  - {}: {name} {number}\n", region.name());
                }
            }
            // No number to give: the texts above name the service without one.
            OutOfHours::Withheld => {}
        }
    }
    out += &format!("\n{}:\n", t.why_heading);
    for reason in &outcome.reasons {
        let text = t.reasons.get(reason.rule, place.country);
        let sources = place.country.guidance().reason_sources(reason.rule);
        out += &format!("- {text}\n  {}: {}\n", t.source_label, cite_for_reader(sources, lang));
    }
    out += &format!("\n{}:\n", t.summary_heading);
    for (_, label, value) in answer_lines(answers, asked, lang) {
        out += &format!("- {label}: {value}\n");
    }
    out += &format!("\n{}\n", fill(t.disclaimer));
    out
}
