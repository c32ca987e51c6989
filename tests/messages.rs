//! The message catalog and embed helpers.

use std::collections::BTreeSet;

use know_the_signs::domain::messages::{fill, text, text_n, Locale, Msg};
use know_the_signs::domain::settings::pack_url;

#[test]
fn progress_fills_its_placeholders() {
    let line = fill(
        text(Locale::En, Msg::Progress),
        &[("number", "3"), ("total", "10")],
    );
    assert_eq!(line, "Question 3 of 10");
}

#[test]
fn score_summary_agrees_with_its_count() {
    let one = fill(
        text_n(Locale::En, Msg::ScoreSummary, 1),
        &[("right", "1"), ("total", "1")],
    );
    let many = fill(
        text_n(Locale::En, Msg::ScoreSummary, 12),
        &[("right", "9"), ("total", "12")],
    );
    assert_eq!(one, "You answered 1 of 1 question correctly.");
    assert_eq!(many, "You answered 9 of 12 questions correctly.");
}

#[test]
fn a_missing_argument_stays_visible() {
    assert_eq!(fill("{a} and {b}", &[("a", "x")]), "x and {b}");
}

#[test]
fn spanish_progress_and_score_agree_with_their_counts() {
    let line = fill(
        text(Locale::Es, Msg::Progress),
        &[("number", "3"), ("total", "10")],
    );
    assert_eq!(line, "Pregunta 3 de 10");
    let one = fill(
        text_n(Locale::Es, Msg::ScoreSummary, 1),
        &[("right", "0"), ("total", "1")],
    );
    let many = fill(
        text_n(Locale::Es, Msg::ScoreSummary, 14),
        &[("right", "9"), ("total", "14")],
    );
    assert_eq!(one, "Respondió correctamente 0 de 1 pregunta.");
    assert_eq!(many, "Respondió correctamente 9 de 14 preguntas.");
    assert_eq!(text_n(Locale::Es, Msg::SourceLabel, 1), "Fuente:");
    assert_eq!(text_n(Locale::Es, Msg::SourceLabel, 2), "Fuentes:");
}

/// The `{name}` placeholders of a template.
fn placeholders(template: &str) -> BTreeSet<&str> {
    template
        .split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .collect()
}

#[test]
fn every_key_has_a_text_in_every_locale_with_the_same_placeholders() {
    // The module's words only: the quiz's and the facts'. (The help details and the frame are
    // embed.js's; the help services' names and details are data/help.json's.)
    assert!(Msg::ALL.len() >= 30, "{} keys", Msg::ALL.len());
    for &msg in Msg::ALL {
        for count in [1, 2] {
            let english = text_n(Locale::En, msg, count);
            for locale in Locale::ALL {
                let text = text_n(locale, msg, count);
                assert!(!text.trim().is_empty(), "{locale:?} {msg:?} is empty");
                assert_eq!(
                    placeholders(text),
                    placeholders(english),
                    "{locale:?} {msg:?} ({count}): {text:?}"
                );
            }
        }
    }
}

#[test]
fn spanish_is_translated() {
    // (Service names, which stay as the services give them, are help data: tests/help.rs.)
    for &msg in Msg::ALL {
        for count in [1, 2] {
            let (en, es) = (
                text_n(Locale::En, msg, count),
                text_n(Locale::Es, msg, count),
            );
            assert_ne!(es, en, "{msg:?} is still English in Spanish");
        }
    }
}

#[test]
fn locale_tags_map_to_the_catalog() {
    assert_eq!(Locale::from_tag("en-GB"), Some(Locale::En));
    assert_eq!(Locale::from_tag("EN"), Some(Locale::En));
    assert_eq!(Locale::from_tag("es"), Some(Locale::Es));
    assert_eq!(Locale::from_tag("es-MX"), Some(Locale::Es));
    assert_eq!(Locale::from_tag("ES_419"), Some(Locale::Es));
    assert_eq!(Locale::from_tag(" es-US\n"), Some(Locale::Es));
    assert_eq!(
        Locale::from_tag("\u{a0}es"),
        None,
        "only ASCII whitespace is trimmed"
    );
    assert_eq!(Locale::from_tag("xx"), None);
    assert_eq!(Locale::from_tag("esp"), None);
    assert_eq!(Locale::from_tag(""), None);
    assert_eq!(Locale::En.tag(), "en");
    assert_eq!(Locale::Es.tag(), "es");
    assert_eq!(Locale::Es.dir(), "ltr");
}

#[test]
fn packs_are_found_beside_embed_js() {
    assert_eq!(
        pack_url("https://cdn.example/kts/", Locale::En),
        "https://cdn.example/kts/packs/en.json"
    );
    assert_eq!(
        pack_url("https://cdn.example/kts", Locale::En),
        "https://cdn.example/kts/packs/en.json"
    );
    assert_eq!(
        pack_url("https://cdn.example/kts/", Locale::Es),
        "https://cdn.example/kts/packs/es.json"
    );
}

#[test]
fn the_help_details_claim_nothing_the_research_notes_do_not_say() {
    // shared/research/facts.md, "Where to get help", says nothing about cost or confidentiality,
    // and in Australia the service is the police: no text may promise either.
    for &msg in Msg::ALL {
        for locale in Locale::ALL {
            let said = text(locale, msg).to_lowercase();
            for word in ["confidential", "confidencial", "free of charge", "gratuit"] {
                assert!(
                    !said.contains(word),
                    "{msg:?} in {locale:?} says \"{word}\": {said}"
                );
            }
        }
    }
}
