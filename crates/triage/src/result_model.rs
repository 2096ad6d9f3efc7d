//! What a result says, decided once: the outcome and its action, who to contact in which
//! order, the dated follow-up, and the answers it came from. The result screen
//! (`render::result_screen`) and the summary a reader copies or prints ([`crate::summary`]) are
//! both drawn from one [`ResultModel`], so the screen and the paper cannot disagree about what
//! to do or whom to call (they once did, in the order of the contacts).
//!
//! # Example
//! ```
//! use triage::clinic::Clinic;
//! use triage::country::{Country, Place};
//! use triage::date::CalendarDate;
//! use triage::decision::{Advice, Sign};
//! use triage::i18n::Lang;
//! use triage::questionnaire::Draft;
//! use triage::result_model::{Clock, Contact, ResultModel};
//!
//! let mut draft = Draft::default();
//! draft.set_sign(Sign::SaddleNumbness, true);
//! let clock = Clock::fixed(CalendarDate::constant(2026, 11, 30));
//! let clinic = Clinic::default();
//! let model = ResultModel::new(&draft, Lang::Nb, Place::new(Country::No, None), &clinic, None, &clock)
//!     .expect("an emergency sign decides at once");
//! assert_eq!(model.outcome.action(), Some(Advice::CallEmergency));
//! // Norway's route for the nerve signs: the out-of-hours line, then 113.
//! assert_eq!(model.contacts, [Contact::OutOfHours, Contact::Emergency]);
//! assert!(model.follow_up.is_none(), "an emergency has no follow-up");
//! ```

use crate::calendar::UtcTime;
use crate::clinic::{Clinic, Placement, placement};
use crate::country::{Call, Country, Place};
use crate::date::CalendarDate;
use crate::decision::{Answers, Outcome, Urgency, evaluate_in};
use crate::follow_up::{FollowUp, follow_up};
use crate::i18n::Lang;
use crate::operator::Operator;
use crate::questionnaire::{Draft, DurationChoice};

/// What the result needs of the reader's clock and browser: today, the date written out in the
/// reader's language, and what makes the calendar file (its time stamp and unique id).
pub struct Clock<'a> {
    /// Today in the reader's time zone.
    pub today: CalendarDate,
    /// A date written for the reader ("Monday 21 December"): the browser's `Intl` in the page.
    pub write_date: &'a dyn Fn(CalendarDate, Lang, Country) -> String,
    /// Now in UTC, for the calendar file's `DTSTAMP`.
    pub now_utc: UtcTime,
    /// A globally unique id for the calendar event.
    pub event_uid: String,
}

impl Clock<'static> {
    /// A clock stopped at midnight UTC on `today`, writing dates as `YYYY-MM-DD`: for tests and
    /// examples, where the result must not depend on the day they run.
    pub fn fixed(today: CalendarDate) -> Clock<'static> {
        Clock {
            today,
            write_date: &|date, _, _| date.iso(),
            now_utc: UtcTime { date: today, hour: 0, minute: 0, second: 0 },
            event_uid: "fixed@back-pain-triage.invalid".to_owned(),
        }
    }
}

/// One contact a result names, in the order the result names them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Contact {
    /// The host's own clinic (its name, and its number or page).
    Clinic,
    /// The country's out-of-hours or advice line (in Denmark without a region, every region's).
    OutOfHours,
    /// The emergency number.
    Emergency,
}

/// The dated follow-up and the sentence that says it, with the date written for the reader.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FollowUpLine {
    /// When, and what to do then.
    pub follow_up: FollowUp,
    /// The sentence on screen, in the copied text, in the print and in the calendar file.
    pub sentence: String,
}

/// Everything one result says.
pub struct ResultModel<'a> {
    /// The questions as the reader answered them (an emergency sign ends them early).
    pub asked: &'a Draft,
    /// The answers decided on.
    pub answers: Answers,
    /// The decision, in the rules of the reader's country.
    pub outcome: Outcome,
    /// The reader's language.
    pub lang: Lang,
    /// Where the reader is, as far as the host said.
    pub place: Place,
    /// Today in the reader's time zone: the summary's date, and which Danish regions' names
    /// the reader sees (`country::EAST_DENMARK_FROM`).
    pub today: CalendarDate,
    /// The host's clinic, as far as its values passed the checks.
    pub clinic: &'a Clinic,
    /// Who offers the tool, if the host said.
    pub operator: Option<&'a Operator>,
    /// Whom to contact, in order.
    pub contacts: Vec<Contact>,
    /// The dated follow-up, when the outcome has one.
    pub follow_up: Option<FollowUpLine>,
}

impl<'a> ResultModel<'a> {
    /// The result for the answers in `draft` (complete, or ended early on an emergency sign), in
    /// `lang` for `place`, with the host's `clinic` and `operator`, on `clock`'s day; `None`
    /// while `draft` has no outcome.
    pub fn new(
        draft: &'a Draft,
        lang: Lang,
        place: Place,
        clinic: &'a Clinic,
        operator: Option<&'a Operator>,
        clock: &Clock,
    ) -> Option<ResultModel<'a>> {
        let answers = draft.answers_to_decide()?;
        let outcome = evaluate_in(&answers, place.rules_country());
        let country = place.country;
        let duration = DurationChoice::containing(answers.duration_weeks);
        let follow_up = follow_up(outcome.urgency, country, duration, answers.trend, clock.today).map(|follow_up| {
            let written = follow_up.date.map(|d| (clock.write_date)(d, lang, country)).unwrap_or_default();
            FollowUpLine { sentence: follow_up.sentence(lang, country, &written), follow_up }
        });
        let contacts = contacts(&outcome, place, clinic);
        Some(ResultModel {
            asked: draft,
            answers,
            outcome,
            lang,
            place,
            today: clock.today,
            clinic,
            operator,
            contacts,
            follow_up,
        })
    }

    /// The reader's country (its content, when the numbers are not confirmed).
    pub fn country(&self) -> Country {
        self.place.country
    }

    /// Whether the result is an emergency: one screen with nothing to do but call.
    pub fn is_emergency(&self) -> bool {
        self.outcome.urgency == Urgency::Emergency
    }
}

/// Whom a result names, in order. On an emergency, the route's calls
/// (`EmergencyRoute::calls`): the host's clinic among them only where the route starts with the
/// reader's own doctor and the clinic can be called (a name and a number). Otherwise the host's
/// clinic first where it is the natural first contact (`clinic::placement`), then the
/// out-of-hours line, the emergency number, and the clinic after them where a doctor today
/// comes first.
fn contacts(outcome: &Outcome, place: Place, clinic: &Clinic) -> Vec<Contact> {
    if let Some(kind) = outcome.emergency_kind() {
        let callable = clinic.callable().is_some();
        return place
            .route(kind)
            .calls(callable)
            .into_iter()
            .map(|call| match call {
                Call::Emergency => Contact::Emergency,
                Call::Clinic => Contact::Clinic,
                Call::OutOfHours => Contact::OutOfHours,
            })
            .collect();
    }
    let at = if clinic.is_shown() { placement(outcome.urgency) } else { None };
    let mut contacts = Vec::with_capacity(3);
    if at == Some(Placement::First) {
        contacts.push(Contact::Clinic);
    }
    contacts.extend([Contact::OutOfHours, Contact::Emergency]);
    if at == Some(Placement::AfterNational) {
        contacts.push(Contact::Clinic);
    }
    contacts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::country::DkRegion;
    use crate::decision::Sign;

    fn model_contacts(draft: &Draft, place: Place, clinic: &Clinic) -> Vec<Contact> {
        let clock = Clock::fixed(CalendarDate::constant(2026, 11, 30));
        ResultModel::new(draft, Lang::En, place, clinic, None, &clock).expect("decided").contacts
    }

    #[test]
    fn the_clinic_is_named_where_its_placement_and_the_route_put_it() {
        let full = Clinic::from_values(Some("Clinic"), Some("+47 22 00 00 00"), Some("https://example.org/")).0;
        let link_only = Clinic::from_values(Some("Clinic"), None, Some("https://example.org/")).0;
        let no = Place::new(Country::No, None);
        let mut nerve = Draft::default();
        nerve.set_sign(Sign::SaddleNumbness, true);
        // Norway's nerve route starts with the doctor: the clinic first if it can be called.
        assert_eq!(model_contacts(&nerve, no, &full), [Contact::Clinic, Contact::OutOfHours, Contact::Emergency]);
        assert_eq!(model_contacts(&nerve, no, &link_only), [Contact::OutOfHours, Contact::Emergency]);
        // The UK's starts with 999.
        let gb = Place::new(Country::Gb, None);
        assert_eq!(model_contacts(&nerve, gb, &full)[0], Contact::Emergency);
        let decided = |yes: &[Sign]| {
            let mut d = Draft::default();
            (d.age, d.duration, d.trend) =
                (Some(40), Some(DurationChoice::ALL[0]), Some(crate::decision::Trend::Better));
            for sign in Sign::ALL {
                d.set_sign(sign, yes.contains(&sign));
            }
            d
        };
        let urgent = decided(&[Sign::FeverOrUnwell]);
        assert_eq!(model_contacts(&urgent, no, &full), [Contact::OutOfHours, Contact::Emergency, Contact::Clinic]);
        assert_eq!(model_contacts(&urgent, no, &Clinic::default()), [Contact::OutOfHours, Contact::Emergency]);
        let self_care = decided(&[]);
        let dk = Place::new(Country::Dk, Some(DkRegion::ALL[0]));
        assert_eq!(
            model_contacts(&self_care, dk, &link_only),
            [Contact::Clinic, Contact::OutOfHours, Contact::Emergency]
        );
    }
}
