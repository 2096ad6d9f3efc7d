//! One step of the questionnaire: its heading, its questions as real fieldsets with labelled
//! inputs, and back / next. Going on with a question unanswered shows an error at that
//! question and moves focus to it; nothing is ever preselected.
//!
//! The step is a Leptos component whose markup is built from data, like the start screen's, by
//! `triage::render::questions::step_content`: every question, whatever its kind, is one row
//! shape, a fieldset of native inputs without any answer. What changes while the reader answers
//! (the radio checked, the age as typed, the error, `aria-invalid`, `aria-describedby`, the Next
//! label) is written into the page by one effect per step ([`show_answer`]), and the events are
//! handled once, on the form.
//! The WASM holds a copy of Leptos's generic code for each distinct view type and reactive
//! closure: a component per kind of question, with closures on every radio, cost about 15 KB
//! gzip more (bench/results/2026-11-30-size.md).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::{
    Completed, Hooks, HostEvent, HostSetting, Progress, Session, WidgetRoot, effect, event_closest, focus_first,
};
use triage::action::Action;
use triage::decision::Trend;
use triage::i18n::WidgetTexts;
use triage::questionnaire::{self, DurationChoice, Question, STEPS, Screen, Step, parse_age};
use triage::render::questions::{self, YES_NO};

/// Step `index` of [`STEPS`].
#[component]
pub(super) fn StepScreen(
    /// Which step, 0-based.
    index: usize,
    /// Language and country.
    locale: HostSetting,
    /// The reader's progress.
    session: Session,
    /// Callbacks to the host page.
    hooks: Hooks,
    /// Makes ids unique on the page.
    uid: u32,
) -> impl IntoView {
    let step = STEPS[index];
    let t = locale.texts();
    // The step's form, found under the widget's root (one `NodeRef` type for the whole widget).
    let root = use_context::<WidgetRoot>();
    let form = move || root?.0.try_get_untracked()??.query_selector("form.step").ok()?;

    let go_on = move || {
        let draft = session.draft();
        // After a "yes" that ends the questions (a serious accident shares its step with other
        // questions), the rest of the step need not be answered first.
        if draft.emergency_sign_up_to(index).is_none()
            && let Some(question) = draft.first_unanswered(&step)
        {
            session.progress.update(|p| p.tried_next = true);
            // Next frame: by then the error is shown and described, so it is read on arrival.
            let field = question.field().name();
            request_animation_frame(move || {
                if let Some(form) = form() {
                    focus_first(&form, &format!("[data-question=\"{field}\"] input"));
                }
            });
            return;
        }
        session.progress.update(|p| p.tried_next = false);
        let next = questionnaire::next(index, &draft);
        if next == Screen::Result
            && hooks.listening()
            && let Some(verdict) = session.verdict(locale.place().rules_country())
        {
            hooks.tell(HostEvent::Complete(Completed {
                verdict,
                asked: draft,
                lang: locale.lang(),
                country: locale.place().rules_country(),
            }));
        }
        session.screen.set(next);
    };

    // A radio picked (`change`) or the age typed (`input`; radios send one too, ignored).
    let on_edit = move |ev: web_sys::Event| {
        let Some((question, input)) = question_of(&ev, &step) else { return };
        let value = input.value();
        match (question, ev.type_() == "change") {
            (Question::Age, false) => session.progress.update(|p| {
                p.draft.age = parse_age(&value).ok();
                p.age_text = value;
            }),
            (Question::Sign(sign), true) => {
                let yes = value == "yes";
                session.progress.update(|p| p.draft.set_sign(sign, yes));
                if yes && questionnaire::EMERGENCY_SIGNS.contains(&sign) {
                    hooks.tell(HostEvent::Emergency(sign));
                }
            }
            (Question::Duration, true) => session.progress.update(|p| p.draft.duration = DurationChoice::parse(&value)),
            (Question::Trend, true) => session.progress.update(|p| p.draft.trend = Trend::parse(&value)),
            _ => {}
        }
    };

    // The answers and errors into the page, now and whenever they change. It runs after the
    // markup is in place, which carries no answer: each step (and each language) brings fresh
    // inputs, so the answers kept in `session` are put into them here, and the Next label
    // follows a "yes" to an emergency sign.
    effect(move || {
        session.progress.with(|progress| {
            let Some(form) = form() else { return };
            if let Ok(Some(label)) =
                form.query_selector(Action::Next.selector()).map(|b| b.and_then(|b| b.first_child()))
            {
                label.set_node_value(Some(questions::next_label(index, &progress.draft, t)));
            }
            for question in step.questions {
                show_answer(&form, *question, progress, t, uid);
            }
        });
    });

    let html = questions::step_content(index, t, uid, &session.draft());
    view! {
        <form
            class="screen step"
            data-step=step.id.as_str()
            novalidate
            on:submit=move |ev| {
                ev.prevent_default();
                go_on();
            }
            // Back is part of the markup, so its click is handled here.
            on:click=move |ev| {
                if event_closest(&ev, Action::Back.selector()).is_some() {
                    session.progress.update(|p| p.tried_next = false);
                    session.screen.set(questionnaire::back(Screen::Step(index), &session.draft()));
                }
            }
            // In the capture phase: an event sent by a script (`new Event("input")`) does not
            // bubble, yet it reaches the form on its way down.
            on:change:capture=on_edit
            on:input:capture=on_edit
            inner_html=html
        ></form>
    }
}

/// The question of `step` whose input sent `ev`, and that input.
fn question_of(ev: &web_sys::Event, step: &Step) -> Option<(Question, web_sys::HtmlInputElement)> {
    let input = ev.target()?.dyn_into::<web_sys::HtmlInputElement>().ok()?;
    let field = input.closest("[data-question]").ok()??.get_attribute("data-question")?;
    let question = step.questions.iter().copied().find(|q| q.field().name() == field)?;
    Some((question, input))
}

/// Shows the answer to `question` in its inputs and, when the reader tried to go on without
/// one, the error: its paragraph before the inputs, `invalid` on the fieldset,
/// `aria-invalid` on the inputs, and its id in `aria-describedby` (of the fieldset for radios,
/// of the text field for the age).
fn show_answer(form: &web_sys::Element, question: Question, progress: &Progress, t: &'static WidgetTexts, uid: u32) {
    let Ok(Some(fieldset)) = form.query_selector(&format!("[data-question=\"{}\"]", question.field().name())) else {
        return;
    };
    let (draft, tried, age_text) = (&progress.draft, progress.tried_next, progress.age_text.as_str());
    let is_age = question == Question::Age;
    let problem = (tried && !draft.is_answered(question))
        .then(|| if is_age && !age_text.trim().is_empty() { t.age_invalid } else { t.please_answer });
    let picked = match question {
        Question::Sign(sign) => draft.sign(sign).map(|yes| YES_NO[usize::from(!yes)]),
        Question::Duration => draft.duration.map(DurationChoice::value),
        Question::Trend => draft.trend.map(Trend::as_str),
        Question::Age => None,
    };
    let _ = fieldset.set_attribute("class", if problem.is_some() { "question invalid" } else { "question" });
    match (problem, fieldset.query_selector(".error").ok().flatten()) {
        (Some(text), Some(error)) => error.set_text_content(Some(text)),
        (Some(text), None) => {
            if let Some(inputs) = fieldset.last_element_child() {
                let _ = inputs.insert_adjacent_html("beforebegin", &questions::error(question, uid, text));
            }
        }
        (None, Some(error)) => error.remove(),
        (None, None) => {}
    }
    let Ok(inputs) = fieldset.query_selector_all("input") else { return };
    let hint_id = fieldset.query_selector(".hint").ok().flatten().map(|hint| hint.id());
    let described_by: Vec<String> =
        hint_id.into_iter().chain(problem.map(|_| questions::error_id(question, uid))).collect();
    for input in (0..inputs.length()).filter_map(|i| inputs.item(i)) {
        let input: web_sys::HtmlInputElement = input.unchecked_into();
        let _ = match problem {
            Some(_) => input.set_attribute("aria-invalid", "true"),
            None => input.remove_attribute("aria-invalid"),
        };
        if is_age {
            if input.value() != age_text {
                input.set_value(age_text);
            }
        } else {
            input.set_checked(picked == Some(input.value().as_str()));
        }
    }
    let described = if is_age { fieldset.query_selector("input").ok().flatten() } else { Some(fieldset) };
    if let Some(el) = described {
        let _ = match described_by.is_empty() {
            true => el.remove_attribute("aria-describedby"),
            false => el.set_attribute("aria-describedby", &described_by.join(" ")),
        };
    }
}
