//! One step of the questionnaire: its heading, its questions as real fieldsets with labelled
//! inputs, and back / next. Going on with a question unanswered shows an error at that
//! question and moves focus to it; nothing is ever preselected.
//!
//! The step is a Leptos component whose markup is built from data, like the start screen's:
//! every question, whatever its kind, is one row shape ([`question_row`]), a fieldset of native
//! inputs without any answer. What changes while the reader answers (the radio checked, the age
//! as typed, the error, `aria-invalid`, `aria-describedby`, the Next label) is written into the
//! page by one effect per step ([`show_answer`]), and the events are handled once, on the form.
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
use triage::i18n::{WidgetTexts, fill};
use triage::questionnaire::{self, Draft, DurationChoice, Question, STEPS, Screen, Step, parse_age};
use triage::render::html::escape;

/// The radio values of a yes/no question.
const YES_NO: [&str; 2] = ["yes", "no"];

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
    let next_label = move |draft: &Draft| {
        if draft.emergency_sign_up_to(index).is_some() {
            t.show_what_to_do_now
        } else if index + 1 == STEPS.len() {
            t.show_result
        } else {
            t.next
        }
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
                label.set_node_value(Some(next_label(&progress.draft)));
            }
            for question in step.questions {
                show_answer(&form, *question, progress, t, uid);
            }
        });
    });

    // The step number is read when focus lands on the heading.
    let mut html = format!(
        "<p class=\"progress\" id=\"bpt{uid}-progress\">{}</p>\
         <h2 tabindex=\"-1\" aria-describedby=\"bpt{uid}-progress\">{}</h2>",
        escape(&fill(t.step_of, &[("x", &(index + 1).to_string()), ("n", &STEPS.len().to_string())])),
        escape(t.step_headings.get(step.id))
    );
    for question in step.questions {
        html += &question_row(*question, t, uid);
    }
    html += &format!(
        "<div class=\"nav\"><button type=\"button\" {} part=\"button\">{}</button>\
         <button type=\"submit\" class=\"primary\" {} part=\"button primary-button\">{}</button>\
         </div>",
        Action::Back.attribute(),
        escape(t.back),
        Action::Next.attribute(),
        escape(next_label(&session.draft()))
    );
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

/// The `name` of `question`'s radios, and the start of its other ids: unique on the page.
fn base_id(question: Question, uid: u32) -> String {
    format!("bpt{uid}-{}", question.field().name())
}

/// One question as the markup of a fieldset: its legend, its hint, and its inputs (the radios,
/// or the age's text field with its label), without any answer; texts escaped.
fn question_row(question: Question, t: &'static WidgetTexts, uid: u32) -> String {
    let name = base_id(question, uid);
    let (prompt, values, labels): (_, &'static [&'static str], Vec<&'static str>) = match question {
        Question::Sign(sign) => (*t.signs.get(sign), &YES_NO, vec![t.yes, t.no]),
        Question::Duration => (t.duration, &DurationChoice::VALUES, t.duration_choices.to_vec()),
        Question::Trend => (t.trend, &Trend::VALUES, t.trend_choices.to_vec()),
        Question::Age => (t.age, &[], vec![]),
    };
    let is_age = question == Question::Age;
    let has_hint = !prompt.hint.is_empty();
    let mut html = if is_age {
        format!(
            "<legend>{}</legend><label class=\"field-label\" for=\"{name}\">{}</label>",
            escape(prompt.question),
            escape(prompt.short)
        )
    } else {
        format!("<legend id=\"{name}-legend\">{}</legend>", escape(prompt.question))
    };
    if has_hint {
        html += &format!("<p class=\"hint\" id=\"{name}-hint\">{}</p>", escape(prompt.hint));
    }
    if is_age {
        html += &format!(
            "<input id=\"{name}\" class=\"age\" part=\"input\" type=\"text\" inputmode=\"numeric\" \
             autocomplete=\"off\" maxlength=\"3\" size=\"4\" aria-describedby=\"{name}-hint\">"
        );
    } else {
        html += "<div class=\"choices\">";
        for (value, label) in values.iter().zip(labels) {
            html += &format!(
                "<label class=\"choice\" part=\"choice\"><input type=\"radio\" name=\"{name}\" \
                 value=\"{value}\"><span>{}</span></label>",
                escape(label)
            );
        }
        html += "</div>";
    }
    // The hint describes the group of radios as a whole; the age's hint, its text field.
    let described_by = if has_hint && !is_age { format!(" aria-describedby=\"{name}-hint\"") } else { String::new() };
    format!(
        "<fieldset class=\"question\" data-question=\"{}\"{described_by}>{html}</fieldset>",
        question.field().name()
    )
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
    let error_id = format!("{}-error", base_id(question, uid));
    let _ = fieldset.set_attribute("class", if problem.is_some() { "question invalid" } else { "question" });
    match (problem, fieldset.query_selector(".error").ok().flatten()) {
        (Some(text), Some(error)) => error.set_text_content(Some(text)),
        (Some(text), None) => {
            if let Some(error) = fieldset.owner_document().and_then(|d| d.create_element("p").ok()) {
                error.set_class_name("error");
                error.set_id(&error_id);
                error.set_text_content(Some(text));
                let _ = fieldset.insert_before(&error, fieldset.last_element_child().as_ref().map(|e| e.as_ref()));
            }
        }
        (None, Some(error)) => error.remove(),
        (None, None) => {}
    }
    let Ok(inputs) = fieldset.query_selector_all("input") else { return };
    let hint_id = fieldset.query_selector(".hint").ok().flatten().map(|hint| hint.id());
    let described_by: Vec<String> = hint_id.into_iter().chain(problem.map(|_| error_id)).collect();
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
