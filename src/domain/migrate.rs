//! Bringing an older pack up to the current [`SCHEMA_VERSION`], one version at a time.
//!
//! Each [`Migration`] rewrites a pack of version `from` into version `from + 1`, as JSON. There
//! is only one version so far, so [`MIGRATIONS`] is empty; the mechanism is tested with
//! migrations of its own (tests/migrate.rs). Host only: partners run it through
//! `cargo run --bin kts-pack -- migrate FILE`.

use serde_json::Value;

use super::pack::SCHEMA_VERSION;

/// One step: turns a pack of version `from` into one of version `from + 1`.
pub struct Migration {
    pub from: u32,
    /// Rewrites the pack in place; an error says what could not be carried over.
    pub apply: fn(&mut Value) -> Result<(), String>,
}

/// The steps this build knows, oldest first.
pub const MIGRATIONS: &[Migration] = &[];

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
