//! The bridge: the module's whole interface with `embed.js` (the frame, from `src/frame/`).
//!
//! The frame finds the hosts, reads their settings, draws each one's frame (region, quick exit,
//! help details, layout) and decides when a widget's quiz is mounted and destroyed. It calls:
//!
//! - [`start`] once, when the module has loaded;
//! - [`mount`] for each widget, with the host element, the frame's elements for the quiz and
//!   for the facts, and the settings it has validated; it gets a [`Quiz`] back, and calls
//!   [`Quiz::destroy`] when that widget's frame goes away (the host was removed, its settings or
//!   language changed, or the page came back from the back/forward cache).
//!
//! The module reports back through DOM events on the host (`kts:ready`, `kts:answer`,
//! `kts:complete`: see `domain::events`). It never searches the frame's markup or reads
//! attributes. If it ever panics, the release build traps at once (`-Cpanic=immediate-abort`,
//! `scripts/build`): the call into it throws a `WebAssembly.RuntimeError`, which the frame
//! catches, then shows the help details alone in every widget and calls the module no more.

mod packs;

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CssStyleSheet, Element, ShadowRoot};
use yew::{AppHandle, AttrValue};

use crate::domain::events::{DetailValue, HostEvent};
use crate::domain::messages::Locale;
use crate::domain::settings::{
    pack_language_warning, pack_url, read_settings, EarlyStart, Settings,
};
use crate::domain::Pack;
use crate::ui::app::{App, AppProps, Slot};

/// The quiz's stylesheet, adopted by every widget's shadow root beside the frame's (a
/// constructed sheet, so a strict `style-src` without `'unsafe-inline'` allows it).
const WIDGET_CSS: &str = include_str!("../ui/widget.css");

/// What the frame gave [`start`].
#[derive(Default)]
struct Frame {
    /// The folder of embed.js; the built-in packs are under it.
    base_url: String,
    /// Given a host, what the visitor did with the content note the frame drew in it (see
    /// [`EarlyStart::from_word`]); the frame answers once per note.
    early_start: Option<js_sys::Function>,
    sheet: Option<CssStyleSheet>,
    /// Widgets mounted but waiting for their pack.
    waiting: Vec<Weak<RefCell<State>>>,
}

thread_local! {
    static FRAME: RefCell<Frame> = RefCell::new(Frame::default());
}

/// Called by `embed.js` once the module is instantiated.
///
/// `base_url` is the absolute URL of the folder holding `embed.js` (ending in `/`); the built-in
/// packs are fetched below it. `prefetched`,
/// given an absolute pack URL, returns the `Promise<Response>` of a request `embed.js` already
/// started for it, or `undefined` (the module then fetches the pack itself). `early_start`,
/// given a host element, returns what the visitor did with the content note the frame drew in
/// it while the module loaded: `"pressed"`, `"opened"`, `"focused"` or `""` (see
/// [`EarlyStart`]).
#[wasm_bindgen]
pub fn start(
    base_url: String,
    prefetched: Option<js_sys::Function>,
    early_start: Option<js_sys::Function>,
) {
    packs::take_prefetched_from(prefetched);
    FRAME.with(|f| {
        let mut frame = f.borrow_mut();
        frame.base_url = base_url;
        frame.early_start = early_start;
        frame.sheet = stylesheet();
    });
}

/// One widget's quiz and facts, as [`mount`] returns it to the frame.
#[wasm_bindgen]
pub struct Quiz {
    state: Rc<RefCell<State>>,
}

enum State {
    /// Its pack is on the way.
    Waiting(Box<Request>),
    Mounted(AppHandle<App>),
    Destroyed,
}

/// A widget to mount once its pack is in.
struct Request {
    host: Element,
    /// Where the app is mounted: the quiz's element, else the facts'.
    root: Element,
    quiz: bool,
    facts: Slot,
    settings: Settings,
}

#[wasm_bindgen]
impl Quiz {
    /// Removes this widget's quiz and facts (what the frame drew stays); the handle is used up.
    pub fn destroy(self) {
        let was = std::mem::replace(&mut *self.state.borrow_mut(), State::Destroyed);
        if let State::Mounted(handle) = was {
            handle.destroy();
        }
    }
}

/// Mounts one widget: its quiz in `quiz` and its facts in `facts` (elements of the frame in
/// `host`'s shadow root; either may be `null` when `data-panels` leaves that panel out), as
/// `settings` ask (an object: see [`read_settings`]). What the frame drew in them (the content
/// note) stays until the pack is in, then is replaced.
///
/// Errors: a `settings` that [`read_settings`] refuses (the message names the path), or neither
/// element given.
#[wasm_bindgen]
pub fn mount(
    host: Element,
    quiz: Option<Element>,
    facts: Option<Element>,
    settings: JsValue,
) -> Result<Quiz, JsError> {
    let tree = packs::json_tree(&settings).ok_or_else(|| JsError::new("settings too deep"))?;
    let settings = read_settings(&tree).map_err(|e| JsError::new(&e.to_string()))?;
    let (root, quiz, facts) = match (quiz, facts) {
        (Some(root), facts) => (root, true, facts.map_or(Slot::Absent, Slot::Elsewhere)),
        (None, Some(root)) => (root, false, Slot::Root),
        (None, None) => return Err(JsError::new("neither a quiz nor a facts element")),
    };
    adopt_stylesheet(&root);
    let state = Rc::new(RefCell::new(State::Waiting(Box::new(Request {
        host,
        root,
        quiz,
        facts,
        settings,
    }))));
    FRAME.with(|f| f.borrow_mut().waiting.push(Rc::downgrade(&state)));
    mount_waiting();
    Ok(Quiz { state })
}

/// Mounts every waiting widget whose pack has arrived (its partner's own, or the built-in one
/// when that could not be used); asks for the packs of the others.
fn mount_waiting() {
    let (waiting, base_url) = FRAME.with(|f| {
        let frame = f.borrow();
        (frame.waiting.clone(), frame.base_url.clone())
    });
    for widget in waiting.iter().filter_map(Weak::upgrade) {
        let ready = {
            let State::Waiting(request) = &*widget.borrow() else {
                continue;
            };
            let builtin = pack_url(&base_url, request.settings.locale);
            match &request.settings.pack {
                Some(own) => match packs::pack_at(own, mount_waiting) {
                    None => None,
                    Some(Some(pack)) => Some((Some(pack), false)),
                    Some(None) => packs::pack_at(&builtin, mount_waiting).map(|p| (p, true)),
                },
                None => packs::pack_at(&builtin, mount_waiting).map(|p| (p, false)),
            }
        };
        let Some((pack, own_failed)) = ready else {
            continue;
        };
        let was = std::mem::replace(&mut *widget.borrow_mut(), State::Destroyed);
        if let State::Waiting(request) = was {
            *widget.borrow_mut() = State::Mounted(render(*request, pack, own_failed));
        }
    }
    // Those mounted or destroyed since, and those the frame has dropped, wait no more.
    FRAME.with(|f| {
        f.borrow_mut().waiting.retain(|w| {
            w.upgrade()
                .is_some_and(|s| matches!(*s.borrow(), State::Waiting(_)))
        });
    });
}

fn render(request: Request, pack: Option<Rc<Pack>>, own_pack_failed: bool) -> AppHandle<App> {
    let Request {
        host,
        root,
        quiz,
        facts,
        settings,
    } = request;
    let locale = settings.locale;
    if let (Some(_), Some(pack), false) = (&settings.pack, &pack, own_pack_failed) {
        if let Some(warning) = pack_language_warning(&pack.locale, locale) {
            web_sys::console::warn_1(&format!("Know the Signs: {warning}").into());
        }
    }
    // A pack in another language than the widget's words has its own `lang` on its text.
    let content_lang = pack
        .as_ref()
        .filter(|p| Locale::from_tag(&p.locale) != Some(locale))
        .map(|p| AttrValue::from(p.locale.clone()));
    let early_start = FRAME.with(|f| {
        f.borrow()
            .early_start
            .as_ref()
            .and_then(|ask| ask.call1(&JsValue::NULL, &host).ok())
            .and_then(|v| v.as_string())
            .map_or(EarlyStart::Untouched, |word| EarlyStart::from_word(&word))
    });
    empty(&root);
    if let Slot::Elsewhere(element) = &facts {
        empty(element);
    }
    let on_event = yew::Callback::from(move |event: HostEvent| dispatch(&host, &event));
    let props = AppProps {
        locale,
        scope: settings.scope,
        pack,
        own_pack_failed,
        on_event,
        early_start,
        content_lang,
        quiz,
        facts,
    };
    yew::Renderer::<App>::with_root_and_props(root, props).render()
}

/// Fires `event` on `host` as a bubbling, composed `CustomEvent` with a plain-object detail.
fn dispatch(host: &Element, event: &HostEvent) {
    let detail = js_sys::Object::new();
    for (key, value) in event.detail() {
        let value = match value {
            DetailValue::Text(text) => JsValue::from_str(text),
            DetailValue::Flag(flag) => JsValue::from_bool(flag),
            DetailValue::Count(n) => JsValue::from_f64(n as f64),
        };
        let _ = js_sys::Reflect::set(&detail, &key.into(), &value);
    }
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&detail);
    if let Ok(custom) = web_sys::CustomEvent::new_with_event_init_dict(event.name(), &init) {
        let _ = host.dispatch_event(&custom);
    }
}

/// The shared constructed stylesheet; `None` where the browser cannot construct one.
fn stylesheet() -> Option<CssStyleSheet> {
    let sheet = CssStyleSheet::new().ok()?;
    sheet.replace_sync(WIDGET_CSS).ok()?;
    Some(sheet)
}

/// Adds the quiz's stylesheet to the shadow root `element` is in (after the frame's), once.
fn adopt_stylesheet(element: &Element) {
    let Ok(root) = element.get_root_node().dyn_into::<ShadowRoot>() else {
        return;
    };
    FRAME.with(|f| {
        if let Some(sheet) = &f.borrow().sheet {
            let sheets = root.adopted_style_sheets();
            if !sheets.includes(sheet, 0) {
                sheets.push(sheet);
                root.set_adopted_style_sheets(&sheets);
            }
        }
    });
}

/// Removes every child of `node` (not `innerHTML = ""`, which a Trusted Types policy blocks).
fn empty(node: &Element) {
    while let Some(child) = node.first_child() {
        if node.remove_child(&child).is_err() {
            break;
        }
    }
}
