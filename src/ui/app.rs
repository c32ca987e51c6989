//! The quiz, help and fact panels, in that order so the help details sit right after the quiz
//! on a narrow screen. `embed.js` draws the frame around it: the labelled region and the
//! quick-exit bar, which work before and without this module.

use std::rc::Rc;

use yew::prelude::*;

use super::facts_panel::FactsPanel;
use super::help_panel::HelpPanel;
use super::quiz_panel::QuizPanel;
use super::{t, Languages};
use crate::domain::events::HostEvent;
use crate::domain::help::Region;
use crate::domain::quiz::Scope;
use crate::domain::{Locale, Msg, Pack};
use crate::embed::config::{Panel, PartnerHelp, DEFAULT_PANELS};

/// What the visitor did with the content note `embed.js` draws while the module loads (the
/// same note, with the same words, that [`App`] then shows).
#[derive(Clone, Copy, PartialEq, Eq, Default, Debug)]
pub enum EarlyStart {
    /// Nothing: the app opens on its own content note, focus untouched.
    #[default]
    Untouched,
    /// "Start the quiz" had keyboard focus: the app's own Start button takes it.
    Focused,
    /// The visitor pressed "Start the quiz" and focus is still on it: the app opens on the
    /// first question, focused.
    Pressed,
    /// The visitor pressed "Start the quiz", then moved focus elsewhere: the app opens on the
    /// first question and leaves focus alone.
    Opened,
}

/// Properties of one widget instance.
#[derive(Properties, Clone)]
pub struct AppProps {
    /// UI and content language (the embed layer sets `lang` and `dir` on the region around).
    pub locale: Locale,
    /// Which questions a run asks (`data-topics`, `data-questions`, `data-audience`,
    /// `data-region`).
    pub scope: Scope,
    /// The validated content pack, or `None` when it could not be loaded (the help panel still
    /// shows, with a notice in place of the quiz).
    pub pack: Option<Rc<Pack>>,
    /// The partner's own pack (`data-pack`) could not be used, so `pack` is the built-in one.
    pub own_pack_failed: bool,
    /// Which panels, in order (`data-panels`); always includes help.
    pub panels: Vec<Panel>,
    /// Whose hotlines the help panel shows.
    pub region: Region,
    /// The partner's own service, shown first in the help panel.
    pub partner_help: Option<PartnerHelp>,
    /// Tells the host page what happened (`kts:ready`, `kts:answer`, `kts:complete`).
    pub on_event: Callback<HostEvent>,
    /// What the visitor did with `embed.js`'s content note before this app was mounted.
    pub early_start: EarlyStart,
    /// The pack's language where it differs from `locale` (see [`Languages::content`]).
    pub content_lang: Option<AttrValue>,
}

impl PartialEq for AppProps {
    fn eq(&self, other: &Self) -> bool {
        let same_pack = match (&self.pack, &other.pack) {
            (Some(a), Some(b)) => Rc::ptr_eq(a, b),
            (None, None) => true,
            _ => false,
        };
        self.locale == other.locale
            && self.scope == other.scope
            && same_pack
            && self.on_event == other.on_event
            && self.region == other.region
            && self.own_pack_failed == other.own_pack_failed
            && self.panels == other.panels
            && self.partner_help == other.partner_help
            && self.early_start == other.early_start
            && self.content_lang == other.content_lang
    }
}

/// The whole widget.
#[component]
pub fn App(props: &AppProps) -> Html {
    let locale = props.locale;
    {
        let on_event = props.on_event.clone();
        let quiz = props.pack.is_some();
        use_effect_with((), move |()| {
            on_event.emit(HostEvent::Ready {
                locale: locale.tag(),
                quiz,
            })
        });
    }
    html! {
        <ContextProvider<Languages> context={Languages { locale, content: props.content_lang.clone() }}>
            // tabindex -1: a click on plain text in the widget (say, the second click of a double
            // click, after the layout moved) leaves focus here rather than on the page's body.
            <div class={classes!("kts-body", (props.panels == DEFAULT_PANELS).then_some("kts-body--default"))} tabindex="-1">
                if props.own_pack_failed {
                    <p class="kts-own-pack-notice" role="status">{ t(locale, Msg::OwnPackFailed) }</p>
                }
                { for props.panels.iter().map(|panel| match (panel, &props.pack) {
                    (Panel::Quiz, Some(pack)) => html! {
                        <QuizPanel key="quiz" pack={Rc::clone(pack)} scope={props.scope.clone()} on_event={props.on_event.clone()} early_start={props.early_start} />
                    },
                    (Panel::Quiz, None) => html! {
                        <section key="quiz" class="kts-panel kts-quiz" aria-labelledby="kts-quiz-heading">
                            <h2 id="kts-quiz-heading">{ t(locale, Msg::QuizHeading) }</h2>
                            // Focusable from script: embed.js moves focus here when the Start it
                            // was on is replaced by this notice (keepFocus).
                            <p class="kts-notice" role="alert" tabindex="-1">{ t(locale, Msg::LoadFailed) }</p>
                        </section>
                    },
                    (Panel::Help, _) => html! {
                        <HelpPanel key="help" region={props.region} partner={props.partner_help.clone()} />
                    },
                    (Panel::Facts, Some(pack)) => html! { <FactsPanel key="facts" pack={Rc::clone(pack)} region={props.region} /> },
                    (Panel::Facts, None) => html! {},
                }) }
            </div>
        </ContextProvider<Languages>>
    }
}
