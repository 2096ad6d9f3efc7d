//! The outcome screen: the action as a headline, who to contact with `tel:` links, why (each
//! reason with its source), what to do, the safety net, the answers given, and the way back.
//! An emergency shows only the call, who to call, and why: nothing that distracts.

use leptos::prelude::*;

use super::{EmergencyCall, Locale, Session};
use crate::country::Country;
use crate::decision::rules::advice_sources;
use crate::decision::sources::cite;
use crate::decision::{Advice, Answers, Outcome, Trend, Urgency};
use crate::questionnaire::{DurationChoice, Question, STEPS, Screen};

/// The advice codes that are the headline action rather than an item of advice.
const ACTIONS: [Advice; 3] = [Advice::CallEmergency, Advice::ContactDoctorToday, Advice::BookAppointment];

/// `text` with its first letter upper-case: service names are written to sit inside
/// sentences ("legevakten"), and also stand alone as labels.
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// The result for `outcome`, reached with `answers`.
#[component]
pub(super) fn ResultScreen(
    /// The answers the outcome was decided from (for an early exit, the rest taken as "no").
    answers: Answers,
    /// What the decision core decided.
    outcome: Outcome,
    /// Language and country.
    locale: Locale,
    /// The reader's progress (for "change my answers" and "start again").
    session: Session,
) -> impl IntoView {
    let t = move || locale.texts();
    let urgency = outcome.urgency;
    let emergency = urgency == Urgency::Emergency;

    let reasons = outcome
        .reasons
        .iter()
        .map(|reason| {
            let rule = reason.rule;
            let source = reason.source.clone();
            view! {
                <li data-rule=rule>
                    <p>{move || t().reasons.get(rule).unwrap_or_default()}</p>
                    <p class="source">
                        {move || t().source_label}": "{source.clone()}
                    </p>
                </li>
            }
        })
        .collect_view();

    let advice = outcome
        .advice
        .iter()
        .copied()
        .filter(|a| !ACTIONS.contains(a))
        .map(|code| {
            let text = move || *t().advice.get(code, locale.country.get());
            let source = move || match code {
                Advice::PainRelief => locale.country.get().pain_relief_source().citation.to_owned(),
                _ => cite(advice_sources(code)),
            };
            view! {
                <li data-advice=code.code() class:safety-net=code == Advice::SafetyNet>
                    <h4>{move || text().title}</h4>
                    <p>{move || locale.fill(text().body)}</p>
                    <p class="source">{move || t().source_label}": "{source}</p>
                </li>
            }
        })
        .collect_view();

    let action = outcome.advice.first().copied().filter(|a| ACTIONS.contains(a));

    view! {
        <section
            class="screen result"
            data-step="result"
            data-urgency=urgency.as_str()
            data-category=outcome.category.as_str()
            part="result"
        >
            <div class=format!("headline {}", urgency.as_str())>
                <h2 tabindex="-1">{move || locale.fill(t().headline.get(urgency))}</h2>
                <p>{move || locale.fill(t().headline_body.get(urgency))}</p>
                {action
                    .map(|code| {
                        view! {
                            <div class="action" data-advice=code.code()>
                                {(code == Advice::CallEmergency)
                                    .then(|| view! { <EmergencyCall locale /> })}
                                {(code != Advice::CallEmergency)
                                    .then(|| {
                                        view! { <p>{move || locale.fill(t().advice.get(code, locale.country.get()).body)}</p> }
                                    })}
                                <p class="source">
                                    {move || t().source_label}": "{cite(advice_sources(code))}
                                </p>
                            </div>
                        }
                    })}
            </div>
            <Contacts locale emergency />
            {(!emergency).then(|| view! { <p class="category">{move || t().category.get(outcome.category)}</p> })}
            <h3>{move || t().why_heading}</h3>
            <ul class="reasons">{reasons}</ul>
            {(!emergency)
                .then(|| {
                    view! {
                        <h3>{move || t().advice_heading}</h3>
                        <ul class="advice">{advice}</ul>
                    }
                })}
            <Summary answers locale session />
            <div class="nav">
                <button
                    type="button"
                    data-action="change"
                    part="button"
                    on:click=move |_| session.screen.set(Screen::Step(0))
                >
                    {move || t().change_answers}
                </button>
                <button type="button" data-action="restart" part="button" on:click=move |_| session.reset()>
                    {move || t().restart}
                </button>
            </div>
            <p class="note">{move || t().disclaimer}</p>
        </section>
    }
}

/// Who to contact: the emergency number always, and the out-of-hours / advice number unless
/// this is an emergency (where a second number would only slow the call down).
#[component]
fn Contacts(
    /// Language and country.
    locale: Locale,
    /// Whether the outcome is an emergency.
    emergency: bool,
) -> impl IntoView {
    let t = move || locale.texts();
    let country = move || locale.country.get();
    let names = move || (t().services)(country());
    let tel = |number: &str| format!("tel:{}", Country::dial(number));
    view! {
        <h3>{move || t().contacts_heading}</h3>
        <ul class="contacts">
            <li data-contact="emergency">
                <span class="label">{move || t().emergency_label}</span>
                " "
                <a href=move || tel(country().emergency_number())>{move || country().emergency_number()}</a>
            </li>
            {(!emergency)
                .then(|| {
                    view! {
                        <li data-contact="out_of_hours">
                            <span class="label">{move || capitalised(&locale.fill(t().ooh_label))}</span>
                            " "
                            <a href=move || tel(country().out_of_hours_number())>
                                {move || country().out_of_hours_number()}
                            </a>
                            {move || {
                                let note = names().ooh_note;
                                (!note.is_empty()).then(|| view! { <span class="hint">" "{note}</span> })
                            }}
                        </li>
                    }
                })}
        </ul>
    }
}

/// The answers in plain words, in the order they were asked. Questions never asked (after an
/// early exit on an emergency sign) are left out: they would only distract from the call.
#[component]
fn Summary(
    /// The answers the outcome was decided from.
    answers: Answers,
    /// Language and country.
    locale: Locale,
    /// The reader's progress: which questions were really answered.
    session: Session,
) -> impl IntoView {
    let t = move || locale.texts();
    let draft = session.draft.get_untracked();
    let rows = STEPS
        .iter()
        .flat_map(|step| step.questions.iter().copied())
        .filter(|question| draft.is_answered(*question))
        .map(|question| {
            let label = move || match question {
                Question::Sign(sign) => t().signs.get(sign).short,
                Question::Age => t().age.short,
                Question::Duration => t().duration.short,
                Question::Trend => t().trend.short,
            };
            let value = move || match question {
                Question::Sign(sign) => answer_word(answers.has(sign), locale),
                Question::Age => format!("{} {}", answers.age, t().years),
                Question::Duration => {
                    let choice = DurationChoice::containing(answers.duration_weeks);
                    let i = DurationChoice::ALL.iter().position(|d| *d == choice).unwrap_or(0);
                    t().duration_choices[i].to_owned()
                }
                Question::Trend => {
                    let i = Trend::ALL.iter().position(|x| *x == answers.trend).unwrap_or(0);
                    t().trend_choices[i].to_owned()
                }
            };
            view! {
                <div class="row" data-summary=question.field().name()>
                    <dt>{label}</dt>
                    <dd>{value}</dd>
                </div>
            }
        })
        .collect_view();
    view! {
        <h3>{move || t().summary_heading}</h3>
        <dl class="summary">{rows}</dl>
    }
}

fn answer_word(yes: bool, locale: Locale) -> String {
    let t = locale.texts();
    (if yes { t.yes } else { t.no }).to_owned()
}
