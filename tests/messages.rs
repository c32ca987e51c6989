//! The message catalog and embed helpers.

use know_the_signs::domain::messages::{fill, text, text_n, Locale, Msg};
use know_the_signs::embed::config::pack_url;

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
fn locale_tags_map_to_the_catalog() {
    assert_eq!(Locale::from_tag("en-GB"), Some(Locale::En));
    assert_eq!(Locale::from_tag("EN"), Some(Locale::En));
    assert_eq!(Locale::from_tag("xx"), None);
    assert_eq!(Locale::En.tag(), "en");
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
}
