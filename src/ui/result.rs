//! The outcome screen. Its markup is [`crate::result_screen::result_page`], which the widget's
//! own WASM does not carry: it comes from a [`ResultSource`] (in the page, the result WASM that
//! `www/package/index.js` loads after the reader's first answer). Until it is there the screen
//! shows [`crate::result_screen::waiting_html`]: the headline, the emergency number and the way
//! back. This component owns what needs the page: the buttons (by delegation, since the markup
//! is set as a whole), the clipboard, printing, the calendar file's object URL, and focus.

use std::rc::Rc;

use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::clinic::ClinicSetting;
use super::{Locale, Session, WidgetRoot, focus_first, print};
use crate::clinic::Clinic;
use crate::country::Place;
use crate::decision::Outcome;
use crate::i18n::Lang;
use crate::questionnaire::{Draft, Screen};
use crate::result_screen::{ResultPage, waiting_html};

/// Makes a result page for a draft, language, place and clinic; `None` while it cannot yet.
type Render = Rc<dyn Fn(&Draft, Lang, Place, &Clinic) -> Option<ResultPage>>;

/// Where the widget's result screens come from, shared by context from
/// [`super::TriageWidget`].
#[derive(Clone, Copy)]
pub struct ResultSource {
    render: StoredValue<Render, LocalStorage>,
    /// Bumped when a source that had nothing to give has it now: the screen asks again.
    pub ready: RwSignal<u32>,
}

impl ResultSource {
    /// A source that makes pages with `render`, which returns `None` until it can.
    pub fn new(render: impl Fn(&Draft, Lang, Place, &Clinic) -> Option<ResultPage> + 'static) -> ResultSource {
        ResultSource { render: StoredValue::new_local(Rc::new(render)), ready: RwSignal::new(0) }
    }

    /// The result screen made in this WASM (built with the `result` feature, as the component
    /// tests are).
    #[cfg(feature = "result")]
    pub fn built_in() -> ResultSource {
        ResultSource::new(crate::result_api::page_in_browser)
    }

    /// Tells the screen that pages can be made now.
    pub fn mark_ready(&self) {
        self.ready.update(|n| *n = n.wrapping_add(1));
    }

    fn page(&self, draft: &Draft, lang: Lang, place: Place, clinic: &Clinic) -> Option<ResultPage> {
        self.ready.track();
        let render = self.render.try_get_value()?;
        render(draft, lang, place, clinic)
    }
}

/// What names a `<details>` of the result across a rebuild: its `data-section`, or the
/// `data-advice` of the advice item it is in.
fn details_key(details: &web_sys::Element) -> Option<String> {
    details
        .get_attribute("data-section")
        .or_else(|| details.closest("[data-advice]").ok()??.get_attribute("data-advice"))
}

/// The keys of the result's `<details>` under `root` that are open now.
fn open_details(root: &web_sys::Element) -> Vec<String> {
    let Ok(list) = root.query_selector_all("[data-step=result] details[open]") else { return vec![] };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<web_sys::Element>().ok())
        .filter_map(|d| details_key(&d))
        .collect()
}

/// Opens again the `<details>` under `root` whose keys are in `keys`.
fn reopen_details(root: &web_sys::Element, keys: &[String]) {
    let Ok(list) = root.query_selector_all("details") else { return };
    for details in (0..list.length()).filter_map(|i| list.item(i)?.dyn_into::<web_sys::Element>().ok()) {
        if details_key(&details).is_some_and(|key| keys.contains(&key)) {
            let _ = details.set_attribute("open", "");
        }
    }
}

/// Whether keyboard focus is nowhere (on the page's body): the element that had it was
/// replaced.
fn focus_lost() -> bool {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return false };
    match document.active_element() {
        None => true,
        Some(active) => document.body().is_some_and(|body| active == *body.unchecked_ref::<web_sys::Element>()),
    }
}

/// The result for `outcome`, reached with the answers in `session`.
#[component]
pub(super) fn ResultScreen(
    /// What the decision core decided (for the screen's `data-urgency` and `data-category`).
    outcome: Outcome,
    /// Language and country.
    locale: Locale,
    /// The reader's progress (the answers, "change my answers" and "start again").
    session: Session,
) -> impl IntoView {
    let source = use_context::<ResultSource>();
    let clinic = use_context::<ClinicSetting>();
    let draft = session.draft.get_untracked();
    let (lang, place) = (locale.lang.get_untracked(), locale.place());
    let urgency = outcome.urgency;
    // What the reader opened stays open when the page is made again (a new clinic, language or
    // country): noted here, before the markup is replaced, and opened again after.
    let widget_root = use_context::<WidgetRoot>();
    let opened = StoredValue::new_local(Vec::<String>::new());
    // The host may change its clinic while the result is shown: the page follows.
    let page = Memo::new(move |_| {
        if let Some(Some(root)) = widget_root.map(|r| r.0.get_untracked()) {
            opened.set_value(open_details(&root));
        }
        let clinic = clinic.map(|c| c.0.get()).unwrap_or_default();
        source.and_then(|s| s.page(&draft, lang, place, &clinic))
    });
    let section = NodeRef::<html::Section>::new();

    // The calendar file's object URL, made in the page from the file's text and revoked (by
    // gloo's `ObjectUrl`, when dropped) when replaced or when this screen is gone.
    let calendar_url = StoredValue::new_local(None::<gloo_file::ObjectUrl>);
    on_cleanup(move || calendar_url.try_set_value(None).map_or((), drop));
    Effect::new(move |had_page: Option<bool>| {
        let has_page = page.with(Option::is_some);
        let Some(root) = section.get() else { return has_page };
        let url = page.with(|p| {
            let file = p.as_ref()?.calendar.as_ref()?;
            Some(gloo_file::ObjectUrl::from(gloo_file::Blob::new_with_options(
                file.ics.as_str(),
                Some("text/calendar"),
            )))
        });
        if let (Some(url), Ok(Some(link))) = (&url, root.query_selector("[data-action=calendar]")) {
            let _ = link.set_attribute("href", url);
        }
        calendar_url.set_value(url);
        opened.with_value(|keys| reopen_details(&root, keys));
        // The full result replaced the waiting screen, whose heading had focus: the new one
        // takes it (the same words, so nothing is announced again).
        if had_page == Some(false) && has_page && focus_lost() {
            focus_first(&root, "h2");
        }
        has_page
    });

    let t = locale.texts();
    let on_click = move |ev: web_sys::MouseEvent| {
        let Some(button) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("[data-action]").ok().flatten())
        else {
            return;
        };
        match button.get_attribute("data-action").as_deref() {
            Some("change") => session.screen.set(Screen::Step(0)),
            Some("restart") => session.restart(),
            Some("print") => print::print_summary(&button),
            Some("copy") => {
                let Some(text) = page.with_untracked(|p| p.as_ref().map(|p| p.summary.clone())) else { return };
                leptos::task::spawn_local(async move {
                    let ok = print::copy_text(&text).await.is_ok();
                    // The widget may be gone by the time the clipboard answers.
                    if let Some(Some(root)) = section.try_get_untracked()
                        && let Ok(Some(status)) = root.query_selector(".copy-status")
                    {
                        status.set_text_content(Some(if ok { t.copied } else { t.copy_failed }));
                    }
                });
            }
            _ => {}
        }
    };

    view! {
        <section
            class="screen result"
            data-step="result"
            data-urgency=urgency.as_str()
            data-category=outcome.category.as_str()
            part="result"
            node_ref=section
            on:click=on_click
            inner_html=move || page.with(|p| p.as_ref().map(|p| p.html.clone())).unwrap_or_else(|| waiting_html(lang, place, urgency))
        ></section>
    }
}
