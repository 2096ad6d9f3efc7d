//! The questionnaire's flow, natively: the steps and their hooks, where "next" and "back" go
//! (straight to the result after a "yes" to an emergency sign), how a typed age is read, when a
//! draft is complete, and the duration choices' values and weeks. The widget's component tests
//! (`tests/web.rs`) show the same flow in the browser.

use triage::decision::rules::NERVE_COMPRESSION_SIGNS;
use triage::decision::{Answers, Sign, Signs, Trend};
use triage::questionnaire::{
    AgeProblem, Draft, DurationChoice, EMERGENCY_SIGNS, Question, STEPS, Screen, StepId, back, next, parse_age, step_of,
};

/// Each step's `data-step` and its questions' `data-question`, in the order asked: hooks that
/// pages and tests use, so a change here is a change of the widget's interface.
const HOOKS: [(&str, &[&str]); 10] = [
    ("bladder_or_bowel", &["bladder_or_bowel_problems"]),
    ("saddle_numbness", &["saddle_numbness"]),
    ("both_legs", &["both_legs"]),
    ("warning_signs", &["leg_weakness", "leg_numbness", "fever_or_unwell", "trauma", "minor_fall"]),
    ("health_history", &["weight_loss", "cancer_history", "constant_night_pain", "osteoporosis_or_steroids"]),
    ("the_pain", &["pain_below_knee", "uncontrolled_pain"]),
    ("age", &["age"]),
    ("duration", &["duration_weeks"]),
    ("trend", &["trend"]),
    ("daily_life", &["major_impact", "worried"]),
];

fn every_question() -> impl Iterator<Item = Question> {
    STEPS.iter().flat_map(|s| s.questions.iter().copied())
}

/// A draft with every question answered: no to every sign but `yes`.
fn complete(yes: &[Sign]) -> Draft {
    let mut draft = Draft::default();
    for sign in Sign::ALL {
        draft.set_sign(sign, yes.contains(&sign));
    }
    draft.age = Some(40);
    draft.duration = Some(DurationChoice::ALL[0]);
    draft.trend = Some(Trend::Better);
    draft
}

#[test]
fn the_steps_ask_every_question_once_with_the_emergency_signs_first_one_to_a_screen() {
    let hooks: Vec<(&str, Vec<&str>)> =
        STEPS.iter().map(|s| (s.id.as_str(), s.questions.iter().map(|q| q.field().name()).collect())).collect();
    assert_eq!(hooks, HOOKS.map(|(step, fields)| (step, fields.to_vec())));
    assert_eq!(StepId::ALL, STEPS.map(|s| s.id));
    // The signs of pressure on the nerves first, one to a screen; a serious accident also ends
    // the questionnaire at once (the injury route), from the warning signs' step.
    for (i, sign) in NERVE_COMPRESSION_SIGNS.into_iter().enumerate() {
        assert_eq!(STEPS[i].questions, [Question::Sign(sign)]);
    }
    assert_eq!(EMERGENCY_SIGNS[..3], NERVE_COMPRESSION_SIGNS);
    assert_eq!(EMERGENCY_SIGNS[3], Sign::Trauma);
    assert_eq!(step_of(Question::Sign(Sign::Trauma)), 3);
    for question in every_question() {
        assert_eq!(every_question().filter(|q| *q == question).count(), 1, "{question:?}");
        assert!(STEPS[step_of(question)].questions.contains(&question), "{question:?}");
    }
    assert_eq!(every_question().count(), Sign::ALL.len() + 3, "every sign, the age, the duration and the trend");
}

#[test]
fn next_goes_to_the_following_step_and_after_the_last_to_the_result() {
    let draft = Draft::default();
    for step in 0..STEPS.len() - 1 {
        assert_eq!(next(step, &draft), Screen::Step(step + 1));
    }
    assert_eq!(next(STEPS.len() - 1, &draft), Screen::Result);
    assert_eq!(next(STEPS.len() - 1, &complete(&[Sign::Worried])), Screen::Result);
    // A "no" to an emergency sign goes on.
    let mut draft = Draft::default();
    draft.set_sign(Sign::BladderOrBowelProblems, false);
    assert_eq!(next(0, &draft), Screen::Step(1));
}

#[test]
fn a_yes_to_an_emergency_sign_goes_straight_to_the_result_and_back_returns_to_it() {
    for sign in EMERGENCY_SIGNS {
        let mut draft = Draft::default();
        for earlier in EMERGENCY_SIGNS.into_iter().take_while(|s| *s != sign) {
            draft.set_sign(earlier, false);
        }
        draft.set_sign(sign, true);
        let step = step_of(Question::Sign(sign));
        assert_eq!(next(step, &draft), Screen::Result, "{sign:?}");
        assert_eq!(draft.emergency_sign(), Some(sign));
        assert_eq!(back(Screen::Result, &draft), Screen::Step(step), "{sign:?}");
        assert_eq!(draft.answers(), None, "not every question is answered");
        let decided = draft.answers_to_decide().expect("an emergency sign decides at once");
        assert!(decided.has(sign));
        assert_eq!(decided, draft.answers_assuming_the_rest_no());
    }
    // A "yes" to another sign is no early exit.
    let mut draft = Draft::default();
    draft.set_sign(Sign::LegWeakness, true);
    assert_eq!((draft.emergency_sign(), next(3, &draft), draft.answers_to_decide()), (None, Screen::Step(4), None));
    // The first "yes" in the order asked is the one the result goes back to.
    let draft = complete(&[Sign::BothLegs, Sign::SaddleNumbness]);
    assert_eq!(draft.emergency_sign(), Some(Sign::SaddleNumbness));
    assert_eq!(back(Screen::Result, &draft), Screen::Step(1));
    // A "yes" pre-filled on a later step ends nothing until the reader reaches its step: a
    // serious accident (step 3) pre-filled, and the reader on the first steps.
    let mut prefilled = Draft::default();
    prefilled.set_sign(Sign::Trauma, true);
    for step in 0..3 {
        assert_eq!(next(step, &prefilled), Screen::Step(step + 1), "step {step}");
        assert_eq!(prefilled.emergency_sign_up_to(step), None);
    }
    assert_eq!(next(3, &prefilled), Screen::Result);
    assert_eq!(prefilled.emergency_sign_up_to(3), Some(Sign::Trauma));
}

#[test]
fn back_goes_to_the_previous_step_the_start_or_from_the_result_to_the_last_step() {
    let draft = Draft::default();
    assert_eq!(back(Screen::Start, &draft), Screen::Start);
    assert_eq!(back(Screen::Step(0), &draft), Screen::Start);
    for step in 1..STEPS.len() {
        assert_eq!(back(Screen::Step(step), &draft), Screen::Step(step - 1));
    }
    assert_eq!(back(Screen::Result, &complete(&[])), Screen::Step(STEPS.len() - 1));
}

#[test]
fn the_rest_is_taken_as_no_with_the_most_ordinary_age_duration_and_trend() {
    let mut draft = Draft::default();
    draft.set_sign(Sign::BladderOrBowelProblems, true);
    let rest_no = draft.answers_assuming_the_rest_no();
    assert_eq!(
        rest_no,
        Answers {
            age: 40,
            duration_weeks: 0.0,
            trend: Trend::Better,
            yes: Signs::default().with(Sign::BladderOrBowelProblems, true)
        }
    );
    // What was answered is kept.
    draft.age = Some(70);
    draft.duration = Some(DurationChoice::ALL[DurationChoice::ALL.len() - 1]);
    draft.trend = Some(Trend::Worse);
    let kept = draft.answers_assuming_the_rest_no();
    assert_eq!(
        (kept.age, kept.duration_weeks, kept.trend),
        (70, DurationChoice::ALL.last().unwrap().weeks(), Trend::Worse)
    );
}

#[test]
fn a_draft_is_complete_only_when_every_question_has_an_answer() {
    let full = complete(&[Sign::Trauma, Sign::Worried]);
    let answers = full.answers().expect("every question answered");
    assert_eq!(
        answers,
        Answers {
            age: 40,
            duration_weeks: DurationChoice::ALL[0].weeks(),
            trend: Trend::Better,
            yes: Signs::default().with(Sign::Trauma, true).with(Sign::Worried, true)
        }
    );
    assert_eq!(full.answers_to_decide(), Some(answers));
    assert_eq!(Draft::from_answers(&answers), full);
    for question in every_question() {
        assert!(full.is_answered(question), "{question:?}");
    }
    for sign in Sign::ALL {
        let mut missing = Draft::default();
        (missing.age, missing.duration, missing.trend) = (full.age, full.duration, full.trend);
        for other in Sign::ALL.into_iter().filter(|s| *s != sign) {
            missing.set_sign(other, false);
        }
        assert_eq!((missing.answers(), missing.sign(sign)), (None, None), "{sign:?} unanswered");
        assert!(!missing.is_answered(Question::Sign(sign)));
    }
    let (mut no_age, mut no_duration, mut no_trend) = (full, full, full);
    (no_age.age, no_duration.duration, no_trend.trend) = (None, None, None);
    for without in [no_age, no_duration, no_trend] {
        assert_eq!(without.answers(), None);
        assert_eq!(every_question().filter(|q| !without.is_answered(*q)).count(), 1);
    }
}

#[test]
fn each_steps_first_unanswered_question_is_found_in_order() {
    let mut draft = Draft::default();
    let warning_signs = &STEPS[3];
    assert_eq!(draft.first_unanswered(warning_signs), Some(Question::Sign(Sign::LegWeakness)));
    draft.set_sign(Sign::LegWeakness, false);
    assert_eq!(draft.first_unanswered(warning_signs), Some(Question::Sign(Sign::LegNumbness)));
    draft.set_sign(Sign::LegNumbness, false);
    assert_eq!(draft.first_unanswered(warning_signs), Some(Question::Sign(Sign::FeverOrUnwell)));
    draft.set_sign(Sign::Trauma, true);
    assert_eq!(draft.first_unanswered(warning_signs), Some(Question::Sign(Sign::FeverOrUnwell)));
    draft.set_sign(Sign::FeverOrUnwell, false);
    assert_eq!(draft.first_unanswered(warning_signs), Some(Question::Sign(Sign::MinorFall)));
    draft.set_sign(Sign::MinorFall, false);
    assert_eq!(draft.first_unanswered(warning_signs), None);
    assert_eq!((draft.sign(Sign::LegWeakness), draft.sign(Sign::Trauma)), (Some(false), Some(true)));
    // An answer can be changed.
    draft.set_sign(Sign::Trauma, false);
    assert_eq!(draft.sign(Sign::Trauma), Some(false));
}

#[test]
fn an_age_is_a_whole_number_of_years_from_0_to_120() {
    for (typed, age) in [("0", 0), ("7", 7), ("40", 40), (" 65 ", 65), ("120", 120), ("016", 16)] {
        assert_eq!(parse_age(typed), Ok(age), "{typed:?}");
    }
    for typed in ["", "   "] {
        assert_eq!(parse_age(typed), Err(AgeProblem::Empty), "{typed:?}");
    }
    for typed in ["121", "255", "256", "1000", "0040", "+40", "-1", "40.5", "4 0", "forty", "٤٠"] {
        assert_eq!(parse_age(typed), Err(AgeProblem::NotAnAge), "{typed:?}");
    }
}

#[test]
fn each_duration_choice_has_its_own_value_and_starts_where_the_one_before_ends() {
    assert_eq!(DurationChoice::VALUES, DurationChoice::ALL.map(DurationChoice::value));
    assert_eq!(DurationChoice::ALL[0].weeks(), 0.0, "the first choice starts at the beginning");
    for (i, choice) in DurationChoice::ALL.into_iter().enumerate() {
        assert!(!choice.value().is_empty());
        assert_eq!(DurationChoice::parse(choice.value()), Some(choice));
        assert_eq!(DurationChoice::containing(choice.weeks()), choice, "{choice:?} contains its lower bound");
        if let Some(following) = DurationChoice::ALL.get(i + 1) {
            assert!(choice.weeks() < following.weeks(), "{choice:?}");
            let just_below = following.weeks() - 1e-9;
            assert_eq!(DurationChoice::containing(just_below), choice, "{just_below} weeks");
        }
    }
    assert_eq!(DurationChoice::containing(1000.0), *DurationChoice::ALL.last().unwrap());
    for value in ["", "5", "1–4", "12", "twelve"] {
        assert_eq!(DurationChoice::parse(value), None, "{value:?}");
    }
}

#[test]
fn a_drafts_code_reads_back_and_nothing_else_does() {
    let mut draft = complete(&[Sign::PainBelowKnee]);
    draft.age = Some(120);
    assert_eq!(Draft::from_code(&draft.code()), Some(draft));
    let code = draft.code();
    assert!(code.starts_with("bladder_or_bowel_problems=no&saddle_numbness=no&"), "{code}");
    assert!(code.contains("&pain_below_knee=yes&") && code.contains("&age=120&"), "{code}");
    assert_eq!(code.split('&').count(), Sign::ALL.len() + 3);
    assert_eq!(Draft::from_code(""), Some(Draft::default()));
    assert_eq!(Draft::from_code("age=0").map(|d| d.age), Some(Some(0)));
    for bad in ["age=121", "age=-1", "pain_below_knee=true", "pain_below_knee=", "age", "&&x=1"] {
        assert_eq!(Draft::from_code(bad), None, "{bad}");
    }
}
