//! What the reader answered: the `Answers` half of the JSON contract.
//!
//! Deserialisation is written by hand rather than derived so that every error names the
//! field it is about, whichever serde format it comes from (JSON on the CLI, a JavaScript
//! object through `crates/core-wasm/src/js.rs`). A misspelt yes/no question must never be read as
//! "no", so unknown, missing and duplicate fields are all errors.

use std::fmt;

use serde::de::{self, Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::ser::{Serialize, SerializeStruct, Serializer};

/// A yes/no question about the reader's back pain. Every one of them is answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Sign {
    /// New trouble passing urine, or loss of bladder or bowel control.
    BladderOrBowelProblems,
    /// Numbness around the genitals, anus or inner thighs.
    SaddleNumbness,
    /// Numbness, tingling or weakness in both legs.
    BothLegs,
    /// New or worsening weakness in thigh, calf or foot (a foot that drags, cannot stand on
    /// toes or heels), or numbness in the leg that is spreading.
    LegWeakness,
    /// New numbness in one leg, not spreading and without weakness.
    LegNumbness,
    /// Fever, or feeling generally ill.
    FeverOrUnwell,
    /// This episode of pain began after a serious accident (a fall from a height, a car crash).
    Trauma,
    /// This episode began after a minor fall or knock (slipping, bumping into something).
    MinorFall,
    /// Weight loss without trying.
    WeightLoss,
    /// Has had cancer.
    CancerHistory,
    /// Constant pain that rest does not ease, or that is worst at night.
    ConstantNightPain,
    /// Known osteoporosis, or long-term cortisone tablets.
    OsteoporosisOrSteroids,
    /// Pain radiating down the leg below the knee.
    PainBelowKnee,
    /// Strong pain that painkillers and rest do not help.
    UncontrolledPain,
    /// The problems substantially limit daily life or work.
    MajorImpact,
    /// Unsure what it is, or worried it is dangerous.
    Worried,
}

impl Sign {
    /// Every sign, in the order of the contract (and of the questionnaire).
    pub const ALL: [Sign; 16] = [
        Sign::BladderOrBowelProblems,
        Sign::SaddleNumbness,
        Sign::BothLegs,
        Sign::LegWeakness,
        Sign::LegNumbness,
        Sign::FeverOrUnwell,
        Sign::Trauma,
        Sign::MinorFall,
        Sign::WeightLoss,
        Sign::CancerHistory,
        Sign::ConstantNightPain,
        Sign::OsteoporosisOrSteroids,
        Sign::PainBelowKnee,
        Sign::UncontrolledPain,
        Sign::MajorImpact,
        Sign::Worried,
    ];

    /// The field name in the JSON contract.
    pub const fn field_name(self) -> &'static str {
        match self {
            Sign::BladderOrBowelProblems => "bladder_or_bowel_problems",
            Sign::SaddleNumbness => "saddle_numbness",
            Sign::BothLegs => "both_legs",
            Sign::LegWeakness => "leg_weakness",
            Sign::LegNumbness => "leg_numbness",
            Sign::FeverOrUnwell => "fever_or_unwell",
            Sign::Trauma => "trauma",
            Sign::MinorFall => "minor_fall",
            Sign::WeightLoss => "weight_loss",
            Sign::CancerHistory => "cancer_history",
            Sign::ConstantNightPain => "constant_night_pain",
            Sign::OsteoporosisOrSteroids => "osteoporosis_or_steroids",
            Sign::PainBelowKnee => "pain_below_knee",
            Sign::UncontrolledPain => "uncontrolled_pain",
            Sign::MajorImpact => "major_impact",
            Sign::Worried => "worried",
        }
    }

    /// The sign whose contract field is `name`, if any.
    pub fn from_field_name(name: &str) -> Option<Sign> {
        Sign::ALL.into_iter().find(|s| s.field_name() == name)
    }

    const fn bit(self) -> u16 {
        1 << self as u16
    }
}

/// The set of signs answered "yes"; every sign not in it was answered "no".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Signs(u16);

impl Signs {
    /// No sign answered "yes".
    pub const NONE: Signs = Signs(0);
    /// How many different sets there are (2^16), for exhaustive tests.
    pub const COUNT: u32 = 1 << Sign::ALL.len();

    /// The set numbered `index` (bit `i` = `Sign::ALL[i]`); `index` is taken modulo [`Signs::COUNT`].
    pub const fn from_index(index: u32) -> Signs {
        Signs((index % Self::COUNT) as u16)
    }

    /// Whether `sign` was answered "yes".
    pub const fn contains(self, sign: Sign) -> bool {
        self.0 & sign.bit() != 0
    }

    /// This set with `sign` answered `yes` or "no".
    #[must_use]
    pub const fn with(self, sign: Sign, yes: bool) -> Signs {
        if yes { Signs(self.0 | sign.bit()) } else { Signs(self.0 & !sign.bit()) }
    }

    /// The signs answered "yes", in contract order.
    pub fn iter(self) -> impl Iterator<Item = Sign> {
        Sign::ALL.into_iter().filter(move |s| self.contains(*s))
    }
}

impl FromIterator<Sign> for Signs {
    fn from_iter<I: IntoIterator<Item = Sign>>(iter: I) -> Self {
        iter.into_iter().fold(Signs::NONE, |set, s| set.with(s, true))
    }
}

/// How the pain has gone lately.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Trend {
    /// Getting better.
    Better,
    /// About the same.
    Unchanged,
    /// Getting worse.
    Worse,
}

impl Trend {
    /// Every trend, in the order the questionnaire offers them.
    pub const ALL: [Trend; 3] = [Trend::Better, Trend::Unchanged, Trend::Worse];

    /// Every trend's contract value, in the order of [`Trend::ALL`].
    pub const VALUES: [&'static str; 3] = [Trend::Better.as_str(), Trend::Unchanged.as_str(), Trend::Worse.as_str()];

    /// The value in the JSON contract.
    pub const fn as_str(self) -> &'static str {
        match self {
            Trend::Better => "better",
            Trend::Unchanged => "unchanged",
            Trend::Worse => "worse",
        }
    }

    /// The trend whose contract value is `value`, if any.
    pub fn parse(value: &str) -> Option<Trend> {
        Trend::ALL.into_iter().find(|t| t.as_str() == value)
    }
}

/// One field of `Answers`, as a reason names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    /// `age`
    Age,
    /// `duration_weeks`
    DurationWeeks,
    /// `trend`
    Trend,
    /// One of the yes/no questions.
    Sign(Sign),
}

impl Field {
    /// The field name in the JSON contract.
    pub const fn name(self) -> &'static str {
        match self {
            Field::Age => "age",
            Field::DurationWeeks => "duration_weeks",
            Field::Trend => "trend",
            Field::Sign(s) => s.field_name(),
        }
    }

    /// Every field, in contract order.
    pub fn all() -> impl Iterator<Item = Field> {
        [Field::Age, Field::DurationWeeks, Field::Trend].into_iter().chain(Sign::ALL.into_iter().map(Field::Sign))
    }

    /// The field called `name` in the contract, if any.
    pub fn from_name(name: &str) -> Option<Field> {
        Field::all().find(|f| f.name() == name)
    }
}

impl Serialize for Field {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

/// The oldest age accepted, in years.
pub const MAX_AGE: u8 = 120;

/// Everything the triage needs to know, every field answered.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Answers {
    /// Age in whole years, 0 to [`MAX_AGE`].
    pub age: u8,
    /// Weeks since this episode began: finite and not negative.
    pub duration_weeks: f64,
    /// How the pain has gone lately.
    pub trend: Trend,
    /// The yes/no questions answered "yes".
    pub yes: Signs,
}

impl Answers {
    /// Whether `sign` was answered "yes".
    pub const fn has(&self, sign: Sign) -> bool {
        self.yes.contains(sign)
    }

    /// Checks the ranges that the types alone do not enforce, naming the field at fault.
    /// Deserialised answers have passed this already; answers built in Rust may not have.
    pub fn validate(&self) -> Result<(), InputError> {
        read_age(&Scalar::Int(self.age.into()))?;
        read_duration(&Scalar::Float(self.duration_weeks))?;
        Ok(())
    }
}

/// Input that does not follow the `Answers` contract. `field` names the part at fault.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InputError {
    /// The contract field at fault, when there is one.
    pub field: Option<String>,
    /// What is wrong with it, in one line.
    pub message: String,
}

impl InputError {
    /// An error about the field called `name`.
    pub fn field(name: &str, message: impl Into<String>) -> InputError {
        InputError { field: Some(name.to_owned()), message: message.into() }
    }

    /// An error about the input as a whole.
    pub fn whole(message: impl Into<String>) -> InputError {
        InputError { field: None, message: message.into() }
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.field {
            Some(name) => write!(f, "field `{name}`: {}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

impl std::error::Error for InputError {}

/// Any value at all, kept only as far as a field check needs it. Reading every value into
/// this first lets each field give its own message instead of the format's generic one. The
/// readers of JSON (serde, here) and of JavaScript values (the core WASM's) make these.
#[derive(Debug)]
pub enum Scalar {
    /// `true` or `false`.
    Bool(bool),
    /// A whole number.
    Int(i128),
    /// Any other number.
    Float(f64),
    /// A string.
    Text(String),
    /// `null` (or JavaScript's `undefined`).
    Null,
    /// An array, whatever it holds.
    List,
    /// An object, whatever it holds.
    Object,
}

impl fmt::Display for Scalar {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Scalar::Bool(b) => write!(f, "{b}"),
            // Every number a format gives is within i64 or u64; formatting them as such keeps
            // core's 128-bit formatting out of the core WASM.
            Scalar::Int(i) => match (i64::try_from(*i), u64::try_from(*i)) {
                (Ok(i), _) => write!(f, "{i}"),
                (_, Ok(u)) => write!(f, "{u}"),
                _ => f.write_str(if *i < 0 { "an integer below -2^63" } else { "an integer beyond 2^64" }),
            },
            Scalar::Float(x) => write_float(f, *x),
            Scalar::Text(s) => write!(f, "{:?}", Shown(s)),
            Scalar::Null => f.write_str("null"),
            Scalar::List => f.write_str("an array"),
            Scalar::Object => f.write_str("an object"),
        }
    }
}

/// How the messages write a number, when something other than Rust's formatting must: see
/// [`write_numbers_with`].
static NUMBER_WRITER: std::sync::OnceLock<fn(f64) -> String> = std::sync::OnceLock::new();

/// Has every message write numbers with `writer`, which must write what [`write_float`] writes
/// (`{}`, or `{:e}` from a million up). The core WASM gives JavaScript's digits this way
/// (`float_text` in `crates/core-wasm/src/js.rs`): Rust's float formatting would be about a
/// third of that WASM's code. The first writer given stays; natively none is needed.
pub fn write_numbers_with(writer: fn(f64) -> String) {
    let _ = NUMBER_WRITER.get_or_init(|| writer);
}

/// `x` as `{}` writes it, or as `{:e}` from a million up: 1e300 in full would be 301 digits,
/// and past a million the exponent says it better.
fn write_float(f: &mut fmt::Formatter<'_>, x: f64) -> fmt::Result {
    if let Some(writer) = NUMBER_WRITER.get() {
        return f.write_str(&writer(x));
    }
    // In a WASM, only the core's readers (which give a writer first) make these messages: no
    // Rust float formatting in any WASM, whatever reaches this.
    #[cfg(target_arch = "wasm32")]
    return f.write_str("a number");
    #[cfg(not(target_arch = "wasm32"))]
    if x.abs() >= 1e6 { write!(f, "{x:e}") } else { write!(f, "{x}") }
}

impl<'de> Deserialize<'de> for Scalar {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Scalar, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Scalar;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("any value")
            }
            fn visit_bool<E>(self, v: bool) -> Result<Scalar, E> {
                Ok(Scalar::Bool(v))
            }
            fn visit_i64<E>(self, v: i64) -> Result<Scalar, E> {
                Ok(Scalar::Int(v.into()))
            }
            fn visit_u64<E>(self, v: u64) -> Result<Scalar, E> {
                Ok(Scalar::Int(v.into()))
            }
            fn visit_i128<E>(self, v: i128) -> Result<Scalar, E> {
                Ok(Scalar::Int(v))
            }
            fn visit_f64<E>(self, v: f64) -> Result<Scalar, E> {
                Ok(Scalar::Float(v))
            }
            fn visit_str<E>(self, v: &str) -> Result<Scalar, E> {
                Ok(Scalar::Text(v.to_owned()))
            }
            fn visit_unit<E>(self) -> Result<Scalar, E> {
                Ok(Scalar::Null)
            }
            fn visit_none<E>(self) -> Result<Scalar, E> {
                Ok(Scalar::Null)
            }
            fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Scalar, D::Error> {
                Scalar::deserialize(d)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Scalar, A::Error> {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(Scalar::List)
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Scalar, A::Error> {
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(Scalar::Object)
            }
        }
        d.deserialize_any(V)
    }
}

/// A name or text from the input, as an error message shows it: at most [`Shown::MAX_CHARS`]
/// characters, so that a 10 MB string makes a short message, not a 10 MB one. `Debug` quotes
/// it as a string (`"` and `\` escaped); both escape control characters, as Rust's `Debug`
/// writes them (one line per error), and `Display`, for inside backticks, shows a backtick as
/// `'`, so the quote cannot end early. Neither uses Rust's own `Debug` of a string, whose
/// Unicode tables the core WASM would carry.
pub struct Shown<'a>(pub &'a str);

impl Shown<'_> {
    /// How many characters of the input an error message repeats.
    pub const MAX_CHARS: usize = 40;

    fn cut(&self) -> (&str, bool) {
        match self.0.char_indices().nth(Self::MAX_CHARS) {
            // A character boundary (from char_indices); `get` keeps a panic path out.
            Some((end, _)) => (self.0.get(..end).unwrap_or(self.0), true),
            None => (self.0, false),
        }
    }
}

impl fmt::Debug for Shown<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (text, cut) = self.cut();
        f.write_str("\"")?;
        for c in text.chars() {
            match c {
                '"' => f.write_str("\\\"")?,
                '\\' => f.write_str("\\\\")?,
                '\0' => f.write_str("\\0")?,
                c if c.is_control() => write!(f, "{}", c.escape_default())?,
                c => write!(f, "{c}")?,
            }
        }
        f.write_str(if cut { "\"…" } else { "\"" })
    }
}

impl fmt::Display for Shown<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (text, cut) = self.cut();
        for c in text.chars() {
            if c == '`' {
                f.write_str("'")?;
            } else if c.is_control() {
                write!(f, "{}", c.escape_default())?;
            } else {
                write!(f, "{c}")?;
            }
        }
        if cut { f.write_str("…") } else { Ok(()) }
    }
}

/// `message` cut to at most about 300 characters: its start, "…", and its last 60 characters,
/// where serde_json puts the position. (serde's own "invalid type" messages quote a string
/// value whole, 10 MB and all.)
pub fn shortened(message: String) -> String {
    const HEAD: usize = 240;
    const TAIL: usize = 60;
    let count = message.chars().count();
    if count <= HEAD + TAIL {
        return message;
    }
    let head: String = message.chars().take(HEAD).collect();
    let tail: String = message.chars().skip(count - TAIL).collect();
    format!("{head}…{tail}")
}

fn read_age(v: &Scalar) -> Result<u8, InputError> {
    let whole = match *v {
        Scalar::Int(i) => Some(i),
        // JavaScript has only floating-point numbers; 42.0 is the whole number 42. (Infinity
        // and NaN have a NaN fraction; a huge whole number saturates and fails the range below.)
        Scalar::Float(x) if x.fract() == 0.0 => Some(x as i128),
        _ => None,
    };
    match whole {
        Some(i) if (0..=i128::from(MAX_AGE)).contains(&i) => Ok(i as u8),
        _ => Err(InputError::field("age", format!("must be a whole number from 0 to {MAX_AGE}, got {v}"))),
    }
}

fn read_duration(v: &Scalar) -> Result<f64, InputError> {
    let x = match *v {
        Scalar::Int(i) => Some(i as f64),
        Scalar::Float(x) => Some(x),
        _ => None,
    };
    match x {
        Some(x) if x.is_finite() && x >= 0.0 => Ok(x),
        _ => Err(InputError::field("duration_weeks", format!("must be a finite number of weeks, 0 or more, got {v}"))),
    }
}

fn read_trend(v: &Scalar) -> Result<Trend, InputError> {
    match v {
        Scalar::Text(s) => Trend::parse(s),
        _ => None,
    }
    .ok_or_else(|| InputError::field("trend", format!("must be \"better\", \"unchanged\" or \"worse\", got {v}")))
}

fn read_yes_no(sign: Sign, v: &Scalar) -> Result<bool, InputError> {
    match *v {
        Scalar::Bool(b) => Ok(b),
        _ => Err(InputError::field(sign.field_name(), format!("must be true or false, got {v}"))),
    }
}

/// Some of the answers: what a host page already knows about the reader (pre-filled answers).
/// Read by the same field checks as [`Answers`] (which reads every object into one of these
/// first), so each field has the same name, type and error message; only a missing field is
/// not an error here.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct PartialAnswers {
    /// The age, if given.
    pub age: Option<u8>,
    /// The weeks since this episode began, if given.
    pub duration_weeks: Option<f64>,
    /// The trend, if given.
    pub trend: Option<Trend>,
    answered: Signs,
    yes: Signs,
}

impl PartialAnswers {
    /// The answer to a yes/no question, if given.
    pub fn sign(&self, sign: Sign) -> Option<bool> {
        self.answered.contains(sign).then(|| self.yes.contains(sign))
    }

    /// Whether no field is given at all.
    pub fn is_empty(&self) -> bool {
        *self == PartialAnswers::default()
    }

    pub fn take(&mut self, name: &str, value: &Scalar) -> Result<(), InputError> {
        let duplicate = || InputError::field(name, "given more than once");
        match Field::from_name(name) {
            None => Err(unknown_field(name)),
            Some(Field::Age) if self.age.is_some() => Err(duplicate()),
            Some(Field::Age) => read_age(value).map(|a| self.age = Some(a)),
            Some(Field::DurationWeeks) if self.duration_weeks.is_some() => Err(duplicate()),
            Some(Field::DurationWeeks) => read_duration(value).map(|d| self.duration_weeks = Some(d)),
            Some(Field::Trend) if self.trend.is_some() => Err(duplicate()),
            Some(Field::Trend) => read_trend(value).map(|t| self.trend = Some(t)),
            Some(Field::Sign(s)) if self.answered.contains(s) => Err(duplicate()),
            Some(Field::Sign(s)) => read_yes_no(s, value).map(|yes| {
                self.answered = self.answered.with(s, true);
                self.yes = self.yes.with(s, yes);
            }),
        }
    }

    pub fn finish(self) -> Result<Answers, InputError> {
        let missing = |f: Field| InputError::field(f.name(), "missing: every field of Answers is required");
        let age = self.age.ok_or_else(|| missing(Field::Age))?;
        let duration_weeks = self.duration_weeks.ok_or_else(|| missing(Field::DurationWeeks))?;
        let trend = self.trend.ok_or_else(|| missing(Field::Trend))?;
        if let Some(s) = Sign::ALL.into_iter().find(|s| !self.answered.contains(*s)) {
            return Err(missing(Field::Sign(s)));
        }
        Ok(Answers { age, duration_weeks, trend, yes: self.yes })
    }
}

pub fn unknown_field(name: &str) -> InputError {
    let close = Field::all().map(Field::name).find(|known| near_miss(known, name));
    let hint = match close {
        Some(known) => format!("; did you mean `{known}`?"),
        None => String::new(),
    };
    InputError::field(&Shown(name).to_string(), format!("unknown field: not part of Answers{hint}"))
}

/// Whether `b` is `a` with one letter changed, added, dropped, or two neighbours swapped:
/// enough to catch the typos that matter without a dependency.
fn near_miss(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let (ra, rb) = (&a[prefix..], &b[prefix..]);
    match (ra.len(), rb.len()) {
        (0, 0) => false,
        (x, y) if x == y => ra[1..] == rb[1..] || (x >= 2 && ra[0] == rb[1] && ra[1] == rb[0] && ra[2..] == rb[2..]),
        (x, y) if x == y + 1 => ra[1..] == *rb,
        (x, y) if x + 1 == y => *ra == rb[1..],
        _ => false,
    }
}

impl<'de> Deserialize<'de> for Answers {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Answers, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Answers;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an Answers object")
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Answers, A::Error> {
                read_fields(map)?.finish().map_err(de::Error::custom)
            }
        }
        d.deserialize_map(V)
    }
}

/// Every field of one object, each checked as it arrives.
fn read_fields<'de, A: MapAccess<'de>>(mut map: A) -> Result<PartialAnswers, A::Error> {
    let mut partial = PartialAnswers::default();
    let mut last: Option<String> = None;
    // The format's own errors (a number beyond f64, a broken escape, a truncated
    // document) would name no field: say which field they came in, or after which.
    while let Some(name) = map.next_key::<String>().map_err(|e| match &last {
        Some(last) => de::Error::custom(format_args!("after field `{}`: {e}", Shown(last))),
        None => de::Error::custom(format_args!("not a JSON object: {e}")),
    })? {
        // An unknown name is the mistake to report, whatever its value holds.
        if Field::from_name(&name).is_none() {
            return Err(de::Error::custom(unknown_field(&name)));
        }
        let value: Scalar =
            map.next_value().map_err(|e| de::Error::custom(format_args!("field `{}`: {e}", Shown(&name))))?;
        partial.take(&name, &value).map_err(de::Error::custom)?;
        last = Some(name);
    }
    Ok(partial)
}

impl<'de> Deserialize<'de> for PartialAnswers {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<PartialAnswers, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = PartialAnswers;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object with some fields of Answers")
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<PartialAnswers, A::Error> {
                read_fields(map)
            }
        }
        d.deserialize_map(V)
    }
}

impl Serialize for Answers {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Answers", 3 + Sign::ALL.len())?;
        st.serialize_field("age", &self.age)?;
        st.serialize_field("duration_weeks", &self.duration_weeks)?;
        st.serialize_field("trend", self.trend.as_str())?;
        for sign in Sign::ALL {
            st.serialize_field(sign.field_name(), &self.has(sign))?;
        }
        st.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn near_miss_catches_one_edit() {
        assert!(near_miss("saddle_numbness", "saddle_numbess"));
        assert!(near_miss("trauma", "traumaa"));
        assert!(near_miss("worried", "wroried"));
        assert!(near_miss("age", "agr"));
        assert!(!near_miss("age", "age"));
        assert!(!near_miss("age", "trend"));
        // Two letters changed is not one edit, however the rest matches (found by scripts/mutants).
        assert!(!near_miss("abcd", "xycd"));
        assert!(!near_miss("abcd", "bxcd"));
        assert!(!near_miss("abcd", "xacd"));
    }

    #[test]
    fn sign_bits_are_distinct_and_round_trip_names() {
        for (i, s) in Sign::ALL.into_iter().enumerate() {
            assert_eq!(s as usize, i);
            assert_eq!(Sign::from_field_name(s.field_name()), Some(s));
        }
        assert_eq!(Signs::from_index(Signs::COUNT - 1).iter().count(), 16);
    }
}
