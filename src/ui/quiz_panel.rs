//! The quiz panel: content note, questions, results. Owns the quiz state and moves focus on
//! purpose so it is never lost to `<body>`: to the question's legend when a question appears,
//! to the verdict once an answer is checked (its inputs and "Check answer" are then disabled),
//! and to "Your results" at the end.

use std::rc::Rc;

use web_sys::HtmlElement;
use yew::prelude::*;

use super::content_note::ContentNote;
use super::question_form::QuestionForm;
use super::reducer::{new_seed, QuizReducer};
use super::results::Results;
use super::{t, use_locale};
use crate::domain::events::HostEvent;
use crate::domain::quiz::Scope;
use crate::domain::settings::EarlyStart;
use crate::domain::{Msg, Pack, Phase, QuizEvent, QuizState};

#[derive(Properties, PartialEq)]
pub struct QuizPanelProps {
    pub pack: Rc<Pack>,
    /// Which questions to ask.
    pub scope: Scope,
    /// Receives `kts:answer` and `kts:complete`.
    pub on_event: Callback<HostEvent>,
    /// What the visitor did with `embed.js`'s content note while the module loaded.
    pub early_start: EarlyStart,
}

/// What is on screen, for deciding where focus goes after a change.
#[derive(Clone, Copy, PartialEq)]
enum Screen {
    Note,
    Question { number: usize, checked: bool },
    Results,
}

/// The quiz, from content note to results.
#[component]
pub fn QuizPanel(props: &QuizPanelProps) -> Html {
    let locale = use_locale();
    let quiz = {
        let pack = Rc::clone(&props.pack);
        let scope = props.scope.clone();
        let pressed = matches!(props.early_start, EarlyStart::Pressed | EarlyStart::Opened);
        use_reducer(move || {
            let state = QuizState::with_scope(pack, new_seed(), &scope);
            // Pressed on embed.js's note while the module loaded: open on the first question.
            if pressed {
                return QuizReducer(state.apply(QuizEvent::Start).unwrap_or(state));
            }
            QuizReducer(state)
        })
    };
    let legend_ref = use_node_ref();
    let verdict_ref = use_node_ref();
    let heading_ref = use_node_ref();
    let start_ref = use_node_ref();

    let state = &quiz.0;
    let screen = match (state.phase(), state.current()) {
        (Phase::NotStarted, _) => Screen::Note,
        (Phase::Results, _) => Screen::Results,
        (phase, Some(shown)) => Screen::Question {
            number: shown.number,
            checked: phase == Phase::Feedback,
        },
        (_, None) => Screen::Results,
    };
    {
        let targets = (legend_ref.clone(), verdict_ref.clone(), heading_ref.clone());
        // Focus only moves after the visitor acts. On the first screen, only as embed.js's note
        // left it: to the legend if Start was pressed and still had focus, onto this Start if
        // it had focus unpressed; nowhere if the visitor has moved on (embed.js keeps focus
        // on what they moved to).
        let first = match props.early_start {
            EarlyStart::Pressed => Some(legend_ref.clone()),
            EarlyStart::Focused => Some(start_ref.clone()),
            EarlyStart::Opened | EarlyStart::Untouched => None,
        };
        let shown_before = use_mut_ref(|| false);
        use_effect_with(screen, move |screen| {
            let first_screen = !shown_before.replace(true);
            let target = match screen {
                _ if first_screen => first.as_ref(),
                Screen::Note => None,
                Screen::Question { checked: false, .. } => Some(&targets.0),
                Screen::Question { checked: true, .. } => Some(&targets.1),
                Screen::Results => Some(&targets.2),
            };
            if let Some(element) = target.and_then(|r| r.cast::<HtmlElement>()) {
                let _ = element.focus();
                // Focus shows the verdict, at the window's bottom edge if it was below; the
                // explanation under it is what the visitor reads next, so it comes into view too
                // (its top kept clear of the sticky quick-exit bar by widget.css).
                if matches!(screen, Screen::Question { checked: true, .. }) {
                    if let Some(feedback) = element.parent_element() {
                        let options = web_sys::ScrollIntoViewOptions::new();
                        options.set_block(web_sys::ScrollLogicalPosition::Nearest);
                        feedback.scroll_into_view_with_scroll_into_view_options(&options);
                    }
                }
            }
        });
    }

    {
        // One kts:answer per checked answer (the count grows by one each time; a retry resets it).
        let on_event = props.on_event.clone();
        let last = state.answers().last().cloned();
        use_effect_with(state.answers().len(), move |_| {
            if let Some(answer) = last {
                on_event.emit(HostEvent::Answer {
                    question_id: answer.question_id,
                    correct: answer.correct,
                });
            }
        });
    }
    {
        let on_event = props.on_event.clone();
        let (score, total) = state.score();
        use_effect_with(screen == Screen::Results, move |results| {
            if *results {
                on_event.emit(HostEvent::Complete { score, total });
            }
        });
    }

    let dispatch = {
        let quiz = quiz.dispatcher();
        Callback::from(move |event: QuizEvent| quiz.dispatch(event))
    };
    let on_start = dispatch.reform(|()| QuizEvent::Start);
    let on_retry = dispatch.reform(|()| QuizEvent::Retry { seed: new_seed() });

    html! {
        <section class="kts-panel kts-quiz" aria-labelledby="kts-quiz-heading">
            <h2 id="kts-quiz-heading">{ t(locale, Msg::QuizHeading) }</h2>
            {
                match screen {
                    Screen::Note => html! { <ContentNote {on_start} {start_ref} /> },
                    Screen::Question { .. } => html! {
                        <QuestionForm quiz={quiz.clone()} {dispatch} {legend_ref} {verdict_ref} />
                    },
                    Screen::Results => html! {
                        <Results quiz={quiz.clone()} {heading_ref} {on_retry} />
                    },
                }
            }
        </section>
    }
}
