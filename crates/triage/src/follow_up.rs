//! The dated follow-up on a result: when to check again, counted from the day the episode
//! began. The mark is the country's (`Country::check_after_days`): 4 weeks in Norway, Denmark
//! and the UK (brochure §7: imaging and guided exercise are considered when it is nearly
//! unchanged after 4–6 weeks; NICE CKS: "failure to improve after one month"), 2 weeks in
//! Sweden (1177: "ett par veckor"). The reader gives the duration as one of [`DurationChoice`];
//! the most days that choice allows is taken as the time already passed, so the date is never
//! later than the mark (and, as the first four weeks are asked week by week, at most 6 days
//! earlier). A date on a day the reader's doctor is closed, a Saturday, a Sunday or one of the
//! country's public holidays (`src/holidays.rs`), moves to the last open day before it.
//!
//! A result that already sends the reader to a doctor (today, or within a few days) gives a
//! date only when it is at least a week away: a nearer one would fall about when that
//! appointment does, and "contact your doctor again by tomorrow" under "book within a few days"
//! gives two timings for one result (clinical review 2026-12-07 §3.7). Then the appointment is
//! the follow-up, without a date.
//!
//! Pure Rust, no web dependency: the result WASM supplies today's date from the browser and formats
//! the result with the browser's own `Intl` (`crates/result-wasm/src/lib.rs`, in the result WASM).

use crate::country::Country;
use crate::date::CalendarDate;
use crate::decision::{Trend, Urgency};
use crate::holidays::last_open_day_on_or_before;
use crate::i18n::{Lang, fill, fill_country};
use crate::questionnaire::DurationChoice;

/// What the follow-up asks of the reader.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FollowUpKind {
    /// Self-care with the mark still ahead: if it is not clearly better by then, book an
    /// appointment.
    CheckBy,
    /// The result sends the reader to a doctor and the follow-up's date is at least
    /// [`DAYS_AHEAD_BESIDE_AN_APPOINTMENT`] days away: if it is still not clearly better by
    /// then, contact the doctor again.
    CheckAgainBy,
    /// The mark has passed and the result sends the reader to a doctor: that appointment is
    /// the follow-up. No date: the headline says how soon ("today", "within a few days"), and a
    /// date of today could name a day the doctor is closed.
    AppointmentNow,
    /// The result sends the reader to a doctor and the follow-up's date would be less than
    /// [`DAYS_AHEAD_BESIDE_AN_APPOINTMENT`] away: that appointment is the follow-up. No date,
    /// for the reason [`FollowUpKind::AppointmentNow`] has none; and unlike it, no word on how
    /// long the pain has lasted, which here can be under a week (Sweden's 2-week mark).
    AppointmentBeforeTheMark,
    /// The mark has passed and it is getting better: no date to keep, only what to do if it
    /// stops getting better.
    IfItStopsImproving,
    /// Self-care, the mark has passed and it is not getting better: book an appointment. Only
    /// where the mark comes before the core's 4-week rule (`soon.not_better_after_4_weeks`)
    /// sends the reader to a doctor anyway: Sweden's 2 weeks.
    BookNow,
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
            FollowUpKind::AppointmentBeforeTheMark => t.appointment_before_the_mark,
            FollowUpKind::IfItStopsImproving => t.if_it_stops_improving,
            FollowUpKind::BookNow => t.book_now,
        };
        fill_country(&fill(template, &[("date", written_date)]), lang, country)
    }

    /// The calendar event's title, in `lang` for `country`.
    pub fn calendar_title(&self, lang: Lang, country: Country) -> String {
        fill_country(lang.texts().result.calendar_title_check, lang, country)
    }
}

/// The fewest days from today a dated follow-up may be on a result that sends the reader to a
/// doctor: "within a few days" is up to about a week, so an earlier date would be a second
/// timing beside the appointment's own.
pub const DAYS_AHEAD_BESIDE_AN_APPOINTMENT: i64 = 7;

/// The follow-up for a result of `urgency` in `country` when the episode has lasted `duration`,
/// the pain is going the way of `trend`, and today is `today`. An emergency has none: nothing
/// may distract from the call.
pub fn follow_up(
    urgency: Urgency,
    country: Country,
    duration: DurationChoice,
    trend: Trend,
    today: CalendarDate,
) -> Option<FollowUp> {
    if urgency == Urgency::Emergency {
        return None;
    }
    let days_left = duration.most_days_passed().map(|passed| country.check_after_days() - passed);
    Some(match days_left {
        Some(days) if days > 0 => {
            // Never on a day the doctor is closed, and never before today (a Saturday mark seen
            // on a Friday).
            let open_day = last_open_day_on_or_before(country, today.plus_days(days));
            if urgency == Urgency::SelfCare {
                FollowUp { kind: FollowUpKind::CheckBy, date: Some(open_day.max(today)) }
            } else if open_day < today.plus_days(DAYS_AHEAD_BESIDE_AN_APPOINTMENT) {
                FollowUp { kind: FollowUpKind::AppointmentBeforeTheMark, date: None }
            } else {
                FollowUp { kind: FollowUpKind::CheckAgainBy, date: Some(open_day) }
            }
        }
        _ if urgency != Urgency::SelfCare => FollowUp { kind: FollowUpKind::AppointmentNow, date: None },
        _ if trend == Trend::Better => FollowUp { kind: FollowUpKind::IfItStopsImproving, date: None },
        _ => FollowUp { kind: FollowUpKind::BookNow, date: None },
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::holidays::is_closed;

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
            let next = CalendarDate::new(day.year(), day.month(), day.day() + 1)
                .or_else(|_| CalendarDate::new(day.year(), day.month() + 1, 1))
                .unwrap_or_else(|_| date(day.year() + 1, 1, 1));
            (day, n) = (next, n + 1);
        }
    }

    #[test]
    fn impossible_dates_are_refused() {
        assert!(CalendarDate::new(2026, 2, 29).is_err());
        assert!(CalendarDate::new(2028, 2, 29).is_ok());
        assert!(CalendarDate::new(2100, 2, 29).is_err());
        assert!(CalendarDate::new(2026, 4, 31).is_err());
        assert!(CalendarDate::new(2026, 13, 1).is_err());
        assert!(CalendarDate::new(2026, 1, 0).is_err());
    }

    const NOT_EMERGENCY: [Urgency; 3] = [Urgency::Urgent, Urgency::Soon, Urgency::SelfCare];

    /// Whatever day the episode really began within the chosen duration, in every country,
    /// from late November 2026 past Christmas and New Year, and over Easter 2027: a dated
    /// follow-up is never later than the country's mark, never before today, never on a day the
    /// doctor is closed unless that is today, and at most 11 days earlier than the mark (6 for
    /// the duration asked week by week, 5 for Easter's closed days). On a result that sends the
    /// reader to a doctor, it is at least a week away.
    #[test]
    fn the_date_is_never_later_than_the_mark_nor_on_a_closed_day_whenever_it_began() {
        let days =
            (0..56).map(|d| date(2026, 11, 23).plus_days(d)).chain((0..49).map(|d| date(2027, 3, 1).plus_days(d)));
        for today in days {
            for country in Country::ALL {
                let mark = country.check_after_days();
                for duration in DurationChoice::ALL {
                    for urgency in NOT_EMERGENCY {
                        for trend in [Trend::Better, Trend::Unchanged, Trend::Worse] {
                            let f = follow_up(urgency, country, duration, trend, today).unwrap();
                            let at = format!("{country:?} {today:?} {duration:?} {urgency:?} {trend:?}");
                            let Some(day) = f.date else {
                                // Undated only once the mark may have passed, or beside an
                                // appointment when the date would be under a week away.
                                let passed = duration.most_days_passed().is_none_or(|p| p >= mark);
                                assert!(passed || f.kind == FollowUpKind::AppointmentBeforeTheMark, "{at}");
                                continue;
                            };
                            assert!(day >= today, "{at}: {day:?}");
                            assert!(!is_closed(country, day) || day == today, "{at}: {day:?}");
                            if urgency != Urgency::SelfCare {
                                // A week, as the review asks: not read from the constant it checks.
                                assert!(day >= today.plus_days(7), "{at}: {day:?}");
                            }
                            let first = duration.weeks() as i64 * 7;
                            let last = duration.most_days_passed().unwrap_or(first + 400);
                            for passed in first..=last {
                                let true_mark = today.plus_days(mark - passed);
                                assert!(day <= true_mark.max(today), "{at}, {passed} days: {day:?}");
                                assert!(day.plus_days(11) >= true_mark, "{at}, {passed} days: {day:?} is too early");
                            }
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn the_mark_is_four_weeks_in_norway_denmark_and_the_uk_and_two_in_sweden() {
        // Monday 30 November 2026: "under 1 week" can be 6 days, so the 4-week mark is 22 days on.
        // The last column is the date on a result that sends the reader to a doctor: none when
        // it is under a week away, as that appointment is the follow-up.
        let today = date(2026, 11, 30);
        let cases = [
            (Country::No, DurationChoice::UnderOneWeek, date(2026, 12, 22), Some(date(2026, 12, 22))),
            (Country::Dk, DurationChoice::OneWeek, date(2026, 12, 15), Some(date(2026, 12, 15))),
            (Country::Gb, DurationChoice::TwoWeeks, date(2026, 12, 8), Some(date(2026, 12, 8))),
            // 3 weeks can be 27 days: the mark is tomorrow.
            (Country::Gb, DurationChoice::ThreeWeeks, date(2026, 12, 1), None),
            (Country::Se, DurationChoice::UnderOneWeek, date(2026, 12, 8), Some(date(2026, 12, 8))),
            (Country::Se, DurationChoice::OneWeek, date(2026, 12, 1), None),
        ];
        for (country, duration, self_care, beside_an_appointment) in cases {
            let f = follow_up(Urgency::SelfCare, country, duration, Trend::Unchanged, today).unwrap();
            assert_eq!((f.kind, f.date), (FollowUpKind::CheckBy, Some(self_care)), "{country:?} {duration:?}");
            let kind = match beside_an_appointment {
                Some(_) => FollowUpKind::CheckAgainBy,
                None => FollowUpKind::AppointmentBeforeTheMark,
            };
            for urgency in [Urgency::Soon, Urgency::Urgent] {
                let f = follow_up(urgency, country, duration, Trend::Unchanged, today).unwrap();
                assert_eq!((f.kind, f.date), (kind, beside_an_appointment), "{urgency:?} {country:?} {duration:?}");
            }
        }
    }

    #[test]
    fn a_mark_on_a_weekend_or_holiday_moves_to_the_last_open_day_before() {
        // Thursday 3 December 2026 + 22 days = Friday 25th, juledag; 24th is julaften, so
        // Wednesday 23rd. From Friday 4th and Saturday 5th, the 26th and 27th → the 23rd too.
        // Sweden's mark, 2 weeks, is 8 days on: the same from 17, 18 and 19 December.
        assert_eq!(date(2026, 12, 3).weekday(), 3);
        let on = |country, today| {
            follow_up(Urgency::SelfCare, country, DurationChoice::UnderOneWeek, Trend::Better, today).unwrap().date
        };
        for today in [date(2026, 12, 3), date(2026, 12, 4), date(2026, 12, 5)] {
            for (country, days_later) in [(Country::No, 0), (Country::Dk, 0), (Country::Se, 14)] {
                let today = today.plus_days(days_later);
                assert_eq!(on(country, today), Some(date(2026, 12, 23)), "{country:?} {today:?}");
            }
        }
        // The UK works on 24 December, and has Boxing Day's substitute on Monday 28th.
        assert_eq!(on(Country::Gb, date(2026, 12, 3)), Some(date(2026, 12, 24)));
        assert_eq!(on(Country::Gb, date(2026, 12, 6)), Some(date(2026, 12, 24)));
        assert_eq!(on(Country::No, date(2026, 12, 6)), Some(date(2026, 12, 28)));
        // Tuesday 6 April 2027 + 22 days: Wednesday 28th, an open day. A mark on Easter Monday,
        // 29 March 2027, is Wednesday 24th in Norway and Denmark (skjærtorsdag and langfredag
        // closed too), Thursday 25th in Sweden (from 8 days before) and the UK.
        assert_eq!(on(Country::No, date(2027, 4, 6)), Some(date(2027, 4, 28)));
        assert_eq!(on(Country::No, date(2027, 3, 7)), Some(date(2027, 3, 24)));
        assert_eq!(on(Country::Dk, date(2027, 3, 7)), Some(date(2027, 3, 24)));
        assert_eq!(on(Country::Se, date(2027, 3, 21)), Some(date(2027, 3, 25)));
        assert_eq!(on(Country::Gb, date(2027, 3, 7)), Some(date(2027, 3, 25)));
        // Seen on a Friday with the mark on Saturday: today, not the Friday before.
        let f = follow_up(Urgency::SelfCare, Country::Gb, DurationChoice::ThreeWeeks, Trend::Better, date(2026, 12, 4));
        assert_eq!(f.unwrap().date, Some(date(2026, 12, 4)));
    }

    /// Clinical review 2026-12-07 §3.7: Monday 7 December 2026 in Norway, "3 weeks" and
    /// worried gave "book within a few days" and "if it is still not clearly better by
    /// Tuesday 8 December, contact your GP again". Now that appointment is the follow-up.
    #[test]
    fn a_result_sending_the_reader_to_a_doctor_gives_no_date_under_a_week_away() {
        for urgency in [Urgency::Soon, Urgency::Urgent] {
            let f = follow_up(urgency, Country::No, DurationChoice::ThreeWeeks, Trend::Unchanged, date(2026, 12, 7));
            assert_eq!(f, Some(FollowUp { kind: FollowUpKind::AppointmentBeforeTheMark, date: None }));
            // "2 weeks" can be 20 days, so the mark is 8 days on. From Friday 4 December: Saturday
            // 12th → Friday 11th, 7 days on, so dated; from Saturday 5th: Sunday 13th → Friday
            // 11th, 6 days on, so not.
            let two_weeks = |today| follow_up(urgency, Country::No, DurationChoice::TwoWeeks, Trend::Worse, today);
            let f = two_weeks(date(2026, 12, 4)).unwrap();
            assert_eq!((f.kind, f.date), (FollowUpKind::CheckAgainBy, Some(date(2026, 12, 11))));
            assert_eq!(two_weeks(date(2026, 12, 5)).unwrap().kind, FollowUpKind::AppointmentBeforeTheMark);
            // Self-care keeps its date, however near.
            let f =
                follow_up(Urgency::SelfCare, Country::No, DurationChoice::TwoWeeks, Trend::Worse, date(2026, 12, 5));
            assert_eq!(f.unwrap().date, Some(date(2026, 12, 11)));
        }
    }

    /// Why `days > 0` and `days >= 0` in `follow_up` choose alike (an equivalent mutant,
    /// excluded in .cargo/mutants.toml): the most days any choice allows is a week count times
    /// seven less one, never a country's mark exactly, so no follow-up falls on its mark's day.
    #[test]
    fn no_duration_choice_ends_exactly_on_a_countrys_mark() {
        for country in Country::ALL {
            for duration in DurationChoice::ALL {
                assert_ne!(duration.most_days_passed(), Some(country.check_after_days()), "{country:?} {duration:?}");
            }
        }
    }

    #[test]
    fn once_the_mark_may_have_passed_there_is_no_date() {
        let today = date(2026, 12, 31);
        for country in Country::ALL {
            let past = DurationChoice::ALL
                .into_iter()
                .filter(|d| d.most_days_passed().is_none_or(|p| p >= country.check_after_days()));
            for duration in past {
                for urgency in [Urgency::Soon, Urgency::Urgent] {
                    let f = follow_up(urgency, country, duration, Trend::Unchanged, today).unwrap();
                    assert_eq!((f.kind, f.date), (FollowUpKind::AppointmentNow, None));
                }
                let f = follow_up(Urgency::SelfCare, country, duration, Trend::Better, today).unwrap();
                assert_eq!((f.kind, f.date), (FollowUpKind::IfItStopsImproving, None));
                let f = follow_up(Urgency::SelfCare, country, duration, Trend::Unchanged, today).unwrap();
                assert_eq!((f.kind, f.date), (FollowUpKind::BookNow, None));
            }
        }
        // Sweden's mark passes at 2 weeks; the others' at 4.
        let f = follow_up(Urgency::SelfCare, Country::Se, DurationChoice::TwoWeeks, Trend::Unchanged, today).unwrap();
        assert_eq!(f.kind, FollowUpKind::BookNow);
        let f = follow_up(Urgency::SelfCare, Country::No, DurationChoice::TwoWeeks, Trend::Unchanged, today).unwrap();
        assert_eq!(f.kind, FollowUpKind::CheckBy);
    }

    #[test]
    fn the_sentence_carries_the_written_date_and_the_countrys_doctor() {
        let today = date(2026, 11, 30);
        let f = follow_up(Urgency::SelfCare, Country::Gb, DurationChoice::OneWeek, Trend::Better, today).unwrap();
        assert_eq!(
            f.sentence(Lang::En, Country::Gb, "Tuesday 15 December"),
            "If it is not clearly better by Tuesday 15 December, book an appointment with your GP."
        );
        assert_eq!(f.calendar_title(Lang::En, Country::Gb), "Back pain: is it clearly better?");
        let soon = follow_up(Urgency::Soon, Country::No, DurationChoice::SixToEightWeeks, Trend::Worse, today).unwrap();
        let s = soon.sentence(Lang::Nb, Country::No, "");
        // A "within days" result never says "today", and an undated follow-up names no day.
        assert!(!s.contains("i dag") && !s.contains("{date}"), "{s}");
        for lang in Lang::ALL {
            for country in Country::ALL {
                let dated = follow_up(Urgency::SelfCare, country, DurationChoice::UnderOneWeek, Trend::Better, today);
                let s = dated.unwrap().sentence(lang, country, "<D>");
                assert!(s.contains("<D>") && !s.contains('{'), "{lang:?} {country:?}: {s}");
                assert!(!f.calendar_title(lang, country).contains('{'));
                let undated = [
                    FollowUpKind::AppointmentNow,
                    FollowUpKind::AppointmentBeforeTheMark,
                    FollowUpKind::IfItStopsImproving,
                    FollowUpKind::BookNow,
                ];
                for kind in undated {
                    let s = FollowUp { kind, date: None }.sentence(lang, country, "<D>");
                    assert!(!s.contains("<D>") && !s.contains('{'), "{lang:?} {country:?} {kind:?}: {s}");
                }
            }
        }
    }

    #[test]
    fn an_emergency_has_no_follow_up() {
        for duration in DurationChoice::ALL {
            assert_eq!(follow_up(Urgency::Emergency, Country::No, duration, Trend::Worse, date(2026, 1, 1)), None);
        }
    }

    #[test]
    fn the_mark_crosses_month_and_year_ends_and_leap_days() {
        let self_care = |duration, today| follow_up(Urgency::SelfCare, Country::No, duration, Trend::Better, today);
        // Thursday 10 February 2028 + 22 days: Friday 3 March (29 February counted).
        assert_eq!(self_care(DurationChoice::UnderOneWeek, date(2028, 2, 10)).unwrap().date, Some(date(2028, 3, 3)));
        // Sunday 20 December 2026 + 15 days: Monday 4 January 2027.
        assert_eq!(self_care(DurationChoice::OneWeek, date(2026, 12, 20)).unwrap().date, Some(date(2027, 1, 4)));
        assert_eq!(date(2026, 12, 21).ical(), "20261221");
        assert_eq!(date(987, 3, 4).iso(), "0987-03-04");
    }
}
