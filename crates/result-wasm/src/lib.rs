//! The result screen for the widget: [`triage::render::result_screen`] with the reader's clock and the
//! browser's own date writing, with the core's API (`back_pain_triage_core::api`).
//! `scripts/build-extras` builds it as `wasm/back-pain-triage-result*`, which the widget's page
//! loads after the reader's first answer (`www/package/src/loader.js`), so that the widget's own
//! WASM, which the page needs before the first question, carries neither this code nor the
//! texts of the result. The component tests (tests/web.rs) hand it to the widget as the page
//! does, as `renderResult`.
//!
//! Nothing here may panic on input from outside. Only for the browser: natively this crate is
//! empty.
#![cfg(target_arch = "wasm32")]

/// The core's API, which this WASM carries too: the page asks it to pre-fill and to report a
/// result as well as for the result screen.
pub use back_pain_triage_core::api;

use wasm_bindgen::prelude::*;

use triage::calendar::UtcTime;
use triage::clinic::Clinic;
use triage::country::{Country, Place};
use triage::date::{CalendarDate, DateError};
use triage::i18n::Lang;
use triage::operator::Operator;
use triage::questionnaire::Draft;
use triage::render::result_screen::{Clock, ResultPage, result_page};
use triage::result_request::ReceivedRequest;

/// Today in the reader's time zone, from the browser's clock; an error if the clock gives no
/// real day (an invalid `Date` reads as day 0).
pub fn today() -> Result<CalendarDate, DateError> {
    let now = js_sys::Date::new_0();
    CalendarDate::new(now.get_full_year() as i32, now.get_month() + 1, now.get_date())
}

/// Now in UTC, for the calendar file's `DTSTAMP`; an error as for [`today`].
fn now_utc() -> Result<UtcTime, DateError> {
    let now = js_sys::Date::new_0();
    let date = CalendarDate::new(now.get_utc_full_year() as i32, now.get_utc_month() + 1, now.get_utc_date())?;
    Ok(UtcTime { date, hour: now.get_utc_hours(), minute: now.get_utc_minutes(), second: now.get_utc_seconds() })
}

/// The reader's clock for the result screen; an error if the browser's clock gives no real day.
fn clock() -> Result<Clock<'static>, DateError> {
    Ok(Clock { today: today()?, write_date: &written_date, now_utc: now_utc()?, event_uid: event_uid() })
}

/// Nynorsk's weekday names where they differ from bokmål's. A browser without nynorsk date
/// data (Debian's Chromium has none) writes bokmål, whose month names nynorsk shares.
const NYNORSK_WEEKDAYS: [(&str, &str); 3] = [("mandag", "måndag"), ("tirsdag", "tysdag"), ("lørdag", "laurdag")];

/// Whether the browser has date data for the language `code` (not a fallback to its default).
fn browser_writes(code: &str) -> bool {
    let asked = js_sys::Array::of1(&code.into());
    js_sys::Intl::DateTimeFormat::supported_locales_of(&asked, &js_sys::Object::new()).length() > 0
}

/// `date` written by the browser for the reader: weekday, day and month, and the year when it
/// is not this year ("Monday 21 December", "mandag 21. desember"), in `lang` as it is written
/// in `country` (`nb-NO`, `en-GB`, `sv-SE` …).
fn written_date(date: CalendarDate, lang: Lang, country: Country) -> String {
    let nynorsk_from_bokmal = lang == Lang::Nn && !browser_writes("nn");
    let code = if nynorsk_from_bokmal { "nb" } else { lang.code() };
    let js_date = js_sys::Date::new_with_year_month_day(date.year() as u32, date.month() as i32 - 1, date.day() as i32);
    let options = js_sys::Object::new();
    let mut parts = vec![("weekday", "long"), ("day", "numeric"), ("month", "long")];
    // With no day from the clock, the year too: a date is never ambiguous.
    if !today().is_ok_and(|today| today.year() == date.year()) {
        parts.push(("year", "numeric"));
    }
    for (key, value) in parts {
        let _ = js_sys::Reflect::set(&options, &key.into(), &value.into());
    }
    let written: String = js_date.to_locale_date_string(&format!("{code}-{}", country.code()), &options).into();
    if nynorsk_from_bokmal {
        NYNORSK_WEEKDAYS.iter().fold(written, |text, (bokmal, nynorsk)| text.replace(bokmal, nynorsk))
    } else {
        written
    }
}

/// A random id for the calendar event (RFC 5545 wants it globally unique; it need not be secret).
fn event_uid() -> String {
    let random = || (js_sys::Math::random() * 4_294_967_296.0) as u32;
    format!("{:08x}{:08x}{:08x}@back-pain-triage.invalid", random(), random(), random())
}

/// The result screen for `draft` as the reader sees it today; `None` without an outcome, or if
/// the browser's clock gives no day (`resultForWidget` says which).
pub fn page_in_browser(
    draft: &Draft,
    lang: Lang,
    place: Place,
    clinic: &Clinic,
    operator: Option<&Operator>,
) -> Option<ResultPage> {
    result_page(draft, lang, place, clinic, operator, &clock().ok()?)
}

/// The result screen the widget asks for: `request` is `ResultRequest::to_parts`'s list (the
/// draft's code, the language, the country, the region, the clinic's and the operator's
/// values), read back by [`ReceivedRequest::from_parts`]; the page is [`ResultPage::to_parts`]'s
/// list (the markup, the summary, the calendar file's name and contents). Throws an `Error` when
/// the first part is not a draft's code or the draft has no outcome yet, or when the browser's
/// clock gives no day.
#[wasm_bindgen(js_name = resultForWidget)]
pub fn result_for_widget(request: js_sys::Array) -> Result<js_sys::Array, JsError> {
    let parts: Vec<Option<String>> = request.iter().map(|part| part.as_string()).collect();
    let received = ReceivedRequest::from_parts(&parts).map_err(|e| JsError::new(&e.to_string()))?;
    let clock = clock().map_err(|e| JsError::new(&format!("result: the browser's clock gives no day: {e}")))?;
    let request = received.request();
    let page = result_page(&request.draft, request.lang, request.place, request.clinic, request.operator, &clock)
        .ok_or_else(|| JsError::new("result: no outcome yet"))?;
    Ok(page
        .to_parts()
        .into_iter()
        .map(|part| part.map_or(JsValue::UNDEFINED, |text| JsValue::from_str(&text)))
        .collect())
}
