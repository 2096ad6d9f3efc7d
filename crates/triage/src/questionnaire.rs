//! The questionnaire, defined once: which questions are asked, in which steps, in which order,
//! and where the flow goes next. The widget renders it; it decides nothing about urgency
//! (that is [`crate::decision`]), only what to ask and when to stop asking.

use crate::decision::answers::MAX_AGE;
use crate::decision::{Answers, Field, PartialAnswers, Sign, Signs, Trend};

/// One question of the questionnaire; each fills one field of [`Answers`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Question {
    /// A yes/no question.
    Sign(Sign),
    /// Age in years, typed as a whole number.
    Age,
    /// How long this episode has lasted, as one of [`DurationChoice`].
    Duration,
    /// How it has gone lately.
    Trend,
}

impl Question {
    /// The `Answers` field this question fills; also its `data-question` hook.
    pub const fn field(self) -> Field {
        match self {
            Question::Sign(s) => Field::Sign(s),
            Question::Age => Field::Age,
            Question::Duration => Field::DurationWeeks,
            Question::Trend => Field::Trend,
        }
    }
}

/// Defines [`StepId`]: each variant with its `data-step` name, written once.
macro_rules! step_ids {
    ($($variant:ident => $id:literal,)*) => {
        /// Which screen of the questionnaire; its serialised name is the `data-step` hook and the
        /// `step` of the events the widget sends.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum StepId {
            $(#[doc = concat!("`", $id, "`")] $variant,)*
        }

        impl StepId {
            /// Every step id, in the order of [`STEPS`].
            pub const ALL: &'static [StepId] = &[$(StepId::$variant,)*];

            /// The name used in `data-step` and in events.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(StepId::$variant => $id,)*
                }
            }
        }
    };
}

step_ids! {
    BladderOrBowel => "bladder_or_bowel",
    SaddleNumbness => "saddle_numbness",
    BothLegs => "both_legs",
    WarningSigns => "warning_signs",
    HealthHistory => "health_history",
    ThePain => "the_pain",
    Age => "age",
    Duration => "duration",
    Trend => "trend",
    DailyLife => "daily_life",
}

/// One screen of questions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Step {
    /// A stable id, used as `data-step`.
    pub id: StepId,
    /// The questions on this screen, in order.
    pub questions: &'static [Question],
}

use Question as Q;
use Sign::*;

/// The signs that send the reader straight to the emergency result: pressure on the nerves
/// at the base of the spine (cauda equina), and a serious accident (the injury route).
pub const EMERGENCY_SIGNS: [Sign; 4] = {
    let nerves = crate::decision::rules::NERVE_COMPRESSION_SIGNS;
    [nerves[0], nerves[1], nerves[2], Trauma]
};

/// Every step, in order. The emergency signs come first, one to a screen, so that a "yes" can
/// end the questionnaire at once; the other red flags follow, then the duration questions.
pub const STEPS: [Step; 10] = [
    Step { id: StepId::BladderOrBowel, questions: &[Q::Sign(BladderOrBowelProblems)] },
    Step { id: StepId::SaddleNumbness, questions: &[Q::Sign(SaddleNumbness)] },
    Step { id: StepId::BothLegs, questions: &[Q::Sign(BothLegs)] },
    // Weakness before numbness: the reader answers the more urgent one first, and numbness
    // alone is asked only as "without weakness". The serious accident before the minor fall.
    Step {
        id: StepId::WarningSigns,
        questions: &[
            Q::Sign(LegWeakness),
            Q::Sign(LegNumbness),
            Q::Sign(FeverOrUnwell),
            Q::Sign(Trauma),
            Q::Sign(MinorFall),
        ],
    },
    Step {
        id: StepId::HealthHistory,
        questions: &[
            Q::Sign(WeightLoss),
            Q::Sign(CancerHistory),
            Q::Sign(ConstantNightPain),
            Q::Sign(OsteoporosisOrSteroids),
        ],
    },
    Step { id: StepId::ThePain, questions: &[Q::Sign(PainBelowKnee), Q::Sign(UncontrolledPain)] },
    Step { id: StepId::Age, questions: &[Q::Age] },
    Step { id: StepId::Duration, questions: &[Q::Duration] },
    Step { id: StepId::Trend, questions: &[Q::Trend] },
    Step { id: StepId::DailyLife, questions: &[Q::Sign(MajorImpact), Q::Sign(Worried)] },
];

/// How long the episode has lasted, in the steps the guideline's thresholds use. Each choice
/// runs from its lower bound up to, not including, the next one's, so the labels the reader
/// sees do not overlap ("2 weeks", "4–5 weeks"); the radio values keep the bounds ("2-3").
/// The first four weeks go week by week, so that the dated follow-up (`src/follow_up.rs`) can
/// be at most 6 days early and never late, at 2 weeks (1177) as at 4 (brochure §7).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DurationChoice {
    /// Under 1 week.
    UnderOneWeek,
    /// 1 week (from 1 week up to 2).
    OneWeek,
    /// 2 weeks (from 2 up to 3): 1177's "ett par veckor".
    TwoWeeks,
    /// 3 weeks (from 3 up to 4).
    ThreeWeeks,
    /// 4–5 weeks: imaging review and guided exercise become relevant (brochure §7).
    FourToSixWeeks,
    /// 6–7 weeks: referral becomes relevant with significant problems (brochure §7).
    SixToEightWeeks,
    /// 8–12 weeks.
    EightToTwelveWeeks,
    /// More than 12 weeks: long-lasting (the brochure's "langvarige", three months or more).
    OverThreeMonths,
}

impl DurationChoice {
    /// Every choice, shortest first.
    pub const ALL: [DurationChoice; 8] = [
        DurationChoice::UnderOneWeek,
        DurationChoice::OneWeek,
        DurationChoice::TwoWeeks,
        DurationChoice::ThreeWeeks,
        DurationChoice::FourToSixWeeks,
        DurationChoice::SixToEightWeeks,
        DurationChoice::EightToTwelveWeeks,
        DurationChoice::OverThreeMonths,
    ];

    /// Every choice's radio value, shortest first.
    pub const VALUES: [&'static str; 8] = {
        let mut values = [""; 8];
        let mut i = 0;
        while i < values.len() {
            values[i] = DurationChoice::ALL[i].value();
            i += 1;
        }
        values
    };

    /// The radio value, a stable hook.
    pub const fn value(self) -> &'static str {
        match self {
            DurationChoice::UnderOneWeek => "0-1",
            DurationChoice::OneWeek => "1-2",
            DurationChoice::TwoWeeks => "2-3",
            DurationChoice::ThreeWeeks => "3-4",
            DurationChoice::FourToSixWeeks => "4-6",
            DurationChoice::SixToEightWeeks => "6-8",
            DurationChoice::EightToTwelveWeeks => "8-12",
            DurationChoice::OverThreeMonths => "12+",
        }
    }

    /// The choice with radio value `value`. `1-4`, the single choice for 1–3 weeks before they
    /// were split (content 2.0.0), is still read, as 1 week: a saved answer or pre-fill that says
    /// "1–3 weeks" is only known to have passed 1 week.
    pub fn parse(value: &str) -> Option<DurationChoice> {
        if value == "1-4" {
            return Some(DurationChoice::OneWeek);
        }
        DurationChoice::ALL.into_iter().find(|d| d.value() == value)
    }

    /// The `duration_weeks` given to the core: the lower bound, so that a threshold is only
    /// crossed once the reader says it has been.
    pub const fn weeks(self) -> f64 {
        match self {
            DurationChoice::UnderOneWeek => 0.0,
            DurationChoice::OneWeek => 1.0,
            DurationChoice::TwoWeeks => 2.0,
            DurationChoice::ThreeWeeks => 3.0,
            DurationChoice::FourToSixWeeks => 4.0,
            DurationChoice::SixToEightWeeks => 6.0,
            DurationChoice::EightToTwelveWeeks => 8.0,
            DurationChoice::OverThreeMonths => 12.0,
        }
    }

    /// The most days that can have passed since the episode began: the day before the next
    /// choice's lower bound; `None` for the last choice, which has no upper bound.
    pub fn most_days_passed(self) -> Option<i64> {
        let next = DurationChoice::ALL.into_iter().find(|d| d.weeks() > self.weeks())?;
        Some(next.weeks() as i64 * 7 - 1)
    }

    /// The choice that contains `weeks` (for showing answers that came from elsewhere).
    pub fn containing(weeks: f64) -> DurationChoice {
        DurationChoice::ALL.into_iter().rev().find(|d| weeks >= d.weeks()).unwrap_or(DurationChoice::UnderOneWeek)
    }
}

/// Why a typed age was not accepted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AgeProblem {
    /// Nothing typed.
    Empty,
    /// Not a whole number, or outside 0–120.
    NotAnAge,
}

/// Reads an age as typed: a whole number of years from 0 to 120, spaces ignored.
pub fn parse_age(text: &str) -> Result<u8, AgeProblem> {
    let text = text.trim();
    if text.is_empty() {
        return Err(AgeProblem::Empty);
    }
    if !text.bytes().all(|b| b.is_ascii_digit()) || text.len() > 3 {
        return Err(AgeProblem::NotAnAge);
    }
    match text.parse::<u8>() {
        Ok(age) if age <= crate::decision::answers::MAX_AGE => Ok(age),
        _ => Err(AgeProblem::NotAnAge),
    }
}

/// The answers given so far; any question may still be unanswered. Nothing is ever preselected.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Draft {
    /// The age, once a valid one was typed.
    pub age: Option<u8>,
    /// The duration, once chosen.
    pub duration: Option<DurationChoice>,
    /// The trend, once chosen.
    pub trend: Option<Trend>,
    answered: Signs,
    yes: Signs,
}

impl Draft {
    /// The answer to a yes/no question, if given.
    pub fn sign(&self, sign: Sign) -> Option<bool> {
        self.answered.contains(sign).then(|| self.yes.contains(sign))
    }

    /// Records a yes/no answer.
    pub fn set_sign(&mut self, sign: Sign, yes: bool) {
        self.answered = self.answered.with(sign, true);
        self.yes = self.yes.with(sign, yes);
    }

    /// Whether `question` has an answer.
    pub fn is_answered(&self, question: Question) -> bool {
        match question {
            Question::Sign(s) => self.answered.contains(s),
            Question::Age => self.age.is_some(),
            Question::Duration => self.duration.is_some(),
            Question::Trend => self.trend.is_some(),
        }
    }

    /// The first question of `step` still without an answer.
    pub fn first_unanswered(&self, step: &Step) -> Option<Question> {
        step.questions.iter().copied().find(|q| !self.is_answered(*q))
    }

    /// The first emergency sign answered "yes", if any.
    pub fn emergency_sign(&self) -> Option<Sign> {
        // Any step: every step is at most this.
        self.emergency_sign_up_to(usize::MAX)
    }

    /// The first emergency sign answered "yes" on step `step` or before it, if any: what ends
    /// the questions there.
    pub fn emergency_sign_up_to(&self, step: usize) -> Option<Sign> {
        EMERGENCY_SIGNS.into_iter().find(|s| self.sign(*s) == Some(true) && step_of(Question::Sign(*s)) <= step)
    }

    /// The complete answers, once every question has one.
    pub fn answers(&self) -> Option<Answers> {
        if self.answered != Signs::from_index(Signs::COUNT - 1) {
            return None;
        }
        Some(Answers { age: self.age?, duration_weeks: self.duration?.weeks(), trend: self.trend?, yes: self.yes })
    }

    /// The answers for the early exit on an emergency sign, with every question not yet asked
    /// taken as "no" (and the most ordinary age, duration and trend). The exhaustive tests prove
    /// an emergency sign gives an emergency whatever the rest, so the outcome cannot differ in
    /// urgency or advice from the one full answers would give.
    pub fn answers_assuming_the_rest_no(&self) -> Answers {
        Answers {
            age: self.age.unwrap_or(40),
            duration_weeks: self.duration.map_or(0.0, DurationChoice::weeks),
            trend: self.trend.unwrap_or(Trend::Better),
            yes: self.yes,
        }
    }

    /// The answers an outcome is decided from: the complete answers, or for the early exit on
    /// an emergency sign the answers with the rest taken as "no"; `None` while neither.
    pub fn answers_to_decide(&self) -> Option<Answers> {
        match self.answers() {
            Some(answers) => Some(answers),
            None if self.emergency_sign().is_some() => Some(self.answers_assuming_the_rest_no()),
            None => None,
        }
    }

    /// The draft as a short text, `field=value` pairs joined by `&` in the order asked, with the
    /// widget's radio values (`bladder_or_bowel_problems=no&age=40&duration_weeks=2-3`): how
    /// the widget's WASM hands a draft to the core's (see [`Draft::from_code`]), so that neither
    /// needs the other's code to turn JavaScript values into answers.
    pub fn code(&self) -> String {
        let mut pairs = vec![];
        for question in STEPS.iter().flat_map(|step| step.questions.iter().copied()) {
            let value = match question {
                Question::Sign(sign) => self.sign(sign).map(|yes| (if yes { "yes" } else { "no" }).to_owned()),
                Question::Age => self.age.map(|age| age.to_string()),
                Question::Duration => self.duration.map(|d| d.value().to_owned()),
                Question::Trend => self.trend.map(|t| t.as_str().to_owned()),
            };
            if let Some(value) = value {
                pairs.push(format!("{}={value}", question.field().name()));
            }
        }
        pairs.join("&")
    }

    /// The draft [`Draft::code`] wrote; `None` for anything else.
    pub fn from_code(code: &str) -> Option<Draft> {
        let mut draft = Draft::default();
        for pair in code.split('&').filter(|p| !p.is_empty()) {
            let (name, value) = pair.split_once('=')?;
            match Field::from_name(name)? {
                Field::Sign(sign) => draft.set_sign(sign, parse_yes_no(value)?),
                Field::Age => draft.age = Some(value.parse().ok().filter(|age| *age <= MAX_AGE)?),
                Field::DurationWeeks => draft.duration = Some(DurationChoice::parse(value)?),
                Field::Trend => draft.trend = Some(Trend::parse(value)?),
            }
        }
        Some(draft)
    }

    /// A draft holding exactly the answers in `partial` (answers the host page pre-fills);
    /// a duration in weeks becomes the choice that contains it.
    pub fn from_partial(partial: &PartialAnswers) -> Draft {
        let mut draft = Draft {
            age: partial.age,
            duration: partial.duration_weeks.map(DurationChoice::containing),
            trend: partial.trend,
            ..Draft::default()
        };
        for sign in Sign::ALL {
            if let Some(yes) = partial.sign(sign) {
                draft.set_sign(sign, yes);
            }
        }
        draft
    }

    /// A draft holding exactly `answers` (to show answers given elsewhere, e.g. restored).
    pub fn from_answers(answers: &Answers) -> Draft {
        Draft {
            age: Some(answers.age),
            duration: Some(DurationChoice::containing(answers.duration_weeks)),
            trend: Some(answers.trend),
            answered: Signs::from_index(Signs::COUNT - 1),
            yes: answers.yes,
        }
    }
}

/// Which screen the widget shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    /// What this is, and the emergency number.
    Start,
    /// Step `n` of [`STEPS`] (0-based).
    Step(usize),
    /// The outcome.
    Result,
}

/// Where "next" goes from step `step`: the result at once after a "yes" to an emergency sign
/// on this step or an earlier one, else the following step, else the result. A "yes" the host
/// pre-filled on a later step waits until the reader reaches it, so that every step before it
/// is still shown.
pub fn next(step: usize, draft: &Draft) -> Screen {
    if draft.emergency_sign_up_to(step).is_some() {
        return Screen::Result;
    }
    if step + 1 < STEPS.len() { Screen::Step(step + 1) } else { Screen::Result }
}

/// Where "back" goes from `screen`; from the result, to the step it was reached from.
pub fn back(screen: Screen, draft: &Draft) -> Screen {
    match screen {
        Screen::Start | Screen::Step(0) => Screen::Start,
        Screen::Step(n) => Screen::Step(n - 1),
        Screen::Result => match draft.emergency_sign() {
            Some(sign) => Screen::Step(step_of(Question::Sign(sign))),
            None => Screen::Step(STEPS.len() - 1),
        },
    }
}

/// The index of the step that asks `question`.
pub fn step_of(question: Question) -> usize {
    STEPS.iter().position(|s| s.questions.contains(&question)).unwrap_or(0)
}

/// `yes` / `no`, the yes/no questions' radio values.
fn parse_yes_no(value: &str) -> Option<bool> {
    match value {
        "yes" => Some(true),
        "no" => Some(false),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_draft_survives_its_code() {
        let mut draft = Draft::default();
        assert_eq!(Draft::from_code(&draft.code()), Some(draft));
        draft.set_sign(Sign::BladderOrBowelProblems, false);
        draft.set_sign(Sign::Worried, true);
        draft.age = Some(120);
        draft.duration = Some(DurationChoice::ALL[7]);
        draft.trend = Some(Trend::Worse);
        let code = draft.code();
        assert_eq!(code, "bladder_or_bowel_problems=no&age=120&duration_weeks=12+&trend=worse&worried=yes");
        assert_eq!(Draft::from_code(&code), Some(draft));
        for bad in ["age=121", "age=x", "nonsense=1", "worried=maybe", "trend", "duration_weeks=5"] {
            assert_eq!(Draft::from_code(bad), None, "{bad}");
        }
    }
}
