//! TEMPORARY: the questions' markup as `src/ui/questions.rs` built it before the port (copied
//! verbatim), against `triage::render::questions`, for every step, language, uid and draft.

#![cfg(not(target_arch = "wasm32"))]

use triage::action::Action;
use triage::decision::Trend;
use triage::i18n::{Lang, WidgetTexts, fill};
use triage::questionnaire::{Draft, DurationChoice, EMERGENCY_SIGNS, Question, STEPS};
use triage::render::html::escape;

const YES_NO: [&str; 2] = ["yes", "no"];

fn base_id(question: Question, uid: u32) -> String {
    format!("bpt{uid}-{}", question.field().name())
}

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
    let described_by = if has_hint && !is_age { format!(" aria-describedby=\"{name}-hint\"") } else { String::new() };
    format!(
        "<fieldset class=\"question\" data-question=\"{}\"{described_by}>{html}</fieldset>",
        question.field().name()
    )
}

fn old_next_label(index: usize, draft: &Draft, t: &'static WidgetTexts) -> &'static str {
    if draft.emergency_sign_up_to(index).is_some() {
        t.show_what_to_do_now
    } else if index + 1 == STEPS.len() {
        t.show_result
    } else {
        t.next
    }
}

fn old_step(index: usize, t: &'static WidgetTexts, uid: u32, draft: &Draft) -> String {
    let step = STEPS[index];
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
        escape(old_next_label(index, draft, t))
    );
    html
}

/// The error paragraph as `show_answer` built it in the DOM (`create_element("p")`, class, id,
/// text), serialised as the browser does (the texts hold no `"` nor no-break space).
fn old_error(question: Question, uid: u32, text: &str) -> String {
    assert!(!text.contains(['"', '\u{a0}']));
    format!("<p class=\"error\" id=\"{}-error\">{}</p>", base_id(question, uid), escape(text))
}

fn drafts() -> Vec<Draft> {
    let mut drafts = vec![Draft::default()];
    for sign in EMERGENCY_SIGNS {
        let mut yes = Draft::default();
        yes.set_sign(sign, true);
        drafts.push(yes);
        let mut no = Draft::default();
        no.set_sign(sign, false);
        drafts.push(no);
    }
    drafts
}

#[test]
fn the_questions_markup_is_as_before() {
    let mut all = String::new();
    let mut compared = 0;
    for lang in Lang::ALL {
        let t = lang.widget_texts();
        for uid in [0, 1, 7, 42, u32::MAX] {
            for (index, step) in STEPS.iter().enumerate() {
                for draft in drafts() {
                    let old = old_step(index, t, uid, &draft);
                    all += &old;
                    all.push('\n');
                    assert_eq!(triage::render::questions::step_content(index, t, uid, &draft), old);
                    assert_eq!(
                        triage::render::questions::next_label(index, &draft, t),
                        old_next_label(index, &draft, t)
                    );
                    compared += 1;
                }
                for question in step.questions {
                    for text in [t.please_answer, t.age_invalid] {
                        let old = old_error(*question, uid, text);
                        all += &old;
                        all.push('\n');
                        assert_eq!(triage::render::questions::error(*question, uid, text), old);
                        compared += 1;
                    }
                }
            }
        }
    }
    if let Ok(path) = std::env::var("QUESTIONS_GOLDEN_OUT") {
        std::fs::write(path, all).unwrap();
    }
    assert_eq!(compared, 5 * 5 * (10 * 9 + 2 * STEPS.iter().map(|s| s.questions.len()).sum::<usize>()));
}
