//! One question as a form: a `fieldset` whose `legend` is the question (with the progress and,
//! for scenarios, the case), native radio buttons or checkboxes, "Check answer", a polite live
//! region for "Choose an answer first", the feedback, and after checking "Next question" (or "See
//! results") below the explanation, so it is read before moving on. Enter in a choice checks the
//! answer.

use yew::prelude::*;

use super::feedback::Feedback;
use super::reducer::QuizReducer;
use super::{in_lang, t, use_content_lang, use_locale};
use crate::domain::messages::{fill, text};
use crate::domain::pack::QuestionKind;
use crate::domain::{Msg, Phase, QuizEvent};

#[derive(Properties, PartialEq)]
pub struct QuestionFormProps {
    pub quiz: UseReducerHandle<QuizReducer>,
    pub dispatch: Callback<QuizEvent>,
    /// Focused when a new question appears.
    pub legend_ref: NodeRef,
    /// Focused once the answer is checked: the verdict, at the top of the feedback.
    pub verdict_ref: NodeRef,
}

/// The current question, its choices, feedback and the action button.
#[component]
pub fn QuestionForm(props: &QuestionFormProps) -> Html {
    let locale = use_locale();
    let content_lang = use_content_lang();
    let state = &props.quiz.0;
    let Some(shown) = state.current() else {
        return html! {};
    };
    let question = shown.question;
    let phase = state.phase();
    let checked = phase == Phase::Feedback;
    let multiple = question.kind == QuestionKind::Multiple;
    let selection = state.selection();

    let on_check = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.emit(QuizEvent::Check))
    };
    // The second click of a double click on "Check answer" can land on "Next question" (moving
    // focus to the verdict may scroll it under the pointer): a click that is not the first of
    // its series (UI Events `detail` > 1) does not skip the explanation. Keys give 0.
    let on_next = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |event: MouseEvent| {
            if event.detail() <= 1 {
                dispatch.emit(QuizEvent::Next);
            }
        })
    };
    // Enter in a choice checks the answer. Done by hand rather than by form submission, which
    // an iframe sandboxed without allow-forms blocks outright.
    let onkeydown = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: KeyboardEvent| {
            let in_choice = e.target_dyn_into::<web_sys::HtmlInputElement>().is_some();
            if e.key() == "Enter" && in_choice && !checked {
                e.prevent_default();
                dispatch.emit(QuizEvent::Check);
            }
        })
    };
    let next_label = if shown.number >= shown.total {
        Msg::SeeResults
    } else {
        Msg::NextQuestion
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
            (true, true, true) => (Some("kts-choice--correct"), Some(Msg::CorrectChoiceMark)),
            (true, true, false) => (Some("kts-choice--correct"), Some(Msg::MissedChoiceMark)),
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
                    { in_lang(&content_lang, &choice.text) }
                    if let Some(mark) = mark {
                        { " " }<span class="kts-mark">{ t(locale, mark) }</span>
                    }
                </label>
            </div>
        }
    });

    let answer = state.last_answer();
    html! {
        <form class="kts-question" key={question.id.clone()} {onkeydown} novalidate=true>
            <fieldset>
                <legend tabindex="-1" ref={props.legend_ref.clone()}>
                    <span class="kts-progress">{ progress }</span>
                    if question.kind == QuestionKind::Scenario {
                        if let Some(case) = &question.scenario {
                            <span class="kts-scenario">
                                <span class="kts-scenario-label">{ t(locale, Msg::ScenarioLabel) }{ " " }</span>
                                { in_lang(&content_lang, case) }
                            </span>
                        }
                    }
                    <span class="kts-prompt" lang={content_lang.clone()}>{ &question.prompt }</span>
                </legend>
                <div class="kts-choices">{ for choices }</div>
            </fieldset>
            // Stays in place once checked, marked unavailable (not `disabled`, which would drop
            // focus to the page on a second click): a double click or a second Enter then does
            // nothing instead of skipping the explanation.
            <div class="kts-actions">
                <button type="button" class="kts-button" aria-disabled={checked.then_some("true")} onclick={on_check}>
                    { t(locale, Msg::CheckAnswer) }
                </button>
            </div>
            // "Choose an answer first" is announced from a live region that is there from the
            // start. The verdict is not in one: focus moves to it, which reads it, and a live
            // region would read it a second time.
            <p class="kts-nudge" role="status">
                if phase == (Phase::Answering { nudge: true }) {
                    { t(locale, Msg::ChooseFirst) }
                }
            </p>
            if let Some(answer) = answer {
                <div class="kts-feedback">
                    <p class={classes!("kts-verdict", if answer.correct { "kts-verdict--right" } else { "kts-verdict--wrong" })}
                        tabindex="-1" ref={props.verdict_ref.clone()}>
                        { t(locale, if answer.correct { Msg::Correct } else { Msg::NotQuite }) }
                    </p>
                    <Feedback question={question.clone()} />
                </div>
            }
            if checked {
                <div class="kts-actions">
                    <button type="button" class="kts-button" onclick={on_next}>{ t(locale, next_label) }</button>
                </div>
            }
        </form>
    }
}
