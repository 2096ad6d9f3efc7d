//! A day in the calendar, without time or zone, and its arithmetic: what the follow-up, the
//! holidays, the review-by dates and the calendar file count with. Its own module, below all
//! of them: each of those reads dates, and none needs another to do so.

/// A day in the proleptic Gregorian calendar, without time or zone: what an all-day calendar
/// event and a written date need. Always a real day: [`CalendarDate::new`] refuses 2027-02-29,
/// and the fields are private, so no other way in can make one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CalendarDate {
    year: i32,
    month: u32,
    day: u32,
}

impl CalendarDate {
    /// The date `year`-`month`-`day`, or which part is wrong: a month outside 1–12, or a day
    /// the month does not have in that year. Any year is a year.
    ///
    /// # Example
    ///
    /// ```
    /// use triage::date::{CalendarDate, DateError};
    ///
    /// let leap_day = CalendarDate::new(2028, 2, 29)?;
    /// assert_eq!((leap_day.year(), leap_day.month(), leap_day.day()), (2028, 2, 29));
    /// assert_eq!(CalendarDate::new(2027, 2, 29), Err(DateError::Day { year: 2027, month: 2, day: 29 }));
    /// assert_eq!(CalendarDate::new(2027, 13, 1), Err(DateError::Month { month: 13 }));
    /// assert_eq!(CalendarDate::new(2027, 2, 29).unwrap_err().to_string(), "day 29 is not in 2027-02 (1-28)");
    /// # Ok::<(), DateError>(())
    /// ```
    pub const fn new(year: i32, month: u32, day: u32) -> Result<CalendarDate, DateError> {
        if !matches!(month, 1..=12) {
            return Err(DateError::Month { month });
        }
        if day < 1 || day > days_in_month(year, month) {
            return Err(DateError::Day { year, month, day });
        }
        Ok(CalendarDate { year, month, day })
    }

    /// [`CalendarDate::new`] for a day known to exist, above all a `const`: the review-by dates
    /// (`review::REVIEW_BY`), `country::EAST_DENMARK_FROM`, the tests' fixed days. Checked as
    /// `new` checks, because a constant that names no real day (a 31 April typed in) must not
    /// become a date the arithmetic silently rolls over: in a `const` the check is a compile
    /// error. Anywhere else it panics, so a date from outside (the browser, the command line)
    /// goes through `new`.
    ///
    /// # Example
    ///
    /// ```
    /// use triage::date::CalendarDate;
    ///
    /// const NEW_YEAR: CalendarDate = CalendarDate::constant(2027, 1, 1);
    /// assert_eq!(NEW_YEAR.iso(), "2027-01-01");
    /// ```
    ///
    /// A day that does not exist does not compile:
    ///
    /// ```compile_fail
    /// use triage::date::CalendarDate;
    ///
    /// const LEAP_DAY: CalendarDate = CalendarDate::constant(2027, 2, 29);
    /// assert_eq!(LEAP_DAY.day(), 29);
    /// ```
    pub const fn constant(year: i32, month: u32, day: u32) -> CalendarDate {
        match CalendarDate::new(year, month, day) {
            Ok(date) => date,
            Err(DateError::Month { .. }) => panic!("CalendarDate::constant: the month is not 1-12"),
            Err(DateError::Day { .. }) => panic!("CalendarDate::constant: the month has no such day"),
        }
    }

    /// The year, e.g. 2026.
    pub const fn year(self) -> i32 {
        self.year
    }

    /// The month, 1–12.
    pub const fn month(self) -> u32 {
        self.month
    }

    /// The day of the month, 1–31.
    pub const fn day(self) -> u32 {
        self.day
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

/// Why [`CalendarDate::new`] refused a date: which part is wrong.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateError {
    /// The month is not 1–12.
    Month {
        /// The month given.
        month: u32,
    },
    /// The month has no such day in that year: 0, 32, 31 April, or 29 February of a common year.
    Day {
        /// The year given.
        year: i32,
        /// The month given (1–12).
        month: u32,
        /// The day given.
        day: u32,
    },
}

impl DateError {
    /// The part that is wrong: `"month"` or `"day"`.
    pub const fn field(self) -> &'static str {
        match self {
            DateError::Month { .. } => "month",
            DateError::Day { .. } => "day",
        }
    }
}

impl std::fmt::Display for DateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            DateError::Month { month } => write!(f, "month {month} is not 1-12"),
            DateError::Day { year, month, day } => {
                write!(f, "day {day} is not in {year:04}-{month:02} (1-{})", days_in_month(year, month))
            }
        }
    }
}

impl std::error::Error for DateError {}

#[cfg(test)]
mod tests {
    use super::*;

    /// `new` accepts exactly the days the epoch arithmetic walks through, one after another,
    /// in 1999–2101 (common years, leap years, 2000 that is one and 2100 that is not), and
    /// for every other (month, day) it names the part that is wrong.
    #[test]
    fn new_accepts_exactly_the_real_days() {
        let first = CalendarDate::constant(1999, 1, 1).days_since_epoch();
        let walked: Vec<CalendarDate> =
            (first..).map(CalendarDate::from_days_since_epoch).take_while(|date| date.year() <= 2101).collect();
        // 103 years of 365 days and the 25 leap days from 2000 to 2096.
        assert_eq!(walked.len(), 103 * 365 + 25);
        let mut real = walked.iter();
        for year in 1999..=2101 {
            for month in 0..=13 {
                for day in 0..=32 {
                    match CalendarDate::new(year, month, day) {
                        Ok(date) => {
                            assert_eq!((date.year(), date.month(), date.day()), (year, month, day));
                            assert_eq!(Some(&date), real.next(), "{year}-{month}-{day}");
                        }
                        Err(DateError::Month { month: m }) => {
                            assert!(!(1..=12).contains(&month) && m == month, "{year}-{month}-{day}");
                        }
                        Err(e) => {
                            assert!((1..=12).contains(&month), "{year}-{month}-{day}");
                            assert_eq!(e, DateError::Day { year, month, day });
                        }
                    }
                }
            }
        }
        assert_eq!(real.next(), None, "a day the arithmetic walks that new refuses");
        assert!(walked.windows(2).all(|w| w[0] < w[1] && w[0].plus_days(1) == w[1]));
    }

    #[test]
    fn a_refused_date_says_which_part_is_wrong() {
        let day = CalendarDate::new(2026, 4, 31).unwrap_err();
        assert_eq!((day.field(), day.to_string().as_str()), ("day", "day 31 is not in 2026-04 (1-30)"));
        let month = CalendarDate::new(2026, 0, 1).unwrap_err();
        assert_eq!((month.field(), month.to_string().as_str()), ("month", "month 0 is not 1-12"));
        let error: Box<dyn std::error::Error> = Box::new(CalendarDate::new(2100, 2, 29).unwrap_err());
        assert_eq!(error.to_string(), "day 29 is not in 2100-02 (1-28)");
    }

    #[test]
    #[should_panic(expected = "no such day")]
    fn constant_outside_a_const_panics_on_no_such_day() {
        CalendarDate::constant(2027, 2, 29);
    }
}
