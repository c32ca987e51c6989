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

use yew::prelude::*;

use crate::domain::messages::{self, Locale, Msg};

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
