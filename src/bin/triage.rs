//! `triage`: the decision core on the command line, for clinicians and integrators who want to
//! check what the widget will say without a browser. Same rules, same JSON contract.

use std::io::{self, Read, Write};
use std::process::ExitCode;

use back_pain_triage::decision::{Answers, evaluate};

const HELP: &str = "\
triage: low back pain triage from the command line (same rules as the widget)

USAGE
    triage [--jsonl] < answers.json

Reads Answers JSON on standard input and prints the Outcome as one JSON line.
    (no option)  one Answers document (pretty-printed is fine) -> one Outcome line
    --jsonl      one Answers object per line -> one Outcome line per input line, in order
    -h, --help   this text

ANSWERS (every field required; an unknown field is an error)
    age                       integer 0-120 (years)
    duration_weeks            number >= 0 (weeks since this episode began)
    trend                     \"better\" | \"unchanged\" | \"worse\"
    bladder_or_bowel_problems, saddle_numbness, both_legs, leg_weakness,
    fever_or_unwell, trauma, weight_loss, cancer_history, constant_night_pain,
    osteoporosis_or_steroids, pain_below_knee, uncontrolled_pain, major_impact,
    worried                   true | false

OUTCOME
    urgency    \"emergency\" | \"urgent\" | \"soon\" | \"self_care\"
    category   \"nonspecific\" | \"nerve_root\" | \"possible_serious\"
    advice     [code, ...] e.g. call_emergency, imaging_review, stay_active, safety_net
    reasons    [{\"rule\", \"answers\": [field, ...], \"source\"}, ...]

EXIT STATUS
    0  every input was valid; one Outcome line per input
    2  invalid input or usage: one line on stderr naming the field (and line, with --jsonl);
       nothing is printed on stdout

This is a decision aid, not a diagnosis, and not a certified medical device.
";

/// Why the run failed; exit status 2 either way.
struct Failure(String);

fn main() -> ExitCode {
    match run() {
        Ok(lines) => {
            let mut out = io::stdout().lock();
            for line in lines {
                // A closed pipe (e.g. `| head`) is the reader's choice, not an error worth a panic.
                if writeln!(out, "{line}").is_err() {
                    return ExitCode::from(1);
                }
            }
            ExitCode::SUCCESS
        }
        Err(Failure(message)) => {
            eprintln!("triage: {message}");
            ExitCode::from(2)
        }
    }
}

/// Reads all input first and prints only if every line is valid, so a bad line never leaves
/// a half-written result behind.
fn run() -> Result<Vec<String>, Failure> {
    let mut jsonl = false;
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--jsonl" => jsonl = true,
            "-h" | "--help" => return Ok(vec![HELP.trim_end().to_owned()]),
            other => return Err(Failure(format!("unknown argument `{other}` (try --help)"))),
        }
    }

    let mut bytes = Vec::new();
    io::stdin().read_to_end(&mut bytes).map_err(|e| Failure(format!("could not read standard input: {e}")))?;
    let text = String::from_utf8(bytes).map_err(|_| Failure("input is not UTF-8 text".to_owned()))?;
    if text.trim().is_empty() {
        return Err(Failure("empty input: expected an Answers JSON object (see --help)".to_owned()));
    }

    if jsonl {
        text.lines()
            .enumerate()
            .map(|(i, line)| {
                if line.trim().is_empty() {
                    return Err(Failure(format!("line {}: empty line: expected one Answers object per line", i + 1)));
                }
                triage_one(line).map_err(|e| Failure(format!("line {}: {e}", i + 1)))
            })
            .collect()
    } else {
        triage_one(&text).map(|line| vec![line]).map_err(Failure)
    }
}

fn triage_one(json: &str) -> Result<String, String> {
    let answers: Answers = serde_json::from_str(json).map_err(|e| format!("invalid Answers: {e}"))?;
    serde_json::to_string(&evaluate(&answers)).map_err(|e| format!("could not write the outcome: {e}"))
}
