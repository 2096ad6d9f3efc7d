//! Table tests: each rule of the table, one case that fires it and its boundary. The cases are
//! written once, in `tests/fixtures/rule-table.json`, which the Node tests read too.

use crate::common;

use Sign::*;
use common::{answers, plain};
use serde_json::Value;
use triage::decision::rules::{RULES, all_reasons};
use triage::decision::{Advice, Category, Country, RuleId, Sign, Trend, Urgency, evaluate_in};

/// The shared fixture: `(name, country, answers, expected outcome as JSON)` for each case; the
/// country is the fixture's unless the case names its own (`null`: no country).
fn fixture_cases() -> Vec<(String, Option<Country>, triage::Answers, Value)> {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/rule-table.json"))
        .expect("tests/fixtures/rule-table.json");
    let doc: Value = serde_json::from_str(&text).expect("the fixture is JSON");
    let base = doc["base"].as_object().expect("base").clone();
    let country_of = |v: &Value| v.as_str().map(|code| Country::parse(code).expect("a country code"));
    doc["cases"]
        .as_array()
        .expect("cases")
        .iter()
        .map(|case| {
            let name = case["case"].as_str().expect("case name").to_owned();
            let mut json = base.clone();
            json.extend(case["answers"].as_object().expect("answers").clone());
            let answers: triage::Answers =
                serde_json::from_value(Value::Object(json)).unwrap_or_else(|e| panic!("{name}: {e}"));
            let country = country_of(case.get("country").unwrap_or(&doc["country"]));
            (name, country, answers, case.clone())
        })
        .collect()
}

#[test]
fn every_case_of_the_shared_fixture() {
    let cases = fixture_cases();
    assert!(cases.len() >= 30, "the fixture has its cases");
    let mut fired = std::collections::HashSet::new();
    for (name, country, answers, want) in &cases {
        let o = serde_json::to_value(evaluate_in(answers, *country)).expect("outcome serialises");
        let rules: Vec<&Value> = o["reasons"].as_array().expect("reasons").iter().map(|r| &r["rule"]).collect();
        assert_eq!(o["urgency"], want["urgency"], "{name}: urgency");
        assert_eq!(o["category"], want["category"], "{name}: category");
        assert_eq!(o["advice"], want["advice"], "{name}: advice");
        assert_eq!(rules, want["rules"].as_array().expect("rules").iter().collect::<Vec<_>>(), "{name}: reasons");
        fired.extend(rules.iter().filter_map(|r| r.as_str()).map(str::to_owned));
    }
    for id in RuleId::ALL {
        assert!(fired.contains(id.as_str()), "no case of the fixture fires {id:?}");
    }
}

/// The shared rules: Norway has no rows of its own.
fn evaluate(a: &triage::Answers) -> triage::Outcome {
    evaluate_in(a, Some(Country::No))
}

fn urgency_of(yes: &[Sign]) -> Urgency {
    evaluate(&answers(40, 1.0, Trend::Better, yes)).urgency
}

fn rules_fired(a: &triage::Answers) -> Vec<&'static str> {
    evaluate(a).reasons.iter().map(|r| r.rule.as_str()).collect()
}

#[test]
fn plain_lumbago_is_self_care_with_the_brochures_advice() {
    let o = evaluate(&plain());
    assert_eq!(o.urgency, Urgency::SelfCare);
    assert_eq!(o.category, Category::Nonspecific);
    assert_eq!(
        o.advice,
        [
            Advice::StayActive,
            Advice::Work,
            Advice::PainRelief,
            Advice::Heat,
            Advice::OtherHelp,
            Advice::Outlook,
            Advice::Prevention,
            Advice::SafetyNet
        ]
    );
    assert_eq!(rules_fired(&plain()), ["self_care.no_warning_signs"]);
    assert!(o.reasons[0].source.contains("§5"), "self-care rests on the brochure's §5");
}

#[test]
fn each_emergency_sign_alone_is_an_emergency_with_only_the_call() {
    let table = [
        (BladderOrBowelProblems, "emergency.bladder_or_bowel_problems"),
        (SaddleNumbness, "emergency.saddle_numbness"),
        (BothLegs, "emergency.both_legs"),
    ];
    for (sign, rule) in table {
        // Even with long duration and major impact, nothing distracts from the call.
        let a = answers(40, 10.0, Trend::Worse, &[sign, MajorImpact]);
        let o = evaluate(&a);
        assert_eq!(o.urgency, Urgency::Emergency, "{sign:?}");
        assert_eq!(o.advice, [Advice::CallEmergency], "{sign:?}");
        assert_eq!(rules_fired(&a), [rule], "{sign:?}: only the emergency reason");
        assert_eq!(o.reasons[0].answers.iter().map(|f| f.name()).collect::<Vec<_>>(), [sign.field_name()]);
        assert_eq!(o.category, Category::NerveRoot, "{sign:?}");
    }
}

#[test]
fn cancer_history_is_urgent_only_with_a_second_cancer_sign() {
    assert_eq!(urgency_of(&[CancerHistory]), Urgency::Soon);
    assert_eq!(urgency_of(&[WeightLoss]), Urgency::Soon);
    assert_eq!(urgency_of(&[ConstantNightPain]), Urgency::Soon);
    assert_eq!(urgency_of(&[WeightLoss, ConstantNightPain]), Urgency::Soon, "no cancer history");
    for other in [WeightLoss, ConstantNightPain] {
        let o = evaluate(&answers(40, 1.0, Trend::Better, &[CancerHistory, other]));
        assert_eq!(o.urgency, Urgency::Urgent, "{other:?}");
        let r = &o.reasons[0];
        assert_eq!(r.rule.as_str(), "urgent.cancer_history_with_other_cancer_sign");
        assert_eq!(r.answers.iter().map(|f| f.name()).collect::<Vec<_>>(), ["cancer_history", other.field_name()]);
    }
}

#[test]
fn four_week_boundary_for_pain_that_is_not_better() {
    for trend in [Trend::Unchanged, Trend::Worse] {
        let before = evaluate(&answers(40, 3.99, trend, &[]));
        assert!(!before.advice.contains(&Advice::ImagingReview), "{trend:?} at 3.99 weeks");
        let at = evaluate(&answers(40, 4.0, trend, &[]));
        assert_eq!(at.urgency, Urgency::Soon);
        assert!(
            at.advice.contains(&Advice::ImagingReview) && at.advice.contains(&Advice::ExerciseProgram),
            "{trend:?}"
        );
        assert!(at.reasons.iter().any(|r| r.rule.as_str() == "soon.not_better_after_4_weeks"));
        assert!(
            at.reasons
                .iter()
                .any(|r| r.rule.as_str() == "advice.imaging_and_exercise_after_4_weeks" && r.source.contains("§7"))
        );
    }
    assert_eq!(evaluate(&answers(40, 3.99, Trend::Unchanged, &[])).urgency, Urgency::SelfCare);
    // Getting better after many weeks is what the guideline hopes for: no review needed.
    let better = evaluate(&answers(40, 20.0, Trend::Better, &[]));
    assert_eq!(better.urgency, Urgency::SelfCare);
    assert!(!better.advice.contains(&Advice::ImagingReview));
}

#[test]
fn six_week_boundary_for_referral_with_major_impact() {
    let before = evaluate(&answers(40, 5.99, Trend::Better, &[MajorImpact]));
    assert!(!before.advice.contains(&Advice::SpecialistReferral));
    let at = evaluate(&answers(40, 6.0, Trend::Better, &[MajorImpact]));
    assert!(at.advice.contains(&Advice::SpecialistReferral));
    assert!(!at.advice.contains(&Advice::ImagingReview), "getting better: no imaging review");
    assert!(at.reasons.iter().any(|r| r.rule.as_str() == "advice.specialist_after_6_weeks"));
    let without_impact = evaluate(&answers(40, 30.0, Trend::Unchanged, &[]));
    assert!(!without_impact.advice.contains(&Advice::SpecialistReferral));
}

#[test]
fn category_follows_the_brochures_three_classes() {
    for sign in [FeverOrUnwell, Trauma, WeightLoss, CancerHistory, ConstantNightPain, OsteoporosisOrSteroids] {
        // A serious sign outranks nerve root signs.
        let o = evaluate(&answers(40, 1.0, Trend::Better, &[sign, PainBelowKnee, SaddleNumbness]));
        assert_eq!(o.category, Category::PossibleSerious, "{sign:?}");
    }
    for sign in [PainBelowKnee, LegWeakness, BothLegs, SaddleNumbness, BladderOrBowelProblems] {
        assert_eq!(evaluate(&answers(40, 1.0, Trend::Better, &[sign])).category, Category::NerveRoot, "{sign:?}");
    }
    for sign in [UncontrolledPain, MajorImpact, Worried] {
        assert_eq!(evaluate(&answers(40, 1.0, Trend::Better, &[sign])).category, Category::Nonspecific, "{sign:?}");
    }
}

#[test]
fn every_rule_id_is_used_once_and_cites_a_source() {
    // The typed join: every `RuleId` is given by exactly one row of the table (or is the
    // no-warning-signs reason), so a new id cannot be left without a rule and its sources.
    let given: Vec<RuleId> = all_reasons().map(|(id, _)| id).collect();
    for id in RuleId::ALL {
        assert_eq!(given.iter().filter(|g| *g == id).count(), 1, "{id:?} must be given by exactly one rule");
    }
    assert_eq!(given.len(), RuleId::ALL.len());
    for (id, sources) in all_reasons() {
        let name = id.as_str();
        assert!(!sources.is_empty(), "{name} cites nothing");
        assert!(sources.iter().all(|s| !s.citation.is_empty()), "{name}");
        let prefix = name.split('.').next().unwrap_or_default();
        assert!(["emergency", "urgent", "soon", "advice", "self_care"].contains(&prefix), "{name}");
        assert_eq!(RuleId::parse(name), Some(id), "{name} reads back as its id");
    }
    assert_eq!(given.len(), RULES.len() + 1);
}

#[test]
fn under_16s_get_no_adult_pain_relief_advice() {
    for age in [0, 10, 15] {
        let o = evaluate(&answers(age, 1.0, Trend::Better, &[]));
        assert!(!o.advice.contains(&Advice::PainRelief), "age {age}");
        assert!(o.advice.contains(&Advice::StayActive));
    }
    assert!(evaluate(&answers(16, 1.0, Trend::Better, &[])).advice.contains(&Advice::PainRelief));
}

/// Each country's table, readable in one place: the shared rows, and that country's own. The
/// ids are written out here, not read from `rules.rs`, so that a row moved to or from a country
/// is seen.
#[test]
fn each_country_has_its_own_table() {
    use triage::decision::rules::table;
    let shared: Vec<&str> = RULES.iter().filter(|r| r.applies.to(Some(Country::No))).map(|r| r.id.as_str()).collect();
    let own = |country| -> Vec<&str> {
        table(Some(country)).map(|r| r.id.as_str()).filter(|id| !shared.contains(id)).collect()
    };
    assert_eq!(own(Country::No), Vec::<&str>::new());
    assert_eq!(own(Country::Dk), Vec::<&str>::new());
    assert_eq!(own(Country::Se), ["soon.not_better_after_2_weeks"]);
    assert_eq!(own(Country::Gb), ["urgent.weight_loss", "urgent.constant_night_pain"]);
    // Without a country, every row of every country, in table order.
    assert_eq!(table(None).count(), RULES.len());
    assert_eq!(shared.len() + 3, RULES.len());
}

#[test]
fn a_serious_accident_is_an_emergency_by_the_injury_route_and_a_minor_fall_counts_when_fragile() {
    for country in [Some(Country::No), Some(Country::Se), Some(Country::Dk), Some(Country::Gb), None] {
        let o = evaluate_in(&answers(40, 1.0, Trend::Better, &[Trauma]), country);
        assert_eq!((o.urgency, o.advice.as_slice()), (Urgency::Emergency, &[Advice::InjuryCareNow][..]), "{country:?}");
        // With a nerve sign as well, the nerve signs' route.
        let both = evaluate_in(&answers(40, 1.0, Trend::Better, &[Trauma, BothLegs]), country);
        assert_eq!(both.advice, [Advice::CallEmergency], "{country:?}");
    }
    assert_eq!(urgency_of(&[MinorFall]), Urgency::SelfCare);
    assert_eq!(urgency_of(&[MinorFall, OsteoporosisOrSteroids]), Urgency::Urgent);
    for (age, urgency) in [(69, Urgency::SelfCare), (70, Urgency::Urgent), (100, Urgency::Urgent)] {
        let o = evaluate(&answers(age, 1.0, Trend::Better, &[MinorFall]));
        assert_eq!(o.urgency, urgency, "{age}");
        if urgency == Urgency::Urgent {
            let r = &o.reasons[0];
            assert_eq!(r.rule.as_str(), "urgent.minor_fall_when_fragile");
            assert_eq!(r.answers.iter().map(|f| f.name()).collect::<Vec<_>>(), ["minor_fall", "age"]);
        }
    }
}

#[test]
fn numbness_in_one_leg_is_within_days_and_weakness_is_today() {
    assert_eq!(urgency_of(&[LegNumbness]), Urgency::Soon);
    assert_eq!(urgency_of(&[LegWeakness]), Urgency::Urgent);
    assert_eq!(urgency_of(&[LegWeakness, LegNumbness]), Urgency::Urgent);
    assert_eq!(evaluate(&answers(40, 1.0, Trend::Better, &[LegNumbness])).category, Category::NerveRoot);
}

#[test]
fn sweden_reviews_after_two_weeks_and_the_uk_sees_weight_loss_and_night_pain_the_same_day() {
    let two_weeks = answers(35, 2.0, Trend::Unchanged, &[]);
    let urgency_in = |a: &triage::Answers, c| evaluate_in(a, c).urgency;
    assert_eq!(urgency_in(&two_weeks, Some(Country::Se)), Urgency::Soon);
    assert_eq!(urgency_in(&answers(35, 1.99, Trend::Unchanged, &[]), Some(Country::Se)), Urgency::SelfCare);
    assert_eq!(urgency_in(&answers(35, 2.0, Trend::Better, &[]), Some(Country::Se)), Urgency::SelfCare);
    for country in [Country::No, Country::Dk, Country::Gb] {
        assert_eq!(urgency_in(&two_weeks, Some(country)), Urgency::SelfCare, "{country:?}");
    }
    for sign in [WeightLoss, ConstantNightPain] {
        let a = answers(40, 1.0, Trend::Better, &[sign]);
        assert_eq!(urgency_in(&a, Some(Country::Gb)), Urgency::Urgent, "{sign:?}");
        for country in [Country::No, Country::Se, Country::Dk] {
            assert_eq!(urgency_in(&a, Some(country)), Urgency::Soon, "{sign:?} {country:?}");
        }
        // Without a country, the most cautious.
        assert_eq!(urgency_in(&a, None), Urgency::Urgent, "{sign:?}");
    }
}
