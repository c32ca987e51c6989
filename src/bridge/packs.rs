//! Content packs in the browser: each fetched once for every widget that asks for it (or taken
//! from the request `embed.js` started for it at boot), parsed with `JSON.parse`, and read and
//! validated by `domain::load` (fuzzed on the host).

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use wasm_bindgen::{JsCast, JsValue};

use crate::domain::load::{check_size, read_pack, Json};
use crate::domain::Pack;

/// How long a pack may take to arrive before the widget gives up and says so, in ms.
const PACK_TIMEOUT_MS: u32 = 15_000;

/// How deep [`json_tree`] follows nested arrays and objects (a pack needs 5 levels). Deeper
/// input is refused rather than risk the module's stack; serde_json on the host stops at 128.
const MAX_JSON_DEPTH: usize = 64;

/// A pack request: under way, or settled (the pack, or `None` when it could not be used).
#[derive(Clone)]
enum PackState {
    Loading,
    Done(Option<Rc<Pack>>),
}

#[derive(Default)]
struct Packs {
    /// Every pack asked for, by absolute URL.
    by_url: HashMap<String, PackState>,
    /// `embed.js`'s requests: given a pack's URL, the `Promise<Response>` it already started, or
    /// `undefined`.
    prefetched: Option<js_sys::Function>,
}

thread_local! {
    static PACKS: RefCell<Packs> = RefCell::new(Packs::default());
}

/// Where to ask for requests `embed.js` started before the module arrived.
pub fn take_prefetched_from(prefetched: Option<js_sys::Function>) {
    PACKS.with(|p| p.borrow_mut().prefetched = prefetched);
}

/// The pack at `url`: `Some(Some(pack))` once it is in, `Some(None)` if it could not be used
/// (the console says why), `None` while it loads. The first call starts the request; `arrived`
/// is called once when it settles.
pub fn pack_at(url: &str, arrived: fn()) -> Option<Option<Rc<Pack>>> {
    let (state, started) = PACKS.with(|p| {
        let mut packs = p.borrow_mut();
        if let Some(state) = packs.by_url.get(url) {
            return (Some(state.clone()), None);
        }
        packs.by_url.insert(url.to_owned(), PackState::Loading);
        let started = packs
            .prefetched
            .as_ref()
            .and_then(|f| f.call1(&JsValue::NULL, &JsValue::from_str(url)).ok())
            .and_then(|p| p.dyn_into::<js_sys::Promise>().ok());
        (None, Some(started))
    });
    match state {
        Some(PackState::Done(pack)) => return Some(pack),
        Some(PackState::Loading) => return None,
        None => {}
    }
    let url = url.to_owned();
    let started = started.flatten();
    wasm_bindgen_futures::spawn_local(async move {
        let loaded = load_pack(&url, started).await;
        // Reading a whole bank is a slice of work of its own: the widgets it was waiting for are
        // drawn in the next task, so that neither makes a long task on a slow phone.
        crate::ui::tasks::next_task().await;
        let pack = match loaded {
            Ok(pack) => Some(Rc::new(pack)),
            Err(message) => {
                web_sys::console::error_1(
                    &format!("Know the Signs: could not use the content pack {url}: {message}")
                        .into(),
                );
                None
            }
        };
        PACKS.with(|p| {
            p.borrow_mut().by_url.insert(url, PackState::Done(pack));
        });
        arrived();
    });
    None
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
    // A request that fails outright (no answer, or no CORS header from another origin) says
    // only "Failed to fetch": the likely causes go with it.
    let response: web_sys::Response = wasm_bindgen_futures::JsFuture::from(request)
        .await
        .map_err(|e| {
            let network = e.is_instance_of::<js_sys::TypeError>();
            let message = describe(e);
            if network {
                format!(
                    "{message} (if it is on another origin than this page, its server must send \
                     Access-Control-Allow-Origin: see the README, \"Hosting dist/\")"
                )
            } else {
                message
            }
        })?
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
    let tree = json_tree(&value).ok_or("the JSON is nested too deeply")?;
    // Reading the text into a tree and checking the tree are a slice of work each.
    crate::ui::tasks::next_task().await;
    let loaded = read_pack(&tree).map_err(|e| e.to_string())?;
    for path in loaded.ignored {
        web_sys::console::warn_1(
            &format!("Know the Signs: {url}: unknown field {path} ignored").into(),
        );
    }
    Ok(loaded.pack)
}

/// A JavaScript value (as `JSON.parse` gives) as a [`Json`] tree; `None` when nested deeper than
/// [`MAX_JSON_DEPTH`]. Values JSON has no form for (functions, `undefined`) are `Null`.
pub fn json_tree(value: &JsValue) -> Option<Json> {
    tree_at(value, 0)
}

fn tree_at(value: &JsValue, depth: usize) -> Option<Json> {
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
            list.push(tree_at(&item, deeper)?);
        }
        Json::Array(list)
    } else if value.is_object() && !value.is_function() {
        let mut entries = Vec::new();
        for entry in js_sys::Object::entries(value.unchecked_ref()).iter() {
            let pair: js_sys::Array = entry.unchecked_into();
            let key = pair.get(0).as_string().unwrap_or_default();
            entries.push((key, tree_at(&pair.get(1), deeper)?));
        }
        Json::Object(entries)
    } else {
        Json::Null
    })
}

fn describe(error: JsValue) -> String {
    js_sys::Error::from(error).message().into()
}
