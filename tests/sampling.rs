//! How a run samples a bank: by region, audience, topic and what a question teaches; retries
//! ask questions not seen yet. The bank here is made up (tests/packs.rs checks the real one).

use std::collections::HashSet;
use std::rc::Rc;

use know_the_signs::domain::load::{read_pack, Json};
use know_the_signs::domain::pack::{Audience, Teaches, Topic};
use know_the_signs::domain::quiz::{QuizEvent, QuizState, Scope, AUDIENCE_SHARE_TENTHS};
use know_the_signs::domain::region::Region;
use know_the_signs::domain::Pack;
use serde_json::{json, Value};

/// One question of the made-up bank.
fn question(
    id: &str,
    topic: &str,
    teaches: &str,
    audiences: &[&str],
    regions: Option<&[&str]>,
) -> Value {
    let mut q = json!({
        "id": id, "topic": topic, "kind": "true_false", "teaches": teaches, "audiences": audiences,
        "prompt": format!("Question {id}?"),
        "choices": [{ "id": "true", "text": "True", "correct": true }, { "id": "false", "text": "False" }],
        "explanation": { "sign": "s", "why": "w", "action": "a" },
        "sources": [{ "name": "A source", "year": 2021 }]
    });
    if let Some(regions) = regions {
        q["regions"] = json!(regions);
    }
    q
}

/// 60 questions: 30 general signs over all five topics, 8 general action questions, 4 law
/// questions for each of us, uk and au (12), and 10 health-only signs.
fn bank() -> Rc<Pack> {
    let topics = ["labour", "sex", "csec", "smuggling", "myths"];
    let mut questions = Vec::new();
    for i in 0..30 {
        questions.push(question(
            &format!("sign-{i}"),
            topics[i % 5],
            "sign",
            &["general"],
            None,
        ));
    }
    for i in 0..8 {
        questions.push(question(
            &format!("act-{i}"),
            topics[i % 5],
            "action",
            &["general", "health"],
            None,
        ));
    }
    for region in ["us", "uk", "au"] {
        for i in 0..4 {
            questions.push(question(
                &format!("law-{region}-{i}"),
                "myths",
                "law",
                &["general"],
                Some(&[region]),
            ));
        }
    }
    for i in 0..10 {
        questions.push(question(
            &format!("health-{i}"),
            topics[i % 5],
            "sign",
            &["health"],
            None,
        ));
    }
    let tree = Json::from(
        json!({ "schema_version": 2, "locale": "en", "questions": questions, "facts": [] }),
    );
    Rc::new(read_pack(&tree).expect("the made-up bank is valid").pack)
}

fn scope(region: Region, audience: Audience, count: usize) -> Scope {
    Scope {
        topics: vec![],
        count: Some(count),
        audience,
        region,
    }
}

/// The ids a run asks, and the run itself finished (every answer "true", which is right).
fn run_ids(state: &QuizState) -> Vec<String> {
    state
        .question_order()
        .into_iter()
        .map(str::to_owned)
        .collect()
}

fn finish(mut state: QuizState) -> QuizState {
    state = state.apply(QuizEvent::Start).unwrap_or(state);
    while let Some(shown) = state.current() {
        let _ = shown;
        state = state
            .apply(QuizEvent::Select("true".into()))
            .expect("select");
        state = state.apply(QuizEvent::Check).expect("check");
        state = state.apply(QuizEvent::Next).expect("next");
    }
    state
}

fn of<'a>(pack: &'a Pack, id: &str) -> &'a know_the_signs::domain::pack::Question {
    pack.questions
        .iter()
        .find(|q| q.id == id)
        .expect("asked question is in the pack")
}

#[test]
fn a_uk_run_never_asks_another_countrys_law() {
    let pack = bank();
    for seed in 0..200 {
        let state = QuizState::with_scope(
            Rc::clone(&pack),
            seed,
            &scope(Region::Uk, Audience::General, 10),
        );
        for id in run_ids(&state) {
            assert!(
                !id.starts_with("law-us") && !id.starts_with("law-au"),
                "seed {seed}: {id}"
            );
        }
    }
}

#[test]
fn intl_gets_no_national_law_at_all() {
    let pack = bank();
    let state = QuizState::with_scope(
        Rc::clone(&pack),
        1,
        &scope(Region::Intl, Audience::General, 100),
    );
    let ids = run_ids(&state);
    assert!(ids.iter().all(|id| !id.starts_with("law-")), "{ids:?}");
    // Every other general question is there: 30 signs and 8 action questions.
    assert_eq!(ids.len(), 38);
}

#[test]
fn a_run_asks_ten_by_default_from_config_and_at_least_one_what_to_do_question() {
    let pack = bank();
    for seed in 0..300 {
        let state = QuizState::with_scope(
            Rc::clone(&pack),
            seed,
            &scope(Region::Us, Audience::General, 10),
        );
        let ids = run_ids(&state);
        assert_eq!(ids.len(), 10);
        assert!(
            ids.iter()
                .any(|id| of(&pack, id).teaches == Teaches::Action),
            "seed {seed}: no what-to-do question in {ids:?}"
        );
        let unique: HashSet<&String> = ids.iter().collect();
        assert_eq!(unique.len(), 10, "seed {seed}: a question asked twice");
    }
}

#[test]
fn a_run_spreads_across_topics() {
    let pack = bank();
    for seed in 0..100 {
        let state = QuizState::with_scope(
            Rc::clone(&pack),
            seed,
            &scope(Region::Intl, Audience::General, 5),
        );
        let topics: HashSet<Topic> = run_ids(&state)
            .iter()
            .map(|id| of(&pack, id).topic)
            .collect();
        assert!(topics.len() >= 4, "seed {seed}: only {topics:?}");
    }
}

#[test]
fn a_health_run_asks_mostly_health_questions_and_the_rest_general() {
    let pack = bank();
    for seed in 0..200 {
        let state = QuizState::with_scope(
            Rc::clone(&pack),
            seed,
            &scope(Region::Us, Audience::Health, 10),
        );
        let ids = run_ids(&state);
        let health = ids
            .iter()
            .filter(|id| of(&pack, id).audiences.contains(&Audience::Health))
            .count();
        assert!(
            health >= (10 * AUDIENCE_SHARE_TENTHS).div_ceil(10),
            "seed {seed}: {health} of 10 in {ids:?}"
        );
        assert!(health < 10, "seed {seed}: no general question at all");
    }
}

#[test]
fn a_general_run_never_asks_a_question_only_for_staff() {
    let pack = bank();
    for seed in 0..200 {
        let state = QuizState::with_scope(
            Rc::clone(&pack),
            seed,
            &scope(Region::Us, Audience::General, 10),
        );
        assert!(
            run_ids(&state).iter().all(|id| !id.starts_with("health-")),
            "seed {seed}"
        );
    }
}

#[test]
fn retries_ask_unseen_questions_while_the_bank_has_them() {
    let pack = bank();
    for seed in 0..50 {
        // uk, general: 30 signs + 8 what-to-do + 4 uk law = 42 questions.
        let mut state = QuizState::with_scope(
            Rc::clone(&pack),
            seed,
            &scope(Region::Uk, Audience::General, 10),
        );
        let mut asked: HashSet<String> = HashSet::new();
        for retry in 0..5u64 {
            let ids = run_ids(&state);
            let unseen_left = 42 - asked.len();
            let repeats: Vec<&String> = ids.iter().filter(|id| asked.contains(*id)).collect();
            if unseen_left >= 10 {
                // Only the one what-to-do question every run has may come round again, when
                // the unseen ones include none.
                assert!(repeats.len() <= 1, "seed {seed}, run {retry}: {repeats:?}");
                assert!(repeats
                    .iter()
                    .all(|id| of(&pack, id).teaches == Teaches::Action));
            } else {
                // The bank is nearly used up: every unseen question is asked.
                assert_eq!(
                    ids.len() - repeats.len(),
                    unseen_left,
                    "seed {seed}, run {retry}"
                );
            }
            asked.extend(ids);
            let done = finish(state);
            state = done
                .apply(QuizEvent::Retry {
                    seed: seed * 100 + retry,
                })
                .expect("retry at the end");
        }
        assert_eq!(asked.len(), 42, "seed {seed}");
    }
}

#[test]
fn the_same_seed_and_scope_give_the_same_run() {
    let pack = bank();
    let s = scope(Region::Ca, Audience::Health, 10);
    assert_eq!(
        run_ids(&QuizState::with_scope(Rc::clone(&pack), 42, &s)),
        run_ids(&QuizState::with_scope(Rc::clone(&pack), 42, &s))
    );
}

#[test]
fn a_count_over_the_bank_asks_all_it_has() {
    let pack = bank();
    let state = QuizState::with_scope(
        Rc::clone(&pack),
        3,
        &scope(Region::Au, Audience::Health, 500),
    );
    // Everything for au: 30 + 8 + 4 + 10 health (the audience's own come first, then general).
    assert_eq!(run_ids(&state).len(), 52);
}

#[test]
fn version_1_questions_suit_every_audience_and_region() {
    let tree = Json::from(json!({
        "schema_version": 1, "locale": "en",
        "questions": [question("old", "labour", "sign", &["general"], None)],
        "facts": []
    }));
    // A version 1 question without the new fields.
    let Json::Object(mut root) = tree else {
        unreachable!()
    };
    if let Some((_, Json::Array(questions))) = root.iter_mut().find(|(k, _)| k == "questions") {
        if let Some(Json::Object(q)) = questions.first_mut() {
            q.retain(|(k, _)| k != "teaches" && k != "audiences");
        }
    }
    let pack = read_pack(&Json::Object(root))
        .expect("a version 1 pack still loads")
        .pack;
    let q = &pack.questions[0];
    assert_eq!(
        (q.teaches, q.audiences.clone(), q.regions.clone()),
        (Teaches::Context, vec![Audience::General], vec![])
    );
    let state = QuizState::with_scope(
        Rc::new(pack),
        1,
        &scope(Region::Au, Audience::Workplace, 10),
    );
    assert_eq!(run_ids(&state), vec!["old".to_owned()]);
}

#[test]
fn a_cases_right_answer_is_not_always_in_the_same_place() {
    // The built-in bank's cases list the right answer first; a visitor must not learn that.
    let pack =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/static/packs/en.json"))
            .expect("the English pack");
    let pack = Rc::new(
        know_the_signs::domain::load::read_pack_json(&pack)
            .expect("valid")
            .pack,
    );
    let mut first_is_right = 0;
    let mut cases = 0;
    for seed in 0..40 {
        let state = QuizState::with_scope(
            Rc::clone(&pack),
            seed,
            &scope(Region::Us, Audience::General, 10),
        );
        let mut state = state.apply(QuizEvent::Start).expect("start");
        while let Some(shown) = state.current() {
            if shown.question.kind == know_the_signs::domain::pack::QuestionKind::Scenario {
                cases += 1;
                if shown.choices().next().is_some_and(|c| c.correct) {
                    first_is_right += 1;
                }
            }
            let id = shown
                .choices()
                .next()
                .map(|c| c.id.clone())
                .expect("a choice");
            // Select chooses one choice of any kind; a fresh question has nothing chosen yet.
            state = state.apply(QuizEvent::Select(id)).expect("choose");
            state = state.apply(QuizEvent::Check).expect("check");
            state = state.apply(QuizEvent::Next).expect("next");
        }
    }
    assert!(cases > 50, "{cases} cases seen");
    // Three choices each: about a third would put the right one first by chance.
    assert!(
        first_is_right * 2 < cases,
        "{first_is_right} of {cases} cases showed the right answer first"
    );
}
