//! The outcome screen, action first. At 360 × 740 the first screen holds the decision: the
//! headline (what to do, how soon), one sentence on why, and a large `tel:` call button (the
//! emergency number on an emergency, the out-of-hours / advice number otherwise; in Denmark
//! without a region, each region's number). Below it the dated follow-up, then the rest, one
//! tap away: "why" (the reasons with their sources) and "your answers" are native `<details>`,
//! closed at first; each advice item shows its title and first sentence and opens in place.
//! An emergency shows only the call, where else to go, and what to say, with "why" and "your
//! answers" closed below it and the way back.
//!
//! Stable hooks: `data-section` = `why`, `answers`, `advice`, `follow-up`; `data-contact`,
//! `data-advice`, `data-rule`, `data-summary`, `data-action` as before.

use leptos::prelude::*;

use super::clinic::ClinicContact;
use super::follow_up::{FollowUpSection, today, written_date};
use super::safety_net::SafetyNet;
use super::{EmergencyCall, Locale, Session};
use crate::clinic::Placement;
use crate::country::Country;
use crate::decision::rules::all_reasons;
use crate::decision::sources::Source;
use crate::decision::{Advice, Answers, Outcome, Urgency};
use crate::follow_up::follow_up;
use crate::i18n::{cite_for_reader, dk_regions, fill, split_first_sentence};
use crate::questionnaire::{DurationChoice, Screen};
use crate::summary::{answer_lines, summary_text};

use super::print;

/// The advice codes that are the headline action rather than an item of advice.
const ACTIONS: [Advice; 3] = [Advice::CallEmergency, Advice::ContactDoctorToday, Advice::BookAppointment];

/// `text` with its first letter upper-case: service names are written to sit inside
/// sentences ("legevakten"), and also stand alone as labels. Only ASCII and Latin-1 letters
/// (a–z, à–þ: æ, ø, å, ä, ö) are raised, which covers every service name: the standard library's
/// upper-casing would link Unicode's whole case table (about 12 KB) into the widget's WASM.
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    let Some(first) = chars.next() else { return String::new() };
    let upper = match first {
        'a'..='z' => first.to_ascii_uppercase(),
        'à'..='þ' if first != '÷' => char::from_u32(first as u32 - 0x20).unwrap_or(first),
        _ => first,
    };
    std::iter::once(upper).chain(chars).collect()
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
    let t = locale.texts();
    let (lang, country) = (locale.lang.get_untracked(), locale.country.get_untracked());
    let urgency = outcome.urgency;
    let emergency = urgency == Urgency::Emergency;
    let action = outcome.advice.first().copied().filter(|a| ACTIONS.contains(a));

    // The follow-up, dated from today and the duration's lower bound; one sentence used on
    // screen, in the copied text and in the print.
    let follow_up = follow_up(urgency, DurationChoice::containing(answers.duration_weeks), today());
    let sentence = follow_up.map(|f| {
        let written = f.date.map(|d| written_date(d, &locale)).unwrap_or_default();
        f.sentence(lang, country, &written)
    });

    // One sentence on why, under the headline: the first reason (reasons come in table order,
    // so it is one that set this urgency). An emergency's and self-care's headline text already
    // says why.
    let why_line = matches!(urgency, Urgency::Urgent | Urgency::Soon)
        .then(|| outcome.reasons.first())
        .flatten()
        .map(|reason| split_first_sentence(t.reasons.get(reason.rule)).0)
        .map(|line| view! { <p class="why-line">{line}</p> });

    let decision = if emergency {
        view! {
            <p>{locale.fill(t.headline_body.get(urgency))}</p>
            <EmergencyCall locale />
            <p class="or-go" data-emergency-department>{locale.fill(t.result.or_go_straight_to)}</p>
            <div class="action" data-advice=Advice::CallEmergency.code()>
                <p>{locale.fill(t.advice.get(Advice::CallEmergency, country).body)}</p>
            </div>
        }
        .into_any()
    } else {
        view! {
            {why_line}
            // Its first sentence says whom to contact; the rest (when the doctor is closed, the
            // advice below) is what the call button's lead and the sections below say.
            <p class="action" data-advice=action.map(Advice::code)>
                {split_first_sentence(&locale.fill(t.headline_body.get(urgency))).0.to_owned()}
            </p>
            <div class="contacts-section">
                <ClinicContact locale urgency at=Placement::First />
                <OutOfHoursCall locale urgency />
                <ClinicContact locale urgency at=Placement::AfterNational />
            </div>
        }
        .into_any()
    };

    view! {
        <section
            class="screen result"
            data-step="result"
            data-urgency=urgency.as_str()
            data-category=outcome.category.as_str()
            part="result"
        >
            <p class="print-only">{t.title}" · "{t.date_label}": "{print::today()}</p>
            <div class=format!("headline {}", urgency.as_str())>
                <h2 tabindex="-1">{locale.fill(t.headline.get(urgency))}</h2>
                {decision}
            </div>
            {follow_up
                .zip(sentence.clone())
                .map(|(follow_up, sentence)| view! { <FollowUpSection follow_up sentence locale /> })}
            <Why outcome=outcome.clone() locale action />
            {(!emergency).then(|| view! { <AdviceList outcome=outcome.clone() locale /> })}
            <YourAnswers answers locale session />
            // The summary's buttons and the way back share one wrapping row of buttons. An
            // emergency is one screen with nothing to do but call: no printing or copying there
            // (the browser's own print still gives the summary, see style.css).
            <div class="result-actions">
                {(!emergency)
                    .then(|| {
                        view! { <SummaryActions answers outcome=outcome.clone() locale session follow_up=sentence /> }
                    })}
                <div class="nav">
                    <button
                        type="button"
                        data-action="change"
                        part="button"
                        on:click=move |_| session.screen.set(Screen::Step(0))
                    >
                        {t.change_answers}
                    </button>
                    <button type="button" data-action="restart" part="button" on:click=move |_| session.restart()>
                        {t.restart}
                    </button>
                </div>
            </div>
            <p class=if emergency { "note print-only" } else { "note" } data-intended-use>
                {locale.fill(t.disclaimer)}
            </p>
        </section>
    }
}

/// The out-of-hours / advice number as a large `tel:` button, after a line saying when to use
/// it rather than the reader's own doctor, with the emergency number under it in small. In
/// Denmark without a region, each region's line instead, in a short list.
#[component]
fn OutOfHoursCall(
    /// Language and country.
    locale: Locale,
    /// The result's urgency (not an emergency).
    urgency: Urgency,
) -> impl IntoView {
    let t = locale.texts();
    let country = locale.country.get_untracked();
    let place = locale.place();
    let tel = |number: &str| format!("tel:{}", Country::dial(number));
    let lead = match urgency {
        Urgency::Urgent => t.result.call_lead.urgent,
        Urgency::Soon => t.result.call_lead.soon,
        _ => t.result.call_lead.self_care,
    };
    let call = match place.out_of_hours_number() {
        Some(number) => view! {
            <div class="contacts" data-contact="out_of_hours" data-region=place.dk_region().map(|r| r.code())>
                <p class="lead">{lead}</p>
                <a class="call call-ooh" part="call-link" href=tel(number)>
                    {fill(t.call_number, &[("number", number)])}
                    <span class="service">{capitalised(&locale.fill(t.ooh_label))}</span>
                </a>
                {place.dk_region().map(|r| view! { <p class="hint">{r.name()}</p> })}
            </div>
        }
        .into_any(),
        None => view! {
            <div class="contacts regions">
                <p class="lead">{lead}" "{t.care.dk_regions}</p>
                <ul>
                    {dk_regions()
                        .map(|(region, name, number)| {
                            view! {
                                <li data-contact="out_of_hours" data-region=region.code()>
                                    {region.name()}": "{name}" "
                                    <a href=tel(number)>{number}</a>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </div>
        }
        .into_any(),
    };
    view! {
        {call}
        <p class="emergency-line" data-contact="emergency">
            <span class="label">{t.emergency_label}</span>
            ": "
            <a href=tel(country.emergency_number())>{country.emergency_number()}</a>
        </p>
    }
}

/// "Source: …" under a reason or an advice item, in the reader's language.
#[component]
fn SourceLine(
    /// Language and country.
    locale: Locale,
    /// What is cited.
    sources: &'static [Source],
) -> impl IntoView {
    let lang = locale.lang.get_untracked();
    view! { <p class="source">{lang.texts().source_label}": "{cite_for_reader(sources, lang)}</p> }
}

/// "Why", closed at first: the category, each reason with its source, and the source of the
/// action. The summary line counts the reasons.
#[component]
fn Why(
    /// The outcome.
    outcome: Outcome,
    /// Language and country.
    locale: Locale,
    /// The headline action, whose source is given last.
    action: Option<Advice>,
) -> impl IntoView {
    let t = locale.texts();
    let country = locale.country.get_untracked();
    let count = outcome.reasons.len();
    let summary =
        if count == 1 { t.result.why_one.to_owned() } else { fill(t.result.why_many, &[("n", &count.to_string())]) };
    let reasons = outcome
        .reasons
        .iter()
        .map(|reason| {
            let sources = all_reasons().find(|(id, _)| *id == reason.rule).map(|(_, s)| s).unwrap_or_default();
            view! {
                <li data-rule=reason.rule.as_str()>
                    <p>{t.reasons.get(reason.rule)}</p>
                    <SourceLine locale sources />
                </li>
            }
        })
        .collect_view();
    let emergency = outcome.urgency == Urgency::Emergency;
    view! {
        <details class="why" data-section="why">
            <summary>{summary}</summary>
            {(!emergency).then(|| view! { <p class="category">{t.category.get(outcome.category)}</p> })}
            <ul class="reasons">{reasons}</ul>
            {action
                .map(|code| {
                    view! {
                        <div class="action-source">
                            <p>{locale.fill(t.advice.get(code, country).title)}</p>
                            <SourceLine locale sources=country.guidance().advice_sources(code) />
                        </div>
                    }
                })}
        </details>
    }
}

/// What the reader can do: each item's title and first sentence as one line of text to open,
/// the rest (and its source) opening in place under it. The safety net's first line is when to
/// come back; its signs open the same way.
#[component]
fn AdviceList(
    /// The outcome.
    outcome: Outcome,
    /// Language and country.
    locale: Locale,
) -> impl IntoView {
    let t = locale.texts();
    let country = locale.country.get_untracked();
    let urgency = outcome.urgency;
    let items = outcome
        .advice
        .iter()
        .copied()
        .filter(|a| !ACTIONS.contains(a))
        .map(|code| {
            let text = t.advice.get(code, country);
            let sources = country.guidance().advice_sources(code);
            if code == Advice::SafetyNet {
                // When to come back for this outcome leads; the signs that mean help at once
                // open under it, with the rest.
                let come_back = t.care.safety_net.come_back.get(urgency).map(|c| locale.fill(c));
                return view! {
                    <li data-advice=code.code() class="safety-net">
                        <details class="more">
                            <summary>
                                <strong class="title">{text.title}"."</strong>
                                " "
                                {come_back}
                            </summary>
                            <SafetyNet locale urgency come_back_above=true />
                            <SourceLine locale sources />
                        </details>
                    </li>
                }
                .into_any();
            }
            let body = locale.fill(text.body);
            let (first, rest) = split_first_sentence(&body);
            let (first, rest) = (first.to_owned(), rest.to_owned());
            view! {
                <li data-advice=code.code()>
                    <details class="more">
                        <summary>
                            <strong class="title">{text.title}"."</strong>
                            " "
                            {first}
                        </summary>
                        {(!rest.is_empty()).then(|| view! { <p>{rest}</p> })}
                        <SourceLine locale sources />
                    </details>
                </li>
            }
            .into_any()
        })
        .collect_view();
    view! {
        <div class="advice-section" data-section="advice">
            <h3>{t.advice_heading}</h3>
            <ul class="advice">{items}</ul>
        </div>
    }
}

/// "Your answers", closed at first: the answers in plain words, in the order they were asked.
/// Questions never asked (after an early exit on an emergency sign) are left out.
#[component]
fn YourAnswers(
    /// The answers the outcome was decided from.
    answers: Answers,
    /// Language and country.
    locale: Locale,
    /// The reader's progress: which questions were really answered.
    session: Session,
) -> impl IntoView {
    let lang = locale.lang.get_untracked();
    let lines = answer_lines(&answers, &session.draft.get_untracked(), lang);
    let summary = fill(lang.texts().result.answers_count, &[("n", &lines.len().to_string())]);
    let rows = lines
        .into_iter()
        .map(|(field, label, value)| {
            view! {
                <div class="row" data-summary=field>
                    <dt>{label}</dt>
                    <dd>{value}</dd>
                </div>
            }
        })
        .collect_view();
    view! {
        <details class="answers" data-section="answers">
            <summary>{summary}</summary>
            <dl class="summary">{rows}</dl>
        </details>
    }
}

/// "Print / save as PDF" and "copy as text": the summary for a clinician, complete whatever is
/// open on screen.
#[component]
fn SummaryActions(
    /// The answers the outcome was decided from.
    answers: Answers,
    /// The outcome.
    outcome: Outcome,
    /// Language and country.
    locale: Locale,
    /// The reader's progress: which questions were really answered.
    session: Session,
    /// The dated follow-up in words, as on screen.
    follow_up: Option<String>,
) -> impl IntoView {
    let t = locale.texts();
    let status = RwSignal::new("");
    let actions = NodeRef::<leptos::html::Div>::new();
    let text = summary_text(
        &answers,
        &outcome,
        &session.draft.get_untracked(),
        locale.lang.get_untracked(),
        locale.place(),
        &print::today(),
        follow_up.as_deref(),
    );
    let copy = move |_| {
        let text = text.clone();
        leptos::task::spawn_local(async move {
            let ok = print::copy_text(&text).await.is_ok();
            // The widget may be gone by the time the clipboard answers.
            let _ = status.try_set(if ok { t.copied } else { t.copy_failed });
        });
    };
    view! {
        <div class="summary-actions" node_ref=actions>
            <button
                type="button"
                data-action="print"
                part="button"
                on:click=move |_| {
                    if let Some(el) = actions.get_untracked() {
                        print::print_summary(&el);
                    }
                }
            >
                {t.print}
            </button>
            <button type="button" data-action="copy" part="button" on:click=copy>
                {t.copy_text}
            </button>
            <p class="copy-status" role="status">{move || status.get()}</p>
        </div>
    }
}
