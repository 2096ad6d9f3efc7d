//! The clinical hazard log (docs/safety/hazard-log.toml) is linked to the tests: every test a
//! control names exists, every rule of the decision table and every sign that alone raises the
//! urgency has a hazard, and every hazard has its fields, a known severity and a control.

#![cfg(not(target_arch = "wasm32"))]

mod common;

use back_pain_triage::decision::{RuleId, Sign, Urgency, evaluate};
use common::{answers, plain};
use serde::Deserialize;
use std::collections::BTreeSet;
use std::path::Path;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Log {
    hazard: Vec<Hazard>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Hazard {
    id: String,
    hazard: String,
    cause: String,
    effect: String,
    severity: String,
    rules: Vec<String>,
    signs: Vec<String>,
    controls: Vec<Control>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Control {
    control: String,
    tests: Vec<String>,
}

/// DCB0129's severity scale.
const SEVERITIES: [&str; 5] = ["catastrophic", "major", "considerable", "significant", "minor"];

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn log() -> Log {
    let text =
        std::fs::read_to_string(root().join("docs/safety/hazard-log.toml")).expect("docs/safety/hazard-log.toml");
    toml::from_str(&text).unwrap_or_else(|e| panic!("docs/safety/hazard-log.toml: {e}"))
}

/// The names of the tests in a Rust file: each `fn` whose attributes just above include a test
/// attribute.
fn rust_tests(source: &str) -> BTreeSet<String> {
    let lines: Vec<&str> = source.lines().collect();
    let mut names = BTreeSet::new();
    for (i, line) in lines.iter().enumerate() {
        let declaration = line.trim_start();
        let Some(rest) = declaration.strip_prefix("fn ").or_else(|| declaration.strip_prefix("async fn ")) else {
            continue;
        };
        let name: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
        let attributes = lines[..i]
            .iter()
            .rev()
            .take_while(|l| l.trim_start().starts_with("#[") || l.trim_start().starts_with("//"));
        if attributes.into_iter().any(|l| l.contains("#[test]") || l.contains("#[wasm_bindgen_test]")) {
            names.insert(name);
        }
    }
    names
}

/// The names of the tests in a JavaScript file: the first argument of each `test(` written as a
/// quoted string, unescaped.
fn javascript_tests(source: &str) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for (at, _) in source.match_indices("test(") {
        let before = source[..at].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.') {
            continue;
        }
        let mut chars = source[at + "test(".len()..].chars();
        let Some(quote @ ('\'' | '"' | '`')) = chars.next() else { continue };
        let mut name = String::new();
        while let Some(c) = chars.next() {
            match c {
                '\\' => name.extend(chars.next()),
                c if c == quote => break,
                c => name.push(c),
            }
        }
        names.insert(name);
    }
    names
}

/// The tests in `file`, or none if there is no such file.
fn tests_in(file: &str) -> BTreeSet<String> {
    match std::fs::read_to_string(root().join(file)) {
        Ok(source) if file.ends_with(".rs") => rust_tests(&source),
        Ok(source) => javascript_tests(&source),
        Err(_) => BTreeSet::new(),
    }
}

#[test]
fn the_readers_of_test_names_find_rust_and_javascript_tests() {
    let rust = "#[test]\nfn found() {}\nfn helper() {}\n#[wasm_bindgen_test]\n// why\nasync fn in_the_browser() {}\n";
    assert_eq!(rust_tests(rust), BTreeSet::from(["found".to_owned(), "in_the_browser".to_owned()]));
    let js = "test('it\\'s here', async () => {});\nawait t.test(\"sub\");\nmytest('no');\ntest(`tpl`, f);\n";
    assert_eq!(javascript_tests(js), BTreeSet::from(["it's here".to_owned(), "tpl".to_owned()]));
}

#[test]
fn every_control_names_tests_that_exist() {
    let mut missing = vec![];
    let mut named = 0;
    for hazard in log().hazard {
        for control in &hazard.controls {
            assert!(!control.tests.is_empty(), "{}: «{}» names no test", hazard.id, control.control);
            for reference in &control.tests {
                let (file, name) = reference
                    .split_once("::")
                    .unwrap_or_else(|| panic!("{}: «{reference}» is not file::test name", hazard.id));
                named += 1;
                if !tests_in(file).contains(name) {
                    missing.push(format!("{}: {reference}", hazard.id));
                }
            }
        }
    }
    assert!(named >= 30, "the log names its tests ({named})");
    assert!(
        missing.is_empty(),
        "tests named in docs/safety/hazard-log.toml that do not exist:\n{}",
        missing.join("\n")
    );
}

#[test]
fn every_rule_and_every_sign_that_raises_the_urgency_has_a_hazard() {
    let log = log();
    let rules: BTreeSet<&str> = log.hazard.iter().flat_map(|h| h.rules.iter().map(String::as_str)).collect();
    let signs: BTreeSet<&str> = log.hazard.iter().flat_map(|h| h.signs.iter().map(String::as_str)).collect();
    for id in &rules {
        assert!(RuleId::parse(id).is_some(), "the log names a rule that does not exist: {id}");
    }
    for id in &signs {
        assert!(Sign::from_field_name(id).is_some(), "the log names a sign that does not exist: {id}");
    }
    for rule in RuleId::ALL {
        assert!(rules.contains(rule.as_str()), "rule {} has no hazard in docs/safety/hazard-log.toml", rule.as_str());
    }
    assert_eq!(evaluate(&plain()).urgency, Urgency::SelfCare);
    let raising: Vec<Sign> = Sign::ALL
        .into_iter()
        .filter(|&sign| {
            // At the plain answers' age, and at 70, where a minor fall alone counts.
            let base = plain();
            [base.age, 70].into_iter().any(|age| {
                evaluate(&answers(age, base.duration_weeks, base.trend, &[sign])).urgency > Urgency::SelfCare
            })
        })
        .collect();
    assert!(raising.len() >= 10, "the signs that raise the urgency were found ({})", raising.len());
    for sign in raising {
        assert!(
            signs.contains(sign.field_name()),
            "sign {} has no hazard in docs/safety/hazard-log.toml",
            sign.field_name()
        );
    }
}

#[test]
fn every_hazard_has_its_fields_a_known_severity_and_a_control() {
    let log = log();
    assert!(log.hazard.len() >= 8);
    let mut ids = BTreeSet::new();
    for h in &log.hazard {
        assert!(ids.insert(h.id.clone()), "{} twice", h.id);
        for (field, text) in [("hazard", &h.hazard), ("cause", &h.cause), ("effect", &h.effect)] {
            assert!(text.trim().len() > 20, "{}: {field} is empty or too short", h.id);
        }
        assert!(
            SEVERITIES.contains(&h.severity.as_str()),
            "{}: severity «{}» is not one of {SEVERITIES:?}",
            h.id,
            h.severity
        );
        assert!(!h.controls.is_empty(), "{} has no control", h.id);
    }
    let emergency =
        log.hazard.iter().find(|h| h.rules.iter().any(|r| r.starts_with("emergency."))).expect("the emergency hazard");
    assert_eq!(emergency.severity, "catastrophic", "missing cauda equina signs is the worst this tool can do");
}
