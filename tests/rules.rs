//! Table tests: each rule of the table, one case that fires it and its boundary.

#![cfg(not(target_arch = "wasm32"))]

mod common;

use Sign::*;
use back_pain_triage::decision::rules::{RULES, all_reasons};
use back_pain_triage::decision::{Advice, Category, Sign, Trend, Urgency, evaluate};
use common::{answers, plain};

fn urgency_of(yes: &[Sign]) -> Urgency {
    evaluate(&answers(40, 1.0, Trend::Better, yes)).urgency
}

fn rules_fired(a: &back_pain_triage::Answers) -> Vec<&'static str> {
    evaluate(a).reasons.iter().map(|r| r.rule).collect()
}

#[test]
fn plain_lumbago_is_self_care_with_the_brochures_advice() {
    let o = evaluate(&plain());
    assert_eq!(o.urgency, Urgency::SelfCare);
    assert_eq!(o.category, Category::Nonspecific);
    assert_eq!(o.advice, [Advice::StayActive, Advice::PainRelief, Advice::Heat, Advice::Prevention, Advice::SafetyNet]);
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
fn each_urgent_sign_alone_is_urgent() {
    for (sign, rule) in
        [(LegWeakness, "urgent.leg_weakness"), (FeverOrUnwell, "urgent.fever_or_unwell"), (Trauma, "urgent.trauma")]
    {
        let o = evaluate(&answers(40, 1.0, Trend::Better, &[sign]));
        assert_eq!(o.urgency, Urgency::Urgent, "{sign:?}");
        assert_eq!(o.advice, [Advice::ContactDoctorToday, Advice::SafetyNet], "{sign:?}: no self-care advice");
        assert_eq!(o.reasons[0].rule, rule);
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
        assert_eq!(r.rule, "urgent.cancer_history_with_other_cancer_sign");
        assert_eq!(r.answers.iter().map(|f| f.name()).collect::<Vec<_>>(), ["cancer_history", other.field_name()]);
    }
}

#[test]
fn each_soon_sign_alone_is_soon() {
    let table = [
        (WeightLoss, "soon.weight_loss"),
        (CancerHistory, "soon.cancer_history"),
        (ConstantNightPain, "soon.constant_night_pain"),
        (OsteoporosisOrSteroids, "soon.osteoporosis_or_steroids"),
        (UncontrolledPain, "soon.uncontrolled_pain"),
        (Worried, "soon.worried"),
        (MajorImpact, "soon.major_impact"),
    ];
    for (sign, rule) in table {
        let a = answers(40, 1.0, Trend::Better, &[sign]);
        let o = evaluate(&a);
        assert_eq!(o.urgency, Urgency::Soon, "{sign:?}");
        assert_eq!(rules_fired(&a), [rule]);
        assert_eq!(o.advice[0], Advice::BookAppointment);
        assert!(o.advice.contains(&Advice::StayActive) && o.advice.contains(&Advice::SafetyNet));
    }
}

#[test]
fn pain_below_knee_alone_is_nerve_root_self_care() {
    let o = evaluate(&answers(40, 1.0, Trend::Better, &[PainBelowKnee]));
    assert_eq!((o.urgency, o.category), (Urgency::SelfCare, Category::NerveRoot));
}

#[test]
fn getting_worse_is_soon_the_other_trends_are_not() {
    assert_eq!(evaluate(&answers(40, 1.0, Trend::Worse, &[])).urgency, Urgency::Soon);
    assert_eq!(rules_fired(&answers(40, 1.0, Trend::Worse, &[])), ["soon.getting_worse"]);
    assert_eq!(evaluate(&answers(40, 1.0, Trend::Unchanged, &[])).urgency, Urgency::SelfCare);
}

#[test]
fn age_boundary_15_is_soon_16_is_not() {
    assert_eq!(evaluate(&answers(15, 1.0, Trend::Better, &[])).urgency, Urgency::Soon);
    assert_eq!(rules_fired(&answers(15, 1.0, Trend::Better, &[])), ["soon.under_16"]);
    assert_eq!(evaluate(&answers(0, 1.0, Trend::Better, &[])).urgency, Urgency::Soon);
    assert_eq!(evaluate(&answers(16, 1.0, Trend::Better, &[])).urgency, Urgency::SelfCare);
    assert_eq!(evaluate(&answers(120, 1.0, Trend::Better, &[])).urgency, Urgency::SelfCare);
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
        assert!(at.reasons.iter().any(|r| r.rule == "soon.not_better_after_4_weeks"));
        assert!(
            at.reasons.iter().any(|r| r.rule == "advice.imaging_and_exercise_after_4_weeks" && r.source.contains("§7"))
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
    assert!(at.reasons.iter().any(|r| r.rule == "advice.specialist_after_6_weeks"));
    let without_impact = evaluate(&answers(40, 30.0, Trend::Unchanged, &[]));
    assert!(!without_impact.advice.contains(&Advice::SpecialistReferral));
}

#[test]
fn duration_advice_comes_with_urgent_but_never_with_emergency() {
    let urgent = evaluate(&answers(40, 8.0, Trend::Unchanged, &[Trauma, MajorImpact]));
    assert_eq!(urgent.urgency, Urgency::Urgent);
    assert_eq!(
        urgent.advice,
        [
            Advice::ContactDoctorToday,
            Advice::ImagingReview,
            Advice::ExerciseProgram,
            Advice::SpecialistReferral,
            Advice::SafetyNet
        ]
    );
    let emergency = evaluate(&answers(40, 8.0, Trend::Unchanged, &[BothLegs, MajorImpact]));
    assert_eq!(emergency.advice, [Advice::CallEmergency]);
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
fn every_rule_has_a_unique_id_and_cites_a_source() {
    let mut ids: Vec<&str> = all_reasons().map(|(id, _)| id).collect();
    for (id, sources) in all_reasons() {
        assert!(!sources.is_empty(), "{id} cites nothing");
        assert!(sources.iter().all(|s| !s.citation.is_empty()), "{id}");
        let prefix = id.split('.').next().unwrap_or_default();
        assert!(["emergency", "urgent", "soon", "advice", "self_care"].contains(&prefix), "{id}");
    }
    ids.sort_unstable();
    let n = ids.len();
    ids.dedup();
    assert_eq!(ids.len(), n, "duplicate rule ids");
    assert_eq!(n, RULES.len() + 1);
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
