//! Any bytes as a content pack: reading, validating and then taking the quiz must not panic.
#![no_main]

use std::rc::Rc;

use know_the_signs::domain::load::read_pack_json;
use know_the_signs::domain::{QuizEvent, QuizState};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(loaded) = read_pack_json(text) else {
        return;
    };
    // A valid pack: play it through, picking the first choice each time, then retry.
    let mut state = QuizState::new(Rc::new(loaded.pack), data.len() as u64);
    let mut steps = 0;
    while steps < 1_000 {
        steps += 1;
        let event = match state.current() {
            None => {
                if let Some(next) = state.apply(QuizEvent::Start) {
                    state = next;
                    continue;
                }
                QuizEvent::Retry { seed: 7 }
            }
            Some(shown) if state.last_answer().is_none() => match shown.choices().next() {
                Some(c) if state.selection().is_empty() => QuizEvent::Toggle(c.id.clone()),
                _ => QuizEvent::Check,
            },
            Some(_) => QuizEvent::Next,
        };
        match state.apply(event) {
            Some(next) => state = next,
            None => break,
        }
        let _ = state.score();
        let _ = state.missed();
    }
});
