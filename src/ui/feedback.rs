//! The explanation of a question: the sign, why it matters, what to do, and its sources. Shown
//! after checking an answer and again in the results review.

use yew::prelude::*;

use super::source_list::SourceList;
use super::{in_lang, t, use_content_lang, use_locale};
use crate::domain::pack::Question;
use crate::domain::Msg;

#[derive(Properties, PartialEq)]
pub struct FeedbackProps {
    pub question: Question,
}

/// Teaches the sign behind one question.
#[component]
pub fn Feedback(props: &FeedbackProps) -> Html {
    let locale = use_locale();
    let lang = use_content_lang();
    let e = &props.question.explanation;
    html! {
        <div class="kts-explanation">
            <p><strong>{ t(locale, Msg::TheSign) }{ " " }</strong>{ in_lang(&lang, &e.sign) }</p>
            <p><strong>{ t(locale, Msg::WhyItMatters) }{ " " }</strong>{ in_lang(&lang, &e.why) }</p>
            <p><strong>{ t(locale, Msg::WhatToDo) }{ " " }</strong>{ in_lang(&lang, &e.action) }</p>
            <SourceList sources={props.question.sources.clone()} />
        </div>
    }
}
