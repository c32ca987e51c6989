//! Finds host elements, mounts one Yew app into each host's open shadow root, and keeps the set
//! in step with the page: hosts added later are mounted, removed hosts are destroyed.
//!
//! `embed.js` draws each host's frame first (shadow root, labelled region, quick-exit bar, and an
//! app container showing the help details); mounting replaces what is in the app container and
//! nothing else. One `MutationObserver` per page watches the whole document, and the shadow root
//! around each host that `KnowTheSigns.mount` was given inside another component; a host that
//! is moved (removed and re-added in one task) stays mounted. A page restored from the
//! back/forward cache gets fresh quizzes.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{
    CssStyleSheet, Document, Element, MutationObserver, MutationObserverInit, PageTransitionEvent,
    ShadowRoot,
};
use yew::{AppHandle, AttrValue};

use super::config::{
    pack_language_warning, pack_url, resolve_locale, ConfigWarning, HostConfig, WarningKind,
    ATTRIBUTES, HOST_SELECTOR,
};
use crate::domain::events::{DetailValue, HostEvent};
use crate::domain::load::{check_size, read_pack, Json};
use crate::domain::messages::{self, Locale, Msg};
use crate::domain::Pack;
use crate::ui::app::{App, AppProps, EarlyStart};

/// The widget's stylesheet, adopted by every shadow root (a constructed sheet, so a strict
/// `style-src` without `'unsafe-inline'` allows it).
const WIDGET_CSS: &str = include_str!("../ui/widget.css");

/// How long the pack may take to arrive before the widget gives up and says so, in ms.
const PACK_TIMEOUT_MS: u32 = 15_000;

struct Mounted {
    host: Element,
    handle: AppHandle<App>,
    /// The frame's app container it was mounted into. embed.js redraws a host's frame when its
    /// settings ([`ATTRIBUTES`]) change; this one is then no longer in the page, and a fresh
    /// app, with the new settings, is mounted into the new one.
    container: Element,
    /// The language it was mounted in; a host whose inherited `lang` now resolves to another
    /// is mounted again.
    locale: Locale,
}

/// A pack request: under way, or settled (the pack, or `None` when it could not be used).
#[derive(Clone)]
enum PackState {
    Loading,
    Done(Option<Rc<Pack>>),
}

#[derive(Default)]
struct Registry {
    started: bool,
    /// The folder of embed.js; the built-in packs are under it.
    base_url: String,
    /// `embed.js`'s pack requests, started in parallel with the module: URL -> `Promise<Response>`.
    prefetched: Option<js_sys::Function>,
    /// What the visitor did with a host's early content note: host -> `"pressed"`, `"opened"`,
    /// `"focused"` or `""` (see [`EarlyStart`]); `embed.js` answers once per note.
    early_start: Option<js_sys::Function>,
    /// Returns an `Array` of every host on the page: those in the document, and those
    /// `KnowTheSigns.mount` was given inside other components' shadow roots (which no search of
    /// the document finds).
    hosts: Option<js_sys::Function>,
    /// Every pack asked for, by absolute URL; each is fetched once for all hosts.
    packs: HashMap<String, PackState>,
    mounted: Vec<Mounted>,
    sheet: Option<CssStyleSheet>,
    observer: Option<(MutationObserver, Closure<dyn FnMut()>)>,
    page_show: Option<Closure<dyn FnMut(PageTransitionEvent)>>,
}

thread_local! {
    static REGISTRY: RefCell<Registry> = RefCell::new(Registry::default());
    static ON_FATAL: RefCell<Option<js_sys::Function>> = const { RefCell::new(None) };
}

/// On a panic (which aborts the module in release builds): log it, stop watching the page, and
/// let `embed.js` replace every quiz with the help details. Must not panic itself, so every
/// borrow here is a `try_`.
fn install_panic_hook(on_fatal: Option<js_sys::Function>) {
    ON_FATAL.with(|f| *f.borrow_mut() = on_fatal);
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(
            &format!("Know the Signs: internal error; showing the help details only. {info}")
                .into(),
        );
        let _ = REGISTRY.try_with(|r| {
            if let Ok(registry) = r.try_borrow() {
                if let Some((observer, _)) = &registry.observer {
                    observer.disconnect();
                }
            }
        });
        let _ = ON_FATAL.try_with(|f| {
            if let Ok(f) = f.try_borrow() {
                if let Some(f) = f.as_ref() {
                    let _ = f.call0(&JsValue::NULL);
                }
            }
        });
    }));
}

/// Mounts every host on the page as its pack arrives (packs are found under `base_url`, or at
/// a host's `data-pack`), and watches for more. Failures are logged to the console; hosts then
/// show the help details and a notice.
pub fn start(
    base_url: String,
    on_fatal: Option<js_sys::Function>,
    prefetched: Option<js_sys::Function>,
    early_start: Option<js_sys::Function>,
    hosts: Option<js_sys::Function>,
) {
    install_panic_hook(on_fatal);
    let already = REGISTRY.with(|r| {
        let mut registry = r.borrow_mut();
        let already = registry.started;
        registry.started = true;
        registry.sheet = stylesheet();
        registry.base_url = base_url;
        registry.prefetched = prefetched;
        registry.early_start = early_start;
        registry.hosts = hosts;
        already
    });
    if already {
        return;
    }
    sync();
    observe();
    on_page_show();
}

/// Looks at the page again: for a host `KnowTheSigns.mount` was given inside another component's
/// shadow root, which the page's observer does not see. Does nothing before [`start`].
pub fn refresh() {
    if REGISTRY.with(|r| r.borrow().started) {
        sync();
    }
}

/// The pack at `url`, if its request has settled; starts the request (once) if not.
fn pack_at(registry: &mut Registry, url: &str) -> Option<Option<Rc<Pack>>> {
    match registry.packs.get(url) {
        Some(PackState::Done(pack)) => Some(pack.clone()),
        Some(PackState::Loading) => None,
        None => {
            registry.packs.insert(url.to_owned(), PackState::Loading);
            let url = url.to_owned();
            let started = registry
                .prefetched
                .as_ref()
                .and_then(|f| f.call1(&JsValue::NULL, &JsValue::from_str(&url)).ok())
                .and_then(|p| p.dyn_into::<js_sys::Promise>().ok());
            wasm_bindgen_futures::spawn_local(async move {
                let pack = match load_pack(&url, started).await {
                    Ok(pack) => Some(Rc::new(pack)),
                    Err(message) => {
                        web_sys::console::error_1(
                            &format!(
                                "Know the Signs: could not use the content pack {url}: {message}"
                            )
                            .into(),
                        );
                        None
                    }
                };
                REGISTRY.with(|r| {
                    r.borrow_mut().packs.insert(url, PackState::Done(pack));
                });
                sync();
            });
            None
        }
    }
}

/// The absolute URL of a partner's `data-pack`, resolved against the page.
fn absolute(url: &str) -> Option<String> {
    let base = document()?.base_uri().ok()??;
    web_sys::Url::new_with_base(url, &base)
        .ok()
        .map(|u| u.href())
}

/// Fetches (or takes `embed.js`'s request `started` for it), parses and validates a pack.
/// Errors are human-readable, one problem per line; unknown fields are ignored with a console
/// warning.
async fn load_pack(url: &str, started: Option<js_sys::Promise>) -> Result<Pack, String> {
    // web-sys's fetch directly: gloo-net would bring the `http` crate (about 4 KB gzip) for
    // one GET. embed.js's prefetch uses the same options.
    let init = web_sys::RequestInit::new();
    init.set_method("GET");
    init.set_referrer_policy(web_sys::ReferrerPolicy::NoReferrer);
    init.set_credentials(web_sys::RequestCredentials::Omit);
    init.set_signal(Some(&web_sys::AbortSignal::timeout_with_u32(
        PACK_TIMEOUT_MS,
    )));
    let request = match started {
        Some(promise) => promise,
        None => web_sys::window()
            .ok_or("no window")?
            .fetch_with_str_and_init(url, &init),
    };
    let response: web_sys::Response = wasm_bindgen_futures::JsFuture::from(request)
        .await
        .map_err(describe)?
        .unchecked_into();
    if !response.ok() {
        return Err(format!("HTTP status {}", response.status()));
    }
    let text = wasm_bindgen_futures::JsFuture::from(response.text().map_err(describe)?)
        .await
        .map_err(describe)?
        .as_string()
        .unwrap_or_default();
    check_size(text.len()).map_err(|e| e.to_string())?;
    let value = js_sys::JSON::parse(&text).map_err(describe)?;
    let tree = json_tree(&value, 0).ok_or("the JSON is nested too deeply")?;
    let loaded = read_pack(&tree).map_err(|e| e.to_string())?;
    for path in loaded.ignored {
        web_sys::console::warn_1(
            &format!("Know the Signs: {url}: unknown field {path} ignored").into(),
        );
    }
    Ok(loaded.pack)
}

/// How deep [`json_tree`] follows nested arrays and objects (a pack needs 5 levels). Deeper
/// input is refused rather than risk the module's stack; serde_json on the host stops at 128.
const MAX_JSON_DEPTH: usize = 64;

/// `JSON.parse`'s result as a [`Json`] tree; `None` when nested deeper than [`MAX_JSON_DEPTH`].
fn json_tree(value: &JsValue, depth: usize) -> Option<Json> {
    if depth > MAX_JSON_DEPTH {
        return None;
    }
    let deeper = depth.saturating_add(1);
    Some(if let Some(flag) = value.as_bool() {
        Json::Bool(flag)
    } else if let Some(n) = value.as_f64() {
        Json::Number(n)
    } else if let Some(text) = value.as_string() {
        Json::String(text)
    } else if js_sys::Array::is_array(value) {
        let items: js_sys::Array = value.clone().unchecked_into();
        let mut list = Vec::new();
        for item in items.iter() {
            list.push(json_tree(&item, deeper)?);
        }
        Json::Array(list)
    } else if value.is_object() {
        let mut entries = Vec::new();
        for entry in js_sys::Object::entries(value.unchecked_ref()).iter() {
            let pair: js_sys::Array = entry.unchecked_into();
            let key = pair.get(0).as_string().unwrap_or_default();
            entries.push((key, json_tree(&pair.get(1), deeper)?));
        }
        Json::Object(entries)
    } else {
        Json::Null
    })
}

fn describe(error: JsValue) -> String {
    js_sys::Error::from(error).message().into()
}

fn document() -> Option<Document> {
    web_sys::window()?.document()
}

/// Mounts hosts that are on the page (as `embed.js` lists them) but not mounted; destroys those
/// no longer on the page or unmounted; mounts a fresh app in a host whose settings changed
/// (embed.js has redrawn its frame), and in a host whose inherited `lang` now resolves to another
/// locale (once that locale's pack is in, so the help details never disappear in between).
fn sync() {
    REGISTRY.with(|r| {
        let mut registry = r.borrow_mut();

        let (gone, kept): (Vec<Mounted>, Vec<Mounted>) = std::mem::take(&mut registry.mounted)
            .into_iter()
            .partition(|m| {
                !m.host.is_connected()
                    || !m.container.is_connected()
                    || !m.host.matches(HOST_SELECTOR).unwrap_or(false)
            });
        registry.mounted = kept;
        for m in gone {
            m.handle.destroy();
            if !m.host.is_connected() {
                clear(&m.host);
            }
        }

        let hosts = registry
            .hosts
            .as_ref()
            .and_then(|f| f.call0(&JsValue::NULL).ok())
            .and_then(|v| v.dyn_into::<js_sys::Array>().ok());
        for host in hosts.iter().flat_map(|list| list.iter()) {
            let Ok(host) = host.dyn_into::<Element>() else {
                continue;
            };
            let remount = match registry.mounted.iter().find(|m| m.host == host) {
                None => false,
                Some(m) => {
                    let (lang, languages) = page_languages(&host);
                    let asked = host.get_attribute("data-locale");
                    let (locale, _) = resolve_locale(asked.as_deref(), lang.as_deref(), &languages);
                    if locale == m.locale {
                        continue;
                    }
                    true
                }
            };
            // Which pack: the partner's own if it can be used, else the built-in one (and say so).
            let (config, warnings) = read_config(&host);
            let builtin = pack_url(&registry.base_url, config.locale);
            let own = config.pack.as_deref().and_then(absolute);
            let (pack, own_failed) = match own {
                Some(url) => match pack_at(&mut registry, &url) {
                    None => continue, // mounted once it arrives
                    Some(Some(pack)) => (Some(pack), false),
                    Some(None) => match pack_at(&mut registry, &builtin) {
                        None => continue,
                        Some(pack) => (pack, true),
                    },
                },
                None => match pack_at(&mut registry, &builtin) {
                    None => continue,
                    Some(pack) => (pack, false),
                },
            };
            if remount {
                if let Some(at) = registry.mounted.iter().position(|m| m.host == host) {
                    registry.mounted.swap_remove(at).handle.destroy();
                }
            }
            let locale = config.locale;
            let language_warning = match (&config.pack, &pack) {
                (Some(_), Some(pack)) if !own_failed && !remount => {
                    pack_language_warning(&pack.locale, locale)
                }
                _ => None,
            };
            let early = early_start(registry.early_start.as_ref(), &host);
            // A host without embed.js's frame (another script's shadow root) is left alone;
            // embed.js has already said so in the console.
            if let Some((handle, container)) = mount(
                &host,
                config,
                registry.sheet.as_ref(),
                pack,
                own_failed,
                early,
            ) {
                // Said once, when the host mounts (not on every pass while its pack loads, nor
                // when only an ancestor's `lang` changed).
                // Not an unknown data-region: embed.js says that one, as it draws the help
                // details before the module arrives and without it.
                if !remount {
                    warnings
                        .iter()
                        .filter(|w| w.kind != WarningKind::UnknownRegion)
                        .for_each(say);
                }
                if let Some(warning) = language_warning {
                    say(&warning);
                }
                if let Some((observer, _)) = &registry.observer {
                    watch_shadow_tree(observer, &host);
                }
                registry.mounted.push(Mounted {
                    host,
                    handle,
                    container,
                    locale,
                });
            }
        }
    });
}

fn say(warning: &impl std::fmt::Display) {
    web_sys::console::warn_1(&format!("Know the Signs: {warning}").into());
}

/// What the visitor did with `host`'s early content note (asked of `embed.js`, which forgets it).
fn early_start(ask: Option<&js_sys::Function>, host: &Element) -> EarlyStart {
    let answer = ask
        .and_then(|f| f.call1(&JsValue::NULL, host).ok())
        .and_then(|v| v.as_string());
    match answer.as_deref() {
        Some("pressed") => EarlyStart::Pressed,
        Some("opened") => EarlyStart::Opened,
        Some("focused") => EarlyStart::Focused,
        _ => EarlyStart::Untouched,
    }
}

/// The shared constructed stylesheet; `None` where the browser cannot construct one.
fn stylesheet() -> Option<CssStyleSheet> {
    let sheet = CssStyleSheet::new().ok()?;
    sheet.replace_sync(WIDGET_CSS).ok()?;
    Some(sheet)
}

fn mount(
    host: &Element,
    config: HostConfig,
    sheet: Option<&CssStyleSheet>,
    pack: Option<Rc<Pack>>,
    own_pack_failed: bool,
    early_start: EarlyStart,
) -> Option<(AppHandle<App>, Element)> {
    let root: ShadowRoot = host.shadow_root()?;
    let region = root.query_selector(".kts").ok()??;
    let container = root.query_selector(".kts-app").ok()??;
    let locale = config.locale;
    // embed.js drew the region in the same locale (it resolves it by the same rule). `lang` is
    // the widget's language; a pack in another one has its own on the elements with its text.
    let _ = region.set_attribute("lang", locale.tag());
    let content_lang = pack
        .as_ref()
        .filter(|p| Locale::from_tag(&p.locale) != Some(locale))
        .map(|p| AttrValue::from(p.locale.clone()));
    let _ = region.set_attribute("dir", locale.dir());
    let _ = region.set_attribute("aria-label", messages::text(locale, Msg::WidgetName));
    if let Some(sheet) = sheet {
        let sheets = root.adopted_style_sheets();
        if !sheets.includes(sheet, 0) {
            sheets.push(sheet);
            root.set_adopted_style_sheets(&sheets);
        }
    }
    empty(&container);
    let on_event = {
        let host = host.clone();
        yew::Callback::from(move |event: HostEvent| dispatch(&host, &event))
    };
    let props = AppProps {
        locale,
        scope: config.scope,
        region: config.region,
        partner_help: config.partner_help,
        panels: config.panels,
        pack,
        own_pack_failed,
        on_event,
        early_start,
        content_lang,
    };
    let handle = yew::Renderer::<App>::with_root_and_props(container.clone(), props).render();
    Some((handle, container))
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

/// The `lang` of `host` or its nearest ancestor, looking out through any shadow roots it is in
/// (`embed.js`'s `inheritedLang` follows the same rule), and the browser's languages
/// (`navigator.languages`) in order of preference.
fn page_languages(host: &Element) -> (Option<String>, Vec<String>) {
    let mut inherited_lang = None;
    let mut node = Some(host.clone());
    while let Some(element) = node {
        if let Some(owner) = element.closest("[lang]").ok().flatten() {
            inherited_lang = owner.get_attribute("lang");
            break;
        }
        node = element
            .get_root_node()
            .dyn_into::<ShadowRoot>()
            .ok()
            .map(|root| root.host());
    }
    let browser_languages: Vec<String> = web_sys::window()
        .map(|w| w.navigator().languages())
        .map(|list| list.iter().filter_map(|v| v.as_string()).collect())
        .unwrap_or_default();
    (inherited_lang, browser_languages)
}

/// Reads `host`'s attributes, its inherited `lang` and the browser's languages.
fn read_config(host: &Element) -> (HostConfig, Vec<ConfigWarning>) {
    let (inherited_lang, browser_languages) = page_languages(host);
    HostConfig::parse(
        |name| host.get_attribute(name),
        inherited_lang.as_deref(),
        &browser_languages,
    )
}

/// Empties a host's app container, leaving embed.js's frame (and its quick exit) in place.
fn clear(host: &Element) {
    if let Some(container) = host
        .shadow_root()
        .and_then(|root| root.query_selector(".kts-app").ok().flatten())
    {
        empty(&container);
    }
}

/// Removes every child of `node` (not `innerHTML = ""`, which a Trusted Types policy blocks).
fn empty(node: &Element) {
    while let Some(child) = node.first_child() {
        if node.remove_child(&child).is_err() {
            break;
        }
    }
}

/// Back from the back/forward cache: every quiz starts again at its content note, so nothing
/// shows where the visitor was.
fn restart_all() {
    REGISTRY.with(|r| {
        let mut registry = r.borrow_mut();
        for m in std::mem::take(&mut registry.mounted) {
            m.handle.destroy();
            clear(&m.host);
        }
    });
    sync();
}

fn observe() {
    let Some(document) = document() else { return };
    let callback = Closure::<dyn FnMut()>::new(sync);
    let Ok(observer) = MutationObserver::new(callback.as_ref().unchecked_ref()) else {
        return;
    };
    if observer
        .observe_with_options(&document, &observer_options())
        .is_ok()
    {
        REGISTRY.with(|r| {
            let mut registry = r.borrow_mut();
            for m in &registry.mounted {
                watch_shadow_tree(&observer, &m.host);
            }
            registry.observer = Some((observer, callback));
        });
    }
}

/// Has `observer` watch the shadow root `host` is in, if it is in one: so the host's removal,
/// `data-know-the-signs="off"` and new settings are seen as they are in the document.
fn watch_shadow_tree(observer: &MutationObserver, host: &Element) {
    if let Ok(root) = host.get_root_node().dyn_into::<ShadowRoot>() {
        let _ = observer.observe_with_options(&root, &observer_options());
    }
}

fn observer_options() -> MutationObserverInit {
    let options = MutationObserverInit::new();
    options.set_child_list(true);
    options.set_subtree(true);
    // An element already on the page can become a host by gaining the marker attribute, stop
    // being one (`data-know-the-signs="off"`), or change its settings; a host changes language
    // when an ancestor's `lang` changes.
    let watched: js_sys::Array = ATTRIBUTES
        .iter()
        .map(|name| JsValue::from_str(name))
        .collect();
    watched.push(&"data-know-the-signs".into());
    watched.push(&"lang".into());
    options.set_attribute_filter(&watched);
    options
}

fn on_page_show() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let callback = Closure::<dyn FnMut(PageTransitionEvent)>::new(|event: PageTransitionEvent| {
        if event.persisted() {
            restart_all();
        }
    });
    if window
        .add_event_listener_with_callback("pageshow", callback.as_ref().unchecked_ref())
        .is_ok()
    {
        REGISTRY.with(|r| r.borrow_mut().page_show = Some(callback));
    }
}
