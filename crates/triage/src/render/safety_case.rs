//! The safety case pack's markup: one self-contained HTML document per country and language,
//! made from what [`crate::safety_case`] gathers (the hazard log, the content changelog, the
//! example results, the changes since an earlier version). The data is read there; here it
//! is only laid out, with [`Html`], so that every text in the pack is escaped by construction.
//!
//! It prints well: inline CSS with `@media print`, no script, and nothing that makes the
//! browser fetch anything (no `<link>`, `<img>`, `src=`, fonts or CSS `url(`); plain links to
//! the sources are kept for the reader of the pack to follow.
//!
//! Native only (`src/render/mod.rs`): nothing here is in any WASM.

use crate::clinic::Clinic;
use crate::content_snapshot;
use crate::country::{Country, DkRegion};
use crate::date::CalendarDate;
use crate::decision::Advice;
use crate::decision::rules::{self, Applies, Effect, NO_WARNING_SIGNS};
use crate::decision::sources::{CONTENT_CHECKED, CONTENT_VERSION, Source};
use crate::i18n::{Lang, cited_parts, dk_region_name, fill_place};
use crate::questionnaire::{EMERGENCY_SIGNS, Question, STEPS};
use crate::render::html::{Fixed, Html};
use crate::render::markup;
use crate::render::result_screen::{Clock, result_page};
use crate::review::{self, Status};
use crate::safety_case::{
    Changes, Described, HazardLog, HazardLogTable, Matrix, MatrixGrid, Pack, SNAPSHOTS, TableList, country_name, scalar,
};

/// The pack's stylesheet: a document of its own, read on screen and on paper.
const STYLE: Fixed = markup!("
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
");

/// The pack as one HTML document.
pub fn pack(p: &Pack) -> String {
    let mut h = Html::new();
    head(&mut h, p);
    intended_use(&mut h, p);
    questions(&mut h, p);
    results(&mut h, p);
    advice_and_reasons(&mut h, p);
    rule_table(&mut h, p);
    services(&mut h, p);
    review_dates(&mut h, p);
    hazard_log(&mut h, &p.hazard_log);
    changelog(&mut h, p.changelog);
    changes(&mut h, p);
    signoff(&mut h);
    every_text(&mut h, p);
    h.markup(markup!("</main></body></html>\n"));
    h.into_string()
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

/// The start of section `id`: its `<section>` and its heading.
fn h2(h: &mut Html, id: &str) {
    let heading = SECTIONS.iter().find(|(i, _)| *i == id).map_or("", |(_, h)| h);
    let label = format!("h-{id}");
    h.open("section").attr("aria-labelledby", &label).close_start();
    h.open("h2").attr("id", &label);
    if id == "intended-use" {
        h.attr("class", "first");
    }
    h.close_start().text(heading).end("h2");
}

/// `template` filled for the pack's place, as text.
fn text_for_place(h: &mut Html, p: &Pack, template: &str) {
    h.text(&fill_place(template, p.lang, p.place));
}

/// A text of the reader's language, in the pack's English: `<span lang>«text»</span>`.
fn quoted(h: &mut Html, p: &Pack, template: &str) {
    h.open("span").attr("lang", p.lang.code()).close_start().text("«");
    text_for_place(h, p, template);
    h.text("»").end("span");
}

/// `<th scope="row">label</th>` after `<tr>`, then the start of the row's `<td>`.
fn row_head(h: &mut Html, label: &str) {
    h.markup(markup!("<tr><th scope=\"row\">")).text(label).markup(markup!("</th><td>"));
}

/// `<th scope="col">label</th>`.
fn column(h: &mut Html, label: &str) {
    h.markup(markup!("<th scope=\"col\">")).text(label).end("th");
}

/// `<td><code>code</code></td>`: a row's key.
fn code_cell(h: &mut Html, code: &str) {
    h.markup(markup!("<td><code>")).text(code).markup(markup!("</code></td>"));
}

/// The start of a cell in the reader's language.
fn reader_cell(h: &mut Html, p: &Pack) {
    h.open("td").attr("lang", p.lang.code()).close_start();
}

/// `number` as a `tel:` link.
fn tel_link(h: &mut Html, number: &str) {
    h.open("a").attr("href", &format!("tel:{}", Country::dial(number))).close_start().text(number).end("a");
}

/// A link to a source's public page, opened without a referrer.
fn source_link(h: &mut Html, url: &str, text: &str) {
    h.open("a").attr("href", url).attr("rel", "noreferrer").close_start().text(text).end("a");
}

/// The sources as links (each with a public page) or text, in the reader's language as the
/// result screen cites them.
fn source_links(h: &mut Html, sources: &[Source], lang: Lang) {
    let parts = cited_parts(sources, lang);
    if parts.is_empty() {
        h.text("—");
    }
    for (i, (text, url)) in parts.into_iter().enumerate() {
        if i > 0 {
            h.text("; ");
        }
        match url {
            Some(url) => source_link(h, url, &text),
            None => {
                h.text(&text);
            }
        }
    }
}

/// The addresses of `sources`, as links (a source without one by its citation).
fn source_urls(h: &mut Html, sources: &[Source]) {
    for (i, s) in sources.iter().enumerate() {
        if i > 0 {
            h.text("; ");
        }
        match s.url {
            Some(url) => source_link(h, url, s.citation),
            None => {
                h.text(s.citation);
            }
        }
    }
}

/// The review-by date, marked OVERDUE (in red) once it has passed.
fn review_by(h: &mut Html, review_by: CalendarDate, status: Status) {
    match status {
        Status::Overdue { days_over } => {
            h.markup(markup!("<span class=\"overdue\">"))
                .text(&format!("{} OVERDUE ({days_over} days)", review_by.iso()))
                .end("span");
        }
        Status::DueSoon { days_left } => {
            h.markup(markup!("<span class=\"ok\">"))
                .text(&review_by.iso())
                .end("span")
                .text(&format!(" (due in {days_left} days)"));
        }
        Status::Current { .. } => {
            h.markup(markup!("<span class=\"ok\">")).text(&review_by.iso()).end("span");
        }
    }
}

fn head(h: &mut Html, p: &Pack) {
    let (c, l) = (p.country, p.lang.code());
    let review = review::review(c);
    let lang_name = p.t.language_name;
    h.markup(markup!(
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>Safety case pack: back-pain-triage, "
    ));
    h.text(&format!("{} ({}), {lang_name} ({l})", country_name(c), c.code()));
    h.markup(markup!("</title><style>"))
        .markup(STYLE)
        .markup(markup!("</style></head><body><main><h1>Safety case pack: back-pain-triage for "));
    h.text(&format!("{}, in {lang_name}", country_name(c))).end("h1");
    h.markup(markup!("<table><tbody>"));
    row_head(h, "Country");
    h.text(&format!("{} ({})", country_name(c), c.code())).markup(markup!("</td></tr>"));
    row_head(h, "Language");
    h.open("span").attr("lang", l).close_start().text(lang_name).end("span");
    h.text(&format!(" ({l})")).markup(markup!("</td></tr>"));
    row_head(h, "Content version");
    h.text(CONTENT_VERSION).markup(markup!("</td></tr>"));
    row_head(h, "Content checked against its sources");
    h.text(CONTENT_CHECKED).markup(markup!("</td></tr>"));
    row_head(h, "Review by");
    review_by(h, review.review_by, review.status_on(p.today));
    h.markup(markup!("</td></tr>"));
    row_head(h, "Pack made on");
    h.text(&p.today.iso()).markup(markup!("</td></tr>"));
    h.markup(markup!(
        "</tbody></table><p class=\"pack-note\">Generated by <code>triage safety-case</code> from the code that \
         the widget runs: every question, result and text below is what a reader sees. The headings and notes of \
         this pack are in English; every text a reader sees is in "
    ));
    h.text(&format!("{lang_name} ({l}), exactly as the widget shows it, filled in for {}.", country_name(c)));
    h.markup(markup!("</p><nav aria-label=\"Contents\"><h2 class=\"first\" id=\"contents\">Contents</h2><ol>"));
    for (id, heading) in SECTIONS.iter().filter(|(id, _)| *id != "end") {
        h.markup(markup!("<li>")).open("a").attr("href", &format!("#h-{id}")).close_start();
        h.text(heading).end("a").end("li");
    }
    h.markup(markup!("</ol></nav>"));
}

fn intended_use(h: &mut Html, p: &Pack) {
    let t = p.t;
    h2(h, "intended-use");
    h.markup(markup!(
        "<p>What the widget says of itself on its first screen, before any question (title, introduction, \
         disclaimer, privacy, and the emergency line):</p>"
    ));
    h.open("div").attr("class", "reader").attr("lang", p.lang.code()).close_start();
    h.markup(markup!("<p><strong>"));
    text_for_place(h, p, t.title);
    h.markup(markup!("</strong></p>"));
    for text in [t.intro, t.disclaimer, t.privacy] {
        h.markup(markup!("<p>"));
        text_for_place(h, p, text);
        h.end("p");
    }
    h.markup(markup!("<p>"));
    text_for_place(h, p, t.emergency_lead);
    h.text(" ");
    tel_link(h, p.country.emergency_number());
    h.markup(markup!("</p></div><p>Content version <strong>")).text(CONTENT_VERSION);
    h.markup(markup!("</strong>, checked against its sources on <strong>")).text(CONTENT_CHECKED);
    h.markup(markup!("</strong>. ")).text(&format!("Basis in {}: ", country_name(p.country)));
    source_links(h, p.country.guidance().basis, p.lang);
    h.markup(markup!(
        ".</p><p class=\"pack-note\">Not for: a diagnosis; readers under 16 (sent to a doctor within days \
         instead); pain that is not low back pain; anyone who needs help now (the emergency number is on every \
         screen). It is a decision aid, not a certified medical device: the deploying body is responsible for \
         its regulatory assessment (MDR / UK MDR) before use.</p></section>"
    ));
}

fn questions(h: &mut Html, p: &Pack) {
    let t = p.t;
    h2(h, "questions");
    h.markup(markup!("<p>")).number(STEPS.len());
    h.markup(markup!(
        " steps, in order, one screen each. The first three ask only about pressure on the nerves at the base \
         of the spine; a <strong>yes</strong> to a question marked <em>early exit</em> ends the questions at \
         once and shows the emergency result (<code>EMERGENCY_SIGNS</code>). Each question is answered "
    ));
    quoted(h, p, t.yes);
    h.text(" or ");
    quoted(h, p, t.no);
    h.text(" unless shown otherwise. Buttons: ");
    for (i, button) in [t.next, t.back, t.show_result, t.show_what_to_do_now].into_iter().enumerate() {
        if i > 0 {
            h.text(", ");
        }
        quoted(h, p, button);
    }
    h.text("; an unanswered question: ");
    quoted(h, p, t.please_answer);
    h.markup(markup!(".</p>"));
    for (i, step) in STEPS.iter().enumerate() {
        h.markup(markup!("<h3>")).text(&format!("Step {} of {} (", i + 1, STEPS.len()));
        h.element("code", step.id.as_str()).text("): ");
        h.open("span").attr("lang", p.lang.code()).close_start();
        text_for_place(h, p, t.step_headings.get(step.id));
        h.end("span").end("h3");
        h.open("ol").attr("class", "reader").attr("lang", p.lang.code()).close_start();
        for question in step.questions {
            let prompt = match *question {
                Question::Sign(sign) => t.signs.get(sign),
                Question::Age => &t.age,
                Question::Duration => &t.duration,
                Question::Trend => &t.trend,
            };
            h.markup(markup!("<li><p><strong>"));
            text_for_place(h, p, prompt.question);
            h.markup(markup!("</strong> <code lang=\"en\">")).text(question.field().name());
            h.markup(markup!("</code></p>"));
            if !prompt.hint.is_empty() {
                h.markup(markup!("<p>"));
                text_for_place(h, p, prompt.hint);
                h.end("p");
            }
            match *question {
                Question::Sign(_) => {}
                Question::Age => {
                    h.markup(markup!("<p>"));
                    text_for_place(h, p, t.age_invalid);
                    h.end("p");
                }
                Question::Duration => choices(h, p, &t.duration_choices),
                Question::Trend => choices(h, p, &t.trend_choices),
            }
            if let Question::Sign(sign) = question
                && EMERGENCY_SIGNS.contains(sign)
            {
                h.markup(markup!(
                    "<p class=\"exit\" lang=\"en\">Early exit: a yes ends the questions here and shows the \
                     emergency result.</p>"
                ));
            }
            h.end("li");
        }
        h.end("ol");
    }
    h.end("section");
}

fn choices(h: &mut Html, p: &Pack, choices: &[&str]) {
    h.markup(markup!("<ul>"));
    for choice in choices {
        h.markup(markup!("<li>"));
        text_for_place(h, p, choice);
        h.end("li");
    }
    h.end("ul");
}

fn results(h: &mut Html, p: &Pack) {
    h2(h, "results");
    h.markup(markup!(
        "<p>Each result below is the widget's own result screen (<code>result_screen::result_page</code>) for \
         the answers given, in "
    ));
    h.text(&format!("{}, with no host clinic, on {}", country_name(p.country), p.today.iso()));
    h.markup(markup!(
        " (dates written as YYYY-MM-DD; the widget writes them in the reader's language). Its folded parts are \
         shown open, and its buttons do nothing here.</p>"
    ));
    let clock = Clock::fixed(p.today);
    for (n, case) in p.cases.iter().enumerate() {
        let Some(page) = result_page(&case.draft, p.lang, p.place, &Clinic::default(), None, &clock) else {
            continue;
        };
        let id = format!("case-{n}");
        h.open("article").attr("class", "result-case").attr("aria-labelledby", &id).close_start();
        h.open("h3").attr("id", &id).close_start().text(case.label).end("h3");
        h.markup(markup!("<p class=\"case\">")).text(&format!("Answers: {}. Urgency ", case.answers));
        match &case.outcome {
            Some(outcome) => {
                h.element("code", outcome.urgency).text(&format!("; follow-up: {}.", outcome.follow_up));
            }
            None => {
                h.element("code", "emergency").text("; no follow-up (nothing may distract from the call).");
            }
        }
        h.end("p").open("div").attr("lang", p.lang.code()).close_start();
        h.markup(markup!("<div class=\"screen result\">"));
        h.append_rendered(&embeddable(&page.html, n));
        h.markup(markup!("</div></div></article>"));
    }
    h.end("section");
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

fn advice_and_reasons(h: &mut Html, p: &Pack) {
    let (t, c) = (p.t, p.country);
    h2(h, "advice");
    h.markup(markup!(
        "<p>Every advice item a reader in this country can be given, and every reason, with the sources the \
         reader sees beside it.</p><h3>Advice</h3><table><thead><tr><th scope=\"col\">Code</th>\
         <th scope=\"col\">Text</th><th scope=\"col\">Sources</th></tr></thead><tbody>"
    ));
    for advice in Advice::ALL {
        let text = t.advice.get(advice, c);
        h.markup(markup!("<tr>"));
        code_cell(h, advice.code());
        reader_cell(h, p);
        h.markup(markup!("<strong>"));
        text_for_place(h, p, text.title);
        h.markup(markup!("</strong><br>"));
        text_for_place(h, p, text.body);
        h.markup(markup!("</td><td>"));
        source_links(h, c.guidance().advice_sources(advice), p.lang);
        h.markup(markup!("</td></tr>"));
    }
    h.markup(markup!(
        "</tbody></table><h3>Reasons</h3><table><thead><tr><th scope=\"col\">Rule</th><th scope=\"col\">Text</th>\
         <th scope=\"col\">Sources</th></tr></thead><tbody>"
    ));
    for id in rules::table(Some(c)).map(|r| r.id).chain([NO_WARNING_SIGNS]) {
        h.markup(markup!("<tr>"));
        code_cell(h, id.as_str());
        reader_cell(h, p);
        text_for_place(h, p, t.reasons.get(id, c));
        h.markup(markup!("</td><td>"));
        source_links(h, c.guidance().reason_sources(id), p.lang);
        h.markup(markup!("</td></tr>"));
    }
    h.markup(markup!("</tbody></table></section>"));
}

fn rule_table(h: &mut Html, p: &Pack) {
    let c = p.country;
    h2(h, "rules");
    h.markup(markup!("<p>")).text(&format!("The rules that apply in {} (", country_name(c)));
    h.element("code", &format!("rules::table(Some({}))", c.code()));
    h.markup(markup!(
        "), most urgent first. The urgency is the highest any rule that fires raises it to; rules only add, so \
         one more yes, or a longer duration, never lowers it. The sources are those a reader in this country is \
         shown for the rule's reason (<code>Guidance::reason_sources</code>).</p><table><thead><tr>"
    ));
    for label in ["Rule", "Applies", "When", "Effect", "Sources"] {
        column(h, label);
    }
    h.markup(markup!("</tr></thead><tbody>"));
    for rule in rules::table(Some(c)) {
        h.markup(markup!("<tr>"));
        code_cell(h, rule.id.as_str());
        h.markup(markup!("<td>"));
        match rule.applies {
            Applies::Everywhere => h.text("every country"),
            Applies::In(only) => h.text(&format!("only {}", country_name(only))),
        };
        h.markup(markup!("</td><td>")).text(&Described(&rule.when).to_string());
        h.markup(markup!("</td><td>"));
        match rule.effect {
            Effect::Raises(u) => {
                h.text("raises the urgency to ").element("code", u.as_str());
            }
            Effect::Advises(codes) => {
                h.text("adds advice ");
                for (i, a) in codes.iter().enumerate() {
                    if i > 0 {
                        h.text(", ");
                    }
                    h.element("code", a.code());
                }
            }
        }
        h.markup(markup!("</td><td>"));
        source_links(h, c.guidance().reason_sources(rule.id), p.lang);
        h.markup(markup!("</td></tr>"));
    }
    h.markup(markup!("<tr>"));
    code_cell(h, NO_WARNING_SIGNS.as_str());
    h.markup(markup!("<td>every country</td><td>no other rule fires</td><td>self-care</td><td>"));
    source_links(h, c.guidance().reason_sources(NO_WARNING_SIGNS), p.lang);
    h.markup(markup!("</td></tr></tbody></table></section>"));
}

fn services(h: &mut Html, p: &Pack) {
    let c = p.country;
    h2(h, "services");
    h.markup(markup!("<p>")).text(&format!("Checked against the pages below on {CONTENT_CHECKED}."));
    h.markup(markup!("</p><table><tbody>"));
    row_head(h, "Emergency number");
    tel_link(h, c.emergency_number());
    h.markup(markup!("</td></tr>"));
    row_head(h, "Out-of-hours / advice number");
    match c.out_of_hours_number() {
        Some(number) => tel_link(h, number),
        None => {
            h.text("by region (below)");
        }
    }
    h.markup(markup!("</td></tr>"));
    row_head(h, "Emergency route (nerve signs)");
    h.element("code", c.emergency_route().as_str()).markup(markup!("</td></tr>"));
    row_head(h, "Injury route (serious accident)");
    h.element("code", c.injury_route().as_str()).markup(markup!("</td></tr>"));
    row_head(h, "Pages the emergency route is checked against");
    source_urls(h, c.guidance().emergency);
    h.markup(markup!("</td></tr>"));
    row_head(h, "Pages the injury route is checked against");
    source_urls(h, c.guidance().injury);
    h.markup(markup!("</td></tr></tbody></table><h3>Service names in "));
    h.open("span").attr("lang", p.lang.code()).close_start().text(p.t.language_name).end("span");
    h.markup(markup!(
        "</h3><table><thead><tr><th scope=\"col\">Field</th><th scope=\"col\">Text (filled in)</th></tr></thead>\
         <tbody>"
    ));
    for (field, text) in content_snapshot::debug_paths(&(p.t.services)(c)) {
        if !text.is_empty() {
            h.markup(markup!("<tr>"));
            code_cell(h, &field);
            reader_cell(h, p);
            text_for_place(h, p, &text);
            h.markup(markup!("</td></tr>"));
        }
    }
    h.markup(markup!("</tbody></table>"));
    if c == Country::Dk {
        h.markup(markup!(
            "<h3>Danish regions</h3><p>Each region's out-of-hours line; the names the reader sees on the pack's \
             date (Region Hovedstaden and Region Sjælland are parts of Region Østdanmark from 2027-01-01).</p>\
             <table><thead><tr><th scope=\"col\">Code</th><th scope=\"col\">Region</th><th scope=\"col\">Line</th>\
             <th scope=\"col\">Number</th><th scope=\"col\">Hours</th><th scope=\"col\">Checked against</th>\
             </tr></thead><tbody>"
        ));
        for region in DkRegion::ALL {
            let page = region.checked_against();
            h.markup(markup!("<tr>")).element("td", region.code());
            reader_cell(h, p);
            h.text(&dk_region_name(p.lang, region, p.today)).end("td");
            h.element("td", region.service_name()).markup(markup!("<td>"));
            tel_link(h, region.out_of_hours_number());
            h.end("td");
            reader_cell(h, p);
            text_for_place(h, p, p.t.care.dk_hours.get(region.open()));
            h.markup(markup!("</td><td>"));
            source_link(h, page, page);
            h.markup(markup!("</td></tr>"));
        }
        h.markup(markup!("</tbody></table>"));
    }
    h.end("section");
}

fn review_dates(h: &mut Html, p: &Pack) {
    h2(h, "review");
    h.markup(markup!(
        "<p>Each country's content must be checked against its sources again by its review-by date \
         (<code>src/review.rs</code>, which gives the reasons for each date). A date that has passed on the \
         day the pack was made is shown as OVERDUE.</p><table><thead><tr><th scope=\"col\">Country</th>\
         <th scope=\"col\">Checked</th><th scope=\"col\">Review by</th><th scope=\"col\">Check first</th>\
         </tr></thead><tbody>"
    ));
    for (r, status) in review::status_on(p.today) {
        h.markup(markup!("<tr><td>")).text(country_name(r.country));
        if r.country == p.country {
            h.text(" (this pack)");
        }
        h.end("td").element("td", &r.checked.iso()).markup(markup!("<td>"));
        review_by(h, r.review_by, status);
        h.end("td").element("td", r.first).end("tr");
    }
    h.markup(markup!("</tbody></table></section>"));
}

fn changes(h: &mut Html, p: &Pack) {
    h2(h, "changes");
    let Some(Changes { version, rows }) = &p.changes else {
        let known: Vec<&str> = SNAPSHOTS.iter().map(|(v, _)| *v).collect();
        h.markup(markup!("<p>Not requested: make the pack with <code>--since VERSION</code> (snapshots: "));
        h.text(&known.join(", "));
        h.markup(markup!(
            ") to list every text of this language, and this country's service texts, that changed since \
             then.</p></section>"
        ));
        return;
    };
    let l = p.lang.code();
    let country = country_name(p.country);
    h.markup(markup!("<p>Every text of ")).open("span").attr("lang", l).close_start().text(p.t.language_name);
    h.end("span").text(&format!(
        ", and {country}'s service texts, that differs between content version {version} and {CONTENT_VERSION}: \
         {} in all. Both sides are filled in for {country} as the widget fills them today; \u{2014} means the \
         text did not exist.",
        rows.len()
    ));
    h.markup(markup!("</p><table class=\"diff\"><thead><tr>"));
    column(h, "Where");
    column(h, &format!("{version} (old)"));
    column(h, &format!("{CONTENT_VERSION} (new)"));
    h.markup(markup!("</tr></thead><tbody>"));
    for change in rows {
        h.markup(markup!("<tr><td class=\"path\">")).text(&change.path).end("td");
        for side in [&change.old, &change.new] {
            reader_cell(h, p);
            match side {
                Some(text) => text_for_place(h, p, text),
                None => {
                    h.text("\u{2014}");
                }
            }
            h.end("td");
        }
        h.end("tr");
    }
    h.markup(markup!("</tbody></table></section>"));
}

fn every_text(h: &mut Html, p: &Pack) {
    let country = country_name(p.country);
    h2(h, "texts");
    h.markup(markup!("<p>Every text of the widget in ")).open("span").attr("lang", p.lang.code()).close_start();
    h.text(p.t.language_name).end("span");
    h.markup(markup!(", keyed by its place in <code>Texts</code> (the same keys as the content snapshots), "));
    h.text(&format!(
        "filled in for {country}; then {country}'s service texts. Placeholders filled only when shown (a date, a \
         step number, a host's clinic name) stay in braces."
    ));
    h.markup(markup!(
        "</p><table><thead><tr><th scope=\"col\">Where</th><th scope=\"col\">Text</th></tr></thead><tbody>"
    ));
    for (path, text) in &p.texts {
        h.markup(markup!("<tr><td class=\"path\">")).text(path).end("td");
        reader_cell(h, p);
        text_for_place(h, p, text);
        h.markup(markup!("</td></tr>"));
    }
    h.markup(markup!("</tbody></table></section>"));
}

/// The hazard log: its `[matrix]` as a coloured grid (when it makes one) and its other fields,
/// every other top-level key as a field, other lists of tables as tables, and every hazard with
/// its fields and its lists (the controls) as tables.
pub fn hazard_log(h: &mut Html, log: &HazardLog) {
    h2(h, "hazards");
    h.markup(markup!("<p>From <code>docs/safety/hazard-log.toml</code> as committed with this version.</p>"));
    let log = match log {
        HazardLog::Read(log) => log,
        HazardLog::Unreadable(error) => {
            h.markup(markup!("<p class=\"overdue\">")).text(&format!("The hazard log could not be read: {error}"));
            h.markup(markup!("</p></section>"));
            return;
        }
    };
    let HazardLogTable { matrix, fields: other, lists, hazards } = log;
    if let Some(Matrix { grid, fields: rest }) = matrix {
        h.markup(markup!("<h3>Risk matrix</h3>"));
        if let Some(grid) = grid {
            matrix_grid(h, grid);
        }
        fields(h, rest);
    }
    if !other.is_empty() {
        fields(h, other);
    }
    for TableList { key, rows } in lists {
        h.markup(markup!("<h3>")).element("code", key).end("h3");
        table_of(h, rows);
    }
    for hazard in hazards {
        let id = format!("hazard-{}", hazard.id);
        h.open("article").attr("class", "hazard").attr("aria-labelledby", &id).close_start();
        h.open("h3").attr("id", &id).close_start().text(&format!("{}: {}", hazard.id, hazard.title)).end("h3");
        fields(h, &hazard.fields);
        for TableList { key, rows } in &hazard.lists {
            h.markup(markup!("<h4>")).text(&hazard.id).text(" ").element("code", key).end("h4");
            table_of(h, rows);
        }
        h.end("article");
    }
    h.end("section");
}

/// A TOML value: strings as text, arrays as lists (a few plain values as one line), tables as
/// field lists.
fn value(h: &mut Html, value: &toml::Value) {
    match value {
        toml::Value::String(s) => {
            h.text(s);
        }
        toml::Value::Array(items) if items.is_empty() => {
            h.text("—");
        }
        toml::Value::Array(items) if items.iter().all(|i| !i.is_table() && !i.is_array()) && items.len() <= 3 => {
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    h.text(", ");
                }
                self::value(h, item);
            }
        }
        toml::Value::Array(items) => {
            h.markup(markup!("<ul>"));
            for item in items {
                h.markup(markup!("<li>"));
                self::value(h, item);
                h.end("li");
            }
            h.end("ul");
        }
        toml::Value::Table(t) => fields(h, t),
        other => {
            h.text(&scalar(other));
        }
    }
}

fn fields(h: &mut Html, table: &toml::Table) {
    h.markup(markup!("<dl class=\"fields\">"));
    for (key, v) in table {
        h.element("dt", key).markup(markup!("<dd>"));
        value(h, v);
        h.end("dd");
    }
    h.end("dl");
}

/// An array of tables as one table, with a column for every key any row has (in the order
/// first met, with the controls' usual fields first).
fn table_of(h: &mut Html, rows: &[toml::Value]) {
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
    h.markup(markup!("<table><thead><tr>"));
    for c in &columns {
        column(h, c);
    }
    h.markup(markup!("</tr></thead><tbody>"));
    for row in rows {
        h.markup(markup!("<tr>"));
        for c in &columns {
            h.markup(markup!("<td>"));
            if let Some(v) = row.get(c) {
                value(h, v);
            }
            h.end("td");
        }
        h.end("tr");
    }
    h.markup(markup!("</tbody></table>"));
}

/// The risk matrix, likelihood down and severity across, each cell coloured by its rating's
/// rank (`r1` lowest to `r5` highest, in the stylesheet).
fn matrix_grid(h: &mut Html, grid: &MatrixGrid) {
    let label = |labels: &[String], i: usize| labels.get(i).cloned().unwrap_or_default();
    h.markup(markup!(
        "<table class=\"matrix\"><caption>Likelihood (rows) by severity (columns)</caption><thead><tr><td></td>"
    ));
    for j in 0..grid.columns {
        column(h, &label(&grid.severity, j));
    }
    h.markup(markup!("</tr></thead><tbody>"));
    for (i, row) in grid.rows.iter().enumerate() {
        h.markup(markup!("<tr><th scope=\"row\">")).text(&label(&grid.likelihood, i)).end("th");
        for (rating, rank) in row {
            h.open("td").attr("class", &format!("r{rank}")).close_start().text(rating).end("td");
        }
        h.end("tr");
    }
    h.markup(markup!("</tbody></table>"));
}

/// The content changelog, from its markdown.
pub fn changelog(h: &mut Html, markdown: &str) {
    h2(h, "changelog");
    h.markup(markup!("<p>From <code>docs/safety/content-changelog.md</code> as committed with this version.</p>"));
    h.append(&markdown_html(markdown));
    h.end("section");
}

/// A minimal markdown: `#` headings (two levels below their own, as they sit under the
/// section's `<h2>`), `- ` bullets (with their indented continuation lines) and paragraphs;
/// every text escaped, backticks as `<code>`.
pub fn markdown_html(markdown: &str) -> Html {
    #[derive(PartialEq)]
    enum Open {
        Nothing,
        Paragraph,
        List,
    }
    let mut h = Html::new();
    let mut open = Open::Nothing;
    let mut item = String::new();
    let flush_item = |h: &mut Html, item: &mut String| {
        if !item.is_empty() {
            h.markup(markup!("<li>"));
            inline(h, item);
            h.end("li");
            item.clear();
        }
    };
    let close = |h: &mut Html, open: &mut Open, item: &mut String| {
        match open {
            Open::Paragraph => {
                h.end("p");
            }
            Open::List => {
                flush_item(h, item);
                h.end("ul");
            }
            Open::Nothing => {}
        }
        *open = Open::Nothing;
    };
    for line in markdown.lines() {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            close(&mut h, &mut open, &mut item);
        } else if let Some(rest) = trimmed.strip_prefix('#') {
            close(&mut h, &mut open, &mut item);
            let level = 1 + rest.chars().take_while(|c| *c == '#').count();
            let tag = match level + 2 {
                3 => "h3",
                4 => "h4",
                5 => "h5",
                _ => "h6",
            };
            h.open(tag).close_start();
            inline(&mut h, rest.trim_start_matches('#').trim());
            h.end(tag);
        } else if let Some(rest) = trimmed.strip_prefix("- ").filter(|_| !line.starts_with("  ")) {
            if open != Open::List {
                close(&mut h, &mut open, &mut item);
                h.markup(markup!("<ul>"));
                open = Open::List;
            }
            flush_item(&mut h, &mut item);
            item.push_str(rest);
        } else if open == Open::List {
            item.push(' ');
            item.push_str(trimmed);
        } else {
            if open == Open::Nothing {
                h.markup(markup!("<p>"));
                open = Open::Paragraph;
            } else {
                h.text(" ");
            }
            inline(&mut h, trimmed);
        }
    }
    close(&mut h, &mut open, &mut item);
    h
}

/// One line of markdown text, with its `code` spans.
fn inline(h: &mut Html, text: &str) {
    for (i, part) in text.split('`').enumerate() {
        if i % 2 == 1 {
            h.element("code", part);
        } else {
            h.text(part);
        }
    }
}

/// The sign-off block for the deploying body: empty fields to fill in on paper.
fn signoff(h: &mut Html) {
    h2(h, "signoff");
    h.markup(markup!(
        "<p>The deploying body confirms that it has read this pack for the country and language above, that the \
         residual risks in the hazard log are acceptable for its use, and that the review-by date is in its \
         plans. Fill in by hand.</p>"
    ));
    for role in ["Clinical safety officer", "Responsible for the deployment"] {
        h.markup(markup!("<table class=\"signoff\">")).element("caption", role).markup(markup!("<tbody>"));
        for field in ["Name", "Role", "Organisation", "Date", "Signature"] {
            row_head(h, field);
            h.markup(markup!("</td></tr>"));
        }
        h.markup(markup!("</tbody></table>"));
    }
    h.end("section");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::read::{Find, Markup, attr, fragment, text, well_formed};

    /// The hazard log section for `toml`, well formed (every value escaped), read by a parser.
    fn hazards(toml: &str) -> Markup {
        let mut html = Html::new();
        hazard_log(&mut html, &HazardLog::read(toml));
        let html = html.into_string();
        well_formed(&html).unwrap_or_else(|e| panic!("{e}: {html}"));
        fragment(&html)
    }

    fn texts<'a>(found: impl IntoIterator<Item = scraper::ElementRef<'a>>) -> Vec<String> {
        found.into_iter().map(text).collect()
    }

    /// Each `<dt>` of the first field list under `css` with its `<dd>`.
    fn fields(doc: &Markup, css: &str) -> Vec<(String, String)> {
        let list = doc.one(css);
        list.all(":scope > dt").into_iter().zip(list.all(":scope > dd")).map(|(dt, dd)| (text(dt), text(dd))).collect()
    }

    #[test]
    fn a_matrix_is_a_grid_coloured_from_lowest_to_highest_rating() {
        let toml = "[matrix]\nseverity = [\"minor\", \"major\"]\nlikelihood = [\"low\", \"high\"]\n\
                    rating = [[1, 2], [3, 5]]\nacceptable_up_to = 2\n\n[[hazard]]\nid = \"H99\"\nhazard = \"x\"\n\
                    [[hazard.controls]]\ncontrol = \"c\"\nstatus = \"done\"\ntests = [\"a\", \"b\"]\n";
        let doc = hazards(toml);
        let rows: Vec<Vec<(String, String)>> = doc
            .all("table.matrix tbody tr")
            .into_iter()
            .map(|row| {
                let head = text(row.one("th[scope=row]"));
                let cells = row.all("td").into_iter().map(|td| (attr(td, "class").unwrap_or("").to_owned(), text(td)));
                std::iter::once((String::new(), head)).chain(cells).collect()
            })
            .collect();
        let cell = |class: &str, rating: &str| (class.to_owned(), rating.to_owned());
        assert_eq!(
            rows,
            [
                vec![cell("", "low"), cell("r1", "1"), cell("r2", "2")],
                vec![cell("", "high"), cell("r3", "3"), cell("r5", "5")],
            ]
        );
        assert_eq!(texts(doc.all("table.matrix th[scope=col]")), ["minor", "major"]);
        assert_eq!(fields(&doc, "table.matrix + dl")[0], ("acceptable_up_to".to_owned(), "2".to_owned()));
        let hazard = doc.one("article.hazard[aria-labelledby=hazard-H99]");
        assert_eq!(text(hazard.one("h3")), "H99: x");
        assert_eq!(texts(hazard.all("table th[scope=col]")), ["control", "status", "tests"]);
        assert_eq!(texts(hazard.all("table td")), ["c", "done", "a, b"]);
    }

    #[test]
    fn a_matrix_whose_ratings_are_not_rows_is_shown_as_its_fields() {
        let doc = hazards("[matrix]\nrating = { high = \"red\" }\n");
        assert_eq!(doc.count("table.matrix"), 0);
        assert_eq!(fields(&doc, "dl.fields dl.fields"), [("high".to_owned(), "red".to_owned())]);
        assert_eq!(text(doc.one("section > dl.fields > dt")), "rating");
    }

    #[test]
    fn a_hazard_log_that_does_not_parse_says_so_with_the_error_escaped() {
        let doc = hazards("x = = <b>");
        let said = text(doc.one("p.overdue"));
        assert!(said.starts_with("The hazard log could not be read: ") && said.contains("<b>"), "{said}");
        assert_eq!(doc.count("b"), 0, "the error's <b> is text, not markup");
    }

    #[test]
    fn markdown_headings_bullets_and_paragraphs_are_escaped() {
        let html = markdown_html("# Log\n\nA <b> & `code`\nmore.\n\n## 2.0\n\n- one\n  two\n- three\n");
        // Exact, as the builder writes it: the escaping is what is tested.
        assert_eq!(
            html.as_str(),
            "<h3>Log</h3><p>A &lt;b&gt; &amp; <code>code</code> more.</p><h4>2.0</h4><ul><li>one two</li><li>three</li></ul>"
        );
        well_formed(html.as_str()).unwrap();
    }
}
