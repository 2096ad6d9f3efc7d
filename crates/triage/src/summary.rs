//! The summary a reader can bring to a clinician: date, the outcome and its reasons with their
//! sources, who to contact, the answers in plain words, and the intended use, in the reader's
//! language. The same text is copied ("copy as text") and, laid out, printed. It says what the
//! result screen says, from the same [`ResultModel`].

use crate::country::OutOfHours;
use crate::decision::Answers;
use crate::i18n::{Lang, cite_for_reader, dk_regions, fill_place, numbers_line, out_of_hours};
use crate::operator::note_text;
use crate::questionnaire::{Draft, DurationChoice, Question, STEPS};
use crate::result_model::{Contact, ResultModel};
use crate::result_words::{emergency_words, headline_of};

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

/// The summary as plain text, for the result in `model`: dated today (written `2026-11-22`),
/// for the reader's place (a country, or in Denmark perhaps a region), with the dated follow-up
/// when the result has one, and the contacts in the result screen's order. The date also
/// decides the Danish regions' names (from 1 January 2027, Region Østdanmark:
/// `country::EAST_DENMARK_FROM`). The intended use at the end names who offers the tool: the
/// host's operator and where to report errors, or the site's owner.
pub fn summary_text(model: &ResultModel) -> String {
    let (lang, place, outcome) = (model.lang, model.place, &model.outcome);
    let t = lang.texts();
    let for_place = |template: &str| fill_place(template, lang, place);
    let mut out = format!("{}\n{}: {}\n\n", t.title, t.date_label, model.today.iso());
    let emergency = outcome.emergency_kind();
    let headline = headline_of(t.headline.get(outcome.urgency), emergency);
    let names = t.service_names(place);
    match emergency.map(|kind| emergency_words(t, &names, kind)) {
        Some(words) => {
            out += &format!("{}\n{}\n{}\n", for_place(headline), for_place(words.body), for_place(words.steps))
        }
        None => out += &format!("{}\n{}\n", for_place(headline), for_place(t.headline_body.get(outcome.urgency))),
    }
    out += "\n";
    if let Some(line) = &model.follow_up {
        out += &format!("{}:\n{}\n\n", t.result.follow_up_heading, line.sentence);
    }
    out += &format!("{}:\n{}\n", t.contacts_heading, numbers_line(lang, place));
    for contact in &model.contacts {
        match (contact, place.out_of_hours()) {
            (Contact::Emergency, _) => out += &format!("- {}: {}\n", t.emergency_label, place.emergency_number()),
            (Contact::OutOfHours, OutOfHours::Line(number)) => {
                out += &format!("- {}: {number}\n", out_of_hours(lang, place).0);
            }
            (Contact::OutOfHours, OutOfHours::EveryRegion) => {
                out += &format!("- {}:\n", t.care.dk_regions);
                for (_, region_name, service, number) in dk_regions(lang, model.today) {
                    out += &format!("  - {region_name}: {service} {number}\n");
                }
            }
            // No number to give: the texts above name the service without one.
            (Contact::OutOfHours, OutOfHours::Withheld) => {}
            (Contact::Clinic, _) => {
                let clinic = model.clinic;
                let ways: Vec<&str> = [clinic.tel(), clinic.url()].into_iter().flatten().collect();
                if let Some(name) = clinic.name() {
                    out += &format!("- {name}: {}\n", ways.join(", "));
                }
            }
        }
    }
    out += &format!("\n{}:\n", t.why_heading);
    for reason in &outcome.reasons {
        let text = t.reasons.get(reason.rule, place.country);
        let sources = place.country.guidance().reason_sources(reason.rule);
        out += &format!("- {text}\n  {}: {}\n", t.source_label, cite_for_reader(sources, lang));
    }
    out += &format!("\n{}:\n", t.summary_heading);
    for (_, label, value) in answer_lines(&model.answers, model.asked, lang) {
        out += &format!("- {label}: {value}\n");
    }
    out += &format!("\n{} {}\n", for_place(t.disclaimer), note_text(&t.operator, model.operator));
    out
}
