//! The quiz as a state machine: [`QuizState`] plus [`QuizEvent`], and [`QuizState::apply`].
//!
//! Pure and deterministic: the shuffle seed comes in with [`QuizState::new`] and
//! [`QuizEvent::Retry`], never from a clock or a random source inside. `apply` returns `None` for
//! an event that changes nothing, so the Yew adapter can keep the same `Rc` and skip a render.
//! Nothing here indexes or unwraps on pack data: a malformed pack makes a short quiz, not a panic.

use std::rc::Rc;

use super::pack::{Choice, Pack, Question, QuestionKind, Topic};

/// Which questions a run asks: those on `topics` (all topics when empty), at most `count` of
/// them (all when `None`), drawn at random by the seed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Scope {
    pub topics: Vec<Topic>,
    pub count: Option<usize>,
}

/// What the visitor does, in domain terms (the view turns clicks and keys into these).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QuizEvent {
    /// Leave the content note and show the first question.
    Start,
    /// Choose this choice id and no other (radio buttons).
    Select(String),
    /// Add or remove this choice id (checkboxes).
    Toggle(String),
    /// Check the current selection against the answer.
    Check,
    /// Go on to the next question, or to the results after the last one.
    Next,
    /// Start over with the questions and choices reshuffled by `seed`.
    Retry { seed: u64 },
}

/// Where the visitor is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    /// The content note before the first question.
    NotStarted,
    /// A question is shown and can be answered. `nudge`: "Check" was pressed with nothing chosen.
    Answering { nudge: bool },
    /// The current question was checked; its feedback is shown.
    Feedback,
    /// All questions answered; score and review are shown.
    Results,
}

/// One question as this run shows it: which pack question, with its choices in shown order.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Item {
    question: usize,
    choices: Vec<usize>,
}

/// The visitor's checked answer to one question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    /// The question's stable id.
    pub question_id: String,
    /// Chosen choice ids, in the order they were chosen.
    pub selected: Vec<String>,
    /// Whether `selected` equals the set of correct choices exactly.
    pub correct: bool,
}

/// A question ready to show: the pack's question and its choices in this run's order.
#[derive(Debug, Clone, Copy)]
pub struct ShownQuestion<'a> {
    pub question: &'a Question,
    /// 1-based position in this run ("Question 3 of 10").
    pub number: usize,
    /// How many questions this run has.
    pub total: usize,
    items: &'a [usize],
}

impl<'a> ShownQuestion<'a> {
    /// The choices in the order this run shows them.
    pub fn choices(&self) -> impl Iterator<Item = &'a Choice> + 'a {
        let choices = &self.question.choices;
        self.items.iter().filter_map(move |&i| choices.get(i))
    }
}

/// The whole quiz state. Cheap to clone apart from the answers list; the pack is shared.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuizState {
    pack: Rc<Pack>,
    scope: Scope,
    items: Vec<Item>,
    current: usize,
    phase: Phase,
    selection: Vec<String>,
    answers: Vec<Answer>,
}

impl QuizState {
    /// A quiz over every question of `pack`, shuffled by `seed`, starting at the content note.
    pub fn new(pack: Rc<Pack>, seed: u64) -> Self {
        QuizState::with_scope(pack, seed, &Scope::default())
    }

    /// A quiz over the questions `scope` picks from `pack`, shuffled by `seed`, starting at the
    /// content note. A scope that matches no question falls back to every question.
    pub fn with_scope(pack: Rc<Pack>, seed: u64, scope: &Scope) -> Self {
        let items = shuffled_items(&pack, seed, scope);
        QuizState {
            pack,
            scope: scope.clone(),
            items,
            current: 0,
            phase: Phase::NotStarted,
            selection: Vec::new(),
            answers: Vec::new(),
        }
    }

    /// Applies `event`. Returns the next state, or `None` when the event changes nothing in
    /// this phase (selecting after checking, checking twice, an unknown choice id, …).
    pub fn apply(&self, event: QuizEvent) -> Option<QuizState> {
        match (self.phase, event) {
            (Phase::NotStarted, QuizEvent::Start) => Some(QuizState {
                phase: Phase::Answering { nudge: false },
                ..self.clone()
            }),
            (Phase::Answering { .. }, QuizEvent::Select(id)) => {
                let question = self.shown()?.question;
                if !has_choice(question, &id) || self.selection == [id.clone()] {
                    return None;
                }
                Some(QuizState {
                    selection: vec![id],
                    phase: Phase::Answering { nudge: false },
                    ..self.clone()
                })
            }
            (Phase::Answering { .. }, QuizEvent::Toggle(id)) => {
                let question = self.shown()?.question;
                if !has_choice(question, &id) {
                    return None;
                }
                let mut selection = self.selection.clone();
                match selection.iter().position(|s| *s == id) {
                    Some(at) => {
                        selection.remove(at);
                    }
                    None => selection.push(id),
                }
                Some(QuizState {
                    selection,
                    phase: Phase::Answering { nudge: false },
                    ..self.clone()
                })
            }
            (Phase::Answering { nudge }, QuizEvent::Check) => {
                if self.selection.is_empty() {
                    return (!nudge).then(|| QuizState {
                        phase: Phase::Answering { nudge: true },
                        ..self.clone()
                    });
                }
                let question = self.shown()?.question;
                let mut answers = self.answers.clone();
                answers.push(Answer {
                    question_id: question.id.clone(),
                    selected: self.selection.clone(),
                    correct: is_correct(question, &self.selection),
                });
                Some(QuizState {
                    answers,
                    phase: Phase::Feedback,
                    ..self.clone()
                })
            }
            (Phase::Feedback, QuizEvent::Next) => {
                let next = self.current.saturating_add(1);
                Some(if next < self.items.len() {
                    QuizState {
                        current: next,
                        selection: Vec::new(),
                        phase: Phase::Answering { nudge: false },
                        ..self.clone()
                    }
                } else {
                    QuizState {
                        selection: Vec::new(),
                        phase: Phase::Results,
                        ..self.clone()
                    }
                })
            }
            (Phase::Results, QuizEvent::Retry { seed }) => Some(QuizState {
                phase: Phase::Answering { nudge: false },
                ..QuizState::with_scope(Rc::clone(&self.pack), seed, &self.scope)
            }),
            _ => None,
        }
    }

    /// The current phase.
    pub fn phase(&self) -> Phase {
        self.phase
    }

    /// The pack this quiz runs on.
    pub fn pack(&self) -> &Rc<Pack> {
        &self.pack
    }

    /// The question being answered or reviewed; `None` before the start, after the end, or for
    /// an empty pack.
    pub fn current(&self) -> Option<ShownQuestion<'_>> {
        match self.phase {
            Phase::Answering { .. } | Phase::Feedback => self.shown(),
            Phase::NotStarted | Phase::Results => None,
        }
    }

    /// Choice ids chosen for the current question.
    pub fn selection(&self) -> &[String] {
        &self.selection
    }

    /// The checked answer to the current question, while its feedback is shown.
    pub fn last_answer(&self) -> Option<&Answer> {
        match self.phase {
            Phase::Feedback => self.answers.last(),
            _ => None,
        }
    }

    /// Every checked answer so far, in the order asked.
    pub fn answers(&self) -> &[Answer] {
        &self.answers
    }

    /// `(right, asked)`: how many checked answers were correct, out of how many questions this
    /// run has.
    pub fn score(&self) -> (usize, usize) {
        let right = self.answers.iter().filter(|a| a.correct).count();
        (right, self.items.len())
    }

    /// The questions answered wrongly, in the order asked, each with the visitor's answer.
    pub fn missed(&self) -> Vec<(&Question, &Answer)> {
        self.answers
            .iter()
            .filter(|a| !a.correct)
            .filter_map(|a| {
                let question = self.pack.questions.iter().find(|q| q.id == a.question_id)?;
                Some((question, a))
            })
            .collect()
    }

    /// The ids of this run's questions in the order they are asked.
    pub fn question_order(&self) -> Vec<&str> {
        self.items
            .iter()
            .filter_map(|item| self.pack.questions.get(item.question))
            .map(|q| q.id.as_str())
            .collect()
    }

    fn shown(&self) -> Option<ShownQuestion<'_>> {
        let item = self.items.get(self.current)?;
        Some(ShownQuestion {
            question: self.pack.questions.get(item.question)?,
            number: self.current.saturating_add(1),
            total: self.items.len(),
            items: &item.choices,
        })
    }
}

fn has_choice(question: &Question, id: &str) -> bool {
    question.choices.iter().any(|c| c.id == id)
}

/// True when `selection` holds every correct choice and nothing else.
pub fn is_correct(question: &Question, selection: &[String]) -> bool {
    question
        .choices
        .iter()
        .all(|c| c.correct == selection.contains(&c.id))
}

/// Questions in a seeded random order; choices shuffled too, except where their order carries
/// meaning (true/false, and the two classes of a scenario).
fn shuffled_items(pack: &Pack, seed: u64, scope: &Scope) -> Vec<Item> {
    let mut rng = fastrand::Rng::with_seed(seed);
    let on_topic = |q: &Question| scope.topics.is_empty() || scope.topics.contains(&q.topic);
    let any_on_topic = pack.questions.iter().any(on_topic);
    let mut items: Vec<Item> = pack
        .questions
        .iter()
        .enumerate()
        .filter(|(_, q)| !any_on_topic || on_topic(q))
        .map(|(question, q)| {
            let mut choices: Vec<usize> = (0..q.choices.len()).collect();
            if matches!(q.kind, QuestionKind::Single | QuestionKind::Multiple) {
                rng.shuffle(&mut choices);
            }
            Item { question, choices }
        })
        .collect();
    rng.shuffle(&mut items);
    if let Some(count) = scope.count {
        items.truncate(count.max(1));
    }
    items
}
