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
use crate::follow_up::CalendarDate;

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

const fn h(name: &'static str, rule: Rule) -> Holiday {
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
    // March or April and 1–31 by construction, so the casts cannot truncate.
    CalendarDate { year, month: month as u32, day: day as u32 }
}

/// The date `rule` gives in `year`, before any substitute day.
fn date_in(rule: Rule, year: i32, easter: CalendarDate) -> CalendarDate {
    let on = |month, day| CalendarDate { year, month, day };
    let weekday_on_or_after = |weekday: u32, from: CalendarDate| {
        from.plus_days(i64::from((weekday + 7 - from.weekday()) % 7))
    };
    match rule {
        Fixed(month, day) | FixedOrSubstitute(month, day) => on(month, day),
        FromEaster(days) => easter.plus_days(days),
        WeekdayOnOrAfter(weekday, month, day) => weekday_on_or_after(weekday, on(month, day)),
        FirstMonday(month) => weekday_on_or_after(0, on(month, 1)),
        // The Monday on or after the 25th of a 31-day month is its last.
        LastMonday(month) => weekday_on_or_after(0, on(month, 25)),
    }
}

/// The holidays of one table in `year`, with the UK's substitute days, sorted.
fn table_in(table: &[Holiday], year: i32) -> Vec<CalendarDate> {
    let easter = easter_sunday(year);
    let mut days: Vec<CalendarDate> = table.iter().map(|holiday| date_in(holiday.rule, year, easter)).collect();
    days.sort();
    // Substitutes in date order, each on the first weekday not already taken: Christmas Day
    // on a Sunday gives Tuesday 27, as Boxing Day has Monday 26.
    let mut weekend_days: Vec<CalendarDate> = table
        .iter()
        .filter(|holiday| matches!(holiday.rule, FixedOrSubstitute(..)))
        .map(|holiday| date_in(holiday.rule, year, easter))
        .filter(|day| day.weekday() >= 5)
        .collect();
    weekend_days.sort();
    for day in weekend_days {
        let mut substitute = day.plus_days(1);
        while substitute.weekday() >= 5 || days.contains(&substitute) {
            substitute = substitute.plus_days(1);
        }
        days.push(substitute);
        days.sort();
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
    date.weekday() >= 5 || public_holidays(country, date.year).contains(&date)
}

/// `date`, or the last day before it when the reader's doctor in `country` is open: never a
/// Saturday, a Sunday or a public holiday.
pub fn last_open_day_on_or_before(country: Country, date: CalendarDate) -> CalendarDate {
    let holidays = public_holidays(country, date.year);
    let mut day = date;
    while day.weekday() >= 5 || holidays.contains(&day) {
        day = day.plus_days(-1);
        if day.year != date.year {
            // Only from 1 January back into December: that year's holidays apply.
            return last_open_day_on_or_before(country, day);
        }
    }
    day
}
