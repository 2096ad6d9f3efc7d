//! Values to and from JavaScript for the core's API (`src/api.rs`): plain JSON-compatible
//! objects in the CLI's shapes, and errors that name the function and the field. The widget's
//! WASM has none of this: it hands drafts to the core as text (`Draft::code`).

use wasm_bindgen::prelude::*;

use crate::decision::answers::shortened;

/// Serialises as plain JSON-compatible objects (not Maps), exactly the CLI's shapes.
pub(crate) fn to_js<T: serde::Serialize>(value: &T) -> JsValue {
    value.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).unwrap_or(JsValue::NULL)
}

/// Reads a plain JavaScript object into `T`; errors start with `what` (the function called)
/// and say what was `expected` when the value is not an object at all.
pub(crate) fn read_object<T: serde::de::DeserializeOwned>(
    value: JsValue,
    what: &str,
    expected: &str,
) -> Result<T, JsError> {
    // serde-wasm-bindgen would hand a non-object to Reflect.get and report its TypeError.
    if !value.is_object() || js_sys::Array::is_array(&value) {
        let kind = if value.is_null() {
            "null".to_owned()
        } else if js_sys::Array::is_array(&value) {
            "an array".to_owned()
        } else {
            value.js_typeof().as_string().unwrap_or_default()
        };
        return Err(JsError::new(&format!("{what}: expected {expected}, got {kind}")));
    }
    serde_wasm_bindgen::from_value(value).map_err(|e| {
        // serde-wasm-bindgen's errors are JS Errors whose text starts with "Error: ".
        // Cut short: serde's "invalid type" messages quote a string value whole, 10 MB and all.
        let message = shortened(e.to_string());
        JsError::new(&format!("{what}: {}", message.strip_prefix("Error: ").unwrap_or(&message)))
    })
}
