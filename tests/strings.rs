//! The widget's words as data: `data/locales.json` and `data/strings/<tag>.json`. The checker
//! build.rs runs on them (`build/strings.rs`, compiled in here too) refuses a locale that lacks a
//! key or says other placeholders, naming the file and the JSON path; and the module says what the
//! files say.

use std::path::Path;

use know_the_signs::domain::messages::{text_n, Locale, Msg};
use serde_json::{json, Value};

// The build script's module; it uses the rest of it (the Rust it writes).
#[allow(dead_code)]
#[path = "../build/strings.rs"]
mod strings;

/// A data file of this repository, as JSON.
fn data(file: &str) -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(file);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{file}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{file}: {e}"))
}

/// What the checker says of English and a Spanish file changed by `change`.
fn check_spanish(change: impl Fn(&mut Value)) -> Result<(), strings::Problem> {
    let mut spanish = data("data/strings/es.json");
    change(&mut spanish);
    let registration = json!({ "locales": ["en", "es"] });
    strings::check(&registration, |file| match file {
        "data/strings/es.json" => Ok(spanish.clone()),
        _ => Ok(data(file)),
    })
    .map(|_| ())
}

/// The problem the checker finds in Spanish changed by `change`, as `file: path: message`.
fn problem(change: impl Fn(&mut Value)) -> String {
    let (file, message) = check_spanish(change).expect_err("the checker let it through");
    format!("{file}: {message}")
}

/// Checks that Spanish changed by `change` is refused with a problem that says `says`.
fn refused(says: &str, change: impl Fn(&mut Value)) {
    let said = problem(change);
    assert!(said.contains(says), "{said}");
}

/// `value` without its key `key`.
fn remove(value: &mut Value, key: &str) {
    value.as_object_mut().map(|m| m.remove(key));
}

#[test]
fn the_shipped_files_pass_the_check_in_the_order_of_the_registration() {
    let registration = data(strings::REGISTRATION);
    let locales = strings::check(&registration, |file| Ok(data(file)))
        .unwrap_or_else(|(file, message)| panic!("{file}: {message}"));
    let tags: Vec<&str> = locales.iter().map(|l| l.tag.as_str()).collect();
    let module: Vec<&str> = Locale::ALL.iter().map(|l| l.tag()).collect();
    assert_eq!(tags, module);
    assert_eq!(
        Locale::default(),
        Locale::ALL[0],
        "the first is the default"
    );
}

#[test]
fn a_locale_without_a_key_is_refused_by_name() {
    assert_eq!(
        problem(|es| remove(&mut es["module"], "progress")),
        "data/strings/es.json: module.progress: missing (en.json has it)"
    );
    refused("data/strings/es.json: frame.timedOut: missing", |es| {
        remove(&mut es["frame"], "timedOut")
    });
}

#[test]
fn a_text_with_other_placeholders_is_refused_by_name() {
    assert_eq!(
        problem(|es| es["module"]["progress"] = json!("Pregunta {number}")),
        "data/strings/es.json: module.progress: placeholders {number}, but en.json's are {number} {total}"
    );
    refused("frame.helpIntro: placeholders {emergencia}", |es| {
        es["frame"]["helpIntro"] = json!("Llame al {emergencia}.")
    });
    refused("module.scoreSummary: placeholders {right}", |es| {
        es["module"]["scoreSummary"]["one"] = json!("Respondió {right}.")
    });
    refused("frame.slow: a '{' without its '}'", |es| {
        es["frame"]["slow"] = json!("Tarda {mucho")
    });
}

#[test]
fn a_plural_message_needs_every_form_of_its_rule() {
    refused("module.sourceLabel.one: expected a text", |es| {
        remove(&mut es["module"]["sourceLabel"], "one")
    });
    refused(
        "module.sourceLabel: one text, but en.json's has plural forms",
        |es| es["module"]["sourceLabel"] = json!("Fuentes:"),
    );
    refused("module.sourceLabel.few: not a form", |es| {
        es["module"]["sourceLabel"]["few"] = json!("Fuentes:")
    });
    // A language without plural forms gives only `other`.
    check_spanish(|es| {
        es["plural"] = json!("other");
        remove(&mut es["module"]["sourceLabel"], "one");
        remove(&mut es["module"]["scoreSummary"], "one");
    })
    .unwrap_or_else(|(file, message)| panic!("{file}: {message}"));
}

#[test]
fn a_key_in_another_group_or_of_its_own_is_refused() {
    refused("shared.exit: in shared, but en.json's is in frame", |es| {
        es["shared"]["exit"] = es["frame"]["exit"].clone();
        remove(&mut es["frame"], "exit");
    });
    assert_eq!(
        problem(|es| es["module"]["extra"] = json!("Más")),
        "data/strings/es.json: module.extra: not in en.json"
    );
    refused("words: unknown key", |es| es["words"] = json!({}));
    refused("dir: expected \"ltr\" or \"rtl\"", |es| {
        es["dir"] = json!("down")
    });
}

#[test]
fn the_registration_takes_distinct_primary_language_subtags() {
    let tags = |list: Value| strings::registered(&json!({ "locales": list })).map_err(|p| p.1);
    assert_eq!(
        tags(json!(["en", "es"])),
        Ok(vec!["en".to_owned(), "es".to_owned()])
    );
    assert!(tags(json!(["en", "en"])).is_err_and(|e| e.contains("twice")));
    assert!(tags(json!(["en", "es-MX"])).is_err_and(|e| e.starts_with("locales[1]")));
    assert!(tags(json!([])).is_err());
    let missing = strings::check(&json!({ "locales": ["en", "xx"] }), |file| {
        if file.ends_with("xx.json") {
            Err("cannot read it: no such file".to_owned())
        } else {
            Ok(data(file))
        }
    });
    assert_eq!(
        missing.map(|_| ()).unwrap_err(),
        (
            "data/strings/xx.json".to_owned(),
            "cannot read it: no such file".to_owned()
        )
    );
}

/// `WidgetName` → `widgetName`, the key of a `Msg` in the files.
fn key_of(msg: Msg) -> String {
    let name = format!("{msg:?}");
    name[..1].to_ascii_lowercase() + &name[1..]
}

#[test]
fn the_module_says_what_the_files_say_and_none_of_the_frames_own_words() {
    for locale in Locale::ALL {
        let file = data(&format!("data/strings/{}.json", locale.tag()));
        let mut keys: Vec<String> = Vec::new();
        for group in ["shared", "module"] {
            keys.extend(
                file[group]
                    .as_object()
                    .into_iter()
                    .flatten()
                    .map(|(k, _)| k.clone()),
            );
        }
        let mut module: Vec<String> = Msg::ALL.iter().map(|&m| key_of(m)).collect();
        keys.sort();
        module.sort();
        assert_eq!(
            module, keys,
            "{locale:?}: Msg is the shared and module keys"
        );
        for &msg in Msg::ALL {
            let key = key_of(msg);
            let said = if file["shared"].get(&key).is_some() {
                &file["shared"][&key]
            } else {
                &file["module"][&key]
            };
            for (count, form) in [(1, "one"), (2, "other")] {
                let want = said.as_str().or_else(|| said[form].as_str());
                assert_eq!(Some(text_n(locale, msg, count)), want, "{locale:?} {key}");
            }
        }
    }
}
