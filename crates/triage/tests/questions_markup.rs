//! The questions' markup (`triage::render::questions`), as the widget puts it into each step's
//! form (`src/ui/questions.rs`), for every step in every language: the hooks pages and tests use
//! (`data-question`, `data-action`, the radios' names and values), the ids and what names them
//! (`aria-describedby`, `for`), each legend and hint, Next's label, the error paragraph, and that
//! every text is escaped.

#![cfg(not(target_arch = "wasm32"))]

use triage::decision::Trend;
use triage::i18n::{BySign, Lang, Prompt, WidgetTexts, fill};
use triage::questionnaire::{Draft, DurationChoice, EMERGENCY_SIGNS, Question, STEPS, step_of};
use triage::render::html::Html;
use triage::render::questions::{YES_NO, base_id, error, error_id, next_label, step_content};

/// `text` as the markup builder writes it.
fn escaped(text: &str) -> String {
    Html::new().text(text).as_str().to_owned()
}

/// One piece of markup: a start tag with its attributes (values as written), an end tag, or
/// text (as written, escaped).
#[derive(Debug, PartialEq)]
enum Token {
    Start(String, Vec<(String, String)>),
    End(String),
    Text(String),
}

/// `html` as tokens. Enough for markup whose attribute values are double-quoted and escaped
/// (no `>` inside a tag), which is all the builder writes.
fn tokens(html: &str) -> Vec<Token> {
    let mut out = vec![];
    let mut rest = html;
    while !rest.is_empty() {
        if let Some(tag) = rest.strip_prefix('<') {
            let end = tag.find('>').expect("a tag ends");
            let inside = &tag[..end];
            rest = &tag[end + 1..];
            if let Some(name) = inside.strip_prefix('/') {
                out.push(Token::End(name.to_owned()));
                continue;
            }
            let (name, mut attrs_text) = inside.split_once(' ').unwrap_or((inside, ""));
            let mut attrs = vec![];
            while !attrs_text.is_empty() {
                let (attr, after) = match attrs_text.split_once("=\"") {
                    Some((attr, after)) if !attr.contains(' ') => (attr, after),
                    // A boolean attribute would have no value: the questions write none.
                    _ => panic!("an attribute without a value in <{inside}>"),
                };
                let (value, after) = after.split_once('"').expect("a quoted value ends");
                attrs.push((attr.to_owned(), value.to_owned()));
                attrs_text = after.strip_prefix(' ').unwrap_or(after);
            }
            out.push(Token::Start(name.to_owned(), attrs));
        } else {
            let end = rest.find('<').unwrap_or(rest.len());
            out.push(Token::Text(rest[..end].to_owned()));
            rest = &rest[end..];
        }
    }
    out
}

fn attr<'a>(token: &'a Token, name: &str) -> Option<&'a str> {
    match token {
        Token::Start(_, attrs) => attrs.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str()),
        _ => None,
    }
}

fn is_start(token: &Token, tag: &str) -> bool {
    matches!(token, Token::Start(name, _) if name == tag)
}

/// The text right after the first start tag `tag` whose `attr_name` is `value` (any, when `None`)
/// in `tokens[from..]`.
fn text_after(tokens: &[Token], tag: &str, at: Option<(&str, &str)>) -> String {
    let i = tokens
        .iter()
        .position(|t| is_start(t, tag) && at.is_none_or(|(n, v)| attr(t, n) == Some(v)))
        .unwrap_or_else(|| panic!("a <{tag}> with {at:?}"));
    match &tokens[i + 1] {
        Token::Text(text) => text.clone(),
        other => panic!("text after <{tag}>, not {other:?}"),
    }
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

/// The tokens of the fieldset of `question` in `tokens`, from its start tag to its end tag.
fn fieldset(tokens: &[Token], question: Question) -> &[Token] {
    let name = question.field().name();
    let start = tokens
        .iter()
        .position(|t| is_start(t, "fieldset") && attr(t, "data-question") == Some(name))
        .unwrap_or_else(|| panic!("the fieldset of {name}"));
    let end = start + tokens[start..].iter().position(|t| *t == Token::End("fieldset".into())).expect("its end");
    &tokens[start..=end]
}

/// Checks step `index` in `t` with `uid` and `draft`, as the widget shows it.
fn check_step(index: usize, t: &WidgetTexts, uid: u32, draft: &Draft) {
    let step = STEPS[index];
    let html = step_content(index, t, uid, draft);
    let tokens = tokens(&html);
    let context = format!("step {} ({index}), uid {uid}", step.id.as_str());

    // Every id once; everything `for` or `aria-describedby` names is among them.
    let ids: Vec<&str> = tokens.iter().filter_map(|t| attr(t, "id")).collect();
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), ids.len(), "{context}: an id twice in {ids:?}");
    assert!(ids.iter().all(|id| id.starts_with(&format!("bpt{uid}-"))), "{context}: {ids:?}");
    for token in &tokens {
        for named in [attr(token, "for"), attr(token, "aria-describedby")].into_iter().flatten() {
            for id in named.split(' ') {
                assert!(ids.contains(&id), "{context}: {id} is named but not in the markup");
            }
        }
    }

    // The step number describes the heading, so that it is read when focus lands there.
    let progress = format!("bpt{uid}-progress");
    let step_of_text = fill(t.step_of, &[("x", &(index + 1).to_string()), ("n", &STEPS.len().to_string())]);
    assert_eq!(text_after(&tokens, "p", Some(("id", &progress))), escaped(&step_of_text), "{context}");
    let heading = tokens.iter().find(|t| is_start(t, "h2")).expect("a heading");
    assert_eq!(attr(heading, "aria-describedby"), Some(progress.as_str()), "{context}");
    assert_eq!(attr(heading, "tabindex"), Some("-1"), "{context}");
    assert_eq!(text_after(&tokens, "h2", None), escaped(t.step_headings.get(step.id)), "{context}");

    // One fieldset per question, in order, and nothing else asked.
    let asked: Vec<&str> = tokens.iter().filter_map(|t| attr(t, "data-question")).collect();
    let expected: Vec<&str> = step.questions.iter().map(|q| q.field().name()).collect();
    assert_eq!(asked, expected, "{context}");
    for &question in step.questions {
        check_question(fieldset(&tokens, question), question, t, uid, &context);
    }

    // Back, then Next (the form's submit), worded for the draft.
    let actions: Vec<(&str, &str)> = tokens
        .iter()
        .filter(|t| is_start(t, "button"))
        .map(|b| (attr(b, "data-action").expect("an action"), attr(b, "type").expect("a type")))
        .collect();
    assert_eq!(actions, [("back", "button"), ("next", "submit")], "{context}");
    assert_eq!(text_after(&tokens, "button", Some(("data-action", "back"))), escaped(t.back), "{context}");
    assert_eq!(
        text_after(&tokens, "button", Some(("data-action", "next"))),
        escaped(next_label(index, draft, t)),
        "{context}"
    );
    // No answer is preselected, and no error shows before the reader tries to go on.
    assert!(!html.contains("checked") && !html.contains("aria-invalid") && !html.contains("error"), "{context}");
}

/// Checks one question's fieldset: its legend, its hint and what it describes, and its inputs.
fn check_question(tokens: &[Token], question: Question, t: &WidgetTexts, uid: u32, context: &str) {
    let (prompt, values, labels) = prompt_of(question, t);
    let base = base_id(question, uid);
    assert_eq!(base, format!("bpt{uid}-{}", question.field().name()));
    let context = format!("{context}, {}", question.field().name());
    let hint_id = format!("{base}-hint");
    let has_hint = !prompt.hint.is_empty();
    assert_eq!(text_after(tokens, "legend", None), escaped(prompt.question), "{context}");
    if has_hint {
        assert_eq!(text_after(tokens, "p", Some(("id", &hint_id))), escaped(prompt.hint), "{context}");
    } else {
        assert!(!tokens.iter().any(|t| attr(t, "class") == Some("hint")), "{context}: a hint without text");
    }
    let inputs: Vec<&Token> = tokens.iter().filter(|t| is_start(t, "input")).collect();
    if question == Question::Age {
        // The age: a labelled text field, which the hint describes.
        assert_eq!(attr(&tokens[0], "aria-describedby"), None, "{context}");
        assert_eq!(text_after(tokens, "label", Some(("for", &base))), escaped(prompt.short), "{context}");
        let [input] = inputs[..] else { panic!("{context}: one text field, not {inputs:?}") };
        assert_eq!(attr(input, "id"), Some(base.as_str()), "{context}");
        assert_eq!(attr(input, "type"), Some("text"), "{context}");
        assert_eq!(attr(input, "inputmode"), Some("numeric"), "{context}");
        assert_eq!(attr(input, "aria-describedby"), Some(hint_id.as_str()), "{context}");
    } else {
        // Radios: the legend names the group, the hint describes it as a whole.
        let legend = tokens.iter().find(|t| is_start(t, "legend")).expect("a legend");
        assert_eq!(attr(legend, "id"), Some(format!("{base}-legend").as_str()), "{context}");
        assert_eq!(attr(&tokens[0], "aria-describedby"), has_hint.then_some(hint_id.as_str()), "{context}");
        let radios: Vec<(&str, &str, &str)> = inputs
            .iter()
            .map(|i| (attr(i, "type").unwrap(), attr(i, "name").unwrap(), attr(i, "value").unwrap()))
            .collect();
        let expected: Vec<(&str, &str, &str)> = values.iter().map(|v| ("radio", base.as_str(), *v)).collect();
        assert_eq!(radios, expected, "{context}");
        let shown: Vec<String> = (0..tokens.len())
            .filter(|&i| is_start(&tokens[i], "span"))
            .map(|i| match &tokens[i + 1] {
                Token::Text(text) => text.clone(),
                other => panic!("{context}: a label's text, not {other:?}"),
            })
            .collect();
        let expected: Vec<String> = labels.iter().map(|l| escaped(l)).collect();
        assert_eq!(shown, expected, "{context}");
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

#[test]
fn the_error_paragraph_has_the_id_the_widget_adds_to_aria_describedby() {
    for lang in Lang::ALL {
        let t = lang.widget_texts();
        for question in STEPS.iter().flat_map(|s| s.questions.iter().copied()) {
            for text in [t.please_answer, t.age_invalid] {
                let id = error_id(question, 9);
                assert_eq!(id, format!("{}-error", base_id(question, 9)));
                assert_eq!(
                    tokens(&error(question, 9, text)),
                    [
                        Token::Start("p".into(), vec![("class".into(), "error".into()), ("id".into(), id)]),
                        Token::Text(escaped(text)),
                        Token::End("p".into()),
                    ]
                );
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
        let html = step_content(index, &t, 1, &Draft::default());
        assert!(!html.contains("<b ") && !html.contains("</b>") && !html.contains("\"x\""), "{html}");
        check_step(index, &t, 1, &Draft::default());
    }
    assert_eq!(
        error(Question::Age, 1, HOSTILE),
        format!("<p class=\"error\" id=\"bpt1-age-error\">{}</p>", escaped(HOSTILE))
    );
}
