//! `kts-pack`: check or migrate a content pack with the same code the widget runs.
//!
//! ```text
//! kts-pack validate FILE   exit 0 if the pack can be shown; else exit 1, one line per error
//! kts-pack migrate FILE    print FILE brought up to the current schema_version
//! ```
//! An older `schema_version` is migrated before validating. Unknown fields are listed as
//! warnings (the widget ignores them). Exit 2 for a usage or file error.
//!
//! Run it as `cargo run --bin kts-pack -- validate FILE`.

// The widget's WebAssembly build compiles every target of the package; this tool is for the
// host only.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
use std::process::ExitCode;

#[cfg(not(target_arch = "wasm32"))]
use know_the_signs::domain::load::{read_pack_json, LoadError};
#[cfg(not(target_arch = "wasm32"))]
use know_the_signs::domain::migrate::migrate;

#[cfg(not(target_arch = "wasm32"))]
const USAGE: &str = "usage: kts-pack validate FILE | kts-pack migrate FILE";

#[cfg(not(target_arch = "wasm32"))]
fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (command, path) = match args.as_slice() {
        [command, path] => (command.as_str(), path.as_str()),
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("{path}: {e}");
            return ExitCode::from(2);
        }
    };
    let mut value: serde_json::Value = match serde_json::from_str(&text) {
        Ok(value) => value,
        Err(e) => {
            println!("{path}: not valid JSON: {e}");
            return ExitCode::from(1);
        }
    };
    let migrated = match migrate(&mut value) {
        Ok(m) => m,
        Err(e) => {
            println!("{e}");
            return ExitCode::from(1);
        }
    };
    match command {
        "migrate" => {
            match serde_json::to_string_pretty(&value) {
                Ok(json) => println!("{json}"),
                Err(e) => {
                    eprintln!("{e}");
                    return ExitCode::from(2);
                }
            }
            eprintln!(
                "migrated from schema_version {} to {}",
                migrated.from, migrated.to
            );
            ExitCode::SUCCESS
        }
        "validate" => {
            if migrated.from != migrated.to {
                eprintln!(
                    "note: read as schema_version {} (migrated from {})",
                    migrated.to, migrated.from
                );
            }
            match read_pack_json(&value.to_string()) {
                Ok(loaded) => {
                    for field in loaded.ignored {
                        eprintln!("warning: {field}: unknown field, ignored");
                    }
                    println!("{path}: valid");
                    ExitCode::SUCCESS
                }
                Err(LoadError::Invalid(errors)) => {
                    for error in errors {
                        println!("{error}");
                    }
                    ExitCode::from(1)
                }
                Err(other) => {
                    println!("{other}");
                    ExitCode::from(1)
                }
            }
        }
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}
