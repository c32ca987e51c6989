//! Adapter from the domain state machine to Yew's `Reducible`. A no-op event returns the same
//! `Rc`, which Yew does not re-render.

use std::rc::Rc;

use yew::Reducible;

use crate::domain::{QuizEvent, QuizState};

/// `QuizState` as Yew reducer state.
#[derive(Debug, PartialEq, Eq)]
pub struct QuizReducer(pub QuizState);

impl Reducible for QuizReducer {
    type Action = QuizEvent;

    fn reduce(self: Rc<Self>, action: QuizEvent) -> Rc<Self> {
        match self.0.apply(action) {
            Some(next) => Rc::new(QuizReducer(next)),
            None => self,
        }
    }
}

/// A fresh shuffle seed. Drawn here, in the view layer, and passed into the engine.
pub fn new_seed() -> u64 {
    // Math.random gives 52 random bits in [0, 1); scale them into a u64.
    (js_sys::Math::random() * (1u64 << 52) as f64) as u64
}
