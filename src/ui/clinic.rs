//! The host's own clinic on the result: "Contact <name>", a `tel:` button and/or a link to its
//! web page. The values were checked by [`crate::clinic`] before they got here; the name is
//! only ever a text node. Where the block goes per urgency is [`crate::clinic::placement`]:
//! the result screen puts one `ClinicContact` before the national contacts and one after, and
//! each shows only where it belongs.

use leptos::prelude::*;

use super::Locale;
use crate::clinic::{Clinic, Placement, placement};
use crate::decision::Urgency;
use crate::i18n::fill;

/// The host's clinic, shared by context from [`super::TriageWidget`]; changes when the host
/// changes the `clinic-*` attributes.
#[derive(Clone, Copy)]
pub struct ClinicSetting(pub RwSignal<Clinic>);

/// What a `tel:` link dials: the digits and a leading `+`, without the spaces, dashes and
/// parentheses that only help people read the number.
fn dial(tel: &str) -> String {
    tel.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect()
}

/// The clinic block, if the host gave a clinic and `at` is where it goes for `urgency`.
#[component]
pub(crate) fn ClinicContact(
    /// Language and country.
    locale: Locale,
    /// The result's urgency: no block on an emergency.
    urgency: Urgency,
    /// Which of the two places on the result this is.
    at: Placement,
) -> impl IntoView {
    let setting = use_context::<ClinicSetting>().filter(|_| placement(urgency) == Some(at));
    let t = locale.texts();
    move || {
        let clinic = setting?.0.get();
        let name = clinic.name.clone().filter(|_| clinic.is_shown())?;
        let lead = match urgency {
            Urgency::Urgent => t.clinic.urgent,
            Urgency::Soon => t.clinic.soon,
            _ => t.clinic.self_care,
        };
        let named = |template: &str| fill(template, &[("clinic", &name)]);
        let call = clinic.tel.map(|tel| {
            view! {
                <a
                    class="clinic-action primary"
                    data-clinic="tel"
                    part="clinic-call-link"
                    href=format!("tel:{}", dial(&tel))
                >
                    {fill(t.call_number, &[("number", &tel)])}
                </a>
            }
        });
        let website = clinic.url.map(|url| {
            view! {
                <a class="clinic-action" data-clinic="url" part="clinic-link" href=url>
                    {named(t.clinic.website)}
                </a>
            }
        });
        Some(view! {
            <div class="clinic" data-contact="clinic">
                <h3>{named(t.clinic.heading)}</h3>
                <p>{named(lead)}</p>
                <p class="clinic-actions">{call} {website}</p>
            </div>
        })
    }
}
