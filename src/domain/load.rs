//! Reading a pack from a JSON tree: size limit, shape (every problem with its path), unknown
//! fields, validation.
//!
//! Both sides build a [`Json`] tree and then run the same code: the browser from `JSON.parse`'s
//! result, the host tests, fuzz targets and `kts-pack` from serde_json. Reading the shape by
//! hand rather than with serde derive keeps serde out of the WebAssembly module (measured in
//! the README's performance section) and names every shape problem with its JSON path.

use std::fmt;

use super::pack::{
    Audience, Choice, Explanation, Fact, Pack, Question, QuestionKind, Source, Teaches, Topic,
    SCHEMA_VERSION,
};
use super::region::Region;
use super::validate::{validate, PackError};

/// The largest pack accepted, in bytes of JSON text (1 MB). The English pack is about 127 KB (26 KB gzip).
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

/// Any JSON value: what [`read_pack`] reads. Objects keep their keys in the parser's order.
#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

/// Reads and validates a pack from `tree`.
///
/// Errors: [`LoadError::Invalid`] with every shape problem (a missing field, a value of the
/// wrong type, an unknown topic), each with its JSON path; or, when the shape is right, every
/// rule [`validate`] finds broken. Unknown fields are not errors: their paths are returned in
/// [`Loaded::ignored`].
pub fn read_pack(tree: &Json) -> Result<Loaded, LoadError> {
    let loaded = read_shape(tree).map_err(LoadError::Invalid)?;
    validate(&loaded.pack).map_err(LoadError::Invalid)?;
    Ok(loaded)
}

/// The first half of [`read_pack`]: `tree` as a [`Pack`] without checking its rules, or every
/// shape problem with its path.
pub fn read_shape(tree: &Json) -> Result<Loaded, Vec<PackError>> {
    let mut reader = Reader::default();
    let pack = reader.pack(tree);
    if reader.errors.is_empty() {
        Ok(Loaded {
            pack,
            ignored: reader.ignored,
        })
    } else {
        Err(reader.errors)
    }
}

/// `at.key`, or `key` at the root.
fn join(at: &str, key: &str) -> String {
    if at.is_empty() {
        key.to_owned()
    } else {
        format!("{at}.{key}")
    }
}

/// One JSON object being read: its entries and its path.
struct Object<'a> {
    entries: &'a [(String, Json)],
    at: String,
}

impl<'a> Object<'a> {
    /// The value of `key` (the last one, as `JSON.parse` keeps it), if present and not null.
    fn get(&self, key: &str) -> Option<&'a Json> {
        self.entries
            .iter()
            .rev()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v)
            .filter(|v| **v != Json::Null)
    }
}

/// Walks a tree into a [`Pack`], collecting shape errors and unknown fields as it goes. A
/// value with an error is replaced by a default, so one pass finds every problem.
#[derive(Default)]
struct Reader {
    errors: Vec<PackError>,
    ignored: Vec<String>,
    /// The pack's `schema_version`: version 1 packs have no `teaches` or `audiences` (nor
    /// does any version this build does not read; validation says so once).
    version: u32,
}

impl Reader {
    /// Records a problem at `path` (`$` for the whole pack).
    fn error(&mut self, path: String, message: &str) {
        self.errors.push(PackError {
            path: if path.is_empty() {
                "$".to_owned()
            } else {
                path
            },
            message: message.to_owned(),
        });
    }

    /// `value` as an object with only `known` keys expected; others are recorded as ignored.
    fn object<'a>(&mut self, value: &'a Json, at: String, known: &[&str]) -> Option<Object<'a>> {
        let Json::Object(entries) = value else {
            self.error(at, "must be a JSON object");
            return None;
        };
        for (key, _) in entries {
            if !known.contains(&key.as_str()) {
                self.ignored.push(join(&at, key));
            }
        }
        Some(Object { entries, at })
    }

    fn string(&mut self, object: &Object, key: &str) -> String {
        match object.get(key) {
            Some(Json::String(text)) => text.clone(),
            Some(_) => {
                self.error(join(&object.at, key), "must be a string");
                String::new()
            }
            None => {
                self.error(join(&object.at, key), "is missing");
                String::new()
            }
        }
    }

    fn optional_string(&mut self, object: &Object, key: &str) -> Option<String> {
        object.get(key)?;
        Some(self.string(object, key))
    }

    fn flag(&mut self, object: &Object, key: &str) -> bool {
        match object.get(key) {
            Some(Json::Bool(flag)) => *flag,
            Some(_) => {
                self.error(join(&object.at, key), "must be true or false");
                false
            }
            None => false,
        }
    }

    /// A whole number from 0 to `max`, if present.
    fn whole(&mut self, object: &Object, key: &str, max: u16) -> Option<u16> {
        match object.get(key)? {
            // In range and whole, so the conversion is exact.
            Json::Number(n) if n.fract() == 0.0 && (0.0..=f64::from(max)).contains(n) => {
                Some(*n as u16)
            }
            _ => {
                let message = format!("must be a whole number from 0 to {max}");
                self.error(join(&object.at, key), &message);
                None
            }
        }
    }

    /// Reads each item of the array at `key` with `item` (given the item and its path).
    fn list<T>(
        &mut self,
        object: &Object,
        key: &str,
        required: bool,
        mut item: impl FnMut(&mut Self, &Json, String) -> T,
    ) -> Vec<T> {
        let at = join(&object.at, key);
        match object.get(key) {
            Some(Json::Array(items)) => items
                .iter()
                .enumerate()
                .map(|(i, value)| item(self, value, format!("{at}[{i}]")))
                .collect(),
            Some(_) => {
                self.error(at, "must be a list");
                Vec::new()
            }
            None => {
                if required {
                    self.error(at, "is missing");
                }
                Vec::new()
            }
        }
    }

    /// A name from `names` (e.g. a topic), or the first with an error naming the allowed ones.
    fn name<T: Copy>(&mut self, object: &Object, key: &str, names: &[(&str, T)]) -> Option<T> {
        let text = self.string(object, key);
        let found = names
            .iter()
            .find(|(name, _)| *name == text)
            .map(|(_, v)| *v);
        if found.is_none() && !text.is_empty() {
            let allowed: Vec<&str> = names.iter().map(|(name, _)| *name).collect();
            let message = format!("\"{text}\" is not one of {}", allowed.join(", "));
            self.error(join(&object.at, key), &message);
        }
        found
    }

    /// A list of names from `names` at `key` (each at most once), e.g. regions. `None` when the
    /// key is absent.
    fn names<T: Copy + PartialEq>(
        &mut self,
        object: &Object,
        key: &str,
        names: &[(&str, T)],
    ) -> Option<Vec<T>> {
        object.get(key)?;
        let allowed: Vec<&str> = names.iter().map(|(name, _)| *name).collect();
        let allowed = allowed.join(", ");
        let items = self.list(object, key, false, |reader, value, at| {
            let found = match value {
                Json::String(text) => names.iter().find(|(name, _)| name == text),
                _ => None,
            };
            if found.is_none() {
                let message = match value {
                    Json::String(text) => format!("\"{text}\" is not one of {allowed}"),
                    _ => format!("must be one of {allowed}"),
                };
                reader.error(at, &message);
            }
            found.map(|(_, v)| *v)
        });
        let mut list = Vec::new();
        for item in items.into_iter().flatten() {
            if !list.contains(&item) {
                list.push(item);
            }
        }
        Some(list)
    }

    /// `regions`: empty (every region) when absent.
    fn regions(&mut self, object: &Object) -> Vec<Region> {
        let names = Region::ALL.map(|(region, name)| (name, region));
        self.names(object, "regions", &names).unwrap_or_default()
    }

    fn pack(&mut self, tree: &Json) -> Pack {
        let mut pack = Pack::default();
        let known = ["schema_version", "locale", "questions", "facts"];
        let Some(o) = self.object(tree, String::new(), &known) else {
            return pack;
        };
        match self.whole(&o, "schema_version", u16::MAX) {
            Some(version) => {
                pack.schema_version = u32::from(version);
                self.version = pack.schema_version;
            }
            None if o.get("schema_version").is_none() => {
                self.error("schema_version".to_owned(), "is missing")
            }
            None => {}
        }
        pack.locale = self.string(&o, "locale");
        pack.questions = self.list(&o, "questions", true, Self::question);
        pack.facts = self.list(&o, "facts", false, Self::fact);
        pack
    }

    fn question(&mut self, value: &Json, at: String) -> Question {
        let known = [
            "id",
            "topic",
            "kind",
            "scenario",
            "prompt",
            "teaches",
            "audiences",
            "regions",
            "choices",
            "explanation",
            "sources",
        ];
        let Some(o) = self.object(value, at, &known) else {
            return Question::default();
        };
        let topics = Topic::ALL.map(|t| (t.name(), t));
        let kinds = [
            ("single", QuestionKind::Single),
            ("multiple", QuestionKind::Multiple),
            ("true_false", QuestionKind::TrueFalse),
            ("scenario", QuestionKind::Scenario),
        ];
        Question {
            id: self.string(&o, "id"),
            topic: self.name(&o, "topic", &topics).unwrap_or(Topic::Labour),
            kind: self
                .name(&o, "kind", &kinds)
                .unwrap_or(QuestionKind::Single),
            scenario: self.optional_string(&o, "scenario"),
            prompt: self.string(&o, "prompt"),
            teaches: self.teaches(&o),
            audiences: self.audiences(&o),
            regions: self.regions(&o),
            choices: self.list(&o, "choices", true, Self::choice),
            explanation: self.explanation(&o),
            sources: self.list(&o, "sources", true, Self::source),
        }
    }

    /// Whether the pack is of a version with `teaches` and `audiences` that this build reads.
    fn v2(&self) -> bool {
        (2..=SCHEMA_VERSION).contains(&self.version)
    }

    /// `teaches`: required from version 2; [`Teaches::Context`] in version 1 packs.
    fn teaches(&mut self, question: &Object) -> Teaches {
        if !self.v2() && question.get("teaches").is_none() {
            return Teaches::Context;
        }
        let names = Teaches::ALL.map(|t| (t.name(), t));
        self.name(question, "teaches", &names).unwrap_or_default()
    }

    /// `audiences`: required from version 2 (at least one, which validation checks);
    /// `[general]` in version 1 packs.
    fn audiences(&mut self, question: &Object) -> Vec<Audience> {
        let names = Audience::ALL.map(|a| (a.name(), a));
        match self.names(question, "audiences", &names) {
            Some(list) => list,
            None if !self.v2() => vec![Audience::General],
            None => {
                self.error(join(&question.at, "audiences"), "is missing");
                Vec::new()
            }
        }
    }

    fn choice(&mut self, value: &Json, at: String) -> Choice {
        let Some(o) = self.object(value, at, &["id", "text", "correct"]) else {
            return Choice::default();
        };
        Choice {
            id: self.string(&o, "id"),
            text: self.string(&o, "text"),
            correct: self.flag(&o, "correct"),
        }
    }

    fn explanation(&mut self, question: &Object) -> Explanation {
        let at = join(&question.at, "explanation");
        let Some(value) = question.get("explanation") else {
            self.error(at, "is missing");
            return Explanation::default();
        };
        let Some(o) = self.object(value, at, &["sign", "why", "action"]) else {
            return Explanation::default();
        };
        Explanation {
            sign: self.string(&o, "sign"),
            why: self.string(&o, "why"),
            action: self.string(&o, "action"),
        }
    }

    fn source(&mut self, value: &Json, at: String) -> Source {
        let Some(o) = self.object(value, at, &["name", "year"]) else {
            return Source::default();
        };
        Source {
            name: self.string(&o, "name"),
            year: self.whole(&o, "year", u16::MAX),
        }
    }

    fn fact(&mut self, value: &Json, at: String) -> Fact {
        let known = [
            "id",
            "heading",
            "body",
            "points",
            "historical",
            "regions",
            "sources",
        ];
        let Some(o) = self.object(value, at, &known) else {
            return Fact::default();
        };
        Fact {
            id: self.string(&o, "id"),
            heading: self.string(&o, "heading"),
            body: self.string(&o, "body"),
            points: self.list(&o, "points", false, |reader, value, at| match value {
                Json::String(text) => text.clone(),
                _ => {
                    reader.error(at, "must be a string");
                    String::new()
                }
            }),
            historical: self.flag(&o, "historical"),
            regions: self.regions(&o),
            sources: self.list(&o, "sources", true, Self::source),
        }
    }
}

/// [`check_size`] and [`read_pack`] on JSON text. Host only (serde_json stays out of the
/// WebAssembly module); used by the host tests, the fuzz targets and `kts-pack`.
///
/// Errors: [`LoadError::TooLarge`], [`LoadError::Parse`] for text that is not JSON (serde_json's
/// message, with line and column), and [`read_pack`]'s.
#[cfg(not(target_arch = "wasm32"))]
pub fn read_pack_json(text: &str) -> Result<Loaded, LoadError> {
    check_size(text.len())?;
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| LoadError::Parse(e.to_string()))?;
    read_pack(&Json::from(value))
}

/// A serde_json value as a [`Json`] tree (host only).
#[cfg(not(target_arch = "wasm32"))]
impl From<serde_json::Value> for Json {
    fn from(value: serde_json::Value) -> Json {
        use serde_json::Value;
        match value {
            Value::Null => Json::Null,
            Value::Bool(flag) => Json::Bool(flag),
            Value::Number(n) => Json::Number(n.as_f64().unwrap_or(f64::NAN)),
            Value::String(text) => Json::String(text),
            Value::Array(items) => Json::Array(items.into_iter().map(Json::from).collect()),
            Value::Object(map) => {
                Json::Object(map.into_iter().map(|(k, v)| (k, Json::from(v))).collect())
            }
        }
    }
}
