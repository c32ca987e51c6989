//! The end of a run: the score, a review of the questions missed with their explanations, and
//! "Try again".

use yew::prelude::*;

use super::feedback::Feedback;
use super::reducer::QuizReducer;
use super::{score_line, t, use_content_lang, use_locale};
use crate::domain::messages::{fill, text};
use crate::domain::pack::Question;
use crate::domain::Msg;

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub quiz: UseReducerHandle<QuizReducer>,
    /// Focused when the results appear.
    pub heading_ref: NodeRef,
    pub on_retry: Callback<()>,
}

/// The texts of the choices `keep` accepts, in the pack's order, joined for reading.
fn choice_texts(
    question: &Question,
    keep: impl Fn(&crate::domain::pack::Choice) -> bool,
) -> String {
    question
        .choices
        .iter()
        .filter(|c| keep(c))
        .map(|c| c.text.as_str())
        .collect::<Vec<_>>()
        .join("; ")
}

/// Score and review.
#[component]
pub fn Results(props: &ResultsProps) -> Html {
    let locale = use_locale();
    let lang = use_content_lang();
    let state = &props.quiz.0;
    let summary = score_line(locale, state.score());
    let missed = state.missed();
    let onclick = props.on_retry.reform(|_: MouseEvent| ());

    let review = missed.iter().map(|(question, answer)| {
        let yours = choice_texts(question, |c| answer.selected.contains(&c.id));
        let correct = choice_texts(question, |c| c.correct);
        html! {
            <li key={question.id.clone()}>
                if let Some(case) = &question.scenario {
                    <p class="kts-scenario" lang={lang.clone()}>{ case }</p>
                }
                <p class="kts-review-prompt" lang={lang.clone()}>{ &question.prompt }</p>
                <p>{ fill(text(locale, Msg::YourAnswer), &[("answer", &yours)]) }</p>
                <p>{ fill(text(locale, Msg::CorrectAnswer), &[("answer", &correct)]) }</p>
                <Feedback question={(*question).clone()} />
            </li>
        }
    });

    html! {
        <div class="kts-results">
            // The score is part of the heading that gets focus, so it is read once, on arrival;
            // a live region as well would read it twice.
            <h3 tabindex="-1" ref={props.heading_ref.clone()}>
                { t(locale, Msg::YourResults) }
                <span class="kts-score">{ summary }</span>
            </h3>
            if missed.is_empty() {
                <p>{ t(locale, Msg::NothingMissed) }</p>
            } else {
                <h4>{ t(locale, Msg::ReviewHeading) }</h4>
                <ol class="kts-review">{ for review }</ol>
            }
            <div class="kts-actions">
                <button type="button" class="kts-button" {onclick}>{ t(locale, Msg::TryAgain) }</button>
            </div>
        </div>
    }
}
