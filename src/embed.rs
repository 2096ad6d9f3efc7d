//! The widget as JavaScript sees it: `mountWidget` and the `Widget` handle.
//! `www/package/src/attach.js` wraps this as the `<back-pain-triage>` element and `mount()`; the
//! decision core's own JavaScript API is in `crates/core-wasm/src/api.rs`.
//!
//! Nothing here may panic on input from outside: a panic in WASM kills every widget on the
//! page. A bad language or country is a console warning and a safe fallback: without a country
//! the reader gets 112 alone and no out-of-hours number (`country::Numbers::Unconfirmed`).

use std::cell::{Cell, RefCell};

use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

use crate::ui::{Hooks, HostEvent, HostSetting, ResultSource, Session, Setting, TriageWidget, texts};
use triage::clinic::Clinic;
use triage::country::{Country, DkRegion, Place};
use triage::date::CalendarDate;
use triage::decision::answers::Shown;
use triage::i18n::Lang;
use triage::operator::Operator;
use triage::questionnaire::{Draft, STEPS, Screen};
use triage::render::result_screen::ResultPage;
use triage::result_request::ResultRequest;
use triage::review;

thread_local! {
    static NEXT_UID: Cell<u32> = const { Cell::new(1) };
}

fn warn(message: &str) {
    web_sys::console::warn_1(&JsValue::from_str(&format!("back-pain-triage: {message}")));
}

/// The language for `tag`, or English with a console warning.
fn lang_or_fallback(tag: Option<&str>) -> Lang {
    match tag.map(str::trim).filter(|t| !t.is_empty()) {
        None => Lang::En,
        Some(tag) => Lang::parse(tag).unwrap_or_else(|| {
            warn(&format!("lang \"{}\" is not one of nb, nn, sv, da, en; using en", Shown(tag)));
            Lang::En
        }),
    }
}

/// The country the host gave: `code` (the attribute or option), else the region of `lang_tag`
/// (`en-GB`, `nb-NO`); `None` when neither names one the widget knows, and then only 112 is
/// shown (`Place::from_host`, where the rules are tested). The console warning names the
/// `country` attribute; `warned` holds the last one this widget gave, so that each is given
/// once per widget, not again on every change of language or country.
fn country_or_none(
    code: Option<&str>,
    lang: Lang,
    lang_tag: Option<&str>,
    warned: &RefCell<Option<String>>,
) -> Option<Country> {
    let (place, warning) = Place::from_host(code, lang_tag, lang.default_country(), None);
    if let Some(warning) = warning
        && warned.borrow().as_deref() != Some(warning.as_str())
    {
        warn(&warning);
        *warned.borrow_mut() = Some(warning);
    }
    place.numbers_country()
}

/// The Danish region for an ISO 3166-2 code (`DK-81` … `DK-85`); without one, `None` (every
/// region's number is listed). An unknown code warns and lists every region too.
fn region_or_fallback(code: Option<&str>) -> Option<DkRegion> {
    let code = code.map(str::trim).filter(|c| !c.is_empty())?;
    let region = DkRegion::parse(code);
    if region.is_none() {
        warn(&format!(
            "region {:?} is not one of DK-81, DK-82, DK-83, DK-84, DK-85; listing every region",
            Shown(code)
        ));
    }
    region
}

/// The host's clinic from its three values, each refused value warned about on the console.
fn checked_clinic(name: Option<String>, tel: Option<String>, url: Option<String>) -> Clinic {
    let (clinic, warnings) = Clinic::from_values(name.as_deref(), tel.as_deref(), url.as_deref());
    for warning in warnings {
        warn(&warning);
    }
    clinic
}

/// Who offers the widget, from the host's two values; each refused value (or one given without
/// the other) is warned about on the console, and then the site's owner is named instead.
fn checked_operator(name: Option<String>, contact: Option<String>) -> Option<Operator> {
    let (operator, warnings) = Operator::from_values(name.as_deref(), contact.as_deref());
    for warning in warnings {
        warn(&warning);
    }
    operator
}

/// A mounted widget. Keep it to change its language or country, reset it, or unmount it.
#[wasm_bindgen]
pub struct Widget {
    locale: HostSetting,
    session: Session,
    results: ResultSource,
    /// The `lang` tag the host gave (its region may name the country), for `setCountry`.
    lang_tag: RefCell<Option<String>>,
    /// The last warning about the country, given once per widget (`country_or_none`).
    warned: RefCell<Option<String>>,
    // Dropped in this order by `unmount`: the view first, then every signal it used.
    view: Option<Box<dyn std::any::Any>>,
    owner: Option<Owner>,
}

#[wasm_bindgen]
impl Widget {
    /// Switches the language, keeping answers and step. An unknown language warns and falls back.
    #[wasm_bindgen(js_name = setLanguage)]
    /// The language's texts must be loaded ([`add_texts`]); if they are not, the widget keeps
    /// its language, with a warning.
    pub fn set_language(&self, lang: Option<String>) {
        if self.owner.is_some() {
            let tag = lang.clone();
            let lang = lang_or_fallback(lang.as_deref());
            if texts::get(lang).is_some() {
                *self.lang_tag.borrow_mut() = tag;
                self.locale.set_lang(lang);
            } else {
                warn(&format!(
                    "the texts of {} are not loaded (addTexts); keeping {}",
                    lang.code(),
                    self.locale.lang().code()
                ));
            }
        }
    }

    /// Switches the country (phone numbers, services), keeping answers and step. None or an
    /// unknown code: the region of the `lang` tag, else none (112 alone, with a warning).
    #[wasm_bindgen(js_name = setCountry)]
    pub fn set_country(&self, country: Option<String>) {
        if self.owner.is_some() {
            let tag = self.lang_tag.borrow().clone();
            let country = country_or_none(country.as_deref(), self.locale.lang(), tag.as_deref(), &self.warned);
            self.locale.set_country(country);
        }
    }

    /// Switches the Danish region (`DK-81` … `DK-85`; its out-of-hours line), keeping answers
    /// and step. None or an unknown code (with a warning): every region's number is listed.
    #[wasm_bindgen(js_name = setRegion)]
    pub fn set_region(&self, region: Option<String>) {
        if self.owner.is_some() {
            self.locale.set_region(region_or_fallback(region.as_deref()));
        }
    }

    /// Clears every answer but the pre-filled ones and returns to the start screen.
    pub fn reset(&self) {
        if self.owner.is_some() {
            self.session.reset();
        }
    }

    /// Replaces the host's clinic; each refused value is a console warning and left out.
    #[wasm_bindgen(js_name = setClinic)]
    pub fn set_clinic(&self, name: Option<String>, tel: Option<String>, url: Option<String>) {
        if self.owner.is_some() {
            self.locale.set_clinic(checked_clinic(name, tel, url));
        }
    }

    /// Replaces who offers the widget (`operator-name`, `operator-contact`); a refused value is a
    /// console warning, and the site's owner is named instead.
    #[wasm_bindgen(js_name = setOperator)]
    pub fn set_operator(&self, name: Option<String>, contact: Option<String>) {
        if self.owner.is_some() {
            self.locale.set_operator(checked_operator(name, contact));
        }
    }

    /// Starts the widget over with pre-filled answers: `code` is the draft's `Draft::code`,
    /// which the core's `prefillForWidget` makes from a partial Answers object or a partial
    /// QuestionnaireResponse (and names the field at fault). Anything else starts the widget
    /// over empty: never half-filled.
    pub fn prefill(&self, code: &str) {
        if self.owner.is_some() {
            self.session.prefill(Draft::from_code(code).unwrap_or_default());
        }
    }

    /// Opens the first question, as Start does: the reader pressed Start on the first screen
    /// that `www/package/src/first-screen.js` painted before the WASM arrived.
    pub fn start(&self) {
        if self.owner.is_some() {
            self.session.screen.set(Screen::Step(0));
        }
    }

    /// Says that `renderResult` can make result screens now (the result WASM has arrived): a
    /// waiting result screen asks again.
    #[wasm_bindgen(js_name = resultReady)]
    pub fn result_ready(&self) {
        if self.owner.is_some() {
            self.results.mark_ready();
        }
    }

    /// Removes the widget from the page and frees its memory. Safe to call more than once.
    pub fn unmount(&mut self) {
        drop(self.view.take());
        drop(self.owner.take());
    }

    /// Whether the widget is still mounted.
    #[wasm_bindgen(getter)]
    pub fn mounted(&self) -> bool {
        self.owner.is_some()
    }
}

/// Takes the texts of `lang` (`nb`, `nn`, `sv`, `da` or `en`): the list of strings that `triage
/// widget-texts` wrote into `texts/<lang>.js`. The widget's WASM carries no language of its own
/// (see `ui::texts`); each language is loaded once per page, before a widget speaks it.
/// Throws an `Error` naming the language when the code is unknown, an item is not a string, or
/// the list does not fit this WASM. Read as a plain array rather than `Vec<String>`, so that
/// whatever a tampered file holds is an error here, not inside the bindings' conversion.
#[wasm_bindgen(js_name = addTexts)]
pub fn add_texts(lang: &str, strings: js_sys::Array) -> Result<(), JsError> {
    let code = Lang::ALL.into_iter().find(|l| l.code() == lang);
    let Some(lang) = code else {
        return Err(JsError::new(&format!("addTexts: lang \"{}\" is not one of nb, nn, sv, da, en", Shown(lang))));
    };
    let failed = |problem: String| JsError::new(&format!("addTexts: texts of {}: {problem}", lang.code()));
    let strings = strings
        .iter()
        .enumerate()
        .map(|(i, item)| item.as_string().ok_or(i))
        .collect::<Result<Vec<String>, usize>>()
        .map_err(|i| failed(format!("item {i} is not a string")))?;
    texts::add(lang, strings).map_err(|e| failed(e.to_string()))
}

fn read_string(options: &JsValue, key: &str) -> Option<String> {
    js_sys::Reflect::get(options, &JsValue::from_str(key)).ok().and_then(|v| v.as_string())
}

/// A result page from what `renderResult` returned ([`ResultPage::to_parts`]'s list), or
/// anything else for "not yet".
fn page_from_js(value: &JsValue) -> Option<ResultPage> {
    let parts: &js_sys::Array = value.dyn_ref()?;
    ResultPage::from_parts(parts.iter().map(|part| part.as_string()))
}

/// A part of a request for JavaScript: the text, or `undefined` for none.
fn js_text(text: Option<&str>) -> JsValue {
    text.map_or(JsValue::UNDEFINED, JsValue::from_str)
}

fn read_function(options: &JsValue, key: &str) -> Result<Option<js_sys::Function>, JsError> {
    let value = js_sys::Reflect::get(options, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED);
    if value.is_undefined() || value.is_null() {
        return Ok(None);
    }
    value
        .dyn_into::<js_sys::Function>()
        .map(Some)
        .map_err(|_| JsError::new(&format!("mount: options.{key} must be a function")))
}

/// Renders a widget inside `host`'s shadow root (attached if it has none).
/// `options`: `{ lang?, country?, region?, clinicName?, clinicTel?, clinicUrl?, operatorName?,
/// operatorContact?, onComplete?(draft code, lang), onEmergency?(sign), onStep?(step, index,
/// total), onRestart?(), renderResult?(request) }` (`region`: a Danish region's ISO 3166-2 code,
/// `DK-81` … `DK-85`; `renderResult`: the result WASM's `resultForWidget`, or `undefined` until
/// it has arrived, then [`Widget::result_ready`]; its `request` is [`ResultRequest::to_parts`]'s
/// list).
/// Pre-filled answers are given afterwards, with [`Widget::prefill`].
/// Throws an `Error` naming the argument when `host` is not an element or a callback is not a function.
#[wasm_bindgen(js_name = mountWidget)]
pub fn mount_widget(host: JsValue, options: JsValue) -> Result<Widget, JsError> {
    let host: web_sys::Element = host.dyn_into().map_err(|_| JsError::new("mount: element must be a DOM Element"))?;
    let options = if options.is_object() { options } else { js_sys::Object::new().into() };
    let lang = lang_or_fallback(read_string(&options, "lang").as_deref());
    if texts::get(lang).is_none() {
        return Err(JsError::new(&format!("mount: the texts of {} are not loaded: addTexts first", lang.code())));
    }

    let lang_tag = read_string(&options, "lang");
    let warned = RefCell::new(None);
    let country = country_or_none(read_string(&options, "country").as_deref(), lang, lang_tag.as_deref(), &warned);
    let region = region_or_fallback(read_string(&options, "region").as_deref());
    // Past the country's review-by date (crates/triage/src/review.rs), the host hears it once, at mount: the
    // widget still works, as the content it has is the best it has.
    if let Some(country) = country {
        let now = js_sys::Date::new_0();
        match CalendarDate::new(now.get_full_year() as i32, now.get_month() + 1, now.get_date()) {
            Ok(today) => {
                if let Some(warning) = review::overdue_warning(country, today) {
                    warn(&warning);
                }
            }
            // An invalid `Date` reads as day 0: no day to check the review-by date against.
            Err(e) => {
                warn(&format!("the browser's clock gives no day (its {} is wrong); review-by not checked", e.field()))
            }
        }
    }
    let on_complete = read_function(&options, "onComplete")?;
    let on_emergency = read_function(&options, "onEmergency")?;
    let on_step = read_function(&options, "onStep")?;
    let on_restart = read_function(&options, "onRestart")?;
    let render_result = read_function(&options, "renderResult")?;
    let clinic = checked_clinic(
        read_string(&options, "clinicName"),
        read_string(&options, "clinicTel"),
        read_string(&options, "clinicUrl"),
    );
    let operator = checked_operator(read_string(&options, "operatorName"), read_string(&options, "operatorContact"));

    let shadow = match host.shadow_root() {
        Some(shadow) => shadow,
        None => host
            .attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
            .map_err(|_| JsError::new("mount: this element cannot have a shadow root"))?,
    };
    // The stylesheet is adopted by the JavaScript (www/package/src/first-screen.js), which also painted
    // the first screen here; the widget replaces that screen in the same task.
    shadow.set_inner_html("");
    let document = host.owner_document().ok_or_else(|| JsError::new("mount: element has no document"))?;
    let container: web_sys::HtmlElement = document
        .create_element("div")
        .map_err(|_| JsError::new("mount: could not create the container"))?
        .unchecked_into();
    shadow.append_child(&container).map_err(|_| JsError::new("mount: could not attach the container"))?;

    let uid = NEXT_UID.with(|n| {
        let uid = n.get();
        n.set(uid.wrapping_add(1));
        uid
    });
    let owner = Owner::new();
    let (locale, session, results, view) = owner.with(|| {
        let locale = HostSetting::new(Setting { lang, country, region, clinic, operator });
        let session = Session::new();
        // Without `renderResult`, only the waiting screen: the headline, the emergency number
        // and the way back.
        let results = match render_result {
            None => ResultSource::new(|_, _, _, _, _| None),
            Some(render) => {
                ResultSource::new(move |draft, lang, place, clinic: &Clinic, operator: Option<&Operator>| {
                    let request = ResultRequest { draft: *draft, lang, place, clinic, operator };
                    let parts: js_sys::Array = request.to_parts().iter().map(|part| js_text(part.as_deref())).collect();
                    match render.call1(&JsValue::NULL, &parts) {
                        Ok(value) => page_from_js(&value),
                        Err(e) => {
                            web_sys::console::error_2(&JsValue::from_str("back-pain-triage: renderResult threw"), &e);
                            None
                        }
                    }
                })
            }
        };
        // One callback for every event, each to the host's function for it, if any.
        let functions = [on_complete, on_emergency, on_step, on_restart].map(|f| f.map(SendWrapper::new));
        let hooks = Hooks(functions.iter().any(Option::is_some).then(|| {
            Callback::new(move |event: HostEvent| {
                let (which, name, args): (usize, &str, Vec<JsValue>) = match event {
                    // The draft, its language and the country whose rules decided ("" for none):
                    // the core (`completionForWidget`) makes the answers, outcome and
                    // QuestionnaireResponse the host hears of, as `evaluate(answers, { country })`.
                    HostEvent::Complete(done) => (
                        0,
                        "onComplete",
                        vec![
                            JsValue::from_str(&done.asked.code()),
                            JsValue::from_str(done.lang.code()),
                            JsValue::from_str(done.country.map_or("", Country::code)),
                        ],
                    ),
                    HostEvent::Emergency(sign) => (1, "onEmergency", vec![JsValue::from_str(sign.field_name())]),
                    // The step's id and place only: nothing the reader answered.
                    HostEvent::Step(index) => (
                        2,
                        "onStep",
                        vec![
                            JsValue::from_str(STEPS.get(index).map_or("", |s| s.id.as_str())),
                            JsValue::from_f64(index as f64),
                            JsValue::from_f64(STEPS.len() as f64),
                        ],
                    ),
                    HostEvent::Restart => (3, "onRestart", vec![]),
                };
                let Some(f) = &functions[which] else { return };
                if let Err(e) = f.apply(&JsValue::NULL, &args.into_iter().collect::<js_sys::Array>()) {
                    web_sys::console::error_2(&JsValue::from_str(&format!("back-pain-triage: {name} threw")), &e);
                }
            })
        }));
        let for_view = results.clone();
        let handle = leptos::mount::mount_to(container, move || {
            view! { <TriageWidget locale session hooks uid results=for_view /> }.into_any()
        });
        (locale, session, results, Box::new(handle) as Box<dyn std::any::Any>)
    });
    Ok(Widget {
        locale,
        session,
        results,
        lang_tag: RefCell::new(lang_tag),
        warned,
        view: Some(view),
        owner: Some(owner),
    })
}
