//! The JSON contract: what `Answers` accepts and rejects, and the exact shape of `Outcome`.

use crate::common;

use common::{answers, plain, valid_json};
use serde_json::{Value, json};
use triage::decision::{Answers, Sign, Trend, evaluate};

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
        r#"{"age":42,"duration_weeks":4.5,"trend":"unchanged","bladder_or_bowel_problems":false,"saddle_numbness":false,"both_legs":false,"leg_weakness":false,"leg_numbness":false,"fever_or_unwell":false,"trauma":true,"minor_fall":false,"weight_loss":false,"cancer_history":false,"constant_night_pain":false,"osteoporosis_or_steroids":false,"pain_below_knee":false,"uncontrolled_pain":false,"major_impact":false,"worried":false}"#
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
            // Sweden's own rule: without a country, every country's rules apply.
            "soon.not_better_after_2_weeks",
            "soon.not_better_after_4_weeks",
            "advice.imaging_and_exercise_after_4_weeks",
            "advice.specialist_after_6_weeks"
        ]
    );
}

/// Each kind of value is quoted as given (and cut short when long), so the reader sees what
/// was wrong with it.
#[test]
fn rejections_quote_the_value_given() {
    let age = "field `age`: must be a whole number from 0 to 120, got";
    let cases = [
        ("age", json!(140), format!("{age} 140")),
        ("age", json!(40.5), format!("{age} 40.5")),
        ("age", json!(999_999.5), format!("{age} 999999.5")),
        ("age", json!(1e6), format!("{age} 1e6")),
        ("age", json!(-2.5e7), format!("{age} -2.5e7")),
        ("age", json!(1_000_000), format!("{age} 1000000")),
        ("age", json!(u64::MAX), format!("{age} 18446744073709551615")),
        ("age", json!(i64::MIN), format!("{age} -9223372036854775808")),
        ("age", json!(true), format!("{age} true")),
        ("age", json!(null), format!("{age} null")),
        ("age", json!([40]), format!("{age} an array")),
        ("age", json!({"years": 40}), format!("{age} an object")),
        ("age", json!("40"), format!("{age} \"40\"")),
        (
            "duration_weeks",
            json!(-0.5),
            "field `duration_weeks`: must be a finite number of weeks, 0 or more, got -0.5".into(),
        ),
        (
            "trend",
            json!("sideways"),
            "field `trend`: must be \"better\", \"unchanged\" or \"worse\", got \"sideways\"".into(),
        ),
        (
            "trend",
            json!(format!("{}\n{}", "a".repeat(39), "b".repeat(100))),
            format!("field `trend`: must be \"better\", \"unchanged\" or \"worse\", got \"{}\\n\"…", "a".repeat(39)),
        ),
        (
            "trend",
            json!("a".repeat(40)),
            format!("field `trend`: must be \"better\", \"unchanged\" or \"worse\", got \"{}\"", "a".repeat(40)),
        ),
        ("worried", json!("yes"), "field `worried`: must be true or false, got \"yes\"".into()),
    ];
    for (field, value, message) in cases {
        assert_eq!(read(&with(field, value.clone())).unwrap_err(), message, "{field}={value}");
    }
}

/// A name from the input is shown on one line, cut short, with no backtick to end the quote early.
#[test]
fn unknown_names_are_shown_on_one_line_and_cut_short() {
    let e = read(&with("a\nb`c\u{7}", json!(1))).unwrap_err();
    assert_eq!(e, "field `a\\nb'c\\u{7}`: unknown field: not part of Answers");
    let long = format!("{}{}", "k".repeat(40), "z".repeat(1000));
    let e = read(&with(&long, json!(1))).unwrap_err();
    assert_eq!(e, format!("field `{}…`: unknown field: not part of Answers", "k".repeat(40)));
    let exactly = "k".repeat(40);
    assert_eq!(
        read(&with(&exactly, json!(1))).unwrap_err(),
        format!("field `{exactly}`: unknown field: not part of Answers")
    );
    // An unknown name is reported before its value is even read.
    let e = serde_json::from_str::<Answers>(r#"{"agee": 1e999}"#).unwrap_err().to_string();
    assert!(e.starts_with("field `agee`: unknown field: not part of Answers; did you mean `age`?"), "{e}");
}

#[test]
fn long_messages_keep_their_start_and_the_position_at_the_end() {
    use triage::decision::answers::shortened;
    let short = "x".repeat(300);
    assert_eq!(shortened(short.clone()), short);
    let long = format!("{}{}", "a".repeat(250), "z".repeat(60));
    assert_eq!(shortened(long), format!("{}…{}", "a".repeat(240), "z".repeat(60)));
    let text = format!("\"{}\"", "é".repeat(100_000));
    let e = triage::input::read_document(&text, triage::input::Format::Answers).unwrap_err();
    let start: String = e.chars().take(100).collect();
    assert!(e.chars().count() < 360, "{} characters: {start}", e.chars().count());
    assert!(e.starts_with("invalid Answers: not a JSON object: invalid type: string \"éé"), "{start}");
    assert!(e.ends_with("é\", expected an Answers object at line 1 column 200002"), "{start}");
}

#[test]
fn every_field_given_twice_is_an_error_naming_it() {
    for (name, value) in valid_json() {
        let text = Value::Object(valid_json()).to_string();
        let twice = text.replacen('{', &format!("{{\"{name}\":{value},"), 1);
        let e = serde_json::from_str::<Answers>(&twice).unwrap_err().to_string();
        assert!(e.starts_with(&format!("field `{name}`: given more than once")), "{e}");
    }
}

#[test]
fn whole_floats_of_any_size_are_ages_only_within_the_range() {
    for (x, age) in [(0.0, Some(0)), (120.0, Some(120)), (121.0, None), (-0.0, Some(0)), (1e6, None), (1e300, None)] {
        assert_eq!(read(&with("age", json!(x))).ok().map(|a| a.age), age, "{x}");
    }
    for x in [-1e300, 0.5, 119.99999999999999, -0.5] {
        assert!(read(&with("age", json!(x))).unwrap_err().starts_with("field `age`"), "{x}");
    }
}

/// The names the UI and the summary use are exactly the JSON contract's values.
#[test]
fn contract_names_are_the_json_values() {
    use triage::decision::{Advice, Category, Urgency};
    for u in Urgency::ALL {
        assert_eq!(json!(u), json!(u.as_str()));
    }
    for c in [Category::Nonspecific, Category::NerveRoot, Category::PossibleSerious] {
        assert_eq!(json!(c), json!(c.as_str()));
    }
    for a in Advice::ALL {
        assert_eq!(json!(a), json!(a.code()));
    }
    for t in Trend::ALL {
        assert_eq!(json!(t.as_str()), json!(serde_json::to_value(answers(40, 1.0, t, &[])).unwrap()["trend"]));
    }
}

/// A value no JSON has (bytes here; from JavaScript, a BigInt beyond 64 bits) is refused
/// with the field and what would have done. Found by scripts/mutants: nothing checked it.
#[test]
fn a_value_json_cannot_hold_is_named_with_what_was_expected() {
    use serde::Deserialize;
    use serde::de::value::{BytesDeserializer, Error, MapDeserializer};
    let map = MapDeserializer::<_, Error>::new(std::iter::once(("age", BytesDeserializer::<Error>::new(b"40"))));
    let e = Answers::deserialize(map).unwrap_err().to_string();
    assert_eq!(e, "field `age`: invalid type: byte array, expected any value");
}

/// Found by scripts/mutants: nothing native asked whether a pre-fill is empty, or what a
/// pre-fill that is not an object is told.
#[test]
fn partial_answers_are_empty_only_without_any_field() {
    use triage::decision::PartialAnswers;
    assert!(serde_json::from_str::<PartialAnswers>("{}").unwrap().is_empty());
    let e = serde_json::from_str::<PartialAnswers>("[]").unwrap_err().to_string();
    assert!(e.contains("expected an object with some fields of Answers"), "{e}");
    for one in [r#"{"age": 40}"#, r#"{"worried": false}"#, r#"{"trend": "better"}"#, r#"{"duration_weeks": 0}"#] {
        assert!(!serde_json::from_str::<PartialAnswers>(one).unwrap().is_empty(), "{one}");
    }
}

/// `Shown` quotes a value by hand (so the core WASM carries no Unicode tables): for letters of
/// any script, emoji, quotes, backslashes and control characters it writes what Rust's own
/// `Debug` of the string writes.
#[test]
fn shown_quotes_a_value_as_rust_debug_does() {
    use triage::decision::answers::Shown;
    for text in
        ["", "sideways", "a\"b\\c", "\0\u{7}\t\r\n\u{1b}\u{7f}\u{85}", "blåbær ÆØÅ", "ryggsmärta 😀", "`tick`", "'"]
    {
        assert_eq!(format!("{:?}", Shown(text)), format!("{text:?}"), "{text}");
    }
    let long = "x".repeat(Shown::MAX_CHARS + 1);
    assert_eq!(format!("{:?}", Shown(&long)), format!("{:?}…", &long[..Shown::MAX_CHARS]));
}

/// Whole numbers are quoted as written, at both ends of 64 bits.
#[test]
fn whole_numbers_at_the_ends_of_64_bits_are_quoted_in_full() {
    for (n, shown) in [(json!(i64::MIN), i64::MIN.to_string()), (json!(u64::MAX), u64::MAX.to_string())] {
        let e = read(&with("age", n)).unwrap_err();
        assert!(e.ends_with(&format!("got {shown}")), "{e}");
    }
}

/// A whole number beyond 64 bits (which no JSON reader here gives, but another serde format
/// may) is said to be beyond them, not written out.
#[test]
fn whole_numbers_beyond_64_bits_are_said_to_be() {
    use serde::Deserialize;
    use serde::de::value::{Error, I128Deserializer, MapDeserializer};
    for (n, said) in [
        (i128::from(u64::MAX) + 1, "an integer beyond 2^64"),
        (i128::from(i64::MIN) - 1, "an integer below -2^63"),
        (i128::from(u64::MAX), "18446744073709551615"),
        (i128::from(i64::MIN), "-9223372036854775808"),
    ] {
        let map = MapDeserializer::<_, Error>::new(std::iter::once(("age", I128Deserializer::<Error>::new(n))));
        let e = Answers::deserialize(map).unwrap_err().to_string();
        assert_eq!(e, format!("field `age`: must be a whole number from 0 to 120, got {said}"));
    }
}
