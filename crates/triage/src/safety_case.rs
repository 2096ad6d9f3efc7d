//! The safety case pack (issue 25, item 2): one self-contained HTML file per country and
//! language for the body that deploys the widget, generated from the code so that it cannot
//! drift from what readers see (`triage safety-case --country NO --lang nb [--since 2.1]`).
//!
//! It holds the intended use, every question in order, every result a reader in the country can
//! get (rendered by [`result_page`](crate::render::result_screen::result_page), the widget's
//! own result screen), every advice and reason text beside its sources, the rule table, the
//! numbers and services, the review-by date, the hazard log and the content changelog (both read
//! from `docs/safety/` when compiling), what changed since an earlier content version, a sign-off
//! block, and every text of the language by where it is.
//!
//! This module gathers what goes in the pack: the committed hazard log (read into
//! [`HazardLog`], its risk matrix ranked into a [`MatrixGrid`]), the changelog, the example
//! results, and the texts that changed since an earlier version, into a [`Pack`]. Its markup is
//! written by `pack` in `crates/triage/src/render/safety_case.rs`, with the builder that escapes
//! by construction.
//!
//! The pack's own headings and notes are in English (a deploying body's safety officer reads
//! them in any of the four countries); every text a reader sees is in the pack's language.
//!
//! Native only (`src/lib.rs`): nothing here is in any WASM.

use std::fmt;

use serde_json::Value;

use crate::content_snapshot;
use crate::country::{Country, Place};
use crate::date::CalendarDate;
use crate::decision::rules::When;
use crate::decision::{Answers, Sign, Signs, Trend};
use crate::follow_up::{FollowUpKind, follow_up};
use crate::i18n::{Lang, Texts};
use crate::questionnaire::{Draft, DurationChoice, Question, STEPS};

/// The hazard log, as committed: rendered generically (any keys), since its schema grows.
pub const HAZARD_LOG: &str = include_str!("../../../docs/safety/hazard-log.toml");

/// The content changelog, as committed.
pub const CONTENT_CHANGELOG: &str = include_str!("../../../docs/safety/content-changelog.md");

/// Every committed content snapshot (`docs/safety/content/<version>.json`), by version, that
/// `--since` can compare with. A new version's snapshot is added here when it is committed.
pub const SNAPSHOTS: &[(&str, &str)] = &[
    ("2.1", include_str!("../../../docs/safety/content/2.1.json")),
    ("3.0", include_str!("../../../docs/safety/content/3.0.json")),
];

/// The committed snapshot of content version `version`, if there is one.
pub fn snapshot_of(version: &str) -> Option<Value> {
    SNAPSHOTS.iter().find(|(v, _)| *v == version).and_then(|(_, json)| serde_json::from_str(json).ok())
}

/// What the pack is made for.
#[derive(Clone, Copy, Debug)]
pub struct PackRequest<'a> {
    /// The country whose numbers, rules and results are shown.
    pub country: Country,
    /// The language of the reader's texts.
    pub lang: Lang,
    /// The day the pack is made: the results' dates and whether the review is overdue.
    pub today: CalendarDate,
    /// Show what changed since this content version (it must have a snapshot).
    pub since: Option<&'a str>,
}

/// Why a pack could not be made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PackError {
    /// `--since` names a version with no committed snapshot.
    NoSnapshot(String),
}

impl fmt::Display for PackError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PackError::NoSnapshot(v) => {
                let known: Vec<&str> = SNAPSHOTS.iter().map(|(v, _)| *v).collect();
                write!(f, "--since {v:?}: no content snapshot of that version (known: {})", known.join(", "))
            }
        }
    }
}

/// The English name of a country, for the pack's own headings.
pub const fn country_name(country: Country) -> &'static str {
    match country {
        Country::No => "Norway",
        Country::Se => "Sweden",
        Country::Dk => "Denmark",
        Country::Gb => "the United Kingdom",
    }
}

/// Everything the pack is made from (`render::safety_case::pack` writes it).
pub struct Pack {
    /// The country whose numbers, rules and results are shown.
    pub country: Country,
    /// The language of the reader's texts.
    pub lang: Lang,
    /// Where the reader is, for filling in the texts: the country's numbers.
    pub place: Place,
    /// The texts of `lang`.
    pub t: &'static Texts,
    /// The day the pack is made.
    pub today: CalendarDate,
    /// The example results, in order.
    pub cases: Vec<Case>,
    /// With `--since`: the texts that changed since that version.
    pub changes: Option<Changes>,
    /// The committed hazard log.
    pub hazard_log: HazardLog,
    /// The committed content changelog, in markdown.
    pub changelog: &'static str,
    /// Every non-empty text of the language, then the country's service texts, by where it is.
    pub texts: Vec<(String, String)>,
}

/// One example result: what the reader answered, in English, the answers, and what the
/// decision made of them.
pub struct Case {
    /// What the case shows.
    pub label: &'static str,
    /// The answers, in words.
    pub answers: &'static str,
    /// The answers, as the widget holds them.
    pub draft: Draft,
    /// The urgency and the follow-up; `None` for an early exit, which is an emergency with no
    /// follow-up.
    pub outcome: Option<CaseOutcome>,
}

/// What the decision made of a case's complete answers.
pub struct CaseOutcome {
    /// The urgency's code.
    pub urgency: &'static str,
    /// The follow-up in words (`follow_up_words`), or `none`.
    pub follow_up: String,
}

/// The texts that differ between an earlier content version and this one.
pub struct Changes {
    /// The earlier version.
    pub version: String,
    /// Each text that differs, by where it is.
    pub rows: Vec<Change>,
}

/// One text that differs: `None` on a side where it did not exist.
pub struct Change {
    /// Where the text is (its key in the content snapshots).
    pub path: String,
    /// The text in the earlier version.
    pub old: Option<String>,
    /// The text now.
    pub new: Option<String>,
}

impl Pack {
    /// What the pack for `request` holds.
    pub fn gather(request: PackRequest) -> Result<Pack, PackError> {
        let since = match request.since {
            Some(v) => Some((v, snapshot_of(v).ok_or_else(|| PackError::NoSnapshot(v.to_owned()))?)),
            None => None,
        };
        let (country, lang, today) = (request.country, request.lang, request.today);
        let t = lang.texts();
        let pack = Pack {
            country,
            lang,
            place: country.into(),
            t,
            today,
            cases: examples().into_iter().map(|e| e.decided(country, today)).collect(),
            changes: since.map(|(version, old)| Changes {
                version: version.to_owned(),
                rows: changes_since(lang, country, &old),
            }),
            hazard_log: HazardLog::read(HAZARD_LOG),
            changelog: CONTENT_CHANGELOG,
            texts: content_snapshot::debug_paths(t)
                .into_iter()
                .chain(
                    content_snapshot::debug_paths(&(t.services)(country))
                        .into_iter()
                        .map(|(p, t)| (format!("services.{}.{p}", country.code()), t)),
                )
                .filter(|(_, t)| !t.is_empty())
                .collect(),
        };
        Ok(pack)
    }
}

/// One example result before it is decided.
struct Example {
    label: &'static str,
    answers: &'static str,
    draft: Draft,
}

impl Example {
    /// The example with the urgency and follow-up the decision gives it in `country` on `today`.
    fn decided(self, country: Country, today: CalendarDate) -> Case {
        let outcome = self.draft.answers().map(|a| {
            let outcome = crate::decision::evaluate_in(&a, Some(country));
            let follow = self
                .draft
                .duration
                .zip(self.draft.trend)
                .and_then(|(d, t)| follow_up(outcome.urgency, country, d, t, today));
            CaseOutcome {
                urgency: outcome.urgency.as_str(),
                follow_up: follow.map_or("none".to_owned(), |f| follow_up_words(f.kind, f.date)),
            }
        });
        Case { label: self.label, answers: self.answers, draft: self.draft, outcome }
    }
}

/// The example results: each urgency, each kind of emergency, long-lasting pain, and each
/// kind of follow-up that the country's marks allow.
fn examples() -> Vec<Example> {
    let early = |sign: Sign| {
        // The widget's early exit: the questions before it answered "no", this one "yes".
        let mut draft = Draft::default();
        for s in Sign::ALL.into_iter().take_while(|s| *s != sign) {
            if STEPS.iter().take(4).any(|step| step.questions.contains(&Question::Sign(s))) {
                draft.set_sign(s, false);
            }
        }
        draft.set_sign(sign, true);
        draft
    };
    let full = |age: u8, duration: DurationChoice, trend: Trend, yes: &[Sign]| {
        let answers = Answers {
            age,
            duration_weeks: duration.weeks(),
            trend,
            yes: yes.iter().fold(Signs::NONE, |s, sign| s.with(*sign, true)),
        };
        Draft::from_answers(&answers)
    };
    use DurationChoice as D;
    vec![
        Example {
            label: "Emergency: a sign of pressure on the nerves (early exit)",
            answers: "yes to saddle numbness; the questions end there",
            draft: early(Sign::SaddleNumbness),
        },
        Example {
            label: "Emergency: a serious accident (early exit, the injury route)",
            answers: "no to the three nerve questions, yes to a serious accident",
            draft: early(Sign::Trauma),
        },
        Example {
            label: "Urgent: a doctor today",
            answers: "40 years, 1 week, getting better, yes to new weakness in a leg",
            draft: full(40, D::OneWeek, Trend::Better, &[Sign::LegWeakness]),
        },
        Example {
            label: "Soon: a doctor within days",
            answers: "40 years, under 1 week, unchanged, yes to worried",
            draft: full(40, D::UnderOneWeek, Trend::Unchanged, &[Sign::Worried]),
        },
        Example {
            label: "Soon, the follow-up date close to the appointment",
            answers: "40 years, 3 weeks, getting better, yes to worried",
            draft: full(40, D::ThreeWeeks, Trend::Better, &[Sign::Worried]),
        },
        Example {
            label: "Soon, not better after 4 weeks: the appointment is the follow-up",
            answers: "40 years, 6–7 weeks, unchanged, no to every sign",
            draft: full(40, D::SixToEightWeeks, Trend::Unchanged, &[]),
        },
        Example {
            label: "Self-care, with a dated follow-up",
            answers: "40 years, under 1 week, getting better, no to every sign",
            draft: full(40, D::UnderOneWeek, Trend::Better, &[]),
        },
        Example {
            label: "Self-care, past the mark and getting better: no date",
            answers: "40 years, 6–7 weeks, getting better, no to every sign",
            draft: full(40, D::SixToEightWeeks, Trend::Better, &[]),
        },
        Example {
            label: "Self-care or soon at 2 weeks, not better (Sweden's mark)",
            answers: "40 years, 2 weeks, unchanged, no to every sign",
            draft: full(40, D::TwoWeeks, Trend::Unchanged, &[]),
        },
        Example {
            label: "Long-lasting (12+ weeks), getting better",
            answers: "40 years, more than 12 weeks, getting better, no to every sign",
            draft: full(40, D::OverThreeMonths, Trend::Better, &[]),
        },
        Example {
            label: "Long-lasting (12+ weeks), not better",
            answers: "40 years, more than 12 weeks, unchanged, no to every sign",
            draft: full(40, D::OverThreeMonths, Trend::Unchanged, &[]),
        },
        Example {
            label: "Long-lasting (12+ weeks), with a lot of impact on daily life",
            answers: "60 years, more than 12 weeks, worse, yes to pain below the knee and to a large impact",
            draft: full(60, D::OverThreeMonths, Trend::Worse, &[Sign::PainBelowKnee, Sign::MajorImpact]),
        },
    ]
}

/// Every text of `lang`, and `country`'s service texts, that differs from the content
/// snapshot `old`, by where it is.
fn changes_since(lang: Lang, country: Country, old: &Value) -> Vec<Change> {
    let l = lang.code();
    let c = country.code();
    let old_texts = old.pointer(&format!("/texts/{l}"));
    let old_services = old.pointer(&format!("/services/{l}/{c}"));
    let mut rows = vec![];
    let mut compare = |prefix: &str, old: Option<&Value>, new: serde_json::Map<String, Value>| {
        let old = old.and_then(Value::as_object).cloned().unwrap_or_default();
        let mut paths: Vec<&String> = old.keys().chain(new.keys()).collect();
        paths.sort();
        paths.dedup();
        for path in paths {
            let (o, n) = (old.get(path).and_then(Value::as_str), new.get(path).and_then(Value::as_str));
            if o != n {
                rows.push(Change {
                    path: format!("{prefix}{path}"),
                    old: o.map(str::to_owned),
                    new: n.map(str::to_owned),
                });
            }
        }
    };
    compare("", old_texts, content_snapshot::texts(lang));
    compare(&format!("services.{c}."), old_services, content_snapshot::services(lang, country));
    rows
}

fn follow_up_words(kind: FollowUpKind, date: Option<CalendarDate>) -> String {
    let what = match kind {
        FollowUpKind::CheckBy => "dated: check by",
        FollowUpKind::CheckAgainBy => "dated: contact the doctor again if not better by",
        FollowUpKind::AppointmentNow => "undated: the appointment is the follow-up",
        FollowUpKind::AppointmentBeforeTheMark => "undated: the appointment is the follow-up (before the mark)",
        FollowUpKind::IfItStopsImproving => "undated: what to do if it stops getting better",
        FollowUpKind::BookNow => "undated: book an appointment now",
    };
    match date {
        Some(d) => format!("{what} {}", d.iso()),
        None => what.to_owned(),
    }
}

/// A rule's condition in words, in English.
pub struct Described<'a>(pub &'a When);

fn signs_or(signs: &[Sign]) -> String {
    signs.iter().map(|s| s.field_name()).collect::<Vec<_>>().join(" or ")
}

fn trends_or(trends: &[Trend]) -> String {
    trends.iter().map(|t| t.as_str()).collect::<Vec<_>>().join(" or ")
}

impl fmt::Display for Described<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self.0 {
            When::Yes(s) => write!(f, "yes to {}", s.field_name()),
            When::YesWithAnyOf(s, others) => {
                write!(f, "yes to {} and yes to at least one of {}", s.field_name(), signs_or(others))
            }
            When::TrendIs(t) => write!(f, "the pain is {}", t.as_str()),
            When::AgeUnder(years) => write!(f, "younger than {years}"),
            When::LastingWithTrend(weeks, trends) => {
                write!(f, "lasted {weeks} weeks or more, and the pain is {}", trends_or(trends))
            }
            When::AgeFromLastingWithTrend(years, weeks, trends) => {
                write!(f, "aged {years} or over, lasted {weeks} weeks or more, and the pain is {}", trends_or(trends))
            }
            When::LastingWith(weeks, s) => write!(f, "lasted {weeks} weeks or more, and yes to {}", s.field_name()),
            When::YesWhenFragile(s, fragile, from_age) => {
                write!(f, "yes to {}, and yes to {} or aged {from_age} or over", s.field_name(), signs_or(fragile))
            }
        }
    }
}

/// The hazard log, read from whatever keys it has (its schema grows): a `[matrix]`, every other
/// top-level key as a field, other arrays of tables (e.g. a list of owners), and every
/// `[[hazard]]` with its fields and its arrays of tables (`[[hazard.controls]]`).
pub enum HazardLog {
    /// The log as read.
    Read(HazardLogTable),
    /// The log is not valid TOML: the parser's message.
    Unreadable(String),
}

/// A readable hazard log.
pub struct HazardLogTable {
    /// The `[matrix]` table, if there is one.
    pub matrix: Option<Matrix>,
    /// Every other top-level key that is not an array of tables.
    pub fields: toml::Table,
    /// Every top-level array of tables but the hazards.
    pub lists: Vec<TableList>,
    /// The hazards, in order.
    pub hazards: Vec<Hazard>,
}

/// The risk matrix: its `rating` rows as a grid when they make one, and its other keys (with
/// `rating` among them when it is not a grid).
pub struct Matrix {
    /// The ratings, ranked.
    pub grid: Option<MatrixGrid>,
    /// The matrix's other keys.
    pub fields: toml::Table,
}

/// The matrix's `rating` rows, likelihood down and severity across, each rating with its rank
/// from 1 (lowest) to 5 (highest). Ratings that are numbers rank by value; others in the order
/// `meaning` lists them, or first met.
pub struct MatrixGrid {
    /// The column labels (`severity`).
    pub severity: Vec<String>,
    /// The row labels (`likelihood`).
    pub likelihood: Vec<String>,
    /// How many columns: as many as the first row has ratings.
    pub columns: usize,
    /// Each row's ratings, as text, with their rank.
    pub rows: Vec<Vec<(String, usize)>>,
}

/// An array of tables under its key.
pub struct TableList {
    /// The key.
    pub key: String,
    /// The tables (as values, since a row may not be a table).
    pub rows: Vec<toml::Value>,
}

/// One `[[hazard]]`.
pub struct Hazard {
    /// Its `id` (`?` without one).
    pub id: String,
    /// Its `hazard`, the title.
    pub title: String,
    /// Every key but `id` that is not an array of tables.
    pub fields: toml::Table,
    /// Its arrays of tables (the controls).
    pub lists: Vec<TableList>,
}

impl HazardLog {
    /// The hazard log in `toml_text`.
    pub fn read(toml_text: &str) -> Self {
        let table: toml::Table = match toml_text.parse() {
            Ok(table) => table,
            Err(e) => return HazardLog::Unreadable(e.to_string()),
        };
        let matrix = match table.get("matrix") {
            Some(toml::Value::Table(matrix)) => {
                // The rating rows are shown as the grid when they make one, and as a field otherwise.
                let grid = matrix_grid(matrix);
                let fields = matrix
                    .iter()
                    .filter(|(k, _)| !(grid.is_some() && k.as_str() == "rating"))
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect();
                Some(Matrix { grid, fields })
            }
            _ => None,
        };
        let fields = table
            .iter()
            .filter(|(k, v)| !matches!(k.as_str(), "matrix" | "hazard") && !is_table_array(v))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        let lists = table_lists(table.iter().filter(|(k, _)| k.as_str() != "hazard"));
        let hazards = table.get("hazard").and_then(toml::Value::as_array).map_or_else(Vec::new, |hazards| {
            hazards
                .iter()
                .filter_map(toml::Value::as_table)
                .map(|hazard| {
                    let text = |key: &str, default: &str| {
                        hazard.get(key).and_then(toml::Value::as_str).unwrap_or(default).to_owned()
                    };
                    Hazard {
                        id: text("id", "?"),
                        title: text("hazard", ""),
                        fields: hazard
                            .iter()
                            .filter(|(k, v)| k.as_str() != "id" && !is_table_array(v))
                            .map(|(k, v)| (k.clone(), v.clone()))
                            .collect(),
                        lists: table_lists(hazard.iter()),
                    }
                })
                .collect()
        });
        HazardLog::Read(HazardLogTable { matrix, fields, lists, hazards })
    }
}

/// The arrays of tables among `entries`, in order.
fn table_lists<'a>(entries: impl Iterator<Item = (&'a String, &'a toml::Value)>) -> Vec<TableList> {
    entries
        .filter_map(|(key, value)| match value {
            toml::Value::Array(rows) if is_table_array(value) => {
                Some(TableList { key: key.clone(), rows: rows.clone() })
            }
            _ => None,
        })
        .collect()
}

fn is_table_array(value: &toml::Value) -> bool {
    matches!(value, toml::Value::Array(items) if !items.is_empty() && items.iter().all(toml::Value::is_table))
}

/// A TOML value as plain text (the crate's `Display` is a feature this build leaves out).
pub fn scalar(value: &toml::Value) -> String {
    match value {
        toml::Value::String(s) => s.clone(),
        toml::Value::Integer(i) => i.to_string(),
        toml::Value::Float(f) => f.to_string(),
        toml::Value::Boolean(b) => b.to_string(),
        toml::Value::Datetime(d) => d.to_string(),
        toml::Value::Array(items) => items.iter().map(scalar).collect::<Vec<_>>().join(", "),
        toml::Value::Table(t) => t.iter().map(|(k, v)| format!("{k} = {}", scalar(v))).collect::<Vec<_>>().join("; "),
    }
}

/// The matrix's `rating` rows ranked, if it has any: lowest r1, highest r5, the rest spread between.
fn matrix_grid(matrix: &toml::Table) -> Option<MatrixGrid> {
    let labels = |key: &str| -> Vec<String> {
        matrix.get(key).and_then(toml::Value::as_array).map(|a| a.iter().map(scalar).collect()).unwrap_or_default()
    };
    let rows = matrix.get("rating").and_then(toml::Value::as_array)?;
    let rows: Vec<Vec<toml::Value>> = rows.iter().filter_map(|r| r.as_array().cloned()).collect();
    if rows.is_empty() {
        return None;
    }
    let mut ranks: Vec<String> = vec![];
    if let Some(toml::Value::Table(meaning)) = matrix.get("meaning") {
        ranks.extend(meaning.keys().cloned());
    }
    for v in rows.iter().flatten() {
        if !ranks.contains(&scalar(v)) {
            ranks.push(scalar(v));
        }
    }
    if rows.iter().flatten().all(|v| v.as_integer().is_some() || v.as_float().is_some()) {
        ranks.sort_by(|a, b| a.parse::<f64>().unwrap_or(0.0).total_cmp(&b.parse::<f64>().unwrap_or(0.0)));
    }
    let rank = |text: &String| {
        let i = ranks.iter().position(|r| r == text).unwrap_or(0);
        if ranks.len() <= 1 { 1 } else { 1 + i * 4 / (ranks.len() - 1) }
    };
    Some(MatrixGrid {
        severity: labels("severity"),
        likelihood: labels("likelihood"),
        columns: rows[0].len(),
        rows: rows.iter().map(|row| row.iter().map(scalar).map(|text| (text.clone(), rank(&text))).collect()).collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conditions_read_in_words() {
        let when = When::YesWhenFragile(Sign::MinorFall, &[Sign::OsteoporosisOrSteroids], 70);
        assert_eq!(
            Described(&when).to_string(),
            "yes to minor_fall, and yes to osteoporosis_or_steroids or aged 70 or over"
        );
        let when = When::AgeFromLastingWithTrend(50, 2.0, &[Trend::Unchanged, Trend::Worse]);
        assert_eq!(
            Described(&when).to_string(),
            "aged 50 or over, lasted 2 weeks or more, and the pain is unchanged or worse"
        );
    }
}
