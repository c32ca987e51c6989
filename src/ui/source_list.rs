//! "Source: UN Trafficking in Persons Protocol, Art. 3 (2000)": the citation line under every
//! explanation and fact.

use yew::prelude::*;

use super::{in_lang, use_content_lang, use_locale};
use crate::domain::messages::{text, text_n, Msg};
use crate::domain::pack::Source;

#[derive(Properties, PartialEq)]
pub struct SourceListProps {
    pub sources: Vec<Source>,
}

/// The sources of one explanation or fact, each with its year where it has one.
#[component]
pub fn SourceList(props: &SourceListProps) -> Html {
    let locale = use_locale();
    let lang = use_content_lang();
    let cited = props
        .sources
        .iter()
        .map(|s| match s.year {
            Some(year) => format!("{} ({year})", s.name),
            None => format!("{} ({})", s.name, text(locale, Msg::NoDate)),
        })
        .collect::<Vec<_>>()
        .join("; ");
    html! {
        <p class="kts-source">
            <span class="kts-source-label">{ text_n(locale, Msg::SourceLabel, props.sources.len()) }</span>
            { " " }{ in_lang(&lang, &cited) }
        </p>
    }
}
