//! The help panel: the partner's own service first (if set), then the region's hotlines, as
//! `tel:`, `sms:` and `https:` links. Built from compiled-in data (`data/help.json`) and
//! attributes, never from the content pack, so it renders whether or not the pack loaded.

use yew::prelude::*;

use super::{t, use_locale};
use crate::domain::help::{Channel, Region};
use crate::domain::messages::{fill, text};
use crate::domain::Msg;
use crate::embed::config::PartnerHelp;

#[derive(Properties, PartialEq)]
pub struct HelpPanelProps {
    /// Whose hotlines to show (`data-region`).
    pub region: Region,
    /// The partner's own service (`data-help-*`), shown first.
    pub partner: Option<PartnerHelp>,
}

/// "Call 1-888-373-7888": the number in a `kts-number` box of its own, which the frame's sheet
/// (embed.js) keeps from breaking inside itself.
fn link(href: &str, label: AttrValue, shown: &str) -> Html {
    html! {
        <a class="kts-contact-link" href={href.to_owned()}>
            { label }{ " " }<span class="kts-number">{ shown.to_owned() }</span>
        </a>
    }
}

/// Where to get help. Always rendered, in every state of the widget.
#[component]
pub fn HelpPanel(props: &HelpPanelProps) -> Html {
    let locale = use_locale();
    let intro = match props.region.emergency() {
        Some(number) => fill(text(locale, Msg::HelpIntro), &[("emergency", number)]),
        None => text(locale, Msg::HelpIntroIntl).to_owned(),
    };
    let partner = props.partner.as_ref().map(|p| {
        let name = p
            .name
            .clone()
            .unwrap_or_else(|| text(locale, Msg::PartnerHelpName).to_owned());
        html! {
            <li class="kts-contact kts-contact--partner" key="partner">
                <h3 class="kts-contact-name">{ name }</h3>
                <p class="kts-contact-links">
                    if let Some((shown, href)) = &p.phone { { link(href, t(locale, Msg::CallLabel), shown) } }
                    if let Some((shown, href)) = &p.text { { link(href, t(locale, Msg::TextLabel), shown) } }
                    if let Some(url) = &p.url {
                        <a class="kts-contact-link" href={url.clone()}>{ t(locale, Msg::WebsiteLabel) }</a>
                    }
                </p>
            </li>
        }
    });
    let contacts = props.region.contacts().iter().map(|contact| {
        let links = contact.links.iter().map(|l| {
            let label = match l.channel {
                Channel::Call => Msg::CallLabel,
                Channel::Text => Msg::TextLabel,
                Channel::Url => Msg::WebsiteLabel,
            };
            link(l.href, t(locale, label), l.display)
        });
        html! {
            <li class="kts-contact" key={contact.id}>
                <h3 class="kts-contact-name">{ contact.name.get(locale) }</h3>
                <p>{ contact.detail.get(locale) }</p>
                <p class="kts-contact-links">{ for links }</p>
            </li>
        }
    });
    html! {
        <aside class="kts-panel kts-help" aria-labelledby="kts-help-heading">
            <h2 id="kts-help-heading">{ t(locale, Msg::HelpHeading) }</h2>
            <p>{ intro }</p>
            <ul class="kts-contacts">{ for partner }{ for contacts }</ul>
        </aside>
    }
}
