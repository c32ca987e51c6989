//! The pack tool, run as partners run it.

use std::process::Command;

fn kts_pack(args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_kts-pack"))
        .args(args)
        .output()
        .expect("kts-pack runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

fn write(name: &str, json: &serde_json::Value) -> String {
    let path = std::env::temp_dir().join(format!("kts-pack-test-{}-{name}", std::process::id()));
    std::fs::write(&path, json.to_string()).expect("writes");
    path.display().to_string()
}

fn english() -> serde_json::Value {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/static/packs/en.json"))
            .expect("en.json");
    serde_json::from_str(&text).expect("json")
}

#[test]
fn the_english_pack_is_valid() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/static/packs/en.json");
    let (code, out) = kts_pack(&["validate", path]);
    assert_eq!(code, 0, "{out}");
    assert_eq!(out.trim(), format!("{path}: valid"));
}

#[test]
fn every_error_is_one_line_with_its_path_and_exit_1() {
    let mut pack = english();
    let first = pack["questions"][3]["choices"][0]["id"].clone();
    pack["questions"][3]["choices"][1]["id"] = first.clone();
    pack["facts"][0]["sources"] = serde_json::json!([]);
    let (code, out) = kts_pack(&["validate", &write("bad.json", &pack)]);
    assert_eq!(code, 1);
    assert_eq!(
        out.lines().collect::<Vec<_>>(),
        [
            format!("questions[3].choices[1].id: duplicate id {first}"),
            "facts[0].sources: needs at least one source with a year".to_owned(),
        ]
    );
}

#[test]
fn a_newer_schema_version_is_refused_with_a_reason() {
    let mut pack = english();
    pack["schema_version"] = serde_json::json!(99);
    let (code, out) = kts_pack(&["validate", &write("new.json", &pack)]);
    assert_eq!(code, 1);
    assert!(
        out.contains("version 99 is newer than this tool knows"),
        "{out}"
    );
}

#[test]
fn usage_and_file_errors_exit_2() {
    assert_eq!(kts_pack(&[]).0, 2);
    assert_eq!(kts_pack(&["validate", "/nonexistent/pack.json"]).0, 2);
    assert_eq!(kts_pack(&["frobnicate", "x"]).0, 2);
}
