//! What a host element asks for, read from its attributes into a [`HostConfig`]. Pure: the
//! attribute lookup is passed in, so this is tested (and fuzzed) on the host without a DOM.
//!
//! An invalid value never breaks the widget: it is replaced by the default and reported as a
//! [`ConfigWarning`] naming the attribute, the value and what is allowed.

use std::fmt;

use crate::domain::help::Region;
use crate::domain::pack::{Audience, Topic};
use crate::domain::quiz::Scope;
use crate::domain::Locale;

// HOST_SELECTOR, the CSS selector for host elements: the custom element, and a `div` marker for
// CMSs that strip unknown tags; `data-know-the-signs="off"` (set by `KnowTheSigns.unmount`) opts
// either out. ATTRIBUTES, every host attribute that changes what a widget shows: when one changes
// on a live host, `embed.js` redraws its frame and the module mounts a fresh app with the new
// settings. Both are `data/attributes.json`'s, written by build.rs; embed.js imports the same
// file (`src/frame/settings.js`).
include!(concat!(env!("OUT_DIR"), "/attributes.rs"));

/// Longest attribute value echoed back in a warning, in characters; longer ones are cut.
const ECHO_CHARS: usize = 60;
/// How many questions a run asks when `data-questions` is not set.
pub const DEFAULT_QUESTIONS: usize = 10;

/// The `data-region` values, as warnings name them.
const REGIONS: &str = "us, uk, ca, au or intl";

/// The settings one widget instance runs with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HostConfig {
    /// `data-locale`; else the host's nearest `lang`; else the browser's languages; else `en`.
    pub locale: Locale,
    /// `data-topics`, `data-questions`, `data-audience` and `data-region`: which questions a
    /// run asks.
    pub scope: Scope,
    /// `data-region`: whose help details to show.
    pub region: Region,
    /// `data-help-*`: the partner's own service, shown first.
    pub partner_help: Option<PartnerHelp>,
    /// `data-panels`: which panels to show, in order; always includes the help panel.
    pub panels: Vec<Panel>,
    /// `data-pack`: the partner's own content pack, as written (absolute `http:`/`https:`, or
    /// relative to the page); the built-in pack when `None`.
    pub pack: Option<String>,
}

/// One of the widget's panels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Panel {
    Quiz,
    Facts,
    Help,
}

/// The default: quiz, then help (so a phone shows it right after the quiz), then facts.
pub const DEFAULT_PANELS: [Panel; 3] = [Panel::Quiz, Panel::Help, Panel::Facts];

impl Panel {
    fn from_name(name: &str) -> Option<Panel> {
        match name {
            "quiz" => Some(Panel::Quiz),
            "facts" => Some(Panel::Facts),
            "help" => Some(Panel::Help),
            _ => None,
        }
    }
}

/// A list of names separated by commas or spaces, each turned into a `T` by `from_name`, with
/// repeats dropped. `None` when the list is empty or any name is unknown.
fn name_list<T: PartialEq>(value: &str, from_name: impl Fn(&str) -> Option<T>) -> Option<Vec<T>> {
    let mut list = Vec::new();
    for name in value
        .split([',', ' '])
        .map(str::trim)
        .filter(|n| !n.is_empty())
    {
        let item = from_name(name)?;
        if !list.contains(&item) {
            list.push(item);
        }
    }
    (!list.is_empty()).then_some(list)
}

/// True for a URL that is relative, or absolute with an `http:`/`https:` scheme, and has no
/// spaces or control characters.
fn fetchable(value: &str) -> bool {
    let value = value.trim();
    let clean = !value.is_empty() && !value.chars().any(|c| c.is_whitespace() || c.is_control());
    let scheme = value
        .split_once(':')
        .filter(|(before, _)| !before.contains(['/', '?', '#']))
        .map(|(before, _)| before.to_ascii_lowercase());
    clean && matches!(scheme.as_deref(), None | Some("http") | Some("https"))
}

/// The partner's own service (`data-help-name`, `-phone`, `-text`, `-url`). At least one way
/// to reach it must be valid for it to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartnerHelp {
    pub name: Option<String>,
    /// `(as written, tel: link)`.
    pub phone: Option<(String, String)>,
    /// `(as written, sms: link)`.
    pub text: Option<(String, String)>,
    /// An `http:` or `https:` URL.
    pub url: Option<String>,
}

/// A phone number as written (digits, spaces, `+`, `-`, `.`, brackets; 3 to 20 digits) and
/// its link, e.g. `("+44 800 000", "tel:+44800000")`.
///
/// An international number (starting `+` or `(+`) dials without the national trunk prefix
/// written as `(0)`: `+44 (0) 20 7946 0000` is `tel:+442079460000`, and `(+44) 20 7946 0000`
/// keeps its `+`. `static/embed.js` (`phoneLink`) reads numbers by the same rule.
fn phone_link(value: &str, scheme: &str) -> Option<(String, String)> {
    let value = value.trim();
    let allowed = |c: char| c.is_ascii_digit() || " +-.()".contains(c);
    let compact: String = value.chars().filter(|c| *c != ' ').collect();
    let international = compact.starts_with('+') || compact.starts_with("(+");
    let dialled = if international {
        compact.replace("(0)", "")
    } else {
        compact
    };
    let digits: String = dialled.chars().filter(char::is_ascii_digit).collect();
    if value.is_empty() || !value.chars().all(allowed) || !(3..=20).contains(&digits.len()) {
        return None;
    }
    let plus = if international { "+" } else { "" };
    Some((value.to_owned(), format!("{scheme}:{plus}{digits}")))
}

/// An absolute `http:`/`https:` URL with no spaces or control characters, up to 2,000 bytes.
fn web_link(value: &str) -> Option<String> {
    let value = value.trim();
    let lower = value.to_ascii_lowercase();
    let scheme_ok = lower.starts_with("https://") || lower.starts_with("http://");
    let clean = !value.chars().any(|c| c.is_whitespace() || c.is_control());
    let host_present = value
        .split("://")
        .nth(1)
        .is_some_and(|rest| !rest.is_empty());
    (scheme_ok && clean && host_present && value.len() <= 2_000).then(|| value.to_owned())
}

/// What a partner should know about one attribute, said once in the console when the host
/// mounts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigWarning {
    pub attribute: &'static str,
    /// The value given (cut to 60 characters).
    pub value: String,
    /// What the attribute accepts.
    pub allowed: &'static str,
    pub kind: WarningKind,
}

/// Why a [`ConfigWarning`] was given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WarningKind {
    /// The value was not understood, so the default is used.
    Invalid,
    /// `data-panels` left out the help panel, which was added at the end.
    HelpAdded,
    /// `data-region="intl"` without a service of the partner's own (`data-help-*`): the help
    /// panel has no number to call, only "call your local emergency number".
    NoContact,
    /// `data-region` is not one of [`Region::ALL`]: the international help details are shown
    /// (no national number), never another country's.
    UnknownRegion,
    /// `data-help-name` without a valid `data-help-phone`, `-text` or `-url`: a name alone is
    /// not shown, since it gives visitors no way to reach the service.
    NameOnly,
}

impl fmt::Display for ConfigWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (attribute, value) = (self.attribute, &self.value);
        match self.kind {
            WarningKind::Invalid => write!(
                f,
                "{attribute}=\"{value}\" is not valid (allowed: {}); using the default",
                self.allowed
            ),
            WarningKind::HelpAdded => write!(
                f,
                "{attribute}=\"{value}\" leaves out help; the help panel is always shown, so it is added at the end"
            ),
            WarningKind::UnknownRegion => write!(
                f,
                "{attribute}=\"{value}\" is not a region with help details of its own (allowed: {}); \
                 showing the international ones, which give no national number: set one of those regions, \
                 or add your own service with data-help-name and data-help-phone, data-help-text or data-help-url",
                self.allowed
            ),
            WarningKind::NameOnly => write!(
                f,
                "{attribute}=\"{value}\" is not shown: a service needs a way to reach it too \
                 (a valid data-help-phone, data-help-text or data-help-url)"
            ),
            WarningKind::NoContact => write!(
                f,
                "{attribute}=\"{value}\" has no hotline of its own, so the help panel gives no number to call; \
                 add your own service with data-help-name and data-help-phone, data-help-text or data-help-url"
            ),
        }
    }
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
    let pack = echo(pack_locale);
    let fix = match speaks {
        Some(speaks) => format!("set data-locale=\"{}\"", speaks.tag()),
        None => format!("the widget speaks {LOCALES_ALLOWED}, so give the pack in one of those"),
    };
    Some(format!(
        "data-pack is in \"{pack}\" but the widget speaks {widget}, so its buttons and help details \
         are in {widget} around the pack's questions: {fix}"
    ))
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
        let (locale, locale_warning) = resolve_locale(
            attr("data-locale").as_deref(),
            inherited_lang,
            browser_languages,
        );
        let mut warnings: Vec<ConfigWarning> = locale_warning.into_iter().collect();
        let mut warn = |attribute: &'static str, value: &str, allowed: &'static str| {
            warnings.push(ConfigWarning {
                attribute,
                value: echo(value),
                allowed,
                kind: WarningKind::Invalid,
            });
        };

        let mut topics = Vec::new();
        if let Some(value) = attr("data-topics") {
            match name_list(&value, Topic::from_name) {
                Some(list) => topics = list,
                None => warn(
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
        let count = Some(count.unwrap_or(DEFAULT_QUESTIONS));

        let audience = match attr("data-audience") {
            Some(value) => {
                Audience::from_name(&value.trim().to_ascii_lowercase()).unwrap_or_else(|| {
                    warn(
                        "data-audience",
                        &value,
                        "general, health, education, hospitality or workplace",
                    );
                    Audience::General
                })
            }
            None => Audience::General,
        };

        // A region we do not know gets the international details, not the default's: a US
        // hotline shown to visitors in another country would be a wrong number to call.
        let mut unknown_region = None;
        let region = match attr("data-region") {
            Some(value) => Region::from_name(value.trim()).unwrap_or_else(|| {
                unknown_region = Some(value);
                Region::Intl
            }),
            None => Region::default(),
        };

        let mut read = |name: &'static str, allowed: &'static str, check: &dyn Fn(&str) -> bool| {
            let value = attr(name)?;
            if check(&value) {
                Some(value)
            } else {
                warn(name, &value, allowed);
                None
            }
        };
        const PHONE: &str = "a phone number of 3 to 20 digits, with spaces and + - . ( ) allowed";
        let phone = read("data-help-phone", PHONE, &|v| {
            phone_link(v, "tel").is_some()
        })
        .and_then(|v| phone_link(&v, "tel"));
        let text = read("data-help-text", PHONE, &|v| phone_link(v, "sms").is_some())
            .and_then(|v| phone_link(&v, "sms"));
        let url = read("data-help-url", "an http: or https: URL", &|v| {
            web_link(v).is_some()
        })
        .and_then(|v| web_link(&v));
        let name = attr("data-help-name")
            .map(|v| echo(v.trim()))
            .filter(|v| !v.is_empty());
        let unreachable_name = name.clone();
        let partner_help =
            (phone.is_some() || text.is_some() || url.is_some()).then_some(PartnerHelp {
                name,
                phone,
                text,
                url,
            });

        const PANELS: &str = "quiz, facts, help, in any order; help is always shown";
        let mut help_left_out = None;
        let panels = match attr("data-panels") {
            None => DEFAULT_PANELS.to_vec(),
            Some(value) => match name_list(&value, Panel::from_name) {
                Some(mut panels) => {
                    if !panels.contains(&Panel::Help) {
                        // The help details cannot be removed (said below, with the others).
                        help_left_out = Some(value.clone());
                        panels.push(Panel::Help);
                    }
                    panels
                }
                None => {
                    warn("data-panels", &value, PANELS);
                    DEFAULT_PANELS.to_vec()
                }
            },
        };

        let pack = match attr("data-pack") {
            Some(value) if fetchable(&value) => Some(value.trim().to_owned()),
            Some(value) => {
                warn(
                    "data-pack",
                    &value,
                    "an http: or https: URL, or a path relative to the page",
                );
                None
            }
            None => None,
        };
        if let Some(value) = help_left_out {
            warnings.push(ConfigWarning {
                attribute: "data-panels",
                value: echo(&value),
                allowed: PANELS,
                kind: WarningKind::HelpAdded,
            });
        }
        if let (None, Some(value)) = (&partner_help, unreachable_name) {
            warnings.push(ConfigWarning {
                attribute: "data-help-name",
                value,
                allowed: "",
                kind: WarningKind::NameOnly,
            });
        }
        if let Some(value) = unknown_region {
            warnings.push(ConfigWarning {
                attribute: "data-region",
                value: echo(&value),
                allowed: REGIONS,
                kind: WarningKind::UnknownRegion,
            });
        } else if region.contacts().is_empty() && partner_help.is_none() {
            warnings.push(ConfigWarning {
                attribute: "data-region",
                value: region.name().to_owned(),
                allowed: "",
                kind: WarningKind::NoContact,
            });
        }

        (
            HostConfig {
                locale,
                scope: Scope {
                    topics,
                    count,
                    audience,
                    region,
                },
                region,
                partner_help,
                panels,
                pack,
            },
            warnings,
        )
    }
}

/// What `data-locale` accepts, as a warning says it.
pub const LOCALES_ALLOWED: &str = "en or es";

/// The language a widget speaks: `data_locale` if it names a catalog locale (by its primary
/// subtag: `es-MX` is `es`); else `inherited_lang`, the `lang` of the host or its nearest
/// ancestor; else the first of `browser_languages` (`navigator.languages`, in the visitor's
/// order of preference) that the catalog has; else English.
///
/// A `data_locale` the catalog lacks is the partner's mistake and comes back as a warning (the
/// page and the browser are not: their unsupported languages are skipped quietly).
/// `src/frame/locale.js` (`resolveLocale`) applies the same rule to draw the frame.
pub fn resolve_locale(
    data_locale: Option<&str>,
    inherited_lang: Option<&str>,
    browser_languages: &[String],
) -> (Locale, Option<ConfigWarning>) {
    let asked = data_locale.map(|value| (value, Locale::from_tag(value)));
    if let Some((_, Some(locale))) = asked {
        return (locale, None);
    }
    let warning = asked.map(|(value, _)| ConfigWarning {
        attribute: "data-locale",
        value: echo(value),
        allowed: LOCALES_ALLOWED,
        kind: WarningKind::Invalid,
    });
    let locale = inherited_lang
        .into_iter()
        .chain(browser_languages.iter().map(String::as_str))
        .find_map(Locale::from_tag)
        .unwrap_or_default();
    (locale, warning)
}

/// URL of the built-in pack for `locale`, relative to `base_url` (the folder of `embed.js`,
/// ending in `/`): e.g. `https://cdn.example/kts/packs/en.json`.
pub fn pack_url(base_url: &str, locale: Locale) -> String {
    let slash = if base_url.ends_with('/') { "" } else { "/" };
    format!("{base_url}{slash}packs/{}.json", locale.tag())
}
