//! Reading packs from JSON text: size limit, parse errors, unknown fields, validation.

mod common;

use know_the_signs::domain::load::{read_pack_json, LoadError, MAX_PACK_BYTES};
use serde_json::json;

#[test]
fn a_good_pack_loads_with_nothing_ignored() {
    let loaded = read_pack_json(&common::sample_json().to_string()).expect("loads");
    assert_eq!(loaded.pack.questions.len(), 3);
    assert!(loaded.ignored.is_empty());
}

#[test]
fn unknown_fields_are_ignored_and_reported_by_path_at_every_level() {
    let mut pack = common::sample_json();
    pack["theme"] = json!("purple");
    pack["questions"][1]["hint"] = json!("look closely");
    pack["questions"][0]["choices"][2]["weight"] = json!(3);
    pack["questions"][0]["explanation"]["video"] = json!("x");
    pack["questions"][2]["sources"][0]["url"] = json!("https://example.org");
    pack["facts"][0]["image"] = json!("chains.png");
    pack["facts"][0]["sources"][0]["page"] = json!(4);
    let loaded = read_pack_json(&pack.to_string()).expect("still loads");
    let mut ignored = loaded.ignored.clone();
    ignored.sort();
    assert_eq!(
        ignored,
        [
            "facts[0].image",
            "facts[0].sources[0].page",
            "questions[0].choices[2].weight",
            "questions[0].explanation.video",
            "questions[1].hint",
            "questions[2].sources[0].url",
            "theme",
        ]
    );
}

#[test]
fn the_shipped_packs_use_only_known_fields() {
    // They use every field there is, so this also keeps the known-field lists complete.
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("static/packs");
    for entry in std::fs::read_dir(dir).expect("packs") {
        let path = entry.expect("entry").path();
        let text = std::fs::read_to_string(&path).expect("readable");
        let loaded = read_pack_json(&text).expect("shipped packs load");
        assert_eq!(loaded.ignored, Vec::<String>::new(), "{}", path.display());
    }
}

#[test]
fn a_pack_over_the_limit_is_refused_before_parsing() {
    let big = format!("{{\"pad\": \"{}\"}}", "x".repeat(MAX_PACK_BYTES));
    assert_eq!(
        read_pack_json(&big),
        Err(LoadError::TooLarge { bytes: big.len() })
    );
}

#[test]
fn text_that_is_not_json_is_a_parse_error() {
    for text in ["{", "", "{\"questions\": [}", "nul"] {
        match read_pack_json(text) {
            Err(LoadError::Parse(message)) => assert!(!message.is_empty()),
            other => panic!("{text:?} gave {other:?}"),
        }
    }
}

fn shape_errors(text: &str) -> Vec<String> {
    match read_pack_json(text) {
        Err(LoadError::Invalid(errors)) => errors.iter().map(ToString::to_string).collect(),
        other => panic!("{text:?} gave {other:?}"),
    }
}

#[test]
fn the_wrong_shape_names_every_problem_with_its_path() {
    assert_eq!(shape_errors("[]"), ["$: must be a JSON object"]);
    assert_eq!(shape_errors("null"), ["$: must be a JSON object"]);
    assert_eq!(
        shape_errors("{\"schema_version\": \"one\", \"questions\": 5}"),
        [
            "schema_version: must be a whole number from 0 to 65535",
            "locale: is missing",
            "questions: must be a list",
        ]
    );
    let mut pack = common::sample_json();
    pack["questions"][0]["topic"] = json!("weather");
    pack["questions"][0]["choices"][1]["correct"] = json!("yes");
    pack["questions"][1]["explanation"] = json!(null);
    pack["questions"][2]["sources"][1]["year"] = json!(2024.5);
    pack["facts"][0]["points"] = json!(["fine", 7]);
    pack["facts"][0]["heading"] = json!(["H"]);
    assert_eq!(
        shape_errors(&pack.to_string()),
        [
            "questions[0].topic: \"weather\" is not one of labour, sex, csec, smuggling, myths",
            "questions[0].choices[1].correct: must be true or false",
            "questions[1].explanation: is missing",
            "questions[2].sources[1].year: must be a whole number from 0 to 65535",
            "facts[0].heading: must be a string",
            "facts[0].points[1]: must be a string",
        ]
    );
}

#[test]
fn rule_breaks_come_back_all_together() {
    let mut pack = common::sample_json();
    pack["questions"][0]["choices"][2]["id"] = json!("a");
    pack["questions"][2]["choices"][0]["correct"] = json!(false);
    let Err(LoadError::Invalid(errors)) = read_pack_json(&pack.to_string()) else {
        panic!("expected validation errors");
    };
    let lines: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert_eq!(
        lines,
        [
            "questions[0].choices[2].id: duplicate id \"a\"",
            "questions[2].choices: exactly one choice must be marked correct, not 0",
        ]
    );
}

#[test]
fn markup_in_text_is_kept_as_plain_text() {
    let mut pack = common::sample_json();
    let payload = "<img src=x onerror=alert(1)><script>alert(2)</script>";
    pack["questions"][0]["prompt"] = json!(payload);
    let loaded = read_pack_json(&pack.to_string()).expect("loads");
    // The engine carries text verbatim; the views insert it as text nodes, never as markup.
    assert_eq!(loaded.pack.questions[0].prompt, payload);
}

#[test]
fn version_2_fields_are_checked_with_their_paths() {
    let mut pack = common::sample_json();
    pack["schema_version"] = json!(2);
    for question in pack["questions"].as_array_mut().expect("questions") {
        question["teaches"] = json!("sign");
        question["audiences"] = json!(["general"]);
    }
    assert!(
        read_pack_json(&pack.to_string()).is_ok(),
        "a good version 2 pack"
    );

    pack["questions"][0]["teaches"] = json!("vibes");
    pack["questions"][0]["audiences"] = json!(["health", "clinic", 3]);
    pack["questions"][1]["regions"] = json!(["uk", "mars"]);
    pack["questions"][2]
        .as_object_mut()
        .expect("question")
        .remove("teaches");
    pack["facts"][0]["regions"] = json!("us");
    assert_eq!(
        shape_errors(&pack.to_string()),
        [
            "questions[0].teaches: \"vibes\" is not one of sign, action, law, context",
            "questions[0].audiences[1]: \"clinic\" is not one of general, health, education, hospitality, workplace",
            "questions[0].audiences[2]: must be one of general, health, education, hospitality, workplace",
            "questions[1].regions[1]: \"mars\" is not one of us, uk, ca, au, intl",
            "questions[2].teaches: is missing",
            "facts[0].regions: must be a list",
        ]
    );

    let mut pack = common::sample_json();
    pack["schema_version"] = json!(2);
    for question in pack["questions"].as_array_mut().expect("questions") {
        question["teaches"] = json!("law");
        question["audiences"] = json!([]);
    }
    let Err(LoadError::Invalid(errors)) = read_pack_json(&pack.to_string()) else {
        panic!("an empty audiences list is refused");
    };
    assert_eq!(
        errors[0].to_string(),
        "questions[0].audiences: needs at least one audience (general, health, education, hospitality, workplace)"
    );
}
