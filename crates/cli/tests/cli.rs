//! The `triage` binary, run as a user would: JSON on stdin, one line out, exit status 2 and a
//! message naming the field on bad input.

use std::io::Write;
use std::process::{Command, Stdio};

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn triage(args: &[&str], input: &str) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_triage"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the triage binary runs");
    // The binary may exit before reading (bad arguments); a closed pipe is not the test's failure.
    let _ = child.stdin.take().unwrap().write_all(input.as_bytes());
    let out = child.wait_with_output().unwrap();
    Run {
        code: out.status.code().expect("exited, not killed by a signal (a panic would abort)"),
        stdout: String::from_utf8(out.stdout).unwrap(),
        stderr: String::from_utf8(out.stderr).unwrap(),
    }
}

const PRETTY: &str = r#"{
  "age": 52,
  "duration_weeks": 0.5,
  "trend": "worse",
  "bladder_or_bowel_problems": false,
  "saddle_numbness": true,
  "both_legs": false,
  "leg_weakness": false, "leg_numbness": false,
  "fever_or_unwell": false,
  "trauma": false, "minor_fall": false,
  "weight_loss": false,
  "cancer_history": false,
  "constant_night_pain": false,
  "osteoporosis_or_steroids": false,
  "pain_below_knee": true,
  "uncontrolled_pain": false,
  "major_impact": false,
  "worried": true
}"#;

fn line(age: u32, trend: &str) -> String {
    PRETTY
        .replace('\n', "")
        .replace("\"age\": 52", &format!("\"age\": {age}"))
        .replace("\"worse\"", &format!("\"{trend}\""))
}

fn assert_rejected(r: &Run, mentions: &[&str]) {
    assert_eq!(r.code, 2, "stderr: {}", r.stderr);
    assert_eq!(r.stdout, "", "nothing on stdout");
    assert_eq!(r.stderr.lines().count(), 1, "one line: {:?}", r.stderr);
    for m in mentions {
        assert!(r.stderr.contains(m), "{m:?} not in {:?}", r.stderr);
    }
}

#[test]
fn a_pretty_printed_document_gives_one_outcome_line() {
    let r = triage(&[], PRETTY);
    assert_eq!((r.code, r.stderr.as_str()), (0, ""));
    assert_eq!(r.stdout.lines().count(), 1);
    let o: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(o["urgency"], "emergency");
    assert_eq!(o["category"], "nerve_root");
    assert_eq!(o["advice"], serde_json::json!(["call_emergency"]));
    assert_eq!(o["reasons"][0]["rule"], "emergency.saddle_numbness");
}

#[test]
fn jsonl_gives_one_line_per_input_in_order() {
    let input = format!("{}\n{}\n{}\n", line(52, "better"), line(20, "worse"), line(16, "unchanged"));
    let no_saddle = input
        .replace("\"saddle_numbness\": true", "\"saddle_numbness\": false")
        .replace("\"worried\": true", "\"worried\": false");
    let r = triage(&["--jsonl"], &no_saddle);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let urgencies: Vec<String> = r
        .stdout
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["urgency"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(urgencies, ["self_care", "soon", "self_care"]);
}

#[test]
fn jsonl_names_the_line_and_field_and_prints_nothing() {
    let input = format!("{}\n{}\n{}\n", line(40, "better"), line(40, "better"), line(500, "better"));
    assert_rejected(&triage(&["--jsonl"], &input), &["line 3", "`age`"]);
    let blank = format!("{}\n\n{}\n", line(40, "better"), line(40, "better"));
    assert_rejected(&triage(&["--jsonl"], &blank), &["line 2", "empty line"]);
}

#[test]
fn bad_documents_exit_2_naming_the_field() {
    let cases: Vec<(String, &[&str])> = vec![
        (PRETTY.replace("\"age\": 52", "\"age\": 130"), &["`age`"]),
        (PRETTY.replace("\"trend\": \"worse\"", "\"trend\": \"sideways\""), &["`trend`"]),
        (PRETTY.replace("\"worried\": true", "\"worried\": \"yes\""), &["`worried`"]),
        (PRETTY.replace("\"trauma\": false,", ""), &["`trauma`", "missing"]),
        (PRETTY.replace("\"trauma\"", "\"trauma_x\""), &["`trauma_x`"]),
        (PRETTY.replace("0.5", "-3"), &["`duration_weeks`"]),
        ("{\"age\": 40,".to_owned(), &["invalid"]),
        ("[]".to_owned(), &["Answers object"]),
        (format!("{PRETTY}{PRETTY}"), &["trailing"]),
        (String::new(), &["empty input"]),
        ("  \n ".to_owned(), &["empty input"]),
    ];
    for (input, mentions) in cases {
        assert_rejected(&triage(&[], &input), mentions);
    }
}

#[test]
fn non_utf8_input_and_unknown_arguments_are_errors() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_triage"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(&[0xff, 0xfe, b'{']).unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("UTF-8"));
    assert_rejected(&triage(&["--frobnicate"], PRETTY), &["--frobnicate"]);
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let out =
            Command::new(env!("CARGO_BIN_EXE_triage")).arg(std::ffi::OsStr::from_bytes(&[0xff])).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "a non-UTF-8 argument is an error, not a panic");
    }
}

#[test]
fn help_explains_the_contract() {
    let r = triage(&["--help"], "");
    assert_eq!(r.code, 0);
    for word in ["--jsonl", "duration_weeks", "saddle_numbness", "urgency", "not a diagnosis"] {
        assert!(r.stdout.contains(word), "{word}");
    }
}

#[test]
fn questionnaire_prints_the_fhir_questionnaire_in_the_asked_language() {
    let r = triage(&["questionnaire", "--lang", "sv-SE"], "");
    assert_eq!(r.code, 0, "{}", r.stderr);
    let q: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(q["resourceType"], "Questionnaire");
    assert_eq!(q["language"], "sv");
    assert_eq!(q["item"].as_array().unwrap().len(), 19);
    let nn = triage(&["questionnaire", "--lang", "nn"], "");
    let q: serde_json::Value = serde_json::from_str(&nn.stdout).unwrap();
    assert_eq!(q["language"], "nn", "nynorsk is its own language");
    assert_rejected(&triage(&["questionnaire", "--lang", "xx"], ""), &["--lang", "xx"]);
    assert_rejected(&triage(&["questionnaire", "--lang"], ""), &["--lang"]);
}

#[test]
fn response_and_fhir_round_trip_through_the_cli() {
    let r = triage(&["response", "--lang", "nb"], PRETTY);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let qr: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(qr["resourceType"], "QuestionnaireResponse");
    assert_eq!(qr["status"], "completed");
    assert!(qr.get("subject").is_none(), "no identity");
    let authored = qr["authored"].as_str().unwrap();
    assert!(authored.len() == 20 && authored.ends_with('Z') && authored.as_bytes()[10] == b'T', "{authored}");
    // The response triaged with --fhir gives exactly what the Answers give.
    let via_fhir = triage(&["--fhir"], &r.stdout);
    assert_eq!(via_fhir.code, 0, "{}", via_fhir.stderr);
    assert_eq!(via_fhir.stdout, triage(&[], PRETTY).stdout);
    let jsonl = format!("{}\n{}\n", qr, qr);
    assert_eq!(triage(&["--fhir", "--jsonl"], &jsonl).stdout.lines().count(), 2);
}

#[test]
fn a_bad_response_names_the_item() {
    let qr = triage(&["response"], PRETTY).stdout;
    let broken = qr.replace("\"code\": \"Y\"", "\"code\": \"maybe\"");
    assert_rejected(&triage(&["--fhir"], &broken), &["item `saddle_numbness`"]);
    assert_rejected(&triage(&["--fhir"], r#"{"resourceType": "Patient"}"#), &["resourceType"]);
    assert_rejected(&triage(&["--fhir"], PRETTY), &["QuestionnaireResponse"]);
    assert_rejected(&triage(&["--fhir"], ""), &["empty input", "QuestionnaireResponse"]);
}

#[test]
fn numbers_beyond_json_limits_and_broken_text_still_name_the_field() {
    let cases: Vec<(String, &[&str])> = vec![
        (PRETTY.replace("\"age\": 52", "\"age\": 1e400"), &["field `age`", "number out of range"]),
        (PRETTY.replace("0.5", "-1e309"), &["field `duration_weeks`"]),
        (PRETTY.replace("\"worse\"", "\"wor\\ud800se\""), &["field `trend`"]),
        (PRETTY.replace("\"worse\"", &format!("\"{}\"", "x\\n".repeat(1_000_000))), &["field `trend`"]),
        (PRETTY.replace("\"trauma\": false,", "\"trauma\": [[[["), &["field `trauma`"]),
        (PRETTY.replace("\"age\": 52,", "\"age\": 52"), &["after field `age`"]),
        ("{\"a\\nb`\": 1}".to_owned(), &["field `a\\nb'`", "unknown field"]),
        ("{\"age\" 40}".to_owned(), &["field `age`", "expected `:`"]),
        ("{,}".to_owned(), &["not a JSON object"]),
    ];
    for (input, mentions) in cases {
        let r = triage(&[], &input);
        assert_rejected(&r, mentions);
        assert!(r.stderr.len() < 300, "short: {}", &r.stderr[..300]);
    }
    let qr = triage(&["response"], PRETTY).stdout.replace("\"valueInteger\": 52", "\"valueInteger\": 1e400");
    assert_rejected(&triage(&["--fhir"], &qr), &[".answer[0].valueInteger`: number out of range"]);
    assert_rejected(&triage(&["--jsonl"], "{\"age\": 1e400}\n"), &["line 1: invalid Answers: field `age`"]);
}

#[test]
fn country_adds_each_advice_items_sources_for_that_country_and_nothing_else() {
    let plain = serde_json::to_string(&common_plain()).unwrap();
    let without = triage(&[], &plain);
    assert_eq!(without.code, 0, "{}", without.stderr);
    assert!(!without.stdout.contains("advice_sources"), "without a country, the outcome is as before");
    let parse = |s: &str| serde_json::from_str::<serde_json::Value>(s).unwrap();
    for (country, pain, not) in [("GB", "NICE NG59", "FORMI"), ("no", "Direktoratet for medisinske produkter", "NICE")]
    {
        let with = triage(&["--country", country], &plain);
        assert_eq!(with.code, 0, "{}", with.stderr);
        let (a, b) = (parse(&without.stdout), parse(&with.stdout));
        for field in ["urgency", "category", "advice", "reasons"] {
            assert_eq!(a[field], b[field], "{field} unchanged by --country");
        }
        let sources = b["advice_sources"].as_array().unwrap();
        let codes: Vec<&serde_json::Value> = sources.iter().map(|s| &s["advice"]).collect();
        assert_eq!(codes, b["advice"].as_array().unwrap().iter().collect::<Vec<_>>(), "one entry per advice item");
        let pain_relief = sources.iter().find(|s| s["advice"] == "pain_relief").unwrap()["sources"].to_string();
        assert!(pain_relief.contains(pain) && !pain_relief.contains(not), "{country}: {pain_relief}");
    }
    let bad = triage(&["--country", "US"], &plain);
    assert_eq!((bad.code, bad.stdout.as_str()), (2, ""));
    assert!(bad.stderr.contains("--country \"US\""), "{}", bad.stderr);
}

/// `--country` applies that country's own rules: 1177's two weeks in Sweden, nhs.uk's same-day
/// weight loss in the UK; without a country, every country's (the most cautious).
#[test]
fn country_applies_that_countrys_own_rules_and_none_applies_every_countrys() {
    let parse = |s: &str| serde_json::from_str::<serde_json::Value>(s).unwrap();
    let mut two_weeks = common_plain();
    (two_weeks["duration_weeks"], two_weeks["trend"]) = (2.into(), "unchanged".into());
    let mut weight_loss = common_plain();
    weight_loss["weight_loss"] = true.into();
    for (answers, args, urgency) in [
        (&two_weeks, &["--country", "SE"][..], "soon"),
        (&two_weeks, &["--country", "NO"][..], "self_care"),
        (&two_weeks, &[][..], "soon"),
        (&weight_loss, &["--country", "GB"][..], "urgent"),
        (&weight_loss, &["--country", "DK"][..], "soon"),
        (&weight_loss, &[][..], "urgent"),
    ] {
        let r = triage(args, &answers.to_string());
        assert_eq!(r.code, 0, "{}", r.stderr);
        assert_eq!(parse(&r.stdout)["urgency"], urgency, "{args:?} {answers}");
    }
}

fn common_plain() -> serde_json::Value {
    serde_json::json!({
        "age": 40, "duration_weeks": 1, "trend": "better", "bladder_or_bowel_problems": false,
        "saddle_numbness": false, "both_legs": false, "leg_weakness": false, "leg_numbness": false, "fever_or_unwell": false,
        "trauma": false, "minor_fall": false, "weight_loss": false, "cancer_history": false, "constant_night_pain": false,
        "osteoporosis_or_steroids": false, "pain_below_knee": false, "uncontrolled_pain": false,
        "major_impact": false, "worried": false
    })
}
