//! The help details and the frame's words: every region has a way to call for help, and
//! embed.js (which draws the frame and the help details before the module loads, and instead of
//! it when it cannot run) says the same things as the Rust catalog, in every locale.

use std::collections::{BTreeMap, BTreeSet};

use know_the_signs::domain::help::Region;
use know_the_signs::domain::messages::{text, Locale, Msg};

mod common;
use common::embed_js;

/// The text between the line `start` and the next line that is exactly `end`.
fn block<'a>(js: &'a str, start: &str, end: &str) -> &'a str {
    let from = js
        .find(start)
        .unwrap_or_else(|| panic!("embed.js lacks {start:?}"));
    let rest = &js[from..];
    let to = rest
        .find(&format!("\n{end}\n"))
        .unwrap_or_else(|| panic!("no {end:?} after {start:?}"));
    &rest[..to]
}

/// A single-quoted JavaScript string's value: `\uXXXX`, `\'` and `\\` decoded.
fn unescape(quoted: &str) -> String {
    let mut out = String::new();
    let mut chars = quoted.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('u') => {
                let hex: String = chars.by_ref().take(4).collect();
                let code = u32::from_str_radix(&hex, 16).expect("four hex digits");
                out.push(char::from_u32(code).expect("a scalar value"));
            }
            Some(other) => out.push(other),
            None => panic!("a string ends in a backslash: {quoted}"),
        }
    }
    out
}

/// embed.js's `TEXT`: locale → key → text.
fn frame_text() -> BTreeMap<String, BTreeMap<String, String>> {
    let js = embed_js();
    let text = block(&js, "  var TEXT = {", "  };");
    let mut locales = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in text.lines().skip(1) {
        if let Some(locale) = line
            .strip_prefix("    ")
            .and_then(|l| l.strip_suffix(": {"))
        {
            current = Some(locale.to_owned());
            continue;
        }
        let Some((key, value)) = line.trim().split_once(": '") else {
            continue;
        };
        let value = value.trim_end_matches(',');
        let value = value.strip_suffix('\'').expect("one string per line");
        let locale = current.clone().expect("a key inside a locale");
        locales
            .entry(locale)
            .or_insert_with(BTreeMap::new)
            .insert(key.to_owned(), unescape(value));
    }
    locales
}

/// `HelpHeading` → `helpHeading`: the name embed.js gives a catalog message.
fn js_key(msg: Msg) -> String {
    let name = format!("{msg:?}");
    let mut chars = name.chars();
    let first = chars.next().expect("a name").to_ascii_lowercase();
    std::iter::once(first).chain(chars).collect()
}

/// Every message embed.js must carry: what it draws of the help details, the region's name and
/// the content note.
fn help_messages() -> BTreeSet<String> {
    let mut keys: BTreeSet<String> = [
        Msg::WidgetName,
        Msg::HelpHeading,
        Msg::HelpIntro,
        Msg::HelpIntroIntl,
        Msg::LoadFailed,
        Msg::CallLabel,
        Msg::TextLabel,
        Msg::WebsiteLabel,
        Msg::PartnerHelpName,
        // The quiz panel's content note, drawn while the module loads.
        Msg::QuizHeading,
        Msg::ContentNoteHeading,
        Msg::ContentNoteBody,
        Msg::ContentNoteHelp,
        Msg::StartQuiz,
    ]
    .into_iter()
    .map(js_key)
    .collect();
    for (region, _) in Region::ALL {
        for contact in region.contacts() {
            keys.insert(js_key(contact.name));
            keys.insert(js_key(contact.detail));
        }
    }
    keys
}

#[test]
fn embed_js_speaks_every_locale_with_the_same_keys() {
    let frame = frame_text();
    let tags: BTreeSet<&str> = Locale::ALL.iter().map(|l| l.tag()).collect();
    let drawn: BTreeSet<&str> = frame.keys().map(String::as_str).collect();
    assert_eq!(drawn, tags, "embed.js's locales");
    let english: BTreeSet<&String> = frame["en"].keys().collect();
    for (locale, words) in &frame {
        let keys: BTreeSet<&String> = words.keys().collect();
        let missing: Vec<_> = english.difference(&keys).collect();
        let extra: Vec<_> = keys.difference(&english).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "embed.js {locale}: lacks {missing:?}, has only here {extra:?}"
        );
        for (key, value) in words {
            assert!(!value.trim().is_empty(), "embed.js {locale}.{key} is empty");
        }
    }
    for key in help_messages() {
        assert!(english.contains(&key), "embed.js lacks the help text {key}");
    }
}

#[test]
fn embed_js_says_what_the_catalog_says_in_every_locale() {
    let frame = frame_text();
    let mut compared = 0;
    for locale in Locale::ALL {
        let words = &frame[locale.tag()];
        for &msg in Msg::ALL {
            if let Some(js) = words.get(&js_key(msg)) {
                assert_eq!(
                    js,
                    text(locale, msg),
                    "embed.js {}.{} differs from the catalog's {msg:?}",
                    locale.tag(),
                    js_key(msg)
                );
                compared += 1;
            }
        }
    }
    assert!(
        compared >= help_messages().len() * Locale::ALL.len(),
        "{compared}"
    );
}

#[test]
fn embed_js_frame_words_are_translated() {
    let frame = frame_text();
    let (english, spanish) = (&frame["en"], &frame["es"]);
    let names: BTreeSet<String> = [
        Msg::HotlineName,
        Msg::NcmecName,
        Msg::UkHelplineName,
        Msg::CaHotlineName,
        Msg::AuPoliceName,
    ]
    .into_iter()
    .map(js_key)
    .collect();
    for (key, value) in english {
        if !names.contains(key) {
            assert_ne!(&spanish[key], value, "embed.js es.{key} is still English");
        }
    }
}

#[test]
fn embed_js_has_every_number_link_and_contact_of_every_region() {
    let js = embed_js();
    let regions = block(&js, "  var REGIONS = {", "  };");
    for (region, name) in Region::ALL {
        let start = format!("\n    {name}: {{");
        let at = regions
            .find(&start)
            .unwrap_or_else(|| panic!("embed.js has no region {name}"));
        let section = &regions[at..];
        let section = &section[..section[1..]
            .find("\n    }")
            .map_or(section.len(), |e| e + 1)];
        let section = section.split_whitespace().collect::<Vec<_>>().join(" ");
        for contact in region.contacts() {
            let emergency_built = contact.name == Msg::EmergencyName;
            for link in contact.links {
                let shown = if emergency_built {
                    section.contains(&format!("emergency('{}')", link.display))
                } else {
                    section.contains(&format!("'{}', '{}'", link.display, link.href))
                };
                assert!(
                    shown,
                    "{name}: embed.js lacks {} / {}",
                    link.display, link.href
                );
            }
            if !emergency_built {
                let keys = format!(
                    "name: '{}', detail: '{}'",
                    js_key(contact.name),
                    js_key(contact.detail)
                );
                assert!(section.contains(&keys), "{name}: embed.js lacks {keys}");
            }
        }
        match region.emergency() {
            Some(number) => assert!(
                section.contains(&format!("emergency: '{number}'")),
                "{name}: {number}"
            ),
            None => assert!(section.contains("emergency: null"), "{name}"),
        }
    }
}

#[test]
fn every_national_region_has_a_hotline_and_an_emergency_number() {
    for (region, name) in Region::ALL {
        if region == Region::Intl {
            assert!(region.contacts().is_empty());
            assert_eq!(region.emergency(), None);
            continue;
        }
        assert!(region.contacts().len() >= 2, "{name}");
        let emergency = region.emergency().expect("an emergency number");
        assert!(
            region
                .contacts()
                .iter()
                .any(|c| c.links.iter().any(|l| l.href == format!("tel:{emergency}"))),
            "{name}: the emergency number is a link"
        );
        for contact in region.contacts() {
            for link in contact.links {
                assert!(link.href.starts_with("tel:") || link.href.starts_with("sms:"));
            }
        }
    }
}

/// `static/<name>`'s emergency paragraphs: `data-region` → the `tel:`/`sms:` links in it.
fn safety_page_numbers(name: &str) -> BTreeMap<String, BTreeSet<String>> {
    let path = format!("{}/static/{name}", env!("CARGO_MANIFEST_DIR"));
    let html = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut regions = BTreeMap::new();
    for part in html.split("<p data-region=\"").skip(1) {
        let (region, rest) = part.split_once('"').expect("a closing quote");
        let paragraph = &rest[..rest.find("</p>").expect("a closing </p>")];
        let links = paragraph
            .split("href=\"")
            .skip(1)
            .filter_map(|h| h.split_once('"').map(|(href, _)| href.to_owned()))
            .filter(|h| h.starts_with("tel:") || h.starts_with("sms:"))
            .collect();
        assert!(
            regions.insert(region.to_owned(), links).is_none(),
            "{name}: two paragraphs for {region}"
        );
    }
    regions
}

#[test]
fn the_safety_pages_give_each_region_the_widgets_own_numbers() {
    for page in ["safety.html", "safety.es.html"] {
        let numbers = safety_page_numbers(page);
        for (region, name) in Region::ALL {
            let widget: BTreeSet<String> = region
                .contacts()
                .iter()
                .flat_map(|c| c.links.iter().map(|l| l.href.to_owned()))
                .collect();
            let shown = numbers
                .get(name)
                .unwrap_or_else(|| panic!("{page} has no paragraph for data-region=\"{name}\""));
            assert_eq!(shown, &widget, "{page}, {name}");
        }
        assert_eq!(numbers.len(), Region::ALL.len(), "{page}: {numbers:?}");
    }
}
