//! The safety case pack (`triage safety-case`, crates/triage/src/safety_case.rs), the content snapshots
//! (`triage content-snapshot`, docs/safety/content/) and the review-by dates (`triage
//! content-status`, crates/triage/src/review.rs). Every date is given: nothing here starts failing by itself
//! when a review-by date passes.
use crate::common;

use std::process::Command;

use common::markup::{Find, Markup, all_text, document, text};
use scraper::ElementRef;
use serde_json::Value;
use triage::content_snapshot::{self, debug_paths};
use triage::country::Country;
use triage::date::CalendarDate;
use triage::decision::rules::{self, RULES};
use triage::decision::sources::CONTENT_VERSION;
use triage::i18n::{Lang, fill_place};
use triage::questionnaire::{EMERGENCY_SIGNS, Question, STEPS};
use triage::render::safety_case::pack;
use triage::safety_case::{HAZARD_LOG, Pack, PackRequest};

fn date(year: i32, month: u32, day: u32) -> CalendarDate {
    CalendarDate::new(year, month, day).expect("a date")
}

const CHECKED: CalendarDate = CalendarDate::constant(2026, 12, 7);

fn make(country: Country, lang: Lang, today: CalendarDate, since: Option<&str>) -> String {
    pack(&Pack::gather(PackRequest { country, lang, today, since }).expect("a pack"))
}

/// `pack` parsed, after checking that it is a well-formed page (`<!doctype html>` first).
fn parsed(pack: &str) -> Markup {
    document(pack)
}

/// The section of `pack` that the heading with id `h-{id}` names.
fn section<'a>(pack: &'a Markup, id: &str) -> ElementRef<'a> {
    let section = pack.one(&format!("section[aria-labelledby=\"h-{id}\"]"));
    assert_eq!(section.count(&format!("h2[id=\"h-{id}\"]")), 1, "the heading of {id}");
    section
}

fn triage(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_triage")).args(args).output().expect("triage runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn every_pack_holds_every_text_of_its_language_and_countrys_services_as_the_reader_sees_it() {
    let snapshot = content_snapshot::snapshot();
    for country in Country::ALL {
        for lang in Lang::ALL {
            let pack = all_text(&parsed(&make(country, lang, CHECKED, None)));
            let texts = snapshot["texts"][lang.code()].as_object().expect("texts");
            let services = snapshot["services"][lang.code()][country.code()].as_object().expect("services");
            assert!(texts.len() > 150 && services.len() >= 8, "{lang:?}");
            let mut missing = vec![];
            for (path, text) in texts.iter().chain(services) {
                let text = text.as_str().expect("a string");
                if text.is_empty() {
                    continue;
                }
                let shown = fill_place(text, lang, country.into());
                if !pack.contains(&shown) {
                    missing.push(format!("{path}: {shown}"));
                }
            }
            assert!(missing.is_empty(), "{country:?} {lang:?}: not in the pack:\n{}", missing.join("\n"));
        }
    }
}

#[test]
fn the_questions_section_asks_every_question_in_order_and_marks_each_early_exit() {
    for lang in Lang::ALL {
        let pack = parsed(&make(Country::No, lang, CHECKED, None));
        let questions = section(&pack, "questions");
        let t = lang.texts();
        let items = questions.all("ol.reader > li");
        let asked: Vec<Question> = STEPS.iter().flat_map(|step| step.questions.iter().copied()).collect();
        assert_eq!(items.len(), asked.len(), "{lang:?}: one item per question");
        for (&item, question) in items.iter().zip(asked) {
            let text_of = match question {
                Question::Sign(s) => t.signs.get(s).question,
                Question::Age => t.age.question,
                Question::Duration => t.duration.question,
                Question::Trend => t.trend.question,
            };
            let shown = fill_place(text_of, lang, Country::No.into());
            let first = item.first("p > strong").map(text);
            assert_eq!(first.as_deref(), Some(shown.as_str()), "{lang:?}: {question:?} not in order");
            let exits: Vec<String> = item.all(".exit").into_iter().map(text).collect();
            let marked = exits.iter().any(|e| e.starts_with("Early exit"));
            let is_exit = matches!(question, Question::Sign(s) if EMERGENCY_SIGNS.contains(&s));
            assert_eq!(marked, is_exit, "{lang:?}: {question:?} early exit marked {marked}");
        }
        assert_eq!(text(questions).matches("Early exit").count(), EMERGENCY_SIGNS.len());
    }
}

#[test]
fn the_results_section_renders_the_widgets_result_for_each_emergency_kind_and_urgency() {
    for country in Country::ALL {
        let pack = parsed(&make(country, Lang::En, CHECKED, None));
        let results = section(&pack, "results");
        let said = text(results);
        let services = (Lang::En.texts().services)(country);
        for headline in [services.emergency_headline, services.injury_headline] {
            assert!(said.contains(&fill_place(headline, Lang::En, country.into())), "{country:?}");
        }
        // Each case's urgency, as code after "Urgency ".
        let urgencies: Vec<String> = results
            .all("p.case > code")
            .into_iter()
            .filter(|code| {
                code.prev_sibling().and_then(|n| n.value().as_text()).is_some_and(|t| t.ends_with("Urgency "))
            })
            .map(text)
            .collect();
        for urgency in ["urgent", "soon", "self_care"] {
            assert!(urgencies.iter().any(|u| u == urgency), "{country:?} {urgency}: {urgencies:?}");
        }
        for follow_up in ["dated: check by", "undated: the appointment is the follow-up", "undated: what to do if"] {
            assert!(said.contains(follow_up), "{country:?}: no {follow_up}");
        }
        assert!(said.contains("Long-lasting (12+ weeks)"));
        // The result screens are embedded with their folded parts open.
        assert!(results.count("details:not([open])") == 0 && results.count("details[open]") > 0);
    }
}

#[test]
fn every_rule_of_the_countrys_table_and_every_hazard_is_in_its_pack() {
    let log: toml::Table = HAZARD_LOG.parse().expect("the hazard log parses");
    let hazards: Vec<String> = log["hazard"]
        .as_array()
        .expect("hazards")
        .iter()
        .map(|h| h["id"].as_str().expect("an id").to_owned())
        .collect();
    assert!(hazards.len() >= 11, "{hazards:?}");
    for country in Country::ALL {
        for lang in Lang::ALL {
            let pack = parsed(&make(country, lang, CHECKED, None));
            // Each row's rule id: the code that is its first cell.
            let ids: Vec<String> =
                section(&pack, "rules").all("tr > td:first-child > code:only-child").into_iter().map(text).collect();
            for rule in RULES {
                let shown = ids.iter().any(|id| id == rule.id.as_str());
                let applies = rules::table(Some(country)).any(|r| r.id == rule.id);
                assert_eq!(shown, applies, "{country:?} {lang:?}: {}", rule.id.as_str());
            }
            for id in &hazards {
                let heading = pack.one(&format!("h3[id=\"hazard-{id}\"]"));
                assert!(text(heading).starts_with(&format!("{id}: ")), "{country:?} {lang:?}: {id}");
            }
        }
    }
}

#[test]
fn since_2_1_the_pack_shows_each_changed_text_with_its_old_and_new_wording() {
    let old: Value =
        serde_json::from_str(include_str!("../../../docs/safety/content/2.1.json")).expect("the 2.1 snapshot parses");
    assert_eq!(old["version"], "2.1");
    let before = old["texts"]["nb"]["signs.trauma.question"].as_str().expect("2.1 had the trauma question");
    let after = Lang::Nb.texts().signs.trauma.question;
    assert_ne!(before, after, "the trauma question changed since 2.1 (clinical review 2026-12-07 §3.1)");
    let pack = parsed(&make(Country::No, Lang::Nb, CHECKED, Some("2.1")));
    let changes = section(&pack, "changes");
    // Each row by its path, the first cell: the row's cells' texts.
    let rows: Vec<Vec<String>> = changes
        .all("tr")
        .into_iter()
        .filter(|row| row.first("td.path:first-child").is_some())
        .map(|row| row.all("td").into_iter().map(text).collect())
        .collect();
    let row = rows.iter().find(|row| row[0] == "signs.trauma.question").expect("a row for signs.trauma.question");
    let place = Country::No.into();
    assert!(row.contains(&fill_place(before, Lang::Nb, place)), "{row:?}");
    assert!(row.contains(&fill_place(after, Lang::Nb, place)), "{row:?}");
    // Only what changed: a text the same in both is not listed.
    assert_eq!(old["texts"]["nb"]["yes"].as_str(), Some(Lang::Nb.texts().yes));
    assert!(!rows.iter().any(|row| row[0] == "yes"));
    // Without --since, no comparison.
    let without = parsed(&make(Country::No, Lang::Nb, CHECKED, None));
    assert!(!text(section(&without, "changes")).contains("signs.trauma.question"));
}

#[test]
fn no_pack_makes_the_browser_fetch_anything() {
    for country in Country::ALL {
        for lang in Lang::ALL {
            for since in [None, Some("2.1")] {
                let pack = make(country, lang, CHECKED, since);
                // A well-formed page, `<!doctype html>` first, with no element that fetches.
                let markup = parsed(&pack);
                let fetching = "script, link, img, iframe, object, embed, [src]";
                assert_eq!(markup.count(fetching), 0, "{country:?} {lang:?} {since:?}");
                // Nor does its stylesheet.
                let style: String = markup.all("style").into_iter().map(text).collect();
                for request in ["@import", "url("] {
                    assert!(!style.to_ascii_lowercase().contains(request), "{country:?} {lang:?} {since:?}: {request}");
                }
                assert!(style.contains("@media print"));
            }
        }
    }
}

/// The review-by date of the pack's header (the cell after the row's heading "Review by"),
/// and the text of its `<span class="overdue">` if it is shown overdue.
fn review_by(pack: &str) -> (String, Option<String>) {
    let markup = parsed(pack);
    let rows: Vec<ElementRef> = markup
        .all("tr")
        .into_iter()
        .filter(|row| row.first("th[scope=\"row\"]").is_some_and(|th| text(th) == "Review by"))
        .collect();
    let [row] = rows[..] else { panic!("{} review-by rows", rows.len()) };
    let overdue = row.first("span.overdue").map(text);
    assert_eq!(overdue.is_some(), text(row).contains("OVERDUE"), "{}", text(row));
    (text(row.one("td")), overdue)
}

#[test]
fn a_pack_made_after_its_countrys_review_by_date_shows_it_overdue_and_not_before() {
    // Denmark's review-by date is 2027-01-15; the others' 2027-06-07.
    let dk_on = |day| make(Country::Dk, Lang::Da, day, None);
    assert_eq!(review_by(&dk_on(date(2027, 1, 15))).1, None);
    let late = dk_on(date(2027, 1, 16));
    let overdue = "2027-01-15 OVERDUE (1 days)".to_owned();
    assert_eq!(review_by(&late), (overdue.clone(), Some(overdue)));
    // Norway's pack on that day: its own date is fine; Denmark's, in the table of every
    // country's, is overdue.
    let no = make(Country::No, Lang::Nb, date(2027, 1, 16), None);
    assert_eq!(review_by(&no).1, None);
    assert_eq!(section(&parsed(&no), "review").count("span.overdue"), 1);
    assert!(review_by(&make(Country::No, Lang::Nb, date(2027, 6, 8), None)).1.is_some());
    assert_eq!(parsed(&make(Country::Gb, Lang::En, CHECKED, None)).count("span.overdue"), 0);
}

#[test]
fn content_status_prints_each_countrys_dates_and_what_is_due_on_the_given_day() {
    let (code, out, err) = triage(&["content-status", "--today", "2027-01-16"]);
    assert_eq!((code, err.as_str()), (0, ""));
    assert!(out.contains("DK       2026-12-07  2027-01-15  OVERDUE by 1 days"), "{out}");
    assert!(out.contains("NO       2026-12-07  2027-06-07  ok, 142 days left"), "{out}");
    assert!(out.contains("  DK: Region Østdanmark"), "{out}");
    assert!(!out.contains("  NO: "), "{out}");

    let (code, out, _) = triage(&["content-status", "--today", "2026-12-07"]);
    assert_eq!(code, 0);
    assert!(out.contains("nothing due") && !out.contains("OVERDUE"), "{out}");

    let (code, out, _) = triage(&["content-status", "--today", "2027-05-20"]);
    assert_eq!(code, 0);
    assert!(out.contains("NO       2026-12-07  2027-06-07  due in 18 days"), "{out}");
}

#[test]
fn the_cli_prints_the_same_pack_as_the_library() {
    let (code, out, err) =
        triage(&["safety-case", "--country", "SE", "--lang", "sv", "--since", "2.1", "--today", "2026-12-07"]);
    assert_eq!((code, err.as_str()), (0, ""));
    assert_eq!(out.trim_end(), make(Country::Se, Lang::Sv, CHECKED, Some("2.1")).trim_end());
}

#[test]
fn an_unknown_or_missing_country_language_version_or_date_is_exit_2_naming_the_flag() {
    let cases: [(&[&str], &str); 7] = [
        (&["safety-case", "--country", "FI", "--lang", "nb"], "--country"),
        (&["safety-case", "--lang", "nb"], "--country"),
        (&["safety-case", "--country", "NO", "--lang", "fi"], "--lang"),
        (&["safety-case", "--country", "NO", "--lang", "nb", "--since", "1.0"], "--since"),
        (&["safety-case", "--country", "NO", "--since"], "--since"),
        (&["safety-case", "--country", "NO", "--today", "2027-02-30"], "--today"),
        (&["content-status", "--today", "tomorrow"], "--today"),
    ];
    for (args, flag) in cases {
        let (code, out, err) = triage(args);
        assert_eq!(code, 2, "{args:?}");
        assert!(out.is_empty(), "{args:?}: {out}");
        assert!(err.contains(flag), "{args:?}: {err}");
    }
}

#[test]
fn a_today_that_is_no_day_is_exit_2_naming_the_part_that_is_wrong() {
    let cases = [
        ("2027-02-29", "the day is wrong: day 29 is not in 2027-02 (1-28)"),
        ("2026-04-31", "the day is wrong: day 31 is not in 2026-04 (1-30)"),
        ("2026-12-00", "the day is wrong"),
        ("2026-13-01", "the month is wrong: month 13 is not 1-12"),
        ("2026-00-10", "the month is wrong"),
        ("2026-+1-01", "is not a date YYYY-MM-DD"),
        ("2026-1-01", "is not a date YYYY-MM-DD"),
        ("2026-01-01-01", "is not a date YYYY-MM-DD"),
    ];
    for (today, why) in cases {
        let (code, out, err) = triage(&["content-status", "--today", today]);
        assert_eq!((code, out.as_str()), (2, ""), "{today}");
        assert!(err.starts_with(&format!("triage: --today \"{today}\"")) && err.contains(why), "{today}: {err}");
    }
    let (code, _, err) = triage(&["content-status", "--today", "2028-02-29"]);
    assert_eq!((code, err.as_str()), (0, ""));
}

#[test]
fn the_snapshot_has_every_text_once_under_its_own_path() {
    for lang in Lang::ALL {
        // The same strings as the content tests' walk, each under a path of its own.
        let paths = debug_paths(lang.texts());
        let strings = common::debug_strings(lang.texts());
        assert_eq!(paths.iter().map(|(_, t)| t.clone()).collect::<Vec<_>>(), strings, "{lang:?}");
        assert_eq!(content_snapshot::texts(lang).len(), paths.len(), "{lang:?}: two texts share a path");
        let t = lang.texts();
        let texts = content_snapshot::texts(lang);
        for (path, text) in [
            ("signs.trauma.question", t.signs.trauma.question),
            ("duration_choices.7", t.duration_choices[7]),
            ("advice.pain_relief_danish.body", t.advice.pain_relief_danish.body),
            ("care.safety_net.emergency_signs.2", t.care.safety_net.emergency_signs[2]),
            ("care.dk_hours.when_own_doctor_closed", t.care.dk_hours.when_own_doctor_closed),
        ] {
            assert_eq!(texts.get(path).and_then(Value::as_str), Some(text), "{lang:?} {path}");
        }
        for country in Country::ALL {
            let services = content_snapshot::services(lang, country);
            assert_eq!(services.len(), common::debug_strings(&(t.services)(country)).len());
            assert_eq!(services["gp"], (t.services)(country).gp);
        }
    }
}

#[test]
fn the_committed_snapshot_of_this_content_version_is_what_content_snapshot_prints() {
    let path = format!("docs/safety/content/{CONTENT_VERSION}.json");
    let committed =
        std::fs::read_to_string(std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../..")).join(&path))
            .unwrap_or_else(|e| {
                panic!("{path}: {e}; write it with `cargo run -p triage-cli -- content-snapshot > {path}`")
            });
    let (code, printed, _) = triage(&["content-snapshot"]);
    assert_eq!(code, 0);
    assert!(
        committed.trim_end() == printed.trim_end(),
        "{path} is not what `triage content-snapshot` prints: the content changed since it was written. \
         Regenerate it with `cargo run -p triage-cli -- content-snapshot > {path}` (and raise CONTENT_VERSION \
         with a changelog entry if the change is new)"
    );
}

#[test]
fn every_committed_snapshot_can_be_compared_with_and_names_its_own_version() {
    let dir = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../..")).join("docs/safety/content");
    let mut versions: Vec<String> = std::fs::read_dir(&dir)
        .expect("docs/safety/content")
        .filter_map(|e| e.ok()?.file_name().to_str()?.strip_suffix(".json").map(str::to_owned))
        .collect();
    versions.sort();
    let known: Vec<&str> = triage::safety_case::SNAPSHOTS.iter().map(|(v, _)| *v).collect();
    assert_eq!(
        versions, known,
        "add each docs/safety/content/<version>.json to SNAPSHOTS in crates/triage/src/safety_case.rs"
    );
    assert!(known.contains(&CONTENT_VERSION));
    for version in known {
        let snapshot = triage::safety_case::snapshot_of(version).expect("it parses");
        assert_eq!(snapshot["version"], version);
    }
}
