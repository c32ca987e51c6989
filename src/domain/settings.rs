//! What the frame hands the module for one widget, across the bridge.
//!
//! The frame (`embed.js`, from `src/frame/`) is the one reader of a host's attributes and
//! `KnowTheSigns.mount` options: it validates them, says in the console what fell back, and
//! resolves the language. It passes the module what the quiz and the facts need as a JSON object
//! (see [`read_settings`]); the module checks the shape again, since it trusts nothing that
//! crosses the bridge, but has no rules of its own about attributes.

use std::fmt;

use super::load::Json;
use super::messages::Locale;
use super::pack::{Audience, Topic};
use super::quiz::Scope;
use super::region::Region;

/// The settings one widget's quiz and facts run with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    /// The language of the widget's words, and of its built-in pack.
    pub locale: Locale,
    /// Which questions a run asks, and (its `region`) which facts show.
    pub scope: Scope,
    /// The partner's own content pack (`data-pack`), as an absolute `http:` or `https:` URL;
    /// the built-in pack for `locale` when `None`.
    pub pack: Option<String>,
}

/// The most questions a run can be asked for; a larger `questions` is read as this (a run
/// never asks more than the pack has anyway).
pub const MAX_QUESTIONS: usize = 1_000;

/// Why the frame's settings could not be used: the JSON path and what was wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SettingsError {
    /// E.g. `"questions"`, `"topics[1]"`; empty for the whole object.
    pub path: String,
    /// What was expected, e.g. `"a whole number from 1 up"`.
    pub expected: &'static str,
}

impl fmt::Display for SettingsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "the settings are not {}", self.expected)
        } else {
            write!(f, "settings.{} is not {}", self.path, self.expected)
        }
    }
}

/// Reads the settings the frame sends, of this shape (every key required but `pack`, which may
/// be absent or `null`; other keys are ignored):
///
/// ```json
/// { "locale": "en", "region": "uk", "topics": ["labour", "csec"], "questions": 10,
///   "audience": "health", "pack": "https://partner.example/pack.json" }
/// ```
///
/// `locale` is a tag the catalog has ([`Locale::from_tag`]); `region` one of [`Region::ALL`];
/// `topics` names from [`Topic::name`] (empty: every topic); `questions` a whole number from 1
/// (above [`MAX_QUESTIONS`] read as it); `audience` one of [`Audience::name`]; `pack` an
/// absolute `http:` or `https:` URL.
///
/// Errors: the first value that is missing or not as above, with its path.
pub fn read_settings(json: &Json) -> Result<Settings, SettingsError> {
    let error = |path: &str, expected| SettingsError {
        path: path.to_owned(),
        expected,
    };
    let Json::Object(entries) = json else {
        return Err(error("", "an object"));
    };
    let get = |key: &str| entries.iter().find(|(k, _)| k == key).map(|(_, v)| v);
    let text = |key: &str, expected| match get(key) {
        Some(Json::String(value)) => Ok(value.as_str()),
        _ => Err(error(key, expected)),
    };

    const LOCALES: &str = "a locale the widget has";
    let locale = Locale::ALL
        .into_iter()
        .find(|l| l.tag() == text("locale", LOCALES).unwrap_or_default())
        .ok_or_else(|| error("locale", LOCALES))?;
    const REGIONS: &str = "a region of data/help.json";
    let region = Region::ALL
        .into_iter()
        .find(|(_, name)| *name == text("region", REGIONS).unwrap_or_default())
        .map(|(r, _)| r)
        .ok_or_else(|| error("region", REGIONS))?;
    const AUDIENCES: &str = "an audience (general, health, education, hospitality, workplace)";
    let audience = Audience::from_name(text("audience", AUDIENCES)?)
        .ok_or_else(|| error("audience", AUDIENCES))?;

    const TOPICS: &str = "a list of topics (labour, sex, csec, smuggling, myths)";
    let Some(Json::Array(names)) = get("topics") else {
        return Err(error("topics", TOPICS));
    };
    let mut topics = Vec::new();
    for (at, name) in names.iter().enumerate() {
        let topic = match name {
            Json::String(name) => Topic::from_name(name),
            _ => None,
        };
        let topic = topic.ok_or_else(|| error(&format!("topics[{at}]"), TOPICS))?;
        if !topics.contains(&topic) {
            topics.push(topic);
        }
    }

    const QUESTIONS: &str = "a whole number from 1 up";
    let questions = match get("questions") {
        Some(Json::Number(n)) if *n >= 1.0 && n.fract() == 0.0 => {
            // Saturating: 1e300 is read as usize::MAX, then MAX_QUESTIONS.
            (*n as usize).min(MAX_QUESTIONS)
        }
        _ => return Err(error("questions", QUESTIONS)),
    };

    const PACK: &str = "an absolute http: or https: URL, or null";
    let pack = match get("pack") {
        None | Some(Json::Null) => None,
        Some(Json::String(url)) if absolute_web_url(url) => Some(url.clone()),
        Some(_) => return Err(error("pack", PACK)),
    };

    Ok(Settings {
        locale,
        scope: Scope {
            topics,
            count: Some(questions),
            audience,
            region,
        },
        pack,
    })
}

/// True for `http://` or `https://` (any ASCII case), a host, and no whitespace or control
/// characters.
fn absolute_web_url(url: &str) -> bool {
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    let rest = if lower.starts_with("https://") {
        url.get(8..)
    } else if lower.starts_with("http://") {
        url.get(7..)
    } else {
        None
    };
    rest.is_some_and(|rest| !rest.is_empty())
        && !url.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// URL of the built-in pack for `locale`, below `base_url` (the folder of `embed.js`, ending in
/// `/`): e.g. `https://cdn.example/kts/packs/en.json`.
pub fn pack_url(base_url: &str, locale: Locale) -> String {
    let slash = if base_url.ends_with('/') { "" } else { "/" };
    format!("{base_url}{slash}packs/{}.json", locale.tag())
}

/// The console warning for a partner's own pack (`data-pack`) written in another language than
/// the one the widget speaks (`widget`): the quiz would then be in one language and the widget's
/// own words (buttons, notes, help details) in another, under the pack's `lang`. `None` when
/// `pack_locale` (the pack's BCP 47 `locale`) has `widget`'s primary subtag, as
/// [`Locale::from_tag`] reads it (`en-GB` matches `en`).
pub fn pack_language_warning(pack_locale: &str, widget: Locale) -> Option<String> {
    let speaks = Locale::from_tag(pack_locale);
    if speaks == Some(widget) {
        return None;
    }
    let widget = widget.tag();
    let pack: String = pack_locale
        .chars()
        .take(60)
        .filter(|c| !c.is_control())
        .collect();
    let allowed: Vec<&str> = Locale::ALL.iter().map(|l| l.tag()).collect();
    let fix = match speaks {
        Some(speaks) => format!("set data-locale=\"{}\"", speaks.tag()),
        None => format!(
            "the widget speaks {}, so give the pack in one of those",
            allowed.join(" or ")
        ),
    };
    Some(format!(
        "data-pack is in \"{pack}\" but the widget speaks {widget}, so its buttons and help details \
         are in {widget} around the pack's questions: {fix}"
    ))
}

/// What the visitor did with the content note the frame draws while the module loads (the
/// same note, with the same words, that the quiz then shows), as the frame tells it.
#[derive(Clone, Copy, PartialEq, Eq, Default, Debug)]
pub enum EarlyStart {
    /// Nothing (`""`): the quiz opens on its own content note, focus untouched.
    #[default]
    Untouched,
    /// `"focused"`: "Start the quiz" had keyboard focus; the quiz's own Start button takes it.
    Focused,
    /// `"pressed"`: the visitor pressed "Start the quiz" and focus is still on it: the quiz opens
    /// on the first question, focused.
    Pressed,
    /// `"opened"`: the visitor pressed "Start the quiz", then moved focus elsewhere: the quiz
    /// opens on the first question and leaves focus alone.
    Opened,
}

impl EarlyStart {
    /// The frame's word for it (see the variants); anything else is [`EarlyStart::Untouched`].
    pub fn from_word(word: &str) -> EarlyStart {
        match word {
            "pressed" => EarlyStart::Pressed,
            "opened" => EarlyStart::Opened,
            "focused" => EarlyStart::Focused,
            _ => EarlyStart::Untouched,
        }
    }
}

/// [`read_settings`] on JSON text (host only: serde_json stays out of the WebAssembly module);
/// for the host tests and the fuzz target. Errors: the text is not JSON, or
/// [`read_settings`]'s, as messages.
#[cfg(not(target_arch = "wasm32"))]
pub fn read_settings_json(text: &str) -> Result<Settings, String> {
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| e.to_string())?;
    read_settings(&Json::from(value)).map_err(|e| e.to_string())
}
