//! The JSON contract: what `Answers` accepts and rejects, and the exact shape of `Outcome`.

#![cfg(not(target_arch = "wasm32"))]

mod common;

use back_pain_triage::decision::{Answers, Sign, Trend, evaluate};
use common::{answers, plain, valid_json};
use serde_json::{Value, json};

fn read(v: &Value) -> Result<Answers, String> {
    serde_json::from_value::<Answers>(v.clone()).map_err(|e| e.to_string())
}

fn with(field: &str, value: Value) -> Value {
    let mut m = valid_json();
    m.insert(field.to_owned(), value);
    Value::Object(m)
}

#[test]
fn answers_serialise_with_every_field_in_contract_order() {
    let v = serde_json::to_string(&answers(42, 4.5, Trend::Unchanged, &[Sign::Trauma])).unwrap();
    assert_eq!(
        v,
        r#"{"age":42,"duration_weeks":4.5,"trend":"unchanged","bladder_or_bowel_problems":false,"saddle_numbness":false,"both_legs":false,"leg_weakness":false,"fever_or_unwell":false,"trauma":true,"weight_loss":false,"cancer_history":false,"constant_night_pain":false,"osteoporosis_or_steroids":false,"pain_below_knee":false,"uncontrolled_pain":false,"major_impact":false,"worried":false}"#
    );
}

#[test]
fn a_valid_object_is_read_in_any_key_order() {
    let mut m = valid_json();
    m.insert("worried".into(), json!(true));
    let reversed: serde_json::Map<String, Value> = m.into_iter().rev().collect();
    let a = read(&Value::Object(reversed)).unwrap();
    assert!(a.has(Sign::Worried) && !a.has(Sign::Trauma));
    assert_eq!((a.age, a.duration_weeks, a.trend), (40, 1.0, Trend::Better));
}

#[test]
fn whole_number_floats_are_accepted_as_ages_because_javascript_has_no_integers() {
    assert_eq!(read(&with("age", json!(40.0))).unwrap().age, 40);
    assert_eq!(read(&with("duration_weeks", json!(0))).unwrap().duration_weeks, 0.0);
}

#[test]
fn every_missing_field_is_named() {
    for name in valid_json().keys() {
        let mut m = valid_json();
        m.remove(name);
        let e = read(&Value::Object(m)).unwrap_err();
        assert!(e.contains(&format!("`{name}`")) && e.contains("missing"), "{name}: {e}");
    }
}

#[test]
fn unknown_fields_are_errors_with_a_suggestion() {
    let e = read(&with("saddle_numbess", json!(true))).unwrap_err();
    assert!(e.contains("`saddle_numbess`") && e.contains("did you mean `saddle_numbness`"), "{e}");
    let e = read(&with("comment", json!("hi"))).unwrap_err();
    assert!(e.contains("`comment`") && e.contains("unknown field"), "{e}");
}

#[test]
fn wrong_types_and_ranges_name_the_field() {
    let cases = [
        ("age", json!("40")),
        ("age", json!(-1)),
        ("age", json!(121)),
        ("age", json!(40.5)),
        ("age", json!(null)),
        ("age", json!(1e300)),
        ("duration_weeks", json!(-0.5)),
        ("duration_weeks", json!("4")),
        ("duration_weeks", json!([4])),
        ("trend", json!("sideways")),
        ("trend", json!("Better")),
        ("trend", json!(1)),
        ("worried", json!("yes")),
        ("worried", json!(1)),
        ("worried", json!(null)),
        ("trauma", json!({})),
    ];
    for (field, value) in cases {
        let e = read(&with(field, value.clone())).unwrap_err();
        assert!(e.starts_with(&format!("field `{field}`")), "{field}={value}: {e}");
    }
}

#[test]
fn non_objects_duplicates_and_garbage_are_errors() {
    for v in [json!(null), json!([]), json!("answers"), json!(5)] {
        assert!(read(&v).unwrap_err().contains("Answers object"), "{v}");
    }
    let dup = r#"{"age":40,"age":41}"#;
    assert!(serde_json::from_str::<Answers>(dup).unwrap_err().to_string().contains("more than once"));
    assert!(serde_json::from_str::<Answers>("{\"age\":").is_err());
    assert!(serde_json::from_str::<Answers>("").is_err());
}

#[test]
fn validate_checks_answers_built_in_rust() {
    assert!(plain().validate().is_ok());
    let e = Answers { age: 121, ..plain() }.validate().unwrap_err();
    assert_eq!(e.field.as_deref(), Some("age"));
    for weeks in [f64::NAN, f64::INFINITY, -1.0] {
        let e = Answers { duration_weeks: weeks, ..plain() }.validate().unwrap_err();
        assert_eq!(e.field.as_deref(), Some("duration_weeks"));
    }
}

#[test]
fn outcome_json_has_exactly_the_contract_shape() {
    let text = serde_json::to_string(&evaluate(&answers(40, 6.0, Trend::Unchanged, &[Sign::MajorImpact]))).unwrap();
    // Key order as documented (serde_json::Value would sort them, so look at the text).
    assert!(text.starts_with(r#"{"urgency":"soon","category":"nonspecific","advice":["#), "{text}");
    assert!(text.contains(r#""reasons":[{"rule":"soon.major_impact","answers":["major_impact"],"source":""#), "{text}");
    let o: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(o.as_object().unwrap().len(), 4);
    assert_eq!(o["urgency"], "soon");
    assert_eq!(o["category"], "nonspecific");
    assert_eq!(
        o["advice"],
        json!([
            "book_appointment",
            "imaging_review",
            "exercise_program",
            "specialist_referral",
            "stay_active",
            "work",
            "pain_relief",
            "heat",
            "other_help",
            "outlook",
            "prevention",
            "safety_net"
        ])
    );
    let first = &o["reasons"][0];
    assert_eq!(first["rule"], "soon.major_impact");
    assert_eq!(first["answers"], json!(["major_impact"]));
    assert!(first["source"].as_str().unwrap().contains("§7"));
    let rules: Vec<&str> = o["reasons"].as_array().unwrap().iter().map(|r| r["rule"].as_str().unwrap()).collect();
    assert_eq!(
        rules,
        [
            "soon.major_impact",
            "soon.not_better_after_4_weeks",
            "advice.imaging_and_exercise_after_4_weeks",
            "advice.specialist_after_6_weeks"
        ]
    );
}
