//! One widget's quiz and facts. The frame (`embed.js`, from `src/frame/`) draws everything around
//! them, and before them: the labelled region, the quick-exit bar, the help details and the
//! layout; it hands this app the element for the quiz and the one for the facts (either may be
//! left out by `data-panels`).

use std::rc::Rc;

use yew::prelude::*;

use super::facts_panel::FactsPanel;
use super::quiz_panel::QuizPanel;
use super::{t, Languages};
use crate::domain::events::HostEvent;
use crate::domain::quiz::Scope;
use crate::domain::settings::EarlyStart;
use crate::domain::{Locale, Msg, Pack};

/// Where a panel goes: not shown, in the element the app is mounted in, or in another element of
/// the frame (rendered there through a portal, so both panels share one app and one pack).
#[derive(Clone, PartialEq, Debug)]
pub enum Slot {
    Absent,
    Root,
    Elsewhere(web_sys::Element),
}

/// Properties of one widget instance.
#[derive(Properties, Clone)]
pub struct AppProps {
    /// UI and content language (the embed layer sets `lang` and `dir` on the region around).
    pub locale: Locale,
    /// Which questions a run asks (`data-topics`, `data-questions`, `data-audience`,
    /// `data-region`), and (its region) which facts show.
    pub scope: Scope,
    /// The validated content pack, or `None` when it could not be loaded (a notice then takes
    /// the quiz's place; the frame's help details are there whatever happens here).
    pub pack: Option<Rc<Pack>>,
    /// The partner's own pack (`data-pack`) could not be used, so `pack` is the built-in one.
    pub own_pack_failed: bool,
    /// Whether the quiz is shown, in the element the app is mounted in.
    pub quiz: bool,
    /// Where the facts go.
    pub facts: Slot,
    /// Tells the host page what happened (`kts:ready`, `kts:answer`, `kts:complete`).
    pub on_event: Callback<HostEvent>,
    /// What the visitor did with the frame's content note before this app was mounted.
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
            && self.own_pack_failed == other.own_pack_failed
            && self.quiz == other.quiz
            && self.facts == other.facts
            && self.early_start == other.early_start
            && self.content_lang == other.content_lang
    }
}

/// One widget's quiz and facts.
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
    // The facts are drawn in the task after the quiz, so that the first drawing is not one long
    // task on a slow phone; the quiz (its Start, or question 1) comes first.
    let facts_due = use_state(|| false);
    {
        let facts_due = facts_due.clone();
        use_effect_with((), move |()| {
            wasm_bindgen_futures::spawn_local(async move {
                super::tasks::next_task().await;
                facts_due.set(true);
            });
        });
    }
    let facts = |pack: &Rc<Pack>| {
        if *facts_due {
            html! { <FactsPanel pack={Rc::clone(pack)} region={props.scope.region} /> }
        } else {
            html! {}
        }
    };
    html! {
        <ContextProvider<Languages> context={Languages { locale, content: props.content_lang.clone() }}>
            if props.own_pack_failed {
                <p class="kts-own-pack-notice" role="status">{ t(locale, Msg::OwnPackFailed) }</p>
            }
            if props.quiz {
                if let Some(pack) = &props.pack {
                    <QuizPanel pack={Rc::clone(pack)} scope={props.scope.clone()} on_event={props.on_event.clone()} early_start={props.early_start} />
                } else {
                    <section class="kts-panel kts-quiz" aria-labelledby="kts-quiz-heading">
                        <h2 id="kts-quiz-heading">{ t(locale, Msg::QuizHeading) }</h2>
                        // Focusable from script: embed.js moves focus here when the Start it
                        // was on is replaced by this notice (keepFocusIn).
                        <p class="kts-notice" role="alert" tabindex="-1">{ t(locale, Msg::LoadFailed) }</p>
                    </section>
                }
            }
            { match (&props.facts, &props.pack) {
                (Slot::Root, Some(pack)) => facts(pack),
                (Slot::Elsewhere(element), Some(pack)) => create_portal(facts(pack), element.clone()),
                _ => html! {},
            } }
        </ContextProvider<Languages>>
    }
}
