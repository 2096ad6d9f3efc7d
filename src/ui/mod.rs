//! The widget: a Leptos component that walks the reader through the questionnaire, asks the
//! decision core, and shows the outcome. It decides nothing itself.
//!
//! - this file: the widget's state, the screens, focus and announcements;
//! - [`questions`]: one step of questions (fieldsets of radios, the age field);
//! - [`result_view`]: the outcome screen, whose markup comes from a [`ResultSource`];
//! - [`print`]: printing and copying the summary for a clinician;
//! - [`texts`]: the texts of the languages the page has loaded;
//! - `style.css`: the stylesheet, adopted into the widget's shadow root.

mod print;
mod questions;
mod result_view;
pub mod texts;

use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

pub use result_view::ResultSource;

use triage::action::Action;
use triage::clinic::Clinic;
use triage::country::{Country, DkRegion, Place};
use triage::decision::{Sign, Verdict, verdict_in};
use triage::i18n::{Lang, WidgetTexts};
use triage::operator::Operator;
use triage::questionnaire::{Draft, Screen};
use triage::render::start_screen;
use triage::result_words::headline_of;

/// What the reader has answered, and how: kept together in one signal (see [`Session`]).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Progress {
    /// The answers so far.
    pub draft: Draft,
    /// The age as typed, kept as text so a half-typed value survives going back and forth.
    pub age_text: String,
    /// Whether the reader tried to go on from this step with something unanswered.
    pub tried_next: bool,
    /// The answers the host pre-filled: where the reader starts, and starts again.
    pub prefilled: Draft,
}

/// Everything the reader has done in one widget: the screen shown and the answers so far.
///
/// Three signals, not one per value: each distinct signal type brings its own copy of Leptos's
/// generic reactive code, about 1.2 KB gzip of WASM each (bench/results/2026-11-30-size.md). The
/// screen has its own because a new screen is built when it changes, not when an answer does.
#[derive(Clone, Copy)]
pub struct Session {
    /// The screen shown.
    pub screen: RwSignal<Screen>,
    /// The answers, the age as typed, the pre-filled answers, and whether Next was tried.
    pub progress: RwSignal<Progress>,
    /// How many times the reader chose "start again" (hosts hear of each).
    pub restarts: RwSignal<u32>,
}

impl Session {
    /// A fresh session on the start screen, nothing answered.
    pub fn new() -> Session {
        Session {
            screen: RwSignal::new(Screen::Start),
            progress: RwSignal::new(Progress::default()),
            restarts: RwSignal::new(0),
        }
    }

    /// The answers so far (not tracked).
    pub fn draft(&self) -> Draft {
        self.progress.with_untracked(|p| p.draft)
    }

    /// Back to the start screen with the answers the host pre-filled, and no others.
    pub fn reset(&self) {
        self.progress.update(|p| {
            p.draft = p.prefilled;
            p.age_text = p.prefilled.age.map(|age| age.to_string()).unwrap_or_default();
            p.tried_next = false;
        });
        self.screen.set(Screen::Start);
    }

    /// Makes `draft` the answers the reader starts (and starts again) with, and goes back to
    /// the start screen with them. Each stays on its own step, selected, for the reader to
    /// confirm or change: nothing is skipped.
    pub fn prefill(&self, draft: Draft) {
        self.progress.update(|p| p.prefilled = draft);
        self.reset();
    }

    /// The reader's "start again": a reset the host hears of.
    pub fn restart(&self) {
        self.reset();
        self.restarts.update(|n| *n = n.wrapping_add(1));
    }

    /// The verdict on the answers given (complete answers, or the early exit on an emergency
    /// sign) for a reader in `country`, whose own rules apply; without a country given by the
    /// host, every country's (the most cautious). The advice and the reasons are the result
    /// WASM's to decide and show.
    pub fn verdict(&self, country: Option<Country>) -> Option<Verdict> {
        Some(verdict_in(&self.draft().answers_to_decide()?, country))
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
    /// The verdict shown (the host hears the whole outcome, made by the core from `asked`).
    pub verdict: Verdict,
    /// What the reader really answered (for the QuestionnaireResponse, which leaves out what
    /// was never asked).
    pub asked: Draft,
    /// The language the reader answered in.
    pub lang: Lang,
    /// The country whose rules decided (`Place::rules_country`): `None` without one from the host.
    pub country: Option<Country>,
}

/// What the host page hears from the widget.
#[derive(Clone, Debug, PartialEq)]
pub enum HostEvent {
    /// A result is shown.
    Complete(Completed),
    /// An emergency sign was answered "yes", at that moment.
    Emergency(Sign),
    /// A step of questions is shown: its index in [`triage::questionnaire::STEPS`], never an
    /// answer (hosts may count where readers stop).
    Step(usize),
    /// The reader chose "start again".
    Restart,
}

/// Where the widget's [`HostEvent`]s go: one callback for every kind, so the WASM holds one
/// callback type rather than four.
#[derive(Clone, Copy, Default)]
pub struct Hooks(pub Option<Callback<HostEvent>>);

impl Hooks {
    /// Whether anyone listens (a result's details are only put together then).
    pub fn listening(&self) -> bool {
        self.0.is_some()
    }

    /// Tells the host of `event`, if it listens.
    pub fn tell(&self, event: HostEvent) {
        if let Some(callback) = self.0 {
            callback.run(event);
        }
    }
}

/// Runs `f` now and again whenever a signal it read changes, as `Effect::new` does. Every effect
/// of the widget goes through here as the same boxed type: Leptos compiles its effect machinery
/// once per closure type, about 0.6 KB gzip of WASM each (bench/results/2026-11-30-size.md).
pub(crate) fn effect(f: impl FnMut() + 'static) {
    Effect::new(Box::new(f) as Box<dyn FnMut()>);
}

/// What the host page chose, and may change at any time: the language, the country and Danish
/// region, the host's own clinic, and who offers the widget.
#[derive(Clone, Debug, PartialEq)]
pub struct Setting {
    /// The reader's language.
    pub lang: Lang,
    /// The reader's country, as the host gave it: its phone numbers and services. `None`: the
    /// host gave none, so the language's content with 112 alone (`Place::unconfirmed`).
    pub country: Option<Country>,
    /// The reader's Danish region (its out-of-hours line); `None`: every region is listed.
    pub region: Option<DkRegion>,
    /// The host's own clinic, shown on the result where `triage::clinic::placement` puts it. Its
    /// values were checked by [`triage::clinic`] before they got here.
    pub clinic: Clinic,
    /// Who offers the widget and where to report errors, named after the intended use (the
    /// site's owner when `None`). Checked by [`triage::operator`] before it got here.
    pub operator: Option<Operator>,
}

impl Setting {
    /// Where the reader is: the host's country, or without one the language's content with
    /// the numbers unconfirmed (112 alone), whatever the language is now.
    pub fn place(&self) -> Place {
        match self.country {
            Some(country) => Place::new(country, self.region),
            None => Place::unconfirmed(self.lang.default_country()),
        }
    }

    /// `lang` in `country`, every Danish region listed, no clinic, no named operator.
    pub fn new(lang: Lang, country: Country) -> Setting {
        Setting { lang, country: Some(country), region: None, clinic: Clinic::default(), operator: None }
    }
}

/// The [`Setting`] the widget speaks for, as one signal: each screen is rebuilt as a whole when
/// any of it changes (see `TriageWidget`), and the answers are kept.
#[derive(Clone, Copy)]
pub struct HostSetting(RwSignal<Setting>);

impl HostSetting {
    /// The host's setting, starting as `setting`.
    pub fn new(setting: Setting) -> HostSetting {
        HostSetting(RwSignal::new(setting))
    }

    /// The reader's language (not tracked).
    pub fn lang(&self) -> Lang {
        self.0.with_untracked(|s| s.lang)
    }

    /// All texts in the current language. Not tracked: each screen is rebuilt as a whole when
    /// the setting changes (see `TriageWidget`), so texts can be plain strings rather than one
    /// reactive closure each, which keeps the WASM small.
    pub fn texts(&self) -> &'static WidgetTexts {
        texts::get_or_fallback(self.lang())
    }

    /// Where the reader is: country and Danish region (not tracked).
    pub fn place(&self) -> Place {
        self.0.with_untracked(Setting::place)
    }

    /// The host's clinic (not tracked).
    pub fn clinic(&self) -> Clinic {
        self.0.with_untracked(|s| s.clinic.clone())
    }

    /// Who offers the widget (not tracked).
    pub fn operator(&self) -> Option<Operator> {
        self.0.with_untracked(|s| s.operator.clone())
    }

    /// `template` with the current place's numbers, service names and guidance (not tracked either).
    pub fn for_place(&self, template: &str) -> String {
        self.texts().places.for_place(template, self.place())
    }

    /// Switches the language.
    pub fn set_lang(&self, lang: Lang) {
        self.0.update(|s| s.lang = lang);
    }

    /// Switches the country (`None`: none given, 112 alone).
    pub fn set_country(&self, country: Option<Country>) {
        self.0.update(|s| s.country = country);
    }

    /// Switches the Danish region.
    pub fn set_region(&self, region: Option<DkRegion>) {
        self.0.update(|s| s.region = region);
    }

    /// Replaces the host's clinic.
    pub fn set_clinic(&self, clinic: Clinic) {
        self.0.update(|s| s.clinic = clinic);
    }

    /// Replaces who offers the widget.
    pub fn set_operator(&self, operator: Option<Operator>) {
        self.0.update(|s| s.operator = operator);
    }

    /// Subscribes the caller to the whole setting.
    fn track(&self) {
        self.0.track();
    }

    /// Language, country and region, tracked: what the reader reads changes with them.
    fn words(&self) -> (Lang, Option<Country>, Option<DkRegion>) {
        self.0.with(|s| (s.lang, s.country, s.region))
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

/// Whether keyboard focus is inside the screen shown under `root`: the active element of the
/// widget's tree (its shadow root, or the document for a widget mounted without one). Not
/// `:focus`, which WebKit matches only while the window has focus: under Xvfb it never does.
fn focus_in_screen(root: &web_sys::Element) -> bool {
    let tree = root.get_root_node();
    let active = match tree.dyn_ref::<web_sys::ShadowRoot>() {
        Some(shadow) => shadow.active_element(),
        None => tree.dyn_ref::<web_sys::Document>().and_then(web_sys::Document::active_element),
    };
    let screen = root.query_selector("[data-step]").ok().flatten();
    matches!((active, screen), (Some(active), Some(screen)) if screen.contains(Some(&active)))
}

/// The element matching `selector` that `ev` happened on or inside, if any: how the screens
/// whose markup is set as a whole (start, step, result) find which of their buttons was used.
pub(crate) fn event_closest(ev: &web_sys::Event, selector: &str) -> Option<web_sys::Element> {
    ev.target()?.dyn_into::<web_sys::Element>().ok()?.closest(selector).ok()?
}

/// The whole widget. Mount it with `embed::mount` (which gives it a shadow root and the
/// stylesheet) or directly into any element in tests.
#[component]
pub fn TriageWidget(
    /// The language, country, region and clinic, changeable at any time without losing answers.
    locale: HostSetting,
    /// The reader's progress; owned by the caller so it can reset it.
    session: Session,
    /// Callbacks to the host page.
    #[prop(optional)]
    hooks: Hooks,
    /// A number unique on the page, so the ids and radio names of several widgets never clash.
    uid: u32,
    /// Where result screens come from; without one, only the waiting screen.
    #[prop(optional)]
    results: Option<ResultSource>,
) -> impl IntoView {
    let root = NodeRef::<html::Div>::new();
    provide_context(WidgetRoot(root));
    if let Some(results) = results {
        provide_context(results);
    }

    // What the live region (`[data-live]`) says, written into it directly. Each result
    // headline is announced once: when a result appears, focus moves to its heading, which a
    // screen reader reads, so the live region stays empty (saying it there too read it twice);
    // when the language or country changes on the result, the screen is rebuilt without moving
    // focus, so the new headline is said here.
    let announce = move |text: &str| {
        if let Some(Some(root)) = root.try_get_untracked()
            && let Ok(Some(live)) = root.query_selector("[data-live]")
        {
            live.set_text_content(Some(text));
        }
    };

    // Whenever the screen changes from the one the widget was made on, but not on the first
    // render (a widget that appears must not pull the reader away from the article): tell the
    // host of a step of questions, by its index only, and move focus to the new screen's
    // heading. A result is scrolled to its heading so that the first screen shows the decision
    // and the call. The screen it was made on is read now, not at the effect's first run: a
    // Start pressed on the first screen (`Widget::start`, in the same task as the mount) has
    // moved it to step 0 before that run, and is a step the host hears of like any other.
    let mut previous = Some(session.screen.get_untracked());
    effect(move || {
        let screen = session.screen.get();
        if previous.is_some_and(|p| p != screen) {
            if let Screen::Step(index) = screen {
                hooks.tell(HostEvent::Step(index));
            }
            announce("");
            request_animation_frame(move || {
                // The host may have removed the widget before this frame: then there is
                // nothing to focus (and the NodeRef is gone; `try_` does not panic).
                // A reader already in the new screen (a field tapped before this frame) stays
                // where they are: pulled away, what they type next would go nowhere, or, in a
                // field that keeps its selection, be cut to its `maxlength` as if unfocused.
                if let Some(Some(root)) = root.try_get_untracked()
                    && !focus_in_screen(&root)
                {
                    focus_first(&root, "h2");
                    if screen == Screen::Result
                        && let Ok(Some(heading)) = root.query_selector("h2")
                    {
                        heading.scroll_into_view_with_bool(true);
                    }
                }
            });
        }
        previous = Some(screen);
    });
    if hooks.listening() {
        let mut previous = None;
        effect(move || {
            let restarts = session.restarts.get();
            if previous.is_some_and(|p| p != restarts) {
                hooks.tell(HostEvent::Restart);
            }
            previous = Some(restarts);
        });
    }
    let mut previous = None;
    effect(move || {
        let now = locale.words();
        if let Some(Some(root)) = root.try_get_untracked() {
            let _ = root.set_attribute("lang", now.0.code());
            let _ = root.set_attribute("data-country", start_screen::country_attribute(locale.place()));
        }
        if previous.is_some_and(|p| p != now)
            && session.screen.get_untracked() == Screen::Result
            && let Some(verdict) = session.verdict(now.1)
        {
            let headline = headline_of(locale.texts().headline.get(verdict.urgency), verdict.emergency_kind);
            announce(&locale.for_place(headline));
        }
        previous = Some(now);
    });

    // The screen, rebuilt whenever the screen or the setting changes. Answers live in
    // `session`, so nothing the reader chose is lost when the language changes.
    let screen_view = move || {
        locale.track();
        match session.screen.get() {
            Screen::Start => view! { <StartScreen locale session /> }.into_any(),
            Screen::Step(index) => view! { <questions::StepScreen index locale session hooks uid /> }.into_any(),
            Screen::Result => match session.verdict(locale.place().rules_country()) {
                Some(verdict) => view! { <result_view::ResultScreen verdict locale session /> }.into_any(),
                // Unreachable through the flow; answering the questions again is the safe way out.
                None => view! { <StartScreen locale session /> }.into_any(),
            },
        }
    };

    // `lang` and `data-country` are here for the first render and kept by the effect above.
    view! {
        <div class="bpt" node_ref=root lang=locale.lang().code() data-country=start_screen::country_attribute(locale.place()) part="widget">
            {screen_view}
            <div class="visually-hidden" role="status" aria-live="polite" data-live></div>
        </div>
    }
}

/// The first screen: what this is, the emergency number before any question, and Start. Its
/// markup is `start_screen::start_content`, the same the element's script paints before the
/// WASM arrives; Start is handled by delegation, since the markup is set as a whole.
#[component]
fn StartScreen(
    /// Language, country and operator.
    locale: HostSetting,
    /// The reader's progress.
    session: Session,
) -> impl IntoView {
    let content = start_screen::start_content(locale.texts(), locale.place(), locale.operator().as_ref());
    view! {
        <section
            class="screen start"
            data-step="start"
            inner_html=content
            on:click=move |ev| {
                if event_closest(&ev, Action::Next.selector()).is_some() {
                    session.screen.set(Screen::Step(0));
                }
            }
        ></section>
    }
}
