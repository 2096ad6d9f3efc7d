//! The markup of one step of the questionnaire, as the widget shows it (`src/ui/questions.rs`):
//! the step number and heading, each question as a fieldset of native inputs, and Back / Next.
//! It carries no answer: the widget writes the answers, `aria-invalid` and the error's place in
//! `aria-describedby` into the page as the reader goes, and puts in the error paragraph
//! ([`error`]) when the reader tries to go on with a question unanswered.
//!
//! Every question, whatever its kind, is one row shape ([`question_row`]): the widget's WASM
//! keeps one copy of it.

use crate::action::Action;
use crate::decision::Trend;
use crate::i18n::{WidgetTexts, fill};
use crate::questionnaire::{Draft, DurationChoice, Question, STEPS};
use crate::render::html::Html;
use crate::render::markup;

/// The radio values of a yes/no question.
pub const YES_NO: [&str; 2] = ["yes", "no"];

/// The label of Next on step `index` (0-based) of [`STEPS`]: "show what to do now" after a
/// "yes" to an emergency sign, "show the result" on the last step.
pub fn next_label(index: usize, draft: &Draft, t: &WidgetTexts) -> &'static str {
    if draft.emergency_sign_up_to(index).is_some() {
        t.show_what_to_do_now
    } else if index + 1 == STEPS.len() {
        t.show_result
    } else {
        t.next
    }
}

/// The `name` of `question`'s radios, and the start of its other ids (`-legend`, `-hint`,
/// `-error`): `bpt{uid}-{field}`, unique on the page.
pub fn base_id(question: Question, uid: u32) -> String {
    let mut html = Html::new();
    base_id_into(&mut html, question, uid);
    html.into_string()
}

/// [`base_id`], written into `html`.
// Not inlined: every id of every question goes through it.
#[inline(never)]
fn base_id_into(html: &mut Html, question: Question, uid: u32) {
    html.markup(markup!("bpt")).number(uid as usize).markup(markup!("-")).text(question.field().name());
}

/// The inside of `<form class="screen step">` for step `index` (0-based) of [`STEPS`], in the
/// language of `t`, its ids made unique by `uid`: the step number (which the heading's
/// `aria-describedby` names, so that it is read when focus lands on the heading), the heading,
/// each question ([`question_row`]) and Back / Next, Next worded for `draft` ([`next_label`]).
pub fn step_content(index: usize, t: &WidgetTexts, uid: u32, draft: &Draft) -> String {
    let step = STEPS[index];
    let mut html = Html::new();
    html.markup(markup!("<p class=\"progress\" id=\"bpt"))
        .number(uid as usize)
        .markup(markup!("-progress\">"))
        .text(&fill(t.step_of, &[("x", &(index + 1).to_string()), ("n", &STEPS.len().to_string())]))
        .markup(markup!("</p><h2 tabindex=\"-1\" aria-describedby=\"bpt"))
        .number(uid as usize)
        .markup(markup!("-progress\">"))
        .text(t.step_headings.get(step.id))
        .markup(markup!("</h2>"));
    for question in step.questions {
        question_row(&mut html, *question, t, uid);
    }
    html.markup(markup!("<div class=\"nav\"><button type=\"button\""))
        .action(Action::Back)
        .markup(markup!(" part=\"button\">"))
        .text(t.back)
        .markup(markup!("</button><button type=\"submit\" class=\"primary\""))
        .action(Action::Next)
        .markup(markup!(" part=\"button primary-button\">"))
        .text(next_label(index, draft, t))
        .markup(markup!("</button></div>"));
    html.into_string()
}

/// One question as a fieldset (`data-question` its field's name): its legend, its hint, and its
/// inputs (the radios, or the age's text field with its label), without any answer. The hint
/// describes the group of radios as a whole (the fieldset's `aria-describedby`); the age's hint,
/// its text field.
fn question_row(html: &mut Html, question: Question, t: &WidgetTexts, uid: u32) {
    let (prompt, values, labels): (_, &[&str], &[&str]) = match question {
        Question::Sign(sign) => (*t.signs.get(sign), &YES_NO, &[t.yes, t.no]),
        Question::Duration => (t.duration, &DurationChoice::VALUES, &t.duration_choices),
        Question::Trend => (t.trend, &Trend::VALUES, &t.trend_choices),
        Question::Age => (t.age, &[], &[]),
    };
    let is_age = question == Question::Age;
    let has_hint = !prompt.hint.is_empty();
    html.markup(markup!("<fieldset class=\"question\" data-question=\"")).text(question.field().name());
    if has_hint && !is_age {
        html.markup(markup!("\" aria-describedby=\""));
        base_id_into(html, question, uid);
        html.markup(markup!("-hint"));
    }
    if is_age {
        html.markup(markup!("\"><legend>"))
            .text(prompt.question)
            .markup(markup!("</legend><label class=\"field-label\" for=\""));
        base_id_into(html, question, uid);
        html.markup(markup!("\">")).text(prompt.short).markup(markup!("</label>"));
    } else {
        html.markup(markup!("\"><legend id=\""));
        base_id_into(html, question, uid);
        html.markup(markup!("-legend\">")).text(prompt.question).markup(markup!("</legend>"));
    }
    if has_hint {
        html.markup(markup!("<p class=\"hint\" id=\""));
        base_id_into(html, question, uid);
        html.markup(markup!("-hint\">")).text(prompt.hint).markup(markup!("</p>"));
    }
    if is_age {
        html.markup(markup!("<input id=\""));
        base_id_into(html, question, uid);
        html.markup(markup!(
            "\" class=\"age\" part=\"input\" type=\"text\" inputmode=\"numeric\" autocomplete=\"off\" \
             maxlength=\"3\" size=\"4\" aria-describedby=\""
        ));
        base_id_into(html, question, uid);
        html.markup(markup!("-hint\">"));
    } else {
        html.markup(markup!("<div class=\"choices\">"));
        for (value, label) in values.iter().zip(labels) {
            html.markup(markup!("<label class=\"choice\" part=\"choice\"><input type=\"radio\" name=\""));
            base_id_into(html, question, uid);
            html.markup(markup!("\" value=\""))
                .text(value)
                .markup(markup!("\"><span>"))
                .text(label)
                .markup(markup!("</span></label>"));
        }
        html.markup(markup!("</div>"));
    }
    html.markup(markup!("</fieldset>"));
}

/// The id of [`error`] at `question`: `{base_id}-error`.
pub fn error_id(question: Question, uid: u32) -> String {
    let mut html = Html::new();
    base_id_into(&mut html, question, uid);
    html.markup(markup!("-error"));
    html.into_string()
}

/// The error shown at `question` when the reader tried to go on without answering it: a
/// paragraph with the id `{base_id}-error`, which the widget adds to `aria-describedby`, saying
/// `text`. The widget puts it before the question's inputs.
pub fn error(question: Question, uid: u32, text: &str) -> String {
    let mut html = Html::new();
    html.markup(markup!("<p class=\"error\"")).attr("id", &error_id(question, uid)).close_start();
    html.text(text).markup(markup!("</p>"));
    html.into_string()
}
