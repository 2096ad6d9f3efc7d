//! The safety case pack (issue 25, item 2): one self-contained HTML file per country and
//! language for the body that deploys the widget, generated from the code so that it cannot
//! drift from what readers see (`triage safety-case --country NO --lang nb [--since 2.1]`).
//!
//! It holds the intended use, every question in order, every result a reader in the country can
//! get (rendered by [`result_page`], the widget's own result screen), every advice and reason
//! text beside its sources, the rule table, the numbers and services, the review-by date, the
//! hazard log and the content changelog (both read from `docs/safety/` when compiling), what
//! changed since an earlier content version, a sign-off block, and every text of the language
//! by where it is. It prints well: inline CSS with `@media print`, no script, and nothing that
//! makes the browser fetch anything (no `<link>`, `<img>`, `src=`, fonts or CSS `url(`); plain
//! links to the sources are kept for the reader of the pack to follow.
//!
//! The pack's own headings and notes are in English (a deploying body's safety officer reads
//! them in any of the four countries); every text a reader sees is in the pack's language.
//!
//! Native only (`src/lib.rs`): nothing here is in any WASM.

use std::fmt::{self, Write};

use serde_json::Value;

use crate::clinic::Clinic;
use crate::content_snapshot;
use crate::country::{Country, DkRegion, Place};
use crate::date::CalendarDate;
use crate::decision::rules::{self, Applies, Effect, NO_WARNING_SIGNS, When};
use crate::decision::sources::{CONTENT_CHECKED, CONTENT_VERSION, Source};
use crate::decision::{Advice, Answers, Sign, Signs, Trend};
use crate::follow_up::{FollowUpKind, follow_up};
use crate::i18n::{Lang, Texts, cited_parts, dk_region_name, fill_place};
use crate::questionnaire::{Draft, DurationChoice, EMERGENCY_SIGNS, Question, STEPS};
use crate::render::html::escape;
use crate::render::result_screen::{Clock, result_page};
use crate::review::{self, Status};

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

const STYLE: &str = "
:root { color: #111; background: #fff; font: 11pt/1.45 system-ui, -apple-system, 'Segoe UI', sans-serif; }
body { margin: 0 auto; max-width: 60rem; padding: 1rem 1.5rem 3rem; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.3rem; border-bottom: 2px solid #333; margin-top: 2.5rem; }
h3 { font-size: 1.1rem; margin-top: 1.6rem; } h4 { font-size: 1rem; }
a { color: #0b4f9c; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { border: 1px solid #777; padding: .3rem .45rem; text-align: left; vertical-align: top; }
td { overflow-wrap: anywhere; } td ul { margin: 0; padding-left: 1.1rem; }
th { background: #eee; }
code, .path { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .9em; word-break: break-all; }
.pack-note { background: #f3f3f3; border-left: 4px solid #555; padding: .4rem .7rem; }
.reader { border-left: 4px solid #0b4f9c; padding-left: .7rem; }
.exit { font-weight: bold; color: #8a1c1c; }
.overdue { color: #b00000; font-weight: bold; }
.ok { color: #145c14; font-weight: bold; }
.result-case { border: 2px solid #555; border-radius: .4rem; margin: 1rem 0 1.5rem; }
tr, li, .result-case > h3, .result-case > p.case { break-inside: avoid; }
.result-case > h3 { break-after: avoid; }
.result-case > h3 { margin: 0; padding: .4rem .7rem; background: #e8e8e8; }
.result-case > p.case { margin: 0; padding: .3rem .7rem; background: #f6f6f6; font-size: .9em; }
.screen.result { display: block; padding: .5rem 1rem 1rem; }
.screen.result .headline, .screen.result h2 { font-size: 1.25rem; border: 0; margin: .5rem 0; }
.screen.result .primary { display: inline-block; background: #8a1c1c; color: #fff; padding: .4rem .8rem; border-radius: .3rem; }
.screen.result button { font: inherit; }
.screen.result p.source { font-size: .9em; color: #333; }
.screen.result .hours { display: block; font-size: .9em; }
.screen.result .print-only { display: none; }
.screen.result .headline.emergency h2 { color: #8a1c1c; }
.matrix td { text-align: center; font-weight: bold; }
.r1 { background: #cdebcd; } .r2 { background: #e6f0b8; } .r3 { background: #fff0b0; }
.r4 { background: #ffd2a8; } .r5 { background: #f5b5b5; }
.hazard { border-top: 1px solid #999; margin-top: 1.2rem; }
dl.fields { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
dl.fields dt { font-weight: bold; } dl.fields dd { margin: 0; }
.diff td { width: 40%; } .diff td.path { width: 20%; }
.signoff td { height: 2.6rem; } .signoff th { width: 25%; }
@page { size: A4; margin: 15mm 14mm; }
@media print {
  :root { font-size: 10pt; } body { max-width: none; padding: 0; overflow-wrap: anywhere; }
  nav { display: none; }
  section > h2 { break-before: page; } h2.first { break-before: avoid; }
  a { color: #000; }
  a[href^='http']::after { content: ' <' attr(href) '>'; font-size: .8em; word-break: break-all; }
  .screen.result button { display: none; }
  .screen.result .print-only { display: block; }
  .signoff { page-break-inside: avoid; }
}
";

/// The pack as one HTML document.
pub fn pack(request: PackRequest) -> Result<String, PackError> {
    let since = match request.since {
        Some(v) => Some((v, snapshot_of(v).ok_or_else(|| PackError::NoSnapshot(v.to_owned()))?)),
        None => None,
    };
    let p = Pack {
        country: request.country,
        lang: request.lang,
        place: request.country.into(),
        t: request.lang.texts(),
        today: request.today,
    };
    let mut out = String::new();
    p.head(&mut out);
    p.intended_use(&mut out);
    p.questions(&mut out);
    p.results(&mut out);
    p.advice_and_reasons(&mut out);
    p.rule_table(&mut out);
    p.services(&mut out);
    p.review(&mut out);
    hazard_log(&mut out, HAZARD_LOG);
    changelog(&mut out, CONTENT_CHANGELOG);
    p.changes(&mut out, since.as_ref().map(|(v, s)| (*v, s)));
    signoff(&mut out);
    p.every_text(&mut out);
    out.push_str("</main></body></html>\n");
    Ok(out)
}

/// The sections, in order: their ids and headings (the contents list and each `<h2>`).
const SECTIONS: [(&str, &str); 13] = [
    ("intended-use", "1. Intended use, and what it is not for"),
    ("questions", "2. The questions, as the reader sees them"),
    ("results", "3. Every result a reader can get"),
    ("advice", "3b. Every advice and reason text, with its sources"),
    ("rules", "4. The rule table"),
    ("services", "4b. Numbers and services"),
    ("review", "5. Review-by date"),
    ("hazards", "6. Hazard log"),
    ("changelog", "7. Content changelog"),
    ("changes", "8. What changed since an earlier version"),
    ("signoff", "9. Sign-off by the deploying body"),
    ("texts", "10. Every text the reader can see, by where it is"),
    ("end", ""),
];

fn h2(out: &mut String, id: &str) {
    let heading = SECTIONS.iter().find(|(i, _)| *i == id).map_or("", |(_, h)| h);
    let class = if id == "intended-use" { " class=\"first\"" } else { "" };
    let _ = write!(out, "<section aria-labelledby=\"h-{id}\"><h2 id=\"h-{id}\"{class}>{}</h2>", escape(heading));
}

/// The sources as links (each with a public page) or text, in the reader's language as the
/// result screen cites them.
fn source_links(sources: &[Source], lang: Lang) -> String {
    let parts: Vec<String> = cited_parts(sources, lang)
        .into_iter()
        .map(|(text, url)| match url {
            Some(url) => format!("<a href=\"{}\" rel=\"noreferrer\">{}</a>", escape(url), escape(&text)),
            None => escape(&text),
        })
        .collect();
    if parts.is_empty() { "—".to_owned() } else { parts.join("; ") }
}

struct Pack {
    country: Country,
    lang: Lang,
    place: Place,
    t: &'static Texts,
    today: CalendarDate,
}

/// One example result: what the reader answered, in English, and the answers.
struct Case {
    label: &'static str,
    answers: &'static str,
    draft: Draft,
}

impl Pack {
    /// `template` filled for the place, escaped.
    fn fill(&self, template: &str) -> String {
        escape(&fill_place(template, self.lang, self.place))
    }

    fn lang_attr(&self) -> &'static str {
        self.lang.code()
    }

    fn head(&self, out: &mut String) {
        let (c, l) = (self.country, self.lang);
        let review = review::review(c);
        let status = review.status_on(self.today);
        let _ = write!(
            out,
            "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
             <title>Safety case pack: back-pain-triage, {country} ({code}), {lang_name} ({lang})</title>\
             <style>{STYLE}</style></head><body><main>\
             <h1>Safety case pack: back-pain-triage for {country}, in {lang_name}</h1>\
             <table><tbody>\
             <tr><th scope=\"row\">Country</th><td>{country} ({code})</td></tr>\
             <tr><th scope=\"row\">Language</th><td><span lang=\"{lang}\">{lang_name}</span> ({lang})</td></tr>\
             <tr><th scope=\"row\">Content version</th><td>{CONTENT_VERSION}</td></tr>\
             <tr><th scope=\"row\">Content checked against its sources</th><td>{CONTENT_CHECKED}</td></tr>\
             <tr><th scope=\"row\">Review by</th><td>{review_by}</td></tr>\
             <tr><th scope=\"row\">Pack made on</th><td>{today}</td></tr>\
             </tbody></table>\
             <p class=\"pack-note\">Generated by <code>triage safety-case</code> from the code that the widget runs: \
             every question, result and text below is what a reader sees. The headings and notes of this pack are \
             in English; every text a reader sees is in {lang_name} ({lang}), exactly as the widget shows it, \
             filled in for {country}.</p><nav aria-label=\"Contents\"><h2 class=\"first\" id=\"contents\">Contents</h2><ol>",
            country = country_name(c),
            code = c.code(),
            lang_name = escape(self.t.language_name),
            lang = l.code(),
            review_by = review_by_html(review.review_by, status),
            today = self.today.iso(),
        );
        for (id, heading) in SECTIONS.iter().filter(|(id, _)| *id != "end") {
            let _ = write!(out, "<li><a href=\"#h-{id}\">{}</a></li>", escape(heading));
        }
        out.push_str("</ol></nav>");
    }

    fn intended_use(&self, out: &mut String) {
        let t = self.t;
        h2(out, "intended-use");
        let _ = write!(
            out,
            "<p>What the widget says of itself on its first screen, before any question (title, introduction, \
             disclaimer, privacy, and the emergency line):</p><div class=\"reader\" lang=\"{}\">\
             <p><strong>{}</strong></p><p>{}</p><p>{}</p><p>{}</p><p>{} <a href=\"tel:{}\">{}</a></p></div>\
             <p>Content version <strong>{CONTENT_VERSION}</strong>, checked against its sources on \
             <strong>{CONTENT_CHECKED}</strong>. Basis in {}: {}.</p>\
             <p class=\"pack-note\">Not for: a diagnosis; readers under 16 (sent to a doctor within days instead); \
             pain that is not low back pain; anyone who needs help now (the emergency number is on every screen). \
             It is a decision aid, not a certified medical device: the deploying body is responsible for its \
             regulatory assessment (MDR / UK MDR) before use.</p></section>",
            self.lang_attr(),
            self.fill(t.title),
            self.fill(t.intro),
            self.fill(t.disclaimer),
            self.fill(t.privacy),
            self.fill(t.emergency_lead),
            escape(&Country::dial(self.country.emergency_number())),
            escape(self.country.emergency_number()),
            country_name(self.country),
            source_links(self.country.guidance().basis, self.lang),
        );
    }

    fn questions(&self, out: &mut String) {
        let t = self.t;
        h2(out, "questions");
        let _ = write!(
            out,
            "<p>{} steps, in order, one screen each. The first three ask only about pressure on the nerves at the \
             base of the spine; a <strong>yes</strong> to a question marked <em>early exit</em> ends the questions \
             at once and shows the emergency result (<code>EMERGENCY_SIGNS</code>). Each question is answered \
             <span lang=\"{l}\">«{}»</span> or <span lang=\"{l}\">«{}»</span> unless shown otherwise. Buttons: \
             <span lang=\"{l}\">«{}»</span>, <span lang=\"{l}\">«{}»</span>, <span lang=\"{l}\">«{}»</span>, \
             <span lang=\"{l}\">«{}»</span>; an unanswered question: <span lang=\"{l}\">«{}»</span>.</p>",
            STEPS.len(),
            self.fill(t.yes),
            self.fill(t.no),
            self.fill(t.next),
            self.fill(t.back),
            self.fill(t.show_result),
            self.fill(t.show_what_to_do_now),
            self.fill(t.please_answer),
            l = self.lang_attr(),
        );
        for (i, step) in STEPS.iter().enumerate() {
            let _ = write!(
                out,
                "<h3>Step {} of {} (<code>{}</code>): <span lang=\"{}\">{}</span></h3><ol class=\"reader\" lang=\"{}\">",
                i + 1,
                STEPS.len(),
                step.id.as_str(),
                self.lang_attr(),
                self.fill(t.step_headings.get(step.id)),
                self.lang_attr(),
            );
            for question in step.questions {
                let (prompt, extra) = match *question {
                    Question::Sign(sign) => (t.signs.get(sign), String::new()),
                    Question::Age => (&t.age, format!("<p>{}</p>", self.fill(t.age_invalid))),
                    Question::Duration => (&t.duration, self.choices(&t.duration_choices)),
                    Question::Trend => (&t.trend, self.choices(&t.trend_choices)),
                };
                let _ = write!(
                    out,
                    "<li><p><strong>{}</strong> <code lang=\"en\">{}</code></p>",
                    self.fill(prompt.question),
                    question.field().name()
                );
                if !prompt.hint.is_empty() {
                    let _ = write!(out, "<p>{}</p>", self.fill(prompt.hint));
                }
                out.push_str(&extra);
                if let Question::Sign(sign) = question
                    && EMERGENCY_SIGNS.contains(sign)
                {
                    out.push_str(
                        "<p class=\"exit\" lang=\"en\">Early exit: a yes ends the questions here and shows the \
                         emergency result.</p>",
                    );
                }
                out.push_str("</li>");
            }
            out.push_str("</ol>");
        }
        out.push_str("</section>");
    }

    fn choices(&self, choices: &[&str]) -> String {
        let items: String = choices.iter().map(|c| format!("<li>{}</li>", self.fill(c))).collect();
        format!("<ul>{items}</ul>")
    }

    /// The example results: each urgency, each kind of emergency, long-lasting pain, and each
    /// kind of follow-up that the country's marks allow.
    fn cases(&self) -> Vec<Case> {
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
            Case {
                label: "Emergency: a sign of pressure on the nerves (early exit)",
                answers: "yes to saddle numbness; the questions end there",
                draft: early(Sign::SaddleNumbness),
            },
            Case {
                label: "Emergency: a serious accident (early exit, the injury route)",
                answers: "no to the three nerve questions, yes to a serious accident",
                draft: early(Sign::Trauma),
            },
            Case {
                label: "Urgent: a doctor today",
                answers: "40 years, 1 week, getting better, yes to new weakness in a leg",
                draft: full(40, D::OneWeek, Trend::Better, &[Sign::LegWeakness]),
            },
            Case {
                label: "Soon: a doctor within days",
                answers: "40 years, under 1 week, unchanged, yes to worried",
                draft: full(40, D::UnderOneWeek, Trend::Unchanged, &[Sign::Worried]),
            },
            Case {
                label: "Soon, the follow-up date close to the appointment",
                answers: "40 years, 3 weeks, getting better, yes to worried",
                draft: full(40, D::ThreeWeeks, Trend::Better, &[Sign::Worried]),
            },
            Case {
                label: "Soon, not better after 4 weeks: the appointment is the follow-up",
                answers: "40 years, 6–7 weeks, unchanged, no to every sign",
                draft: full(40, D::SixToEightWeeks, Trend::Unchanged, &[]),
            },
            Case {
                label: "Self-care, with a dated follow-up",
                answers: "40 years, under 1 week, getting better, no to every sign",
                draft: full(40, D::UnderOneWeek, Trend::Better, &[]),
            },
            Case {
                label: "Self-care, past the mark and getting better: no date",
                answers: "40 years, 6–7 weeks, getting better, no to every sign",
                draft: full(40, D::SixToEightWeeks, Trend::Better, &[]),
            },
            Case {
                label: "Self-care or soon at 2 weeks, not better (Sweden's mark)",
                answers: "40 years, 2 weeks, unchanged, no to every sign",
                draft: full(40, D::TwoWeeks, Trend::Unchanged, &[]),
            },
            Case {
                label: "Long-lasting (12+ weeks), getting better",
                answers: "40 years, more than 12 weeks, getting better, no to every sign",
                draft: full(40, D::OverThreeMonths, Trend::Better, &[]),
            },
            Case {
                label: "Long-lasting (12+ weeks), not better",
                answers: "40 years, more than 12 weeks, unchanged, no to every sign",
                draft: full(40, D::OverThreeMonths, Trend::Unchanged, &[]),
            },
            Case {
                label: "Long-lasting (12+ weeks), with a lot of impact on daily life",
                answers: "60 years, more than 12 weeks, worse, yes to pain below the knee and to a large impact",
                draft: full(60, D::OverThreeMonths, Trend::Worse, &[Sign::PainBelowKnee, Sign::MajorImpact]),
            },
        ]
    }

    fn results(&self, out: &mut String) {
        h2(out, "results");
        let _ = write!(
            out,
            "<p>Each result below is the widget's own result screen (<code>result_screen::result_page</code>) for \
             the answers given, in {}, with no host clinic, on {} (dates written as YYYY-MM-DD; the widget writes \
             them in the reader's language). Its folded parts are shown open, and its buttons do nothing here.</p>",
            country_name(self.country),
            self.today.iso()
        );
        let clock = Clock::fixed(self.today);
        for (n, case) in self.cases().into_iter().enumerate() {
            let Some(page) = result_page(&case.draft, self.lang, self.place, &Clinic::default(), None, &clock) else {
                continue;
            };
            let outcome_line = match case.draft.answers() {
                Some(a) => {
                    let outcome = crate::decision::evaluate_in(&a, Some(self.country));
                    let follow = case
                        .draft
                        .duration
                        .zip(case.draft.trend)
                        .and_then(|(d, t)| follow_up(outcome.urgency, self.country, d, t, self.today));
                    format!(
                        "Urgency <code>{}</code>; follow-up: {}.",
                        outcome.urgency.as_str(),
                        follow.map_or("none".to_owned(), |f| follow_up_words(f.kind, f.date))
                    )
                }
                None => "Urgency <code>emergency</code>; no follow-up (nothing may distract from the call).".to_owned(),
            };
            let _ = write!(
                out,
                "<article class=\"result-case\" aria-labelledby=\"case-{n}\"><h3 id=\"case-{n}\">{}</h3>\
                 <p class=\"case\">Answers: {}. {}</p><div lang=\"{}\"><div class=\"screen result\">{}</div></div></article>",
                escape(case.label),
                escape(case.answers),
                outcome_line,
                self.lang_attr(),
                embeddable(&page.html, n),
            );
        }
        out.push_str("</section>");
    }

    fn advice_and_reasons(&self, out: &mut String) {
        let (t, c) = (self.t, self.country);
        h2(out, "advice");
        out.push_str(
            "<p>Every advice item a reader in this country can be given, and every reason, with the sources the \
             reader sees beside it.</p><h3>Advice</h3><table><thead><tr><th scope=\"col\">Code</th>\
             <th scope=\"col\">Text</th><th scope=\"col\">Sources</th></tr></thead><tbody>",
        );
        for advice in Advice::ALL {
            let text = t.advice.get(advice, c);
            let _ = write!(
                out,
                "<tr><td><code>{}</code></td><td lang=\"{}\"><strong>{}</strong><br>{}</td><td>{}</td></tr>",
                advice.code(),
                self.lang_attr(),
                self.fill(text.title),
                self.fill(text.body),
                source_links(c.guidance().advice_sources(advice), self.lang)
            );
        }
        out.push_str(
            "</tbody></table><h3>Reasons</h3><table><thead><tr><th scope=\"col\">Rule</th><th scope=\"col\">Text</th>\
             <th scope=\"col\">Sources</th></tr></thead><tbody>",
        );
        let ids = rules::table(Some(c)).map(|r| r.id).chain([NO_WARNING_SIGNS]);
        for id in ids {
            let _ = write!(
                out,
                "<tr><td><code>{}</code></td><td lang=\"{}\">{}</td><td>{}</td></tr>",
                id.as_str(),
                self.lang_attr(),
                self.fill(t.reasons.get(id, c)),
                source_links(c.guidance().reason_sources(id), self.lang)
            );
        }
        out.push_str("</tbody></table></section>");
    }

    fn rule_table(&self, out: &mut String) {
        h2(out, "rules");
        let _ = write!(
            out,
            "<p>The rules that apply in {} (<code>rules::table(Some({}))</code>), most urgent first. The urgency \
             is the highest any rule that fires raises it to; rules only add, so one more yes, or a longer \
             duration, never lowers it. The sources are those a reader in this country is shown for the rule's \
             reason (<code>Guidance::reason_sources</code>).</p><table><thead><tr><th scope=\"col\">Rule</th><th scope=\"col\">Applies</th>\
             <th scope=\"col\">When</th><th scope=\"col\">Effect</th><th scope=\"col\">Sources</th></tr></thead><tbody>",
            country_name(self.country),
            self.country.code()
        );
        for rule in rules::table(Some(self.country)) {
            let applies = match rule.applies {
                Applies::Everywhere => "every country".to_owned(),
                Applies::In(only) => format!("only {}", country_name(only)),
            };
            let effect = match rule.effect {
                Effect::Raises(u) => format!("raises the urgency to <code>{}</code>", u.as_str()),
                Effect::Advises(codes) => format!(
                    "adds advice {}",
                    codes.iter().map(|a| format!("<code>{}</code>", a.code())).collect::<Vec<_>>().join(", ")
                ),
            };
            let _ = write!(
                out,
                "<tr><td><code>{}</code></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                rule.id.as_str(),
                applies,
                escape(&Described(&rule.when).to_string()),
                effect,
                source_links(self.country.guidance().reason_sources(rule.id), self.lang),
            );
        }
        let _ = write!(
            out,
            "<tr><td><code>{}</code></td><td>every country</td><td>no other rule fires</td>\
             <td>self-care</td><td>{}</td></tr></tbody></table></section>",
            NO_WARNING_SIGNS.as_str(),
            source_links(self.country.guidance().reason_sources(NO_WARNING_SIGNS), self.lang)
        );
    }

    fn services(&self, out: &mut String) {
        let c = self.country;
        let names = (self.t.services)(c);
        h2(out, "services");
        let _ = write!(
            out,
            "<p>Checked against the pages below on {CONTENT_CHECKED}.</p><table><tbody>\
             <tr><th scope=\"row\">Emergency number</th><td><a href=\"tel:{}\">{}</a></td></tr>\
             <tr><th scope=\"row\">Out-of-hours / advice number</th><td>{}</td></tr>\
             <tr><th scope=\"row\">Emergency route (nerve signs)</th><td><code>{}</code></td></tr>\
             <tr><th scope=\"row\">Injury route (serious accident)</th><td><code>{}</code></td></tr>\
             <tr><th scope=\"row\">Pages the emergency route is checked against</th><td>{}</td></tr>\
             <tr><th scope=\"row\">Pages the injury route is checked against</th><td>{}</td></tr>\
             </tbody></table>",
            escape(&Country::dial(c.emergency_number())),
            escape(c.emergency_number()),
            c.out_of_hours_number().map_or_else(
                || "by region (below)".to_owned(),
                |n| format!("<a href=\"tel:{}\">{}</a>", escape(&Country::dial(n)), escape(n))
            ),
            c.emergency_route().as_str(),
            c.injury_route().as_str(),
            source_urls(c.guidance().emergency),
            source_urls(c.guidance().injury),
        );
        let _ = write!(
            out,
            "<h3>Service names in <span lang=\"{l}\">{}</span></h3><table><thead><tr><th scope=\"col\">Field</th>\
             <th scope=\"col\">Text (filled in)</th></tr></thead><tbody>",
            escape(self.t.language_name),
            l = self.lang_attr()
        );
        for (field, text) in content_snapshot::debug_paths(&names) {
            if !text.is_empty() {
                let _ = write!(
                    out,
                    "<tr><td><code>{}</code></td><td lang=\"{}\">{}</td></tr>",
                    escape(&field),
                    self.lang_attr(),
                    self.fill(&text)
                );
            }
        }
        out.push_str("</tbody></table>");
        if c == Country::Dk {
            out.push_str(
                "<h3>Danish regions</h3><p>Each region's out-of-hours line; the names the reader sees on the pack's \
                 date (Region Hovedstaden and Region Sjælland are parts of Region Østdanmark from 2027-01-01).</p>\
                 <table><thead><tr><th scope=\"col\">Code</th><th scope=\"col\">Region</th><th scope=\"col\">Line</th>\
                 <th scope=\"col\">Number</th><th scope=\"col\">Hours</th><th scope=\"col\">Checked against</th>\
                 </tr></thead><tbody>",
            );
            for region in DkRegion::ALL {
                let n = region.out_of_hours_number();
                let page = region.checked_against();
                let _ = write!(
                    out,
                    "<tr><td>{}</td><td lang=\"{l}\">{}</td><td>{}</td><td><a href=\"tel:{}\">{}</a></td>\
                     <td lang=\"{l}\">{}</td><td><a href=\"{}\" rel=\"noreferrer\">{}</a></td></tr>",
                    region.code(),
                    escape(&dk_region_name(self.lang, region, self.today)),
                    escape(region.service_name()),
                    escape(&Country::dial(n)),
                    escape(n),
                    self.fill(self.t.care.dk_hours.get(region.open())),
                    escape(page),
                    escape(page),
                    l = self.lang_attr(),
                );
            }
            out.push_str("</tbody></table>");
        }
        out.push_str("</section>");
    }

    fn review(&self, out: &mut String) {
        h2(out, "review");
        out.push_str(
            "<p>Each country's content must be checked against its sources again by its review-by date \
             (<code>src/review.rs</code>, which gives the reasons for each date). A date that has passed on the \
             day the pack was made is shown as OVERDUE.</p><table><thead><tr><th scope=\"col\">Country</th>\
             <th scope=\"col\">Checked</th><th scope=\"col\">Review by</th><th scope=\"col\">Check first</th>\
             </tr></thead><tbody>",
        );
        for (r, status) in review::status_on(self.today) {
            let _ = write!(
                out,
                "<tr><td>{}{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                escape(country_name(r.country)),
                if r.country == self.country { " (this pack)" } else { "" },
                r.checked.iso(),
                review_by_html(r.review_by, status),
                escape(r.first)
            );
        }
        out.push_str("</tbody></table></section>");
    }

    fn changes(&self, out: &mut String, since: Option<(&str, &Value)>) {
        h2(out, "changes");
        let Some((version, old)) = since else {
            let known: Vec<&str> = SNAPSHOTS.iter().map(|(v, _)| *v).collect();
            let _ = write!(
                out,
                "<p>Not requested: make the pack with <code>--since VERSION</code> (snapshots: {}) to list every \
                 text of this language, and this country's service texts, that changed since then.</p></section>",
                known.join(", ")
            );
            return;
        };
        let l = self.lang.code();
        let c = self.country.code();
        let old_texts = old.pointer(&format!("/texts/{l}"));
        let old_services = old.pointer(&format!("/services/{l}/{c}"));
        let mut rows: Vec<(String, Option<String>, Option<String>)> = vec![];
        let mut compare = |prefix: &str, old: Option<&Value>, new: serde_json::Map<String, Value>| {
            let old = old.and_then(Value::as_object).cloned().unwrap_or_default();
            let mut paths: Vec<&String> = old.keys().chain(new.keys()).collect();
            paths.sort();
            paths.dedup();
            for path in paths {
                let (o, n) = (old.get(path).and_then(Value::as_str), new.get(path).and_then(Value::as_str));
                if o != n {
                    rows.push((format!("{prefix}{path}"), o.map(str::to_owned), n.map(str::to_owned)));
                }
            }
        };
        compare("", old_texts, content_snapshot::texts(self.lang));
        compare(&format!("services.{c}."), old_services, content_snapshot::services(self.lang, self.country));
        let _ = write!(
            out,
            "<p>Every text of <span lang=\"{l}\">{}</span>, and {}'s service texts, that differs between content \
             version {} and {CONTENT_VERSION}: {} in all. Both sides are filled in for {} as the widget fills them \
             today; \u{2014} means the text did not exist.</p>\
             <table class=\"diff\"><thead><tr><th scope=\"col\">Where</th><th scope=\"col\">{} (old)</th>\
             <th scope=\"col\">{CONTENT_VERSION} (new)</th></tr></thead><tbody>",
            escape(self.t.language_name),
            country_name(self.country),
            escape(version),
            rows.len(),
            country_name(self.country),
            escape(version),
        );
        for (path, old, new) in rows {
            let side = |text: Option<String>| text.map_or("\u{2014}".to_owned(), |t| self.fill(&t));
            let _ = write!(
                out,
                "<tr><td class=\"path\">{}</td><td lang=\"{l}\">{}</td><td lang=\"{l}\">{}</td></tr>",
                escape(&path),
                side(old),
                side(new)
            );
        }
        out.push_str("</tbody></table></section>");
    }

    fn every_text(&self, out: &mut String) {
        h2(out, "texts");
        let _ = write!(
            out,
            "<p>Every text of the widget in <span lang=\"{l}\">{}</span>, keyed by its place in <code>Texts</code> \
             (the same keys as the content snapshots), filled in for {}; then {}'s service texts. Placeholders \
             filled only when shown (a date, a step number, a host's clinic name) stay in braces.</p>\
             <table><thead><tr><th scope=\"col\">Where</th><th scope=\"col\">Text</th></tr></thead><tbody>",
            escape(self.t.language_name),
            country_name(self.country),
            country_name(self.country),
            l = self.lang_attr()
        );
        let texts = content_snapshot::debug_paths(self.t).into_iter().chain(
            content_snapshot::debug_paths(&(self.t.services)(self.country))
                .into_iter()
                .map(|(p, t)| (format!("services.{}.{p}", self.country.code()), t)),
        );
        for (path, text) in texts.filter(|(_, t)| !t.is_empty()) {
            let _ = write!(
                out,
                "<tr><td class=\"path\">{}</td><td lang=\"{}\">{}</td></tr>",
                escape(&path),
                self.lang_attr(),
                self.fill(&text)
            );
        }
        out.push_str("</tbody></table></section>");
    }
}

/// The review-by date, marked OVERDUE (in red) once it has passed.
fn review_by_html(review_by: CalendarDate, status: Status) -> String {
    match status {
        Status::Overdue { days_over } => {
            format!("<span class=\"overdue\">{} OVERDUE ({days_over} days)</span>", review_by.iso())
        }
        Status::DueSoon { days_left } => {
            format!("<span class=\"ok\">{}</span> (due in {days_left} days)", review_by.iso())
        }
        Status::Current { .. } => format!("<span class=\"ok\">{}</span>", review_by.iso()),
    }
}

/// The addresses of `sources`, as links (a source without one by its citation).
fn source_urls(sources: &[Source]) -> String {
    sources
        .iter()
        .map(|s| match s.url {
            Some(url) => format!("<a href=\"{}\" rel=\"noreferrer\">{}</a>", escape(url), escape(s.citation)),
            None => escape(s.citation),
        })
        .collect::<Vec<_>>()
        .join("; ")
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

/// The result screen's markup as it sits in the pack: its folded parts open (a reviewer, and
/// the paper, must see all of it), and its ids made unique to the case, since the pack holds
/// many result screens and an id must name one element.
fn embeddable(html: &str, case: usize) -> String {
    let mut html = html.replace("<details", "<details open");
    for attr in ["id=\"", "for=\"", "aria-labelledby=\"", "aria-describedby=\"", "aria-controls=\"", "href=\"#"] {
        html = html.replace(&format!(" {attr}"), &format!(" {attr}r{case}-"));
    }
    html
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

/// The hazard log, rendered from whatever keys it has: a `[matrix]` as a coloured grid when it
/// has `severity`, `likelihood` and `rating` rows, every other top-level key as a field, and
/// every `[[hazard]]` with all its fields and its `[[hazard.controls]]` as a table.
pub fn hazard_log(out: &mut String, toml_text: &str) {
    h2(out, "hazards");
    out.push_str("<p>From <code>docs/safety/hazard-log.toml</code> as committed with this version.</p>");
    let table: toml::Table = match toml_text.parse() {
        Ok(table) => table,
        Err(e) => {
            let _ = write!(
                out,
                "<p class=\"overdue\">The hazard log could not be read: {}</p></section>",
                escape(&e.to_string())
            );
            return;
        }
    };
    if let Some(toml::Value::Table(matrix)) = table.get("matrix") {
        out.push_str("<h3>Risk matrix</h3>");
        // The rating rows are shown as the grid when they make one, and as a field otherwise.
        let drawn = matrix_grid(out, matrix);
        let rest: toml::Table = matrix
            .iter()
            .filter(|(k, _)| !(drawn && k.as_str() == "rating"))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        fields(out, &rest);
    }
    let other: toml::Table = table
        .iter()
        .filter(|(k, v)| !matches!(k.as_str(), "matrix" | "hazard") && !is_table_array(v))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    if !other.is_empty() {
        fields(out, &other);
    }
    // Other arrays of tables (e.g. a list of owners) as tables of their own.
    for (key, value) in table.iter().filter(|(k, v)| k.as_str() != "hazard" && is_table_array(v)) {
        let _ = write!(out, "<h3><code>{}</code></h3>", escape(key));
        if let toml::Value::Array(rows) = value {
            table_of(out, rows);
        }
    }
    let hazards = table.get("hazard").and_then(toml::Value::as_array).cloned().unwrap_or_default();
    for hazard in hazards.iter().filter_map(toml::Value::as_table) {
        let id = hazard.get("id").and_then(toml::Value::as_str).unwrap_or("?");
        let title = hazard.get("hazard").and_then(toml::Value::as_str).unwrap_or("");
        let _ = write!(
            out,
            "<article class=\"hazard\" aria-labelledby=\"hazard-{id}\"><h3 id=\"hazard-{id}\">{}: {}</h3>",
            escape(id),
            escape(title),
            id = escape(id)
        );
        let own: toml::Table = hazard
            .iter()
            .filter(|(k, v)| k.as_str() != "id" && !is_table_array(v))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        fields(out, &own);
        for (key, value) in hazard.iter().filter(|(_, v)| is_table_array(v)) {
            let _ = write!(out, "<h4>{} <code>{}</code></h4>", escape(id), escape(key));
            if let toml::Value::Array(rows) = value {
                table_of(out, rows);
            }
        }
        out.push_str("</article>");
    }
    out.push_str("</section>");
}

fn is_table_array(value: &toml::Value) -> bool {
    matches!(value, toml::Value::Array(items) if !items.is_empty() && items.iter().all(toml::Value::is_table))
}

/// A TOML value as HTML: strings escaped, arrays as lists, tables as field lists.
fn value_html(value: &toml::Value) -> String {
    match value {
        toml::Value::String(s) => escape(s),
        toml::Value::Array(items) if items.is_empty() => "—".to_owned(),
        toml::Value::Array(items) if items.iter().all(|i| !i.is_table() && !i.is_array()) && items.len() <= 3 => {
            items.iter().map(value_html).collect::<Vec<_>>().join(", ")
        }
        toml::Value::Array(items) => {
            let inner: String = items.iter().map(|i| format!("<li>{}</li>", value_html(i))).collect();
            format!("<ul>{inner}</ul>")
        }
        toml::Value::Table(t) => {
            let mut s = String::new();
            fields(&mut s, t);
            s
        }
        other => escape(&scalar(other)),
    }
}

/// A TOML value as plain text (the crate's `Display` is a feature this build leaves out).
fn scalar(value: &toml::Value) -> String {
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

fn fields(out: &mut String, table: &toml::Table) {
    out.push_str("<dl class=\"fields\">");
    for (key, value) in table {
        let _ = write!(out, "<dt>{}</dt><dd>{}</dd>", escape(key), value_html(value));
    }
    out.push_str("</dl>");
}

/// An array of tables as one table, with a column for every key any row has (in the order
/// first met, with the controls' usual fields first).
fn table_of(out: &mut String, rows: &[toml::Value]) {
    let mut columns: Vec<String> = vec![];
    for key in ["control", "kind", "status", "by", "tests"] {
        if rows.iter().any(|r| r.get(key).is_some()) {
            columns.push(key.to_owned());
        }
    }
    for row in rows.iter().filter_map(toml::Value::as_table) {
        for key in row.keys() {
            if !columns.contains(key) {
                columns.push(key.clone());
            }
        }
    }
    out.push_str("<table><thead><tr>");
    for c in &columns {
        let _ = write!(out, "<th scope=\"col\">{}</th>", escape(c));
    }
    out.push_str("</tr></thead><tbody>");
    for row in rows {
        out.push_str("<tr>");
        for c in &columns {
            let _ = write!(out, "<td>{}</td>", row.get(c).map_or(String::new(), value_html));
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table>");
}

/// The matrix's `rating` rows as a grid, likelihood down and severity across, each cell
/// coloured by its rating's rank among the ratings (lowest green, highest red). Ratings that
/// are numbers rank by value; others in the order `meaning` lists them, or first met.
fn matrix_grid(out: &mut String, matrix: &toml::Table) -> bool {
    let labels = |key: &str| -> Vec<String> {
        matrix.get(key).and_then(toml::Value::as_array).map(|a| a.iter().map(scalar).collect()).unwrap_or_default()
    };
    let (severity, likelihood) = (labels("severity"), labels("likelihood"));
    let Some(rows) = matrix.get("rating").and_then(toml::Value::as_array) else { return false };
    let rows: Vec<Vec<toml::Value>> = rows.iter().filter_map(|r| r.as_array().cloned()).collect();
    if rows.is_empty() {
        return false;
    }
    let text = |v: &toml::Value| scalar(v);
    let mut ranks: Vec<String> = vec![];
    if let Some(toml::Value::Table(meaning)) = matrix.get("meaning") {
        ranks.extend(meaning.keys().cloned());
    }
    for v in rows.iter().flatten() {
        if !ranks.contains(&text(v)) {
            ranks.push(text(v));
        }
    }
    if rows.iter().flatten().all(|v| v.as_integer().is_some() || v.as_float().is_some()) {
        ranks.sort_by(|a, b| a.parse::<f64>().unwrap_or(0.0).total_cmp(&b.parse::<f64>().unwrap_or(0.0)));
    }
    let class = |v: &toml::Value| {
        let i = ranks.iter().position(|r| *r == text(v)).unwrap_or(0);
        // Lowest r1, highest r5, the rest spread between.
        if ranks.len() <= 1 { 1 } else { 1 + i * 4 / (ranks.len() - 1) }
    };
    out.push_str(
        "<table class=\"matrix\"><caption>Likelihood (rows) by severity (columns)</caption><thead><tr><td></td>",
    );
    for (j, _) in rows[0].iter().enumerate() {
        let _ = write!(out, "<th scope=\"col\">{}</th>", escape(severity.get(j).map_or("", String::as_str)));
    }
    out.push_str("</tr></thead><tbody>");
    for (i, row) in rows.iter().enumerate() {
        let _ = write!(out, "<tr><th scope=\"row\">{}</th>", escape(likelihood.get(i).map_or("", String::as_str)));
        for v in row {
            let _ = write!(out, "<td class=\"r{}\">{}</td>", class(v), escape(&text(v)));
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table>");
    true
}

/// The content changelog: headings, bullets (with their continuation lines) and paragraphs,
/// escaped, with `code` spans.
pub fn changelog(out: &mut String, markdown: &str) {
    h2(out, "changelog");
    out.push_str("<p>From <code>docs/safety/content-changelog.md</code> as committed with this version.</p>");
    out.push_str(&markdown_html(markdown));
    out.push_str("</section>");
}

/// A minimal markdown: `#` headings (one level below the section's), `- ` bullets and
/// paragraphs; every text escaped, backticks as `<code>`.
pub fn markdown_html(markdown: &str) -> String {
    #[derive(PartialEq)]
    enum Open {
        Nothing,
        Paragraph,
        List,
    }
    let mut out = String::new();
    let mut open = Open::Nothing;
    let mut item = String::new();
    let flush_item = |out: &mut String, item: &mut String| {
        if !item.is_empty() {
            let _ = write!(out, "<li>{}</li>", inline(item));
            item.clear();
        }
    };
    for line in markdown.lines() {
        let trimmed = line.trim();
        let close = |out: &mut String, open: &mut Open, item: &mut String| {
            match open {
                Open::Paragraph => out.push_str("</p>"),
                Open::List => {
                    flush_item(out, item);
                    out.push_str("</ul>");
                }
                Open::Nothing => {}
            }
            *open = Open::Nothing;
        };
        if trimmed.is_empty() {
            close(&mut out, &mut open, &mut item);
        } else if let Some(rest) = trimmed.strip_prefix('#') {
            close(&mut out, &mut open, &mut item);
            let level = 1 + rest.chars().take_while(|c| *c == '#').count();
            let text = rest.trim_start_matches('#').trim();
            let h = (level + 2).min(6);
            let _ = write!(out, "<h{h}>{}</h{h}>", inline(text));
        } else if let Some(rest) = trimmed.strip_prefix("- ").filter(|_| !line.starts_with("  ")) {
            if open != Open::List {
                close(&mut out, &mut open, &mut item);
                out.push_str("<ul>");
                open = Open::List;
            }
            flush_item(&mut out, &mut item);
            item.push_str(rest);
        } else if open == Open::List {
            item.push(' ');
            item.push_str(trimmed);
        } else {
            if open == Open::Nothing {
                out.push_str("<p>");
                open = Open::Paragraph;
            } else {
                out.push(' ');
            }
            out.push_str(&inline(trimmed));
        }
    }
    match open {
        Open::Paragraph => out.push_str("</p>"),
        Open::List => {
            flush_item(&mut out, &mut item);
            out.push_str("</ul>");
        }
        Open::Nothing => {}
    }
    out
}

/// One line of markdown text: escaped, with `code` spans.
fn inline(text: &str) -> String {
    escape(text)
        .split('`')
        .enumerate()
        .map(|(i, part)| if i % 2 == 1 { format!("<code>{part}</code>") } else { part.to_owned() })
        .collect()
}

/// The sign-off block for the deploying body: empty fields to fill in on paper.
fn signoff(out: &mut String) {
    h2(out, "signoff");
    out.push_str(
        "<p>The deploying body confirms that it has read this pack for the country and language above, that the \
         residual risks in the hazard log are acceptable for its use, and that the review-by date is in its \
         plans. Fill in by hand.</p>",
    );
    for role in ["Clinical safety officer", "Responsible for the deployment"] {
        let _ = write!(
            out,
            "<table class=\"signoff\"><caption>{role}</caption><tbody>\
             <tr><th scope=\"row\">Name</th><td></td></tr><tr><th scope=\"row\">Role</th><td></td></tr>\
             <tr><th scope=\"row\">Organisation</th><td></td></tr><tr><th scope=\"row\">Date</th><td></td></tr>\
             <tr><th scope=\"row\">Signature</th><td></td></tr></tbody></table>"
        );
    }
    out.push_str("</section>");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_matrix_is_a_grid_coloured_from_lowest_to_highest_rating() {
        let toml = "[matrix]\nseverity = [\"minor\", \"major\"]\nlikelihood = [\"low\", \"high\"]\n\
                    rating = [[1, 2], [3, 5]]\nacceptable_up_to = 2\n\n[[hazard]]\nid = \"H99\"\nhazard = \"x\"\n\
                    [[hazard.controls]]\ncontrol = \"c\"\nstatus = \"done\"\ntests = [\"a\", \"b\"]\n";
        let mut out = String::new();
        hazard_log(&mut out, toml);
        assert!(out.contains("<td class=\"r1\">1</td><td class=\"r2\">2</td>"), "{out}");
        assert!(out.contains("<td class=\"r3\">3</td>"), "{out}");
        assert!(out.contains("<td class=\"r5\">5</td>"), "{out}");
        assert!(out.contains("<th scope=\"col\">major</th>") && out.contains("<th scope=\"row\">high</th>"));
        assert!(out.contains("<dt>acceptable_up_to</dt><dd>2</dd>"), "{out}");
        assert!(
            out.contains("H99: x") && out.contains("<th scope=\"col\">status</th>") && out.contains("<td>done</td>")
        );
    }

    #[test]
    fn a_matrix_whose_ratings_are_not_rows_is_shown_as_its_fields() {
        let mut out = String::new();
        hazard_log(&mut out, "[matrix]\nrating = { high = \"red\" }\n");
        assert!(!out.contains("class=\"matrix\""), "{out}");
        assert!(out.contains("<dt>rating</dt>") && out.contains("<dt>high</dt><dd>red</dd>"), "{out}");
    }

    #[test]
    fn markdown_headings_bullets_and_paragraphs_are_escaped() {
        let html = markdown_html("# Log\n\nA <b> & `code`\nmore.\n\n## 2.0\n\n- one\n  two\n- three\n");
        assert_eq!(
            html,
            "<h3>Log</h3><p>A &lt;b&gt; &amp; <code>code</code> more.</p><h4>2.0</h4><ul><li>one two</li><li>three</li></ul>"
        );
    }

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
