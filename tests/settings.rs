//! The settings the frame hands the module (`domain::settings`): what a well-formed object
//! gives, and that anything else is refused with its path rather than guessed at.

use know_the_signs::domain::pack::{Audience, Topic};
use know_the_signs::domain::region::Region;
use know_the_signs::domain::settings::{
    pack_language_warning, read_settings_json, EarlyStart, MAX_QUESTIONS,
};
use know_the_signs::domain::Locale;

const TYPICAL: &str = r#"{"locale":"es","region":"uk","topics":["labour","csec","labour"],
  "questions":7,"audience":"health","pack":"https://partner.example/pack.json"}"#;

#[test]
fn the_frames_settings_choose_the_language_questions_facts_and_pack() {
    let settings = read_settings_json(TYPICAL).expect("typical settings");
    assert_eq!(settings.locale, Locale::Es);
    assert_eq!(settings.scope.region, Region::Uk);
    assert_eq!(settings.scope.topics, vec![Topic::Labour, Topic::Csec]);
    assert_eq!(settings.scope.count, Some(7));
    assert_eq!(settings.scope.audience, Audience::Health);
    assert_eq!(
        settings.pack.as_deref(),
        Some("https://partner.example/pack.json")
    );
}

#[test]
fn no_pack_is_the_built_in_one_and_no_topics_is_every_topic() {
    for pack in [r#","pack":null"#, ""] {
        let text = format!(
            r#"{{"locale":"en","region":"intl","topics":[],"questions":10,"audience":"general"{pack}}}"#
        );
        let settings = read_settings_json(&text).expect("settings");
        assert_eq!(settings.pack, None);
        assert!(settings.scope.topics.is_empty());
        assert_eq!(settings.scope.region, Region::Intl);
    }
}

#[test]
fn a_huge_question_count_is_capped() {
    let text = TYPICAL.replace(r#""questions":7"#, r#""questions":1e300"#);
    let settings = read_settings_json(&text).expect("settings");
    assert_eq!(settings.scope.count, Some(MAX_QUESTIONS));
}

#[test]
fn anything_else_is_refused_and_the_error_names_where() {
    let cases = [
        (r#""locale":"es""#, r#""locale":"fr""#, "settings.locale"),
        (r#""locale":"es""#, r#""locale":"ES""#, "settings.locale"),
        (r#""region":"uk""#, r#""region":"gb""#, "settings.region"),
        (
            r#""topics":["labour","csec","labour"]"#,
            r#""topics":["labour",3]"#,
            "settings.topics[1]",
        ),
        (
            r#""topics":["labour","csec","labour"]"#,
            r#""topics":"labour""#,
            "settings.topics",
        ),
        (r#""questions":7"#, r#""questions":0"#, "settings.questions"),
        (
            r#""questions":7"#,
            r#""questions":2.5"#,
            "settings.questions",
        ),
        (
            r#""questions":7"#,
            r#""questions":"7""#,
            "settings.questions",
        ),
        (
            r#""audience":"health""#,
            r#""audience":"Health""#,
            "settings.audience",
        ),
        (
            r#""pack":"https://partner.example/pack.json""#,
            r#""pack":"javascript:alert(1)""#,
            "settings.pack",
        ),
        (
            r#""pack":"https://partner.example/pack.json""#,
            r#""pack":"/pack.json""#,
            "settings.pack",
        ),
        (
            r#""pack":"https://partner.example/pack.json""#,
            r#""pack":"https://""#,
            "settings.pack",
        ),
        (
            r#""pack":"https://partner.example/pack.json""#,
            r#""pack":"https://a b/""#,
            "settings.pack",
        ),
    ];
    for (from, to, path) in cases {
        assert!(TYPICAL.contains(from), "{from}");
        let error = read_settings_json(&TYPICAL.replace(from, to)).expect_err(to);
        assert!(
            error.starts_with(&format!("{path} is not")),
            "{to}: {error}"
        );
    }
    for text in ["[]", "null", "\"en\"", "{}"] {
        assert!(read_settings_json(text).is_err(), "{text}");
    }
}

#[test]
fn the_frames_early_start_words() {
    assert_eq!(EarlyStart::from_word("pressed"), EarlyStart::Pressed);
    assert_eq!(EarlyStart::from_word("opened"), EarlyStart::Opened);
    assert_eq!(EarlyStart::from_word("focused"), EarlyStart::Focused);
    assert_eq!(EarlyStart::from_word(""), EarlyStart::Untouched);
    assert_eq!(EarlyStart::from_word("Pressed"), EarlyStart::Untouched);
}

#[test]
fn a_partner_pack_in_another_language_is_named_with_the_fix() {
    assert_eq!(pack_language_warning("en-GB", Locale::En), None);
    let warning = pack_language_warning("en", Locale::Es).expect("a warning");
    assert!(
        warning.starts_with("data-pack is in \"en\" but the widget speaks es"),
        "{warning}"
    );
    assert!(warning.ends_with("set data-locale=\"en\""), "{warning}");
    let warning = pack_language_warning("fr", Locale::En).expect("a warning");
    assert!(
        warning.ends_with("the widget speaks en or es, so give the pack in one of those"),
        "{warning}"
    );
}

/// `data/attributes.json`'s names for `data-topics` and `data-audience`, which the frame's parser
/// accepts, are the module's topics and audiences, in the same order.
#[test]
fn the_frame_accepts_the_topics_and_audiences_the_module_knows() {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/attributes.json"))
            .expect("data/attributes.json");
    let data: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    let names = |key: &str| -> Vec<String> {
        data[key]
            .as_array()
            .unwrap_or_else(|| panic!("{key} is a list"))
            .iter()
            .map(|v| v.as_str().expect("a name").to_owned())
            .collect()
    };
    let topics: Vec<String> = Topic::ALL.iter().map(|t| t.name().to_owned()).collect();
    let audiences: Vec<String> = Audience::ALL.iter().map(|a| a.name().to_owned()).collect();
    assert_eq!(names("topics"), topics);
    assert_eq!(names("audiences"), audiences);
}
