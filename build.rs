//! Reads `data/help.json`, the one source of the help details, checks it, and writes
//! `$OUT_DIR/regions.rs`: the [`Region`] enum (one variant per region, named after its id: `us`
//! is `Region::Us`), which `src/domain/region.rs` includes. The module needs only the regions
//! (they choose questions and facts); the frame draws the help details, and its table, the
//! safe-browsing pages' numbers and the snippet paragraphs are written from the same file by
//! `scripts/help-data.mjs`.
//!
//! Checking the file here means a mistake in it fails every build, with its JSON path, e.g.
//! `data/help.json: regions[3].services[0].links[0].href: "tel:12x" is not tel: and 3 to 20 digits
//! (a leading + allowed)`.
//!
//! It also reads the widget's words: `data/locales.json` (the languages) and
//! `data/strings/<tag>.json`, checked by `build/strings.rs` and written as
//! `$OUT_DIR/messages.rs` for `src/domain/messages.rs`.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::Path;

use serde_json::{Map, Value};

#[path = "build/strings.rs"]
mod strings;

const DATA: &str = "data/help.json";
/// The keys every locale of `words` must give.
const WORDS: [&str; 10] = [
    "emergency_name",
    "emergency_detail",
    "call",
    "text",
    "url",
    "snippet_ask",
    "snippet_emergency",
    "snippet_no_emergency",
    "safety_emergency",
    "safety_no_emergency",
];
/// The link channels, and the placeholder each may fill in a snippet sentence.
const CHANNELS: [(&str, &str); 3] = [("call", "Call"), ("text", "Text"), ("url", "Url")];

fn main() {
    println!("cargo:rerun-if-changed={DATA}");
    println!("cargo:rerun-if-changed=build.rs");
    let dir = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default();
    let locales = strings(&dir);
    let text = std::fs::read_to_string(Path::new(&dir).join(DATA))
        .unwrap_or_else(|e| fail(&format!("cannot read it: {e}")));
    let data: Value =
        serde_json::from_str(&text).unwrap_or_else(|e| fail(&format!("not JSON: {e}")));
    let code = generate(&data, &locales).unwrap_or_else(|e| fail(&e));
    let out = std::env::var("OUT_DIR").unwrap_or_else(|e| fail(&format!("OUT_DIR: {e}")));
    std::fs::write(Path::new(&out).join("regions.rs"), code)
        .unwrap_or_else(|e| fail(&format!("cannot write regions.rs: {e}")));
}

fn fail(message: &str) -> ! {
    fail_in(DATA, message)
}

fn fail_in(file: &str, message: &str) -> ! {
    eprintln!("{file}: {message}");
    std::process::exit(1);
}

/// The widget's words (`build/strings.rs`): `data/locales.json` and each locale's file checked
/// and written as `$OUT_DIR/messages.rs` for `src/domain/messages.rs`. Returns the registered
/// tags, which are also the help details' languages.
fn strings(dir: &str) -> Vec<String> {
    println!("cargo:rerun-if-changed={}", strings::REGISTRATION);
    println!("cargo:rerun-if-changed={}", strings::FOLDER);
    println!("cargo:rerun-if-changed=build/strings.rs");
    let read = |file: &str| -> Result<Value> {
        let text = std::fs::read_to_string(Path::new(dir).join(file))
            .map_err(|e| format!("cannot read it: {e}"))?;
        serde_json::from_str(&text).map_err(|e| format!("not JSON: {e}"))
    };
    let registration =
        read(strings::REGISTRATION).unwrap_or_else(|e| fail_in(strings::REGISTRATION, &e));
    let locales =
        strings::check(&registration, read).unwrap_or_else(|(file, e)| fail_in(&file, &e));
    let out = std::env::var("OUT_DIR").unwrap_or_else(|e| fail(&format!("OUT_DIR: {e}")));
    std::fs::write(Path::new(&out).join("messages.rs"), strings::rust(&locales))
        .unwrap_or_else(|e| fail(&format!("cannot write messages.rs: {e}")));
    locales.into_iter().map(|l| l.tag).collect()
}

type Result<T> = std::result::Result<T, String>;

fn object<'a>(value: &'a Value, path: &str) -> Result<&'a Map<String, Value>> {
    value
        .as_object()
        .ok_or_else(|| format!("{path}: expected an object"))
}

fn array<'a>(value: &'a Value, path: &str) -> Result<&'a Vec<Value>> {
    value
        .as_array()
        .ok_or_else(|| format!("{path}: expected an array"))
}

fn string<'a>(value: Option<&'a Value>, path: &str) -> Result<&'a str> {
    match value.and_then(Value::as_str) {
        Some(s) if !s.trim().is_empty() => Ok(s),
        Some(_) => Err(format!("{path}: empty")),
        None => Err(format!("{path}: expected a string")),
    }
}

/// Only the keys in `allowed`: a misspelt key would otherwise be silently ignored.
fn known_keys(map: &Map<String, Value>, allowed: &[&str], path: &str) -> Result<()> {
    match map.keys().find(|k| !allowed.contains(&k.as_str())) {
        Some(key) => Err(format!(
            "{path}.{key}: unknown key (known: {})",
            allowed.join(", ")
        )),
        None => Ok(()),
    }
}

/// `{ "en": …, "es": … }` with a text for every locale and no other key.
fn localized(value: Option<&Value>, locales: &[String], path: &str) -> Result<Vec<String>> {
    let map = object(value.unwrap_or(&Value::Null), path)?;
    let names: Vec<&str> = locales.iter().map(String::as_str).collect();
    known_keys(map, &names, path)?;
    locales
        .iter()
        .map(|l| string(map.get(l), &format!("{path}.{l}")).map(str::to_owned))
        .collect()
}

/// The placeholders (`{name}`) in `text`; an unclosed brace is an error.
fn placeholders(text: &str, path: &str) -> Result<Vec<String>> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let close = after
            .find('}')
            .ok_or_else(|| format!("{path}: a '{{' without its '}}'"))?;
        found.push(after[..close].to_owned());
        rest = &after[close + 1..];
    }
    if rest.contains('}') {
        return Err(format!("{path}: a '}}' without its '{{'"));
    }
    Ok(found)
}

/// The digits of `s`.
fn digits(s: &str) -> String {
    s.chars().filter(char::is_ascii_digit).collect()
}

/// What the checks below need to remember of a link, a service and a region.
struct Link {
    channel: &'static str,
}

struct Service {
    id: String,
}

struct Region {
    id: String,
    services: Vec<Service>,
}

fn link(value: &Value, path: &str) -> Result<Link> {
    let map = object(value, path)?;
    known_keys(map, &["channel", "display", "href"], path)?;
    let channel = string(map.get("channel"), &format!("{path}.channel"))?;
    let channel = CHANNELS
        .iter()
        .map(|(c, _)| *c)
        .find(|c| *c == channel)
        .ok_or_else(|| format!("{path}.channel: \"{channel}\" is not call, text or url"))?;
    let display = string(map.get("display"), &format!("{path}.display"))?;
    let href = string(map.get("href"), &format!("{path}.href"))?;
    if channel == "url" {
        if !href.starts_with("https://") || href.contains(char::is_whitespace) {
            return Err(format!("{path}.href: \"{href}\" is not an https: address"));
        }
    } else {
        let scheme = if channel == "call" { "tel:" } else { "sms:" };
        let number = href.strip_prefix(scheme).unwrap_or_default();
        let bare = number.strip_prefix('+').unwrap_or(number);
        if bare.is_empty() || bare.len() < 3 || bare.len() > 20 || bare != digits(bare) {
            return Err(format!(
                "{path}.href: \"{href}\" is not {scheme} and 3 to 20 digits (a leading + allowed)"
            ));
        }
        if !display
            .chars()
            .all(|c| c.is_ascii_digit() || " +-.()".contains(c))
        {
            return Err(format!(
                "{path}.display: \"{display}\" has more than digits, spaces and + - . ( )"
            ));
        }
        // What visitors read must dial what the link dials: the same digits, or in a +country
        // form the national number without its leading 0 ("0800 555 0100", "tel:+448005550100").
        let (shown, dialled) = (digits(display), digits(href));
        let national = shown.strip_prefix('0').filter(|_| number.starts_with('+'));
        let same = shown == dialled
            || national.is_some_and(|n| dialled.len() > n.len() && dialled.ends_with(n));
        if !same {
            return Err(format!(
                "{path}: display \"{display}\" and href \"{href}\" are not the same number"
            ));
        }
    }
    Ok(Link { channel })
}

fn service(value: &Value, locales: &[String], path: &str) -> Result<Service> {
    let map = object(value, path)?;
    known_keys(map, &["id", "name", "detail", "links", "snippet"], path)?;
    let id = string(map.get("id"), &format!("{path}.id"))?;
    if !id
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    {
        return Err(format!(
            "{path}.id: \"{id}\" is not lower-case letters, digits and -"
        ));
    }
    localized(map.get("name"), locales, &format!("{path}.name"))?;
    localized(map.get("detail"), locales, &format!("{path}.detail"))?;
    let links_path = format!("{path}.links");
    let links = array(map.get("links").unwrap_or(&Value::Null), &links_path)?
        .iter()
        .enumerate()
        .map(|(i, l)| link(l, &format!("{links_path}[{i}]")))
        .collect::<Result<Vec<_>>>()?;
    if links.is_empty() {
        return Err(format!("{links_path}: no way to reach the service"));
    }
    if map.contains_key("snippet") {
        let snippet_path = format!("{path}.snippet");
        for (locale, sentence) in
            locales
                .iter()
                .zip(localized(map.get("snippet"), locales, &snippet_path)?)
        {
            for name in placeholders(&sentence, &format!("{snippet_path}.{locale}"))? {
                if !links.iter().any(|l| l.channel == name) {
                    return Err(format!(
                        "{snippet_path}.{locale}: {{{name}}} is not the channel of one of its links"
                    ));
                }
            }
        }
    }
    Ok(Service { id: id.to_owned() })
}

fn region(value: &Value, locales: &[String], path: &str) -> Result<Region> {
    let map = object(value, path)?;
    known_keys(map, &["id", "name", "emergency", "services"], path)?;
    let id = string(map.get("id"), &format!("{path}.id"))?;
    if !(2..=8).contains(&id.len()) || !id.chars().all(|c| c.is_ascii_lowercase()) {
        return Err(format!(
            "{path}.id: \"{id}\" is not 2 to 8 lower-case letters (a data-region value)"
        ));
    }
    localized(map.get("name"), locales, &format!("{path}.name"))?;
    let emergency = match map.get("emergency") {
        Some(Value::Null) => None,
        other => {
            let number = string(other, &format!("{path}.emergency"))?;
            if !(2..=6).contains(&number.len()) || number != digits(number) {
                return Err(format!(
                    "{path}.emergency: \"{number}\" is not 2 to 6 digits (or null)"
                ));
            }
            Some(number.to_owned())
        }
    };
    let services_path = format!("{path}.services");
    let services = array(map.get("services").unwrap_or(&Value::Null), &services_path)?
        .iter()
        .enumerate()
        .map(|(i, s)| service(s, locales, &format!("{services_path}[{i}]")))
        .collect::<Result<Vec<_>>>()?;
    if id == "intl" && (emergency.is_some() || !services.is_empty()) {
        return Err(format!(
            "{path}: intl is what unknown regions get, so it gives no country's numbers: \
             its emergency must be null and its services []"
        ));
    }
    if id != "intl" && (emergency.is_none() || services.is_empty()) {
        return Err(format!(
            "{path}: a region needs an emergency number and at least one service"
        ));
    }
    Ok(Region {
        id: id.to_owned(),
        services,
    })
}

/// `au` → `Au`, the enum variant of a region id.
fn variant(id: &str) -> String {
    strings::upper_camel(id)
}

/// The help data's code, in the languages of `data/locales.json` (`locales`, checked).
fn generate(data: &Value, locales: &[String]) -> Result<String> {
    let top = object(data, "(top)")?;
    known_keys(
        top,
        &["$comment", "default_region", "words", "regions"],
        "(top)",
    )?;
    let words = object(top.get("words").unwrap_or(&Value::Null), "words")?;
    known_keys(
        words,
        &locales.iter().map(String::as_str).collect::<Vec<_>>(),
        "words",
    )?;
    for locale in locales {
        let path = format!("words.{locale}");
        let map = object(words.get(locale).unwrap_or(&Value::Null), &path)?;
        known_keys(map, &WORDS, &path)?;
        for key in WORDS {
            let text = string(map.get(key), &format!("{path}.{key}"))?;
            let mut wanted: Vec<&str> = match key {
                "snippet_emergency" => vec!["emergency"],
                "safety_emergency" => vec!["emergency", "region"],
                _ => vec![],
            };
            let mut found = placeholders(text, &format!("{path}.{key}"))?;
            wanted.sort_unstable();
            found.sort_unstable();
            if found != wanted {
                return Err(format!(
                    "{path}.{key}: placeholders {found:?}, expected {wanted:?}"
                ));
            }
        }
    }

    let regions = array(top.get("regions").unwrap_or(&Value::Null), "regions")?
        .iter()
        .enumerate()
        .map(|(i, r)| region(r, locales, &format!("regions[{i}]")))
        .collect::<Result<Vec<_>>>()?;
    let mut ids = BTreeSet::new();
    for (i, r) in regions.iter().enumerate() {
        if !ids.insert(r.id.clone()) {
            return Err(format!("regions[{i}].id: \"{}\" again", r.id));
        }
        for (j, s) in r.services.iter().enumerate() {
            if !ids.insert(s.id.clone()) || s.id == format!("{}-emergency", r.id) {
                return Err(format!(
                    "regions[{i}].services[{j}].id: \"{}\" is taken",
                    s.id
                ));
            }
        }
    }
    if !ids.contains("intl") {
        return Err("regions: no intl (what a data-region without details gets)".to_owned());
    }
    let default = string(top.get("default_region"), "default_region")?;
    if !regions.iter().any(|r| r.id == default) {
        return Err(format!("default_region: \"{default}\" is not a region"));
    }

    let mut out = String::new();
    let w = &mut out;
    let _ = writeln!(w, "// Written by build.rs from {DATA}. Do not edit.");
    let _ = writeln!(
        w,
        "/// Which region's help details to show (`data-region`): one variant per region of\n\
         /// `{DATA}`, named after its id (`us` is `Us`). `Intl` is for places without national\n\
         /// details: no number of its own, only the partner's service and \"call your local\n\
         /// emergency number\"."
    );
    let _ = writeln!(
        w,
        "#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]\npub enum Region {{"
    );
    for r in &regions {
        let _ = writeln!(w, "    /// `data-region=\"{}\"`.", r.id);
        if r.id == default {
            let _ = writeln!(w, "    #[default]");
        }
        let _ = writeln!(w, "    {},", variant(&r.id));
    }
    let _ = writeln!(w, "}}\n");
    let _ = writeln!(w, "impl Region {{");
    let _ = writeln!(
        w,
        "    /// Every region with the name `data-region` gives it, in the order of `{DATA}`."
    );
    let _ = writeln!(
        w,
        "    pub const ALL: [(Region, &'static str); {}] = [",
        regions.len()
    );
    for r in &regions {
        let _ = writeln!(w, "        (Region::{}, {:?}),", variant(&r.id), r.id);
    }
    let _ = writeln!(w, "    ];\n}}");
    Ok(out)
}
