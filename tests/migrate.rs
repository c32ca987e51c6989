//! The migration mechanism, with steps of the test's own (the real list is still empty).

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
    let mut pack = json!({ "schema_version": 1, "x": 1 });
    assert_eq!(migrate(&mut pack), Ok(Migrated { from: 1, to: 1 }));
    assert_eq!(pack, json!({ "schema_version": 1, "x": 1 }));
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
