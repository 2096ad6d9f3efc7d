//! The days a reader's doctor is closed, per country: Saturdays, Sundays and the country's
//! public holidays, so that the dated follow-up (`src/follow_up.rs`) never names one. Each
//! country's holidays are a table of fixed dates and feasts counted from Easter Sunday (the
//! anonymous Gregorian computus), with the UK's substitute days. Where a day is closed in
//! practice but not by law (24 December in the Nordic countries, Sweden's midsommarafton and
//! nyårsafton, Denmark's grundlovsdag), it is in the table: a date moved earlier is always the
//! safe direction, as the reader only checks sooner.
//!
//! Pure Rust, no dependency: the result WASM holds it as it is.

use crate::country::Country;
use crate::date::CalendarDate;

/// How a holiday's date is found in a given year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Rule {
    /// The same month and day every year.
    Fixed(u32, u32),
    /// This many days after Easter Sunday (before it if negative).
    FromEaster(i64),
    /// The day of the week (0 = Monday … 6 = Sunday) that falls on or after the month and day:
    /// Sweden's midsommardagen is the Saturday 20–26 June.
    WeekdayOnOrAfter(u32, u32, u32),
    /// The first Monday of the month.
    FirstMonday(u32),
    /// The last Monday of the month.
    LastMonday(u32),
    /// The UK's fixed-date bank holidays: on a Saturday or Sunday, the next weekday that is
    /// not already a bank holiday of that nation is one instead (gov.uk/bank-holidays: "If a
    /// bank holiday is on a weekend, a 'substitute' weekday becomes a bank holiday, normally
    /// the following Monday"). So 25 and 26 December 2027, a Saturday and a Sunday, give
    /// Monday 27 and Tuesday 28 December.
    FixedOrSubstitute(u32, u32),
}

/// One holiday: its name where it is kept, and how its date is found.
#[derive(Clone, Copy, Debug)]
struct Holiday {
    /// The name in the country's language, for whoever checks the table against a calendar.
    #[allow(dead_code)]
    name: &'static str,
    rule: Rule,
}

/// A holiday of the tables. Checked as the tables are built, at compile time: the month and day
/// a rule counts from is a day of every year (of 2001, a common year), so `date_in` has a real
/// day to count from in any year.
const fn h(name: &'static str, rule: Rule) -> Holiday {
    let (month, day) = match rule {
        Fixed(month, day) | FixedOrSubstitute(month, day) | WeekdayOnOrAfter(_, month, day) => (month, day),
        FirstMonday(month) => (month, 1),
        // Counted from the 25th, which is the last week only in a 31-day month.
        LastMonday(month) => (month, 31),
        FromEaster(_) => (1, 1),
    };
    assert!(CalendarDate::new(2001, month, day).is_ok(), "a holiday rule counts from a day not in every year");
    Holiday { name, rule }
}

use Rule::{FirstMonday, Fixed, FixedOrSubstitute, FromEaster, LastMonday, WeekdayOnOrAfter};

/// Norway: the helligdager of lov om helligdager og helligdagsfred § 2, with 1 and 17 May
/// (lov om 1. og 17. mai som høgtidsdager), and 24 December, when doctors' offices are closed
/// in practice (the issue requires it).
const NORWAY: &[Holiday] = &[
    h("Første nyttårsdag", Fixed(1, 1)),
    h("Skjærtorsdag", FromEaster(-3)),
    h("Langfredag", FromEaster(-2)),
    h("Første påskedag", FromEaster(0)),
    h("Andre påskedag", FromEaster(1)),
    h("Arbeidernes dag", Fixed(5, 1)),
    h("Grunnlovsdagen", Fixed(5, 17)),
    h("Kristi himmelfartsdag", FromEaster(39)),
    h("Første pinsedag", FromEaster(49)),
    h("Andre pinsedag", FromEaster(50)),
    h("Julaften", Fixed(12, 24)),
    h("Første juledag", Fixed(12, 25)),
    h("Andre juledag", Fixed(12, 26)),
];

/// Sweden: the allmänna helgdagar of lag (1989:253) om allmänna helgdagar, and the three
/// aftnar that semesterlagen (1977:480) 3 a § treats as Sundays: julafton (the issue requires
/// it), midsommarafton and nyårsafton. Vårdcentraler are closed on all three, as most
/// workplaces are, so a date on one moves to the open day before.
const SWEDEN: &[Holiday] = &[
    h("Nyårsdagen", Fixed(1, 1)),
    h("Trettondedag jul", Fixed(1, 6)),
    h("Långfredagen", FromEaster(-2)),
    h("Påskdagen", FromEaster(0)),
    h("Annandag påsk", FromEaster(1)),
    h("Första maj", Fixed(5, 1)),
    h("Kristi himmelsfärdsdag", FromEaster(39)),
    h("Sveriges nationaldag", Fixed(6, 6)),
    h("Pingstdagen", FromEaster(49)),
    h("Midsommarafton", WeekdayOnOrAfter(4, 6, 19)),
    h("Midsommardagen", WeekdayOnOrAfter(5, 6, 20)),
    h("Alla helgons dag", WeekdayOnOrAfter(5, 10, 31)),
    h("Julafton", Fixed(12, 24)),
    h("Juldagen", Fixed(12, 25)),
    h("Annandag jul", Fixed(12, 26)),
    h("Nyårsafton", Fixed(12, 31)),
];

/// Denmark: folkekirkens helligdage (helligdagsloven), without store bededag, which is no
/// holiday from 2024 (lov nr. 131 of 28 February 2023). Also 24 December (the issue requires
/// it) and grundlovsdag, 5 June: no helligdag, but most practices close at noon at the latest
/// and the regions' lægevagt takes over, so it is no day to be told to call one's own doctor.
const DENMARK: &[Holiday] = &[
    h("Nytårsdag", Fixed(1, 1)),
    h("Skærtorsdag", FromEaster(-3)),
    h("Langfredag", FromEaster(-2)),
    h("Påskedag", FromEaster(0)),
    h("2. påskedag", FromEaster(1)),
    h("Kristi himmelfartsdag", FromEaster(39)),
    h("Pinsedag", FromEaster(49)),
    h("2. pinsedag", FromEaster(50)),
    h("Grundlovsdag", Fixed(6, 5)),
    h("Juleaftensdag", Fixed(12, 24)),
    h("Juledag", Fixed(12, 25)),
    h("2. juledag", Fixed(12, 26)),
];

/// England and Wales's bank holidays (gov.uk/bank-holidays).
const ENGLAND_AND_WALES: &[Holiday] = &[
    h("New Year's Day", FixedOrSubstitute(1, 1)),
    h("Good Friday", FromEaster(-2)),
    h("Easter Monday", FromEaster(1)),
    h("Early May bank holiday", FirstMonday(5)),
    h("Spring bank holiday", LastMonday(5)),
    h("Summer bank holiday", LastMonday(8)),
    h("Christmas Day", FixedOrSubstitute(12, 25)),
    h("Boxing Day", FixedOrSubstitute(12, 26)),
];

/// Scotland's bank holidays (gov.uk/bank-holidays): 2 January and St Andrew's Day, the summer
/// holiday on August's first Monday, and no Easter Monday.
const SCOTLAND: &[Holiday] = &[
    h("New Year's Day", FixedOrSubstitute(1, 1)),
    h("2nd January", FixedOrSubstitute(1, 2)),
    h("Good Friday", FromEaster(-2)),
    h("Early May bank holiday", FirstMonday(5)),
    h("Spring bank holiday", LastMonday(5)),
    h("Summer bank holiday", FirstMonday(8)),
    h("St Andrew's Day", FixedOrSubstitute(11, 30)),
    h("Christmas Day", FixedOrSubstitute(12, 25)),
    h("Boxing Day", FixedOrSubstitute(12, 26)),
];

/// Northern Ireland's bank holidays (gov.uk/bank-holidays): England and Wales's, with St
/// Patrick's Day and the Battle of the Boyne (Orangemen's Day).
const NORTHERN_IRELAND: &[Holiday] = &[
    h("New Year's Day", FixedOrSubstitute(1, 1)),
    h("St Patrick's Day", FixedOrSubstitute(3, 17)),
    h("Good Friday", FromEaster(-2)),
    h("Easter Monday", FromEaster(1)),
    h("Early May bank holiday", FirstMonday(5)),
    h("Spring bank holiday", LastMonday(5)),
    h("Battle of the Boyne (Orangemen's Day)", FixedOrSubstitute(7, 12)),
    h("Summer bank holiday", LastMonday(8)),
    h("Christmas Day", FixedOrSubstitute(12, 25)),
    h("Boxing Day", FixedOrSubstitute(12, 26)),
];

/// The tables whose holidays are closed days in `country`. The UK is the union of its three
/// calendars: the widget knows the country (`GB`), not the nation, and a reader in Scotland
/// told to call on Easter Monday, or one in England told to call on St Andrew's Day, is only
/// moved a day or so earlier, where the other way round would name a day the surgery is closed.
const fn tables(country: Country) -> &'static [&'static [Holiday]] {
    match country {
        Country::No => &[NORWAY],
        Country::Se => &[SWEDEN],
        Country::Dk => &[DENMARK],
        Country::Gb => &[ENGLAND_AND_WALES, SCOTLAND, NORTHERN_IRELAND],
    }
}

/// Easter Sunday of `year` in the Gregorian calendar: the anonymous Gregorian computus
/// (Meeus/Jones/Butcher).
pub fn easter_sunday(year: i32) -> CalendarDate {
    let a = year.rem_euclid(19);
    let b = year.div_euclid(100);
    let c = year.rem_euclid(100);
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    // 22 March to 25 April by construction: the casts cannot truncate, and it is a real day.
    CalendarDate::constant(year, month as u32, day as u32)
}

/// The date `rule` gives in `year`, before any substitute day.
fn date_in(rule: Rule, year: i32, easter: CalendarDate) -> CalendarDate {
    // A day of every year, as `h` checks each table's.
    let on = |month, day| CalendarDate::constant(year, month, day);
    let weekday_on_or_after =
        |weekday: u32, from: CalendarDate| from.plus_days(i64::from((weekday + 7 - from.weekday()) % 7));
    match rule {
        Fixed(month, day) | FixedOrSubstitute(month, day) => on(month, day),
        FromEaster(days) => easter.plus_days(days),
        WeekdayOnOrAfter(weekday, month, day) => weekday_on_or_after(weekday, on(month, day)),
        FirstMonday(month) => weekday_on_or_after(0, on(month, 1)),
        // The Monday on or after the 25th of a 31-day month is its last.
        LastMonday(month) => weekday_on_or_after(0, on(month, 25)),
    }
}

/// The holidays of one table in `year`, with the UK's substitute days, in no set order.
fn table_in(table: &[Holiday], year: i32) -> Vec<CalendarDate> {
    let easter = easter_sunday(year);
    let mut days: Vec<CalendarDate> = table.iter().map(|holiday| date_in(holiday.rule, year, easter)).collect();
    // Each substitute on the first weekday not already taken: Christmas Day on a Sunday gives
    // Tuesday 27, as Boxing Day has Monday 26. Taken in the table's order (the date order);
    // for two weekend holidays in a row, either order gives the same two days.
    for holiday in table.iter().filter(|holiday| matches!(holiday.rule, FixedOrSubstitute(..))) {
        let day = date_in(holiday.rule, year, easter);
        if is_weekend(day) {
            let substitute = (1..LONGER_THAN_ANY_CLOSURE as i64)
                .map(|after| day.plus_days(after))
                .find(|d| !is_weekend(*d) && !days.contains(d))
                .unwrap_or(day);
            days.push(substitute);
        }
    }
    days
}

/// Every public holiday of `country` in `year`, sorted, without repeats (the UK's three
/// nations together, with their substitute days).
pub fn public_holidays(country: Country, year: i32) -> Vec<CalendarDate> {
    let mut days: Vec<CalendarDate> = tables(country).iter().flat_map(|table| table_in(table, year)).collect();
    days.sort();
    days.dedup();
    days
}

/// Whether the reader's doctor in `country` is closed on `date`: a Saturday, a Sunday or a
/// public holiday.
pub fn is_closed(country: Country, date: CalendarDate) -> bool {
    is_weekend(date) || public_holidays(country, date.year()).contains(&date)
}

/// Saturday or Sunday.
fn is_weekend(date: CalendarDate) -> bool {
    date.weekday() >= 5
}

/// More days in a row than a country's doctors are ever closed (the longest, Easter in Norway
/// and Denmark: Thursday to Monday, five), so that the search below always ends.
const LONGER_THAN_ANY_CLOSURE: usize = 14;

/// `date`, or the last day before it when the reader's doctor in `country` is open: never a
/// Saturday, a Sunday or a public holiday.
pub fn last_open_day_on_or_before(country: Country, date: CalendarDate) -> CalendarDate {
    let mut holidays = public_holidays(country, date.year());
    let mut day = date;
    // Counted: it ends even when the date arithmetic is wrong (a mutant of it), as no closure
    // is this long.
    for _ in 0..LONGER_THAN_ANY_CLOSURE {
        if !is_weekend(day) && !holidays.contains(&day) {
            break;
        }
        let before = day.plus_days(-1);
        if before.year() != day.year() {
            // From 1 January back into December: that year's holidays apply.
            holidays = public_holidays(country, before.year());
        }
        day = before;
    }
    day
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(year: i32, month: u32, day: u32) -> CalendarDate {
        CalendarDate::new(year, month, day).unwrap()
    }

    /// `"MM-DD MM-DD …"` of `year` as dates.
    fn dates(year: i32, days: &str) -> Vec<CalendarDate> {
        days.split(' ')
            .map(|md| {
                let (month, day) = md.split_once('-').unwrap();
                date(year, month.parse().unwrap(), day.parse().unwrap())
            })
            .collect()
    }

    /// Written out from the calendars, not computed. Lov om helligdager og helligdagsfred § 2
    /// and lov om 1. og 17. mai som høgtidsdager; the dates as kalenderendin.no/helligdager/2027
    /// and tidia.no/kalender/2030 list them; plus 24 December (julaften). 2027 and 2030 were
    /// checked against those pages; 2026, 2028 and 2029 are the same rules on each year's
    /// Easter (5 April 2026, 16 April 2028, 1 April 2029).
    const NORWAY_2026_2030: [(i32, &str); 5] = [
        (2026, "01-01 04-02 04-03 04-05 04-06 05-01 05-14 05-17 05-24 05-25 12-24 12-25 12-26"),
        // Andre pinsedag is 17 May.
        (2027, "01-01 03-25 03-26 03-28 03-29 05-01 05-06 05-16 05-17 12-24 12-25 12-26"),
        (2028, "01-01 04-13 04-14 04-16 04-17 05-01 05-17 05-25 06-04 06-05 12-24 12-25 12-26"),
        (2029, "01-01 03-29 03-30 04-01 04-02 05-01 05-10 05-17 05-20 05-21 12-24 12-25 12-26"),
        (2030, "01-01 04-18 04-19 04-21 04-22 05-01 05-17 05-30 06-09 06-10 12-24 12-25 12-26"),
    ];

    /// Lag (1989:253) om allmänna helgdagar, with julafton, midsommarafton and nyårsafton;
    /// 2026 and 2027 checked against tidochdatum.se/helgdagar and /helgdagar/2027, and the
    /// three aftnar of 2027 against logifie.com/it/holidays/SE/2027.
    const SWEDEN_2026_2030: [(i32, &str); 5] = [
        (2026, "01-01 01-06 04-03 04-05 04-06 05-01 05-14 05-24 06-06 06-19 06-20 10-31 12-24 12-25 12-26 12-31"),
        (2027, "01-01 01-06 03-26 03-28 03-29 05-01 05-06 05-16 06-06 06-25 06-26 11-06 12-24 12-25 12-26 12-31"),
        (2028, "01-01 01-06 04-14 04-16 04-17 05-01 05-25 06-04 06-06 06-23 06-24 11-04 12-24 12-25 12-26 12-31"),
        (2029, "01-01 01-06 03-30 04-01 04-02 05-01 05-10 05-20 06-06 06-22 06-23 11-03 12-24 12-25 12-26 12-31"),
        (2030, "01-01 01-06 04-19 04-21 04-22 05-01 05-30 06-06 06-09 06-21 06-22 11-02 12-24 12-25 12-26 12-31"),
    ];

    /// Folkekirkens helligdage without store bededag (abolished from 2024), with grundlovsdag
    /// and juleaftensdag; 2028 checked against kalender-365.dk/helligdage/2028.html.
    const DENMARK_2026_2030: [(i32, &str); 5] = [
        (2026, "01-01 04-02 04-03 04-05 04-06 05-14 05-24 05-25 06-05 12-24 12-25 12-26"),
        (2027, "01-01 03-25 03-26 03-28 03-29 05-06 05-16 05-17 06-05 12-24 12-25 12-26"),
        // 2. pinsedag is grundlovsdag.
        (2028, "01-01 04-13 04-14 04-16 04-17 05-25 06-04 06-05 12-24 12-25 12-26"),
        (2029, "01-01 03-29 03-30 04-01 04-02 05-10 05-20 05-21 06-05 12-24 12-25 12-26"),
        (2030, "01-01 04-18 04-19 04-21 04-22 05-30 06-05 06-09 06-10 12-24 12-25 12-26"),
    ];

    /// The days gov.uk/bank-holidays lists for each nation (England and Wales, Scotland,
    /// Northern Ireland), substitute days included and the weekend days they replace left
    /// out, as gov.uk does. gov.uk itself is not in the reference store; Northern Ireland's
    /// 2026 was checked against a surgery's closure list (mountainviewsurgery.co.uk), which has
    /// Monday 13 July and Monday 28 December.
    const UK_2026_2030: [(i32, [&str; 3]); 5] = [
        (
            2026,
            [
                "01-01 04-03 04-06 05-04 05-25 08-31 12-25 12-28",
                "01-01 01-02 04-03 05-04 05-25 08-03 11-30 12-25 12-28",
                "01-01 03-17 04-03 04-06 05-04 05-25 07-13 08-31 12-25 12-28",
            ],
        ),
        (
            2027,
            [
                "01-01 03-26 03-29 05-03 05-31 08-30 12-27 12-28",
                "01-01 01-04 03-26 05-03 05-31 08-02 11-30 12-27 12-28",
                "01-01 03-17 03-26 03-29 05-03 05-31 07-12 08-30 12-27 12-28",
            ],
        ),
        (
            2028,
            [
                "01-03 04-14 04-17 05-01 05-29 08-28 12-25 12-26",
                "01-03 01-04 04-14 05-01 05-29 08-07 11-30 12-25 12-26",
                "01-03 03-17 04-14 04-17 05-01 05-29 07-12 08-28 12-25 12-26",
            ],
        ),
        (
            2029,
            [
                "01-01 03-30 04-02 05-07 05-28 08-27 12-25 12-26",
                "01-01 01-02 03-30 05-07 05-28 08-06 11-30 12-25 12-26",
                "01-01 03-19 03-30 04-02 05-07 05-28 07-12 08-27 12-25 12-26",
            ],
        ),
        (
            2030,
            [
                "01-01 04-19 04-22 05-06 05-27 08-26 12-25 12-26",
                "01-01 01-02 04-19 05-06 05-27 08-05 12-02 12-25 12-26",
                "01-01 03-18 04-19 04-22 05-06 05-27 07-12 08-26 12-25 12-26",
            ],
        ),
    ];

    #[test]
    fn easter_sunday_agrees_with_the_published_dates() {
        // Church calendars' Easter Sundays, including the earliest and latest possible.
        let known = [
            (1818, 3, 22),
            (1943, 4, 25),
            (2000, 4, 23),
            (2019, 4, 21),
            (2024, 3, 31),
            (2025, 4, 20),
            (2026, 4, 5),
            (2027, 3, 28),
            (2028, 4, 16),
            (2029, 4, 1),
            (2030, 4, 21),
            (2031, 4, 13),
            (2038, 4, 25),
            (2285, 3, 22),
        ];
        for (year, month, day) in known {
            assert_eq!(easter_sunday(year), date(year, month, day), "{year}");
        }
        // Always a Sunday between 22 March and 25 April.
        for year in 1900..2300 {
            let easter = easter_sunday(year);
            assert_eq!(easter.weekday(), 6, "{year}");
            assert!(date(year, 3, 22) <= easter && easter <= date(year, 4, 25), "{year}");
        }
    }

    #[test]
    fn the_nordic_holidays_are_the_official_calendars_of_2026_to_2030() {
        for (country, calendar) in
            [(Country::No, NORWAY_2026_2030), (Country::Se, SWEDEN_2026_2030), (Country::Dk, DENMARK_2026_2030)]
        {
            for (year, days) in calendar {
                assert_eq!(public_holidays(country, year), dates(year, days), "{country:?} {year}");
            }
        }
    }

    #[test]
    fn the_uk_closes_on_the_union_of_its_three_nations_bank_holidays_2026_to_2030() {
        for (year, nations) in UK_2026_2030 {
            let mut union: Vec<CalendarDate> = nations.iter().flat_map(|days| dates(year, days)).collect();
            union.sort();
            union.dedup();
            let closed_weekdays: Vec<CalendarDate> =
                public_holidays(Country::Gb, year).into_iter().filter(|day| day.weekday() < 5).collect();
            assert_eq!(closed_weekdays, union, "{year}");
            for day in union {
                assert!(is_closed(Country::Gb, day), "{day:?}");
            }
        }
        // Christmas on a Saturday: Monday 27 and Tuesday 28 December 2027 instead.
        assert!(is_closed(Country::Gb, date(2027, 12, 27)) && is_closed(Country::Gb, date(2027, 12, 28)));
        assert!(!is_closed(Country::Gb, date(2027, 12, 29)));
    }

    #[test]
    fn store_bededag_is_no_holiday_in_denmark_since_2024() {
        // The fourth Friday after Easter: Easter Sunday + 26 days (1 May 2026, 23 April 2027).
        for year in 2024..=2031 {
            let store_bededag = easter_sunday(year).plus_days(26);
            assert_eq!(store_bededag.weekday(), 4);
            assert!(!is_closed(Country::Dk, store_bededag), "{year}");
        }
        assert!(!is_closed(Country::Dk, date(2026, 5, 1)));
    }

    /// Every date from 2026 to 2031, in every country: the last open day is never later than
    /// the date, never a weekend or a holiday, and at most 5 days earlier (Norway's and
    /// Denmark's Easter, skjærtorsdag to 2. påskedag, seen from the Monday).
    #[test]
    fn the_last_open_day_is_on_or_before_the_date_open_and_at_most_five_days_earlier() {
        let mut most_days_earlier = 0;
        for country in Country::ALL {
            // Counted, not compared: a loop on dates must end even when the date arithmetic
            // is wrong (a mutant of it).
            let first = date(2026, 1, 1);
            for offset in 0..=(date(2031, 12, 31).days_since_epoch() - first.days_since_epoch()) {
                let day = first.plus_days(offset);
                let open = last_open_day_on_or_before(country, day);
                assert!(open <= day, "{country:?} {day:?}: {open:?}");
                assert!(!is_closed(country, open), "{country:?} {day:?}: {open:?}");
                assert!(open.weekday() < 5 && !public_holidays(country, open.year()).contains(&open));
                assert_eq!(open == day, !is_closed(country, day), "{country:?} {day:?}");
                // Nothing open is skipped on the way back.
                let earlier = day.days_since_epoch() - open.days_since_epoch();
                for between in (1..earlier).map(|d| open.plus_days(d)) {
                    assert!(is_closed(country, between), "{country:?} {day:?}: {between:?} is open");
                }
                most_days_earlier = most_days_earlier.max(earlier);
            }
        }
        assert_eq!(most_days_earlier, 5);
        // Across the turn of the year: from Saturday 2 January 2027 back past New Year's Day and
        // Sweden's nyårsafton to Thursday 30 December 2026.
        assert_eq!(last_open_day_on_or_before(Country::Se, date(2027, 1, 2)), date(2026, 12, 30));
        assert_eq!(last_open_day_on_or_before(Country::No, date(2027, 1, 2)), date(2026, 12, 31));
    }
}
