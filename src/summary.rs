//! The summary a reader can bring to a clinician: date, the outcome and its reasons with their
//! sources, the answers in plain words, and the disclaimer, in the reader's language. The same
//! text is copied ("copy as text") and, laid out, printed.

use crate::country::Country;
use crate::decision::{Answers, Outcome};
use crate::i18n::{Lang, fill_country};
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

/// The summary as plain text, dated `date` (e.g. `2026-11-22`), with the result's dated
/// follow-up in words (`follow_up`, see `FollowUp::sentence`) when it has one.
pub fn summary_text(
    answers: &Answers,
    outcome: &Outcome,
    asked: &Draft,
    lang: Lang,
    country: Country,
    date: &str,
    follow_up: Option<&str>,
) -> String {
    let t = lang.texts();
    let mut out = format!("{}\n{}: {date}\n\n", t.title, t.date_label);
    out += &format!(
        "{}\n{}\n\n",
        fill_country(t.headline.get(outcome.urgency), lang, country),
        fill_country(t.headline_body.get(outcome.urgency), lang, country)
    );
    if let Some(follow_up) = follow_up {
        out += &format!("{}:\n{follow_up}\n\n", t.result.follow_up_heading);
    }
    out += &format!("{}:\n", t.why_heading);
    for reason in &outcome.reasons {
        let text = t.reasons.get(reason.rule);
        out += &format!("- {text}\n  {}: {}\n", t.source_label, reason.source);
    }
    out += &format!("\n{}:\n", t.summary_heading);
    for (_, label, value) in answer_lines(answers, asked, lang) {
        out += &format!("- {label}: {value}\n");
    }
    out += &format!("\n{}\n", t.disclaimer);
    out
}
