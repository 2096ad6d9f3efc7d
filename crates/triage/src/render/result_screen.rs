//! The result screen as plain markup, defined once, with no web dependency: the action first,
//! then the rest one tap away. At 360 × 740 the first screen holds the decision: the headline
//! (what to do, how soon), one sentence on why, and a large `tel:` call button (the emergency
//! number on an emergency, the out-of-hours / advice number otherwise; in Denmark without a
//! region, each region's number; without a confirmed country, 112 alone), and the line saying
//! which country the numbers are for. Below it the dated follow-up, then "why" (the reasons with
//! their sources) and "your answers" as native `<details>`, closed at first; each advice item
//! shows its title and first sentence and opens in place. An emergency shows only the call,
//! where else to go, and what to say, with "why" and "your answers" closed below it and the
//! way back.
//!
//! The widget's own WASM does not carry this: the page loads it (with the texts it shows) as
//! part of a second WASM after the reader's first answer, so that the first screen and the
//! first question arrive sooner on a slow phone (`crates/result-wasm/src/lib.rs`).
//! The widget puts the page's `html` inside its `<section class="screen result">`, handles
//! the buttons (`data-action` = `print`, `copy`, `change`, `restart`) and makes the calendar
//! link's object URL from [`ResultPage::calendar`].
//!
//! Stable hooks: `data-section` = `why`, `answers`, `advice`, `follow-up`; `data-contact`,
//! `data-advice`, `data-rule`, `data-summary`, `data-action`, `data-clinic`.
//!
//! # Example
//! ```
//! use triage::clinic::Clinic;
//! use triage::country::{Country, Place};
//! use triage::date::CalendarDate;
//! use triage::decision::Sign;
//! use triage::i18n::Lang;
//! use triage::questionnaire::Draft;
//! use triage::render::result_screen::{Clock, result_page};
//!
//! let mut draft = Draft::default();
//! draft.set_sign(Sign::SaddleNumbness, true); // an emergency sign: the questions end here
//! let clock = Clock::fixed(CalendarDate::constant(2026, 11, 30));
//! let place = Place::new(Country::No, None);
//! let page = result_page(&draft, Lang::Nb, place, &Clinic::default(), None, &clock).expect("an outcome");
//! assert!(page.html.contains("href=\"tel:113\""));
//! assert!(page.calendar.is_none(), "an emergency has no follow-up date");
//! ```

use crate::action::Action;
use crate::calendar::Reminder;
use crate::clinic::Clinic;
use crate::country::{Country, OutOfHours, Place};
use crate::decision::sources::Source;
use crate::decision::{Advice, EmergencyKind, Urgency, Verdict};
use crate::i18n::{
    Lang, Texts, WidgetTexts, cited_parts, dk_region_name, dk_regions, fill, fill_place, split_first_sentence,
};
use crate::operator::Operator;
use crate::questionnaire::Draft;
use crate::render::html::Html;
use crate::render::markup;
use crate::render::start_screen::{
    call_link, call_link_dialling, call_link_with_hours, emergency_call, numbers_line, operator_note,
};
use crate::result_model::{Contact, ResultModel};
use crate::result_words::{EmergencyWords, emergency_words, headline_of};
use crate::summary::{answer_lines, summary_text};

pub use crate::result_model::Clock;

/// The calendar reminder for a result's follow-up date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CalendarFile {
    /// The name the file is saved under.
    pub file_name: String,
    /// The file itself (iCalendar).
    pub ics: String,
}

/// A result screen: its markup, the text "copy" puts on the clipboard, and the calendar file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResultPage {
    /// The inside of `<section class="screen result">`.
    pub html: String,
    /// The summary for a clinician, as copied (the print shows the same on paper).
    pub summary: String,
    /// The reminder behind the "add to calendar" link, when the follow-up has a date.
    pub calendar: Option<CalendarFile>,
}

/// `text` with its first letter upper-case: service names are written to sit inside
/// sentences ("legevakten"), and also stand alone as labels. Only ASCII and Latin-1 letters
/// (a–z, à–þ: æ, ø, å, ä, ö) are raised, which covers every service name: the standard library's
/// upper-casing would link Unicode's whole case table (about 12 KB) into the WASM.
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    let Some(first) = chars.next() else { return String::new() };
    let upper = match first {
        'a'..='z' => first.to_ascii_uppercase(),
        'à'..='þ' if first != '÷' => char::from_u32(first as u32 - 0x20).unwrap_or(first),
        _ => first,
    };
    std::iter::once(upper).chain(chars).collect()
}

/// The sources as the reader sees them (`cite_for_reader`), each one that has a public page a
/// link to it: an ordinary `<a href>` (reached with Tab, opened only when the reader chooses),
/// with no referrer, so the page opened learns nothing of where the reader came from. A source
/// without an address (the brochure) stays text. The print shows each address after its link
/// (`p.source a` in style.css).
fn source_links(html: &mut Html, sources: &[Source], lang: Lang) {
    for (i, (text, url)) in cited_parts(sources, lang).into_iter().enumerate() {
        if i > 0 {
            html.markup(markup!("; "));
        }
        match url {
            Some(url) => {
                html.open("a").attr("href", url).markup(markup!(" rel=\"noreferrer\">")).text(&text).end("a");
            }
            None => {
                html.text(&text);
            }
        }
    }
}

/// Everything one result screen is made from: the result, and its texts.
struct ResultScreen<'m, 'a> {
    model: &'m ResultModel<'a>,
    t: &'static Texts,
}

impl ResultScreen<'_, '_> {
    /// `template` with the place's numbers, service names and guidance, as text.
    fn text_for_place(&self, html: &mut Html, template: &str) {
        html.text(&fill_place(template, self.model.lang, self.model.place));
    }

    fn country(&self) -> Country {
        self.model.country()
    }

    fn urgency(&self) -> Urgency {
        self.model.outcome.urgency
    }

    /// "Source: …" under a reason or an advice item, in the reader's language.
    fn source_line(&self, html: &mut Html, sources: &[Source]) {
        html.markup(markup!("<p class=\"source\">")).text(self.t.source_label).markup(markup!(": "));
        source_links(html, sources, self.model.lang);
        html.end("p");
    }

    /// The host's clinic: its name, why to contact it at this urgency, its number and its page.
    fn clinic(&self, html: &mut Html) {
        let (t, clinic) = (self.t, self.model.clinic);
        let Some(name) = clinic.name() else { return };
        let lead = match self.urgency() {
            Urgency::Urgent => t.clinic.urgent,
            Urgency::Soon => t.clinic.soon,
            _ => t.clinic.self_care,
        };
        let named = |template: &str| fill(template, &[("clinic", name)]);
        html.markup(markup!("<div class=\"clinic\" data-contact=\"clinic\"><h3>")).text(&named(t.clinic.heading));
        html.markup(markup!("</h3><p>")).text(&named(lead)).markup(markup!("</p><p class=\"clinic-actions\">"));
        if let (Some(tel), Some(dialled)) = (clinic.tel(), clinic.tel_dialled()) {
            html.markup(markup!("<a class=\"clinic-action primary\" data-clinic=\"tel\" part=\"clinic-call-link\""));
            html.attr("href", &format!("tel:{dialled}")).close_start();
            html.text(&fill(t.call_number, &[("number", tel)])).end("a");
        }
        html.markup(markup!(" "));
        if let Some(url) = clinic.url() {
            html.markup(markup!("<a class=\"clinic-action\" data-clinic=\"url\" part=\"clinic-link\""));
            html.attr("href", url).close_start().text(&named(t.clinic.website)).end("a");
        }
        html.markup(markup!("</p></div>"));
    }

    /// The line saying which country the numbers are for (or that none was given).
    fn numbers_line(&self, html: &mut Html) {
        numbers_line(html, self.model.place, &self.t.numbers.line(self.model.place));
    }

    /// The out-of-hours / advice number as a large `tel:` button, after a line saying when to
    /// use it rather than the reader's own doctor. In Denmark without a region, each region's
    /// line instead, in a short list. Without a confirmed country, no line at all (the texts
    /// name the service without a number): only the emergency number, 112.
    fn out_of_hours_call(&self, html: &mut Html) {
        let (t, place) = (self.t, self.model.place);
        let leads = &t.result.call_lead;
        let lead = match self.urgency() {
            Urgency::Urgent => leads.urgent,
            Urgency::Soon => leads.soon,
            _ if self.country().own_doctor_first() => leads.self_care_own_doctor_first,
            _ => leads.self_care,
        };
        let lead = &fill_place(lead, self.model.lang, place);
        match place.out_of_hours() {
            OutOfHours::Line(number) => {
                let region = place.dk_region();
                html.markup(markup!("<div class=\"contacts\" data-contact=\"out_of_hours\""));
                if let Some(region) = region {
                    html.attr("data-region", region.code());
                }
                html.markup(markup!("><p class=\"lead\">")).text(lead).end("p");
                self.out_of_hours_link(html, number);
                if let Some(region) = region {
                    let name = dk_region_name(self.model.lang, region, self.model.today);
                    html.markup(markup!("<p class=\"hint\">")).text(&name).end("p");
                }
                html.end("div");
            }
            OutOfHours::EveryRegion => self.dk_region_list(html, &format!("{lead} {}", t.care.dk_regions)),
            OutOfHours::Withheld => {}
        }
    }

    /// The emergency number in small, under the out-of-hours line, and which country the
    /// numbers are for.
    fn emergency_line(&self, html: &mut Html) {
        let number = self.model.place.emergency_number();
        html.markup(markup!("<p class=\"emergency-line\" data-contact=\"emergency\"><span class=\"label\">"));
        html.text(self.t.emergency_label).markup(markup!("</span>: "));
        html.open("a").attr("href", &format!("tel:{}", Country::dial(number))).close_start().text(number).end("a");
        html.end("p");
        self.numbers_line(html);
    }

    /// The out-of-hours / advice line's big `tel:` link, with the service's name under it; a
    /// Danish region's line also says when it takes calls (most are closed on weekdays 8–16).
    fn out_of_hours_link(&self, html: &mut Html, number: &str) {
        let (t, place) = (self.t, self.model.place);
        let service = capitalised(&fill_place(t.ooh_label, self.model.lang, place));
        match place.dk_region() {
            Some(region) => {
                call_link_with_hours(html, t.call_number, number, &service, t.care.dk_hours.get(region.open()));
            }
            None => call_link(html, t.call_number, number, Some(&service)),
        }
    }

    /// The emergency result's call buttons, in the result's order of contacts (the route's):
    /// each a big `tel:` link; in Denmark without a region, every region's line.
    fn emergency_calls(&self, html: &mut Html) {
        let (t, place, clinic) = (self.t, self.model.place, self.model.clinic);
        for contact in &self.model.contacts {
            match contact {
                Contact::Emergency => {
                    html.markup(markup!("<p class=\"emergency-call\" data-contact=\"emergency\">"));
                    call_link(html, t.call_number, place.emergency_number(), None);
                    html.end("p");
                }
                Contact::Clinic => {
                    // On an emergency the model names the clinic only with a name and a number.
                    if let (Some((name, tel)), Some(dialled)) = (clinic.callable(), clinic.tel_dialled()) {
                        html.markup(markup!("<p class=\"emergency-call\" data-contact=\"clinic\">"));
                        call_link_dialling(html, t.call_number, tel, &dialled, Some(name));
                        html.end("p");
                    }
                }
                // No number only in Denmark without a region: every region's line instead.
                Contact::OutOfHours => match place.out_of_hours() {
                    OutOfHours::Line(number) => {
                        html.markup(markup!("<p class=\"emergency-call\" data-contact=\"out_of_hours\">"));
                        self.out_of_hours_link(html, number);
                        html.end("p");
                    }
                    OutOfHours::EveryRegion => self.dk_region_list(html, t.care.dk_regions),
                    // Not reached: the unconfirmed place's route is the emergency number alone.
                    OutOfHours::Withheld => {}
                },
            }
        }
    }

    /// Every Danish region's out-of-hours line, after `lead`, as a short list, each with its
    /// region's name on this day. When the lines take calls is said once, under the lead (it is
    /// the same for every region), and beside a line only what it adds (injuries at any hour):
    /// five two-line items would push the emergency number off a phone's first screen.
    fn dk_region_list(&self, html: &mut Html, lead: &str) {
        let hours = &self.t.care.dk_hours;
        html.markup(markup!("<div class=\"contacts regions\"><p class=\"lead\">")).text(lead);
        html.markup(markup!("</p><p class=\"hours\">")).text(hours.when_own_doctor_closed).markup(markup!("</p><ul>"));
        for (region, region_name, service, number) in dk_regions(self.model.lang, self.model.today) {
            html.markup(markup!("<li data-contact=\"out_of_hours\"")).attr("data-region", region.code()).close_start();
            html.text(&region_name).markup(markup!(": ")).text(service).markup(markup!(" "));
            html.open("a").attr("href", &format!("tel:{}", Country::dial(number))).close_start().text(number).end("a");
            if let Some(more) = hours.beyond_the_common_hours(region.open()) {
                html.markup(markup!(" <span class=\"hours\">")).text(more).end("span");
            }
            html.end("li");
        }
        html.markup(markup!("</ul></div>"));
    }

    /// The headline and the decision under it.
    fn headline(&self, html: &mut Html) {
        let (t, outcome) = (self.t, &self.model.outcome);
        let urgency = outcome.urgency;
        html.open("div").attr("class", &format!("headline {}", urgency.as_str()));
        html.markup(markup!("><h2 tabindex=\"-1\">"));
        self.text_for_place(html, headline_of(t.headline.get(urgency), outcome.emergency_kind()));
        html.end("h2");
        if let Some(kind) = outcome.emergency_kind() {
            let route = self.model.place.route(kind);
            let names = t.service_names(self.model.place);
            let EmergencyWords { body, steps, advice } = emergency_words(t, &names, kind);
            html.markup(markup!("<p>"));
            self.text_for_place(html, body);
            html.end("p");
            self.emergency_calls(html);
            self.numbers_line(html);
            html.markup(markup!("<p class=\"or-go\"")).attr("data-emergency-route", route.as_str());
            html.attr("data-emergency-kind", kind_name(kind)).close_start();
            self.text_for_place(html, steps);
            html.markup(markup!("</p><div class=\"action\"")).attr("data-advice", advice.code());
            html.markup(markup!("><p>"));
            self.text_for_place(html, t.advice.get(advice, self.country()).body);
            html.markup(markup!("</p></div>"));
        } else {
            // One sentence on why: the reason that set this urgency. Self-care's headline text
            // already says why.
            if let Some(reason) = outcome.deciding_reason() {
                let line = split_first_sentence(t.reasons.get(reason.rule, self.country())).0;
                html.markup(markup!("<p class=\"why-line\">")).text(line).end("p");
            }
            // Its first sentence says whom to contact; the rest (when the doctor is closed,
            // the advice below) is what the call button's lead and the sections below say.
            html.markup(markup!("<p class=\"action\""));
            if let Some(action) = outcome.action() {
                html.attr("data-advice", action.code());
            }
            let body = fill_place(t.headline_body.get(urgency), self.model.lang, self.model.place);
            html.close_start().text(split_first_sentence(&body).0);
            html.markup(markup!("</p><div class=\"contacts-section\">"));
            for contact in &self.model.contacts {
                match contact {
                    Contact::Clinic => self.clinic(html),
                    Contact::OutOfHours => self.out_of_hours_call(html),
                    Contact::Emergency => self.emergency_line(html),
                }
            }
            html.end("div");
        }
        html.end("div");
    }

    /// "Why", closed at first: the category, each reason with its source, and the source of
    /// the action. The summary line counts the reasons.
    fn why(&self, html: &mut Html) {
        let (t, outcome) = (self.t, &self.model.outcome);
        let count = outcome.reasons.len();
        let summary = if count == 1 {
            t.result.why_one.to_owned()
        } else {
            fill(t.result.why_many, &[("n", &count.to_string())])
        };
        html.markup(markup!("<details class=\"why\" data-section=\"why\"><summary>")).text(&summary);
        html.end("summary");
        if !self.model.is_emergency() {
            html.markup(markup!("<p class=\"category\">")).text(t.category.get(outcome.category)).end("p");
        }
        html.markup(markup!("<ul class=\"reasons\">"));
        for reason in &outcome.reasons {
            let sources = self.country().guidance().reason_sources(reason.rule);
            html.markup(markup!("<li")).attr("data-rule", reason.rule.as_str());
            html.markup(markup!("><p>")).text(t.reasons.get(reason.rule, self.country())).end("p");
            self.source_line(html, sources);
            html.end("li");
        }
        html.end("ul");
        if let Some(code) = outcome.action() {
            html.markup(markup!("<div class=\"action-source\"><p>"));
            self.text_for_place(html, t.advice.get(code, self.country()).title);
            html.end("p");
            self.source_line(html, self.country().guidance().advice_sources(code));
            html.end("div");
        }
        html.end("details");
    }

    /// What the reader can do: each item's title and first sentence as one line to open, the
    /// rest (and its source) opening in place under it. The safety net's first line is when to
    /// come back; the new signs that mean help at once open under it, as short lists.
    fn advice(&self, html: &mut Html) {
        let (t, country, urgency) = (self.t, self.country(), self.urgency());
        html.markup(markup!("<div class=\"advice-section\" data-section=\"advice\"><h3>")).text(t.advice_heading);
        html.markup(markup!("</h3><ul class=\"advice\">"));
        for code in self.model.outcome.advice.iter().copied().filter(|a| !a.is_action()) {
            let text = t.advice.get(code, country);
            let sources = country.guidance().advice_sources(code);
            html.markup(markup!("<li")).attr("data-advice", code.code());
            if code == Advice::SafetyNet {
                let s = &t.care.safety_net;
                html.markup(markup!(" class=\"safety-net\"><details class=\"more\"><summary><strong class=\"title\">"));
                html.text(text.title).markup(markup!(".</strong> "));
                if let Some(come_back) = s.come_back.get(urgency) {
                    self.text_for_place(html, come_back);
                }
                html.markup(markup!("</summary><p>"));
                self.text_for_place(html, text.body);
                html.end("p");
                let list = |html: &mut Html, kind: &str, signs: &[&str]| {
                    html.markup(markup!("<ul class=\"signs\"")).attr("data-signs", kind).close_start();
                    for sign in signs {
                        html.element("li", sign);
                    }
                    html.end("ul");
                };
                list(html, "emergency", &s.emergency_signs);
                html.markup(markup!("<p>"));
                self.text_for_place(html, s.same_day_lead);
                html.end("p");
                list(html, "same_day", &s.same_day_signs);
            } else {
                let body = fill_place(text.body, self.model.lang, self.model.place);
                let (first, rest) = split_first_sentence(&body);
                html.markup(markup!("><details class=\"more\"><summary><strong class=\"title\">")).text(text.title);
                html.markup(markup!(".</strong> ")).text(first).end("summary");
                if !rest.is_empty() {
                    html.element("p", rest);
                }
            }
            self.source_line(html, sources);
            html.markup(markup!("</details></li>"));
        }
        html.markup(markup!("</ul></div>"));
    }

    /// "Your answers", closed at first: the answers in plain words, in the order they were
    /// asked. Questions never asked (after an early exit on an emergency sign) are left out.
    fn your_answers(&self, html: &mut Html) {
        let lines = answer_lines(&self.model.answers, self.model.asked, self.model.lang);
        let summary = fill(self.t.result.answers_count, &[("n", &lines.len().to_string())]);
        html.markup(markup!("<details class=\"answers\" data-section=\"answers\"><summary>")).text(&summary);
        html.markup(markup!("</summary><dl class=\"summary\">"));
        for (field, label, value) in lines {
            html.markup(markup!("<div class=\"row\"")).attr("data-summary", field);
            html.markup(markup!("><dt>")).text(label).markup(markup!("</dt><dd>")).text(&value);
            html.markup(markup!("</dd></div>"));
        }
        html.markup(markup!("</dl></details>"));
    }

    /// The dated follow-up: the sentence, and where it has a date, the link to the calendar
    /// file (its `href` is the file's object URL, which the widget makes in the page).
    fn follow_up(&self, html: &mut Html) {
        let Some(line) = &self.model.follow_up else { return };
        let t = self.t;
        html.markup(markup!("<div class=\"follow-up\" data-section=\"follow-up\""));
        if let Some(date) = line.follow_up.date {
            html.attr("data-date", &date.iso());
        }
        html.markup(markup!("><h3>")).text(t.result.follow_up_heading).markup(markup!("</h3><p>"));
        html.text(&line.sentence).end("p");
        if line.follow_up.date.is_some() {
            html.markup(markup!("<p class=\"calendar\"><a")).attr("download", t.result.calendar_file_name);
            html.action(Action::Calendar).markup(markup!(" part=\"calendar-link\">"));
            html.text(t.result.add_to_calendar).markup(markup!("</a></p>"));
        }
        html.end("div");
    }

    /// The whole screen.
    fn render(&self) -> Html {
        let t = self.t;
        let emergency = self.model.is_emergency();
        let mut html = Html::new();
        html.markup(markup!("<p class=\"print-only\">")).text(t.title).markup(markup!(" · "));
        html.text(t.date_label).markup(markup!(": ")).text(&self.model.today.iso()).end("p");
        self.headline(&mut html);
        self.follow_up(&mut html);
        self.why(&mut html);
        if !emergency {
            self.advice(&mut html);
        }
        self.your_answers(&mut html);
        // The summary's buttons and the way back share one wrapping row of buttons. An
        // emergency is one screen with nothing to do but call: no printing or copying there
        // (the browser's own print still gives the summary, see style.css).
        html.markup(markup!("<div class=\"result-actions\">"));
        if !emergency {
            html.markup(markup!("<div class=\"summary-actions\"><button type=\"button\"")).action(Action::Print);
            html.markup(markup!(" part=\"button\">")).text(t.print).markup(markup!("</button><button type=\"button\""));
            html.action(Action::Copy).markup(markup!(" part=\"button\">")).text(t.copy_text);
            html.markup(markup!("</button><p class=\"copy-status\" role=\"status\"></p></div>"));
        }
        way_back(&mut html, t.change_answers, t.restart);
        html.markup(markup!("</div><p")).attr("class", if emergency { "note print-only" } else { "note" });
        html.markup(markup!(" data-intended-use=\"\">"));
        self.text_for_place(&mut html, t.disclaimer);
        html.markup(markup!(" "));
        operator_note(&mut html, &t.operator, self.model.operator);
        html.end("p");
        html
    }
}

/// The kind of emergency in markup (`data-emergency-kind`).
const fn kind_name(kind: EmergencyKind) -> &'static str {
    match kind {
        EmergencyKind::NerveCompression => "nerve_compression",
        EmergencyKind::Injury => "injury",
    }
}

/// The way back, the same on the result and on the screen shown until it arrives: "change my
/// answers" and "start again", which the widget handles by their `data-action`.
fn way_back(html: &mut Html, change_answers: &str, restart: &str) {
    html.markup(markup!("<div class=\"nav\"><button type=\"button\"")).action(Action::Change);
    html.markup(markup!(" part=\"button\">")).text(change_answers).markup(markup!("</button><button type=\"button\""));
    html.action(Action::Restart).markup(markup!(" part=\"button\">")).text(restart);
    html.markup(markup!("</button></div>"));
}

/// What the result screen shows until [`result_page`]'s WASM has arrived (or if it never
/// does): the headline, the emergency number after "acutely ill?", and the way back. The
/// widget's own WASM makes it, from texts it carries anyway.
/// `t`: the widget's texts in the reader's language.
pub fn waiting_html(t: &WidgetTexts, place: Place, verdict: &Verdict) -> String {
    let urgency = verdict.urgency;
    let mut html = Html::new();
    html.open("div").attr("class", &format!("headline {}", urgency.as_str()));
    html.markup(markup!("><h2 tabindex=\"-1\">"));
    html.text(&t.places.for_place(headline_of(t.headline.get(urgency), verdict.emergency_kind), place));
    html.markup(markup!("</h2><p class=\"emergency-call\" data-contact=\"emergency\">"));
    emergency_call(&mut html, t, place, true);
    html.end("p");
    numbers_line(&mut html, place, &t.places.numbers_line(place));
    html.markup(markup!("</div><div class=\"result-actions\">"));
    way_back(&mut html, t.change_answers, t.restart);
    html.end("div");
    html.into_string()
}

/// The result screen for the answers in `draft` (complete, or ended early on an emergency
/// sign), in `lang` for `place`, with the host's `clinic`, and the host's `operator` (or the
/// site's owner) named after the intended use; `None` while `draft` has no outcome.
pub fn result_page(
    draft: &Draft,
    lang: Lang,
    place: Place,
    clinic: &Clinic,
    operator: Option<&Operator>,
    clock: &Clock,
) -> Option<ResultPage> {
    let model = ResultModel::new(draft, lang, place, clinic, operator, clock)?;
    let t = lang.texts();
    let calendar = model.follow_up.as_ref().and_then(|line| {
        let date = line.follow_up.date?;
        let ics = Reminder {
            date,
            summary: line.follow_up.calendar_title(lang, model.country()),
            description: line.sentence.clone(),
            uid: clock.event_uid.clone(),
            stamp: clock.now_utc,
        }
        .to_ics();
        Some(CalendarFile { file_name: t.result.calendar_file_name.to_owned(), ics })
    });
    let html = ResultScreen { model: &model, t }.render().into_string();
    Some(ResultPage { html, summary: summary_text(&model), calendar })
}

// Natively only: the tests read the markup with an HTML parser (`render::read`), a native
// dev-dependency. Two attributes, not `all(test, …)`: cargo-mutants leaves alone only what is
// marked `#[cfg(test)]` itself.
#[cfg(test)]
#[cfg(not(target_arch = "wasm32"))]
mod tests {
    use super::*;
    use crate::date::CalendarDate;
    use crate::decision::evaluate_in;
    use crate::questionnaire::DurationChoice;
    use crate::render::html::escaped;
    use crate::render::read::{Find, Markup, all_text, attr, dialled, fragment, own_text, text};
    use scraper::ElementRef;

    /// The sources as [`source_links`] writes them.
    fn links(sources: &[Source], lang: Lang) -> String {
        let mut html = Html::new();
        source_links(&mut html, sources, lang);
        html.into_string()
    }
    use crate::country::DkRegion;
    use crate::decision::{Category, evaluate};
    use crate::follow_up::{FollowUp, FollowUpKind};
    use crate::holidays::is_closed;
    use crate::i18n::cite_for_reader;
    use crate::i18n::fill_country;
    use crate::questionnaire::STEPS;

    fn today() -> CalendarDate {
        CalendarDate::constant(2026, 11, 30)
    }

    use crate::decision::{Sign, Trend};

    /// Drafts that reach every outcome: each sign alone "yes" (the others "no") and none, at
    /// three ages, every duration and trend; and each sign "yes" with nothing else answered
    /// (the early exit of an emergency sign).
    fn decided_drafts() -> Vec<Draft> {
        let mut drafts = vec![];
        for yes in std::iter::once(None).chain(Sign::ALL.into_iter().map(Some)) {
            for age in [30, 55, 75] {
                for duration in DurationChoice::ALL {
                    for trend in Trend::ALL {
                        let mut draft = Draft::default();
                        (draft.age, draft.duration, draft.trend) = (Some(age), Some(duration), Some(trend));
                        for sign in Sign::ALL {
                            draft.set_sign(sign, Some(sign) == yes);
                        }
                        drafts.push(draft);
                    }
                }
            }
            if let Some(sign) = yes {
                let mut early = Draft::default();
                early.set_sign(sign, true);
                if early.answers_to_decide().is_some() {
                    drafts.push(early);
                }
            }
        }
        drafts
    }

    fn urgency_of(draft: &Draft) -> Urgency {
        evaluate(&draft.answers_to_decide().expect("decided")).urgency
    }

    /// One draft of each urgency, and drafts with one reason and with several.
    fn sample_drafts() -> Vec<Draft> {
        let drafts = decided_drafts();
        let reasons = |d: &Draft| evaluate(&d.answers_to_decide().expect("decided")).reasons.len();
        let mut picked: Vec<Draft> =
            Urgency::ALL.iter().filter_map(|&u| drafts.iter().find(|d| urgency_of(d) == u).cloned()).collect();
        picked.extend(drafts.iter().find(|d| reasons(d) == 1 && urgency_of(d) != Urgency::Emergency).cloned());
        picked.extend(drafts.iter().find(|d| reasons(d) > 1).cloned());
        assert_eq!(picked.len(), Urgency::ALL.len() + 2);
        picked
    }

    #[test]
    fn each_reason_and_advice_item_shows_its_text_and_its_countrys_sources() {
        let clock = Clock::fixed(today());
        for lang in [Lang::Nb, Lang::Sv, Lang::En] {
            let t = lang.texts();
            for country in Country::ALL {
                let place = Place::new(country, None);
                for draft in sample_drafts() {
                    let outcome = evaluate_in(&draft.answers_to_decide().expect("decided"), Some(country));
                    let html =
                        result_page(&draft, lang, place, &Clinic::default(), None, &clock).expect("a result").html;
                    let doc = fragment(&html);
                    // A source line as the parser reads it: the label, then the sources' links.
                    let source = |sources: &[Source]| {
                        fragment(&format!(
                            "<p class=\"source\">{}: {}</p>",
                            escaped(t.source_label),
                            links(sources, lang)
                        ))
                        .one("p")
                        .html()
                    };
                    let summary = match outcome.reasons.len() {
                        1 => t.result.why_one.to_owned(),
                        n => fill(t.result.why_many, &[("n", &n.to_string())]),
                    };
                    assert_eq!(text(doc.one("[data-section=\"why\"] > summary:first-child")), summary);
                    let categories: Vec<String> = doc.all("p.category").into_iter().map(text).collect();
                    let category = t.category.get(outcome.category).to_owned();
                    let expected = if outcome.urgency == Urgency::Emergency { vec![] } else { vec![category] };
                    assert_eq!(categories, expected, "{:?}", outcome.urgency);
                    for reason in &outcome.reasons {
                        // The item holds the reason's paragraph and its source line, nothing else.
                        let item = doc.one(&format!("li[data-rule=\"{}\"]", reason.rule.as_str()));
                        let parts: Vec<ElementRef> = item.child_elements().collect();
                        let at = format!("{lang:?} {country:?} {:?}: {}", reason.rule, item.html());
                        let [paragraph, sources] = parts[..] else { panic!("{at}") };
                        assert_eq!(
                            paragraph.html(),
                            format!("<p>{}</p>", escaped(t.reasons.get(reason.rule, country))),
                            "{at}"
                        );
                        assert_eq!(sources.html(), source(country.guidance().reason_sources(reason.rule)), "{at}");
                        assert_eq!(own_text(item), "", "{at}");
                    }
                    for code in outcome.advice.iter().copied() {
                        let item = format!("li[data-advice=\"{}\"]", code.code());
                        if code.is_action() {
                            assert_eq!(doc.count(&item), 0, "{code:?} is the action, not an advice item");
                            continue;
                        }
                        let li = doc.one(&item);
                        let details = li.one(":scope > details");
                        let title = t.advice.get(code, country).title;
                        let summary = details.one(":scope > summary");
                        assert_eq!(text(summary.one(":scope > strong.title")), format!("{title}."), "{code:?}");
                        let last = details.child_elements().last().expect("the details' parts");
                        assert_eq!(last.html(), source(country.guidance().advice_sources(code)), "{code:?}");
                        assert_eq!(
                            usize::from(li.value().classes().any(|c| c == "safety-net") || li.count(".safety-net") > 0),
                            usize::from(code == Advice::SafetyNet),
                            "{code:?}"
                        );
                        assert_eq!(
                            li.count("[data-signs=\"emergency\"]"),
                            usize::from(code == Advice::SafetyNet),
                            "{code:?}"
                        );
                        if code != Advice::SafetyNet {
                            let body = fill_place(t.advice.get(code, country).body, lang, place);
                            let (first, rest) = split_first_sentence(&body);
                            assert_eq!(own_text(summary), format!(" {first}"), "{code:?}");
                            if !rest.is_empty() {
                                assert!(details.all("p:not([class])").into_iter().any(|p| text(p) == rest), "{code:?}");
                            }
                        }
                    }
                    // (A paragraph with attributes may be a live region the widget fills, such as the copy
                    // status.)
                    assert!(plain_paragraphs(&doc).iter().all(|p| !p.is_empty()), "no empty paragraph");
                }
            }
        }
    }

    /// Each citation the reader sees links to its page when it has one, with the address
    /// escaped; a source without an address (the brochure) is text, never a link.
    #[test]
    fn every_source_with_an_address_is_a_link_and_one_without_is_text() {
        use crate::decision::sources::{self, SourceKind};
        for lang in Lang::ALL {
            for source in sources::ALL {
                let line = links(&[source], lang);
                let text = escaped(&cite_for_reader(&[source], lang));
                match source.url {
                    Some(url) => {
                        assert!(url.starts_with("https://") || url.starts_with("http://"), "{url}");
                        let link = format!("<a href=\"{}\" rel=\"noreferrer\">{text}</a>", escaped(url));
                        assert_eq!(line, link, "{lang:?} {}", source.id);
                    }
                    None => assert_eq!(line, text, "{lang:?} {}", source.id),
                }
                assert_eq!(fragment(&line).count("[target]"), 0, "opens no new window by itself: {line}");
            }
        }
        // Only the brochure, read from its seed, has no address.
        for source in sources::ALL {
            assert_eq!(source.url.is_none(), source.kind == SourceKind::NorwegianBrochure, "{}", source.id);
        }
        // Several sources: one link each, the brochure's sections as text between them.
        let mixed = [sources::BROCHURE_5_SELF_CARE, sources::NO_MEDICINES_AGENCY, sources::NO_IBUPROFEN_PRODUCT_INFO];
        let line = links(&mixed, Lang::Nb);
        assert_eq!(fragment(&line).count("a[href]"), 2, "{line}");
        assert!(line.starts_with(&escaped(&cite_for_reader(&mixed[..1], Lang::Nb))), "{line}");
        // Read as text, the links say what the cited line says, with its "; " between them.
        assert_eq!(all_text(&fragment(&line)), cite_for_reader(&mixed, Lang::Nb), "{line}");
        // An address is escaped like any other text.
        let odd = Source { url: Some("https://example.org/?a=1&b=\"<x>\""), ..sources::NICE_NG59 };
        let line = links(&[odd], Lang::En);
        // Read back unescaped; `fragment` has checked that it was written escaped.
        assert_eq!(attr(fragment(&line).one("a"), "href"), odd.url, "{line}");
    }

    /// On a real result, the sources of the reasons and advice arrive as links.
    #[test]
    fn a_result_links_its_sources() {
        let clock = Clock::fixed(today());
        for draft in sample_drafts() {
            for country in Country::ALL {
                let html =
                    result_page(&draft, Lang::En, country.into(), &Clinic::default(), None, &clock).unwrap().html;
                let doc = fragment(&html);
                let sources = doc.all("p.source");
                assert!(!sources.is_empty());
                let linked = sources.into_iter().filter(|p| p.count("a[href^=\"http\"]") > 0);
                assert!(linked.count() > 0, "{country:?}: {html}");
            }
        }
    }

    #[test]
    fn the_clinic_and_the_call_lead_follow_the_urgency_and_the_country() {
        let clock = Clock::fixed(today());
        let clinic = Clinic::from_values(Some("Ryggklinikken"), Some("22 33 44 55"), None).0;
        for lang in [Lang::Nb, Lang::Da, Lang::En] {
            let (t, leads) = (lang.texts(), &lang.texts().result.call_lead);
            for country in Country::ALL {
                // With a Danish region, so that every country has one out-of-hours line.
                let place = Place::new(country, Some(DkRegion::Hovedstaden));
                for draft in sample_drafts() {
                    let urgency = urgency_of(&draft);
                    let html = result_page(&draft, lang, place, &clinic, None, &clock).expect("a result").html;
                    let doc = fragment(&html);
                    // The contacts in the order they are shown.
                    let contacts: Vec<&str> =
                        doc.all("[data-contact]").into_iter().filter_map(|e| attr(e, "data-contact")).collect();
                    let clinic_at = contacts.iter().position(|&c| c == "clinic");
                    if urgency == Urgency::Emergency {
                        // Only as the first call where the route starts with the own doctor.
                        let outcome = evaluate_in(&draft.answers_to_decide().expect("decided"), Some(country));
                        let route = country.route(outcome.emergency_kind().expect("an emergency kind"));
                        let first_call = calls_in_order(&doc).first().map(|(contact, _)| contact.clone());
                        assert_eq!(clinic_at.is_some(), route.own_doctor_first(), "{country:?} {route:?}");
                        assert_eq!(first_call.as_deref() == Some("clinic"), route.own_doctor_first(), "{country:?}");
                        continue;
                    }
                    assert_eq!(doc.count("[data-contact=\"clinic\"]"), 1, "{urgency:?}");
                    let national_at =
                        contacts.iter().position(|&c| c == "out_of_hours").expect("the out-of-hours line");
                    assert_eq!(clinic_at.expect("the clinic") < national_at, urgency != Urgency::Urgent, "{urgency:?}");
                    let (clinic_lead, call_lead) = match urgency {
                        Urgency::Urgent => (t.clinic.urgent, leads.urgent),
                        Urgency::Soon => (t.clinic.soon, leads.soon),
                        // Norway's and Denmark's services ask the reader to try their own doctor first.
                        _ if matches!(country, Country::No | Country::Dk) => {
                            (t.clinic.self_care, leads.self_care_own_doctor_first)
                        }
                        _ => (t.clinic.self_care, leads.self_care),
                    };
                    let clinic_lead = fill(clinic_lead, &[("clinic", "Ryggklinikken")]);
                    let plain = plain_paragraphs(&doc);
                    assert!(plain.contains(&clinic_lead), "{lang:?} {country:?} {urgency:?}");
                    let call_lead = fill_place(call_lead, lang, place);
                    let leads: Vec<String> = doc.all("p.lead").into_iter().map(text).collect();
                    assert!(leads.contains(&call_lead), "{lang:?} {country:?} {urgency:?}: {call_lead}");
                }
            }
        }
    }

    #[test]
    fn capitalised_raises_the_first_letter_of_service_names() {
        assert_eq!(capitalised("legevakten"), "Legevakten");
        assert_eq!(capitalised("ålands vård"), "Ålands vård");
        assert_eq!(capitalised("æble"), "Æble");
        assert_eq!(capitalised("÷x"), "÷x");
        assert_eq!(capitalised(""), "");
    }

    #[test]
    fn the_waiting_screen_has_the_headline_the_emergency_number_and_the_way_back() {
        for lang in Lang::ALL {
            for country in Country::ALL {
                let place = Place::new(country, None);
                let verdict =
                    |urgency, emergency_kind| Verdict { urgency, category: Category::Nonspecific, emergency_kind };
                let html = waiting_html(lang.widget_texts(), place, &verdict(Urgency::Urgent, None));
                let doc = fragment(&html);
                assert!(dialled(&doc).contains(&Country::dial(country.emergency_number())), "{html}");
                assert!(html.contains(&escaped(&fill_place(lang.texts().headline.urgent, lang, place))));
                assert_eq!(doc.count("[data-action=\"restart\"]"), 1, "{html}");
                assert_eq!(doc.count("[data-action=\"change\"]"), 1, "{html}");
                // After a serious accident, the waiting screen already names the injury route.
                let names = (lang.texts().services)(country);
                let html =
                    waiting_html(lang.widget_texts(), place, &verdict(Urgency::Emergency, Some(EmergencyKind::Injury)));
                assert!(html.contains(&escaped(&fill_place(names.injury_headline, lang, place))), "{html}");
            }
        }
    }

    #[test]
    fn no_draft_without_an_outcome_has_a_result() {
        let clock = Clock::fixed(today());
        let place = Place::new(Country::No, None);
        assert_eq!(result_page(&Draft::default(), Lang::Nb, place, &Clinic::default(), None, &clock), None);
    }

    #[test]
    fn every_outcome_in_every_language_and_place_is_well_formed_markup_with_its_calls() {
        let clock = Clock::fixed(today());
        let (clinic, refused) = Clinic::from_values(
            Some("Ryggklinikken \"Sentrum\" & co"),
            Some("+47 22 33 44 55"),
            Some("https://example.org/?a=1&b=2"),
        );
        assert!(refused.is_empty(), "{refused:?}");
        let mut seen = std::collections::BTreeSet::new();
        // Every language and place (45 of them) for each draft would be 40,000 pages: each draft
        // gets every seventh, in turn, so that each one meets every draft's neighbours.
        let places: Vec<(Lang, Place)> = Lang::ALL
            .into_iter()
            .flat_map(|lang| {
                Country::ALL.into_iter().flat_map(move |country| {
                    let regions: Vec<Option<DkRegion>> = if country == Country::Dk {
                        std::iter::once(None).chain(DkRegion::ALL.into_iter().map(Some)).collect()
                    } else {
                        vec![None]
                    };
                    regions.into_iter().map(move |region| (lang, Place::new(country, region)))
                })
            })
            .collect();
        for (i, draft) in decided_drafts().into_iter().enumerate() {
            for (j, &(lang, place)) in places.iter().enumerate() {
                if (i + j) % 7 != 0 {
                    continue;
                }
                let country = place.country;
                let page = result_page(&draft, lang, place, &clinic, None, &clock).expect("an outcome");
                let html = &page.html;
                let urgency = urgency_of(&draft);
                seen.insert(urgency.as_str());
                // Well-formed: every element closed where it was opened, every value escaped.
                let doc = fragment(html);
                let calls = dialled(&doc);
                assert!(calls.contains(&Country::dial(country.emergency_number())), "{html}");
                assert_eq!(doc.count("h2[tabindex=\"-1\"]"), 1, "{html}");
                assert!(!html.contains("\"Sentrum\"") && !html.contains("?a=1&b"), "the clinic is escaped: {html}");
                assert!(!html.contains('{'), "a placeholder left unfilled: {html}");
                if urgency == Urgency::Emergency {
                    let outcome = evaluate_in(&draft.answers_to_decide().expect("decided"), Some(country));
                    let route = country.route(outcome.emergency_kind().expect("an emergency kind"));
                    // The clinic only as the first call of a route that starts with the own doctor.
                    assert_eq!(doc.count("[data-contact=\"clinic\"]"), usize::from(route.own_doctor_first()), "{html}");
                    assert_eq!(doc.count("[data-action=\"copy\"]"), 0);
                    assert!(page.calendar.is_none());
                } else {
                    assert_eq!(doc.count("[data-contact=\"clinic\"]"), 1, "{html}");
                    assert!(calls.iter().any(|n| n == "+4722334455"), "{html}");
                    assert_eq!(doc.count("[data-action=\"copy\"]"), 1);
                }
                assert_eq!(doc.count("[data-action=\"calendar\"]"), usize::from(page.calendar.is_some()));
            }
        }
        assert_eq!(seen.len(), 4, "every urgency is reached: {seen:?}");
    }

    /// The `tel:` links of `doc` in order, each with the `data-contact` of the element holding
    /// it (the link itself or the nearest element around it that has one).
    fn calls_in_order(doc: &Markup) -> Vec<(String, String)> {
        doc.all("a[href^=\"tel:\"]")
            .into_iter()
            .map(|a| {
                let holder = std::iter::once(a).chain(a.ancestors().filter_map(ElementRef::wrap));
                let contact = holder.filter_map(|e| attr(e, "data-contact")).next().unwrap_or_default();
                (contact.to_owned(), attr(a, "href").unwrap_or_default().trim_start_matches("tel:").to_owned())
            })
            .collect()
    }

    /// The texts of the paragraphs without attributes.
    fn plain_paragraphs(doc: &Markup) -> Vec<String> {
        doc.all("p").into_iter().filter(|p| p.value().attrs().next().is_none()).map(text).collect()
    }

    #[test]
    fn the_emergency_result_calls_in_the_order_of_each_countrys_route() {
        let clock = Clock::fixed(today());
        let mut draft = Draft::default();
        draft.set_sign(Sign::SaddleNumbness, true);
        let call = |kind: &str, number: &str| (kind.to_owned(), number.to_owned());
        let region = |code: &str| DkRegion::parse(code);
        let expected = [
            (Country::No, None, vec![call("out_of_hours", "116117"), call("emergency", "113")]),
            (Country::Se, None, vec![call("emergency", "112"), call("out_of_hours", "1177")]),
            (Country::Gb, None, vec![call("emergency", "999")]),
            (Country::Dk, region("DK-84"), vec![call("out_of_hours", "1813"), call("emergency", "112")]),
            (Country::Dk, region("DK-81"), vec![call("out_of_hours", "70150300"), call("emergency", "112")]),
            (
                Country::Dk,
                None,
                vec![
                    call("out_of_hours", "70150300"),
                    call("out_of_hours", "70113131"),
                    call("out_of_hours", "70110707"),
                    call("out_of_hours", "1813"),
                    call("out_of_hours", "1818"),
                    call("emergency", "112"),
                ],
            ),
        ];
        for lang in Lang::ALL {
            for (country, region, calls) in &expected {
                let place = Place::new(*country, *region);
                let page = result_page(&draft, lang, place, &Clinic::default(), None, &clock).unwrap();
                let html = &page.html;
                let doc = fragment(html);
                assert_eq!(&calls_in_order(&doc), calls, "{lang:?} {country:?} {region:?}");
                let route = country.emergency_route().as_str();
                assert_eq!(doc.count(&format!("[data-emergency-route=\"{route}\"]")), 1, "{html}");
                // The headline is the route's own, and the steps under the calls are there.
                let names = (lang.texts().services)(*country);
                let headline = fill_place(names.emergency_headline, lang, place);
                assert_eq!(text(doc.one("h2[tabindex=\"-1\"]")), headline, "{html}");
                assert!(html.contains(&escaped(&fill_place(names.emergency_steps, lang, place))), "{html}");
                assert!(
                    !page.summary.is_empty() && page.summary.contains(&fill_place(names.emergency_steps, lang, place))
                );
            }
        }
    }

    /// After a serious accident, each country's injury route: its headline, its steps, and its
    /// calls in order (the legevakt or the region's line first in Norway and Denmark, with the
    /// emergency number after it; Sweden's akutmottagning; the UK's 999 or A&E), on screen and
    /// in the summary. The host's clinic is not a call there: an injury is not the GP's.
    #[test]
    fn a_serious_accident_follows_each_countrys_injury_route() {
        let clock = Clock::fixed(today());
        let mut draft = Draft::default();
        draft.set_sign(Sign::Trauma, true);
        let clinic = Clinic::from_values(Some("Ryggklinikken"), Some("22 33 44 55"), None).0;
        let call = |kind: &str, number: &str| (kind.to_owned(), number.to_owned());
        let expected = [
            (Country::No, None, vec![call("out_of_hours", "116117"), call("emergency", "113")]),
            (Country::Se, None, vec![call("emergency", "112"), call("out_of_hours", "1177")]),
            (Country::Gb, None, vec![call("emergency", "999")]),
            (Country::Dk, DkRegion::parse("DK-84"), vec![call("out_of_hours", "1813"), call("emergency", "112")]),
        ];
        for lang in Lang::ALL {
            for (country, region, calls) in &expected {
                let place = Place::new(*country, *region);
                let page = result_page(&draft, lang, place, &clinic, None, &clock).unwrap();
                let html = &page.html;
                let doc = fragment(html);
                assert_eq!(&calls_in_order(&doc), calls, "{lang:?} {country:?}");
                let route = country.injury_route().as_str();
                let routed = format!("[data-emergency-route=\"{route}\"][data-emergency-kind=\"injury\"]");
                assert_eq!(doc.count(&routed), 1, "{html}");
                assert_eq!(doc.count("[data-advice=\"injury_care_now\"]"), 1, "{html}");
                let names = (lang.texts().services)(*country);
                let headline = fill_place(names.injury_headline, lang, place);
                assert_eq!(text(doc.one("h2[tabindex=\"-1\"]")), headline, "{html}");
                let steps = fill_place(names.injury_steps, lang, place);
                assert!(html.contains(&escaped(&steps)) && page.summary.contains(&steps), "{html}");
                assert_eq!(doc.count("[data-advice=\"call_emergency\"]"), 0, "{html}");
                // Why the back is checked: the injury's words, never the nerve signs'.
                let t = lang.texts();
                assert!(html.contains(&escaped(t.injury_body)) && page.summary.contains(t.injury_body), "{html}");
                assert!(!html.contains(&escaped(t.headline_body.emergency)), "{html}");
            }
        }
    }

    /// On an emergency in Norway and Denmark the route starts with the reader's own doctor, so
    /// the host's clinic, when it gives a number, is the first call; the summary lists the
    /// calls in the same order as the screen.
    #[test]
    fn the_hosts_clinic_is_the_first_call_on_a_doctor_first_emergency() {
        let clock = Clock::fixed(today());
        let mut draft = Draft::default();
        draft.set_sign(Sign::BladderOrBowelProblems, true);
        let clinic = Clinic::from_values(Some("Ryggklinikken"), Some("22 33 44 55"), None).0;
        let call = |kind: &str, number: &str| (kind.to_owned(), number.to_owned());
        for (country, region, calls) in [
            (
                Country::No,
                None,
                vec![call("clinic", "22334455"), call("out_of_hours", "116117"), call("emergency", "113")],
            ),
            (
                Country::Dk,
                DkRegion::parse("DK-83"),
                vec![call("clinic", "22334455"), call("out_of_hours", "70110707"), call("emergency", "112")],
            ),
            (Country::Se, None, vec![call("emergency", "112"), call("out_of_hours", "1177")]),
            (Country::Gb, None, vec![call("emergency", "999")]),
        ] {
            let place = Place::new(country, region);
            let page = result_page(&draft, Lang::Nb, place, &clinic, None, &clock).unwrap();
            let doc = fragment(&page.html);
            assert_eq!(calls_in_order(&doc), calls, "{country:?}");
            if country == Country::No {
                // The button: what to do, then whom it calls.
                let button = doc.one("a[href=\"tel:22334455\"]");
                assert_eq!(own_text(button), "Ring 22 33 44 55", "{}", button.html());
                let parts: Vec<String> = button.child_elements().map(|e| e.html()).collect();
                assert_eq!(parts, ["<span class=\"service\">Ryggklinikken</span>"], "{}", button.html());
                // The summary: the out-of-hours line before the emergency number, as on screen.
                let (ooh, emergency) = (page.summary.find("116 117"), page.summary.find(": 113"));
                assert!(ooh.is_some() && ooh < emergency, "{}", page.summary);
            }
        }
    }

    /// A result that sends the reader to a doctor (today, or within a few days) never also
    /// gives a follow-up date less than a week away, on screen, copied, printed or in the
    /// calendar file: one result, one timing (clinical review 2026-12-07 §3.7, which found
    /// "contact your GP again by tomorrow" under "book within a few days"). The fixed clock
    /// writes dates as ISO, so the dates themselves are looked for. Every start day from
    /// December 2026 into January 2027 and over Easter 2027, every duration, both urgencies,
    /// every country (each in turn in one of the languages).
    #[test]
    fn a_result_sending_the_reader_to_a_doctor_never_dates_the_follow_up_under_a_week_away() {
        // The review's "about 7 days", written here rather than read from follow_up.rs, so that
        // a change there is seen.
        const A_WEEK: i64 = 7;
        let drafts = decided_drafts();
        let mut cases = vec![];
        for urgency in [Urgency::Soon, Urgency::Urgent] {
            for duration in DurationChoice::ALL {
                // The same urgency in every country (no country's own rule decides it), so that
                // each country's result is this urgency's.
                let everywhere = |d: &Draft| {
                    let answers = d.answers_to_decide().expect("decided");
                    Country::ALL.into_iter().all(|c| evaluate_in(&answers, Some(c)).urgency == urgency)
                };
                let draft = drafts.iter().find(|d| d.duration == Some(duration) && everywhere(d));
                cases.push((urgency, duration, *draft.expect("a draft of each urgency and duration")));
            }
        }
        let days = (0..46).map(|d| CalendarDate::constant(2026, 12, 1).plus_days(d));
        let days = days.chain((0..29).map(|d| CalendarDate::constant(2027, 3, 8).plus_days(d)));
        let (mut dated, mut undated) = (0, 0);
        for (n, today) in days.enumerate() {
            let clock = Clock::fixed(today);
            for (urgency, duration, draft) in &cases {
                for (i, country) in Country::ALL.into_iter().enumerate() {
                    let lang = Lang::ALL[(n + i) % Lang::ALL.len()];
                    let at = format!("{today:?} {urgency:?} {duration:?} {country:?} {lang:?}");
                    let page = result_page(draft, lang, country.into(), &Clinic::default(), None, &clock).unwrap();
                    let doc = fragment(&page.html);
                    let follow_up = doc.one("[data-section=\"follow-up\"]");
                    // The section's markup, text and attribute values alike.
                    let section = follow_up.html();
                    let paragraphs: Vec<String> = follow_up.all("p").into_iter().map(text).collect();
                    // No date from today to a week on in the follow-up. (Elsewhere the page has
                    // today's date and the content's checked date, so only the follow-up is
                    // searched; the summary's is the same sentence, checked below.)
                    for ahead in 0..A_WEEK {
                        let near = today.plus_days(ahead).iso();
                        assert!(!section.contains(&near), "{at}: {near} in {section}");
                    }
                    match attr(follow_up, "data-date") {
                        Some(iso) => {
                            dated += 1;
                            let (y, m, d) =
                                (iso[..4].parse().unwrap(), iso[5..7].parse().unwrap(), iso[8..].parse().unwrap());
                            let date = CalendarDate::new(y, m, d).expect("an ISO date");
                            assert!(date >= today.plus_days(A_WEEK), "{at}: {iso}");
                            assert!(!is_closed(country, date), "{at}: {iso}");
                            let sentence = FollowUp { kind: FollowUpKind::CheckAgainBy, date: Some(date) };
                            let sentence = sentence.sentence(lang, country, iso);
                            assert!(paragraphs.contains(&sentence), "{at}: {section}");
                            assert!(page.summary.contains(&sentence), "{at}: {}", page.summary);
                            let ics = page.calendar.expect("a dated follow-up has a calendar file").ics;
                            assert!(ics.contains(&format!("DTSTART;VALUE=DATE:{}", date.ical())), "{at}: {ics}");
                        }
                        None => {
                            undated += 1;
                            assert!(page.calendar.is_none(), "{at}");
                            let t = &lang.texts().result;
                            let appointment = [t.appointment_now, t.appointment_before_the_mark]
                                .map(|text| fill_country(text, lang, country))
                                .into_iter()
                                .find(|text| paragraphs.contains(text));
                            let appointment = appointment.unwrap_or_else(|| panic!("{at}: {section}"));
                            assert!(page.summary.contains(&appointment), "{at}: {}", page.summary);
                        }
                    }
                }
            }
        }
        // Both kinds are reached, so neither branch above is idle.
        assert!(dated > 0 && undated > 0, "{dated} dated, {undated} undated");
    }

    #[test]
    fn danish_regions_each_get_their_line_and_without_one_all_five_are_listed() {
        let clock = Clock::fixed(today());
        let draft = decided_drafts().into_iter().find(|d| urgency_of(d) == Urgency::SelfCare).expect("self-care");
        let all =
            result_page(&draft, Lang::Da, Place::new(Country::Dk, None), &Clinic::default(), None, &clock).unwrap();
        assert_eq!(fragment(&all.html).count("[data-contact=\"out_of_hours\"]"), 5);
        for region in DkRegion::ALL {
            let one =
                result_page(&draft, Lang::Da, Place::new(Country::Dk, Some(region)), &Clinic::default(), None, &clock)
                    .unwrap();
            let doc = fragment(&one.html);
            assert_eq!(doc.count("[data-contact=\"out_of_hours\"]"), 1);
            assert_eq!(doc.count(&format!("[data-region=\"{}\"]", region.code())), 1);
            assert!(dialled(&doc).contains(&Country::dial(region.out_of_hours_number())));
        }
    }

    /// Region Hovedstaden and Region Sjælland become Region Østdanmark on 1 January 2027: the
    /// day the result is shown decides the names, on screen and in the summary. Every region's
    /// line says when it takes calls, in the button and in the all-regions list.
    #[test]
    fn danish_results_name_the_regions_of_the_day_and_say_when_each_line_takes_calls() {
        use crate::i18n::dk_region_name;
        let (dec_31, jan_1) = (CalendarDate::constant(2026, 12, 31), crate::country::EAST_DENMARK_FROM);
        let mut emergency = Draft::default();
        emergency.set_sign(Sign::SaddleNumbness, true);
        let self_care = decided_drafts().into_iter().find(|d| urgency_of(d) == Urgency::SelfCare).expect("self-care");
        for lang in Lang::ALL {
            let hours = &lang.texts().care.dk_hours;
            for draft in [&emergency, &self_care] {
                for date in [dec_31, jan_1] {
                    let clock = Clock::fixed(date);
                    let at = format!("{lang:?} {} {:?}", date.iso(), urgency_of(draft));
                    let all = result_page(draft, lang, Country::Dk.into(), &Clinic::default(), None, &clock).unwrap();
                    let doc = fragment(&all.html);
                    for region in DkRegion::ALL {
                        let name = dk_region_name(lang, region, date);
                        let item = format!("li[data-contact=\"out_of_hours\"][data-region=\"{}\"]", region.code());
                        let li = doc.one(&item);
                        let at = format!("{at}: {}", li.html());
                        assert!(text(li).starts_with(&format!("{name}: ")), "{at}");
                        // The common hours once under the lead; beside a line only what it adds.
                        let extra = li.all(".hours");
                        match hours.beyond_the_common_hours(region.open()) {
                            Some(more) => {
                                let last = li.child_elements().last().expect("the hours");
                                assert_eq!(
                                    last.html(),
                                    format!("<span class=\"hours\">{}</span>", escaped(more)),
                                    "{at}"
                                );
                                assert_eq!(extra.len(), 1, "{at}");
                                assert!(own_text(li).ends_with(' '), "{at}");
                            }
                            None => assert!(extra.is_empty(), "{at}"),
                        }
                        assert!(all.summary.contains(&format!("{name}: ")), "{at}: {}", all.summary);
                    }
                    // The common hours: one paragraph, right before the list of lines.
                    let common: Vec<ElementRef> = doc
                        .all("p.hours")
                        .into_iter()
                        .filter(|p| text(*p) == hours.when_own_doctor_closed)
                        .filter(|p| {
                            p.next_siblings().find_map(ElementRef::wrap).is_some_and(|e| e.value().name() == "ul")
                        })
                        .collect();
                    assert_eq!(common.len(), 1, "{at}");
                    assert_eq!(all.html.contains("Region Østdanmark"), date == jan_1, "{at}");
                    assert_eq!(all.summary.contains("Region Østdanmark"), date == jan_1, "{at}");
                    // The former names stay, so that a reader who knows only them finds their line.
                    assert!(all.html.contains("Region Hovedstaden") && all.html.contains("Region Sjælland"), "{at}");
                    for region in DkRegion::ALL {
                        let place = Place::new(Country::Dk, Some(region));
                        let one = result_page(draft, lang, place, &Clinic::default(), None, &clock).unwrap().html;
                        let one = fragment(&one);
                        let link = format!("a[href=\"tel:{}\"]", Country::dial(region.out_of_hours_number()));
                        let button = one.one(&link);
                        let label = format!("<span class=\"hours\">{}</span>", escaped(hours.get(region.open())));
                        let last = button.child_elements().last().map(|e| e.html());
                        assert_eq!(last, Some(label), "{at} {region:?}: {}", button.html());
                        if urgency_of(draft) != Urgency::Emergency {
                            let hints: Vec<String> = one.all("p.hint").into_iter().map(text).collect();
                            assert!(hints.contains(&dk_region_name(lang, region, date)), "{at} {region:?}");
                        }
                    }
                }
            }
        }
        // Outside Denmark no line carries Danish hours.
        let clock = Clock::fixed(jan_1);
        let place = Place::new(Country::No, Some(DkRegion::Hovedstaden));
        let page = result_page(&self_care, Lang::Nb, place, &Clinic::default(), None, &clock).unwrap();
        assert_eq!(fragment(&page.html).count(".hours"), 0);
    }

    #[test]
    fn the_answers_list_has_one_row_per_step_question_answered() {
        let clock = Clock::fixed(today());
        let draft = decided_drafts().into_iter().find(|d| urgency_of(d) == Urgency::Soon).expect("soon");
        let page =
            result_page(&draft, Lang::En, Place::new(Country::Gb, None), &Clinic::default(), None, &clock).unwrap();
        let rows = fragment(&page.html).count(".row");
        assert!(rows >= STEPS.len(), "{rows} rows");
        assert!(page.summary.contains("2026-11-30"));
        let calendar = page.calendar.expect("a dated follow-up");
        assert!(calendar.ics.starts_with("BEGIN:VCALENDAR"));
    }
}
