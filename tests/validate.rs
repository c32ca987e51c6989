//! Pack validation reports every problem, each with its JSON path.

mod common;

use know_the_signs::domain::validate;
use know_the_signs::domain::Pack;
use serde_json::json;

fn errors_of(value: serde_json::Value) -> Vec<String> {
    let pack: Pack = common::shape(value);
    match validate(&pack) {
        Ok(()) => Vec::new(),
        Err(errors) => errors.iter().map(ToString::to_string).collect(),
    }
}

#[test]
fn the_sample_pack_is_valid() {
    assert_eq!(errors_of(common::sample_json()), Vec::<String>::new());
}

#[test]
fn every_error_is_reported_with_its_path() {
    let mut pack = common::sample_json();
    pack["schema_version"] = json!(9);
    pack["questions"][0]["choices"][1]["id"] = json!("a");
    pack["questions"][1]["id"] = json!("q1");
    pack["questions"][2]["sources"] = json!([{ "name": "No year" }]);
    pack["facts"][0]["sources"][0]["year"] = json!(203);
    let errors = errors_of(pack);
    assert_eq!(
        errors,
        [
            "schema_version: version 9 is not supported (this build reads 1 to 2)",
            "questions[0].choices[1].id: duplicate id \"a\"",
            "questions[1].id: duplicate id \"q1\"",
            "questions[2].sources: needs at least one source with a year",
            "facts[0].sources[0].year: 203 is not a plausible year (1900 to 2100)",
        ]
    );
}

#[test]
fn a_question_without_a_correct_answer_is_rejected() {
    let mut pack = common::sample_json();
    pack["questions"][0]["choices"][1]["correct"] = json!(false);
    pack["questions"][1]["choices"][0]["correct"] = json!(false);
    pack["questions"][1]["choices"][1]["correct"] = json!(false);
    assert_eq!(
        errors_of(pack),
        [
            "questions[0].choices: exactly one choice must be marked correct, not 0",
            "questions[1].choices: no choice is marked correct: set \"correct\": true on at least one",
        ]
    );
}

#[test]
fn kind_rules_hold() {
    let mut pack = common::sample_json();
    pack["questions"][2]["choices"] = json!([
        { "id": "t", "text": "True", "correct": true },
        { "id": "f", "text": "False" },
        { "id": "m", "text": "Maybe" }
    ]);
    pack["questions"][0]["kind"] = json!("scenario");
    assert_eq!(
        errors_of(pack),
        [
            "questions[0].scenario: a scenario question needs its case text",
            "questions[2].choices: a true_false question has exactly 2 choices, not 3",
        ]
    );
}

#[test]
fn empty_text_is_rejected_where_visitors_would_see_a_blank() {
    let mut pack = common::sample_json();
    pack["questions"][0]["prompt"] = json!("  ");
    pack["questions"][0]["explanation"]["why"] = json!("");
    pack["facts"][0]["body"] = json!("");
    assert_eq!(
        errors_of(pack),
        [
            "questions[0].prompt: must not be empty",
            "questions[0].explanation.why: must not be empty",
            "facts[0].body: must not be empty",
        ]
    );
}
