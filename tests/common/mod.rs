//! A small pack for engine and validation tests, built from JSON like a real one.

use know_the_signs::domain::load::{read_shape, Json};
use know_the_signs::domain::Pack;

/// Three questions: `q1` single (correct `b`), `q2` multiple (correct `x` and `y`), `q3`
/// true/false (correct `t`).
#[allow(dead_code)] // not every test file uses every helper
pub fn sample_json() -> serde_json::Value {
    serde_json::json!({
        "schema_version": 1,
        "locale": "en",
        "questions": [
            {
                "id": "q1", "topic": "labour", "kind": "single", "prompt": "Pick b",
                "choices": [
                    { "id": "a", "text": "A" },
                    { "id": "b", "text": "B", "correct": true },
                    { "id": "c", "text": "C" },
                    { "id": "d", "text": "D" }
                ],
                "explanation": { "sign": "s", "why": "w", "action": "a" },
                "sources": [{ "name": "Source one", "year": 2000 }]
            },
            {
                "id": "q2", "topic": "myths", "kind": "multiple", "prompt": "Pick x and y",
                "choices": [
                    { "id": "x", "text": "X", "correct": true },
                    { "id": "y", "text": "Y", "correct": true },
                    { "id": "z", "text": "Z" }
                ],
                "explanation": { "sign": "s", "why": "w", "action": "a" },
                "sources": [{ "name": "Source two", "year": 2022 }]
            },
            {
                "id": "q3", "topic": "csec", "kind": "true_false", "prompt": "True?",
                "choices": [
                    { "id": "t", "text": "True", "correct": true },
                    { "id": "f", "text": "False" }
                ],
                "explanation": { "sign": "s", "why": "w", "action": "a" },
                "sources": [{ "name": "Undated guidance" }, { "name": "Dated", "year": 2024 }]
            }
        ],
        "facts": [
            { "id": "f1", "heading": "H", "body": "B", "sources": [{ "name": "S", "year": 2004 }] }
        ]
    })
}

/// `value`'s shape as a [`Pack`], without checking the pack rules.
#[allow(dead_code)]
pub fn shape(value: serde_json::Value) -> Pack {
    match read_shape(&Json::from(value)) {
        Ok(loaded) => loaded.pack,
        Err(errors) => panic!("shape errors: {errors:?}"),
    }
}

#[allow(dead_code)]
pub fn sample() -> Pack {
    shape(sample_json())
}
