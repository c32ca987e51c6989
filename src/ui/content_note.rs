//! The content note shown before the first question, so visitors choose when to begin.
//! `embed.js` draws the same note (same words, same classes) while the module loads.

use yew::prelude::*;

use super::{t, use_locale};
use crate::domain::Msg;

#[derive(Properties, PartialEq)]
pub struct ContentNoteProps {
    /// Called when the visitor chooses to start.
    pub on_start: Callback<()>,
    /// The Start button, for the quiz panel to focus.
    pub start_ref: NodeRef,
}

/// What the quiz covers, how long it takes, and where help is.
#[component]
pub fn ContentNote(props: &ContentNoteProps) -> Html {
    let locale = use_locale();
    let onclick = props.on_start.reform(|_: MouseEvent| ());
    html! {
        <div class="kts-note">
            <h3>{ t(locale, Msg::ContentNoteHeading) }</h3>
            <p>{ t(locale, Msg::ContentNoteBody) }</p>
            <p>{ t(locale, Msg::ContentNoteHelp) }</p>
            <div class="kts-actions">
                <button type="button" class="kts-button" ref={props.start_ref.clone()} {onclick}>{ t(locale, Msg::StartQuiz) }</button>
            </div>
        </div>
    }
}
