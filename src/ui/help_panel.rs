//! The help panel: hotlines as `tel:` and `sms:` links. Built from compiled-in data
//! (`domain::help`), so it renders whether or not the content pack loaded.

use yew::prelude::*;

use super::{t, use_locale};
use crate::domain::help::{Channel, US};
use crate::domain::Msg;

/// Where to get help. Always rendered, in every state of the widget.
#[component]
pub fn HelpPanel() -> Html {
    let locale = use_locale();
    let contacts = US.iter().map(|contact| {
        let links = contact.links.iter().map(|link| {
            let label = match link.channel {
                Channel::Call => Msg::CallLabel,
                Channel::Text => Msg::TextLabel,
            };
            html! {
                <a class="kts-contact-link" href={link.href}>
                    { t(locale, label) }{ " " }<span class="kts-number">{ link.display }</span>
                </a>
            }
        });
        html! {
            <li class="kts-contact" key={contact.id}>
                <p class="kts-contact-name">{ t(locale, contact.name) }</p>
                <p>{ t(locale, contact.detail) }</p>
                <p class="kts-contact-links">{ for links }</p>
            </li>
        }
    });
    html! {
        <aside class="kts-panel kts-help" aria-labelledby="kts-help-heading">
            <h2 id="kts-help-heading">{ t(locale, Msg::HelpHeading) }</h2>
            <p>{ t(locale, Msg::HelpIntro) }</p>
            <ul class="kts-contacts">{ for contacts }</ul>
        </aside>
    }
}
