//! Yew views. One component per file; every string comes from the message catalog
//! (`domain::messages`), never from a literal here.

pub mod app;
mod content_note;
mod facts_panel;
mod feedback;
mod question_form;
mod quiz_panel;
mod reducer;
mod results;
mod source_list;
pub mod tasks;

use yew::prelude::*;

use crate::domain::messages::{self, Locale, Msg};

/// The languages of one widget, provided by [`app::App`] (one context for both, which keeps
/// the module smaller than two).
#[derive(Clone, PartialEq, Default)]
pub struct Languages {
    /// The widget's own words.
    pub locale: Locale,
    /// The content pack's language (its BCP 47 `locale`) where it differs from `locale`: set as
    /// `lang` on the elements that hold the pack's text, so that a screen reader reads each part
    /// in its language. `None` (nothing set) when they match.
    pub content: Option<AttrValue>,
}

/// The current locale.
#[hook]
fn use_locale() -> Locale {
    use_context::<Languages>().unwrap_or_default().locale
}

/// The pack's language where it differs from the widget's (see [`Languages::content`]).
#[hook]
fn use_content_lang() -> Option<AttrValue> {
    use_context::<Languages>().and_then(|l| l.content)
}

/// `text` from the pack, inside a `<span lang>` when its language differs from the widget's.
fn in_lang(lang: &Option<AttrValue>, text: &str) -> Html {
    match lang {
        Some(lang) => html! { <span lang={lang.clone()}>{ text.to_owned() }</span> },
        None => html! { { text.to_owned() } },
    }
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
