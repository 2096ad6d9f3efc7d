//! The host's own clinic, shared with the result screen. The values were checked by
//! [`crate::clinic`] before they got here; `crate::result_screen` shows them (the name only ever
//! as escaped text) where [`crate::clinic::placement`] puts them for the result's urgency.

use leptos::prelude::*;

use crate::clinic::Clinic;

/// The host's clinic, shared by context from [`super::TriageWidget`]; changes when the host
/// changes the `clinic-*` attributes.
#[derive(Clone, Copy)]
pub struct ClinicSetting(pub RwSignal<Clinic>);
