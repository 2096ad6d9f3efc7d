//! Component tests in headless Chromium (wasm-bindgen-test): each test mounts a widget into a
//! fresh element of its own, answers as a reader would, and checks what is shown. The widget is
//! the one that ships, set up as the page sets it up: its texts handed to `addTexts` as
//! `texts/<lang>.js` hands them, its result screens made by the result WASM's
//! `resultForWidget` (as `renderResult`), pre-filled answers read by the core's API.
//! Run: CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
//!      cargo test --target wasm32-unknown-unknown -p back-pain-triage --test web

#![cfg(target_arch = "wasm32")]

use std::sync::{Arc, Mutex};

use back_pain_triage::embed;
use back_pain_triage::ui::{Hooks, HostEvent, HostSetting, ResultSource, Session, Setting, TriageWidget};
use back_pain_triage_result::api;
use leptos::prelude::*;
use leptos::task::tick;
use triage::country::Country;
use triage::decision::{Sign, Urgency};
use triage::i18n::Lang;
use wasm_bindgen::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Every language's texts handed to the widget as the page hands them (`addTexts` with the
/// list `texts/<lang>.js` holds); a language already loaded keeps its texts.
fn load_texts() {
    for lang in Lang::ALL {
        let list: js_sys::Array = lang.widget_texts().strings().into_iter().map(JsValue::from_str).collect();
        embed::add_texts(lang.code(), list).unwrap();
    }
}

/// The result WASM's `resultForWidget`, as the page's `renderResult`: a JavaScript function of
/// the widget's request (`triage::result_request::ResultRequest::to_parts`'s list).
fn render_result() -> js_sys::Function {
    let render = Closure::<dyn Fn(js_sys::Array) -> JsValue>::new(|request: js_sys::Array| {
        back_pain_triage_result::result_for_widget(request).map_or(JsValue::UNDEFINED, JsValue::from)
    });
    let function = render.as_ref().clone().unchecked_into();
    render.forget();
    function
}

/// Result screens from the result WASM, for a widget mounted directly.
fn results() -> ResultSource {
    ResultSource::new(back_pain_triage_result::page_in_browser)
}

/// `embed::mount_widget` as the element calls it: `options` (an object) with `renderResult`.
fn mount_widget(host: &web_sys::HtmlElement, options: JsValue) -> embed::Widget {
    js_sys::Reflect::set(&options, &"renderResult".into(), &render_result()).unwrap();
    embed::mount_widget(host.clone().into(), options).unwrap()
}

/// A fresh element on the page for one test.
fn fresh_element() -> web_sys::HtmlElement {
    load_texts();
    let el: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&el).unwrap();
    el
}

fn find(root: &web_sys::Element, selector: &str) -> web_sys::HtmlElement {
    root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("nothing matches {selector}")).unchecked_into()
}

async fn click(root: &web_sys::Element, selector: &str) {
    find(root, selector).click();
    tick().await;
}

async fn pick(root: &web_sys::Element, field: &str, value: &str) {
    click(root, &format!("[data-question=\"{field}\"] input[value=\"{value}\"]")).await;
}

async fn type_age(root: &web_sys::Element, age: &str) {
    let input: web_sys::HtmlInputElement = find(root, "[data-question=\"age\"] input").unchecked_into();
    input.set_value(age);
    input.dispatch_event(&web_sys::Event::new("input").unwrap()).unwrap();
    tick().await;
}

fn text(root: &web_sys::Element, selector: &str) -> String {
    find(root, selector).text_content().unwrap_or_default().trim().to_owned()
}

/// Mounts the widget in `lang` into a fresh element; returns the element, the handle that
/// keeps it mounted, and its locale and session.
fn mount(lang: Lang, hooks: Hooks) -> (web_sys::HtmlElement, impl Sized, HostSetting, Session) {
    let el = fresh_element();
    let owner = Owner::new();
    let (locale, session) =
        owner.with(|| (HostSetting::new(Setting::new(lang, lang.default_country())), Session::new()));
    let handle = owner.with(|| {
        leptos::mount::mount_to(el.clone(), move || {
            view! { <TriageWidget locale session hooks uid=900 results=results() /> }
        })
    });
    (el, (handle, owner), locale, session)
}

/// Answers every step: "no" to each sign, except those in `yes`.
async fn answer_all(root: &web_sys::Element, yes: &[Sign], age: &str, duration: &str, trend: &str) {
    click(root, "[data-action=next]").await;
    for _ in 0..10 {
        if root.query_selector("[data-step=result]").unwrap().is_some() {
            return;
        }
        // The fields of the step on screen, read from their hooks.
        let names: Vec<String> = (0..6)
            .filter_map(|i| root.query_selector(&format!("fieldset[data-question]:nth-of-type({})", i + 1)).unwrap())
            .filter_map(|f| f.get_attribute("data-question"))
            .collect();
        for name in names {
            match name.as_str() {
                "age" => type_age(root, age).await,
                "duration_weeks" => pick(root, &name, duration).await,
                "trend" => pick(root, &name, trend).await,
                sign => {
                    let is_yes = yes.iter().any(|s| s.field_name() == sign);
                    pick(root, sign, if is_yes { "yes" } else { "no" }).await;
                }
            }
        }
        click(root, "[data-action=next]").await;
    }
}

#[wasm_bindgen_test]
async fn no_to_everything_is_self_care_and_unmounting_empties_the_element() {
    let (el, handle, _, _) = mount(Lang::En, Hooks::default());
    tick().await;
    assert_eq!(text(&el, "h2"), "Back pain: what should I do?");
    answer_all(&el, &[], "30", "1-2", "better").await;
    let result = find(&el, "[data-step=result]");
    assert_eq!(result.get_attribute("data-urgency").as_deref(), Some("self_care"));
    assert_eq!(result.get_attribute("data-category").as_deref(), Some("nonspecific"));
    assert!(el.query_selector("[data-advice=stay_active]").unwrap().is_some());
    assert_eq!(text(&el, "[data-summary=age] dd"), "30 years");
    drop(handle);
    assert_eq!(el.child_element_count(), 0, "unmount removes everything");
}

#[wasm_bindgen_test]
async fn a_yes_to_an_emergency_sign_ends_the_questions_and_tells_the_host() {
    let emergencies = Arc::new(Mutex::new(vec![]));
    let completed = Arc::new(Mutex::new(vec![]));
    // The callbacks live as long as this owner: kept to the end of the test.
    let owner = Owner::new();
    let hooks = {
        let (e, c) = (emergencies.clone(), completed.clone());
        owner.with(|| {
            Hooks(Some(Callback::new(move |event| match event {
                HostEvent::Emergency(s) => e.lock().unwrap().push(s),
                HostEvent::Complete(done) => c.lock().unwrap().push(done.verdict.urgency),
                _ => {}
            })))
        })
    };
    let (el, _handle, _, _) = mount(Lang::Nb, hooks);
    tick().await;
    click(&el, "[data-action=next]").await;
    pick(&el, "bladder_or_bowel_problems", "no").await;
    click(&el, "[data-action=next]").await;
    pick(&el, "saddle_numbness", "yes").await;
    assert_eq!(*emergencies.lock().unwrap(), [Sign::SaddleNumbness], "reported the moment it is answered");
    click(&el, "[data-action=next]").await;
    let result = find(&el, "[data-step=result]");
    assert_eq!(result.get_attribute("data-urgency").as_deref(), Some("emergency"));
    // Norway's route is doctor-first: the legevakt's 116 117, then 113.
    assert_eq!(text(&el, "h2"), "Ring lege nå");
    assert_eq!(find(&el, ".headline a.call").get_attribute("href").as_deref(), Some("tel:116117"));
    assert_eq!(*completed.lock().unwrap(), [Urgency::Emergency]);
    drop(owner);
}

#[wasm_bindgen_test]
async fn nothing_unanswered_passes_and_language_changes_keep_the_step() {
    let (el, _handle, locale, session) = mount(Lang::En, Hooks::default());
    tick().await;
    click(&el, "[data-action=next]").await;
    click(&el, "[data-action=next]").await;
    // The error (triage::render::questions::error) goes before the radios, and the fieldset's
    // description names it after the hint.
    let error = find(&el, "[data-question=bladder_or_bowel_problems] .error");
    let hint = find(&el, "[data-question=bladder_or_bowel_problems] .hint").id();
    assert!(error.id().ends_with("-bladder_or_bowel_problems-error"), "{}", error.id());
    assert_eq!(
        error.outer_html(),
        format!("<p class=\"error\" id=\"{}\">Please answer this question.</p>", error.id())
    );
    assert_eq!(error.next_element_sibling().map(|e| e.class_name()).as_deref(), Some("choices"));
    let fieldset = find(&el, "[data-question=bladder_or_bowel_problems]");
    assert_eq!(fieldset.get_attribute("aria-describedby"), Some(format!("{hint} {}", error.id())));
    assert_eq!(fieldset.class_name(), "question invalid");
    pick(&el, "bladder_or_bowel_problems", "no").await;
    assert!(el.query_selector("[data-question=bladder_or_bowel_problems] .error").unwrap().is_none(), "answered");
    assert_eq!(fieldset.get_attribute("aria-describedby"), Some(hint));
    locale.set_lang(Lang::Sv);
    tick().await;
    assert_eq!(text(&el, ".progress"), "Steg 1 av 10");
    assert_eq!(find(&el, ".bpt").get_attribute("lang").as_deref(), Some("sv"));
    let no: web_sys::HtmlInputElement =
        find(&el, "[data-question=bladder_or_bowel_problems] input[value=no]").unchecked_into();
    assert!(no.checked(), "the answer survives the language change");
    locale.set_country(Some(Country::Dk));
    session.reset();
    tick().await;
    assert_eq!(find(&el, "[data-step=start] a.call").get_attribute("href").as_deref(), Some("tel:112"));
}

fn error_message(e: wasm_bindgen::JsError) -> String {
    let value: JsValue = e.into();
    value.unchecked_into::<js_sys::Error>().message().into()
}

#[wasm_bindgen_test]
fn the_result_wasm_reads_the_widgets_request_and_throws_without_a_drafts_code() {
    use triage::clinic::Clinic;
    use triage::country::Place;
    use triage::questionnaire::Draft;
    use triage::result_request::ResultRequest;
    let as_js = |parts: &[Option<std::borrow::Cow<str>>]| -> js_sys::Array {
        parts.iter().map(|p| p.as_deref().map_or(JsValue::UNDEFINED, JsValue::from_str)).collect()
    };
    let mut draft = Draft::default();
    draft.set_sign(Sign::SaddleNumbness, true);
    let (clinic, _) = Clinic::from_values(Some("Legekontoret"), Some("22 33 44 55"), None);
    let request =
        ResultRequest { draft, lang: Lang::Nn, place: Place::new(Country::No, None), clinic: &clinic, operator: None };
    let page = back_pain_triage_result::result_for_widget(as_js(&request.to_parts())).unwrap();
    let page =
        triage::render::result_screen::ResultPage::from_parts(page.iter().map(|p| p.as_string())).expect("a page");
    assert!(page.html.contains("tel:113") && page.summary.contains("113"), "{}", page.summary);

    let mut bad = request.to_parts();
    bad[0] = Some("not a code".into());
    let error = back_pain_triage_result::result_for_widget(as_js(&bad)).unwrap_err();
    assert_eq!(error_message(error), "result: not a draft");
    let error = back_pain_triage_result::result_for_widget(js_sys::Array::new()).unwrap_err();
    assert_eq!(error_message(error), "result: not a draft");
}

#[wasm_bindgen_test]
fn evaluate_from_javascript_follows_the_contract_and_names_bad_fields() {
    let answers = js_sys::JSON::parse(
        r#"{"age":40,"duration_weeks":5,"trend":"unchanged","bladder_or_bowel_problems":false,"saddle_numbness":false,
        "both_legs":false,"leg_weakness":false,"leg_numbness":false,"fever_or_unwell":false,"trauma":false,"minor_fall":false,"weight_loss":false,
        "cancer_history":false,"constant_night_pain":false,"osteoporosis_or_steroids":false,"pain_below_knee":false,
        "uncontrolled_pain":false,"major_impact":false,"worried":false}"#,
    )
    .unwrap();
    let outcome = api::evaluate(answers.clone(), JsValue::UNDEFINED).unwrap();
    let urgency = js_sys::Reflect::get(&outcome, &"urgency".into()).unwrap();
    assert_eq!(urgency.as_string().as_deref(), Some("soon"));
    assert!(js_sys::Array::is_array(&js_sys::Reflect::get(&outcome, &"advice".into()).unwrap()));
    assert!(js_sys::Reflect::get(&outcome, &"advice_sources".into()).unwrap().is_undefined(), "as today");

    // With a country: each advice item's sources in that country, in the order of `advice`.
    let pain_sources = |country: &str| {
        let options = js_sys::JSON::parse(&format!(r#"{{"country":"{country}"}}"#)).unwrap();
        let outcome = api::evaluate(answers.clone(), options).unwrap();
        let json = js_sys::JSON::stringify(&outcome).unwrap().as_string().unwrap();
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        let sources = value["advice_sources"].as_array().unwrap().clone();
        assert_eq!(sources.len(), value["advice"].as_array().unwrap().len());
        sources.iter().find(|s| s["advice"] == "pain_relief").unwrap()["sources"].to_string()
    };
    assert!(pain_sources("GB").contains("NICE NG59") && !pain_sources("GB").contains("FORMI"));
    assert!(pain_sources("se").contains("1177") && !pain_sources("SE").contains("NICE"));
    let bad = js_sys::JSON::parse(r#"{"country":"US"}"#).unwrap();
    assert!(error_message(api::evaluate(answers.clone(), bad).unwrap_err()).contains("options.country"));

    let empty = api::evaluate(js_sys::Object::new().into(), JsValue::UNDEFINED).unwrap_err();
    assert!(error_message(empty).contains("`age`"));
    js_sys::Reflect::set(&answers, &"saddle_numbess".into(), &JsValue::TRUE).unwrap();
    assert!(
        error_message(api::evaluate(answers.clone(), JsValue::UNDEFINED).unwrap_err()).contains("`saddle_numbess`")
    );
    js_sys::Reflect::delete_property(answers.unchecked_ref::<js_sys::Object>(), &"saddle_numbess".into()).unwrap();
    js_sys::Reflect::set(&answers, &"age".into(), &JsValue::from_f64(40.5)).unwrap();
    assert!(error_message(api::evaluate(answers, JsValue::UNDEFINED).unwrap_err()).contains("`age`"));
    for bad in
        [JsValue::NULL, JsValue::UNDEFINED, JsValue::from_str("x"), JsValue::from_f64(3.0), js_sys::Array::new().into()]
    {
        let message = error_message(api::evaluate(bad.clone(), JsValue::UNDEFINED).unwrap_err());
        assert!(message.contains("Answers"), "{bad:?}: {message}");
    }
}

#[wasm_bindgen_test]
async fn mount_widget_uses_a_shadow_root_and_falls_back_safely() {
    let host = fresh_element();
    let options = js_sys::JSON::parse(r#"{"lang":"xx","country":"ZZ"}"#).unwrap();
    let mut widget = mount_widget(&host, options);
    tick().await;
    let shadow = host.shadow_root().expect("a shadow root");
    let root = shadow.query_selector(".bpt").unwrap().unwrap();
    assert_eq!(root.get_attribute("lang").as_deref(), Some("en"), "unknown lang falls back to English");
    assert_eq!(root.get_attribute("data-country").as_deref(), Some(""), "an unknown country is no country");
    // Without a country: 112 alone on the start screen, and the line saying none was set.
    let tels = attributes(&root, "a[href^=\"tel:\"]", "href");
    assert_eq!(tels, ["tel:112"], "112 alone without a country");
    assert!(root.query_selector("[data-numbers=\"unconfirmed\"]").unwrap().is_some());
    widget.set_language(Some("da-DK".into()));
    widget.set_country(Some("no".into()));
    tick().await;
    assert_eq!(root.get_attribute("lang").as_deref(), Some("da"));
    assert_eq!(root.get_attribute("data-country").as_deref(), Some("NO"));
    widget.set_language(Some("nn-NO".into()));
    tick().await;
    assert_eq!(root.get_attribute("lang").as_deref(), Some("nn"), "nynorsk is its own language, not bokmål");
    // The stylesheet is adopted by www/package/src/first-screen.js, not by mountWidget: the end-to-end
    // tests check that the element is styled (tests/e2e/embed.test.mjs).
    assert_eq!(shadow.adopted_style_sheets().length(), 0, "mountWidget leaves the stylesheet to the JavaScript");
    widget.unmount();
    widget.unmount();
    assert!(!widget.mounted());
    assert_eq!(shadow.child_element_count(), 1, "only the empty container is left");
    assert_eq!(shadow.first_element_child().unwrap().child_element_count(), 0);
    widget.set_language(Some("sv".into())); // no effect, no panic, after unmount

    // Without a country, the region of the language tag decides; without one, or with an
    // unknown one (a warning), no country: 112 alone (review §3.3).
    for (lang, country) in [("nb-NO", "NO"), ("nn", ""), ("en-GB", "GB"), ("sv", ""), ("en-US", ""), ("en", "")] {
        let host = fresh_element();
        let options = js_sys::JSON::parse(&format!(r#"{{"lang":"{lang}"}}"#)).unwrap();
        let mut w = mount_widget(&host, options);
        tick().await;
        let root = host.shadow_root().unwrap().query_selector(".bpt").unwrap().unwrap();
        assert_eq!(root.get_attribute("data-country").as_deref(), Some(country), "{lang}");
        let emergency = if country.is_empty() { "112" } else { Country::parse(country).unwrap().emergency_number() };
        assert_eq!(attributes(&root, "a[href^=\"tel:\"]", "href"), [format!("tel:{emergency}")], "{lang}");
        let numbers = if country.is_empty() { "unconfirmed" } else { "national" };
        assert_eq!(attributes(&root, "[data-numbers]", "data-numbers"), [numbers], "{lang}");
        w.unmount();
    }

    let not_an_element = embed::mount_widget(JsValue::from_str("#app"), JsValue::UNDEFINED).err().unwrap();
    assert!(error_message(not_an_element).contains("element"));
    let bad_callback = js_sys::JSON::parse(r#"{"onComplete": 5}"#).unwrap();
    let e = embed::mount_widget(fresh_element().into(), bad_callback).err().unwrap();
    assert!(error_message(e).contains("onComplete"));
}

/// The element's children matching `selector`, by one attribute, in document order.
fn attributes(root: &web_sys::Element, selector: &str, attribute: &str) -> Vec<String> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.unchecked_into::<web_sys::Element>().get_attribute(attribute))
        .collect()
}

#[wasm_bindgen_test]
async fn the_clinic_comes_first_for_soon_self_care_and_a_doctor_first_emergency_after_the_national_contacts_for_urgent()
{
    use triage::clinic::Clinic;
    let owner = Owner::new();
    for (yes, trend, urgency, order) in [
        (&[][..], "better", "self_care", &["clinic", "out_of_hours", "emergency"][..]),
        (&[][..], "worse", "soon", &["clinic", "out_of_hours", "emergency"][..]),
        (&[Sign::FeverOrUnwell][..], "better", "urgent", &["out_of_hours", "emergency", "clinic"][..]),
        // Norway's emergency route is doctor-first: the clinic's number, the legevakt, then 113.
        (&[Sign::BothLegs][..], "better", "emergency", &["clinic", "out_of_hours", "emergency"][..]),
    ] {
        let el = fresh_element();
        let (locale, session) = owner.with(|| {
            let (name, tel, url) = (Some("Rygg <og> Fysio"), Some("+47 22 33 44 55"), Some("/time"));
            assert!(Clinic::from_values(name, tel, url).0.name().is_none(), "markup in the name is refused");
            // What markup would read as its own (`&`, quotes) is shown as text.
            let (clinic, _) = Clinic::from_values(Some("Rygg & \"Fysio\""), tel, url);
            let locale = HostSetting::new(Setting { clinic, ..Setting::new(Lang::Nb, Country::No) });
            (locale, Session::new())
        });
        let _handle = owner.with(|| {
            leptos::mount::mount_to(
                el.clone(),
                move || view! { <TriageWidget locale session uid=901 results=results() /> },
            )
        });
        tick().await;
        answer_all(&el, yes, "40", "1-2", trend).await;
        assert_eq!(find(&el, "[data-step=result]").get_attribute("data-urgency").as_deref(), Some(urgency));
        assert_eq!(attributes(&el, "[data-step=result] [data-contact]", "data-contact"), order, "{urgency}");
        if urgency == "emergency" {
            continue;
        }
        assert_eq!(text(&el, "[data-contact=clinic] h3"), "Kontakt Rygg & \"Fysio\"");
        assert_eq!(el.query_selector("[data-contact=clinic] b").unwrap(), None, "the name is never HTML");
        assert_eq!(find(&el, "[data-clinic=tel]").get_attribute("href").as_deref(), Some("tel:+4722334455"));
        assert_eq!(text(&el, "[data-clinic=tel]"), "Ring +47 22 33 44 55");
        assert_eq!(find(&el, "[data-clinic=url]").get_attribute("href").as_deref(), Some("/time"));
        // The host changes its clinic: the block follows; without a way to get in touch, it goes.
        locale.set_clinic(Clinic::from_values(Some("Annen klinikk"), None, Some("https://klinikk.example")).0);
        tick().await;
        assert_eq!(text(&el, "[data-contact=clinic] h3"), "Kontakt Annen klinikk");
        assert_eq!(el.query_selector("[data-clinic=tel]").unwrap(), None);
        locale.set_clinic(Clinic::default());
        tick().await;
        assert_eq!(el.query_selector("[data-contact=clinic]").unwrap(), None);
    }
    drop(owner);
}

#[wasm_bindgen_test]
async fn step_events_come_once_per_step_with_the_index_only_and_restart_is_heard() {
    let steps = Arc::new(Mutex::new(vec![]));
    let restarts = Arc::new(Mutex::new(0));
    let owner = Owner::new();
    let hooks = {
        let (s, r) = (steps.clone(), restarts.clone());
        owner.with(|| {
            Hooks(Some(Callback::new(move |event| match event {
                HostEvent::Step(index) => s.lock().unwrap().push(index),
                HostEvent::Restart => *r.lock().unwrap() += 1,
                _ => {}
            })))
        })
    };
    let (el, _handle, locale, _) = mount(Lang::En, hooks);
    tick().await;
    assert!(steps.lock().unwrap().is_empty(), "nothing on the start screen");
    answer_all(&el, &[], "50", "4-6", "unchanged").await;
    assert_eq!(*steps.lock().unwrap(), (0..10).collect::<Vec<_>>());
    // "Change my answers" goes to step 0 (answers kept); a language change and going back to
    // the start screen are not step changes.
    steps.lock().unwrap().clear();
    click(&el, "[data-action=change]").await;
    locale.set_lang(Lang::Da);
    tick().await;
    click(&el, "[data-action=back]").await;
    assert_eq!(*steps.lock().unwrap(), [0]);
    click(&el, "[data-action=next]").await;
    click(&el, "[data-action=next]").await;
    assert_eq!(*steps.lock().unwrap(), [0, 0, 1]);
    answer_all(&el, &[Sign::SaddleNumbness], "50", "4-6", "unchanged").await;
    assert_eq!(*restarts.lock().unwrap(), 0);
    click(&el, "[data-action=restart]").await;
    assert_eq!(*restarts.lock().unwrap(), 1);
    assert!(el.query_selector("[data-step=start]").unwrap().is_some());
    // After start again nothing is answered: "next" with nothing chosen stays, and says nothing.
    steps.lock().unwrap().clear();
    click(&el, "[data-action=next]").await;
    click(&el, "[data-action=next]").await;
    assert_eq!(*steps.lock().unwrap(), [0]);
    drop(owner);
}

#[wasm_bindgen_test]
async fn a_start_pressed_on_the_first_screen_is_step_0_for_the_host_too() {
    let el = fresh_element();
    let steps = Arc::new(Mutex::new(vec![]));
    let heard = steps.clone();
    let on_step = Closure::<dyn Fn(JsValue, JsValue, JsValue)>::new(move |_step, index: JsValue, _total| {
        heard.lock().unwrap().push(index.as_f64().unwrap_or(-1.0));
    });
    let options = js_sys::Object::new();
    js_sys::Reflect::set(&options, &"lang".into(), &"en".into()).unwrap();
    js_sys::Reflect::set(&options, &"onStep".into(), on_step.as_ref()).unwrap();
    let mut widget = mount_widget(&el, options.into());
    // As `takeOver` (www/package/src/first-screen.js) does when the reader pressed Start before
    // the WASM arrived: in the same task as the mount, before the widget has drawn anything.
    widget.start();
    tick().await;
    let first = triage::questionnaire::STEPS[0].id.as_str();
    let shown = el.shadow_root().unwrap().query_selector(&format!("[data-step={first}]")).unwrap();
    assert!(shown.is_some(), "on the first question");
    assert_eq!(*steps.lock().unwrap(), [0.0], "the host hears of step 0 as after any Start");
    widget.unmount();
    drop(on_step);
}

#[wasm_bindgen_test]
async fn prefilled_answers_are_selected_on_their_own_steps_and_come_back_on_start_again() {
    use triage::questionnaire::{Draft, DurationChoice};
    let (el, _handle, _, session) = mount(Lang::En, Hooks::default());
    let mut draft = Draft::default();
    draft.age = Some(67);
    draft.duration = Some(DurationChoice::SixToEightWeeks);
    draft.set_sign(Sign::BladderOrBowelProblems, false);
    draft.set_sign(Sign::Trauma, true);
    session.prefill(draft);
    tick().await;
    click(&el, "[data-action=next]").await;
    let checked = |el: &web_sys::Element| attributes(el, "input:checked", "value");
    // Every step is still shown, in order, with only the pre-filled answers selected.
    assert_eq!(checked(&el), ["no"]);
    click(&el, "[data-action=next]").await;
    assert_eq!(find(&el, "form").get_attribute("data-step").as_deref(), Some("saddle_numbness"));
    assert_eq!(checked(&el), Vec::<String>::new());
    pick(&el, "saddle_numbness", "no").await;
    click(&el, "[data-action=next]").await;
    pick(&el, "both_legs", "no").await;
    click(&el, "[data-action=next]").await;
    assert_eq!(attributes(&el, "input:checked", "name").len(), 1);
    let trauma: web_sys::HtmlInputElement = find(&el, "[data-question=trauma] input[value=yes]").unchecked_into();
    assert!(trauma.checked());
    // The reader may change a pre-filled answer.
    pick(&el, "trauma", "no").await;
    pick(&el, "leg_weakness", "no").await;
    pick(&el, "leg_numbness", "no").await;
    pick(&el, "fever_or_unwell", "no").await;
    pick(&el, "minor_fall", "no").await;
    click(&el, "[data-action=next]").await;
    for _ in 0..2 {
        for field in attributes(&el, "fieldset[data-question]", "data-question") {
            pick(&el, &field, "no").await;
        }
        click(&el, "[data-action=next]").await;
    }
    let age: web_sys::HtmlInputElement = find(&el, "[data-question=age] input").unchecked_into();
    tick().await; // the typed-text property is set a tick after the step appears
    assert_eq!(age.value(), "67");
    click(&el, "[data-action=next]").await;
    assert_eq!(checked(&el), ["6-8"]);
    // Start again: back to what the host pre-filled, not to the reader's changes.
    session.restart();
    tick().await;
    click(&el, "[data-action=next]").await;
    assert_eq!(checked(&el), ["no"]);
    assert_eq!(session.draft().sign(Sign::Trauma), Some(true));
    assert_eq!(session.draft().sign(Sign::SaddleNumbness), None);
}

#[wasm_bindgen_test]
async fn prefill_from_javascript_names_the_field_like_evaluate_and_leaves_the_widget_empty() {
    let host = fresh_element();
    let options = js_sys::JSON::parse(r#"{"lang":"en","clinicName":"<i>x</i>","clinicTel":"113"}"#).unwrap();
    let widget = mount_widget(&host, options);
    tick().await;
    let root = host.shadow_root().unwrap().query_selector(".bpt").unwrap().unwrap();
    let good = js_sys::JSON::parse(r#"{"trauma":true,"minor_fall":false,"age":30}"#).unwrap();
    // The page hands the values to the core, which names the field at fault, and its draft to the widget.
    widget.prefill(&api::prefill_for_widget(good, JsValue::UNDEFINED).unwrap());
    tick().await;
    click(&root, "[data-action=next]").await;
    click(&root, "[data-action=next]").await;
    assert!(root.query_selector("[data-question=bladder_or_bowel_problems] .error").unwrap().is_some(), "not answered");
    for (answers, response, named) in [
        (r#"{"age":140}"#, "null", "answers: field `age`: "),
        (r#"{"trauma":"yes","age":30}"#, "null", "answers: field `trauma`: "),
        (r#"{"saddle_numbess":true}"#, "null", "answers: field `saddle_numbess`: "),
        (
            "null",
            r#"{"resourceType":"QuestionnaireResponse","item":[{"linkId":"age","answer":[{"valueInteger":-3}]}]}"#,
            "questionnaireResponse: item `age`: ",
        ),
        ("null", r#"{"resourceType":"Observation"}"#, "questionnaireResponse: `resourceType`"),
        (r#"{"age":30}"#, r#"{"resourceType":"QuestionnaireResponse"}"#, "answers, questionnaireResponse: "),
    ] {
        widget.prefill(
            &api::prefill_for_widget(js_sys::JSON::parse(r#"{"trauma":true}"#).unwrap(), JsValue::NULL).unwrap(),
        );
        let (a, r) = (js_sys::JSON::parse(answers).unwrap(), js_sys::JSON::parse(response).unwrap());
        let message = error_message(api::prefill_for_widget(a.clone(), r).unwrap_err());
        // On an error the page starts the widget over empty (an empty draft).
        widget.prefill("");
        assert!(message.starts_with(named), "{message}");
        if answers != "null" && response == "null" {
            // Exactly evaluate's words for the same field.
            let mut complete: serde_json::Value = serde_json::from_str(
                r#"{"age":40,"duration_weeks":5,"trend":"unchanged","bladder_or_bowel_problems":false,"saddle_numbness":false,
                "both_legs":false,"leg_weakness":false,"leg_numbness":false,"fever_or_unwell":false,"trauma":false,"minor_fall":false,"weight_loss":false,
                "cancer_history":false,"constant_night_pain":false,"osteoporosis_or_steroids":false,"pain_below_knee":false,
                "uncontrolled_pain":false,"major_impact":false,"worried":false}"#,
            )
            .unwrap();
            let given: serde_json::Map<String, serde_json::Value> = serde_json::from_str(answers).unwrap();
            complete.as_object_mut().unwrap().extend(given);
            let complete = js_sys::JSON::parse(&complete.to_string()).unwrap();
            let from_evaluate = error_message(api::evaluate(complete, JsValue::UNDEFINED).unwrap_err());
            assert_eq!(message.strip_prefix("answers: "), from_evaluate.strip_prefix("evaluate: "));
        }
        tick().await;
        assert!(root.query_selector("[data-step=start]").unwrap().is_some());
        click(&root, "[data-action=next]").await;
        assert_eq!(attributes(&root, "input:checked", "value"), Vec::<String>::new(), "empty, never half-filled");
        click(&root, "[data-action=back]").await;
    }
}

/// The Danish out-of-hours lines shown, as (region code, href), in the regions' order; none
/// when a line without a region is shown instead.
fn out_of_hours_links(root: &web_sys::Element) -> Vec<(String, String)> {
    use triage::country::DkRegion;
    assert!(root.query_selector("[data-contact=out_of_hours]:not([data-region])").unwrap().is_none());
    DkRegion::ALL
        .iter()
        .filter_map(|r| {
            let li = root.query_selector(&format!("[data-contact=out_of_hours][data-region={}]", r.code())).unwrap()?;
            let href = li.query_selector("a").unwrap().and_then(|a| a.get_attribute("href")).unwrap_or_default();
            Some((r.code().to_owned(), href))
        })
        .collect()
}

#[wasm_bindgen_test]
async fn each_danish_region_gets_its_own_line_and_without_one_every_region_is_listed() {
    use triage::country::DkRegion;
    let (el, _handle, locale, session) = mount(Lang::Da, Hooks::default());
    locale.set_country(Some(Country::Dk));
    tick().await;
    for (yes, urgency) in [(&[Sign::LegWeakness][..], "urgent"), (&[][..], "self_care")] {
        session.reset();
        locale.set_region(None);
        tick().await;
        answer_all(&el, yes, "40", "1-2", "better").await;
        assert_eq!(find(&el, "[data-step=result]").get_attribute("data-urgency").as_deref(), Some(urgency));
        let all = out_of_hours_links(&el);
        let expected: Vec<(String, String)> = DkRegion::ALL
            .iter()
            .map(|r| (r.code().to_owned(), format!("tel:{}", Country::dial(r.out_of_hours_number()))))
            .collect();
        assert_eq!(all, expected, "{urgency}: every region, in order, without a region");
        for region in DkRegion::ALL {
            locale.set_region(Some(region));
            tick().await;
            let number = region.out_of_hours_number();
            let tel = format!("tel:{}", Country::dial(number));
            assert_eq!(out_of_hours_links(&el), [(region.code().to_owned(), tel)], "{urgency} {region:?}");
            let contacts = text(&el, ".contacts-section");
            assert!(contacts.contains(region.service_name()) && contacts.contains(region.name()), "{contacts}");
            let net = text(&el, "[data-advice=safety_net]");
            assert!(net.contains(number) && net.contains(region.service_name()), "{urgency} {region:?}: {net}");
            if urgency == "urgent" {
                let headline = text(&el, ".headline");
                assert!(headline.contains(number), "{region:?}: {headline}");
            }
        }
    }
}

#[wasm_bindgen_test]
async fn the_emergency_result_follows_each_countrys_route_with_its_calls_in_order() {
    let (el, _handle, locale, _) = mount(Lang::En, Hooks::default());
    answer_all(&el, &[Sign::SaddleNumbness], "40", "1-2", "better").await;
    let regions = || {
        use triage::country::DkRegion;
        DkRegion::ALL.iter().map(|r| ("out_of_hours", format!("tel:{}", Country::dial(r.out_of_hours_number()))))
    };
    // (country, route, the headline's numbers as (data-contact, href) in order, a place the
    // route's steps name)
    type Calls = Vec<(&'static str, String)>;
    let cases: [(Country, &str, Calls, &str); 4] = [
        (
            Country::No,
            "doctor_first",
            vec![("out_of_hours", "tel:116117".into()), ("emergency", "tel:113".into())],
            "akuttmottak",
        ),
        (
            Country::Se,
            "emergency_department",
            vec![("emergency", "tel:112".into()), ("out_of_hours", "tel:1177".into())],
            "akutmottagning",
        ),
        // Denmark without a region: every region's line, then 112.
        (Country::Dk, "doctor_first", regions().chain([("emergency", "tel:112".into())]).collect(), "akutmodtagelse"),
        (Country::Gb, "emergency_number", vec![("emergency", "tel:999".into())], "A&E"),
    ];
    for (country, route, calls, place) in cases {
        locale.set_country(Some(country));
        tick().await;
        let list = el.query_selector_all(".headline [data-contact]").unwrap();
        let shown: Vec<(String, String)> = (0..list.length())
            .filter_map(|i| list.item(i))
            .map(|n| {
                let item = n.unchecked_into::<web_sys::Element>();
                let href = item.query_selector("a").unwrap().and_then(|a| a.get_attribute("href")).unwrap_or_default();
                (item.get_attribute("data-contact").unwrap_or_default(), href)
            })
            .collect();
        let expected: Vec<(String, String)> = calls.into_iter().map(|(k, h)| (k.to_owned(), h)).collect();
        assert_eq!(shown, expected, "{country:?}");
        let steps = find(&el, ".headline .or-go");
        assert_eq!(steps.get_attribute("data-emergency-route").as_deref(), Some(route), "{country:?}");
        assert!(el.query_selector("[data-emergency-department]").unwrap().is_none());
        let said = steps.text_content().unwrap_or_default();
        assert!(said.contains(place), "{country:?}: {said}");
        let note = text(&el, "[data-intended-use]");
        assert!(note.contains("16") && note.contains(triage::decision::sources::CONTENT_CHECKED), "{note}");
    }
}

#[wasm_bindgen_test]
async fn mount_widget_takes_a_region_and_an_unknown_one_lists_every_region() {
    for (region, expected) in [("dk-84", vec!["DK-84"]), ("DK-99", vec!["DK-81", "DK-82", "DK-83", "DK-84", "DK-85"])] {
        let el = fresh_element();
        let options = js_sys::JSON::parse(&format!(r#"{{"lang":"da","country":"DK","region":"{region}"}}"#)).unwrap();
        let widget = mount_widget(&el, options);
        tick().await;
        let root = el.shadow_root().unwrap();
        let host: web_sys::Element = root.query_selector(".bpt").unwrap().unwrap();
        answer_all(&host, &[Sign::FeverOrUnwell], "40", "1-2", "better").await;
        let regions: Vec<String> = out_of_hours_links(&host).into_iter().map(|(r, _)| r).collect();
        assert_eq!(regions, expected, "region {region}");
        drop(widget);
    }
}

#[wasm_bindgen_test]
async fn an_answer_stays_selected_when_the_reader_comes_back_to_its_step_from_either_side() {
    // The next step's radios are rebuilt in place from the previous step's; a radio checked
    // there ("no" to leg weakness) must not clear the answer on this one ("yes" to weight loss).
    let (el, _handle, _, _) = mount(Lang::En, Hooks::default());
    tick().await;
    click(&el, "[data-action=next]").await;
    for field in ["bladder_or_bowel_problems", "saddle_numbness", "both_legs"] {
        pick(&el, field, "no").await;
        click(&el, "[data-action=next]").await;
    }
    for field in ["leg_weakness", "leg_numbness", "fever_or_unwell", "trauma", "minor_fall"] {
        pick(&el, field, "no").await;
    }
    click(&el, "[data-action=next]").await;
    pick(&el, "weight_loss", "yes").await;
    for field in ["cancer_history", "constant_night_pain", "osteoporosis_or_steroids"] {
        pick(&el, field, "no").await;
    }
    let checked = |el: &web_sys::Element| attributes(el, "input:checked", "name").len();
    click(&el, "[data-action=next]").await;
    click(&el, "[data-action=back]").await;
    assert_eq!(checked(&el), 4, "back from the next step");
    click(&el, "[data-action=back]").await;
    click(&el, "[data-action=next]").await;
    assert_eq!(checked(&el), 4, "forward from the step before");
    let yes: web_sys::HtmlInputElement = find(&el, "[data-question=weight_loss] input[value=yes]").unchecked_into();
    assert!(yes.checked());
}

/// `fetch(url)` in the page: "ok" when it loads, "failed" when it cannot (a revoked object URL).
async fn fetch_outcome(url: &str) -> String {
    let f = js_sys::Function::new_with_args("u", "return fetch(u).then(() => 'ok', () => 'failed')");
    let promise: js_sys::Promise = f.call1(&JsValue::NULL, &url.into()).unwrap().unchecked_into();
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap().as_string().unwrap()
}

#[wasm_bindgen_test]
async fn the_result_puts_the_decision_first_and_the_rest_in_closed_details() {
    let (el, _handle, locale, session) = mount(Lang::En, Hooks::default());
    tick().await;
    answer_all(&el, &[Sign::Worried, Sign::MajorImpact], "40", "1-2", "better").await;
    let result = find(&el, "[data-step=result]");
    assert_eq!(result.get_attribute("data-urgency").as_deref(), Some("soon"));
    // The call button and the why sentence are in the headline block, before anything else.
    assert_eq!(find(&el, ".headline a.call").get_attribute("href").as_deref(), Some("tel:111"));
    assert_eq!(text(&el, ".headline .why-line"), "Being unsure or worried is a good reason to see a doctor.");
    for section in ["why", "answers"] {
        let details = find(&el, &format!("details[data-section={section}]"));
        assert!(!details.has_attribute("open"), "{section} is closed at first");
    }
    assert_eq!(text(&el, "[data-section=why] > summary"), "Why: 2 reasons");
    assert_eq!(text(&el, "[data-section=answers] > summary"), "Your answers (19)");
    assert!(el.query_selector("[data-section=advice] [data-advice=stay_active] details").unwrap().is_some());
    // The follow-up is dated, and its calendar file is an object URL with a .ics name.
    let follow_up = find(&el, "[data-section=follow-up]");
    assert!(follow_up.get_attribute("data-date").is_some_and(|d| d.len() == 10));
    let link = find(&el, "[data-section=follow-up] a[data-action=calendar]");
    assert!(link.get_attribute("download").unwrap().ends_with(".ics"));
    let href = link.get_attribute("href").unwrap();
    assert!(href.starts_with("blob:"), "{href}");
    assert_eq!(fetch_outcome(&href).await, "ok");
    // Focus goes to the heading, which says the headline: the live region stays silent ...
    assert_eq!(text(&el, "[data-live]"), "");
    // ... until the language changes on the result, when the new headline is said once.
    locale.set_lang(Lang::Sv);
    tick().await;
    assert_eq!(text(&el, "[data-live]"), text(&el, "[data-step=result] h2"));
    assert_eq!(text(&el, "[data-live]"), "Boka en tid hos en läkare inom några dagar");
    // The language change made a new file; the old one is revoked, and so is the new one once
    // the result is gone.
    assert_eq!(fetch_outcome(&href).await, "failed", "the replaced object URL is revoked");
    let href = find(&el, "a[data-action=calendar]").get_attribute("href").unwrap();
    session.reset();
    tick().await;
    assert_eq!(fetch_outcome(&href).await, "failed", "the object URL is revoked with the screen");
}

#[wasm_bindgen_test]
async fn texts_loaded_as_a_list_are_the_ones_shown_and_a_list_that_does_not_fit_is_refused() {
    let refused = |result: Result<(), wasm_bindgen::JsError>| error_message(result.unwrap_err());
    let list = |strings: &[&str]| strings.iter().map(|s| JsValue::from_str(s)).collect::<js_sys::Array>();
    let expected = triage::i18n::WidgetTexts::string_count();
    assert_eq!(
        refused(embed::add_texts("sv", list(&["x"]))),
        format!(
            "addTexts: texts of sv: 1 texts where this WASM has {expected}: texts and WASM are from different builds"
        )
    );
    assert_eq!(refused(embed::add_texts("xx", list(&[]))), "addTexts: lang \"xx\" is not one of nb, nn, sv, da, en");
    let not_text: js_sys::Array = [JsValue::from_str("x"), JsValue::from_f64(5.0)].into_iter().collect();
    assert_eq!(refused(embed::add_texts("sv", not_text)), "addTexts: texts of sv: item 1 is not a string");
    // The widget shows the texts of the list the page gave (it has none of its own): nynorsk's,
    // as `triage widget-texts --lang nn` writes it.
    let (el, _handle, _, _) = mount(Lang::Nn, Hooks::default());
    tick().await;
    let title = Lang::Nn.widget_texts().title;
    assert_eq!(text(&el, "h2"), title);
    // Loaded once per page: a second list for the same language changes nothing.
    let mut strings = Lang::Nn.widget_texts().strings();
    strings[0] = "Vond rygg (ei anna liste)";
    embed::add_texts("nn", list(&strings)).unwrap();
    let (again, _handle_again, _, _) = mount(Lang::Nn, Hooks::default());
    tick().await;
    assert_eq!(text(&again, "h2"), title);
}

#[wasm_bindgen_test]
async fn mount_widget_without_a_country_shows_112_alone_on_the_result_until_a_country_is_set() {
    let el = fresh_element();
    let options = js_sys::JSON::parse(r#"{"lang":"en"}"#).unwrap();
    let widget = mount_widget(&el, options);
    tick().await;
    let host: web_sys::Element = el.shadow_root().unwrap().query_selector(".bpt").unwrap().unwrap();
    answer_all(&host, &[Sign::FeverOrUnwell], "40", "1-2", "better").await;
    let tels = || attributes(&host, "a[href^=\"tel:\"]", "href");
    let numbers = || attributes(&host, "[data-numbers]", "data-numbers");
    assert_eq!(tels(), ["tel:112"], "112 alone, no out-of-hours number");
    assert!(host.query_selector("[data-contact=out_of_hours]").unwrap().is_none());
    assert_eq!(numbers(), ["unconfirmed"]);
    widget.set_country(Some("GB".into()));
    tick().await;
    assert!(tels().contains(&"tel:111".to_owned()) && tels().contains(&"tel:999".to_owned()), "{:?}", tels());
    assert_eq!(numbers(), ["national"]);
    widget.set_country(None);
    tick().await;
    assert_eq!(tels(), ["tel:112"], "the country taken away again");
    drop(widget);

    // With a region in the lang tag, taking the country away leaves the tag's country.
    let el = fresh_element();
    let options = js_sys::JSON::parse(r#"{"lang":"sv-SE","country":"DK"}"#).unwrap();
    let widget = mount_widget(&el, options);
    tick().await;
    widget.set_country(None);
    tick().await;
    let root = el.shadow_root().unwrap().query_selector(".bpt").unwrap().unwrap();
    assert_eq!(root.get_attribute("data-country").as_deref(), Some("SE"));
    drop(widget);
}

/// Calls `f` with `console.warn` recording into a list instead; returns what was warned.
async fn warnings_during<F: std::future::Future<Output = ()>>(f: impl FnOnce() -> F) -> Vec<String> {
    let console = js_sys::Reflect::get(&js_sys::global(), &"console".into()).unwrap();
    let original = js_sys::Reflect::get(&console, &"warn".into()).unwrap();
    let list = js_sys::Array::new();
    let record = js_sys::Function::new_with_args("list", "return (...args) => { list.push(args.join(' ')); };")
        .call1(&JsValue::NULL, &list)
        .unwrap();
    js_sys::Reflect::set(&console, &"warn".into(), &record).unwrap();
    f().await;
    js_sys::Reflect::set(&console, &"warn".into(), &original).unwrap();
    list.iter().filter_map(|m| m.as_string()).collect()
}

#[wasm_bindgen_test]
async fn the_operator_options_reach_the_start_screen_and_a_refused_contact_warns_and_falls_back() {
    let el = fresh_element();
    let options = js_sys::JSON::parse(
        r#"{"lang":"en","country":"GB","operatorName":"NHS Example & Trust","operatorContact":"mailto:errors@nhs.example.uk"}"#,
    )
    .unwrap();
    let mut widget = None;
    let warned = warnings_during(|| async {
        widget = Some(mount_widget(&el, options));
        tick().await;
    })
    .await;
    assert_eq!(warned, Vec::<String>::new());
    let widget = widget.unwrap();
    let root: web_sys::Element = el.shadow_root().unwrap().query_selector(".bpt").unwrap().unwrap();
    let named =
        "This service is provided by NHS Example & Trust. Report errors in its content to errors@nhs.example.uk.";
    assert_eq!(text(&root, "[data-step=start] [data-intended-use] [data-operator=named]"), named);
    assert_eq!(attributes(&root, "[data-operator] a", "href"), ["mailto:errors@nhs.example.uk"]);

    // A javascript: contact: a warning naming the attribute and the option, and the site's owner.
    let warned = warnings_during(|| async {
        widget.set_operator(Some("NHS Example Trust".into()), Some("javascript:alert(1)".into()));
        tick().await;
    })
    .await;
    assert!(
        warned.iter().any(|w| w.contains("operator-contact (operatorContact) \"javascript:alert(1)\" refused")),
        "{warned:?}"
    );
    let site = "The owner of this website is responsible for offering this tool.";
    assert_eq!(text(&root, "[data-step=start] [data-intended-use] [data-operator=site]"), site);
    assert_eq!(attributes(&root, "[data-operator] a", "href"), Vec::<String>::new(), "no link at all");
    assert!(root.query_selector("[data-operator=named]").unwrap().is_none());
    // A good contact again: named at once.
    widget.set_operator(Some("NHS Example Trust".into()), Some("https://nhs.example.uk/report".into()));
    tick().await;
    assert_eq!(attributes(&root, "[data-operator] a", "href"), ["https://nhs.example.uk/report"]);
    drop(widget);

    // Refused when mounting too: the start screen names the site's owner.
    let el = fresh_element();
    let options =
        js_sys::JSON::parse(r#"{"lang":"nb","operatorName":"<b>Helse</b>","operatorContact":"feil@helse.no"}"#);
    let warned = warnings_during(|| async {
        let widget = mount_widget(&el, options.unwrap());
        tick().await;
        let root = el.shadow_root().unwrap().query_selector(".bpt").unwrap().unwrap();
        assert_eq!(
            text(&root, "[data-step=start] [data-operator=site]"),
            "Eieren av dette nettstedet er ansvarlig for å tilby verktøyet."
        );
        drop(widget);
    })
    .await;
    assert!(warned.iter().any(|w| w.contains("operator-name (operatorName)")), "{warned:?}");
}

#[wasm_bindgen_test]
async fn the_operator_is_named_on_the_result_and_follows_the_host() {
    use triage::decision::{Answers, Trend};
    use triage::operator::Operator;
    use triage::questionnaire::{Draft, Screen};
    let el = fresh_element();
    let owner = Owner::new();
    let (operator, _) = Operator::from_values(Some("Region Skåne"), Some("fel@skane.se"));
    let (locale, session) =
        owner.with(|| (HostSetting::new(Setting { operator, ..Setting::new(Lang::Sv, Country::Se) }), Session::new()));
    let _handle = owner.with(|| {
        leptos::mount::mount_to(el.clone(), move || view! { <TriageWidget locale session uid=902 results=results() /> })
    });
    // Straight to the result of complete answers (a host's pre-fill, then the result screen).
    let answers = Answers { age: 40, duration_weeks: 1.0, trend: Trend::Better, yes: Default::default() };
    session.prefill(Draft::from_answers(&answers));
    session.screen.set(Screen::Result);
    tick().await;
    assert_eq!(
        text(&el, "[data-step=result] [data-intended-use] [data-operator=named]"),
        "Tjänsten erbjuds av Region Skåne. Fel i innehållet kan rapporteras till fel@skane.se."
    );
    assert_eq!(attributes(&el, "[data-step=result] [data-operator] a", "href"), ["mailto:fel@skane.se"]);
    locale.set_operator(None);
    tick().await;
    assert_eq!(
        text(&el, "[data-step=result] [data-operator=site]"),
        "Ägaren till den här webbplatsen ansvarar för att erbjuda verktyget."
    );
    drop(owner);
}
