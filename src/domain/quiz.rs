//! The quiz as a state machine: [`QuizState`] plus [`QuizEvent`], and [`QuizState::apply`].
//!
//! Pure and deterministic: the shuffle seed comes in with [`QuizState::new`] and
//! [`QuizEvent::Retry`], never from a clock or a random source inside. `apply` returns `None` for
//! an event that changes nothing, so the Yew adapter can keep the same `Rc` and skip a render.
//! Nothing here indexes or unwraps on pack data: a malformed pack makes a short quiz, not a panic.

use std::rc::Rc;

use super::pack::{for_region, Audience, Choice, Pack, Question, QuestionKind, Teaches, Topic};
use super::region::Region;

/// Which questions a run asks, drawn at random by the seed (see [`QuizState::with_scope`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Scope {
    /// `data-topics`: only questions on these topics (every topic when empty, or when none of
    /// the region's questions is on them).
    pub topics: Vec<Topic>,
    /// `data-questions`: how many questions a run asks (all when `None`, or when the pack has
    /// fewer).
    pub count: Option<usize>,
    /// `data-audience`: whose setting the run is mostly about.
    pub audience: Audience,
    /// `data-region`: only questions for this region's visitors (untagged ones suit all).
    pub region: Region,
}

/// Of a run for an audience other than [`Audience::General`], how many tenths (rounded up) come
/// from questions tagged with that audience, when the pack has enough; the rest are general.
pub const AUDIENCE_SHARE_TENTHS: usize = 7;

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
    /// Pack indices of the questions earlier runs asked on this page visit (kept in memory
    /// only), so that a retry asks others while the pack has them.
    seen: Vec<usize>,
}

impl QuizState {
    /// A quiz over every question of `pack`, shuffled by `seed`, starting at the content note.
    pub fn new(pack: Rc<Pack>, seed: u64) -> Self {
        QuizState::with_scope(pack, seed, &Scope::default())
    }

    /// A quiz over a sample of `pack` that `scope` chooses, drawn and shuffled by `seed`,
    /// starting at the content note.
    ///
    /// The sample: of the questions for `scope.region`'s visitors and on `scope.topics` (every
    /// topic if none is), `scope.count` questions, spread across topics; for an audience other
    /// than general, [`AUDIENCE_SHARE_TENTHS`] of them from that audience's questions and the
    /// rest from general ones; and at least one question on what to do, when there is one.
    pub fn with_scope(pack: Rc<Pack>, seed: u64, scope: &Scope) -> Self {
        QuizState::sampled(pack, seed, scope, Vec::new())
    }

    fn sampled(pack: Rc<Pack>, seed: u64, scope: &Scope, seen: Vec<usize>) -> Self {
        let mut rng = fastrand::Rng::with_seed(seed);
        let items = sample(&pack, &mut rng, scope, &seen)
            .into_iter()
            .filter_map(|question| {
                let q = pack.questions.get(question)?;
                let mut choices: Vec<usize> = (0..q.choices.len()).collect();
                // Every kind but true/false (true first, as people read it): a case's right
                // answer must not always sit in the same place.
                if q.kind != QuestionKind::TrueFalse {
                    rng.shuffle(&mut choices);
                }
                Some(Item { question, choices })
            })
            .collect();
        QuizState {
            pack,
            scope: scope.clone(),
            items,
            current: 0,
            phase: Phase::NotStarted,
            selection: Vec::new(),
            answers: Vec::new(),
            seen,
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
            (Phase::Results, QuizEvent::Retry { seed }) => {
                let mut seen = self.seen.clone();
                for item in &self.items {
                    if !seen.contains(&item.question) {
                        seen.push(item.question);
                    }
                }
                Some(QuizState {
                    phase: Phase::Answering { nudge: false },
                    ..QuizState::sampled(Rc::clone(&self.pack), seed, &self.scope, seen)
                })
            }
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

/// The pack indices of the questions a run asks, in the order asked (see
/// [`QuizState::with_scope`]). Questions not in `seen` come first while there are enough.
fn sample(pack: &Pack, rng: &mut fastrand::Rng, scope: &Scope, seen: &[usize]) -> Vec<usize> {
    let question = |i: usize| pack.questions.get(i);
    let regional: Vec<usize> = (0..pack.questions.len())
        .filter(|&i| question(i).is_some_and(|q| for_region(&q.regions, scope.region)))
        .collect();
    let on_topic = |i: &usize| {
        scope.topics.is_empty() || question(*i).is_some_and(|q| scope.topics.contains(&q.topic))
    };
    let eligible: Vec<usize> = if regional.iter().any(on_topic) {
        regional.into_iter().filter(on_topic).collect()
    } else {
        regional
    };
    let count = scope.count.unwrap_or(eligible.len()).min(eligible.len());
    if count == 0 {
        return Vec::new();
    }

    let suits = |i: &usize, audience: Audience| {
        question(*i).is_some_and(|q| q.audiences.contains(&audience))
    };
    let audience = scope.audience;
    let (primary, secondary, rest): (Vec<usize>, Vec<usize>, Vec<usize>) = {
        let mut groups = (Vec::new(), Vec::new(), Vec::new());
        for i in eligible {
            if suits(&i, audience) {
                groups.0.push(i);
            } else if suits(&i, Audience::General) {
                groups.1.push(i);
            } else {
                groups.2.push(i);
            }
        }
        groups
    };
    let target = if audience == Audience::General {
        count
    } else {
        count.saturating_mul(AUDIENCE_SHARE_TENTHS).div_ceil(10)
    };

    let split = |pool: Vec<usize>, rng: &mut fastrand::Rng| {
        let (unseen, was_seen): (Vec<usize>, Vec<usize>) =
            pool.into_iter().partition(|i| !seen.contains(i));
        (balanced(pack, unseen, rng), balanced(pack, was_seen, rng))
    };
    let (primary_new, primary_seen) = split(primary, rng);
    let (secondary_new, secondary_seen) = split(secondary, rng);
    let (rest_new, rest_seen) = split(rest, rng);

    // In order of preference: the audience's share, then general questions, then more of the
    // audience's; unseen before seen.
    let head = |list: &[usize], n: usize| list.iter().take(n).copied().collect::<Vec<_>>();
    let tail = |list: &[usize], n: usize| list.iter().skip(n).copied().collect::<Vec<_>>();
    let seen_target = target.saturating_sub(primary_new.len());
    let order: Vec<usize> = [
        head(&primary_new, target),
        secondary_new,
        tail(&primary_new, target),
        head(&primary_seen, seen_target),
        secondary_seen,
        tail(&primary_seen, seen_target),
    ]
    .concat();
    // Questions for neither the audience nor the general public (say, for clinicians only) only
    // when the pack has nothing else for this region and these topics.
    let order = if order.is_empty() {
        [rest_new, rest_seen].concat()
    } else {
        order
    };

    let mut picks: Vec<usize> = order.iter().take(count).copied().collect();
    let teaches_action = |i: &usize| question(*i).is_some_and(|q| q.teaches == Teaches::Action);
    if !picks.iter().any(teaches_action) {
        if let (Some(action), Some(last)) = (
            order.iter().skip(count).find(|i| teaches_action(i)),
            picks.last_mut(),
        ) {
            *last = *action;
        }
    }
    rng.shuffle(&mut picks);
    picks
}

/// `pool` shuffled, then dealt one topic at a time (a question of each topic in turn), so that
/// the first few cover as many topics as they can.
fn balanced(pack: &Pack, mut pool: Vec<usize>, rng: &mut fastrand::Rng) -> Vec<usize> {
    rng.shuffle(&mut pool);
    let mut by_topic: Vec<(Topic, Vec<usize>)> = Vec::new();
    for i in pool {
        let Some(topic) = pack.questions.get(i).map(|q| q.topic) else {
            continue;
        };
        match by_topic.iter_mut().find(|(t, _)| *t == topic) {
            Some((_, list)) => list.push(i),
            None => by_topic.push((topic, vec![i])),
        }
    }
    let rounds = by_topic
        .iter()
        .map(|(_, list)| list.len())
        .max()
        .unwrap_or(0);
    (0..rounds)
        .flat_map(|round| {
            by_topic
                .iter()
                .filter_map(move |(_, list)| list.get(round).copied())
        })
        .collect()
}
