//! Reading a pack from any serde data format: size limit, parse, unknown fields, validation.
//!
//! Generic over the deserializer so the browser (serde-wasm-bindgen over `JSON.parse`), the
//! host tests and the fuzz targets (serde_json) all run the same code.

use std::fmt;

use serde::Deserializer;

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
pub fn read_pack<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Loaded, LoadError> {
    let mut ignored = Vec::new();
    let pack: Pack = serde_ignored::deserialize(deserializer, |path| {
        ignored.push(path.to_string());
    })
    .map_err(|e| LoadError::Parse(e.to_string()))?;
    validate(&pack).map_err(LoadError::Invalid)?;
    Ok(Loaded { pack, ignored })
}

/// [`check_size`] then [`read_pack`] on JSON text. Host only (serde_json stays out of the
/// WebAssembly module); used by the host tests and fuzz targets.
#[cfg(not(target_arch = "wasm32"))]
pub fn read_pack_json(text: &str) -> Result<Loaded, LoadError> {
    check_size(text.len())?;
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let loaded = read_pack(&mut deserializer)?;
    deserializer
        .end()
        .map_err(|e| LoadError::Parse(e.to_string()))?;
    Ok(loaded)
}
