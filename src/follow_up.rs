//! The dated follow-up on a result: when to check again, counted from the day the episode
//! began. The guideline's check is 4 weeks after the pain began (brochure §7: imaging and
//! guided exercise are considered when it is nearly unchanged after 4–6 weeks; the rule
//! `soon.not_better_after_4_weeks` uses the same mark). The reader gives the duration as one
//! of [`DurationChoice`]; its lower bound is taken as the time already passed, so the date is
//! never later than the guideline's mark.
//!
//! Pure Rust, no web dependency: the result WASM supplies today's date from the browser and formats
//! the result with the browser's own `Intl` (`src/result_api.rs`, in the result WASM).

use crate::country::Country;
use crate::decision::Urgency;
use crate::i18n::{Lang, fill, fill_country};
use crate::questionnaire::DurationChoice;

/// Days from when the episode began to the check-up mark: 4 weeks.
pub const CHECK_AFTER_DAYS: i64 = 28;

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

/// What the follow-up asks of the reader.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FollowUpKind {
    /// Self-care with the 4-week mark still ahead: if it is not clearly better by then, book
    /// an appointment.
    CheckBy,
    /// The result sends the reader to a doctor and the 4-week mark is still ahead: if it is
    /// still not clearly better by then, contact the doctor again.
    CheckAgainBy,
    /// The 4-week mark has passed and the result sends the reader to a doctor: that contact
    /// is the follow-up, dated today.
    AppointmentNow,
    /// The 4-week mark has passed and it is getting better (the only way such an answer set
    /// stays self-care): no date to keep, only what to do if it stops getting better.
    IfItStopsImproving,
}

/// The follow-up of one result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FollowUp {
    /// What the reader is asked to do.
    pub kind: FollowUpKind,
    /// The day to do it; `None` for [`FollowUpKind::IfItStopsImproving`].
    pub date: Option<CalendarDate>,
}

impl FollowUp {
    /// The follow-up in words, in `lang` for `country`, with the date as the browser wrote it
    /// (`written_date`, e.g. "Monday 21 December"). The screen, the copied text and the printed
    /// summary all use this one sentence, so they cannot give different dates.
    pub fn sentence(&self, lang: Lang, country: Country, written_date: &str) -> String {
        let t = &lang.texts().result;
        let template = match self.kind {
            FollowUpKind::CheckBy => t.check_by,
            FollowUpKind::CheckAgainBy => t.check_by_again,
            FollowUpKind::AppointmentNow => t.appointment_now,
            FollowUpKind::IfItStopsImproving => t.if_it_stops_improving,
        };
        fill_country(&fill(template, &[("date", written_date)]), lang, country)
    }

    /// The calendar event's title, in `lang` for `country`.
    pub fn calendar_title(&self, lang: Lang, country: Country) -> String {
        let t = &lang.texts().result;
        let template = match self.kind {
            FollowUpKind::AppointmentNow => t.calendar_title_appointment,
            _ => t.calendar_title_check,
        };
        fill_country(template, lang, country)
    }
}

/// The follow-up for a result of `urgency` when the episode has lasted `duration` and today is
/// `today`. An emergency has none: nothing may distract from the call.
pub fn follow_up(urgency: Urgency, duration: DurationChoice, today: CalendarDate) -> Option<FollowUp> {
    if urgency == Urgency::Emergency {
        return None;
    }
    // The lower bound in whole weeks: the choices' bounds are whole numbers of weeks.
    let weeks_passed = duration.weeks() as i64;
    let began = today.plus_days(-7 * weeks_passed);
    let mark = began.plus_days(CHECK_AFTER_DAYS);
    Some(if mark > today && urgency == Urgency::SelfCare {
        FollowUp { kind: FollowUpKind::CheckBy, date: Some(mark) }
    } else if mark > today {
        FollowUp { kind: FollowUpKind::CheckAgainBy, date: Some(mark) }
    } else if urgency == Urgency::SelfCare {
        FollowUp { kind: FollowUpKind::IfItStopsImproving, date: None }
    } else {
        FollowUp { kind: FollowUpKind::AppointmentNow, date: Some(today) }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(year: i32, month: u32, day: u32) -> CalendarDate {
        CalendarDate::new(year, month, day).unwrap()
    }

    #[test]
    fn epoch_days_round_trip_across_four_centuries_and_agree_with_known_dates() {
        assert_eq!(date(1970, 1, 1).days_since_epoch(), 0);
        assert_eq!(date(2000, 3, 1).days_since_epoch(), 11_017);
        assert_eq!(date(2026, 11, 30).days_since_epoch(), 20_787);
        assert_eq!(date(1969, 12, 31).days_since_epoch(), -1);
        // Every day from 1900 to 2300 (leap years, 1900 and 2100 not leap, 2000 leap), one by one.
        let mut day = date(1900, 1, 1);
        let mut n = day.days_since_epoch();
        while day < date(2300, 1, 1) {
            assert_eq!(CalendarDate::from_days_since_epoch(n), day);
            assert_eq!(day.days_since_epoch(), n);
            let next = CalendarDate::new(day.year, day.month, day.day + 1)
                .or_else(|| CalendarDate::new(day.year, day.month + 1, 1))
                .unwrap_or_else(|| date(day.year + 1, 1, 1));
            (day, n) = (next, n + 1);
        }
    }

    #[test]
    fn impossible_dates_are_refused() {
        assert!(CalendarDate::new(2026, 2, 29).is_none());
        assert!(CalendarDate::new(2028, 2, 29).is_some());
        assert!(CalendarDate::new(2100, 2, 29).is_none());
        assert!(CalendarDate::new(2026, 4, 31).is_none());
        assert!(CalendarDate::new(2026, 13, 1).is_none());
        assert!(CalendarDate::new(2026, 1, 0).is_none());
    }

    #[test]
    fn the_mark_is_four_weeks_after_the_lower_bound_of_the_duration() {
        let today = date(2026, 11, 30);
        let cases = [
            (DurationChoice::UnderOneWeek, Some(date(2026, 12, 28))),
            (DurationChoice::OneToFourWeeks, Some(date(2026, 12, 21))),
        ];
        for urgency in [Urgency::SelfCare, Urgency::Soon, Urgency::Urgent] {
            for (duration, expected) in cases {
                let f = follow_up(urgency, duration, today).unwrap();
                let kind =
                    if urgency == Urgency::SelfCare { FollowUpKind::CheckBy } else { FollowUpKind::CheckAgainBy };
                assert_eq!((f.kind, f.date), (kind, expected), "{urgency:?} {duration:?}");
            }
        }
    }

    #[test]
    fn once_the_mark_has_passed_the_appointment_is_the_follow_up() {
        let today = date(2026, 12, 31);
        for duration in &DurationChoice::ALL[2..] {
            for urgency in [Urgency::Soon, Urgency::Urgent] {
                let f = follow_up(urgency, *duration, today).unwrap();
                assert_eq!((f.kind, f.date), (FollowUpKind::AppointmentNow, Some(today)));
            }
            let f = follow_up(Urgency::SelfCare, *duration, today).unwrap();
            assert_eq!((f.kind, f.date), (FollowUpKind::IfItStopsImproving, None));
        }
    }

    #[test]
    fn the_sentence_carries_the_written_date_and_the_countrys_doctor() {
        let f = follow_up(Urgency::SelfCare, DurationChoice::OneToFourWeeks, date(2026, 11, 30)).unwrap();
        assert_eq!(
            f.sentence(Lang::En, Country::Gb, "Monday 21 December"),
            "If it is not clearly better by Monday 21 December (4 weeks after it began), book an appointment with your GP."
        );
        assert_eq!(f.calendar_title(Lang::En, Country::Gb), "Back pain: is it clearly better?");
        let f = follow_up(Urgency::Soon, DurationChoice::SixToEightWeeks, date(2026, 11, 30)).unwrap();
        assert_eq!(
            f.sentence(Lang::Nb, Country::No, "mandag 30. november"),
            "Det begynte for 4 uker siden eller mer, så ikke vent: kontakt fastlegen din i dag, mandag 30. november."
        );
        for lang in Lang::ALL {
            for country in Country::ALL {
                for f in [f, follow_up(Urgency::SelfCare, DurationChoice::UnderOneWeek, date(2026, 1, 1)).unwrap()] {
                    let s = f.sentence(lang, country, "D");
                    assert!(s.contains(" D") && !s.contains('{'), "{lang:?} {country:?}: {s}");
                    assert!(!f.calendar_title(lang, country).contains('{'));
                }
            }
        }
    }

    #[test]
    fn an_emergency_has_no_follow_up() {
        for duration in DurationChoice::ALL {
            assert_eq!(follow_up(Urgency::Emergency, duration, date(2026, 1, 1)), None);
        }
    }

    #[test]
    fn the_mark_crosses_month_and_year_ends_and_leap_days() {
        assert_eq!(
            follow_up(Urgency::SelfCare, DurationChoice::UnderOneWeek, date(2028, 2, 10)).unwrap().date,
            Some(date(2028, 3, 9))
        );
        assert_eq!(
            follow_up(Urgency::SelfCare, DurationChoice::OneToFourWeeks, date(2026, 12, 20)).unwrap().date,
            Some(date(2027, 1, 10))
        );
        assert_eq!(date(2026, 12, 21).ical(), "20261221");
        assert_eq!(date(987, 3, 4).iso(), "0987-03-04");
    }
}
