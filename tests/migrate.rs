//! The migration mechanism, with steps of the test's own, and the real steps on a partner's
//! old pack.

use know_the_signs::domain::migrate::{migrate, migrate_with, Migrated, Migration};
use serde_json::{json, Value};

fn rename_title(pack: &mut Value) -> Result<(), String> {
    let object = pack.as_object_mut().ok_or("not an object")?;
    let title = object.remove("title").ok_or("no title")?;
    object.insert("name".to_owned(), title);
    Ok(())
}

fn add_facts(pack: &mut Value) -> Result<(), String> {
    pack.as_object_mut()
        .ok_or("not an object")?
        .insert("facts".to_owned(), json!([]));
    Ok(())
}

const STEPS: &[Migration] = &[
    Migration {
        from: 1,
        apply: rename_title,
    },
    Migration {
        from: 2,
        apply: add_facts,
    },
];

#[test]
fn steps_run_in_order_and_the_version_is_updated() {
    let mut pack = json!({ "schema_version": 1, "title": "Old" });
    assert_eq!(
        migrate_with(&mut pack, 3, STEPS),
        Ok(Migrated { from: 1, to: 3 })
    );
    assert_eq!(
        pack,
        json!({ "schema_version": 3, "name": "Old", "facts": [] })
    );
}

#[test]
fn a_current_pack_is_left_as_it_is() {
    let mut pack = json!({ "schema_version": 2, "x": 1 });
    assert_eq!(migrate(&mut pack), Ok(Migrated { from: 2, to: 2 }));
    assert_eq!(pack, json!({ "schema_version": 2, "x": 1 }));
}

#[test]
fn a_version_1_pack_becomes_a_valid_version_2_pack_that_asks_the_same() {
    use know_the_signs::domain::load::read_pack_json;
    let old = include_str!("browser/pages/own-pack.json");
    let mut pack: Value = serde_json::from_str(old).expect("the test pack is JSON");
    assert_eq!(pack["schema_version"], 1);
    assert_eq!(migrate(&mut pack), Ok(Migrated { from: 1, to: 2 }));
    assert_eq!(pack["schema_version"], 2);
    for question in pack["questions"].as_array().expect("questions") {
        assert_eq!(question["teaches"], "context");
        assert_eq!(question["audiences"], json!(["general"]));
        assert!(question.get("regions").is_none(), "every region, as before");
    }
    let migrated = read_pack_json(&pack.to_string()).expect("the migrated pack is valid");
    let before = read_pack_json(old).expect("the old pack still loads as it is");
    assert_eq!(migrated.pack.questions.len(), before.pack.questions.len());
    assert_eq!(migrated.pack.questions, before.pack.questions);
    assert!(migrated.ignored.is_empty(), "{:?}", migrated.ignored);
}

#[test]
fn a_version_2_field_already_set_in_an_old_pack_is_kept() {
    let mut pack = json!({ "schema_version": 1, "questions": [{ "id": "q", "teaches": "sign" }] });
    assert_eq!(migrate(&mut pack), Ok(Migrated { from: 1, to: 2 }));
    assert_eq!(pack["questions"][0]["teaches"], "sign");
    assert_eq!(pack["questions"][0]["audiences"], json!(["general"]));
}

#[test]
fn gaps_failures_and_bad_versions_are_reported() {
    let mut pack = json!({ "schema_version": 0 });
    assert_eq!(
        migrate_with(&mut pack, 3, STEPS),
        Err("schema_version: no migration from version 0".to_owned())
    );
    let mut pack = json!({ "schema_version": 1 });
    assert_eq!(
        migrate_with(&mut pack, 2, STEPS),
        Err("migrating from version 1: no title".to_owned())
    );
    let mut pack = json!({ "schema_version": "one" });
    assert!(migrate_with(&mut pack, 2, STEPS).is_err());
}
