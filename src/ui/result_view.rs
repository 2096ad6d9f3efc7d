//! The outcome screen. Its markup is [`triage::render::result_screen::result_page`], which the widget's
//! own WASM does not carry: it comes from a [`ResultSource`] (in the page, the result WASM that
//! `www/package/src/loader.js` loads after the reader's first answer). Until it is there the screen
//! shows [`triage::render::result_screen::waiting_html`]: the headline, the emergency number and the way
//! back. This component owns what needs the page: the buttons (by delegation, since the markup
//! is set as a whole), the clipboard, printing, the calendar file's object URL, and focus.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::JsCast;

use super::{HostSetting, Session, WidgetRoot, effect, event_closest, focus_first, print};
use triage::action::Action;
use triage::clinic::Clinic;
use triage::country::Place;
use triage::decision::Verdict;
use triage::i18n::Lang;
use triage::operator::Operator;
use triage::questionnaire::{Draft, Screen};
use triage::render::result_screen::{ResultPage, waiting_html};

/// Makes a result page for a draft, language, place, clinic and operator; `None` while it cannot yet.
type Render = Rc<dyn Fn(&Draft, Lang, Place, &Clinic, Option<&Operator>) -> Option<ResultPage>>;

/// Where the widget's result screens come from, shared by context from
/// [`super::TriageWidget`].
#[derive(Clone)]
pub struct ResultSource {
    // The WASM runs on one thread: the wrapper only satisfies context's `Send` bound.
    render: SendWrapper<Render>,
    /// Bumped when a source that had nothing to give has it now: the screen asks again.
    pub ready: RwSignal<u32>,
}

impl ResultSource {
    /// A source that makes pages with `render`, which returns `None` until it can.
    pub fn new(
        render: impl Fn(&Draft, Lang, Place, &Clinic, Option<&Operator>) -> Option<ResultPage> + 'static,
    ) -> ResultSource {
        ResultSource { render: SendWrapper::new(Rc::new(render)), ready: RwSignal::new(0) }
    }

    /// Tells the screen that pages can be made now.
    pub fn mark_ready(&self) {
        self.ready.update(|n| *n = n.wrapping_add(1));
    }

    fn page(
        &self,
        draft: &Draft,
        lang: Lang,
        place: Place,
        clinic: &Clinic,
        operator: Option<&Operator>,
    ) -> Option<ResultPage> {
        self.ready.track();
        (self.render)(draft, lang, place, clinic, operator)
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

/// The result for `verdict`, reached with the answers in `session`.
#[component]
pub(super) fn ResultScreen(
    /// What the decision core decided (for the screen's `data-urgency` and `data-category`, and
    /// the headline while the result's WASM loads).
    verdict: Verdict,
    /// Language, country, clinic and operator.
    locale: HostSetting,
    /// The reader's progress (the answers, "change my answers" and "start again").
    session: Session,
) -> impl IntoView {
    let source = use_context::<ResultSource>();
    let widget_root = use_context::<WidgetRoot>().and_then(|r| r.0.get_untracked());
    let draft = session.draft();
    let (lang, place, clinic, operator) = (locale.lang(), locale.place(), locale.clinic(), locale.operator());
    let urgency = verdict.urgency;
    let ready = source.as_ref().map(|s| s.ready);
    let make_page = move || source.as_ref().and_then(|s| s.page(&draft, lang, place, &clinic, operator.as_ref()));
    let t = locale.texts();
    let html_of = move |page: &Option<ResultPage>| match page {
        Some(page) => page.html.clone(),
        // The route of an emergency (nerve signs or an injury) named as the result will.
        None => waiting_html(t, place, &verdict),
    };
    // What the reader opened stays open when the page is made again (a new language, country
    // or clinic builds a new screen; the result WASM's arrival replaces the waiting screen):
    // noted before the markup is replaced, and opened again after.
    let mut opened = widget_root.as_ref().map(|root| open_details(root)).unwrap_or_default();
    let first_page = untrack(&make_page);
    let first_html = html_of(&first_page);

    // The page shown (its summary is what "copy" copies) and its calendar file's object URL,
    // made in the page from the file's text and revoked (by gloo's `ObjectUrl`, when dropped)
    // when replaced or when this screen is gone.
    let shown = Rc::new(RefCell::new((first_page, None::<gloo_file::ObjectUrl>)));
    let on_gone = SendWrapper::new(Rc::clone(&shown));
    on_cleanup(move || drop(on_gone.borrow_mut().1.take()));

    let shown_now = Rc::clone(&shown);
    let mut had_page = None;
    effect(move || {
        // Asked again only when the result WASM has arrived since (the source's `ready` signal).
        let section = widget_root.as_ref().and_then(|root| root.query_selector("[data-step=result]").ok().flatten());
        let mut shown = shown_now.borrow_mut();
        if had_page.is_some() {
            let page = make_page();
            if let Some(section) = &section {
                opened = open_details(section);
                section.set_inner_html(&html_of(&page));
            }
            shown.0 = page;
        } else if let Some(ready) = ready {
            ready.track();
        }
        let has_page = shown.0.is_some();
        let Some(section) = section else {
            had_page = Some(has_page);
            return;
        };
        shown.1 = shown.0.as_ref().and_then(|page| {
            let file = page.calendar.as_ref()?;
            Some(gloo_file::ObjectUrl::from(gloo_file::Blob::new_with_options(
                file.ics.as_str(),
                Some("text/calendar"),
            )))
        });
        if let (Some(url), Ok(Some(link))) = (&shown.1, section.query_selector(Action::Calendar.selector())) {
            let _ = link.set_attribute("href", url);
        }
        reopen_details(&section, &opened);
        // The full result replaced the waiting screen, whose heading had focus: the new one
        // takes it (the same words, so nothing is announced again).
        if had_page == Some(false) && has_page && focus_lost() {
            focus_first(&section, "h2");
        }
        had_page = Some(has_page);
    });

    let on_click = move |ev: web_sys::MouseEvent| {
        let Some(button) = event_closest(&ev, "[data-action]") else { return };
        let Some(action) = button.get_attribute("data-action").as_deref().and_then(Action::of) else { return };
        match action {
            Action::Change => session.screen.set(Screen::Step(0)),
            Action::Restart => session.restart(),
            Action::Print => print::print_summary(&button),
            Action::Copy => {
                let Some(text) = shown.borrow().0.as_ref().map(|p| p.summary.clone()) else { return };
                let status = button.closest("[data-step=result]").ok().flatten();
                leptos::task::spawn_local(async move {
                    let ok = print::copy_text(&text).await.is_ok();
                    // The screen may be gone by the time the clipboard answers: then this
                    // writes into an element no longer in the page.
                    if let Some(Ok(Some(status))) = status.map(|s| s.query_selector(".copy-status")) {
                        status.set_text_content(Some(if ok { t.copied } else { t.copy_failed }));
                    }
                });
            }
            // A download link, and the questions' buttons: nothing to do here.
            Action::Calendar | Action::Next | Action::Back => {}
        }
    };

    view! {
        <section
            class="screen result"
            data-step="result"
            data-urgency=urgency.as_str()
            data-category=verdict.category.as_str()
            part="result"
            on:click=on_click
            inner_html=first_html
        ></section>
    }
}
