//! Reading a pack from any serde data format: size limit, parse, unknown fields, validation.
//!
//! Generic over the deserializer so the browser (serde-wasm-bindgen over `JSON.parse`), the
//! host tests and the fuzz targets (serde_json) all run the same code.

use std::fmt;

use serde::de::{MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer};

use super::pack::Pack;
use super::validate::{validate, PackError};

/// The largest pack accepted, in bytes of JSON text (1 MB). The English pack is about 22 KB.
pub const MAX_PACK_BYTES: usize = 1_000_000;

/// Why a pack cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    /// The JSON text is over [`MAX_PACK_BYTES`].
    TooLarge { bytes: usize },
    /// Not JSON, or JSON of the wrong shape; the parser's message.
    Parse(String),
    /// Parsed, but breaks the pack rules: every problem, each with its JSON path.
    Invalid(Vec<PackError>),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::TooLarge { bytes } => write!(
                f,
                "the pack is {bytes} bytes; the limit is {MAX_PACK_BYTES} bytes"
            ),
            LoadError::Parse(message) => write!(f, "not a valid pack: {message}"),
            LoadError::Invalid(errors) => {
                let lines: Vec<String> = errors.iter().map(ToString::to_string).collect();
                write!(f, "{}", lines.join("\n"))
            }
        }
    }
}

/// A pack ready to show, with the paths of any fields this build does not know (they are
/// ignored; the caller warns about them).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Loaded {
    pub pack: Pack,
    /// JSON paths of unknown fields, e.g. `questions.3.hint`.
    pub ignored: Vec<String>,
}

/// Refuses JSON text of `bytes` bytes when it is over the limit.
pub fn check_size(bytes: usize) -> Result<(), LoadError> {
    if bytes > MAX_PACK_BYTES {
        Err(LoadError::TooLarge { bytes })
    } else {
        Ok(())
    }
}

/// Parses and validates a pack from `deserializer`.
///
/// Errors: [`LoadError::Parse`] for the wrong shape, [`LoadError::Invalid`] with every rule
/// broken.
pub fn read_pack<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Pack, LoadError> {
    let pack = Pack::deserialize(deserializer).map_err(|e| LoadError::Parse(e.to_string()))?;
    validate(&pack).map_err(LoadError::Invalid)?;
    Ok(pack)
}

/// Any JSON value, kept only to look for fields this build does not know. (Deserializers such
/// as serde-wasm-bindgen read only the fields a struct names, so unknown ones must be found on
/// a generic tree instead.)
#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

impl<'de> Deserialize<'de> for Json {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Json, D::Error> {
        deserializer.deserialize_any(JsonVisitor)
    }
}

struct JsonVisitor;

impl<'de> Visitor<'de> for JsonVisitor {
    type Value = Json;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_unit<E>(self) -> Result<Json, E> {
        Ok(Json::Null)
    }
    fn visit_none<E>(self) -> Result<Json, E> {
        Ok(Json::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Json, D::Error> {
        Json::deserialize(d)
    }
    fn visit_bool<E>(self, v: bool) -> Result<Json, E> {
        Ok(Json::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Json, E> {
        Ok(Json::Number(v as f64))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Json, E> {
        Ok(Json::Number(v as f64))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Json, E> {
        Ok(Json::Number(v))
    }
    fn visit_str<E>(self, v: &str) -> Result<Json, E> {
        Ok(Json::String(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<Json, E> {
        Ok(Json::String(v))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Json, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Json::Array(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Json, A::Error> {
        let mut entries = Vec::new();
        while let Some((key, value)) = map.next_entry::<String, Json>()? {
            entries.push((key, value));
        }
        Ok(Json::Object(entries))
    }
}

// The field names of each pack type, as serde reads them (tests/load.rs checks these against
// the shipped packs, which use every field).
const PACK_FIELDS: &[&str] = &["schema_version", "locale", "questions", "facts"];
const QUESTION_FIELDS: &[&str] = &[
    "id",
    "topic",
    "kind",
    "scenario",
    "prompt",
    "choices",
    "explanation",
    "sources",
];
const CHOICE_FIELDS: &[&str] = &["id", "text", "correct"];
const EXPLANATION_FIELDS: &[&str] = &["sign", "why", "action"];
const SOURCE_FIELDS: &[&str] = &["name", "year"];
const FACT_FIELDS: &[&str] = &["id", "heading", "body", "points", "historical", "sources"];

/// Paths of the fields in `pack` that no pack type has, e.g. `["mascot", "questions.2.hint"]`.
pub fn unknown_fields(pack: &Json) -> Vec<String> {
    let mut found = Vec::new();
    object(
        pack,
        PACK_FIELDS,
        "",
        &mut found,
        |key, value, at, found| match key {
            "questions" => each(value, at, found, |q, at, found| {
                object(
                    q,
                    QUESTION_FIELDS,
                    at,
                    found,
                    |key, value, at, found| match key {
                        "choices" => each(value, at, found, |c, at, found| {
                            object(c, CHOICE_FIELDS, at, found, |_, _, _, _| {});
                        }),
                        "explanation" => {
                            object(value, EXPLANATION_FIELDS, at, found, |_, _, _, _| {})
                        }
                        "sources" => sources(value, at, found),
                        _ => {}
                    },
                );
            }),
            "facts" => each(value, at, found, |f, at, found| {
                object(f, FACT_FIELDS, at, found, |key, value, at, found| {
                    if key == "sources" {
                        sources(value, at, found);
                    }
                });
            }),
            _ => {}
        },
    );
    found
}

type Found = Vec<String>;

fn join(at: &str, key: &str) -> String {
    if at.is_empty() {
        key.to_owned()
    } else {
        format!("{at}.{key}")
    }
}

/// Reports keys of `value` outside `known`, and hands the known ones to `inner`.
fn object(
    value: &Json,
    known: &[&str],
    at: &str,
    found: &mut Found,
    inner: impl Fn(&str, &Json, &str, &mut Found),
) {
    if let Json::Object(entries) = value {
        for (key, child) in entries {
            let path = join(at, key);
            if known.contains(&key.as_str()) {
                inner(key, child, &path, found);
            } else {
                found.push(path);
            }
        }
    }
}

fn each(value: &Json, at: &str, found: &mut Found, inner: impl Fn(&Json, &str, &mut Found)) {
    if let Json::Array(items) = value {
        for (i, item) in items.iter().enumerate() {
            inner(item, &join(at, &i.to_string()), found);
        }
    }
}

fn sources(value: &Json, at: &str, found: &mut Found) {
    each(value, at, found, |s, at, found| {
        object(s, SOURCE_FIELDS, at, found, |_, _, _, _| {});
    });
}

/// [`check_size`], [`read_pack`] and [`unknown_fields`] on JSON text. Host only (serde_json
/// stays out of the WebAssembly module); used by the host tests and fuzz targets.
#[cfg(not(target_arch = "wasm32"))]
pub fn read_pack_json(text: &str) -> Result<Loaded, LoadError> {
    check_size(text.len())?;
    let pack = read_pack(&mut serde_json::Deserializer::from_str(text))?;
    let tree: Json = serde_json::from_str(text).map_err(|e| LoadError::Parse(e.to_string()))?;
    Ok(Loaded {
        pack,
        ignored: unknown_fields(&tree),
    })
}
