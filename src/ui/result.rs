//! The outcome screen: the action as a headline, who to contact with `tel:` links, why (each
//! reason with its source), what to do, the safety net, the answers given, and the way back.
//! An emergency shows only the call, who to call, and why: nothing that distracts.

use leptos::prelude::*;

use super::clinic::ClinicContact;
use super::safety_net::SafetyNet;
use super::{EmergencyCall, Locale, Session};
use crate::clinic::Placement;
use crate::country::Country;
use crate::decision::rules::all_reasons;
use crate::decision::{Advice, Answers, Outcome, Urgency};
use crate::i18n::{cite_for_reader, dk_regions};
use crate::questionnaire::Screen;
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
    let lang = locale.lang.get_untracked();
    let country = locale.country.get_untracked();
    let urgency = outcome.urgency;
    let emergency = urgency == Urgency::Emergency;
    // Sources in the reader's language: the original title, then what it is in their words.
    let source_line =
        move |sources| view! { <p class="source">{t.source_label}": "{cite_for_reader(sources, lang)}</p> };
    let advice_source = move |code| source_line(country.guidance().advice_sources(code));

    let reasons = outcome
        .reasons
        .iter()
        .map(|reason| {
            let sources = all_reasons().find(|(id, _)| *id == reason.rule).map(|(_, s)| s).unwrap_or_default();
            view! {
                <li data-rule=reason.rule.as_str()>
                    <p>{t.reasons.get(reason.rule)}</p>
                    {source_line(sources)}
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
            let text = t.advice.get(code, country);
            let body = if code == Advice::SafetyNet {
                view! { <SafetyNet locale urgency /> }.into_any()
            } else {
                view! { <p>{locale.fill(text.body)}</p> }.into_any()
            };
            view! {
                <li data-advice=code.code() class:safety-net=code == Advice::SafetyNet>
                    <h4>{text.title}</h4>
                    {body}
                    {advice_source(code)}
                </li>
            }
        })
        .collect_view();

    // The first advice code is the action the headline already says in words; an emergency
    // adds the big call button.
    let action = outcome.advice.first().copied().filter(|a| ACTIONS.contains(a)).map(|code| {
        view! {
            <div class="action" data-advice=code.code()>
                {(code == Advice::CallEmergency)
                    .then(|| {
                        view! {
                            <EmergencyCall locale />
                            <p class="or-go" data-emergency-department>{locale.fill(t.result.or_go_straight_to)}</p>
                            <p>{locale.fill(t.advice.get(code, country).body)}</p>
                        }
                    })}
                {advice_source(code)}
            </div>
        }
    });

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
                <p>{locale.fill(t.headline_body.get(urgency))}</p>
                {action}
            </div>
            <div class="contacts-section">
                <ClinicContact locale urgency at=Placement::First />
                <Contacts locale emergency />
                <ClinicContact locale urgency at=Placement::AfterNational />
            </div>
            {(!emergency).then(|| view! { <p class="category">{t.category.get(outcome.category)}</p> })}
            <h3>{t.why_heading}</h3>
            <ul class="reasons">{reasons}</ul>
            {(!emergency)
                .then(|| {
                    view! {
                        <div class="advice-section">
                            <h3>{t.advice_heading}</h3>
                            <ul class="advice">{advice}</ul>
                        </div>
                    }
                })}
            <Summary answers locale session />
            <SummaryActions answers outcome=outcome.clone() locale session />
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
            <p class="note" data-intended-use>{locale.fill(t.disclaimer)}</p>
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
    let t = locale.texts();
    let country = locale.country.get_untracked();
    let place = locale.place();
    let tel = |number: &str| format!("tel:{}", Country::dial(number));
    // One out-of-hours line, or, in Denmark without a region, every region's in a short list.
    let out_of_hours_lines = move || match place.out_of_hours_number() {
        Some(number) => view! {
            <li data-contact="out_of_hours" data-region=place.dk_region().map(|r| r.code())>
                <span class="label">{capitalised(&locale.fill(t.ooh_label))}</span>
                " "
                <a href=tel(number)>{number}</a>
                {place.dk_region().map(|r| view! { <span class="hint">" "{r.name()}</span> })}
            </li>
        }
        .into_any(),
        None => view! {
            <li class="regions">
                <span class="label">{t.care.dk_regions}</span>
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
            </li>
        }
        .into_any(),
    };
    view! {
        <h3>{t.contacts_heading}</h3>
        <ul class="contacts">
            <li data-contact="emergency">
                <span class="label">{t.emergency_label}</span>
                " "
                <a href=tel(country.emergency_number())>{country.emergency_number()}</a>
            </li>
            {(!emergency).then(out_of_hours_lines)}
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
    let lang = locale.lang.get_untracked();
    let rows = answer_lines(&answers, &session.draft.get_untracked(), lang)
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
        <h3>{lang.texts().summary_heading}</h3>
        <dl class="summary">{rows}</dl>
    }
}

/// "Print / save as PDF" and "copy as text": the summary for a clinician.
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
        None,
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
