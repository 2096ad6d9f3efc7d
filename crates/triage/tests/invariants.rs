//! The safety invariants, checked over the whole answer space (exhaustively where it is
//! finite, by property tests where durations and ages are continuous), and the rule table
//! re-read independently from the issue as an oracle.

use crate::common;

use Sign::*;
use common::all_sign_sets;
use quickcheck::{QuickCheck, TestResult};
use triage::decision::{
    Advice, Answers, Category, Country, Sign, Signs, Trend, Urgency, Verdict, evaluate, evaluate_in, verdict_in,
};

/// Durations on both sides of every threshold in the rules.
const DURATIONS: [f64; 9] = [0.0, 1.99, 2.0, 3.99, 4.0, 5.99, 6.0, 8.0, 12.0];
/// Ages on both sides of the under-16, the 50-and-over and the over-70 (a minor fall) thresholds.
const AGES: [u8; 6] = [15, 16, 49, 50, 69, 70];
/// No country (every country's rules), then each country.
const PLACES: [Option<Country>; 5] = [None, Some(Country::No), Some(Country::Se), Some(Country::Dk), Some(Country::Gb)];

/// The table, written out again without looking at `rules.rs`: the shared rows, and
/// each country's own where `country` is that country or none is given.
fn oracle_urgency(a: &Answers, country: Option<Country>) -> Urgency {
    let y = |s| a.has(s);
    let applies_in = |c: Country| country.is_none_or(|given| given == c);
    let not_better = a.trend != Trend::Better;
    if y(BladderOrBowelProblems) || y(SaddleNumbness) || y(BothLegs) || y(Trauma) {
        Urgency::Emergency
    } else if y(LegWeakness)
        || y(FeverOrUnwell)
        || (y(MinorFall) && (y(OsteoporosisOrSteroids) || a.age >= 70))
        || (y(CancerHistory) && (y(WeightLoss) || y(ConstantNightPain)))
        || (applies_in(Country::Gb) && (y(WeightLoss) || y(ConstantNightPain)))
    {
        Urgency::Urgent
    } else if [
        LegNumbness,
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
        || (a.age >= 50 && a.duration_weeks >= 2.0 && not_better)
        || (applies_in(Country::Se) && a.duration_weeks >= 2.0 && not_better)
        || (a.duration_weeks >= 4.0 && not_better)
    {
        Urgency::Soon
    } else {
        Urgency::SelfCare
    }
}

fn oracle_duration_advice(a: &Answers, country: Option<Country>) -> Vec<Advice> {
    let mut v = vec![];
    if oracle_urgency(a, country) != Urgency::Emergency {
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
        || (a.has(MinorFall) && a.age >= 70)
    {
        Category::PossibleSerious
    } else if [PainBelowKnee, LegWeakness, LegNumbness, BothLegs, SaddleNumbness, BladderOrBowelProblems]
        .into_iter()
        .any(|s| a.has(s))
    {
        Category::NerveRoot
    } else {
        Category::Nonspecific
    }
}

const DURATION_CODES: [Advice; 3] = [Advice::ImagingReview, Advice::ExerciseProgram, Advice::SpecialistReferral];

/// Everything that must hold for one answer set in one place, whatever it is.
fn check_point(a: &Answers, country: Option<Country>) -> Result<Urgency, String> {
    let o = evaluate_in(a, country);
    // The widget's headline (the verdict alone) says what the whole outcome says.
    let verdict = verdict_in(a, country);
    let of_outcome = Verdict { urgency: o.urgency, category: o.category, emergency_kind: o.emergency_kind() };
    if verdict != of_outcome {
        return Err(format!("verdict {verdict:?}, the outcome says {of_outcome:?}"));
    }
    let nerve_sign = [BladderOrBowelProblems, SaddleNumbness, BothLegs].into_iter().any(|s| a.has(s));
    let emergency_sign = nerve_sign || a.has(Trauma);
    if emergency_sign != (o.urgency == Urgency::Emergency) {
        return Err(format!("emergency sign {emergency_sign} but urgency {:?}", o.urgency));
    }
    if o.urgency != oracle_urgency(a, country) {
        return Err(format!("urgency {:?}, the table says {:?}", o.urgency, oracle_urgency(a, country)));
    }
    if o.category != oracle_category(a) {
        return Err(format!("category {:?}, the table says {:?}", o.category, oracle_category(a)));
    }
    let duration: Vec<Advice> = o.advice.iter().copied().filter(|c| DURATION_CODES.contains(c)).collect();
    if duration != oracle_duration_advice(a, country) {
        return Err(format!("duration advice {duration:?}, the table says {:?}", oracle_duration_advice(a, country)));
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
    // The nerve signs' route wins over the injury route when both are answered.
    let emergency_action = if nerve_sign { Advice::CallEmergency } else { Advice::InjuryCareNow };
    let headline = match o.urgency {
        Urgency::Emergency => Some(emergency_action),
        Urgency::Urgent => Some(Advice::ContactDoctorToday),
        Urgency::Soon => Some(Advice::BookAppointment),
        Urgency::SelfCare => None,
    };
    if o.urgency == Urgency::Emergency && o.advice != [emergency_action] {
        return Err(format!("emergency with distractions: {:?}", o.advice));
    }
    if headline.is_some() && o.advice.first().copied() != headline {
        return Err(format!("advice does not start with the action: {:?}", o.advice));
    }
    if o.action() != headline {
        return Err(format!("action {:?}, the headline says {headline:?}", o.action()));
    }
    // The one sentence on why names a rule that set this urgency: the first reason, as the
    // table lists the rules that raise the urgency first.
    let deciding = o.deciding_reason().map(|r| r.rule);
    let expected = (o.urgency != Urgency::SelfCare).then(|| o.reasons.first().map(|r| r.rule)).flatten();
    if deciding != expected {
        return Err(format!("deciding reason {deciding:?}, expected the first reason {expected:?}"));
    }
    if o.urgency != Urgency::Emergency && o.advice.last() != Some(&Advice::SafetyNet) {
        return Err("no safety net".into());
    }
    Ok(o.urgency)
}

/// The sign sets checked: all of them, unless `INVARIANTS_MAX_YES` is set (by `scripts/mutants`,
/// which runs this file once per mutant): then those with at most that many "yes". Every rule
/// joins at most two signs and an age or duration, so four covers every rule's combinations
/// with two others, in a twentieth of the time.
fn max_yes() -> u32 {
    match std::env::var("INVARIANTS_MAX_YES") {
        Ok(v) => v.parse().unwrap_or_else(|_| panic!("INVARIANTS_MAX_YES={v:?} is not a number")),
        Err(_) => Sign::ALL.len() as u32,
    }
}

fn index(signs: u32, trend: usize, duration: usize, age: usize) -> usize {
    ((signs as usize * 3 + trend) * DURATIONS.len() + duration) * AGES.len() + age
}

/// Every answer set of the finite domain in `country`, checked; their urgencies by [`index`].
fn urgencies_in(country: Option<Country>) -> Vec<Urgency> {
    let mut urgencies = vec![Urgency::SelfCare; index(Signs::COUNT, 0, 0, 0)];
    let max_yes = max_yes();
    for (n, yes) in all_sign_sets().enumerate() {
        if (n as u32).count_ones() > max_yes {
            continue;
        }
        for (t, trend) in Trend::ALL.into_iter().enumerate() {
            for (d, duration_weeks) in DURATIONS.into_iter().enumerate() {
                for (g, age) in AGES.into_iter().enumerate() {
                    let a = Answers { age, duration_weeks, trend, yes };
                    urgencies[index(n as u32, t, d, g)] =
                        check_point(&a, country).unwrap_or_else(|e| panic!("{e}\n  for {a:?} in {country:?}"));
                }
            }
        }
    }
    urgencies
}

#[test]
fn exhaustive_over_every_sign_set_trend_boundary_duration_age_and_country() {
    // 2^16 sign sets × 3 trends × 9 durations × 6 ages = 10,616,832 answer sets, each checked
    // once per place (no country, then each of the four); the monotonicity checks then compare
    // stored urgencies.
    // One thread per place: 53 million evaluations in all.
    let computed: Vec<Vec<Urgency>> = std::thread::scope(|scope| {
        let threads: Vec<_> = PLACES.map(|country| scope.spawn(move || urgencies_in(country))).into_iter().collect();
        threads.into_iter().map(|t| t.join().expect("a place's check panicked")).collect()
    });
    let mut by_place = vec![];
    let max_yes = max_yes();
    for (country, urgencies) in PLACES.into_iter().zip(computed) {
        for n in (0..Signs::COUNT).filter(|n| n.count_ones() <= max_yes) {
            for t in 0..3 {
                for d in 0..DURATIONS.len() {
                    for g in 0..AGES.len() {
                        let u = urgencies[index(n, t, d, g)];
                        // One more "yes" never lowers urgency.
                        for (bit, sign) in Sign::ALL.into_iter().enumerate() {
                            let more = n | (1 << bit);
                            if more.count_ones() > max_yes {
                                continue;
                            }
                            assert!(
                                urgencies[index(more, t, d, g)] >= u,
                                "answering {sign:?} yes lowered urgency at signs={n:#x} trend={t} weeks={} in {country:?}",
                                DURATIONS[d]
                            );
                        }
                        // A longer duration never lowers urgency.
                        if d + 1 < DURATIONS.len() {
                            assert!(
                                urgencies[index(n, t, d + 1, g)] >= u,
                                "longer duration lowered urgency at signs={n:#x} in {country:?}"
                            );
                        }
                    }
                }
            }
        }
        by_place.push(urgencies);
    }
    // Without a country the outcome is the most cautious of the four, and an emergency is an
    // emergency everywhere: a country's own rows only ever raise "within days" or "today".
    for i in 0..by_place[0].len() {
        let countries = &by_place[1..];
        let most = countries.iter().map(|u| u[i]).max().expect("four countries");
        assert_eq!(by_place[0][i], most, "no country is the most cautious of the four at {i}");
        let emergency = countries.iter().map(|u| u[i] == Urgency::Emergency);
        assert!(
            emergency.clone().all(|e| e) || emergency.clone().all(|e| !e),
            "an emergency in one country only at {i}"
        );
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
    fn prop(a: AnyAnswers, place: u8) -> TestResult {
        let country = PLACES[usize::from(place) % PLACES.len()];
        match check_point(&a.0, country) {
            Ok(_) => TestResult::passed(),
            Err(e) => TestResult::error(format!("{e} for {:?} in {country:?}", a.0)),
        }
    }
    QuickCheck::new().tests(20_000).quickcheck(prop as fn(AnyAnswers, u8) -> TestResult);
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
