//! What the widget tells the host page, as DOM `CustomEvent`s on the host element (bubbling and
//! composed). Deliberately thin: ids, booleans and counts, never free text and no personal
//! details (though `kts:answer` and `kts:complete` do say how the visitor answered).

/// One event for the host page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HostEvent {
    /// `kts:ready`, detail `{ locale, quiz }`: the widget is on screen; `quiz` is false when the
    /// pack could not be loaded (help details only).
    Ready { locale: &'static str, quiz: bool },
    /// `kts:answer`, detail `{ questionId, correct }`: an answer was checked.
    Answer { question_id: String, correct: bool },
    /// `kts:complete`, detail `{ score, total }`: the results are shown.
    Complete { score: usize, total: usize },
}

/// A value in an event's detail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DetailValue<'a> {
    Text(&'a str),
    Flag(bool),
    Count(usize),
}

impl HostEvent {
    /// The DOM event type, e.g. `"kts:answer"`.
    pub fn name(&self) -> &'static str {
        match self {
            HostEvent::Ready { .. } => "kts:ready",
            HostEvent::Answer { .. } => "kts:answer",
            HostEvent::Complete { .. } => "kts:complete",
        }
    }

    /// The detail object's fields, in order.
    pub fn detail(&self) -> Vec<(&'static str, DetailValue<'_>)> {
        match self {
            HostEvent::Ready { locale, quiz } => vec![
                ("locale", DetailValue::Text(locale)),
                ("quiz", DetailValue::Flag(*quiz)),
            ],
            HostEvent::Answer {
                question_id,
                correct,
            } => vec![
                ("questionId", DetailValue::Text(question_id)),
                ("correct", DetailValue::Flag(*correct)),
            ],
            HostEvent::Complete { score, total } => vec![
                ("score", DetailValue::Count(*score)),
                ("total", DetailValue::Count(*total)),
            ],
        }
    }
}
