//! One question as a form: a `fieldset` whose `legend` is the question (with the progress and,
//! for scenarios, the case), native radio buttons or checkboxes, a polite live region for the
//! feedback, and one submit button that reads "Check answer", then "Next question" or
//! "See results". Enter in a choice submits the form, so the keyboard alone is enough.

use yew::prelude::*;

use super::feedback::Feedback;
use super::reducer::QuizReducer;
use super::{t, use_locale};
use crate::domain::messages::{fill, text};
use crate::domain::pack::QuestionKind;
use crate::domain::{Msg, Phase, QuizEvent};

#[derive(Properties, PartialEq)]
pub struct QuestionFormProps {
    pub quiz: UseReducerHandle<QuizReducer>,
    pub dispatch: Callback<QuizEvent>,
    /// Focused when a new question appears.
    pub legend_ref: NodeRef,
    /// Focused once the answer is checked (the inputs are then disabled).
    pub button_ref: NodeRef,
}

/// The current question, its choices, feedback and the action button.
#[component]
pub fn QuestionForm(props: &QuestionFormProps) -> Html {
    let locale = use_locale();
    let state = &props.quiz.0;
    let Some(shown) = state.current() else {
        return html! {};
    };
    let question = shown.question;
    let phase = state.phase();
    let checked = phase == Phase::Feedback;
    let multiple = question.kind == QuestionKind::Multiple;
    let selection = state.selection();

    let onsubmit = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            dispatch.emit(if checked {
                QuizEvent::Next
            } else {
                QuizEvent::Check
            });
        })
    };
    let button_label = match (checked, shown.number >= shown.total) {
        (false, _) => Msg::CheckAnswer,
        (true, false) => Msg::NextQuestion,
        (true, true) => Msg::SeeResults,
    };
    let progress = fill(
        text(locale, Msg::Progress),
        &[
            ("number", &shown.number.to_string()),
            ("total", &shown.total.to_string()),
        ],
    );

    let choices = shown.choices().enumerate().map(|(i, choice)| {
        let id = format!("kts-choice-{i}");
        let is_selected = selection.contains(&choice.id);
        let (state_class, mark) = match (checked, choice.correct, is_selected) {
            (true, true, _) => (Some("kts-choice--correct"), Some(Msg::CorrectChoiceMark)),
            (true, false, true) => (Some("kts-choice--wrong"), Some(Msg::WrongChoiceMark)),
            _ => (None, None),
        };
        let onchange = {
            let dispatch = props.dispatch.clone();
            let choice_id = choice.id.clone();
            Callback::from(move |_: Event| {
                dispatch.emit(if multiple {
                    QuizEvent::Toggle(choice_id.clone())
                } else {
                    QuizEvent::Select(choice_id.clone())
                })
            })
        };
        html! {
            <div class={classes!("kts-choice", state_class)}>
                <input type={if multiple { "checkbox" } else { "radio" }} id={id.clone()} name="kts-answer"
                    value={choice.id.clone()} checked={is_selected} disabled={checked} {onchange} />
                <label for={id}>
                    { &choice.text }
                    if let Some(mark) = mark {
                        { " " }<span class="kts-mark">{ t(locale, mark) }</span>
                    }
                </label>
            </div>
        }
    });

    let answer = state.last_answer();
    html! {
        <form class="kts-question" key={question.id.clone()} {onsubmit} novalidate=true>
            <fieldset>
                <legend tabindex="-1" ref={props.legend_ref.clone()}>
                    <span class="kts-progress">{ progress }</span>
                    if question.kind == QuestionKind::Scenario {
                        if let Some(case) = &question.scenario {
                            <span class="kts-scenario">
                                <span class="kts-scenario-label">{ t(locale, Msg::ScenarioLabel) }{ " " }</span>
                                { case }
                            </span>
                        }
                    }
                    <span class="kts-prompt">{ &question.prompt }</span>
                </legend>
                <div class="kts-choices">{ for choices }</div>
            </fieldset>
            <div class="kts-feedback" role="status" aria-live="polite">
                if phase == (Phase::Answering { nudge: true }) {
                    <p class="kts-nudge">{ t(locale, Msg::ChooseFirst) }</p>
                }
                if let Some(answer) = answer {
                    <p class={classes!("kts-verdict", if answer.correct { "kts-verdict--right" } else { "kts-verdict--wrong" })}>
                        { t(locale, if answer.correct { Msg::Correct } else { Msg::NotQuite }) }
                    </p>
                    <Feedback question={question.clone()} />
                }
            </div>
            <div class="kts-actions">
                <button type="submit" class="kts-button" ref={props.button_ref.clone()}>{ t(locale, button_label) }</button>
            </div>
        </form>
    }
}
