//! Every shipped content pack parses, validates, and meets the content rules the widget promises.

use std::collections::{BTreeSet, HashSet};
use std::path::Path;

use know_the_signs::domain::load::{read_shape, Json};
use know_the_signs::domain::pack::{Audience, Pack, QuestionKind, Teaches, Topic};
use know_the_signs::domain::region::Region;
use know_the_signs::domain::validate;
use know_the_signs::domain::Locale;

/// The pack in `text` (read from `path`), shape only; panics naming the file on any problem.
fn shape_of(path: &Path, text: &str) -> Pack {
    let value: serde_json::Value = serde_json::from_str(text)
        .unwrap_or_else(|e| panic!("{} is not JSON: {e}", path.display()));
    match read_shape(&Json::from(value)) {
        Ok(loaded) => loaded.pack,
        Err(errors) => panic!("{} has shape errors: {errors:?}", path.display()),
    }
}

fn shipped_packs() -> Vec<(String, Pack)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("static/packs");
    let mut packs = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("static/packs exists") {
        let path = entry.expect("readable entry").path();
        if path.extension().is_some_and(|e| e == "json") {
            let text = std::fs::read_to_string(&path).expect("readable pack");
            packs.push((path.display().to_string(), shape_of(&path, &text)));
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

/// The figures in `text`, written the same whatever the grouping: "18,000", "18.000" and
/// "18 000" (with a no-break space) are all "18000"; "6.3" stays "6.3". Digits joined by a
/// separator followed by exactly three digits are one number.
fn figures(text: &str) -> BTreeSet<String> {
    const SEPARATORS: [char; 5] = [',', '.', ' ', '\u{a0}', '\u{202f}'];
    let chars: Vec<char> = text.chars().collect();
    let digits_at = |at: usize| {
        chars[at..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count()
    };
    let mut found = BTreeSet::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let mut number = String::new();
        loop {
            let run = digits_at(i);
            number.extend(&chars[i..i + run]);
            i += run;
            let separator = chars.get(i).filter(|c| SEPARATORS.contains(c));
            let next = if i + 1 < chars.len() {
                digits_at(i + 1)
            } else {
                0
            };
            match separator {
                Some(_) if next == 3 => i += 1,
                Some('.') | Some(',') if next > 0 => {
                    number.push('.');
                    i += 1;
                }
                _ => break,
            }
        }
        found.insert(number);
    }
    found
}

/// Every pack item's text, by item: question ids with all their text, fact ids likewise.
fn item_texts(pack: &Pack) -> Vec<(String, String)> {
    let questions = pack.questions.iter().map(|q| {
        let choices: Vec<&str> = q.choices.iter().map(|c| c.text.as_str()).collect();
        let e = &q.explanation;
        let text = [
            q.prompt.as_str(),
            q.scenario.as_deref().unwrap_or_default(),
            &choices.join(" "),
            &e.sign,
            &e.why,
            &e.action,
        ]
        .join(" ");
        (format!("question {}", q.id), text)
    });
    let facts = pack.facts.iter().map(|f| {
        let text = format!("{} {} {}", f.heading, f.body, f.points.join(" "));
        (format!("fact {}", f.id), text)
    });
    questions.chain(facts).collect()
}

/// What must be the same in every locale's pack: ids, topics, kinds, right answers, the
/// number of points and the years of the sources. One line per item.
fn skeleton(pack: &Pack) -> Vec<String> {
    let years = |sources: &[know_the_signs::domain::pack::Source]| {
        sources.iter().map(|s| s.year).collect::<Vec<_>>()
    };
    let mut lines = Vec::new();
    for q in &pack.questions {
        lines.push(format!(
            "question {}: {:?} {:?}, teaches {:?}, for {:?} in {:?}, case: {}, source years {:?}",
            q.id,
            q.topic,
            q.kind,
            q.teaches,
            q.audiences,
            q.regions,
            q.scenario.is_some(),
            years(&q.sources)
        ));
        for c in &q.choices {
            lines.push(format!(
                "question {} choice {}: correct {}",
                q.id, c.id, c.correct
            ));
        }
    }
    for f in &pack.facts {
        lines.push(format!(
            "fact {}: historical {}, {} points, in {:?}, source years {:?}",
            f.id,
            f.historical,
            f.points.len(),
            f.regions,
            years(&f.sources)
        ));
    }
    lines
}

fn pack_for(locale: Locale) -> Pack {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("static/packs/{}.json", locale.tag()));
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{locale:?} has no built-in pack at {}: {e}", path.display()));
    let pack = shape_of(&path, &text);
    assert_eq!(pack.locale, locale.tag(), "{}", path.display());
    pack
}

#[test]
fn every_locale_has_a_pack_with_the_same_items_as_every_other() {
    let english = skeleton(&pack_for(Locale::En));
    for locale in Locale::ALL {
        let other = skeleton(&pack_for(locale));
        let only_english: Vec<_> = english.iter().filter(|l| !other.contains(l)).collect();
        let only_other: Vec<_> = other.iter().filter(|l| !english.contains(l)).collect();
        assert!(
            only_english.is_empty() && only_other.is_empty(),
            "only in en.json: {only_english:#?}\nonly in {}.json: {only_other:#?}",
            locale.tag()
        );
        assert_eq!(
            other,
            english,
            "{}.json: the same items, in the same order",
            locale.tag()
        );
    }
    // Every pack on disk is some locale's.
    for (path, pack) in shipped_packs() {
        assert!(
            Locale::from_tag(&pack.locale).is_some(),
            "{path}: locale {}",
            pack.locale
        );
    }
}

#[test]
fn translations_carry_the_same_figures_as_english() {
    let english = item_texts(&pack_for(Locale::En));
    for locale in Locale::ALL {
        for ((id, en), (_, other)) in english.iter().zip(item_texts(&pack_for(locale))) {
            assert_eq!(
                figures(&other),
                figures(en),
                "{}.json {id}: {other}",
                locale.tag()
            );
        }
    }
}

#[test]
fn figures_are_read_whatever_their_grouping() {
    let found = figures(
        "18,000 y 18.000, 18\u{a0}000; 6.3 millones, 25\u{a0}%, art. 3(a), 1-888-373-7888.",
    );
    let want: BTreeSet<String> = ["18000", "6.3", "25", "3", "1", "888", "373", "7888"]
        .map(String::from)
        .into();
    assert_eq!(found, want);
}

#[test]
fn the_old_us_estimate_is_shown_only_as_history_with_its_revision() {
    for (path, pack) in shipped_packs() {
        for fact in &pack.facts {
            let numbers = figures(&format!("{} {}", fact.body, fact.points.join(" ")));
            if numbers.contains("18000") {
                assert!(
                    fact.historical,
                    "{path}: fact {} shows the 2003 estimate as current",
                    fact.id
                );
                assert!(
                    numbers.contains("14500"),
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
            !text.contains("1.7 million")
                && !text.contains("1.7 millones")
                && !text.contains("1,7 millones"),
            "{path} ships the unverified 1.7 million figure"
        );
    }
}

#[test]
fn built_in_packs_leave_services_and_numbers_to_the_help_details() {
    // The help details follow the widget's data-region; the pack's text is the same in every
    // region, so it must not send a visitor in the UK or Australia to 911 or a US hotline.
    let region_specific = [
        "911",
        "999",
        "000",
        "NCMEC",
        "Hotline",
        "hotline",
        "Helpline",
        "helpline",
        "línea de ayuda",
        "Red Cross",
        "Cruz Roja",
        "Federal Police",
        "Policía Federal",
        "AFP",
        "Polaris",
        "200 languages",
        "200 idiomas",
        "888",
        "233733",
        "843",
        "08000",
        "121 700",
        "900-1010",
        "131 237",
        "9345",
    ];
    for (path, _) in shipped_packs() {
        let pack: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&path).expect("readable pack"))
                .expect("a JSON pack");
        for question in pack["questions"].as_array().expect("questions") {
            let explanation = &question["explanation"];
            for part in ["sign", "why", "action"] {
                let text = explanation[part].as_str().unwrap_or_default();
                for word in region_specific {
                    assert!(
                        !text.contains(word),
                        "{path}: question {} explanation.{part} names \"{word}\": {text}",
                        question["id"]
                    );
                }
            }
        }
    }
}

#[test]
fn the_bank_is_mostly_signs_with_what_to_do_for_every_audience() {
    let pack = pack_for(Locale::En);
    let questions = &pack.questions;
    assert!(questions.len() >= 48, "{} questions", questions.len());
    let signs = questions
        .iter()
        .filter(|q| q.teaches == Teaches::Sign)
        .count();
    assert!(
        signs * 3 >= questions.len() * 2,
        "{signs} of {} questions teach a sign",
        questions.len()
    );
    for audience in Audience::ALL {
        let suits: Vec<_> = questions
            .iter()
            .filter(|q| q.audiences.contains(&audience))
            .collect();
        // Enough for a run of ten to be mostly the audience's own (7 of 10).
        assert!(suits.len() >= 7, "{audience:?}: {} questions", suits.len());
        assert!(
            suits.iter().any(|q| q.teaches == Teaches::Action),
            "{audience:?}: no question on what to do"
        );
    }
    // The seed's subjects stay: the definition, trafficking vs smuggling, who is trafficked.
    for id in [
        "sex-false-job-offer",
        "smuggling-differences",
        "myth-who-can-be-affected",
    ] {
        assert!(questions.iter().any(|q| q.id == id), "{id} left the bank");
    }
}

/// The country whose law a source is, by its name: `None` for the UN Protocols, research and
/// guidance. Source names are the same in every pack (translations add a gloss in brackets).
fn law_of(source: &str) -> Option<Region> {
    if source.contains("Trafficking Victims Protection Act") || source.contains("U.S.C.") {
        Some(Region::Us)
    } else if source.contains("Modern Slavery Act") {
        Some(Region::Uk)
    } else if source.contains("Criminal Code") && source.contains("279") {
        Some(Region::Ca)
    } else if source.contains("Criminal Code") && source.contains("Division") {
        Some(Region::Au)
    } else {
        None
    }
}

#[test]
fn no_visitor_is_taught_another_countrys_law() {
    for (path, pack) in shipped_packs() {
        let items = pack
            .questions
            .iter()
            .map(|q| (format!("question {}", q.id), &q.sources, &q.regions))
            .chain(
                pack.facts
                    .iter()
                    .map(|f| (format!("fact {}", f.id), &f.sources, &f.regions)),
            );
        for (id, sources, regions) in items {
            for law in sources.iter().filter_map(|s| law_of(&s.name)) {
                assert_eq!(
                    regions,
                    &vec![law],
                    "{path}: {id} cites {law:?} law, so it is for {law:?} visitors only"
                );
            }
        }
    }
    // Each country with help details of its own has questions and a fact on its own law.
    let pack = pack_for(Locale::En);
    for region in [Region::Us, Region::Uk, Region::Ca, Region::Au] {
        let law_questions = pack
            .questions
            .iter()
            .filter(|q| q.teaches == Teaches::Law && q.regions == [region])
            .count();
        assert!(law_questions >= 1, "{region:?}: no question on its law");
        assert!(
            pack.facts.iter().any(|f| f.regions == [region]),
            "{region:?}: no fact of its own"
        );
    }
}

#[test]
fn every_source_in_the_built_in_packs_has_a_year() {
    for (path, pack) in shipped_packs() {
        let sources = pack
            .questions
            .iter()
            .flat_map(|q| q.sources.iter().map(move |s| (q.id.as_str(), s)))
            .chain(
                pack.facts
                    .iter()
                    .flat_map(|f| f.sources.iter().map(move |s| (f.id.as_str(), s))),
            );
        for (id, source) in sources {
            assert!(
                source.year.is_some(),
                "{path}: {id} cites \"{}\" without a year",
                source.name
            );
        }
    }
}

/// `tests/figures.txt`: every figure the built-in packs may show, each traced to a row of the
/// research notes with its status. Lines: `figure<TAB>research row<TAB>status`.
fn allowed_figures() -> Vec<(String, String, String)> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/figures.txt");
    let text = std::fs::read_to_string(&path).expect("tests/figures.txt");
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|line| {
            let mut parts = line.split('\t').map(|p| p.trim().to_owned());
            let figure = parts.next().unwrap_or_default();
            let row = parts.next().unwrap_or_default();
            let status = parts.next().unwrap_or_default();
            (figure, row, status)
        })
        .collect()
}

#[test]
fn every_figure_shown_is_on_the_allow_list_and_traced_to_verified_research() {
    let allowed = allowed_figures();
    for (figure, row, status) in &allowed {
        assert!(
            ["V", "V*", "S"].contains(&status.as_str()),
            "tests/figures.txt: {figure} ({row}) has status \"{status}\": only V and S rows ship"
        );
        assert!(
            row.starts_with("facts.md ") || row.starts_with("signs.md "),
            "tests/figures.txt: {figure}: \"{row}\" names no row of facts.md or signs.md"
        );
    }
    let allowed_set: BTreeSet<&str> = allowed.iter().map(|(f, _, _)| f.as_str()).collect();
    let mut used = BTreeSet::new();
    // Figures are the same in every locale (translations_carry_the_same_figures_as_english).
    for (id, text) in item_texts(&pack_for(Locale::En)) {
        for figure in figures(&text) {
            assert!(
                allowed_set.contains(figure.as_str()),
                "en.json {id} shows {figure}, which tests/figures.txt does not trace to the research notes: {text}"
            );
            used.insert(figure);
        }
    }
    let unused: Vec<&&str> = allowed_set.iter().filter(|f| !used.contains(**f)).collect();
    assert!(
        unused.is_empty(),
        "tests/figures.txt lists figures no pack shows: {unused:?}"
    );
}
