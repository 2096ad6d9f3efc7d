//! "Print / save as PDF" and "copy as text" for the summary a reader brings to a clinician.
//!
//! Printing from inside a shadow root: the widget's own stylesheet hides everything in the
//! widget but the summary (`@media print` in `style.css`); for the host page, a constructed
//! stylesheet is adopted by the document for the duration of the print, hiding everything
//! outside the widget. Both are allowed by a strict CSP (no inline style).

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

/// Hides the host page around the widget being printed, only while it carries the attribute.
const HOST_PRINT_CSS: &str = "@media print { body * { visibility: hidden !important; } \
[data-bpt-printing] { visibility: visible !important; position: absolute !important; \
left: 0 !important; top: 0 !important; width: 100% !important; margin: 0 !important; } }";

/// The element the host page sees: the shadow host, or `root` itself when not in a shadow root.
fn host_of(root: &web_sys::Element) -> web_sys::Element {
    match root.get_root_node().dyn_into::<web_sys::ShadowRoot>() {
        Ok(shadow) => shadow.host(),
        Err(_) => root.clone(),
    }
}

/// The `<details>` under the result holding `root` that are closed now.
fn closed_details(root: &web_sys::Element) -> Vec<web_sys::Element> {
    let Ok(Some(result)) = root.closest("[data-step=result]") else { return vec![] };
    let Ok(list) = result.query_selector_all("details:not([open])") else { return vec![] };
    (0..list.length()).filter_map(|i| list.item(i)).filter_map(|node| node.dyn_into().ok()).collect()
}

/// Opens the browser's print dialog for the widget holding `root`, with only its summary.
/// Whatever is closed on screen is opened for the print and closed again after it, so the
/// summary is complete (the stylesheet does the same through `::details-content` for a print
/// started from the browser's menu, where supported).
pub fn print_summary(root: &web_sys::Element) {
    let (Some(window), Some(document)) = (web_sys::window(), root.owner_document()) else { return };
    let host = host_of(root);
    let _ = host.set_attribute("data-bpt-printing", "");
    let opened = closed_details(root);
    for details in &opened {
        let _ = details.set_attribute("open", "");
    }
    let sheet = web_sys::CssStyleSheet::new().ok().filter(|s| s.replace_sync(HOST_PRINT_CSS).is_ok());
    if let Some(sheet) = &sheet {
        let sheets = document.adopted_style_sheets();
        sheets.push(sheet);
        document.set_adopted_style_sheets(&sheets);
    }
    // Put the host page back as it was once the dialog closes.
    let cleanup = Closure::once_into_js(move || {
        let _ = host.remove_attribute("data-bpt-printing");
        for details in opened {
            let _ = details.remove_attribute("open");
        }
        if let Some(sheet) = sheet {
            let kept: js_sys::Array =
                document.adopted_style_sheets().iter().filter(|s| *s != JsValue::from(&sheet)).collect();
            document.set_adopted_style_sheets(&kept);
        }
    });
    let options = web_sys::AddEventListenerOptions::new();
    options.set_once(true);
    let _ = window.add_event_listener_with_callback_and_add_event_listener_options(
        "afterprint",
        cleanup.unchecked_ref(),
        &options,
    );
    let _ = window.print();
}

/// Copies `text` to the clipboard; `Ok` once it is there.
pub async fn copy_text(text: &str) -> Result<(), JsValue> {
    let window = web_sys::window().ok_or(JsValue::NULL)?;
    wasm_bindgen_futures::JsFuture::from(window.navigator().clipboard().write_text(text)).await.map(|_| ())
}
