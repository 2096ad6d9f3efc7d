//! The widget: a Leptos component that walks the reader through the questionnaire, asks the
//! decision core, and shows the outcome. It decides nothing itself.
//!
//! - this file: the widget's state, the screens, focus and announcements;
//! - [`questions`]: one step of questions (fieldsets of radios, the age field);
//! - [`result`]: the outcome screen, whose markup comes from a [`ResultSource`];
//! - [`clinic`]: the host's own clinic, for the result;
//! - [`print`]: printing and copying the summary for a clinician;
//! - `style.css`: the stylesheet, adopted into the widget's shadow root.

mod clinic;
mod print;
mod questions;
mod result;

use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

pub use clinic::ClinicSetting;
pub use result::ResultSource;

use crate::clinic::Clinic;
use crate::country::{Country, DkRegion, Place};
use crate::decision::{Answers, Outcome, Sign, evaluate};
use crate::i18n::{Lang, WidgetTexts};
use crate::questionnaire::{Draft, Screen};
use crate::start_screen;

/// Everything the reader has done in one widget: the screen shown and the answers so far.
#[derive(Clone, Copy)]
pub struct Session {
    /// The answers so far.
    pub draft: RwSignal<Draft>,
    /// The screen shown.
    pub screen: RwSignal<Screen>,
    /// The age as typed, kept as text so a half-typed value survives going back and forth.
    pub age_text: RwSignal<String>,
    /// Whether the reader tried to go on from this step with something unanswered.
    pub tried_next: RwSignal<bool>,
    /// The answers the host pre-filled: where the reader starts, and starts again.
    pub prefilled: RwSignal<Draft>,
    /// How many times the reader chose "start again" (hosts hear of each).
    pub restarts: RwSignal<u32>,
}

impl Session {
    /// A fresh session on the start screen, nothing answered.
    pub fn new() -> Session {
        Session {
            draft: RwSignal::new(Draft::default()),
            screen: RwSignal::new(Screen::Start),
            age_text: RwSignal::new(String::new()),
            tried_next: RwSignal::new(false),
            prefilled: RwSignal::new(Draft::default()),
            restarts: RwSignal::new(0),
        }
    }

    /// Back to the start screen with the answers the host pre-filled, and no others.
    pub fn reset(&self) {
        let prefilled = self.prefilled.get_untracked();
        self.draft.set(prefilled);
        self.age_text.set(prefilled.age.map(|age| age.to_string()).unwrap_or_default());
        self.tried_next.set(false);
        self.screen.set(Screen::Start);
    }

    /// Makes `draft` the answers the reader starts (and starts again) with, and goes back to
    /// the start screen with them. Each stays on its own step, selected, for the reader to
    /// confirm or change: nothing is skipped.
    pub fn prefill(&self, draft: Draft) {
        self.prefilled.set(draft);
        self.reset();
    }

    /// The reader's "start again": a reset the host hears of.
    pub fn restart(&self) {
        self.reset();
        self.restarts.update(|n| *n = n.wrapping_add(1));
    }

    /// The outcome for the answers given: complete answers, or the early exit on an emergency sign.
    pub fn outcome(&self) -> Option<(Answers, Outcome)> {
        let answers = self.draft.get_untracked().answers_to_decide()?;
        Some((answers, evaluate(&answers)))
    }
}

impl Default for Session {
    fn default() -> Self {
        Session::new()
    }
}

/// A result as the host hears of it.
#[derive(Clone, Debug, PartialEq)]
pub struct Completed {
    /// The answers the outcome was decided from (after an early exit, the rest taken as "no").
    pub answers: Answers,
    /// The outcome.
    pub outcome: Outcome,
    /// What the reader really answered (for the QuestionnaireResponse, which leaves out what
    /// was never asked).
    pub asked: Draft,
    /// The language the reader answered in.
    pub lang: Lang,
}

/// What the host page hears from the widget.
#[derive(Clone, Copy, Default)]
pub struct Hooks {
    /// Called when a result is shown.
    pub on_complete: Option<Callback<Completed>>,
    /// Called the moment an emergency sign is answered "yes".
    pub on_emergency: Option<Callback<Sign>>,
    /// Called with the index in [`crate::questionnaire::STEPS`] each time a step of questions
    /// is shown (never with an answer: hosts may count where readers stop).
    pub on_step: Option<Callback<usize>>,
    /// Called when the reader chooses "start again".
    pub on_restart: Option<Callback<()>>,
}

/// The language and country the widget speaks for; the host may change both at any time.
#[derive(Clone, Copy)]
pub struct Locale {
    /// The reader's language.
    pub lang: RwSignal<Lang>,
    /// The reader's country: its phone numbers and services.
    pub country: RwSignal<Country>,
    /// The reader's Danish region (its out-of-hours line); `None`: every region is listed.
    pub region: RwSignal<Option<DkRegion>>,
}

impl Locale {
    /// All texts in the current language. Not tracked: each screen is rebuilt as a whole when
    /// the language or country changes (see `TriageWidget`), so texts can be plain strings
    /// rather than one reactive closure each, which keeps the WASM small.
    pub fn texts(&self) -> &'static WidgetTexts {
        self.lang.get_untracked().widget_texts()
    }

    /// Where the reader is: country and Danish region (not tracked).
    pub fn place(&self) -> Place {
        Place { country: self.country.get_untracked(), region: self.region.get_untracked() }
    }

    /// `template` with the current place's numbers, service names and guidance (not tracked either).
    pub fn fill(&self, template: &str) -> String {
        self.texts().places.fill(template, self.place())
    }

    /// Subscribes the caller to language, country and region.
    fn track(&self) {
        self.lang.track();
        self.country.track();
        self.region.track();
    }
}

/// The widget's root element, shared by context from [`TriageWidget`].
#[derive(Clone, Copy)]
pub struct WidgetRoot(pub NodeRef<html::Div>);

/// Moves keyboard focus to the first element under `root` matching `selector`, if any.
pub(crate) fn focus_first(root: &web_sys::Element, selector: &str) {
    if let Ok(Some(el)) = root.query_selector(selector)
        && let Ok(el) = el.dyn_into::<web_sys::HtmlElement>()
    {
        let _ = el.focus();
    }
}

/// The whole widget. Mount it with `embed::mount` (which gives it a shadow root and the
/// stylesheet) or directly into any element in tests.
#[component]
pub fn TriageWidget(
    /// The language and country, changeable at any time without losing answers.
    locale: Locale,
    /// The reader's progress; owned by the caller so it can reset it.
    session: Session,
    /// Callbacks to the host page.
    #[prop(optional)]
    hooks: Hooks,
    /// A number unique on the page, so the ids and radio names of several widgets never clash.
    uid: u32,
    /// The host's own clinic, shown on the result (see [`clinic`]); none if not given.
    #[prop(optional)]
    clinic: Option<RwSignal<Clinic>>,
    /// Where result screens come from; without one, the one built into this WASM if it has
    /// one (the `result` feature), else only the waiting screen.
    #[prop(optional)]
    results: Option<ResultSource>,
) -> impl IntoView {
    let root = NodeRef::<html::Div>::new();
    provide_context(WidgetRoot(root));
    if let Some(clinic) = clinic {
        provide_context(ClinicSetting(clinic));
    }
    #[cfg(feature = "result")]
    let results = results.or_else(|| Some(ResultSource::built_in()));
    if let Some(results) = results {
        provide_context(results);
    }

    // Tell the host each time a step of questions appears, by its index only.
    if let Some(on_step) = hooks.on_step {
        Effect::new(move |previous: Option<Screen>| {
            let screen = session.screen.get();
            if let Screen::Step(index) = screen
                && previous.is_some_and(|p| p != screen)
            {
                on_step.run(index);
            }
            screen
        });
    }
    if let Some(on_restart) = hooks.on_restart {
        Effect::new(move |previous: Option<u32>| {
            let restarts = session.restarts.get();
            if previous.is_some_and(|p| p != restarts) {
                on_restart.run(());
            }
            restarts
        });
    }

    // What the live region says. Each result headline is announced once: when a result
    // appears, focus moves to its heading, which a screen reader reads, so the live region
    // stays empty (saying it there too read it twice); when the language or country changes
    // on the result, the screen is rebuilt without moving focus, so the new headline is said
    // here.
    let announcement = RwSignal::new(String::new());

    // Move focus to the new screen's heading whenever the screen changes, but not on the first
    // render: a widget that appears must not pull the reader away from the article. A result
    // is scrolled to its heading so that the first screen shows the decision and the call.
    Effect::new(move |previous: Option<Screen>| {
        let screen = session.screen.get();
        if previous.is_some_and(|p| p != screen) {
            announcement.set(String::new());
            request_animation_frame(move || {
                // The host may have removed the widget before this frame: then there is
                // nothing to focus (and the NodeRef is gone; `try_` does not panic).
                if let Some(Some(root)) = root.try_get_untracked() {
                    focus_first(&root, "h2");
                    if screen == Screen::Result
                        && let Ok(Some(heading)) = root.query_selector("h2")
                    {
                        heading.scroll_into_view_with_bool(true);
                    }
                }
            });
        }
        screen
    });
    Effect::new(move |previous: Option<(Lang, Country, Option<DkRegion>)>| {
        let now = (locale.lang.get(), locale.country.get(), locale.region.get());
        if previous.is_some_and(|p| p != now)
            && session.screen.get_untracked() == Screen::Result
            && let Some((_, outcome)) = session.outcome()
        {
            announcement.set(locale.fill(locale.texts().headline.get(outcome.urgency)));
        }
        now
    });

    // The screen, rebuilt whenever the screen, the language or the country changes. Answers
    // live in `session`, so nothing the reader chose is lost when the language changes.
    let screen_view = move || {
        locale.track();
        match session.screen.get() {
            Screen::Start => view! { <StartScreen locale session /> }.into_any(),
            Screen::Step(index) => view! { <questions::StepScreen index locale session hooks uid /> }.into_any(),
            Screen::Result => match session.outcome() {
                Some((_, outcome)) => view! { <result::ResultScreen outcome locale session /> }.into_any(),
                // Unreachable through the flow; answering the questions again is the safe way out.
                None => view! { <StartScreen locale session /> }.into_any(),
            },
        }
    };

    view! {
        <div
            class="bpt"
            node_ref=root
            lang=move || locale.lang.get().code()
            data-country=move || locale.country.get().code()
            part="widget"
        >
            {screen_view}
            <div class="visually-hidden" role="status" aria-live="polite" data-live>
                {move || announcement.get()}
            </div>
        </div>
    }
}

/// The first screen: what this is, the emergency number before any question, and Start. Its
/// markup is `start_screen::start_content`, the same the element's script paints before the
/// WASM arrives; Start is handled by delegation, since the markup is set as a whole.
#[component]
fn StartScreen(
    /// Language and country.
    locale: Locale,
    /// The reader's progress.
    session: Session,
) -> impl IntoView {
    let content = start_screen::start_content(locale.lang.get_untracked(), locale.place());
    view! {
        <section
            class="screen start"
            data-step="start"
            inner_html=content
            on:click=move |ev| {
                let start = ev
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                    .and_then(|el| el.closest("[data-action=\"next\"]").ok().flatten());
                if start.is_some() {
                    session.screen.set(Screen::Step(0));
                }
            }
        ></section>
    }
}
