//! The safety net: when to come back for this outcome, then the new signs that mean calling
//! the emergency number (or going straight to the emergency department) and those that mean a
//! doctor the same day, each as a short list rather than one long sentence.

use leptos::prelude::*;

use super::Locale;
use crate::decision::{Advice, Urgency};

/// The safety net's text for an outcome of `urgency` (never an emergency: that shows only the call).
#[component]
pub(super) fn SafetyNet(
    /// Language and place.
    locale: Locale,
    /// The outcome's urgency: it decides when to come back.
    urgency: Urgency,
    /// Whether "when to come back" is already shown above (the result's advice list puts it
    /// in the safety net's summary line), so it is not repeated.
    #[prop(optional)]
    come_back_above: bool,
) -> impl IntoView {
    let t = locale.texts();
    let s = &t.care.safety_net;
    let list = |signs: &'static [&'static str]| signs.iter().map(|sign| view! { <li>{*sign}</li> }).collect_view();
    view! {
        {s.come_back.get(urgency).filter(|_| !come_back_above).map(|text| view! { <p class="come-back" data-come-back>{locale.fill(text)}</p> })}
        <p>{locale.fill(t.advice.get(Advice::SafetyNet, locale.country.get_untracked()).body)}</p>
        <ul class="signs" data-signs="emergency">{list(&s.emergency_signs)}</ul>
        <p>{locale.fill(s.same_day_lead)}</p>
        <ul class="signs" data-signs="same_day">{list(&s.same_day_signs)}</ul>
    }
}
