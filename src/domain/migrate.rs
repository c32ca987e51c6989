//! Bringing an older pack up to the current [`SCHEMA_VERSION`], one version at a time.
//!
//! Each [`Migration`] rewrites a pack of version `from` into version `from + 1`, as JSON
//! (tests/migrate.rs). Host only: partners run it through
//! `cargo run --bin kts-pack -- migrate FILE`. The widget itself still reads the older versions
//! as they are (`load.rs`), so a partner's pack keeps working before it is migrated.

use serde_json::Value;

use super::pack::SCHEMA_VERSION;

/// One step: turns a pack of version `from` into one of version `from + 1`.
pub struct Migration {
    pub from: u32,
    /// Rewrites the pack in place; an error says what could not be carried over.
    pub apply: fn(&mut Value) -> Result<(), String>,
}

/// The steps this build knows, oldest first.
pub const MIGRATIONS: &[Migration] = &[Migration {
    from: 1,
    apply: v1_to_v2,
}];

/// Version 1 to 2: every question gets what version 2 chooses runs by, with the values the
/// widget gives version 1 questions: `"teaches": "context"` and `"audiences": ["general"]`
/// (no `regions`: every region). Fields already there are kept. Review them after migrating:
/// mark the questions that teach a sign (`"sign"`) or what to do (`"action"`), tag the
/// settings each suits, and give questions on one country's law that country's `regions`.
///
/// Errors: `questions` present but not a list, or a question that is not an object (with its
/// index).
fn v1_to_v2(pack: &mut Value) -> Result<(), String> {
    let Some(questions) = pack.get_mut("questions") else {
        return Ok(());
    };
    let questions = questions
        .as_array_mut()
        .ok_or("questions: must be a list")?;
    for (i, question) in questions.iter_mut().enumerate() {
        let question = question
            .as_object_mut()
            .ok_or_else(|| format!("questions[{i}]: must be a JSON object"))?;
        question
            .entry("teaches")
            .or_insert_with(|| Value::from("context"));
        question
            .entry("audiences")
            .or_insert_with(|| Value::from(vec!["general"]));
    }
    Ok(())
}

/// What [`migrate`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Migrated {
    /// The version the pack had.
    pub from: u32,
    /// The version it has now.
    pub to: u32,
}

/// Migrates `pack` up to `target` with `steps`, and sets its `schema_version`.
///
/// Errors: no `schema_version`; a version newer than `target`; a missing step; a step that
/// fails (its message, with the version).
pub fn migrate_with(
    pack: &mut Value,
    target: u32,
    steps: &[Migration],
) -> Result<Migrated, String> {
    let from = pack
        .get("schema_version")
        .and_then(Value::as_u64)
        .and_then(|v| u32::try_from(v).ok())
        .ok_or("schema_version: missing or not a whole number")?;
    if from > target {
        return Err(format!(
            "schema_version: version {from} is newer than this tool knows ({target}); update the widget"
        ));
    }
    let mut version = from;
    while version < target {
        let step = steps
            .iter()
            .find(|s| s.from == version)
            .ok_or_else(|| format!("schema_version: no migration from version {version}"))?;
        (step.apply)(pack).map_err(|e| format!("migrating from version {version}: {e}"))?;
        version = version.saturating_add(1);
        if let Some(object) = pack.as_object_mut() {
            object.insert("schema_version".to_owned(), Value::from(version));
        }
    }
    Ok(Migrated { from, to: target })
}

/// [`migrate_with`] to the current version with this build's [`MIGRATIONS`].
pub fn migrate(pack: &mut Value) -> Result<Migrated, String> {
    migrate_with(pack, SCHEMA_VERSION, MIGRATIONS)
}
