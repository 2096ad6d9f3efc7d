//! What the widget asks the result WASM for, and the page it gets back. The two WASMs meet only
//! through JavaScript (the page hands the result WASM's `resultForWidget` to the widget as its
//! `renderResult`), where a request is a list of strings. Both build on this crate, so the list's
//! order is written once, here, in [`ResultRequest::to_parts`] and [`ReceivedRequest::from_parts`]
//! (and in [`ResultPage::to_parts`] and [`ResultPage::from_parts`] on the way back), and a
//! round trip over every language and place checks that the two agree.
//!
//! # Example
//!
//! ```
//! use triage::clinic::Clinic;
//! use triage::country::{Country, Place};
//! use triage::i18n::Lang;
//! use triage::questionnaire::Draft;
//! use triage::result_request::{ReceivedRequest, ResultRequest};
//!
//! let (clinic, _) = Clinic::from_values(Some("Legekontoret"), Some("22 33 44 55"), None);
//! let request = ResultRequest {
//!     draft: Draft::default(),
//!     lang: Lang::Nb,
//!     place: Place::new(Country::No, None),
//!     clinic: &clinic,
//!     operator: None,
//! };
//! // In the widget: a list of strings for JavaScript to carry.
//! let parts: Vec<Option<String>> = request.to_parts().into_iter().map(|p| p.map(String::from)).collect();
//! assert_eq!(parts[1].as_deref(), Some("nb"));
//! // In the result WASM: the same request.
//! let received = ReceivedRequest::from_parts(&parts).unwrap();
//! assert_eq!(received.request(), request);
//! ```

use std::borrow::Cow;

use crate::clinic::Clinic;
use crate::country::{Country, DkRegion, Place};
use crate::i18n::Lang;
use crate::operator::Operator;
use crate::questionnaire::Draft;
use crate::render::result_screen::{CalendarFile, ResultPage};
use crate::render::start_screen::country_attribute;

/// A result screen as the widget asks for it: the reader's answers, language and place, and the
/// host's clinic and operator, as the widget holds them.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ResultRequest<'a> {
    /// The answers (complete: they have an outcome).
    pub draft: Draft,
    /// The reader's language.
    pub lang: Lang,
    /// Where the reader is; unconfirmed: the language's own country, 112 alone.
    pub place: Place,
    /// The host's clinic, its values checked.
    pub clinic: &'a Clinic,
    /// Who offers the widget, if the host said.
    pub operator: Option<&'a Operator>,
}

/// A request as the result WASM reads it from JavaScript ([`ReceivedRequest::from_parts`]): the
/// same values, owned.
#[derive(Clone, Debug, PartialEq)]
pub struct ReceivedRequest {
    /// The answers.
    pub draft: Draft,
    /// The reader's language.
    pub lang: Lang,
    /// Where the reader is.
    pub place: Place,
    /// The host's clinic, its values checked again.
    pub clinic: Clinic,
    /// Who offers the widget, checked again.
    pub operator: Option<Operator>,
}

/// Why a list of parts is not a request.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RequestError {
    /// The first part is not a draft's code ([`Draft::code`]).
    Draft,
}

impl std::fmt::Display for RequestError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RequestError::Draft => f.write_str("result: not a draft"),
        }
    }
}

impl std::error::Error for RequestError {}

impl<'a> ResultRequest<'a> {
    /// The request as JavaScript carries it: the draft's code, the language's code, the
    /// country's code (empty when the host gave none), the Danish region's code (empty: none),
    /// then the clinic's name, number and address and the operator's name and contact (as its
    /// link's target), each absent when not given.
    pub fn to_parts(&self) -> [Option<Cow<'a, str>>; 9] {
        let borrowed = |s: Option<&'a str>| s.map(Cow::Borrowed);
        [
            Some(Cow::Owned(self.draft.code())),
            Some(Cow::Borrowed(self.lang.code())),
            Some(Cow::Borrowed(country_attribute(self.place))),
            Some(Cow::Borrowed(self.place.dk_region().map_or("", DkRegion::code))),
            borrowed(self.clinic.name()),
            borrowed(self.clinic.tel()),
            borrowed(self.clinic.url()),
            self.operator.map(|o| Cow::Borrowed(o.name.as_str())),
            self.operator.map(|o| Cow::Owned(o.contact.href())),
        ]
    }
}

impl ReceivedRequest {
    /// The request from [`ResultRequest::to_parts`]'s list, read as a boundary reads it: an
    /// unknown language is English; an empty or unknown country is none (112 alone, as the
    /// widget has warned already); the clinic's and operator's values are checked again, and one
    /// refused is left out. An error only when the first part is not a draft's code.
    pub fn from_parts(parts: &[Option<String>]) -> Result<ReceivedRequest, RequestError> {
        let part = |i: usize| parts.get(i).and_then(Option::as_deref);
        let draft = part(0).and_then(Draft::from_code).ok_or(RequestError::Draft)?;
        let lang = part(1).and_then(Lang::parse).unwrap_or(Lang::En);
        let place = match part(2).and_then(Country::parse) {
            Some(country) => Place::new(country, part(3).and_then(DkRegion::parse)),
            None => Place::unconfirmed(lang.default_country()),
        };
        let (clinic, _) = Clinic::from_values(part(4), part(5), part(6));
        let (operator, _) = Operator::from_values(part(7), part(8));
        Ok(ReceivedRequest { draft, lang, place, clinic, operator })
    }

    /// The request as the widget made it.
    pub fn request(&self) -> ResultRequest<'_> {
        ResultRequest {
            draft: self.draft,
            lang: self.lang,
            place: self.place,
            clinic: &self.clinic,
            operator: self.operator.as_ref(),
        }
    }
}

impl ResultPage {
    /// The page as JavaScript carries it back: the markup, the summary, then the calendar file's
    /// name and contents, both absent without a dated follow-up.
    pub fn to_parts(&self) -> [Option<String>; 4] {
        let calendar = self.calendar.as_ref();
        [
            Some(self.html.clone()),
            Some(self.summary.clone()),
            calendar.map(|c| c.file_name.clone()),
            calendar.map(|c| c.ics.clone()),
        ]
    }

    /// The page from [`ResultPage::to_parts`]'s list, taken as it comes (no copy); `None`
    /// without the markup or the summary.
    pub fn from_parts(parts: impl IntoIterator<Item = Option<String>>) -> Option<ResultPage> {
        let mut parts = parts.into_iter();
        let mut next = || parts.next().flatten();
        let (html, summary, file_name, ics) = (next(), next(), next(), next());
        let calendar = match (file_name, ics) {
            (Some(file_name), Some(ics)) => Some(CalendarFile { file_name, ics }),
            _ => None,
        };
        Some(ResultPage { html: html?, summary: summary?, calendar })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::decision::Sign;
    use crate::operator::Operator;

    /// Every place the widget can ask for in `lang`: each country with and without each Danish
    /// region, and no country (the language's own, unconfirmed).
    fn places(lang: Lang) -> Vec<Place> {
        let mut places = vec![Place::unconfirmed(lang.default_country())];
        for country in Country::ALL {
            places.push(Place::new(country, None));
            if country == Country::Dk {
                places.extend(DkRegion::ALL.map(|region| Place::new(country, Some(region))));
            }
        }
        places
    }

    fn clinics() -> Vec<Clinic> {
        let values = [
            (None, None, None),
            (Some("Legekontoret & «Co»"), Some("+47 22 33 44 55"), Some("https://example.no/time?a=1&b=2")),
            (Some("Vårdcentralen"), None, Some("https://example.se")),
            (None, Some("0771-11 77 00"), None),
        ];
        values.into_iter().map(|(name, tel, url)| Clinic::from_values(name, tel, url).0).collect()
    }

    fn operators() -> Vec<Option<Operator>> {
        let values = [
            (None, None),
            (Some("Helse Nord"), Some("feil@example.no")),
            (Some("Region H"), Some("https://example.dk/fejl")),
        ];
        values.into_iter().map(|(name, contact)| Operator::from_values(name, contact).0).collect()
    }

    fn drafts() -> Vec<Draft> {
        let mut yes = Draft::default();
        for sign in Sign::ALL {
            yes.set_sign(sign, true);
        }
        vec![Draft::default(), yes]
    }

    /// The parts as JavaScript hands them over: owned strings.
    fn owned(parts: [Option<Cow<str>>; 9]) -> Vec<Option<String>> {
        parts.into_iter().map(|p| p.map(String::from)).collect()
    }

    #[test]
    fn every_request_the_widget_can_make_reads_back_the_same() {
        let mut checked = 0;
        for lang in Lang::ALL {
            for place in places(lang) {
                for clinic in &clinics() {
                    for operator in operators() {
                        for draft in drafts() {
                            let request = ResultRequest { draft, lang, place, clinic, operator: operator.as_ref() };
                            let received = ReceivedRequest::from_parts(&owned(request.to_parts())).unwrap();
                            assert_eq!(received.request(), request);
                            checked += 1;
                        }
                    }
                }
            }
        }
        assert_eq!(checked, 5 * 10 * 4 * 3 * 2);
    }

    #[test]
    fn a_request_is_refused_only_without_a_drafts_code() {
        let clinic = Clinic::default();
        let request = ResultRequest {
            draft: Draft::default(),
            lang: Lang::Sv,
            place: Place::new(Country::Se, None),
            clinic: &clinic,
            operator: None,
        };
        let mut parts = owned(request.to_parts());
        parts[0] = Some("not=a&draft".to_owned());
        assert_eq!(ReceivedRequest::from_parts(&parts), Err(RequestError::Draft));
        assert_eq!(ReceivedRequest::from_parts(&[]), Err(RequestError::Draft));
        assert_eq!(RequestError::Draft.to_string(), "result: not a draft");
        // What a boundary cannot trust is read as the widget would: English, no country.
        parts[0] = Some(Draft::default().code());
        parts[1] = Some("xx".to_owned());
        parts[2] = Some("US".to_owned());
        let read = ReceivedRequest::from_parts(&parts).unwrap();
        assert_eq!((read.lang, read.place), (Lang::En, Place::unconfirmed(Lang::En.default_country())));
        // A value the clinic's checks refuse is left out.
        parts[5] = Some("call me".to_owned());
        assert_eq!(ReceivedRequest::from_parts(&parts).unwrap().clinic.tel(), None);
    }

    #[test]
    fn a_page_reads_back_the_same_with_and_without_a_calendar_file() {
        let calendar = CalendarFile { file_name: "oppfolging.ics".to_owned(), ics: "BEGIN:VCALENDAR\r\n".to_owned() };
        for calendar in [None, Some(calendar)] {
            let page = ResultPage { html: "the markup".to_owned(), summary: "Svar".to_owned(), calendar };
            assert_eq!(ResultPage::from_parts(page.to_parts()), Some(page));
        }
        assert_eq!(ResultPage::from_parts([Some("the markup".to_owned())]), None);
        assert_eq!(ResultPage::from_parts([None, Some("Svar".to_owned())]), None);
    }
}
