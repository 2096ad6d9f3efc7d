//! A day in the calendar, without time or zone, and its arithmetic: what the follow-up, the
//! holidays, the review-by dates and the calendar file count with. Its own module, below all
//! of them: each of those reads dates, and none needs another to do so.

/// A day in the proleptic Gregorian calendar, without time or zone: what an all-day calendar
/// event and a written date need.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CalendarDate {
    /// The year, e.g. 2026.
    pub year: i32,
    /// The month, 1–12.
    pub month: u32,
    /// The day of the month, 1–31.
    pub day: u32,
}

impl CalendarDate {
    /// The date `year`-`month`-`day`; `None` if there is no such day.
    pub fn new(year: i32, month: u32, day: u32) -> Option<CalendarDate> {
        let date = CalendarDate { year, month, day };
        ((1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month)).then_some(date)
    }

    /// Days since 1970-01-01 (negative before it). The civil-from-days arithmetic of
    /// the Gregorian calendar's 400-year cycle of 146,097 days.
    pub fn days_since_epoch(self) -> i64 {
        let (m, d) = (i64::from(self.month), i64::from(self.day));
        // Counting years from March makes February the last month, so leap days fall at the end.
        let y = i64::from(self.year) - i64::from(m <= 2);
        let era = y.div_euclid(400);
        let year_of_era = y - era * 400;
        let day_of_year = (153 * ((m + 9) % 12) + 2) / 5 + d - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era - 719_468
    }

    /// The date `days` days after 1970-01-01.
    pub fn from_days_since_epoch(days: i64) -> CalendarDate {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let day_of_era = z - era * 146_097;
        let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let mp = (5 * day_of_year + 2) / 153;
        let day = day_of_year - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = year_of_era + era * 400 + i64::from(month <= 2);
        // In range for any date a browser can hold (±275,000 years), so the casts cannot truncate.
        CalendarDate { year: year as i32, month: month as u32, day: day as u32 }
    }

    /// The date `days` days later (earlier if negative).
    pub fn plus_days(self, days: i64) -> CalendarDate {
        CalendarDate::from_days_since_epoch(self.days_since_epoch() + days)
    }

    /// The day of the week, 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday).
    pub fn weekday(self) -> u32 {
        (self.days_since_epoch() + 3).rem_euclid(7) as u32
    }

    /// `YYYYMMDD`, as iCalendar's `DATE` value type writes it (RFC 5545 §3.3.4).
    pub fn ical(self) -> String {
        format!("{:04}{:02}{:02}", self.year, self.month, self.day)
    }

    /// `YYYY-MM-DD` (ISO 8601), for stable hooks such as `data-date`.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Whether `year` has a 29 February.
const fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// The number of days in `month` (1–12) of `year`.
const fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if is_leap_year(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}
