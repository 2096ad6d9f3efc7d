//! The dated follow-up on the result screen, and the calendar reminder made from it.
//!
//! Today's date comes from the browser's clock and the date is written by the browser's own
//! `Intl` (`Date.prototype.toLocaleDateString`), so the WASM carries no date library and no
//! month names. The reminder is an iCalendar file (`calendar::Reminder`) put into a `Blob` in
//! the page and offered through an object URL: nothing is sent, nothing is stored. The object
//! URL is revoked when the result screen goes away.

use leptos::prelude::*;
use send_wrapper::SendWrapper;

use super::Locale;
use crate::calendar::{Reminder, UtcTime};
use crate::follow_up::{CalendarDate, FollowUp};
use crate::i18n::Lang;

/// Today in the reader's time zone, from the browser's clock.
pub fn today() -> CalendarDate {
    let now = js_sys::Date::new_0();
    CalendarDate { year: now.get_full_year() as i32, month: now.get_month() + 1, day: now.get_date() }
}

/// Now in UTC, for the calendar file's `DTSTAMP`.
fn now_utc() -> UtcTime {
    let now = js_sys::Date::new_0();
    UtcTime {
        date: CalendarDate {
            year: now.get_utc_full_year() as i32,
            month: now.get_utc_month() + 1,
            day: now.get_utc_date(),
        },
        hour: now.get_utc_hours(),
        minute: now.get_utc_minutes(),
        second: now.get_utc_seconds(),
    }
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
/// is not this year ("Monday 21 December", "mandag 21. desember"), in the widget's language as
/// it is written in the reader's country (`nb-NO`, `en-GB`, `sv-SE` …).
pub fn written_date(date: CalendarDate, locale: &Locale) -> String {
    let (lang, country) = (locale.lang.get_untracked(), locale.country.get_untracked());
    let nynorsk_from_bokmal = lang == Lang::Nn && !browser_writes("nn");
    let code = if nynorsk_from_bokmal { "nb" } else { lang.code() };
    let js_date = js_sys::Date::new_with_year_month_day(date.year as u32, date.month as i32 - 1, date.day as i32);
    let options = js_sys::Object::new();
    let mut parts = vec![("weekday", "long"), ("day", "numeric"), ("month", "long")];
    if date.year != today().year {
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

/// The follow-up: the sentence with its date and, where there is a date, the link that
/// downloads it as a calendar reminder.
#[component]
pub(super) fn FollowUpSection(
    /// The follow-up of this result.
    follow_up: FollowUp,
    /// The follow-up in words, as `FollowUp::sentence` wrote it with the browser's date.
    sentence: String,
    /// Language and country.
    locale: Locale,
) -> impl IntoView {
    let t = &locale.texts().result;
    let (lang, country) = (locale.lang.get_untracked(), locale.country.get_untracked());
    let reminder = follow_up.date.map(|date| {
        let ics = Reminder {
            date,
            summary: follow_up.calendar_title(lang, country),
            description: sentence.clone(),
            uid: event_uid(),
            stamp: now_utc(),
        }
        .to_ics();
        let url = gloo_file::ObjectUrl::from(gloo_file::Blob::new_with_options(ics.as_str(), Some("text/calendar")));
        let href = url.to_string();
        // Revoked (gloo's `ObjectUrl` does it when dropped) once this screen is gone. The
        // widget runs on one thread, so the wrapper never crosses one.
        let url = SendWrapper::new(url);
        on_cleanup(move || drop(url));
        view! {
            <p class="calendar">
                <a href=href download=t.calendar_file_name data-action="calendar" part="calendar-link">
                    {t.add_to_calendar}
                </a>
            </p>
        }
    });
    view! {
        <div class="follow-up" data-section="follow-up" data-date=follow_up.date.map(CalendarDate::iso)>
            <h3>{t.follow_up_heading}</h3>
            <p>{sentence}</p>
            {reminder}
        </div>
    }
}
