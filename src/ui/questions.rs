//! One step of the questionnaire: its heading, its questions as real fieldsets with labelled
//! inputs, and back / next. Going on with a question unanswered shows an error at that
//! question and moves focus to it; nothing is ever preselected.

use leptos::html;
use leptos::prelude::*;

use super::{Hooks, Locale, Session, focus_first};
use crate::decision::{Sign, Trend};
use crate::i18n::{Prompt, fill};
use crate::questionnaire::{self, DurationChoice, Question, STEPS, Screen, parse_age};

/// The radio values of a yes/no question.
const YES_NO: [&str; 2] = ["yes", "no"];

/// Step `index` of [`STEPS`].
#[component]
pub(super) fn StepScreen(
    /// Which step, 0-based.
    index: usize,
    /// Language and country.
    locale: Locale,
    /// The reader's progress.
    session: Session,
    /// Callbacks to the host page.
    hooks: Hooks,
    /// Makes ids unique on the page.
    uid: u32,
) -> impl IntoView {
    let step = STEPS[index];
    let t = locale.texts();
    let form = NodeRef::<html::Form>::new();

    let go_on = move || {
        let draft = session.draft.get_untracked();
        if let Some(question) = draft.first_unanswered(&step) {
            session.tried_next.set(true);
            // Next frame: by then the error is rendered and described, so it is read on arrival.
            let field = question.field().name();
            request_animation_frame(move || {
                if let Some(Some(form)) = form.try_get_untracked() {
                    focus_first(&form, &format!("[data-question=\"{field}\"] input"));
                }
            });
            return;
        }
        session.tried_next.set(false);
        let next = questionnaire::next(index, &draft);
        if next == Screen::Result
            && let (Some(on_complete), Some((answers, outcome))) = (hooks.on_complete, session.outcome())
        {
            on_complete.run(super::Completed { answers, outcome, asked: draft, lang: locale.lang.get_untracked() });
        }
        session.screen.set(next);
    };
    let go_back = move |_| {
        session.tried_next.set(false);
        session.screen.set(questionnaire::back(Screen::Step(index), &session.draft.get_untracked()));
    };
    let next_label = move || {
        if session.draft.with(|d| d.emergency_sign().is_some()) {
            t.show_what_to_do_now
        } else if index + 1 == STEPS.len() {
            t.show_result
        } else {
            t.next
        }
    };

    let questions = step
        .questions
        .iter()
        .map(|question| match *question {
            Question::Sign(sign) => view! { <YesNoQuestion sign locale session hooks uid /> }.into_any(),
            Question::Age => view! { <AgeQuestion locale session uid /> }.into_any(),
            Question::Duration => view! { <DurationQuestion locale session uid /> }.into_any(),
            Question::Trend => view! { <TrendQuestion locale session uid /> }.into_any(),
        })
        .collect_view();

    view! {
        <form
            class="screen step"
            data-step=step.id.as_str()
            novalidate
            node_ref=form
            on:submit=move |ev| {
                ev.prevent_default();
                go_on();
            }
        >
            <p class="progress" id=format!("bpt{uid}-progress")>
                {fill(t.step_of, &[("x", &(index + 1).to_string()), ("n", &STEPS.len().to_string())])}
            </p>
            // The step number is read when focus lands on the heading.
            <h2 tabindex="-1" aria-describedby=format!("bpt{uid}-progress")>{t.step_headings.get(step.id)}</h2>
            {questions}
            <div class="nav">
                <button type="button" data-action="back" part="button" on:click=go_back>
                    {t.back}
                </button>
                <button type="submit" class="primary" data-action="next" part="button primary-button">
                    {next_label}
                </button>
            </div>
        </form>
    }
}

/// A question answered by picking one of several radios.
#[component]
fn ChoiceQuestion(
    /// The `Answers` field: the fieldset's `data-question`, and part of the radios' name.
    field: &'static str,
    /// The question's texts in the current language.
    prompt: Prompt,
    /// The radio values, in order (stable hooks; never translated).
    values: &'static [&'static str],
    /// The label of each value in the current language.
    labels: Vec<&'static str>,
    /// The value picked so far.
    picked: Signal<Option<&'static str>>,
    /// Called with the value the reader picks.
    on_pick: Callback<&'static str>,
    /// Language and country.
    locale: Locale,
    /// The reader's progress.
    session: Session,
    /// Makes ids unique on the page.
    uid: u32,
) -> impl IntoView {
    let name = format!("bpt{uid}-{field}");
    let legend_id = format!("{name}-legend");
    let hint_id = format!("{name}-hint");
    let error_id = format!("{name}-error");
    let missing = move || session.tried_next.get() && picked.get().is_none();
    let has_hint = !prompt.hint.is_empty();
    let described_by = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || {
            let ids: Vec<&str> = [(has_hint, hint_id.as_str()), (missing(), error_id.as_str())]
                .into_iter()
                .filter(|(on, _)| *on)
                .map(|(_, id)| id)
                .collect();
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let please_answer = locale.texts().please_answer;
    let choices = values
        .iter()
        .enumerate()
        .map(|(i, value)| {
            let value: &'static str = value;
            view! {
                <label class="choice" part="choice">
                    // `checked` before `name`: moving to the next step, the view rebuilds these
                    // inputs in place. A radio still checked from the old question that joins
                    // the new question's group unchecks the answer already set there, so each
                    // radio gets its new checkedness while still in its old group.
                    <input
                        type="radio"
                        prop:checked=move || picked.get() == Some(value)
                        name=name.clone()
                        value=value
                        aria-invalid=move || missing().then_some("true")
                        on:change=move |_| on_pick.run(value)
                    />
                    <span>{labels.get(i).copied().unwrap_or_default()}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="question" data-question=field aria-describedby=described_by class:invalid=missing>
            <legend id=legend_id>{prompt.question}</legend>
            {has_hint.then(|| view! { <p class="hint" id=hint_id>{prompt.hint}</p> })}
            {move || missing().then(|| view! { <p class="error" id=error_id.clone()>{please_answer}</p> })}
            <div class="choices">{choices}</div>
        </fieldset>
    }
}

/// A yes/no question about one sign.
#[component]
fn YesNoQuestion(
    /// The sign asked about.
    sign: Sign,
    /// Language and country.
    locale: Locale,
    /// The reader's progress.
    session: Session,
    /// Callbacks to the host page (an emergency sign answered "yes" is reported at once).
    hooks: Hooks,
    /// Makes ids unique on the page.
    uid: u32,
) -> impl IntoView {
    let t = locale.texts();
    let prompt = *t.signs.get(sign);
    let labels = vec![t.yes, t.no];
    let picked = Signal::derive(move || session.draft.with(|d| d.sign(sign)).map(|yes| if yes { "yes" } else { "no" }));
    let on_pick = Callback::new(move |value: &'static str| {
        let yes = value == "yes";
        session.draft.update(|d| d.set_sign(sign, yes));
        if yes
            && questionnaire::EMERGENCY_SIGNS.contains(&sign)
            && let Some(on_emergency) = hooks.on_emergency
        {
            on_emergency.run(sign);
        }
    });
    view! {
        <ChoiceQuestion
            field=sign.field_name()
            prompt
            values=&YES_NO
            labels
            picked
            on_pick
            locale
            session
            uid
        />
    }
}

/// How long this bout has lasted, in the guideline's steps.
#[component]
fn DurationQuestion(
    /// Language and country.
    locale: Locale,
    /// The reader's progress.
    session: Session,
    /// Makes ids unique on the page.
    uid: u32,
) -> impl IntoView {
    let prompt = locale.texts().duration;
    let labels = locale.texts().duration_choices.to_vec();
    let picked = Signal::derive(move || session.draft.with(|d| d.duration.map(DurationChoice::value)));
    let on_pick = Callback::new(move |value: &'static str| {
        session.draft.update(|d| d.duration = DurationChoice::parse(value));
    });
    view! {
        <ChoiceQuestion
            field="duration_weeks"
            prompt
            values=&DurationChoice::VALUES
            labels
            picked
            on_pick
            locale
            session
            uid
        />
    }
}

/// How the pain has gone lately.
#[component]
fn TrendQuestion(
    /// Language and country.
    locale: Locale,
    /// The reader's progress.
    session: Session,
    /// Makes ids unique on the page.
    uid: u32,
) -> impl IntoView {
    let prompt = locale.texts().trend;
    let labels = locale.texts().trend_choices.to_vec();
    let picked = Signal::derive(move || session.draft.with(|d| d.trend.map(Trend::as_str)));
    let on_pick = Callback::new(move |value: &'static str| {
        session.draft.update(|d| d.trend = Trend::parse(value));
    });
    view! {
        <ChoiceQuestion
            field="trend"
            prompt
            values=&Trend::VALUES
            labels
            picked
            on_pick
            locale
            session
            uid
        />
    }
}

/// The age, typed as a whole number.
#[component]
fn AgeQuestion(
    /// Language and country.
    locale: Locale,
    /// The reader's progress.
    session: Session,
    /// Makes ids unique on the page.
    uid: u32,
) -> impl IntoView {
    let t = locale.texts();
    let input_id = format!("bpt{uid}-age");
    let error_id = format!("bpt{uid}-age-error");
    let hint_id = format!("bpt{uid}-age-hint");
    let problem = move || {
        (session.tried_next.get() && session.draft.with(|d| d.age.is_none()))
            .then(|| if session.age_text.with(|s| s.trim().is_empty()) { t.please_answer } else { t.age_invalid })
    };
    let described_by = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || if problem().is_some() { format!("{hint_id} {error_id}") } else { hint_id.clone() }
    };
    view! {
        <fieldset class="question" data-question="age" class:invalid=move || problem().is_some()>
            <legend>{t.age.question}</legend>
            <label class="field-label" for=input_id.clone()>
                {t.age.short}
            </label>
            <p class="hint" id=hint_id>{t.age.hint}</p>
            {
                let error_id = error_id.clone();
                move || problem().map(|text| view! { <p class="error" id=error_id.clone()>{text}</p> })
            }
            <input
                id=input_id
                class="age"
                part="input"
                type="text"
                inputmode="numeric"
                autocomplete="off"
                maxlength="3"
                size="4"
                aria-describedby=described_by
                aria-invalid=move || problem().map(|_| "true")
                prop:value=move || session.age_text.get()
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    session.draft.update(|d| d.age = parse_age(&text).ok());
                    session.age_text.set(text);
                }
            />
        </fieldset>
    }
}
