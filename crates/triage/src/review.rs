//! When each country's content must be checked again against its sources (issue 25 item 3;
//! clinical review 2026-12-07 §8.2, hazard H15: content or numbers go out of date while the code
//! is unchanged). Pure: the safety case pack (`triage safety-case`), `triage content-status`
//! and the widget's console warning all ask [`status_on`] with a date they are given, so that
//! nothing here depends on the day it runs.
//!
//! The review-by dates, and why:
//! - Norway, Sweden, the United Kingdom: six months after the check (2027-06-07). The sources
//!   are national pages that change without notice (1177's "when to seek care" section was not
//!   in the stored copy; DMP's ibuprofen advice is from 2025), and six months is short enough for
//!   a pilot to meet one review before it ends.
//! - Denmark: 2027-01-15, two weeks after Region Hovedstaden and Region Sjælland become Region
//!   Østdanmark (1 January 2027, `country::EAST_DENMARK_FROM`). Whether 1813 and 1818 go on
//!   could not be checked on 2026-12-07 (src/country.rs); the new region's pages can only be read
//!   once it exists, and two weeks gives it time to publish them while keeping a wrong number,
//!   if it is one, in use for as short a time as possible. Sundhedsstyrelsen's guideline of 2016
//!   is also "under vurdering".

use crate::country::Country;
use crate::date::CalendarDate;

/// One country's content review.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Review {
    /// The country.
    pub country: Country,
    /// The day its content (texts, numbers, sources) was last checked against its sources: today
    /// `decision::sources::CONTENT_CHECKED` for every country.
    pub checked: CalendarDate,
    /// The day by which it must be checked again.
    pub review_by: CalendarDate,
    /// What must be checked first, in English, for the people who do it.
    pub first: &'static str,
}

const CHECKED: CalendarDate = CalendarDate::constant(2026, 12, 7);
const SIX_MONTHS: CalendarDate = CalendarDate::constant(2027, 6, 7);

/// Every country's review, in the order of `Country::ALL`.
pub const REVIEWS: [Review; 4] = [
    Review {
        country: Country::No,
        checked: CHECKED,
        review_by: SIX_MONTHS,
        first: "116 117 and 113 (Helsedirektoratet), DMP's paracetamol and ibuprofen advice, Felleskatalogen «Ibux».",
    },
    Review {
        country: Country::Se,
        checked: CHECKED,
        review_by: SIX_MONTHS,
        first: "1177 «Ont i ryggen»'s \"when to seek care\" sentences against the live page; 1177's painkiller advice.",
    },
    Review {
        country: Country::Dk,
        checked: CHECKED,
        review_by: CalendarDate::constant(2027, 1, 15),
        first: "Region Østdanmark (from 1 January 2027): whether 1813 and 1818 go on, the region's name and code; \
                Sundhedsstyrelsen's NKR 2016 (under review) and NKA 2025.",
    },
    Review {
        country: Country::Gb,
        checked: CHECKED,
        review_by: SIX_MONTHS,
        first: "nhs.uk «Back pain» (999, A&E, 111), NICE CKS red flags, NICE NG59.",
    },
];

/// Each review-by date alone, in the order of [`REVIEWS`], taken from it when compiling: the
/// widget's warning ([`overdue_warning`]) needs only the date, and reading [`REVIEWS`] would
/// carry what is to be checked into its WASM as well.
const REVIEW_BY: [CalendarDate; 4] =
    [REVIEWS[0].review_by, REVIEWS[1].review_by, REVIEWS[2].review_by, REVIEWS[3].review_by];

/// The review of `country`.
pub fn review(country: Country) -> &'static Review {
    match country {
        Country::No => &REVIEWS[0],
        Country::Se => &REVIEWS[1],
        Country::Dk => &REVIEWS[2],
        Country::Gb => &REVIEWS[3],
    }
}

/// Where a country's review stands on a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// More than [`DUE_SOON_DAYS`] days left.
    Current {
        /// Days until the review-by date.
        days_left: i64,
    },
    /// The review-by date is at most [`DUE_SOON_DAYS`] days away, or today.
    DueSoon {
        /// Days until the review-by date (0: today).
        days_left: i64,
    },
    /// The review-by date has passed.
    Overdue {
        /// Days since the review-by date.
        days_over: i64,
    },
}

impl Status {
    /// Whether the review-by date has passed.
    pub fn is_overdue(self) -> bool {
        matches!(self, Status::Overdue { .. })
    }
}

/// How long before the review-by date a review is shown as due: a month, to plan it.
pub const DUE_SOON_DAYS: i64 = 30;

impl Review {
    /// Where this review stands on `today`.
    pub fn status_on(&self, today: CalendarDate) -> Status {
        status(self.review_by, today)
    }
}

/// Where a review due by `review_by` stands on `today`.
fn status(review_by: CalendarDate, today: CalendarDate) -> Status {
    let days_left = review_by.days_since_epoch() - today.days_since_epoch();
    match days_left {
        d if d < 0 => Status::Overdue { days_over: -d },
        d if d <= DUE_SOON_DAYS => Status::DueSoon { days_left: d },
        d => Status::Current { days_left: d },
    }
}

/// The console warning a widget for `country` gives on `today` once that country's review-by
/// date has passed: the content may be out of date (hazard H15), and the host should know.
/// `None` while the review is not overdue.
///
/// # Example
///
/// ```
/// use triage::country::Country;
/// use triage::date::CalendarDate;
/// use triage::review::overdue_warning;
///
/// let before = CalendarDate::new(2027, 1, 15)?;
/// assert_eq!(overdue_warning(Country::Dk, before), None);
/// let after = CalendarDate::new(2027, 1, 16)?;
/// assert!(overdue_warning(Country::Dk, after).unwrap().contains("2027-01-15"));
/// # Ok::<(), triage::date::DateError>(())
/// ```
pub fn overdue_warning(country: Country, today: CalendarDate) -> Option<String> {
    let review_by = match country {
        Country::No => REVIEW_BY[0],
        Country::Se => REVIEW_BY[1],
        Country::Dk => REVIEW_BY[2],
        Country::Gb => REVIEW_BY[3],
    };
    status(review_by, today).is_overdue().then(|| {
        format!(
            "the content for {} was due for review by {}: phone numbers and advice may be out of date; \
             check for a newer version of back-pain-triage",
            country.code(),
            review_by.iso()
        )
    })
}

/// Every country's review with where it stands on `today`, in the order of `Country::ALL`.
pub fn status_on(today: CalendarDate) -> [(&'static Review, Status); 4] {
    REVIEWS.each_ref().map(|r| (r, r.status_on(today)))
}

/// The reviews that are due (at most [`DUE_SOON_DAYS`] away) or overdue on `today`.
pub fn due_on(today: CalendarDate) -> impl Iterator<Item = (&'static Review, Status)> {
    status_on(today).into_iter().filter(|(_, s)| !matches!(s, Status::Current { .. }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::decision::sources::CONTENT_CHECKED;

    fn date(year: i32, month: u32, day: u32) -> CalendarDate {
        CalendarDate::new(year, month, day).expect("a date")
    }

    #[test]
    fn every_country_was_checked_on_the_contents_checked_date_and_has_a_later_review_by_date() {
        for country in Country::ALL {
            let r = review(country);
            assert_eq!(r.country, country);
            assert_eq!(r.checked.iso(), CONTENT_CHECKED, "{country:?}");
            assert!(r.review_by > r.checked, "{country:?}");
        }
        // Denmark's comes first: the region merger of 1 January 2027.
        assert!(review(Country::Dk).review_by < review(Country::No).review_by);
        assert!(review(Country::Dk).review_by > crate::country::EAST_DENMARK_FROM);
    }

    #[test]
    fn a_review_is_current_then_due_soon_then_due_on_its_day_then_overdue_the_day_after() {
        let dk = review(Country::Dk); // 2027-01-15
        assert_eq!(dk.status_on(date(2026, 12, 7)), Status::Current { days_left: 39 });
        assert_eq!(dk.status_on(date(2026, 12, 16)), Status::DueSoon { days_left: 30 });
        assert_eq!(dk.status_on(date(2027, 1, 15)), Status::DueSoon { days_left: 0 });
        assert_eq!(dk.status_on(date(2027, 1, 16)), Status::Overdue { days_over: 1 });
        assert!(!dk.status_on(date(2027, 1, 15)).is_overdue());
        assert!(dk.status_on(date(2027, 1, 16)).is_overdue());
    }

    #[test]
    fn due_on_lists_only_what_is_due_or_overdue() {
        assert_eq!(due_on(date(2026, 12, 7)).count(), 0);
        let due: Vec<Country> = due_on(date(2027, 1, 20)).map(|(r, _)| r.country).collect();
        assert_eq!(due, [Country::Dk]);
        assert_eq!(due_on(date(2027, 6, 8)).filter(|(_, s)| s.is_overdue()).count(), 4);
    }
}
