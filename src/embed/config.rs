//! What a host element asks for, read from its attributes into a [`HostConfig`]. Pure: the
//! attribute lookup is passed in, so this is tested (and fuzzed) on the host without a DOM.
//!
//! An invalid value never breaks the widget: it is replaced by the default and reported as a
//! [`ConfigWarning`] naming the attribute, the value and what is allowed.

use std::fmt;

use crate::domain::pack::Topic;
use crate::domain::quiz::Scope;
use crate::domain::Locale;

/// CSS selector for host elements: the custom element, and a `div` marker for CMSs that strip
/// unknown tags.
pub const HOST_SELECTOR: &str = "know-the-signs, [data-know-the-signs]";

/// Longest attribute value echoed back in a warning, in characters; longer ones are cut.
const ECHO_CHARS: usize = 60;

/// The settings one widget instance runs with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HostConfig {
    /// `data-locale`; else the host's nearest `lang`; else the browser's languages; else `en`.
    pub locale: Locale,
    /// `data-topics` and `data-questions`: which questions a run asks.
    pub scope: Scope,
}

/// An attribute value that was not understood and so was replaced by the default.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigWarning {
    pub attribute: &'static str,
    /// The value given (cut to 60 characters).
    pub value: String,
    /// What the attribute accepts.
    pub allowed: &'static str,
}

impl fmt::Display for ConfigWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}=\"{}\" is not valid (allowed: {}); using the default",
            self.attribute, self.value, self.allowed
        )
    }
}

fn echo(value: &str) -> String {
    let mut cut: String = value.chars().take(ECHO_CHARS).collect();
    if value.chars().nth(ECHO_CHARS).is_some() {
        cut.push('…');
    }
    cut.chars().filter(|c| !c.is_control()).collect()
}

impl HostConfig {
    /// Reads a host's attributes through `attr` (name → value). `inherited_lang` is the `lang`
    /// of the host or its nearest ancestor; `browser_languages` is `navigator.languages`.
    /// Returns the config and one warning per attribute that had to fall back.
    pub fn parse(
        attr: impl Fn(&str) -> Option<String>,
        inherited_lang: Option<&str>,
        browser_languages: &[String],
    ) -> (HostConfig, Vec<ConfigWarning>) {
        let mut warnings = Vec::new();
        let mut warn = |attribute: &'static str, value: &str, allowed: &'static str| {
            warnings.push(ConfigWarning {
                attribute,
                value: echo(value),
                allowed,
            });
        };

        let from_page = || {
            inherited_lang
                .into_iter()
                .chain(browser_languages.iter().map(String::as_str))
                .find_map(Locale::from_tag)
                .unwrap_or_default()
        };
        let locale = match attr("data-locale") {
            Some(value) => match Locale::from_tag(value.trim()) {
                Some(locale) => locale,
                None => {
                    warn("data-locale", &value, "en");
                    from_page()
                }
            },
            None => from_page(),
        };

        let mut topics = Vec::new();
        if let Some(value) = attr("data-topics") {
            let names: Vec<&str> = value
                .split([',', ' '])
                .map(str::trim)
                .filter(|n| !n.is_empty())
                .collect();
            let parsed: Option<Vec<Topic>> = names.iter().map(|n| Topic::from_name(n)).collect();
            match parsed {
                Some(list) if !list.is_empty() => {
                    for topic in list {
                        if !topics.contains(&topic) {
                            topics.push(topic);
                        }
                    }
                }
                _ => warn(
                    "data-topics",
                    &value,
                    "any of labour, sex, csec, smuggling, myths",
                ),
            }
        }

        let count = match attr("data-questions") {
            Some(value) => match value.trim().parse::<usize>() {
                Ok(n) if n >= 1 => Some(n),
                _ => {
                    warn("data-questions", &value, "a whole number from 1 up");
                    None
                }
            },
            None => None,
        };

        (
            HostConfig {
                locale,
                scope: Scope { topics, count },
            },
            warnings,
        )
    }
}

/// URL of the built-in pack for `locale`, relative to `base_url` (the folder of `embed.js`,
/// ending in `/`): e.g. `https://cdn.example/kts/packs/en.json`.
pub fn pack_url(base_url: &str, locale: Locale) -> String {
    let slash = if base_url.ends_with('/') { "" } else { "/" };
    format!("{base_url}{slash}packs/{}.json", locale.tag())
}
