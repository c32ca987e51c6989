//! The fact panel: the pack's facts, each with its sources and years; old figures are labelled
//! as history.

use std::rc::Rc;

use yew::prelude::*;

use super::source_list::SourceList;
use super::{t, use_content_lang, use_locale};
use crate::domain::pack::for_region;
use crate::domain::region::Region;
use crate::domain::{Msg, Pack};

#[derive(Properties, PartialEq)]
pub struct FactsPanelProps {
    pub pack: Rc<Pack>,
    /// Whose facts to show (`data-region`): those tagged with it, and untagged ones.
    pub region: Region,
}

/// The pack's facts for the region, in pack order.
#[component]
pub fn FactsPanel(props: &FactsPanelProps) -> Html {
    let locale = use_locale();
    let lang = use_content_lang();
    let facts = props
        .pack
        .facts
        .iter()
        .filter(|fact| for_region(&fact.regions, props.region));
    let facts = facts.map(|fact| {
        html! {
            <li class={classes!("kts-fact", fact.historical.then_some("kts-fact--historical"))} key={fact.id.clone()}>
                <h3 lang={lang.clone()}>{ &fact.heading }</h3>
                if fact.historical {
                    <p class="kts-badge">{ t(locale, Msg::HistoricalLabel) }</p>
                }
                <p lang={lang.clone()}>{ &fact.body }</p>
                if !fact.points.is_empty() {
                    <ul lang={lang.clone()}>{ for fact.points.iter().map(|p| html! { <li>{ p }</li> }) }</ul>
                }
                <SourceList sources={fact.sources.clone()} />
            </li>
        }
    });
    html! {
        <section class="kts-panel kts-facts" aria-labelledby="kts-facts-heading">
            <h2 id="kts-facts-heading">{ t(locale, Msg::FactsHeading) }</h2>
            <ul class="kts-fact-list">{ for facts }</ul>
        </section>
    }
}
