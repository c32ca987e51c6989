//! Yew views. One component per file; every string comes from the message catalog
//! (`domain::messages`), never from a literal here.

pub mod app;
mod content_note;
mod facts_panel;
mod feedback;
mod help_panel;
mod question_form;
mod quiz_panel;
mod reducer;
mod results;
mod source_list;

use wasm_bindgen::prelude::{Closure, JsCast};
use web_sys::HtmlElement;
use yew::prelude::*;

use crate::domain::messages::{self, Locale, Msg};

/// Moves focus to `element` once the frame that shows it has been painted (an animation frame,
/// then a task), if it is still in the page by then.
///
/// Focusing forces a style and layout pass straight away; done in the same task as the render,
/// it held back the paint of what the visitor clicked for (about 6 ms of the 21 ms from a click
/// on "Check answer" to the verdict painted: README, performance). The focus follows one frame
/// later.
fn focus_after_paint(element: HtmlElement) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let focus = Closure::once_into_js(move || {
        if element.is_connected() {
            let _ = element.focus();
        }
    });
    let timer = window.clone();
    let after_frame = Closure::once_into_js(move || {
        let _ = timer.set_timeout_with_callback(focus.unchecked_ref());
    });
    let _ = window.request_animation_frame(after_frame.unchecked_ref());
}

/// The current locale, provided by [`app::App`].
#[hook]
fn use_locale() -> Locale {
    use_context::<Locale>().unwrap_or_default()
}

/// "You answered {right} of {total} questions correctly." for a `(right, total)` score.
fn score_line(locale: Locale, (right, total): (usize, usize)) -> String {
    messages::fill(
        messages::text_n(locale, Msg::ScoreSummary, total),
        &[("right", &right.to_string()), ("total", &total.to_string())],
    )
}

/// `msg` in `locale`, as an attribute/text value.
fn t(locale: Locale, msg: Msg) -> AttrValue {
    AttrValue::Static(messages::text(locale, msg))
}
