//! Random input at the three text boundaries, deterministic (fixed seeds): `Answers` from
//! JSON, a FHIR QuestionnaireResponse from JSON, and the CLI's input reader (`--jsonl` and one
//! document). For each, 10,000 generated JSON documents and 10,000 byte strings: valid
//! documents with values replaced by hostile ones (numbers at and beyond the limits of JSON
//! and f64, long and broken strings, deep nesting, wrong types), whole random documents, and
//! byte-level damage. Asserted: no panic; what is accepted is a valid `Answers` that survives a
//! round trip; every rejection is one line that names a field (or FHIR element), or says the
//! input is not a JSON object. The fuzz targets (`fuzz/`) search the same boundaries with
//! coverage guidance; this is the part that runs in every `cargo test`.

use crate::common;

use std::panic::{AssertUnwindSafe, catch_unwind};

use common::rejection::rejection_problem;
use serde_json::Value;
use triage::decision::{Answers, RuleId, Sign, Signs, Trend, evaluate};
use triage::fhir;
use triage::i18n::Lang;
use triage::input::{Format, read_document, read_input};
use triage::questionnaire::Draft;

const CASES: usize = 10_000;

/// splitmix64: tiny, fast, and the same sequence on every machine for the same seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn chance(&mut self, one_in: usize) -> bool {
        self.below(one_in) == 0
    }
    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }
}

/// Numbers at the edges: of i64/u64, of f64 (overflow, subnormals, underflow to 0), of
/// precision (40.000…1), of the age range, and exponents far beyond any of them.
const EDGE_NUMBERS: &[&str] = &[
    "0",
    "-0",
    "-0.0",
    "0e0",
    "0e-999999",
    "0E+999999",
    "40",
    "40.0",
    "40.00000000000000000001",
    "39.99999999999999999999",
    "120",
    "120.0000000000000001",
    "121",
    "-1",
    "1e2",
    "1E+2",
    "12e1",
    "1.2e2",
    "4",
    "3.9999999999999999",
    "6e0",
    "9223372036854775807",
    "9223372036854775808",
    "-9223372036854775808",
    "-9223372036854775809",
    "18446744073709551615",
    "18446744073709551616",
    "340282366920938463463374607431768211456",
    "1e308",
    "1.7976931348623157e308",
    "1.7976931348623159e308",
    "1e309",
    "-1e309",
    "1e400",
    "1e-400",
    "2.2250738585072014e-308",
    "4.9406564584124654e-324",
    "2.4703282292062327e-324",
    "1e99999999999999999999",
    "1e-99999999999999999999",
    "0.1e-2147483648",
    "1e2147483648",
];

fn number(rng: &mut Rng) -> String {
    if rng.chance(2) {
        return (rng.pick(EDGE_NUMBERS)).to_owned();
    }
    let digits =
        |rng: &mut Rng, n: usize| -> String { (0..n).map(|_| char::from(b'0' + rng.below(10) as u8)).collect() };
    let mut s = String::new();
    if rng.chance(3) {
        s.push('-');
    }
    let len = if rng.chance(10) { 1 + rng.below(500) } else { 1 + rng.below(4) };
    let int = digits(rng, len);
    s.push_str(if int.len() > 1 && rng.chance(2) { int.trim_start_matches('0') } else { &int });
    if s.is_empty() || s == "-" {
        s.push('7');
    }
    if rng.chance(2) {
        s.push('.');
        let len = if rng.chance(10) { 1 + rng.below(500) } else { 1 + rng.below(6) };
        s.push_str(&digits(rng, len));
    }
    if rng.chance(3) {
        s.push(rng.pick(&['e', 'E']));
        s.push_str(rng.pick(&["", "+", "-"]));
        let most = if rng.chance(5) { 30 } else { 4 };
        let len = 1 + rng.below(most);
        s.push_str(&digits(rng, len));
    }
    s
}

/// JSON string literals, valid and not: escapes, lone surrogates, control characters,
/// backticks and line breaks (which must not break the one-line error), long strings.
fn string(rng: &mut Rng) -> String {
    const PIECES: &[&str] = &[
        "a",
        "better",
        "worse",
        "unchanged",
        "age",
        "QuestionnaireResponse",
        "Y",
        "N",
        "`",
        "\\n",
        "\\r",
        "\\t",
        "\\\"",
        "\\\\",
        "\\/",
        "\\u0000",
        "\\u001f",
        "\\ud800",
        "\\udc00",
        "\\ud83d\\ude00",
        "\\uD800\\u0041",
        "\\u00e6",
        "æøå",
        "日本",
        "😀",
        " ",
        "\\x",
        "\\u12",
        "\u{7f}",
        "0-1",
        "12+",
        "http://terminology.hl7.org/CodeSystem/v2-0136",
    ];
    let mut s = String::from("\"");
    let n = if rng.chance(200) { 1000 + rng.below(5_000) } else { rng.below(6) };
    for _ in 0..n {
        s.push_str(rng.pick(PIECES));
    }
    if rng.chance(40) {
        s.push('\n'); // a raw control character: invalid JSON
    }
    if !rng.chance(60) {
        s.push('"');
    }
    s
}

static KEYS: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
    let contract = ["age", "duration_weeks", "trend", "worried", "trauma", "saddle_numbess"];
    let odd = ["text", "", "`", "a\\nb"];
    contract.into_iter().chain(common::rejection::FHIR_ELEMENTS).chain(odd).collect()
});

/// Any JSON value (and now and then something that is almost one), `depth` levels deep at most.
fn value(rng: &mut Rng, depth: usize) -> String {
    let choice = if depth == 0 { rng.below(5) } else { rng.below(8) };
    match choice {
        0 => number(rng),
        1 => string(rng),
        2 => (rng.pick(&["true", "false", "null", "nul", "tru", "NaN", "Infinity", "-", ""])).to_owned(),
        3 | 4 => number(rng),
        5 => {
            let depth = if rng.chance(20) { 100 + rng.below(100) } else { 1 + rng.below(4) };
            nested_arrays(rng, depth)
        }
        6 => {
            let items: Vec<String> = (0..rng.below(4)).map(|_| value(rng, depth - 1)).collect();
            format!("[{}]", items.join(","))
        }
        _ => {
            let entries: Vec<String> =
                (0..rng.below(5)).map(|_| format!("\"{}\":{}", rng.pick(&KEYS), value(rng, depth - 1))).collect();
            format!("{{{}}}", entries.join(","))
        }
    }
}

/// `[[[…1…]]]`, sometimes past serde_json's recursion limit (128), sometimes unclosed.
fn nested_arrays(rng: &mut Rng, depth: usize) -> String {
    let close = if rng.chance(5) { depth / 2 } else { depth };
    format!("{}1{}", "[".repeat(depth), "]".repeat(close))
}

fn random_answers(rng: &mut Rng) -> Answers {
    Answers {
        age: rng.below(121) as u8,
        duration_weeks: rng.pick(&[0.0, 1.0, 3.99, 4.0, 6.0, 8.0, 12.0, 1e6]),
        trend: rng.pick(&Trend::ALL),
        yes: Signs::from_index(rng.next() as u32),
    }
}

/// A placeholder that serde_json writes as `"\u0000HOLE"`, replaced afterwards by raw text
/// (which may be any JSON, or not JSON at all: numbers beyond f64 have no `Value`).
const HOLE: &str = "\u{0}HOLE";
const HOLE_JSON: &str = "\"\\u0000HOLE\"";

/// Every node of `v`, as a path of keys and indices, so one can be picked and replaced.
fn paths(v: &Value, at: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
    out.push(at.clone());
    match v {
        Value::Object(m) => {
            for (k, child) in m {
                at.push(k.clone());
                paths(child, at, out);
                at.pop();
            }
        }
        Value::Array(a) => {
            for (i, child) in a.iter().enumerate() {
                at.push(i.to_string());
                paths(child, at, out);
                at.pop();
            }
        }
        _ => {}
    }
}

fn node<'a>(v: &'a mut Value, path: &[String]) -> &'a mut Value {
    path.iter().fold(v, |v, key| match v {
        Value::Object(m) => m.get_mut(key).unwrap(),
        Value::Array(a) => &mut a[key.parse::<usize>().unwrap()],
        _ => unreachable!("paths only lead into objects and arrays"),
    })
}

/// `valid` with a few nodes replaced by hostile values, removed, or renamed; as text.
fn damaged(rng: &mut Rng, mut valid: Value) -> String {
    let mut holes = Vec::new();
    for _ in 0..1 + rng.below(3) {
        let mut all = Vec::new();
        paths(&valid, &mut Vec::new(), &mut all);
        let path = all[rng.below(all.len())].clone();
        match rng.below(6) {
            0 if !path.is_empty() => {
                // Remove the node.
                let (last, parent) = path.split_last().unwrap();
                match node(&mut valid, parent) {
                    Value::Object(m) => drop(m.remove(last)),
                    Value::Array(a) => drop(a.remove(last.parse::<usize>().unwrap())),
                    _ => unreachable!(),
                }
            }
            1 if !path.is_empty() => {
                // Rename the key (a typo, or an element of another kind).
                let (last, parent) = path.split_last().unwrap();
                if let Value::Object(m) = node(&mut valid, parent) {
                    let child = m.remove(last).unwrap();
                    m.insert(format!("{}{}", last, rng.pick(&["", "x", "_"])).replace("_w", "w"), child);
                }
            }
            _ => {
                *node(&mut valid, &path) = Value::String(HOLE.to_owned());
                holes.push(value(rng, 3));
            }
        }
    }
    let mut text = serde_json::to_string(&valid).unwrap();
    for hole in holes {
        text = text.replacen(HOLE_JSON, &hole, 1);
    }
    text
}

fn answers_document(rng: &mut Rng) -> String {
    match rng.below(10) {
        0 => value(rng, 4),
        1 => serde_json::to_string(&random_answers(rng)).unwrap(),
        _ => {
            let valid = serde_json::to_value(random_answers(rng)).unwrap();
            damaged(rng, valid)
        }
    }
}

fn response_document(rng: &mut Rng) -> String {
    let a = random_answers(rng);
    let mut draft = Draft::from_answers(&a);
    if rng.chance(3) {
        // An early exit: only the questions up to an emergency "yes" answered.
        draft = Draft::default();
        draft.set_sign(Sign::BladderOrBowelProblems, rng.chance(2));
        draft.set_sign(Sign::SaddleNumbness, true);
    }
    let mut response =
        serde_json::to_value(fhir::questionnaire_response(&draft, Lang::En, "2026-11-30T08:00:00Z")).unwrap();
    if !rng.chance(10) {
        // Without the question texts (optional in FHIR): a tenth of the size, ten times the cases a second.
        for item in response["item"].as_array_mut().unwrap() {
            item.as_object_mut().unwrap().remove("text");
        }
    }
    match rng.below(10) {
        0 => value(rng, 4),
        1 => response.to_string(),
        _ => damaged(rng, response),
    }
}

/// Valid-looking text with bytes flipped, inserted, dropped or cut off; now and then pure noise.
fn damaged_bytes(rng: &mut Rng, text: String) -> Vec<u8> {
    let mut bytes = text.into_bytes();
    if rng.chance(10) {
        return (0..rng.below(64)).map(|_| rng.next() as u8).collect();
    }
    for _ in 0..1 + rng.below(4) {
        let at = rng.below(bytes.len() + 1);
        match rng.below(5) {
            0 if at < bytes.len() => bytes[at] = rng.next() as u8,
            1 if at < bytes.len() => drop(bytes.remove(at)),
            2 => bytes.insert(at, rng.pick(b"\n\r\0\\\"{}[],:0e-.\xff\xc3\xed")),
            3 => bytes.truncate(at),
            _ => bytes.insert(at, rng.next() as u8),
        }
    }
    bytes
}

/// Runs `read` on `input`, failing with the input shown if it panics, accepts something
/// invalid, or rejects without naming the field.
fn check(case: usize, input: &[u8], format: Format, read: impl Fn(&[u8]) -> Result<Vec<Answers>, String>) -> bool {
    let shown = || {
        let text = String::from_utf8_lossy(input);
        let cut: String = text.chars().take(300).collect();
        format!("case {case}: {cut:?}{}", if text.chars().count() > 300 { "…" } else { "" })
    };
    match catch_unwind(AssertUnwindSafe(|| read(input))) {
        Err(_) => panic!("panicked on {}", shown()),
        Ok(Ok(all)) => {
            for a in all {
                assert!(a.validate().is_ok(), "accepted invalid answers {a:?} from {}", shown());
                let _ = evaluate(&a);
                let again: Answers = serde_json::from_str(&serde_json::to_string(&a).unwrap()).unwrap();
                assert_eq!(again, a, "round trip of {}", shown());
            }
            true
        }
        Ok(Err(message)) => {
            let message = message.strip_prefix("line ").map_or(message.as_str(), |rest| {
                let (n, rest) = rest.split_once(": ").unwrap_or_else(|| panic!("{message:?} from {}", shown()));
                assert!(n.parse::<usize>().is_ok_and(|n| n >= 1), "line number {n:?} from {}", shown());
                rest
            });
            if let Some(problem) = rejection_problem(message, format) {
                panic!("rejection {message:?}: {problem}; input {}", shown());
            }
            false
        }
    }
}

fn one(format: Format) -> impl Fn(&[u8]) -> Result<Vec<Answers>, String> {
    move |bytes| match std::str::from_utf8(bytes) {
        Ok(text) => read_document(text, format).map(|a| vec![a]),
        Err(_) => read_input(bytes, format, false),
    }
}

/// Runs `CASES` JSON documents and `CASES` byte strings from `document` through `read`;
/// returns how many were accepted, to show that both sides were reached.
fn run(
    seed: u64,
    format: Format,
    document: fn(&mut Rng) -> String,
    read: impl Fn(&[u8]) -> Result<Vec<Answers>, String>,
) -> (usize, usize) {
    let mut rng = Rng(seed);
    let mut accepted = (0, 0);
    for case in 0..CASES {
        let text = document(&mut rng);
        accepted.0 += usize::from(check(case, text.as_bytes(), format, &read));
    }
    for case in 0..CASES {
        let text = document(&mut rng);
        let bytes = damaged_bytes(&mut rng, text);
        accepted.1 += usize::from(check(case, &bytes, format, &read));
    }
    accepted
}

#[test]
fn answers_from_random_json_never_panic_and_rejections_name_the_field() {
    let (documents, bytes) = run(0x5EED_0001, Format::Answers, answers_document, one(Format::Answers));
    assert!(documents > CASES / 20, "only {documents} documents accepted: the generator lost the valid side");
    assert!(bytes < CASES, "{bytes}");
}

#[test]
fn questionnaire_responses_from_random_json_never_panic_and_rejections_name_the_element() {
    let (documents, bytes) = run(0x5EED_0002, Format::Fhir, response_document, one(Format::Fhir));
    assert!(documents > CASES / 20, "only {documents} documents accepted: the generator lost the valid side");
    assert!(bytes < CASES, "{bytes}");
}

fn jsonl_document(rng: &mut Rng) -> String {
    let lines: Vec<String> = (0..1 + rng.below(4))
        .map(|_| {
            if rng.chance(8) {
                return (rng.pick(&["", " ", "\r"])).to_owned();
            }
            // Mostly valid lines, so that the later lines are reached too.
            if rng.chance(2) { serde_json::to_string(&random_answers(rng)).unwrap() } else { answers_document(rng) }
        })
        .collect();
    let mut text = lines.join(rng.pick(&["\n", "\r\n"]));
    if rng.chance(2) {
        text.push('\n');
    }
    text
}

#[test]
fn the_jsonl_reader_on_random_lines_never_panics_and_names_line_and_field() {
    let (documents, bytes) =
        run(0x5EED_0003, Format::Answers, jsonl_document, |bytes| read_input(bytes, Format::Answers, true));
    assert!(documents > CASES / 20, "only {documents} inputs accepted");
    assert!(bytes < CASES, "{bytes}");
    // The same reader for QuestionnaireResponses, one per line.
    let mut rng = Rng(0x5EED_0004);
    for case in 0..CASES / 10 {
        let lines: Vec<String> =
            (0..1 + rng.below(3)).map(|_| response_document(&mut rng).replace('\n', " ")).collect();
        check(case, lines.join("\n").as_bytes(), Format::Fhir, |b| read_input(b, Format::Fhir, true));
    }
}

/// The values the issue names, each checked by itself so that a failure says which.
#[test]
fn numbers_at_and_beyond_the_limits_of_json_name_the_field() {
    let mut valid = common::valid_json();
    for field in ["age", "duration_weeks", "trend", "worried"] {
        for number in EDGE_NUMBERS {
            valid.insert(field.to_owned(), Value::String(HOLE.to_owned()));
            let text = Value::Object(valid.clone()).to_string().replace(HOLE_JSON, number);
            match read_document(&text, Format::Answers) {
                Ok(a) => {
                    assert!(["age", "duration_weeks"].contains(&field) && a.validate().is_ok(), "{field}={number}")
                }
                Err(e) => {
                    assert!(e.starts_with(&format!("invalid Answers: field `{field}`: ")), "{field}={number}: {e}")
                }
            }
        }
        valid = common::valid_json();
    }
    for (number, age) in
        [("40.0", Some(40)), ("40.00000000000000000001", Some(40)), ("1e2", Some(100)), ("1e400", None)]
    {
        let text = Value::Object(valid.clone()).to_string().replace("\"age\":40", &format!("\"age\":{number}"));
        assert_eq!(read_document(&text, Format::Answers).ok().map(|a| a.age), age, "{number}");
    }
    let long = format!("\"{}\"", "x".repeat(10_000_000));
    let text = Value::Object(valid.clone()).to_string().replace("\"better\"", &long);
    let e = read_document(&text, Format::Answers).unwrap_err();
    assert!(e.starts_with("invalid Answers: field `trend`: ") && e.len() < 200, "{}", &e[..200.min(e.len())]);

    let response = fhir::questionnaire_response(&Draft::from_answers(&common::plain()), Lang::En, "2026-11-30");
    let response = serde_json::to_string(&response).unwrap();
    assert!(response.contains("\"valueInteger\":40"));
    for number in EDGE_NUMBERS {
        let text = response.replace("\"valueInteger\":40", &format!("\"valueInteger\":{number}"));
        if let Err(e) = read_document(&text, Format::Fhir) {
            let named = e.contains(".answer[0].valueInteger`: ") || e.contains("item `age`: ");
            assert!(named, "{number}: {e}");
        }
    }
}

/// Found by the round-trip check above: without serde_json's `float_roundtrip`, the CLI read the
/// double just below 4 weeks as 4.0 and fired the 4-week rule that JavaScript (and so the
/// widget) does not.
#[test]
fn numbers_are_read_exactly_as_javascript_reads_them() {
    for (text, weeks) in [
        ("3.9999999999999996", 3.9999999999999996_f64),
        ("3.9999999999999997", 3.9999999999999996),
        ("5.999999999999999", 5.999999999999999),
        ("0.9999999999999997", 0.9999999999999997),
    ] {
        let json = Value::Object(common::valid_json())
            .to_string()
            .replace("\"duration_weeks\":1.0", &format!("\"duration_weeks\":{text}"));
        let read = read_document(&json, Format::Answers).unwrap();
        assert_eq!(read.duration_weeks, weeks, "{text}");
        assert_eq!(read.duration_weeks, text.parse::<f64>().unwrap(), "{text}");
    }
    let json = Value::Object(common::valid_json())
        .to_string()
        .replace("\"duration_weeks\":1.0", "\"duration_weeks\":3.9999999999999996")
        .replace("\"better\"", "\"unchanged\"");
    let outcome = evaluate(&read_document(&json, Format::Answers).unwrap());
    assert!(outcome.reasons.iter().all(|r| r.rule != RuleId::SoonNotBetterAfter4Weeks), "{outcome:?}");
}

/// Found by `scripts/fuzz` (fhir_response_json): items nested 40 deep with a syntax error in
/// the innermost made a path so long that cutting the message in the middle broke it. Now the
/// path is cut between elements and the message separately: one line, the place still named.
#[test]
fn deeply_nested_items_keep_a_readable_path() {
    for depth in [1, 10, 40, 120] {
        for inner in [r#"{"linkId": "age", "answer": [1,}"#, r#"{"linkId": "age", "answer": ["x"]}"#] {
            let open = r#"{"linkId": "group", "item": ["#.repeat(depth);
            let close = "]}".repeat(depth);
            let text = format!(r#"{{"resourceType": "QuestionnaireResponse", "item": [{open}{inner}{close}]}}"#);
            let e = read_document(&text, Format::Fhir).unwrap_err();
            assert_eq!(rejection_problem(&e, Format::Fhir), None, "{depth}: {e}");
            assert!(e.starts_with("invalid QuestionnaireResponse: `item[0].item[0]"), "{e}");
            // Past serde_json's recursion limit (128 levels), the error is the limit's, at the depth reached.
            assert!(e.contains(".answer[0]`: ") || depth > 60 && e.contains("recursion limit exceeded"), "{e}");
        }
    }
}

/// Found by `scripts/fuzz` (fhir_response_json): a foreign element whose name is 100 control
/// characters, with a broken value. Escaped, the name grew sixfold, and the cut path lost the
/// quote that marks it as foreign.
#[test]
fn a_foreign_element_with_a_name_of_control_characters_is_quoted_and_cut() {
    let name = "\\u007f".repeat(100);
    for nested in [false, true] {
        let item = format!(r#"{{"linkId": "a", "{name}": [1,}}"#);
        let item = if nested { format!(r#"{{"linkId": "g", "item": [{item}]}}"#) } else { item };
        let text = format!(r#"{{"resourceType": "QuestionnaireResponse", "item": [{item}]}}"#);
        let e = read_document(&text, Format::Fhir).unwrap_err();
        assert_eq!(rejection_problem(&e, Format::Fhir), None, "{e}");
        assert!(e.contains(r#"."\u{7f}\u{7f}"#) && e.contains("…\"`: "), "{e}");
    }
}

/// Found by `scripts/fuzz` (fhir_response_json): a foreign element whose name holds dots (a
/// URL pasted as a key), with a broken value, deep enough that its path is cut. The cut fell
/// inside the quoted name and dropped its opening quote, so the rest read as elements of ours.
#[test]
fn a_foreign_element_whose_name_holds_dots_stays_quoted_when_the_path_is_cut() {
    let name = "ice the back pain began.example/fhir/Questionnaire/lotriage|0.2.0";
    for depth in [0, 2, 4, 8, 30] {
        let open = r#"{"linkId": "group", "item": ["#.repeat(depth);
        let close = "]}".repeat(depth);
        let inner = format!(r#"{{"linkId": "age", "{name}" "x"}}"#);
        let text = format!(r#"{{"resourceType": "QuestionnaireResponse", "item": [{open}{inner}{close}]}}"#);
        let e = read_document(&text, Format::Fhir).unwrap_err();
        assert_eq!(rejection_problem(&e, Format::Fhir), None, "{depth}: {e}");
        assert!(e.contains(r#""ice the back pain began.example"#), "the name, quoted: {depth}: {e}");
    }
}
