//! Every shipped content pack parses, validates, and meets the content rules the widget promises.

use std::collections::HashSet;
use std::path::Path;

use know_the_signs::domain::load::{read_shape, Json};
use know_the_signs::domain::pack::{Pack, QuestionKind, Topic};
use know_the_signs::domain::validate;

fn shipped_packs() -> Vec<(String, Pack)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("static/packs");
    let mut packs = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("static/packs exists") {
        let path = entry.expect("readable entry").path();
        if path.extension().is_some_and(|e| e == "json") {
            let text = std::fs::read_to_string(&path).expect("readable pack");
            let value: serde_json::Value = serde_json::from_str(&text)
                .unwrap_or_else(|e| panic!("{} is not JSON: {e}", path.display()));
            let pack = match read_shape(&Json::from(value)) {
                Ok(loaded) => loaded.pack,
                Err(errors) => panic!("{} has shape errors: {errors:?}", path.display()),
            };
            packs.push((path.display().to_string(), pack));
        }
    }
    assert!(!packs.is_empty(), "no packs found in {}", dir.display());
    packs
}

#[test]
fn every_shipped_pack_validates() {
    for (path, pack) in shipped_packs() {
        if let Err(errors) = validate(&pack) {
            let list: Vec<String> = errors.iter().map(ToString::to_string).collect();
            panic!("{path} has errors:\n{}", list.join("\n"));
        }
    }
}

#[test]
fn english_pack_has_at_least_twelve_questions_over_every_topic_and_kind() {
    let (_, pack) = shipped_packs()
        .into_iter()
        .find(|(_, p)| p.locale == "en")
        .expect("an English pack");
    assert!(
        pack.questions.len() >= 12,
        "{} questions",
        pack.questions.len()
    );
    let topics: HashSet<Topic> = pack.questions.iter().map(|q| q.topic).collect();
    for topic in [
        Topic::Labour,
        Topic::Sex,
        Topic::Csec,
        Topic::Smuggling,
        Topic::Myths,
    ] {
        assert!(topics.contains(&topic), "no question on {topic:?}");
    }
    for kind in [
        QuestionKind::Single,
        QuestionKind::Multiple,
        QuestionKind::TrueFalse,
        QuestionKind::Scenario,
    ] {
        assert!(
            pack.questions.iter().any(|q| q.kind == kind),
            "no {kind:?} question"
        );
    }
}

#[test]
fn the_old_us_estimate_is_shown_only_as_history_with_its_revision() {
    for (path, pack) in shipped_packs() {
        for fact in &pack.facts {
            let text = format!("{} {}", fact.body, fact.points.join(" "));
            if text.contains("18,000") || text.contains("18.000") {
                assert!(
                    fact.historical,
                    "{path}: fact {} shows the 2003 estimate as current",
                    fact.id
                );
                assert!(
                    text.contains("14,500") || text.contains("14.500"),
                    "{path}: fact {} omits the 2004 revision",
                    fact.id
                );
                let years: Vec<u16> = fact.sources.iter().filter_map(|s| s.year).collect();
                assert!(
                    years.contains(&2003) && years.contains(&2004),
                    "{path}: {years:?}"
                );
            }
        }
    }
}

#[test]
fn no_unverified_figure_ships() {
    // shared/research/facts.md, "Do not ship".
    for (path, _) in shipped_packs() {
        let text = std::fs::read_to_string(&path).expect("readable pack");
        assert!(
            !text.contains("1.7 million"),
            "{path} ships the unverified 1.7 million figure"
        );
    }
}
