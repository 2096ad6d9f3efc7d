//! The safety invariants, checked over the whole answer space (exhaustively where it is
//! finite, by property tests where durations and ages are continuous), and the rule table
//! re-read independently from the issue as an oracle.

#![cfg(not(target_arch = "wasm32"))]

mod common;

use Sign::*;
use back_pain_triage::decision::{Advice, Answers, Category, Sign, Signs, Trend, Urgency, evaluate};
use common::all_sign_sets;
use quickcheck::{QuickCheck, TestResult};

/// Durations on both sides of every threshold in the rules.
const DURATIONS: [f64; 9] = [0.0, 1.99, 2.0, 3.99, 4.0, 5.99, 6.0, 8.0, 12.0];
/// Ages on both sides of the under-16 and the 50-and-over thresholds.
const AGES: [u8; 4] = [15, 16, 49, 50];

/// The table, written out again without looking at `rules.rs`.
fn oracle_urgency(a: &Answers) -> Urgency {
    let y = |s| a.has(s);
    if y(BladderOrBowelProblems) || y(SaddleNumbness) || y(BothLegs) {
        Urgency::Emergency
    } else if y(LegWeakness)
        || y(FeverOrUnwell)
        || y(Trauma)
        || (y(CancerHistory) && (y(WeightLoss) || y(ConstantNightPain)))
    {
        Urgency::Urgent
    } else if [
        WeightLoss,
        CancerHistory,
        ConstantNightPain,
        OsteoporosisOrSteroids,
        UncontrolledPain,
        Worried,
        MajorImpact,
    ]
    .into_iter()
    .any(y)
        || a.trend == Trend::Worse
        || a.age < 16
        || (a.age >= 50 && a.duration_weeks >= 2.0 && a.trend != Trend::Better)
        || (a.duration_weeks >= 4.0 && a.trend != Trend::Better)
    {
        Urgency::Soon
    } else {
        Urgency::SelfCare
    }
}

fn oracle_duration_advice(a: &Answers) -> Vec<Advice> {
    let mut v = vec![];
    if oracle_urgency(a) != Urgency::Emergency {
        if a.duration_weeks >= 4.0 && a.trend != Trend::Better {
            v.extend([Advice::ImagingReview, Advice::ExerciseProgram]);
        }
        if a.duration_weeks >= 6.0 && a.has(MajorImpact) {
            v.push(Advice::SpecialistReferral);
        }
    }
    v
}

fn oracle_category(a: &Answers) -> Category {
    if [FeverOrUnwell, Trauma, WeightLoss, CancerHistory, ConstantNightPain, OsteoporosisOrSteroids]
        .into_iter()
        .any(|s| a.has(s))
    {
        Category::PossibleSerious
    } else if [PainBelowKnee, LegWeakness, BothLegs, SaddleNumbness, BladderOrBowelProblems]
        .into_iter()
        .any(|s| a.has(s))
    {
        Category::NerveRoot
    } else {
        Category::Nonspecific
    }
}

const DURATION_CODES: [Advice; 3] = [Advice::ImagingReview, Advice::ExerciseProgram, Advice::SpecialistReferral];

/// Everything that must hold for one answer set, whatever it is.
fn check_point(a: &Answers) -> Result<Urgency, String> {
    let o = evaluate(a);
    let emergency_sign = [BladderOrBowelProblems, SaddleNumbness, BothLegs].into_iter().any(|s| a.has(s));
    if emergency_sign != (o.urgency == Urgency::Emergency) {
        return Err(format!("emergency sign {emergency_sign} but urgency {:?}", o.urgency));
    }
    if o.urgency != oracle_urgency(a) {
        return Err(format!("urgency {:?}, the table says {:?}", o.urgency, oracle_urgency(a)));
    }
    if o.category != oracle_category(a) {
        return Err(format!("category {:?}, the table says {:?}", o.category, oracle_category(a)));
    }
    let duration: Vec<Advice> = o.advice.iter().copied().filter(|c| DURATION_CODES.contains(c)).collect();
    if duration != oracle_duration_advice(a) {
        return Err(format!("duration advice {duration:?}, the table says {:?}", oracle_duration_advice(a)));
    }
    if (o.urgency != Urgency::SelfCare || !duration.is_empty()) && o.reasons.is_empty() {
        return Err("no reasons".into());
    }
    if o.reasons.iter().any(|r| r.source.is_empty()) {
        return Err("a reason without a source".into());
    }
    // Every sign a reason names was answered "yes".
    for r in &o.reasons {
        for f in &r.answers {
            if let Some(s) = Sign::from_field_name(f.name())
                && !a.has(s)
            {
                return Err(format!("{:?} names {} which was answered no", r.rule, f.name()));
            }
        }
    }
    let headline = match o.urgency {
        Urgency::Emergency => Some(Advice::CallEmergency),
        Urgency::Urgent => Some(Advice::ContactDoctorToday),
        Urgency::Soon => Some(Advice::BookAppointment),
        Urgency::SelfCare => None,
    };
    if o.urgency == Urgency::Emergency && o.advice != [Advice::CallEmergency] {
        return Err(format!("emergency with distractions: {:?}", o.advice));
    }
    if headline.is_some() && o.advice.first().copied() != headline {
        return Err(format!("advice does not start with the action: {:?}", o.advice));
    }
    if o.urgency != Urgency::Emergency && o.advice.last() != Some(&Advice::SafetyNet) {
        return Err("no safety net".into());
    }
    Ok(o.urgency)
}

fn index(signs: u32, trend: usize, duration: usize, age: usize) -> usize {
    ((signs as usize * 3 + trend) * DURATIONS.len() + duration) * AGES.len() + age
}

#[test]
fn exhaustive_over_every_sign_set_trend_boundary_duration_and_age() {
    // 2^14 sign sets × 3 trends × 7 durations × 2 ages = 688,128 answer sets, each checked once;
    // the monotonicity checks then compare stored urgencies.
    let mut urgencies = vec![Urgency::SelfCare; index(Signs::COUNT, 0, 0, 0)];
    for (n, yes) in all_sign_sets().enumerate() {
        for (t, trend) in Trend::ALL.into_iter().enumerate() {
            for (d, duration_weeks) in DURATIONS.into_iter().enumerate() {
                for (g, age) in AGES.into_iter().enumerate() {
                    let a = Answers { age, duration_weeks, trend, yes };
                    urgencies[index(n as u32, t, d, g)] =
                        check_point(&a).unwrap_or_else(|e| panic!("{e}\n  for {a:?}"));
                }
            }
        }
    }
    for n in 0..Signs::COUNT {
        for t in 0..3 {
            for d in 0..DURATIONS.len() {
                for g in 0..AGES.len() {
                    let u = urgencies[index(n, t, d, g)];
                    // One more "yes" never lowers urgency.
                    for (bit, sign) in Sign::ALL.into_iter().enumerate() {
                        let more = n | (1 << bit);
                        assert!(
                            urgencies[index(more, t, d, g)] >= u,
                            "answering {sign:?} yes lowered urgency at signs={n:#x} trend={t} weeks={}",
                            DURATIONS[d]
                        );
                    }
                    // A longer duration never lowers urgency.
                    if d + 1 < DURATIONS.len() {
                        assert!(
                            urgencies[index(n, t, d + 1, g)] >= u,
                            "longer duration lowered urgency at signs={n:#x}"
                        );
                    }
                }
            }
        }
    }
}

#[derive(Clone, Debug)]
struct AnyAnswers(Answers);

impl quickcheck::Arbitrary for AnyAnswers {
    fn arbitrary(g: &mut quickcheck::Gen) -> Self {
        let age = u8::arbitrary(g) % 121;
        // Hundredths of a week up to ~100 weeks, so thresholds are crossed often.
        let duration_weeks = f64::from(u16::arbitrary(g) % 10_000) / 100.0;
        let trend = *g.choose(&Trend::ALL).expect("three trends");
        AnyAnswers(Answers { age, duration_weeks, trend, yes: Signs::from_index(u32::arbitrary(g)) })
    }
}

use quickcheck::Arbitrary;

#[test]
fn property_every_answer_set_obeys_the_table_and_invariants() {
    fn prop(a: AnyAnswers) -> TestResult {
        match check_point(&a.0) {
            Ok(_) => TestResult::passed(),
            Err(e) => TestResult::error(format!("{e} for {:?}", a.0)),
        }
    }
    QuickCheck::new().tests(20_000).quickcheck(prop as fn(AnyAnswers) -> TestResult);
}

#[test]
fn property_longer_duration_never_lowers_urgency() {
    fn prop(a: AnyAnswers, extra_hundredths: u16) -> bool {
        let longer = Answers { duration_weeks: a.0.duration_weeks + f64::from(extra_hundredths) / 100.0, ..a.0 };
        evaluate(&longer).urgency >= evaluate(&a.0).urgency
    }
    QuickCheck::new().tests(20_000).quickcheck(prop as fn(AnyAnswers, u16) -> bool);
}

#[test]
fn property_one_more_yes_never_lowers_urgency_at_any_age_and_duration() {
    fn prop(a: AnyAnswers, which: u8) -> bool {
        let sign = Sign::ALL[usize::from(which) % Sign::ALL.len()];
        let more = Answers { yes: a.0.yes.with(sign, true), ..a.0 };
        evaluate(&more).urgency >= evaluate(&a.0).urgency
    }
    QuickCheck::new().tests(20_000).quickcheck(prop as fn(AnyAnswers, u8) -> bool);
}

#[test]
fn property_answers_survive_a_json_round_trip() {
    fn prop(a: AnyAnswers) -> bool {
        let json = serde_json::to_string(&a.0).expect("serialise");
        serde_json::from_str::<Answers>(&json).ok() == Some(a.0)
    }
    QuickCheck::new().tests(5_000).quickcheck(prop as fn(AnyAnswers) -> bool);
}

#[test]
fn property_generator_reaches_every_urgency() {
    // Guards the properties above against a generator that never leaves self-care.
    let mut g = quickcheck::Gen::new(100);
    let mut seen = std::collections::HashSet::new();
    for _ in 0..2_000 {
        seen.insert(evaluate(&AnyAnswers::arbitrary(&mut g).0).urgency);
    }
    assert_eq!(seen.len(), Urgency::ALL.len());
}
