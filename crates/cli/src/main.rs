//! `triage`: the decision core on the command line, for clinicians and integrators who want to
//! check what the widget will say without a browser. Same rules, same JSON contract.

use std::io::{self, Read, Write};
use std::process::ExitCode;

use triage::country::Country;
use triage::date::CalendarDate;
use triage::decision::evaluate_in;
use triage::fhir;
use triage::i18n::Lang;
use triage::input::{Format, read_input};
use triage::questionnaire::Draft;
use triage::render::start_screen;
use triage::review::{self, Status};
#[cfg(not(target_arch = "wasm32"))]
use triage::safety_case::{Pack, PackRequest};

const HELP: &str = "\
triage: low back pain triage from the command line (same rules as the widget)

USAGE
    triage [--jsonl] [--fhir] [--country NO|SE|DK|GB] < input
    triage questionnaire [--lang nb|nn|sv|da|en]
    triage response [--lang nb|nn|sv|da|en] < answers.json
    triage start-screen > start-screen.js
    triage widget-texts --lang nb|nn|sv|da|en > texts/<lang>.js
    triage safety-case --country NO|SE|DK|GB --lang nb|nn|sv|da|en [--since V] [--today YYYY-MM-DD] > pack.html
    triage content-status [--today YYYY-MM-DD]
    triage content-snapshot > docs/safety/content/<version>.json

Reads Answers JSON on standard input and prints the Outcome as one JSON line.
    (no option)  one Answers document (pretty-printed is fine) -> one Outcome line
    --jsonl      one object per line -> one Outcome line per input line, in order
    --fhir       read FHIR R4 QuestionnaireResponses (to our Questionnaire) instead of Answers
    --country C  decide with that country's own rules as well as the shared ones (SE: not
                 better after 2 weeks is within days; GB: weight loss or night pain the same
                 day), and add advice_sources: each advice item's sources in that country.
                 Without it, every country's rules apply: the most cautious outcome
    -h, --help   this text

    questionnaire  print the FHIR R4 Questionnaire, base language --lang (default en),
                   with the other languages as translation extensions
    response       read one Answers document, print it as a FHIR R4 QuestionnaireResponse
    start-screen   print the JavaScript module that paints the widget's start screen (every
                   language and country) before its WASM arrives; scripts/package and the
                   trunk build write it as start-screen.js
    widget-texts   print the JavaScript module of the widget's texts in --lang (default en),
                   which the page loads for a widget in that language; scripts/build-extras
                   writes one per language as texts/<lang>.js
    safety-case    print the safety case pack for a deploying body: one self-contained HTML
                   file (no script, nothing fetched; prints to PDF) with the intended use,
                   every question, every result in --country (required) rendered as the
                   widget renders it, every advice and reason text with its sources, the rule
                   table, the numbers, the review-by date, the hazard log, the content
                   changelog, a sign-off block and every text in --lang (default en).
                   --since V adds every text that changed since content version V (which
                   must have a snapshot in docs/safety/content/); --today the pack's date
                   (default today, UTC), which decides whether the review is OVERDUE
    content-status print each country's content checked and review-by dates and what is due
                   on --today (default today, UTC); exit 0 even when a review is overdue
    content-snapshot  print every reader-visible text, by language and where it is, as JSON

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
    advice_sources  (only with --country) [{\"advice\", \"sources\": [citation, ...]}, ...]

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

/// What the command line asks for.
struct Request {
    command: Command,
    jsonl: bool,
    fhir: bool,
    lang: Lang,
    /// With `--country`: add each advice item's sources in that country.
    country: Option<Country>,
    /// `--today`: the day the safety case and the content status are made for.
    today: Option<CalendarDate>,
    /// `--since`: the content version the safety case shows changes since.
    since: Option<String>,
}

enum Command {
    Triage,
    Questionnaire,
    Response,
    StartScreen,
    WidgetTexts,
    SafetyCase,
    ContentStatus,
    ContentSnapshot,
    Help,
}

fn parse_args() -> Result<Request, Failure> {
    let mut request = Request {
        command: Command::Triage,
        jsonl: false,
        fhir: false,
        lang: Lang::En,
        country: None,
        today: None,
        since: None,
    };
    // args_os: a non-UTF-8 argument is an unknown argument, not a panic.
    let mut args = std::env::args_os().skip(1).map(|a| a.to_string_lossy().into_owned());
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--jsonl" => request.jsonl = true,
            "--fhir" => request.fhir = true,
            "-h" | "--help" => request.command = Command::Help,
            "--lang" => {
                let tag =
                    args.next().ok_or_else(|| Failure("--lang needs a language: nb, nn, sv, da or en".to_owned()))?;
                request.lang = Lang::parse(&tag)
                    .ok_or_else(|| Failure(format!("--lang {tag:?} is not one of nb, nn, sv, da, en")))?;
            }
            "--country" => {
                let code =
                    args.next().ok_or_else(|| Failure("--country needs a country: NO, SE, DK or GB".to_owned()))?;
                request.country = Some(
                    Country::parse(&code)
                        .ok_or_else(|| Failure(format!("--country {code:?} is not one of NO, SE, DK, GB")))?,
                );
            }
            "--today" => {
                let text = args.next().ok_or_else(|| Failure("--today needs a date: YYYY-MM-DD".to_owned()))?;
                request.today = Some(parse_today(&text)?);
            }
            "--since" => {
                let version =
                    args.next().ok_or_else(|| Failure("--since needs a content version, e.g. 2.1".to_owned()))?;
                request.since = Some(version);
            }
            "safety-case" => request.command = Command::SafetyCase,
            "content-status" => request.command = Command::ContentStatus,
            "content-snapshot" => request.command = Command::ContentSnapshot,
            "questionnaire" => request.command = Command::Questionnaire,
            "response" => request.command = Command::Response,
            "start-screen" => request.command = Command::StartScreen,
            "widget-texts" => request.command = Command::WidgetTexts,
            other => return Err(Failure(format!("unknown argument `{other}` (try --help)"))),
        }
    }
    Ok(request)
}

/// Reads all input first and prints only if every line is valid, so a bad line never leaves
/// a half-written result behind.
fn run() -> Result<Vec<String>, Failure> {
    let request = parse_args()?;
    match request.command {
        Command::Help => return Ok(vec![HELP.trim_end().to_owned()]),
        Command::Questionnaire => return to_json_pretty(&fhir::questionnaire(request.lang)).map(|q| vec![q]),
        Command::StartScreen => return Ok(vec![start_screen::js_module().trim_end().to_owned()]),
        Command::WidgetTexts => return widget_texts_module(request.lang).map(|m| vec![m]),
        Command::ContentStatus => return Ok(content_status(request.today.unwrap_or_else(today_utc))),
        Command::ContentSnapshot | Command::SafetyCase => return safety_documents(&request),
        Command::Triage | Command::Response => {}
    }

    let mut bytes = Vec::new();
    io::stdin().read_to_end(&mut bytes).map_err(|e| Failure(format!("could not read standard input: {e}")))?;
    let format = if request.fhir { Format::Fhir } else { Format::Answers };

    if let Command::Response = request.command {
        // One document in, so exactly one Answers out.
        let answers = read_input(&bytes, Format::Answers, false).map_err(Failure)?;
        let Some(answers) = answers.first() else { return Ok(vec![]) };
        let response = fhir::questionnaire_response(&Draft::from_answers(answers), request.lang, &now_utc());
        return to_json_pretty(&response).map(|r| vec![r]);
    }

    read_input(&bytes, format, request.jsonl)
        .map_err(Failure)?
        .iter()
        .map(|answers| {
            // The country's own rules apply, and its sources are cited; without one, every
            // country's rules (the most cautious outcome).
            let outcome = evaluate_in(answers, request.country);
            let outcome = match request.country {
                Some(country) => country.cite_advice(outcome),
                None => outcome,
            };
            serde_json::to_string(&outcome).map_err(|e| Failure(format!("could not write the outcome: {e}")))
        })
        .collect()
}

fn to_json_pretty<T: serde::Serialize>(value: &T) -> Result<String, Failure> {
    serde_json::to_string_pretty(value).map_err(|e| Failure(format!("could not write JSON: {e}")))
}

/// `content-snapshot` and `safety-case`: documents for reviewers and deploying bodies, made
/// natively only (the generator is kept out of every WASM build, `src/lib.rs`).
#[cfg(not(target_arch = "wasm32"))]
fn safety_documents(request: &Request) -> Result<Vec<String>, Failure> {
    if let Command::ContentSnapshot = request.command {
        return Ok(vec![triage::content_snapshot::snapshot_json()]);
    }
    let country = request.country.ok_or_else(|| Failure("safety-case needs --country: NO, SE, DK or GB".to_owned()))?;
    let pack = Pack::gather(PackRequest {
        country,
        lang: request.lang,
        today: request.today.unwrap_or_else(today_utc),
        since: request.since.as_deref(),
    })
    .map(|pack| triage::render::safety_case::pack(&pack))
    .map_err(|e| Failure(e.to_string()))?;
    Ok(vec![pack.trim_end().to_owned()])
}

#[cfg(target_arch = "wasm32")]
fn safety_documents(_: &Request) -> Result<Vec<String>, Failure> {
    Err(Failure("safety-case and content-snapshot are in the native build only".to_owned()))
}

/// Today in UTC: the default of `--today`.
fn today_utc() -> CalendarDate {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    CalendarDate::from_days_since_epoch((secs / 86_400) as i64)
}

/// `--today`'s date, written `YYYY-MM-DD` in digits; when it is none, why, naming `--today`
/// and, for a day that does not exist, the part that is wrong (`DateError`).
fn parse_today(text: &str) -> Result<CalendarDate, Failure> {
    let digits = |part: &str, len: usize| {
        part.parse::<u32>().ok().filter(|_| part.len() == len && part.bytes().all(|b| b.is_ascii_digit()))
    };
    let parts: Vec<&str> = text.trim().split('-').collect();
    let numbers = match parts[..] {
        [y, m, d] => (digits(y, 4), digits(m, 2), digits(d, 2)),
        _ => (None, None, None),
    };
    let (Some(year), Some(month), Some(day)) = numbers else {
        return Err(Failure(format!("--today {text:?} is not a date YYYY-MM-DD")));
    };
    // Four digits, so at most 9999: the cast cannot wrap.
    CalendarDate::new(year as i32, month, day)
        .map_err(|e| Failure(format!("--today {text:?} is not a day: the {} is wrong: {e}", e.field())))
}

/// Each country's content checked and review-by dates, and what is due on `today`: one line a
/// country, then what to do. Never an error: an overdue review is news for the people who do it,
/// not a failure of the command.
fn content_status(today: CalendarDate) -> Vec<String> {
    let mut lines = vec![format!("content {} on {}", triage::decision::sources::CONTENT_VERSION, today.iso())];
    lines.push("country  checked     review_by   status".to_owned());
    for (r, status) in review::status_on(today) {
        let words = match status {
            Status::Current { days_left } => format!("ok, {days_left} days left"),
            Status::DueSoon { days_left } => format!("due in {days_left} days"),
            Status::Overdue { days_over } => format!("OVERDUE by {days_over} days"),
        };
        lines.push(format!("{:<8} {}  {}  {words}", r.country.code(), r.checked.iso(), r.review_by.iso()));
    }
    let due: Vec<String> = review::due_on(today).map(|(r, _)| format!("  {}: {}", r.country.code(), r.first)).collect();
    if due.is_empty() {
        lines.push("nothing due".to_owned());
    } else {
        lines.push("due: check these against their sources and raise the review-by date".to_owned());
        lines.extend(due);
    }
    lines
}

/// The current time as FHIR's `dateTime` in UTC, e.g. `2026-11-22T03:12:05Z`.
fn now_utc() -> String {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let (days, rest) = ((secs / 86_400) as i64, secs % 86_400);
    let date = CalendarDate::from_days_since_epoch(days);
    format!("{}T{:02}:{:02}:{:02}Z", date.iso(), rest / 3600, rest / 60 % 60, rest % 60)
}

/// The JavaScript module of the widget's texts in `lang`: the list of `WidgetTexts::strings`
/// as its default export, which `www/package/src/loader.js` hands to the widget's `addTexts`.
fn widget_texts_module(lang: Lang) -> Result<String, Failure> {
    let list = serde_json::to_string(&lang.widget_texts().strings())
        .map_err(|e| Failure(format!("could not write the texts: {e}")))?;
    Ok(format!("// triage widget-texts --lang {}\nexport default {list};", lang.code()))
}
