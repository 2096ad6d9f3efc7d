//! The clinical hazard log (docs/safety/hazard-log.toml) is checked against DCB0129's risk
//! management and against the code: the risk matrix is well formed; every hazard has every field,
//! severities and likelihoods on the matrix's scales, ratings that equal the matrix, a residual
//! risk no higher than its initial risk, never unacceptable, and justified above the acceptable
//! level; every control has a known kind, status and party, and the tests a control names exist;
//! dates are real; H01–H21 are all there; every rule of the decision table and every sign that
//! alone raises the urgency has a hazard; and the emergency hazards are catastrophic.
//!
//! Each check is a function returning what is wrong (empty when nothing is), run on the log by
//! its own test, so that a reviewer sees which check failed; `each_check_catches_what_it_is_for`
//! breaks a copy of the log once per check to show that none of them passes vacuously.

use crate::common;

use common::{answers, plain};
use serde::Deserialize;
use std::collections::BTreeSet;
use std::path::Path;
use triage::decision::{RuleId, Sign, Urgency, evaluate};

#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct Log {
    matrix: Matrix,
    hazard: Vec<Hazard>,
}

#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct Matrix {
    severity: Vec<String>,
    likelihood: Vec<String>,
    /// `rating[likelihood][severity]`.
    rating: Vec<Vec<i64>>,
    meaning: Vec<String>,
    acceptable_up_to: i64,
}

#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct Hazard {
    id: String,
    hazard: String,
    cause: String,
    effect: String,
    severity: String,
    initial_likelihood: String,
    initial_risk: i64,
    residual_likelihood: String,
    residual_risk: i64,
    #[serde(default)]
    justification: Option<String>,
    status: String,
    owner: String,
    raised: String,
    reviewed: String,
    rules: Vec<String>,
    signs: Vec<String>,
    controls: Vec<Control>,
}

#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct Control {
    control: String,
    kind: String,
    status: String,
    by: String,
    #[serde(default)]
    tests: Vec<String>,
}

/// DCB0129's consequence (severity) scale, least to most severe.
const SEVERITIES: [&str; 5] = ["minor", "significant", "considerable", "major", "catastrophic"];
/// DCB0129's likelihood scale, least to most likely.
const LIKELIHOODS: [&str; 5] = ["very low", "low", "medium", "high", "very high"];
/// The first rating DCB0129 calls unacceptable: no residual risk may reach it.
const UNACCEPTABLE: i64 = 4;
const HAZARD_STATUSES: [&str; 3] = ["open", "closed", "transferred"];
const CONTROL_KINDS: [&str; 7] =
    ["test", "clinical review", "usability testing", "pilot monitoring", "review-by date", "host agreement", "design"];
const CONTROL_STATUSES: [&str; 2] = ["done", "open"];
const PARTIES: [&str; 2] = ["project", "deploying body"];
/// Every hazard's fields, as the generator of the safety-case document reads them.
/// `justification` is required only above the acceptable level (see its own check).
const HAZARD_FIELDS: [&str; 17] = [
    "id",
    "hazard",
    "cause",
    "effect",
    "severity",
    "initial_likelihood",
    "initial_risk",
    "residual_likelihood",
    "residual_risk",
    "status",
    "owner",
    "raised",
    "reviewed",
    "rules",
    "signs",
    "controls",
    "justification",
];
const CONTROL_FIELDS: [&str; 4] = ["control", "kind", "status", "by"];

fn root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

fn log_text() -> String {
    std::fs::read_to_string(root().join("docs/safety/hazard-log.toml")).expect("docs/safety/hazard-log.toml")
}

fn log() -> Log {
    toml::from_str(&log_text()).unwrap_or_else(|e| panic!("docs/safety/hazard-log.toml: {e}"))
}

/// Fails the test with every problem a check found, one per line.
fn assert_none(check: &str, problems: Vec<String>) {
    assert!(problems.is_empty(), "docs/safety/hazard-log.toml: {check}:\n{}", problems.join("\n"));
}

// ---- the checks -------------------------------------------------------------------------------

/// The matrix is DCB0129's 5 × 5 on DCB0129's scales, rated 1–5, never lower towards a more
/// severe consequence (along a row) or a more likely one (down a column), with a meaning per
/// rating and an acceptable level below the unacceptable ones.
fn matrix_problems(m: &Matrix) -> Vec<String> {
    let mut problems = vec![];
    if m.severity != SEVERITIES {
        problems.push(format!("severity is {:?}, not DCB0129's {SEVERITIES:?}", m.severity));
    }
    if m.likelihood != LIKELIHOODS {
        problems.push(format!("likelihood is {:?}, not DCB0129's {LIKELIHOODS:?}", m.likelihood));
    }
    if m.rating.len() != 5 || m.rating.iter().any(|row| row.len() != 5) {
        problems.push(format!("rating is not 5 × 5: {:?}", m.rating));
        return problems;
    }
    for (l, row) in m.rating.iter().enumerate() {
        for (s, &r) in row.iter().enumerate() {
            if !(1..=5).contains(&r) {
                problems.push(format!("rating[{l}][{s}] = {r} is not 1–5"));
            }
            if s > 0 && r < row[s - 1] {
                problems.push(format!("rating[{l}][{s}] = {r} is lower than the less severe rating[{l}][{}]", s - 1));
            }
            if l > 0 && r < m.rating[l - 1][s] {
                problems.push(format!("rating[{l}][{s}] = {r} is lower than the less likely rating[{}][{s}]", l - 1));
            }
        }
    }
    if m.meaning.len() != 5 || m.meaning.iter().any(|t| t.trim().is_empty()) {
        problems.push(format!("meaning needs a text for each rating 1–5: {:?}", m.meaning));
    }
    if !(1..UNACCEPTABLE).contains(&m.acceptable_up_to) {
        problems
            .push(format!("acceptable_up_to = {} is not below the unacceptable {UNACCEPTABLE}", m.acceptable_up_to));
    }
    problems
}

/// Every hazard and control has every field, and every text field says something. Read from the
/// file as plain TOML, so that a missing field is named rather than failing the whole parse.
fn field_problems(log: &toml::Table) -> Vec<String> {
    let mut problems = vec![];
    let Some(hazards) = log.get("hazard").and_then(toml::Value::as_array) else {
        return vec!["no [[hazard]]".to_owned()];
    };
    for (i, hazard) in hazards.iter().enumerate() {
        let Some(h) = hazard.as_table() else { continue };
        let id = h.get("id").and_then(toml::Value::as_str).map_or_else(|| format!("hazard #{}", i + 1), str::to_owned);
        for field in HAZARD_FIELDS.iter().filter(|&&f| f != "justification") {
            match h.get(*field) {
                None => problems.push(format!("{id}: no `{field}`")),
                Some(toml::Value::String(text)) if text.trim().is_empty() => {
                    problems.push(format!("{id}: `{field}` is empty"))
                }
                Some(_) => {}
            }
        }
        for field in ["hazard", "cause", "effect"] {
            if h.get(field).and_then(toml::Value::as_str).is_some_and(|t| t.trim().len() <= 20) {
                problems.push(format!("{id}: `{field}` is too short to say anything"));
            }
        }
        for field in h.keys() {
            if !HAZARD_FIELDS.contains(&field.as_str()) {
                problems.push(format!("{id}: unknown field `{field}`"));
            }
        }
        let controls = h.get("controls").and_then(toml::Value::as_array).map_or(&[][..], Vec::as_slice);
        if controls.is_empty() {
            problems.push(format!("{id}: no control"));
        }
        for (j, control) in controls.iter().enumerate() {
            let Some(c) = control.as_table() else { continue };
            for field in CONTROL_FIELDS {
                match c.get(field).and_then(toml::Value::as_str) {
                    Some(text) if !text.trim().is_empty() => {}
                    _ => problems.push(format!("{id}: control #{}: no `{field}`", j + 1)),
                }
            }
        }
    }
    problems
}

fn likelihood_index(name: &str) -> Option<usize> {
    LIKELIHOODS.iter().position(|&l| l == name)
}

/// Every severity and likelihood is on the matrix's scales.
fn scale_problems(log: &Log) -> Vec<String> {
    let mut problems = vec![];
    for h in &log.hazard {
        if !log.matrix.severity.contains(&h.severity) {
            problems.push(format!("{}: severity «{}» is not one of {:?}", h.id, h.severity, log.matrix.severity));
        }
        for (field, value) in
            [("initial_likelihood", &h.initial_likelihood), ("residual_likelihood", &h.residual_likelihood)]
        {
            if !log.matrix.likelihood.contains(value) {
                problems.push(format!("{}: {field} «{value}» is not one of {:?}", h.id, log.matrix.likelihood));
            }
        }
    }
    problems
}

/// The matrix's rating of a likelihood and a severity, by name.
fn rating(m: &Matrix, likelihood: &str, severity: &str) -> Option<i64> {
    let l = m.likelihood.iter().position(|x| x == likelihood)?;
    let s = m.severity.iter().position(|x| x == severity)?;
    m.rating.get(l)?.get(s).copied()
}

/// initial_risk and residual_risk are what the matrix gives for their likelihood and the severity.
fn rating_problems(log: &Log) -> Vec<String> {
    let mut problems = vec![];
    for h in &log.hazard {
        for (when, likelihood, risk) in
            [("initial", &h.initial_likelihood, h.initial_risk), ("residual", &h.residual_likelihood, h.residual_risk)]
        {
            let expected = rating(&log.matrix, likelihood, &h.severity);
            if expected != Some(risk) {
                problems.push(format!(
                    "{}: {when}_risk = {risk}, but the matrix rates {likelihood} × {} as {expected:?}",
                    h.id, h.severity
                ));
            }
        }
    }
    problems
}

/// Controls never make a hazard more likely: the residual likelihood and risk are at most the
/// initial ones.
fn residual_above_initial_problems(log: &Log) -> Vec<String> {
    let mut problems = vec![];
    for h in &log.hazard {
        if h.residual_risk > h.initial_risk {
            problems.push(format!("{}: residual_risk {} > initial_risk {}", h.id, h.residual_risk, h.initial_risk));
        }
        if let (Some(residual), Some(initial)) =
            (likelihood_index(&h.residual_likelihood), likelihood_index(&h.initial_likelihood))
            && residual > initial
        {
            problems.push(format!(
                "{}: residual_likelihood «{}» is more likely than initial «{}»",
                h.id, h.residual_likelihood, h.initial_likelihood
            ));
        }
    }
    problems
}

/// A residual risk above the acceptable level carries a justification that says why it is
/// accepted and what the deploying body must do.
fn justification_problems(log: &Log) -> Vec<String> {
    let mut problems = vec![];
    for h in &log.hazard {
        if h.residual_risk <= log.matrix.acceptable_up_to {
            continue;
        }
        match h.justification.as_deref().map(str::trim) {
            None | Some("") => problems.push(format!(
                "{}: residual_risk {} is above acceptable_up_to {} without a justification",
                h.id, h.residual_risk, log.matrix.acceptable_up_to
            )),
            Some(text) if !text.contains("deploying body") => {
                problems.push(format!("{}: the justification does not say what the deploying body must do", h.id));
            }
            Some(_) => {}
        }
    }
    problems
}

/// No residual risk is unacceptable (4 or 5), justified or not.
fn unacceptable_problems(log: &Log) -> Vec<String> {
    log.hazard
        .iter()
        .filter(|h| h.residual_risk >= UNACCEPTABLE)
        .map(|h| format!("{}: residual_risk {} is unacceptable (4 or 5 is never accepted)", h.id, h.residual_risk))
        .collect()
}

/// Every control has a known kind, status and party; a hazard's status is known, a hazard is
/// closed only when all its controls are done, and one transferred is owned by the deploying body.
fn vocabulary_problems(log: &Log) -> Vec<String> {
    let mut problems = vec![];
    for h in &log.hazard {
        if !HAZARD_STATUSES.contains(&h.status.as_str()) {
            problems.push(format!("{}: status «{}» is not one of {HAZARD_STATUSES:?}", h.id, h.status));
        }
        for c in &h.controls {
            for (field, value, known) in [
                ("kind", &c.kind, &CONTROL_KINDS[..]),
                ("status", &c.status, &CONTROL_STATUSES[..]),
                ("by", &c.by, &PARTIES[..]),
            ] {
                if !known.contains(&value.as_str()) {
                    problems.push(format!("{}: «{}»: {field} «{value}» is not one of {known:?}", h.id, c.control));
                }
            }
        }
        if h.status == "closed" && h.controls.iter().any(|c| c.status != "done") {
            problems.push(format!("{}: closed with a control still open", h.id));
        }
        // A hazard handed over to the deploying body (DCB0160) is owned there.
        if h.status == "transferred" && !h.owner.contains("deploying body") {
            problems.push(format!("{}: transferred, but owned by «{}», not the deploying body", h.id, h.owner));
        }
    }
    problems
}

/// A test control names tests; any other control names none (the test would have nothing to
/// check, and the generator would print a test list under a review or an agreement).
fn test_list_problems(log: &Log) -> Vec<String> {
    let mut problems = vec![];
    for h in &log.hazard {
        for c in &h.controls {
            if c.kind == "test" && c.tests.is_empty() {
                problems.push(format!("{}: «{}» is a test control that names no test", h.id, c.control));
            }
            if c.kind != "test" && !c.tests.is_empty() {
                problems.push(format!("{}: «{}» is a {} control but names tests", h.id, c.control, c.kind));
            }
        }
    }
    problems
}

/// Only the project can say its own work is done: a control by the deploying body is open until
/// the deploying body reports it (which this log cannot know). A test control is the project's,
/// and done (its tests exist and run).
fn done_problems(log: &Log) -> Vec<String> {
    let mut problems = vec![];
    for h in &log.hazard {
        for c in &h.controls {
            if c.status == "done" && c.by != "project" {
                problems.push(format!(
                    "{}: «{}» is done by the {}: only the project's controls can be done here",
                    h.id, c.control, c.by
                ));
            }
            if c.kind == "test" && (c.by != "project" || c.status != "done") {
                problems.push(format!("{}: «{}» is a test control: by the project and done", h.id, c.control));
            }
        }
    }
    problems
}

/// A date in the form YYYY-MM-DD that exists on the calendar, as (year, month, day).
fn date(text: &str) -> Option<(u32, u32, u32)> {
    let bytes = text.as_bytes();
    let shape = bytes.len() == 10
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && bytes.iter().enumerate().all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
    if !shape {
        return None;
    }
    let (y, m, d) = (text[..4].parse().ok()?, text[5..7].parse().ok()?, text[8..].parse().ok()?);
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    (1..=days).contains(&d).then_some((y, m, d))
}

/// raised and reviewed are real dates, and a hazard is not reviewed before it was raised.
fn date_problems(log: &Log) -> Vec<String> {
    let mut problems = vec![];
    for h in &log.hazard {
        let raised = date(&h.raised);
        let reviewed = date(&h.reviewed);
        if raised.is_none() {
            problems.push(format!("{}: raised «{}» is not a YYYY-MM-DD date", h.id, h.raised));
        }
        if reviewed.is_none() {
            problems.push(format!("{}: reviewed «{}» is not a YYYY-MM-DD date", h.id, h.reviewed));
        }
        if let (Some(raised), Some(reviewed)) = (raised, reviewed)
            && reviewed < raised
        {
            problems.push(format!("{}: reviewed {} before it was raised {}", h.id, h.reviewed, h.raised));
        }
    }
    problems
}

/// H01–H21 are each there once, and every id is H followed by two digits.
fn id_problems(log: &Log) -> Vec<String> {
    let mut problems = vec![];
    let mut ids = BTreeSet::new();
    for h in &log.hazard {
        if !(h.id.len() == 3 && h.id.starts_with('H') && h.id[1..].bytes().all(|b| b.is_ascii_digit())) {
            problems.push(format!("id «{}» is not H and two digits", h.id));
        }
        if !ids.insert(h.id.as_str()) {
            problems.push(format!("{} twice", h.id));
        }
    }
    for n in 1..=21 {
        let id = format!("H{n:02}");
        if !ids.contains(id.as_str()) {
            problems.push(format!("{id} is missing (H01–H11, and H12–H21 from the clinical review §8.2)"));
        }
    }
    problems
}

/// The hazards whose harm is a missed cauda equina syndrome are catastrophic: the one that owns
/// the emergency rules (H01), and the wrong emergency route or number (H02, review §8.1 point 4).
fn emergency_severity_problems(log: &Log) -> Vec<String> {
    let mut problems = vec![];
    match log.hazard.iter().find(|h| h.rules.iter().any(|r| r.starts_with("emergency."))) {
        Some(h) if h.severity != "catastrophic" => {
            problems.push(format!(
                "{}: missing cauda equina signs is the worst this tool can do: catastrophic, not {}",
                h.id, h.severity
            ));
        }
        Some(_) => {}
        None => problems.push("no hazard owns the emergency rules".to_owned()),
    }
    match log.hazard.iter().find(|h| h.id == "H02") {
        Some(h) if h.severity != "catastrophic" => problems.push(format!(
            "H02: a wrong emergency route on a cauda equina sign has the harm of H01: catastrophic, not {}",
            h.severity
        )),
        Some(_) => {}
        None => problems.push("H02 is missing".to_owned()),
    }
    problems
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
            // A control that is not a test names none (test_list_problems checks both ways).
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

#[test]
fn the_matrix_is_dcb0129s_5_by_5_rated_1_to_5_never_lower_towards_worse() {
    assert_none("the risk matrix", matrix_problems(&log().matrix));
}

#[test]
fn every_hazard_and_control_has_every_field() {
    let table: toml::Table = toml::from_str(&log_text()).expect("docs/safety/hazard-log.toml is TOML");
    assert_none("fields", field_problems(&table));
}

#[test]
fn every_severity_and_likelihood_is_on_the_matrixs_scales() {
    assert_none("scales", scale_problems(&log()));
}

#[test]
fn initial_and_residual_risk_are_the_matrixs_rating() {
    assert_none("ratings", rating_problems(&log()));
}

#[test]
fn residual_risk_is_never_above_initial_risk() {
    assert_none("residual above initial", residual_above_initial_problems(&log()));
}

#[test]
fn residual_risk_above_the_acceptable_level_is_justified() {
    assert_none("justifications", justification_problems(&log()));
}

#[test]
fn no_residual_risk_is_unacceptable() {
    assert_none("unacceptable residual risk", unacceptable_problems(&log()));
}

#[test]
fn every_hazard_and_control_has_a_known_status_kind_and_party() {
    assert_none("statuses, kinds and parties", vocabulary_problems(&log()));
}

#[test]
fn test_controls_name_tests_and_other_controls_name_none() {
    assert_none("test lists", test_list_problems(&log()));
}

#[test]
fn only_the_projects_own_controls_are_done() {
    assert_none("done controls", done_problems(&log()));
}

#[test]
fn dates_are_real_and_reviewed_is_not_before_raised() {
    assert_none("dates", date_problems(&log()));
}

#[test]
fn hazards_h01_to_h21_are_all_present_once() {
    assert_none("hazard ids", id_problems(&log()));
}

#[test]
fn the_emergency_hazards_h01_and_h02_are_catastrophic() {
    assert_none("emergency severity", emergency_severity_problems(&log()));
}

/// Each check, on a copy of the log broken in the way it is for, finds the break; so a check
/// that passes on the real log does so because the log is right, not because it sees nothing.
#[test]
fn each_check_catches_what_it_is_for() {
    let good = log();
    let broken = |change: &dyn Fn(&mut Log)| {
        let mut log = good.clone();
        change(&mut log);
        log
    };
    let caught = |what: &str, problems: Vec<String>| assert!(!problems.is_empty(), "not caught: {what}");

    // The matrix.
    caught("a 4-row matrix", matrix_problems(&broken(&|l| drop(l.matrix.rating.pop())).matrix));
    caught("a 6-column row", matrix_problems(&broken(&|l| l.matrix.rating[0].push(5)).matrix));
    caught("a rating of 0", matrix_problems(&broken(&|l| l.matrix.rating[0][0] = 0).matrix));
    caught("a rating of 6", matrix_problems(&broken(&|l| l.matrix.rating[4][4] = 6).matrix));
    caught("lower towards more severe", matrix_problems(&broken(&|l| l.matrix.rating[2][4] = 1).matrix));
    caught("lower towards more likely", matrix_problems(&broken(&|l| l.matrix.rating[4][0] = 1).matrix));
    caught("a scale out of order", matrix_problems(&broken(&|l| l.matrix.severity.swap(0, 1)).matrix));
    caught("an acceptable level of 4", matrix_problems(&broken(&|l| l.matrix.acceptable_up_to = 4).matrix));

    // Fields, on the plain TOML.
    let table = |change: &dyn Fn(&mut toml::Table)| {
        let mut table: toml::Table = toml::from_str(&log_text()).expect("TOML");
        change(&mut table);
        table
    };
    let first_hazard = |t: &mut toml::Table| -> toml::Table {
        t["hazard"].as_array().and_then(|a| a[0].as_table()).cloned().expect("a hazard")
    };
    let with_first_hazard = |t: &mut toml::Table, h: toml::Table| {
        if let Some(a) = t.get_mut("hazard").and_then(toml::Value::as_array_mut) {
            a[0] = toml::Value::Table(h);
        }
    };
    for field in HAZARD_FIELDS.iter().filter(|&&f| f != "justification") {
        let t = table(&|t| {
            let mut h = first_hazard(t);
            h.remove(*field);
            with_first_hazard(t, h);
        });
        caught(&format!("a hazard without `{field}`"), field_problems(&t));
    }
    let t = table(&|t| {
        let mut h = first_hazard(t);
        h.insert("likelyhood".to_owned(), toml::Value::String("low".to_owned()));
        with_first_hazard(t, h);
    });
    caught("an unknown field", field_problems(&t));
    for field in CONTROL_FIELDS {
        let t = table(&|t| {
            let mut h = first_hazard(t);
            if let Some(c) = h.get_mut("controls").and_then(toml::Value::as_array_mut).and_then(|c| c[0].as_table_mut())
            {
                c.remove(field);
            }
            with_first_hazard(t, h);
        });
        caught(&format!("a control without `{field}`"), field_problems(&t));
    }

    // Scales and ratings.
    caught("a severity off the scale", scale_problems(&broken(&|l| l.hazard[0].severity = "serious".to_owned())));
    caught(
        "a likelihood off the scale",
        scale_problems(&broken(&|l| l.hazard[0].residual_likelihood = "rare".to_owned())),
    );
    caught("an initial risk off the matrix", rating_problems(&broken(&|l| l.hazard[0].initial_risk += 1)));
    caught("a residual risk off the matrix", rating_problems(&broken(&|l| l.hazard[0].residual_risk -= 1)));
    caught(
        "residual above initial",
        residual_above_initial_problems(&broken(&|l| {
            let h = &mut l.hazard[0];
            std::mem::swap(&mut h.initial_likelihood, &mut h.residual_likelihood);
            std::mem::swap(&mut h.initial_risk, &mut h.residual_risk);
        })),
    );

    // Acceptability.
    let above = good.hazard.iter().position(|h| h.residual_risk > good.matrix.acceptable_up_to).expect("a hazard at 3");
    caught("no justification", justification_problems(&broken(&|l| l.hazard[above].justification = None)));
    caught(
        "an empty justification",
        justification_problems(&broken(&|l| l.hazard[above].justification = Some(" ".to_owned()))),
    );
    caught(
        "a justification that asks nothing of the deploying body",
        justification_problems(&broken(&|l| l.hazard[above].justification = Some("It is rare.".to_owned()))),
    );
    caught("a residual risk of 4", unacceptable_problems(&broken(&|l| l.hazard[0].residual_risk = 4)));

    // Controls.
    caught(
        "an unknown control kind",
        vocabulary_problems(&broken(&|l| l.hazard[0].controls[0].kind = "audit".to_owned())),
    );
    caught(
        "an unknown control status",
        vocabulary_problems(&broken(&|l| l.hazard[0].controls[0].status = "wip".to_owned())),
    );
    caught("an unknown party", vocabulary_problems(&broken(&|l| l.hazard[0].controls[0].by = "the host".to_owned())));
    caught("an unknown hazard status", vocabulary_problems(&broken(&|l| l.hazard[0].status = "accepted".to_owned())));
    let (h, c) = good
        .hazard
        .iter()
        .enumerate()
        .find_map(|(h, hazard)| hazard.controls.iter().position(|c| c.status == "open").map(|c| (h, c)))
        .expect("an open control");
    caught("closed with an open control", vocabulary_problems(&broken(&|l| l.hazard[h].status = "closed".to_owned())));
    caught(
        "transferred but owned here",
        vocabulary_problems(&broken(&|l| l.hazard[0].status = "transferred".to_owned())),
    );
    caught("a test control without tests", test_list_problems(&broken(&|l| l.hazard[0].controls[0].tests.clear())));
    caught(
        "a review that names tests",
        test_list_problems(&broken(&|l| l.hazard[h].controls[c].tests = vec!["tests/rules.rs::x".to_owned()])),
    );
    caught(
        "the deploying body's work marked done",
        done_problems(&broken(&|l| {
            let control = &mut l.hazard[h].controls[c];
            control.by = "deploying body".to_owned();
            control.status = "done".to_owned();
        })),
    );
    caught("an open test control", done_problems(&broken(&|l| l.hazard[0].controls[0].status = "open".to_owned())));

    // Dates.
    for bad in ["2026-12-7", "07.12.2026", "2026-02-30", "2026-13-01", "2026-12-07T00:00", ""] {
        caught(&format!("raised «{bad}»"), date_problems(&broken(&|l| l.hazard[0].raised = bad.to_owned())));
    }
    assert_eq!(date("2028-02-29"), Some((2028, 2, 29)), "a leap day is a date");
    caught(
        "reviewed before raised",
        date_problems(&broken(&|l| {
            l.hazard[0].raised = "2026-12-07".to_owned();
            l.hazard[0].reviewed = "2026-12-06".to_owned();
        })),
    );

    // Ids and the emergency hazards.
    caught("H21 missing", id_problems(&broken(&|l| l.hazard.retain(|h| h.id != "H21"))));
    caught("an id twice", id_problems(&broken(&|l| l.hazard[1].id = l.hazard[0].id.clone())));
    caught("an id of another shape", id_problems(&broken(&|l| l.hazard[0].id = "HZ1".to_owned())));
    let h02 = good.hazard.iter().position(|h| h.id == "H02").expect("H02");
    caught("H02 major", emergency_severity_problems(&broken(&|l| l.hazard[h02].severity = "major".to_owned())));
    caught("H01 major", emergency_severity_problems(&broken(&|l| l.hazard[0].severity = "major".to_owned())));
}
