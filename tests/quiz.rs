//! The quiz engine: every transition, scoring, review and reshuffling by seed.

mod common;

use std::rc::Rc;

use know_the_signs::domain::{Phase, QuizEvent, QuizState};

fn started(seed: u64) -> QuizState {
    QuizState::new(Rc::new(common::sample()), seed)
        .apply(QuizEvent::Start)
        .expect("start leaves the content note")
}

fn current_id(state: &QuizState) -> String {
    state
        .current()
        .expect("a question is shown")
        .question
        .id
        .clone()
}

/// Answers the current question with `choices` (radio or checkbox as its kind needs) and checks.
fn answer(state: QuizState, choices: &[&str]) -> QuizState {
    let multiple = state.current().expect("a question").question.kind
        == know_the_signs::domain::pack::QuestionKind::Multiple;
    let mut state = state;
    for c in choices {
        let event = if multiple {
            QuizEvent::Toggle((*c).to_owned())
        } else {
            QuizEvent::Select((*c).to_owned())
        };
        state = state
            .apply(event)
            .expect("selecting a choice changes the state");
    }
    state
        .apply(QuizEvent::Check)
        .expect("check with a selection")
}

/// The right answer for each sample question.
fn right(id: &str) -> &'static [&'static str] {
    match id {
        "q1" => &["b"],
        "q2" => &["x", "y"],
        "q3" => &["t"],
        other => panic!("unknown question {other}"),
    }
}

#[test]
fn starts_at_the_content_note_and_only_start_leaves_it() {
    let state = QuizState::new(Rc::new(common::sample()), 1);
    assert_eq!(state.phase(), Phase::NotStarted);
    assert!(state.current().is_none());
    for event in [
        QuizEvent::Check,
        QuizEvent::Next,
        QuizEvent::Select("b".into()),
    ] {
        assert!(state.apply(event).is_none());
    }
    let next = state.apply(QuizEvent::Start).expect("start");
    assert_eq!(next.phase(), Phase::Answering { nudge: false });
    let shown = next.current().expect("first question");
    assert_eq!((shown.number, shown.total), (1, 3));
}

#[test]
fn checking_with_nothing_chosen_nudges_once_and_records_nothing() {
    let state = started(7);
    let nudged = state.apply(QuizEvent::Check).expect("nudge");
    assert_eq!(nudged.phase(), Phase::Answering { nudge: true });
    assert!(nudged.answers().is_empty());
    assert!(
        nudged.apply(QuizEvent::Check).is_none(),
        "a second empty check is a no-op"
    );
}

#[test]
fn select_replaces_and_toggle_adds_or_removes() {
    let mut state = started(3);
    while current_id(&state) != "q2" {
        let id = current_id(&state);
        state = answer(state, right(&id))
            .apply(QuizEvent::Next)
            .expect("next");
    }
    let state = state
        .apply(QuizEvent::Toggle("x".into()))
        .expect("toggle x on");
    let state = state
        .apply(QuizEvent::Toggle("z".into()))
        .expect("toggle z on");
    assert_eq!(state.selection(), ["x", "z"]);
    let state = state
        .apply(QuizEvent::Toggle("x".into()))
        .expect("toggle x off");
    assert_eq!(state.selection(), ["z"]);
    let state = state
        .apply(QuizEvent::Select("y".into()))
        .expect("select replaces");
    assert_eq!(state.selection(), ["y"]);
    assert!(
        state.apply(QuizEvent::Select("y".into())).is_none(),
        "same selection is a no-op"
    );
    assert!(
        state.apply(QuizEvent::Select("nope".into())).is_none(),
        "unknown id is ignored"
    );
}

#[test]
fn feedback_locks_the_answer_until_next() {
    let state = started(11);
    let id = current_id(&state);
    let checked = answer(state, right(&id));
    assert_eq!(checked.phase(), Phase::Feedback);
    let last = checked.last_answer().expect("feedback shows the answer");
    assert!(last.correct);
    assert_eq!(last.question_id, id);
    assert!(checked.apply(QuizEvent::Select("a".into())).is_none());
    assert!(checked.apply(QuizEvent::Toggle("x".into())).is_none());
    assert!(checked.apply(QuizEvent::Check).is_none());
    let next = checked.apply(QuizEvent::Next).expect("next");
    assert_eq!(next.current().expect("second").number, 2);
    assert!(next.selection().is_empty());
    assert!(next.last_answer().is_none());
}

#[test]
fn multiple_select_is_right_only_with_exactly_the_correct_set() {
    let pack = common::sample();
    let q2 = &pack.questions[1];
    let ids = |v: &[&str]| v.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
    assert!(know_the_signs::domain::quiz::is_correct(
        q2,
        &ids(&["y", "x"])
    ));
    assert!(!know_the_signs::domain::quiz::is_correct(q2, &ids(&["x"])));
    assert!(!know_the_signs::domain::quiz::is_correct(
        q2,
        &ids(&["x", "y", "z"])
    ));
}

#[test]
fn a_full_run_scores_the_answers_given_and_reviews_the_missed_ones() {
    let mut state = started(42);
    let mut expected_right = 0;
    let mut expected_missed = Vec::new();
    for n in 0..3 {
        let id = current_id(&state);
        // Answer the first question wrongly, the rest rightly.
        state = if n == 0 {
            let wrong: &[&str] = match id.as_str() {
                "q1" => &["a"],
                "q2" => &["x"],
                _ => &["f"],
            };
            expected_missed.push(id.clone());
            answer(state, wrong)
        } else {
            expected_right += 1;
            answer(state, right(&id))
        };
        state = state.apply(QuizEvent::Next).expect("next");
    }
    assert_eq!(state.phase(), Phase::Results);
    assert_eq!(state.score(), (expected_right, 3));
    let missed: Vec<String> = state.missed().iter().map(|(q, _)| q.id.clone()).collect();
    assert_eq!(missed, expected_missed);
    assert!(state.apply(QuizEvent::Next).is_none());
}

#[test]
fn the_same_seed_gives_the_same_order_and_retry_reshuffles() {
    let a = started(2024);
    let b = started(2024);
    assert_eq!(a.question_order(), b.question_order());
    let choices = |s: &QuizState| -> Vec<String> {
        s.current()
            .expect("q")
            .choices()
            .map(|c| c.id.clone())
            .collect()
    };
    assert_eq!(choices(&a), choices(&b));

    // Over several seeds the order must change: a shuffle that ignores its seed fails here.
    let orders: std::collections::HashSet<Vec<String>> = (0..20)
        .map(|seed| {
            started(seed)
                .question_order()
                .iter()
                .map(|s| (*s).to_owned())
                .collect()
        })
        .collect();
    assert!(
        orders.len() > 1,
        "question order never changes with the seed"
    );

    // Finish a run, retry with a new seed: back to question 1 of 3, nothing answered.
    let mut state = a;
    for _ in 0..3 {
        let id = current_id(&state);
        state = answer(state, right(&id))
            .apply(QuizEvent::Next)
            .expect("next");
    }
    let retried = state.apply(QuizEvent::Retry { seed: 99 }).expect("retry");
    assert_eq!(retried.phase(), Phase::Answering { nudge: false });
    assert!(retried.answers().is_empty());
    assert_eq!(retried.score(), (0, 3));
    assert_eq!(retried.question_order(), started(99).question_order());
}

#[test]
fn true_false_choices_keep_their_order() {
    for seed in 0..20 {
        let mut state = started(seed);
        while current_id(&state) != "q3" {
            let id = current_id(&state);
            state = answer(state, right(&id))
                .apply(QuizEvent::Next)
                .expect("next");
        }
        let order: Vec<String> = state
            .current()
            .expect("q3")
            .choices()
            .map(|c| c.id.clone())
            .collect();
        assert_eq!(order, ["t", "f"]);
    }
}

#[test]
fn retry_is_only_offered_at_the_end() {
    assert!(started(1).apply(QuizEvent::Retry { seed: 2 }).is_none());
}

#[test]
fn a_scope_picks_topics_and_a_count() {
    use know_the_signs::domain::pack::Topic;
    use know_the_signs::domain::quiz::Scope;
    let pack = Rc::new(common::sample());
    let only_csec = Scope {
        topics: vec![Topic::Csec],
        count: None,
        ..Scope::default()
    };
    let state = QuizState::with_scope(Rc::clone(&pack), 5, &only_csec);
    assert_eq!(state.question_order(), ["q3"]);

    let two = Scope {
        topics: vec![],
        count: Some(2),
        ..Scope::default()
    };
    for seed in 0..10 {
        let state = QuizState::with_scope(Rc::clone(&pack), seed, &two);
        assert_eq!(state.question_order().len(), 2);
        assert_eq!(state.score(), (0, 2));
    }

    // A topic with no questions falls back to every question; a count over the total is all.
    let none = Scope {
        topics: vec![Topic::Sex],
        count: Some(99),
        ..Scope::default()
    };
    assert_eq!(
        QuizState::with_scope(pack, 1, &none).question_order().len(),
        3
    );
}
