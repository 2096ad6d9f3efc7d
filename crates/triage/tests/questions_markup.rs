//! The questions' markup (`triage::render::questions`), as the widget puts it into each step's
//! form (`src/ui/questions.rs`), for every step in every language: the hooks pages and tests use
//! (`data-question`, `data-action`, the radios' names and values), the ids and what names them
//! (`aria-describedby`, `for`), each legend and hint, Next's label, the error paragraph, and that
//! every text is escaped.

use crate::common;

use common::markup::{Find, Markup, attr, fragment, text};
use scraper::ElementRef;
use triage::decision::Trend;
use triage::i18n::{BySign, Lang, Prompt, WidgetTexts, fill};
use triage::questionnaire::{Draft, DurationChoice, EMERGENCY_SIGNS, Question, STEPS, step_of};
use triage::render::questions::{YES_NO, base_id, error, error_id, next_label, step_content};

/// The text of the one element matching `css` in `markup`.
fn text_of(markup: &Markup, css: &str) -> String {
    text(markup.one(css))
}

/// The prompt, radio values and labels of `question` in `t`.
fn prompt_of(question: Question, t: &WidgetTexts) -> (Prompt, Vec<&'static str>, Vec<&'static str>) {
    match question {
        Question::Sign(sign) => (*t.signs.get(sign), YES_NO.to_vec(), vec![t.yes, t.no]),
        Question::Duration => (t.duration, DurationChoice::VALUES.to_vec(), t.duration_choices.to_vec()),
        Question::Trend => (t.trend, Trend::VALUES.to_vec(), t.trend_choices.to_vec()),
        Question::Age => (t.age, vec![], vec![]),
    }
}

/// The fieldset of `question` in `markup`.
fn fieldset(markup: &Markup, question: Question) -> ElementRef<'_> {
    markup.one(&format!("fieldset[data-question=\"{}\"]", question.field().name()))
}

/// Checks step `index` in `t` with `uid` and `draft`, as the widget shows it: well-formed (the
/// parser's round trip, which also shows every text escaped), and its structure.
fn check_step(index: usize, t: &WidgetTexts, uid: u32, draft: &Draft) {
    let step = STEPS[index];
    let markup = fragment(&step_content(index, t, uid, draft));
    let context = format!("step {} ({index}), uid {uid}", step.id.as_str());

    // Every id once; everything `for` or `aria-describedby` names is among them.
    let ids: Vec<&str> = markup.all("[id]").into_iter().filter_map(|e| attr(e, "id")).collect();
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), ids.len(), "{context}: an id twice in {ids:?}");
    assert!(ids.iter().all(|id| id.starts_with(&format!("bpt{uid}-"))), "{context}: {ids:?}");
    for element in markup.all("[for], [aria-describedby]") {
        for named in [attr(element, "for"), attr(element, "aria-describedby")].into_iter().flatten() {
            for id in named.split(' ') {
                assert!(ids.contains(&id), "{context}: {id} is named but not in the markup");
            }
        }
    }

    // The step number describes the heading, so that it is read when focus lands there.
    let progress = format!("bpt{uid}-progress");
    let step_of_text = fill(t.step_of, &[("x", &(index + 1).to_string()), ("n", &STEPS.len().to_string())]);
    assert_eq!(text_of(&markup, &format!("p[id=\"{progress}\"]")), step_of_text, "{context}");
    let heading = markup.one("h2");
    assert_eq!(attr(heading, "aria-describedby"), Some(progress.as_str()), "{context}");
    assert_eq!(attr(heading, "tabindex"), Some("-1"), "{context}");
    assert_eq!(text(heading), t.step_headings.get(step.id), "{context}");

    // One fieldset per question, in order, and nothing else asked.
    let asked: Vec<&str> = markup.all("[data-question]").into_iter().filter_map(|e| attr(e, "data-question")).collect();
    let expected: Vec<&str> = step.questions.iter().map(|q| q.field().name()).collect();
    assert_eq!(asked, expected, "{context}");
    for &question in step.questions {
        check_question(fieldset(&markup, question), question, t, uid, &context);
    }

    // Back, then Next (the form's submit), worded for the draft.
    let actions: Vec<(&str, &str)> = markup
        .all("button")
        .into_iter()
        .map(|b| (attr(b, "data-action").expect("an action"), attr(b, "type").expect("a type")))
        .collect();
    assert_eq!(actions, [("back", "button"), ("next", "submit")], "{context}");
    assert_eq!(text_of(&markup, "button[data-action=\"back\"]"), t.back, "{context}");
    assert_eq!(text_of(&markup, "button[data-action=\"next\"]"), next_label(index, draft, t), "{context}");
    // No answer is preselected, and no error shows before the reader tries to go on.
    assert_eq!(markup.count("[checked], [aria-invalid], .error, [id$=\"-error\"]"), 0, "{context}");
}

/// Checks one question's fieldset: its legend, its hint and what it describes, and its inputs.
fn check_question(fieldset: ElementRef, question: Question, t: &WidgetTexts, uid: u32, context: &str) {
    let (prompt, values, labels) = prompt_of(question, t);
    let base = base_id(question, uid);
    assert_eq!(base, format!("bpt{uid}-{}", question.field().name()));
    let context = format!("{context}, {}", question.field().name());
    let hint_id = format!("{base}-hint");
    let has_hint = !prompt.hint.is_empty();
    let legend = fieldset.one("legend");
    assert_eq!(text(legend), prompt.question, "{context}");
    if has_hint {
        assert_eq!(text(fieldset.one(&format!("p.hint[id=\"{hint_id}\"]"))), prompt.hint, "{context}");
    } else {
        assert_eq!(fieldset.count(".hint"), 0, "{context}: a hint without text");
    }
    let inputs = fieldset.all("input");
    if question == Question::Age {
        // The age: a labelled text field, which the hint describes.
        assert_eq!(attr(fieldset, "aria-describedby"), None, "{context}");
        assert_eq!(text(fieldset.one(&format!("label[for=\"{base}\"]"))), prompt.short, "{context}");
        let [input] = inputs[..] else { panic!("{context}: one text field, not {}", inputs.len()) };
        assert_eq!(attr(input, "id"), Some(base.as_str()), "{context}");
        assert_eq!(attr(input, "type"), Some("text"), "{context}");
        assert_eq!(attr(input, "inputmode"), Some("numeric"), "{context}");
        assert_eq!(attr(input, "aria-describedby"), Some(hint_id.as_str()), "{context}");
    } else {
        // Radios: the legend names the group, the hint describes it as a whole.
        assert_eq!(attr(legend, "id"), Some(format!("{base}-legend").as_str()), "{context}");
        assert_eq!(attr(fieldset, "aria-describedby"), has_hint.then_some(hint_id.as_str()), "{context}");
        let radios: Vec<(&str, &str, &str)> = inputs
            .iter()
            .map(|&i| (attr(i, "type").unwrap(), attr(i, "name").unwrap(), attr(i, "value").unwrap()))
            .collect();
        let expected: Vec<(&str, &str, &str)> = values.iter().map(|v| ("radio", base.as_str(), *v)).collect();
        assert_eq!(radios, expected, "{context}");
        let shown: Vec<String> = fieldset.all("span").into_iter().map(text).collect();
        assert_eq!(shown, labels, "{context}");
    }
}

fn drafts() -> Vec<Draft> {
    let mut drafts = vec![Draft::default()];
    for sign in EMERGENCY_SIGNS {
        let mut yes = Draft::default();
        yes.set_sign(sign, true);
        drafts.push(yes);
    }
    drafts
}

#[test]
fn every_step_in_every_language_has_its_hooks_ids_legends_and_hints() {
    for lang in Lang::ALL {
        let t = lang.widget_texts();
        for uid in [0, 3, u32::MAX] {
            for index in 0..STEPS.len() {
                for draft in drafts() {
                    check_step(index, t, uid, &draft);
                }
            }
        }
    }
}

#[test]
fn next_says_what_comes_after_the_step() {
    for lang in Lang::ALL {
        let t = lang.widget_texts();
        for index in 0..STEPS.len() {
            let last = index + 1 == STEPS.len();
            assert_eq!(next_label(index, &Draft::default(), t), if last { t.show_result } else { t.next });
            for sign in EMERGENCY_SIGNS {
                let mut yes = Draft::default();
                yes.set_sign(sign, true);
                let after = step_of(Question::Sign(sign)) <= index;
                let expected = if after { t.show_what_to_do_now } else { next_label(index, &Draft::default(), t) };
                assert_eq!(next_label(index, &yes, t), expected, "{lang:?}, step {index}, {sign:?}");
            }
        }
    }
}

/// `html` is the error paragraph alone (the fragment's elements are the children of the `<html>` the
/// parser adds): `<p class="error" id="{id}">` saying `text_said`, well-formed.
fn check_error(html: &str, id: &str, text_said: &str) {
    let markup = fragment(html);
    let [p] = markup.all("html > *")[..] else { panic!("one element in {html}") };
    assert_eq!(p.value().name(), "p", "{html}");
    let attrs: Vec<(&str, &str)> = p.value().attrs().collect();
    assert_eq!(attrs, [("class", "error"), ("id", id)], "{html}");
    assert_eq!(p.children().count(), 1, "{html}: its text alone");
    assert_eq!(text(p), text_said, "{html}");
}

#[test]
fn the_error_paragraph_has_the_id_the_widget_adds_to_aria_describedby() {
    for lang in Lang::ALL {
        let t = lang.widget_texts();
        for question in STEPS.iter().flat_map(|s| s.questions.iter().copied()) {
            for text in [t.please_answer, t.age_invalid] {
                let id = error_id(question, 9);
                assert_eq!(id, format!("{}-error", base_id(question, 9)));
                check_error(&error(question, 9, text), &id, text);
            }
        }
    }
}

#[test]
fn every_text_is_escaped() {
    const HOSTILE: &str = "<b onclick=\"x\">&</b>";
    let hostile = Prompt { question: HOSTILE, hint: HOSTILE, short: HOSTILE };
    let en = Lang::En.widget_texts();
    let h = hostile;
    let signs = BySign {
        bladder_or_bowel_problems: h,
        saddle_numbness: h,
        both_legs: h,
        leg_weakness: h,
        leg_numbness: h,
        fever_or_unwell: h,
        trauma: h,
        minor_fall: h,
        weight_loss: h,
        cancer_history: h,
        constant_night_pain: h,
        osteoporosis_or_steroids: h,
        pain_below_knee: h,
        uncontrolled_pain: h,
        major_impact: h,
        worried: h,
    };
    let t = WidgetTexts {
        step_of: HOSTILE,
        back: HOSTILE,
        next: HOSTILE,
        show_result: HOSTILE,
        yes: HOSTILE,
        no: HOSTILE,
        signs,
        age: hostile,
        duration: hostile,
        duration_choices: [HOSTILE; 8],
        trend: hostile,
        trend_choices: [HOSTILE; 3],
        ..*en
    };
    for index in 0..STEPS.len() {
        // Escaped: the round trip passes, no <b> or onclick is made, and every text reads as given.
        let markup = fragment(&step_content(index, &t, 1, &Draft::default()));
        assert_eq!(markup.count("b, [onclick]"), 0);
        check_step(index, &t, 1, &Draft::default());
    }
    check_error(&error(Question::Age, 1, HOSTILE), "bpt1-age-error", HOSTILE);
}
