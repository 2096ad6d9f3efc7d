//! Values to and from JavaScript for the core's API (`crates/core-wasm/src/api.rs`): plain JSON-compatible
//! objects in the CLI's shapes, and errors that name the function and the field. The widget's
//! WASM has none of this: it hands drafts to the core as text (`Draft::code`).
//!
//! Written here rather than taken from serde-wasm-bindgen, and with no Rust float formatting,
//! to keep the core WASM small (bench/results/2026-11-30-size.md): a value is read by one
//! `deserialize_any` that walks the JavaScript value (the readers in `crates/triage/src/decision/answers.rs`
//! and `crates/triage/src/fhir/incoming.rs` ask for nothing else), and written as JSON text that
//! `JSON.parse` turns into objects. Numbers are turned into text by JavaScript.

use std::fmt::{self, Display, Write as _};

use js_sys::{Array, Object};
use serde::de::{self, Expected, Unexpected};
use serde::ser::{self, Impossible, Serialize, SerializeSeq, SerializeStruct, Serializer};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

use triage::decision::Answers;
use triage::decision::answers::{Field, PartialAnswers, Scalar, Shown, shortened, unknown_field};

#[wasm_bindgen]
extern "C" {
    /// A JavaScript number, for its methods.
    #[wasm_bindgen(js_name = Number)]
    type Number;

    /// `Number.prototype.toExponential()` with no argument: as many digits as it takes to
    /// tell the number apart from every other double, and no more (js_sys's binding always
    /// passes a digit count).
    #[wasm_bindgen(method, js_name = toExponential)]
    fn to_exponential(this: &Number) -> String;

    /// `Number.prototype.toString()`: the shortest digits, as JSON writes numbers.
    #[wasm_bindgen(method, js_name = toString)]
    fn to_text(this: &Number) -> String;
}

fn number(x: f64) -> Number {
    JsValue::from_f64(x).unchecked_into()
}

/// `x` as Rust's `{}` writes it below a million and `{:e}` at and above (how an error message
/// quotes a number: `Scalar`'s `Display` in `crates/triage/src/decision/answers.rs`), from the shortest
/// digits JavaScript finds, so that the core links none of Rust's float formatting. The
/// differential test in tests/node/evaluate.test.mjs holds it to the CLI's message.
pub(crate) fn float_text(x: f64) -> String {
    if x.is_nan() {
        return "NaN".to_owned();
    }
    let mut out = String::from(if x.is_sign_negative() { "-" } else { "" });
    if x.is_infinite() {
        out.push_str("inf");
        return out;
    }
    // "d.ddde±n", sign left out (written above, so that -0 is "-0" as in Rust).
    let text = number(x.abs()).to_exponential();
    let (mantissa, exponent) = text.split_once('e').unwrap_or((&text, "0"));
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let exponent: i32 = exponent.trim_start_matches('+').parse().unwrap_or(0);
    let count = digits.len() as i32;
    // Digits placed one by one (no slicing of the text, whose panic path would link Rust's
    // `Debug` of a char): `point` is how many digits come before the decimal point.
    let point = if x.abs() >= 1e6 { 1 } else { exponent + 1 };
    if point <= 0 {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', -point as usize));
    }
    for (i, digit) in digits.chars().enumerate() {
        if i as i32 == point && point > 0 {
            out.push('.');
        }
        out.push(digit);
    }
    out.extend(std::iter::repeat_n('0', (point - count).max(0) as usize));
    if x.abs() >= 1e6 {
        let _ = write!(out, "e{exponent}");
    }
    out
}

/// Reading or writing failed; the message says why (the readers add the field's name).
#[derive(Debug)]
pub(crate) struct Error(pub(crate) String);

impl Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

/// What `unexpected` was, as serde_json says it (`null`, not serde's "unit value"), with no
/// Rust float formatting (serde's own `Display` of `Unexpected` would link it).
fn unexpected_text(unexpected: Unexpected<'_>) -> String {
    match unexpected {
        Unexpected::Bool(b) => format!("boolean `{b}`"),
        Unexpected::Signed(i) => format!("integer `{i}`"),
        Unexpected::Unsigned(u) => format!("integer `{u}`"),
        Unexpected::Float(x) => format!("floating point `{}`", float_text(x)),
        Unexpected::Str(s) => format!("string {:?}", Shown(s)),
        Unexpected::Unit => "null".to_owned(),
        Unexpected::Seq => "sequence".to_owned(),
        Unexpected::Map => "map".to_owned(),
        Unexpected::Other(other) => other.to_owned(),
        _ => "a value of another kind".to_owned(),
    }
}

impl de::Error for Error {
    fn custom<T: Display>(message: T) -> Error {
        Error(message.to_string())
    }

    fn invalid_type(unexpected: Unexpected<'_>, expected: &dyn Expected) -> Error {
        Error(format!("invalid type: {}, expected {expected}", unexpected_text(unexpected)))
    }

    fn invalid_value(unexpected: Unexpected<'_>, expected: &dyn Expected) -> Error {
        Error(format!("invalid value: {}, expected {expected}", unexpected_text(unexpected)))
    }
}

impl ser::Error for Error {
    fn custom<T: Display>(message: T) -> Error {
        Error(message.to_string())
    }
}

/// The largest integer a double holds exactly, with every smaller one (`Number.MAX_SAFE_INTEGER`).
const MAX_SAFE_INTEGER: f64 = 9_007_199_254_740_991.0;

/// What a JavaScript value is: the readers (here and in `crates/core-wasm/src/fhir_from_js.rs`) ask this and
/// nothing else of it.
pub(crate) enum Kind {
    Unit,
    Bool(bool),
    Signed(i64),
    Unsigned(u64),
    Float(f64),
    Text(String),
    Items(Array),
    Entries(Array),
    Other(String),
}

#[inline(never)]
pub(crate) fn kind(value: JsValue) -> Kind {
    if value.is_undefined() || value.is_null() {
        Kind::Unit
    } else if let Some(b) = value.as_bool() {
        Kind::Bool(b)
    } else if let Some(x) = value.as_f64() {
        // JavaScript has only doubles: a whole one is read as the integer it is (as
        // serde_json reads `40`), any other as a float (as it reads `40.5`).
        if x.fract() == 0.0 && x.abs() <= MAX_SAFE_INTEGER { Kind::Signed(x as i64) } else { Kind::Float(x) }
    } else if let Some(s) = value.as_string() {
        Kind::Text(s)
    } else if value.is_bigint() {
        match i64::try_from(value) {
            Ok(i) => Kind::Signed(i),
            Err(value) => match u64::try_from(value) {
                Ok(u) => Kind::Unsigned(u),
                Err(_) => Kind::Other("a BigInt beyond 64 bits".to_owned()),
            },
        }
    } else if Array::is_array(&value) {
        Kind::Items(value.unchecked_into())
    } else if value.is_object() {
        Kind::Entries(Object::entries(value.unchecked_ref()))
    } else {
        Kind::Other(format!("a {}", value.js_typeof().as_string().unwrap_or_default()))
    }
}

/// The error a visitor that `expected` something else gives for a value of kind `found`.
#[inline(never)]
pub(crate) fn mismatch(found: Kind, expected: &dyn Expected) -> Error {
    let unexpected = match &found {
        Kind::Unit => Unexpected::Unit,
        Kind::Bool(b) => Unexpected::Bool(*b),
        Kind::Signed(i) => Unexpected::Signed(*i),
        Kind::Unsigned(u) => Unexpected::Unsigned(*u),
        Kind::Float(x) => Unexpected::Float(*x),
        Kind::Text(s) => Unexpected::Str(s),
        Kind::Items(_) => Unexpected::Seq,
        Kind::Entries(_) => Unexpected::Map,
        Kind::Other(what) => Unexpected::Other(what),
    };
    de::Error::invalid_type(unexpected, expected)
}

/// The own properties of an object, or the error of a reader that `expected` one.
pub(crate) fn entries(value: JsValue, expected: &str) -> Result<impl Iterator<Item = (String, JsValue)>, Error> {
    match kind(value) {
        Kind::Entries(entries) => Ok(entries.into_iter().map(|entry| {
            let entry: Array = entry.unchecked_into();
            (entry.get(0).as_string().unwrap_or_default(), entry.get(1))
        })),
        other => Err(mismatch(other, &expected)),
    }
}

/// The fields of an object of (some of the) answers, each checked as `PartialAnswers::take`
/// checks it, with the messages serde's reader (`read_fields` in `crates/triage/src/decision/answers.rs`)
/// gives: an unknown name first, then the value. A JavaScript object has no key twice.
fn partial_answers(value: JsValue, expected: &str) -> Result<PartialAnswers, Error> {
    let mut partial = PartialAnswers::default();
    for (name, value) in entries(value, expected)? {
        if Field::from_name(&name).is_none() {
            return Err(Error(unknown_field(&name).to_string()));
        }
        let value = match kind(value) {
            Kind::Unit => Scalar::Null,
            Kind::Bool(b) => Scalar::Bool(b),
            Kind::Signed(i) => Scalar::Int(i.into()),
            Kind::Unsigned(u) => Scalar::Int(u.into()),
            Kind::Float(x) => Scalar::Float(x),
            Kind::Text(s) => Scalar::Text(s),
            Kind::Items(_) => Scalar::List,
            Kind::Entries(_) => Scalar::Object,
            other => return Err(Error(format!("field `{}`: {}", Shown(&name), mismatch(other, &"any value")))),
        };
        partial.take(&name, &value).map_err(|e| Error(e.to_string()))?;
    }
    Ok(partial)
}

/// Some of the answers (pre-filled) from a plain JavaScript object; errors start with `what`.
pub(crate) fn read_partial_answers(value: JsValue, what: &str) -> Result<PartialAnswers, JsError> {
    const EXPECTED: &str = "an object with some fields of Answers";
    read_with(value, what, EXPECTED, |v| partial_answers(v, EXPECTED))
}

/// Every answer from a plain JavaScript object; errors start with `what`.
pub(crate) fn read_answers(value: JsValue, what: &str) -> Result<Answers, JsError> {
    const EXPECTED: &str = "an Answers object";
    read_with(value, what, EXPECTED, |v| partial_answers(v, EXPECTED)?.finish().map_err(|e| Error(e.to_string())))
}

/// Reads a plain JavaScript object with `read`; errors start with `what` (the function called)
/// and say what was `expected` when the value is not an object at all. Every reader of this
/// API comes through here, so the messages' numbers are written by [`float_text`] from here on.
pub(crate) fn read_with<T>(
    value: JsValue,
    what: &str,
    expected: &str,
    read: impl FnOnce(JsValue) -> Result<T, Error>,
) -> Result<T, JsError> {
    triage::decision::answers::write_numbers_with(float_text);
    if !value.is_object() || Array::is_array(&value) {
        let kind = if value.is_null() {
            "null".to_owned()
        } else if Array::is_array(&value) {
            "an array".to_owned()
        } else {
            value.js_typeof().as_string().unwrap_or_default()
        };
        return Err(JsError::new(&format!("{what}: expected {expected}, got {kind}")));
    }
    // Cut short: a message may quote a value (the readers keep their own parts short).
    read(value).map_err(|e| JsError::new(&format!("{what}: {}", shortened(e.0))))
}

/// `value` as a plain JavaScript value in the CLI's JSON shape: written as JSON text here and
/// parsed by `JSON.parse`.
pub(crate) fn to_js<T: Serialize>(value: &T) -> JsValue {
    let mut json = Json(String::new());
    match value.serialize(&mut json) {
        Ok(()) => js_sys::JSON::parse(&json.0).unwrap_or(JsValue::NULL),
        Err(_) => JsValue::NULL,
    }
}

/// JSON text being written. Only what the contract's types need (structs, lists, strings,
/// numbers, booleans, unit variants, options); anything else is an error.
struct Json(String);

impl Json {
    fn string(&mut self, s: &str) {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        self.0.push('"');
        for c in s.chars() {
            match c {
                '"' => self.0.push_str("\\\""),
                '\\' => self.0.push_str("\\\\"),
                c if (c as u32) < 0x20 => {
                    let b = c as usize;
                    self.0.push_str("\\u00");
                    self.0.push(HEX[b >> 4] as char);
                    self.0.push(HEX[b & 15] as char);
                }
                c => self.0.push(c),
            }
        }
        self.0.push('"');
    }

    fn integer(&mut self, i: impl Display) -> Result<(), Error> {
        write!(self.0, "{i}").map_err(|_| Error("could not write a number".to_owned()))
    }
}

fn unsupported<T>() -> Result<T, Error> {
    Err(Error("not a JSON value of the contract".to_owned()))
}

impl<'a> Serializer for &'a mut Json {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = List<'a>;
    type SerializeTuple = Impossible<(), Error>;
    type SerializeTupleStruct = Impossible<(), Error>;
    type SerializeTupleVariant = Impossible<(), Error>;
    type SerializeMap = Impossible<(), Error>;
    type SerializeStruct = List<'a>;
    type SerializeStructVariant = Impossible<(), Error>;

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.0.push_str(if v { "true" } else { "false" });
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> Result<(), Error> {
        self.integer(v)
    }
    fn serialize_i16(self, v: i16) -> Result<(), Error> {
        self.integer(v)
    }
    fn serialize_i32(self, v: i32) -> Result<(), Error> {
        self.integer(v)
    }
    fn serialize_i64(self, v: i64) -> Result<(), Error> {
        self.integer(v)
    }
    fn serialize_u8(self, v: u8) -> Result<(), Error> {
        self.integer(v)
    }
    fn serialize_u16(self, v: u16) -> Result<(), Error> {
        self.integer(v)
    }
    fn serialize_u32(self, v: u32) -> Result<(), Error> {
        self.integer(v)
    }
    fn serialize_u64(self, v: u64) -> Result<(), Error> {
        self.integer(v)
    }
    fn serialize_f32(self, v: f32) -> Result<(), Error> {
        self.serialize_f64(v.into())
    }
    fn serialize_f64(self, v: f64) -> Result<(), Error> {
        // JavaScript's shortest digits, which JSON.parse reads back to the same double; JSON
        // has no NaN or infinity (nor do valid answers), so they are `null`, as in JSON.stringify.
        if v.is_finite() {
            self.0.push_str(&number(v).to_text());
        } else {
            self.0.push_str("null");
        }
        Ok(())
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        self.string(v.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        self.string(v);
        Ok(())
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<(), Error> {
        unsupported()
    }
    fn serialize_none(self) -> Result<(), Error> {
        self.serialize_unit()
    }
    fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Error> {
        self.0.push_str("null");
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Error> {
        self.serialize_unit()
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Result<(), Error> {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(self, _: &'static str, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<(), Error> {
        unsupported()
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<List<'a>, Error> {
        self.0.push('[');
        Ok(List { json: self, first: true, close: ']' })
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, Error> {
        unsupported()
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Self::SerializeTupleStruct, Error> {
        unsupported()
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        unsupported()
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Error> {
        unsupported()
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<List<'a>, Error> {
        self.0.push('{');
        Ok(List { json: self, first: true, close: '}' })
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Error> {
        unsupported()
    }
}

/// An array or object being written: commas between its members.
struct List<'a> {
    json: &'a mut Json,
    first: bool,
    close: char,
}

impl List<'_> {
    fn comma(&mut self) {
        if !self.first {
            self.json.0.push(',');
        }
        self.first = false;
    }

    fn close(self) -> Result<(), Error> {
        self.json.0.push(self.close);
        Ok(())
    }
}

impl SerializeSeq for List<'_> {
    type Ok = ();
    type Error = Error;

    fn serialize_element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Error> {
        self.comma();
        value.serialize(&mut *self.json)
    }

    fn end(self) -> Result<(), Error> {
        self.close()
    }
}

impl SerializeStruct for List<'_> {
    type Ok = ();
    type Error = Error;

    fn serialize_field<T: ?Sized + Serialize>(&mut self, key: &'static str, value: &T) -> Result<(), Error> {
        self.comma();
        self.json.string(key);
        self.json.0.push(':');
        value.serialize(&mut *self.json)
    }

    fn end(self) -> Result<(), Error> {
        self.close()
    }
}
