//! Reading a QuestionnaireResponse written by any renderer. Written by hand rather than
//! derived so that every error gives the path of the element at fault, e.g.
//! `item[2].answer[0].valueInteger`, whatever went wrong there: a wrong type, a number beyond
//! 64 bits, a broken escape, a document cut short. Elements this reader does not use are
//! skipped, as FHIR readers do.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

use super::{IncomingAnswer, IncomingCoding, IncomingItem, IncomingResponse};
use crate::decision::answers::{Shown, shortened};

/// `e`, which happened inside `segment`. Paths are built from the inside out: an error
/// "`valueInteger`: …" inside `[0]` inside `answer` becomes "`answer[0].valueInteger`: …";
/// any other error gets the segment in front. The format's position, if it appends one,
/// stays at the end, where serde_json reads it back. The path (which holds no backtick) and
/// the message are each kept short, so that a deep nesting or a long value cannot make the
/// message long, nor cut its closing backtick off.
pub fn within<E: de::Error>(segment: &str, e: impl fmt::Display) -> E {
    let inner = e.to_string();
    let inner = inner.as_str();
    let (path, rest) = match inner.strip_prefix('`').and_then(|rest| rest.split_once('`')) {
        Some((path, rest)) => {
            let dot = if path.starts_with('[') { "" } else { "." };
            (format!("{segment}{dot}{path}"), rest.to_owned())
        }
        None => (segment.to_owned(), format!(": {inner}")),
    };
    E::custom(format_args!("`{}`{}", middle_cut(&path), shortened(rest)))
}

/// `path` with its middle left out when it is longer than 80 characters, cut between
/// elements: the outermost elements and the innermost ones are what a reader needs to find
/// the place. A foreign element's name (quoted, innermost, already shortened by `Shown`) is
/// kept whole: it may hold dots and brackets, and a cut inside it would leave a name that is
/// neither ours nor quoted.
fn middle_cut(path: &str) -> String {
    const KEEP: usize = 40;
    if path.chars().count() <= 2 * KEEP {
        return path.to_owned();
    }
    // `get`, not `split_at`: no panic path (and its message formatting) in the core WASM.
    let at = path.find('"').unwrap_or(path.len());
    let (ours, foreign) = (path.get(..at).unwrap_or(path), path.get(at..).unwrap_or_default());
    let chars: Vec<(usize, char)> = ours.char_indices().collect();
    let tail_keep = KEEP.saturating_sub(foreign.chars().count()).min(chars.len());
    if chars.len() <= KEEP + tail_keep {
        return path.to_owned();
    }
    let boundary = |&(_, c): &(usize, char)| c == '.' || c == '[';
    let head_end = chars[..KEEP].iter().rev().find(|c| boundary(c)).map_or(chars[KEEP].0, |c| c.0);
    let tail = &chars[chars.len() - tail_keep..];
    let tail_start = tail.iter().find(|c| boundary(c)).or(tail.first()).map_or(ours.len(), |c| c.0);
    // Both are character boundaries (from char_indices); `get` keeps a panic path out.
    format!("{}…{}{foreign}", ours.get(..head_end).unwrap_or_default(), ours.get(tail_start..).unwrap_or_default())
}

/// The value of `key`, with any error inside it named by `key`.
fn value<'de, A: MapAccess<'de>, T: Deserialize<'de>>(map: &mut A, key: &str) -> Result<T, A::Error> {
    map.next_value().map_err(|e| within(key, e))
}

/// One kind of FHIR element read from an object.
trait Element: Default {
    /// What the value should have been, for "invalid type: …, expected …".
    const EXPECTING: &'static str;
    /// Reads the value of `key` from `map` and returns the key's name, or returns `None`
    /// without reading when `key` is not one this reader uses.
    fn read<'de, A: MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<Option<&'static str>, A::Error>;
    /// Checks the element once all of it is read; `given` holds the keys that were present.
    fn finish<E: de::Error>(self, given: &[&str]) -> Result<Self, E>;
}

struct ElementVisitor<T>(PhantomData<T>);

impl<'de, T: Element> Visitor<'de> for ElementVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(T::EXPECTING)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<T, A::Error> {
        let mut element = T::default();
        let mut given: Vec<&'static str> = Vec::new();
        while let Some(key) = map.next_key::<String>()? {
            match element.read(&key, &mut map)? {
                Some(name) if given.contains(&name) => return Err(within(name, "given more than once")),
                Some(name) => given.push(name),
                None => {
                    // A foreign element, quoted in the path: its name may hold any character
                    // (escaped, so a name of control characters grows; cut again after that).
                    let name = Shown(&key).to_string();
                    let name = match name.char_indices().nth(Shown::MAX_CHARS) {
                        Some((end, _)) => format!("{}…", &name[..end]),
                        None => name,
                    };
                    value::<A, IgnoredAny>(&mut map, &format!("\"{name}\""))?;
                }
            }
        }
        element.finish(&given)
    }
}

fn element<'de, D: Deserializer<'de>, T: Element>(d: D) -> Result<T, D::Error> {
    d.deserialize_map(ElementVisitor(PhantomData))
}

/// A FHIR list (`item`, `answer`): errors inside name the element's index.
struct List<T>(Vec<T>);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for List<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<List<T>, D::Error> {
        struct V<T>(PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for V<T> {
            type Value = List<T>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a list")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<List<T>, A::Error> {
                let mut list = Vec::new();
                while let Some(x) = seq.next_element().map_err(|e| within(&format!("[{}]", list.len()), e))? {
                    list.push(x);
                }
                Ok(List(list))
            }
        }
        d.deserialize_seq(V(PhantomData))
    }
}

impl Element for IncomingCoding {
    const EXPECTING: &'static str = "a Coding object";

    fn read<'de, A: MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<Option<&'static str>, A::Error> {
        Ok(Some(match key {
            "system" => {
                self.system = value(map, key)?;
                "system"
            }
            "code" => {
                self.code = value(map, key)?;
                "code"
            }
            _ => return Ok(None),
        }))
    }

    fn finish<E: de::Error>(self, _given: &[&str]) -> Result<Self, E> {
        Ok(self)
    }
}

impl Element for IncomingAnswer {
    const EXPECTING: &'static str = "an answer object";

    fn read<'de, A: MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<Option<&'static str>, A::Error> {
        Ok(Some(match key {
            "valueCoding" => {
                self.value_coding = value(map, key)?;
                "valueCoding"
            }
            "valueInteger" => {
                self.value_integer = value(map, key)?;
                "valueInteger"
            }
            "valueBoolean" => {
                self.value_boolean = value(map, key)?;
                "valueBoolean"
            }
            _ => return Ok(None),
        }))
    }

    fn finish<E: de::Error>(self, _given: &[&str]) -> Result<Self, E> {
        Ok(self)
    }
}

impl Element for IncomingItem {
    const EXPECTING: &'static str = "an item object";

    fn read<'de, A: MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<Option<&'static str>, A::Error> {
        Ok(Some(match key {
            "linkId" => {
                self.link_id = value(map, key)?;
                "linkId"
            }
            "answer" => {
                self.answer = value::<A, List<_>>(map, key)?.0;
                "answer"
            }
            "item" => {
                self.item = value::<A, List<_>>(map, key)?.0;
                "item"
            }
            _ => return Ok(None),
        }))
    }

    fn finish<E: de::Error>(self, given: &[&str]) -> Result<Self, E> {
        if given.contains(&"linkId") { Ok(self) } else { Err(within("linkId", "missing: every item needs one")) }
    }
}

impl Element for IncomingResponse {
    const EXPECTING: &'static str = "a QuestionnaireResponse object";

    fn read<'de, A: MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<Option<&'static str>, A::Error> {
        Ok(Some(match key {
            "resourceType" => {
                self.resource_type = value(map, key)?;
                "resourceType"
            }
            "questionnaire" => {
                self.questionnaire = value(map, key)?;
                "questionnaire"
            }
            "item" => {
                self.item = value::<A, List<_>>(map, key)?.0;
                "item"
            }
            _ => return Ok(None),
        }))
    }

    fn finish<E: de::Error>(self, given: &[&str]) -> Result<Self, E> {
        if given.contains(&"resourceType") {
            Ok(self)
        } else {
            Err(within("resourceType", "missing: expected \"QuestionnaireResponse\""))
        }
    }
}

impl<'de> Deserialize<'de> for IncomingCoding {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        element(d)
    }
}

impl<'de> Deserialize<'de> for IncomingAnswer {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        element(d)
    }
}

impl<'de> Deserialize<'de> for IncomingItem {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        element(d)
    }
}

impl<'de> Deserialize<'de> for IncomingResponse {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        element(d)
    }
}
