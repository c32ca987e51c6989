//! Finds host elements, mounts one Yew app into each host's open shadow root, and keeps the set
//! in step with the page: hosts added later are mounted, removed hosts are destroyed.
//!
//! `embed.js` may already have attached the shadow root and drawn the help details into it while
//! this module loaded; mounting replaces that fallback. One `MutationObserver` per page watches
//! the whole document; a host that is moved (removed and re-added in one task) stays mounted.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{
    CssStyleSheet, Document, Element, MutationObserver, MutationObserverInit, ShadowRoot,
    ShadowRootInit, ShadowRootMode,
};
use yew::AppHandle;

use super::config::{pack_url, HOST_SELECTOR};
use crate::domain::{validate, Locale, Pack};
use crate::ui::app::{App, AppProps};

/// The widget's stylesheet, adopted by every shadow root (a constructed sheet, so a strict
/// `style-src` without `'unsafe-inline'` allows it).
const WIDGET_CSS: &str = include_str!("../ui/widget.css");

struct Mounted {
    host: Element,
    handle: AppHandle<App>,
}

#[derive(Default)]
struct Registry {
    started: bool,
    /// `None` until the pack request settles; then the pack, or `None` inside when it failed.
    pack: Option<Option<Rc<Pack>>>,
    mounted: Vec<Mounted>,
    sheet: Option<CssStyleSheet>,
    observer: Option<(MutationObserver, Closure<dyn FnMut()>)>,
}

thread_local! {
    static REGISTRY: RefCell<Registry> = RefCell::new(Registry::default());
}

/// Loads the built-in pack from `base_url`, then mounts every host on the page and watches for
/// more. Failures are logged to the console; hosts then show the help details and a notice.
pub fn start(base_url: String) {
    let already = REGISTRY.with(|r| {
        let mut registry = r.borrow_mut();
        let already = registry.started;
        registry.started = true;
        registry.sheet = stylesheet();
        already
    });
    if already {
        return;
    }
    let url = pack_url(&base_url, Locale::En);
    wasm_bindgen_futures::spawn_local(async move {
        let pack = match load_pack(&url).await {
            Ok(pack) => Some(Rc::new(pack)),
            Err(message) => {
                web_sys::console::error_1(
                    &format!("Know the Signs: could not use the content pack {url}: {message}")
                        .into(),
                );
                None
            }
        };
        REGISTRY.with(|r| r.borrow_mut().pack = Some(pack));
        sync();
        observe();
    });
}

/// Fetches, parses and validates a pack. Errors are one human-readable line each.
async fn load_pack(url: &str) -> Result<Pack, String> {
    let response = gloo_net::http::Request::get(url)
        .referrer_policy(web_sys::ReferrerPolicy::NoReferrer)
        .send()
        .await
        .map_err(|e| e.to_string())?;
    if !response.ok() {
        return Err(format!("HTTP status {}", response.status()));
    }
    let json = web_sys::Response::from(response).json().map_err(describe)?;
    let value = wasm_bindgen_futures::JsFuture::from(json)
        .await
        .map_err(describe)?;
    let pack: Pack = serde_wasm_bindgen::from_value(value).map_err(|e| e.to_string())?;
    validate(&pack).map_err(|errors| {
        errors
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("; ")
    })?;
    Ok(pack)
}

fn describe(error: JsValue) -> String {
    js_sys::Error::from(error).message().into()
}

fn document() -> Option<Document> {
    web_sys::window()?.document()
}

/// Mounts hosts that are on the page but not mounted; destroys those no longer on the page.
fn sync() {
    let Some(document) = document() else { return };
    REGISTRY.with(|r| {
        let mut registry = r.borrow_mut();
        let Some(pack) = registry.pack.clone() else {
            return;
        };

        let (gone, kept): (Vec<Mounted>, Vec<Mounted>) = std::mem::take(&mut registry.mounted)
            .into_iter()
            .partition(|m| !m.host.is_connected());
        registry.mounted = kept;
        for m in gone {
            m.handle.destroy();
            if let Some(root) = m.host.shadow_root() {
                root.set_inner_html("");
            }
        }

        let Ok(hosts) = document.query_selector_all(HOST_SELECTOR) else {
            return;
        };
        for i in 0..hosts.length() {
            let Some(host) = hosts.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
                continue;
            };
            if registry.mounted.iter().any(|m| m.host == host) {
                continue;
            }
            match mount(&document, &host, registry.sheet.as_ref(), pack.clone()) {
                Some(handle) => registry.mounted.push(Mounted { host, handle }),
                None => web_sys::console::warn_1(
                    &"Know the Signs: could not mount into a host element (does it already have a closed shadow root?)"
                        .into(),
                ),
            }
        }
    });
}

/// The shared constructed stylesheet; `None` where the browser cannot construct one.
fn stylesheet() -> Option<CssStyleSheet> {
    let sheet = CssStyleSheet::new().ok()?;
    sheet.replace_sync(WIDGET_CSS).ok()?;
    Some(sheet)
}

fn mount(
    document: &Document,
    host: &Element,
    sheet: Option<&CssStyleSheet>,
    pack: Option<Rc<Pack>>,
) -> Option<AppHandle<App>> {
    let root: ShadowRoot = match host.shadow_root() {
        Some(root) => root,
        None => host
            .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
            .ok()?,
    };
    root.set_inner_html("");
    if let Some(sheet) = sheet {
        root.set_adopted_style_sheets(&js_sys::Array::of1(sheet));
    }
    let container = document.create_element("div").ok()?;
    root.append_child(&container).ok()?;
    let props = AppProps {
        locale: Locale::En,
        pack,
    };
    Some(yew::Renderer::<App>::with_root_and_props(container, props).render())
}

fn observe() {
    let Some(document) = document() else { return };
    let callback = Closure::<dyn FnMut()>::new(sync);
    let Ok(observer) = MutationObserver::new(callback.as_ref().unchecked_ref()) else {
        return;
    };
    let options = MutationObserverInit::new();
    options.set_child_list(true);
    options.set_subtree(true);
    if observer.observe_with_options(&document, &options).is_ok() {
        REGISTRY.with(|r| r.borrow_mut().observer = Some((observer, callback)));
    }
}
