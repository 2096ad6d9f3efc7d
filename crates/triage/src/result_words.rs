//! What a result says by its urgency and, on an emergency, by its kind: the headline, why, and
//! what to do. The result screen and the summary both say it from here.

use crate::decision::{Advice, EmergencyKind};
use crate::i18n::{ServiceNames, Texts};

/// The result's headline template: the urgency's, except after a serious accident, whose
/// headline is the country's injury route (`{injury_headline}`).
pub fn headline_of(urgency_headline: &'static str, kind: Option<EmergencyKind>) -> &'static str {
    match kind {
        Some(EmergencyKind::Injury) => "{injury_headline}",
        _ => urgency_headline,
    }
}

/// What an emergency result says under its headline, by its kind: why (the nerve signs'
/// words, or the injury's), what to do under the call buttons (the country's route), and the
/// one action it carries. The screen and the summary both say it from here.
pub struct EmergencyWords {
    /// Why it cannot wait.
    pub body: &'static str,
    /// What to do, by the country's route (`names` given to [`emergency_words`]).
    pub steps: &'static str,
    /// The emergency's one action.
    pub advice: Advice,
}

/// [`EmergencyWords`] for an emergency of `kind`, with the service names of the reader's place.
pub fn emergency_words(t: &Texts, names: &ServiceNames, kind: EmergencyKind) -> EmergencyWords {
    match kind {
        EmergencyKind::NerveCompression => EmergencyWords {
            body: t.headline_body.emergency,
            steps: names.emergency_steps,
            advice: Advice::CallEmergency,
        },
        EmergencyKind::Injury => {
            EmergencyWords { body: t.injury_body, steps: names.injury_steps, advice: Advice::InjuryCareNow }
        }
    }
}
