//! Know the Signs: an embeddable "know the signs" quiz, fact panel and help panel about human
//! trafficking, rendered with Yew inside a shadow root on any partner page.
//!
//! `domain` is pure Rust (tested with `cargo test`), `ui` holds the Yew components and `embed`
//! finds host elements and mounts the widget into them. `embed.js` (built from `src/frame/`)
//! loads this module and calls [`start`].

// A panic in the release build aborts the WebAssembly instance and with it every widget on the
// page: nothing derived from a pack, an attribute or the DOM may unwrap, index or overflow.
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic,
    clippy::arithmetic_side_effects
)]

pub mod domain;
pub mod embed;
pub mod ui;

use wasm_bindgen::prelude::wasm_bindgen;

/// Entry point called by `embed.js` once the module is instantiated.
///
/// `base_url` is the absolute URL of the folder holding `embed.js` (ending in `/`); packs are
/// fetched relative to it, so `dist/` works from any path and any origin. `on_fatal` is called
/// with no arguments if the module ever panics (which aborts it): `embed.js` then shows the
/// help details in every host instead of a dead quiz. `prefetched`, given an absolute pack URL,
/// returns the `Promise<Response>` of a request `embed.js` already started for it (with the same
/// options the module would use), or `undefined`; the module then fetches the pack itself.
/// `early_start`, given a host element, returns what the visitor did with the content note
/// `embed.js` drew in it while the module loaded: `"pressed"` (the quiz opens on its first
/// question, focused), `"opened"` (pressed, but focus has moved on: it opens there without
/// moving focus), `"focused"` (the app's own Start button takes focus) or `""`. `hosts` returns
/// an `Array` of every host element on the page: those in the document, and those
/// `KnowTheSigns.mount` was given inside other components' shadow roots (which a search of the
/// document does not find).
#[wasm_bindgen]
pub fn start(
    base_url: String,
    on_fatal: Option<js_sys::Function>,
    prefetched: Option<js_sys::Function>,
    early_start: Option<js_sys::Function>,
    hosts: Option<js_sys::Function>,
) {
    embed::start(base_url, on_fatal, prefetched, early_start, hosts);
}

/// Called by `embed.js` after `KnowTheSigns.mount` on an element inside another component's
/// shadow root, which the module's observer of the page does not see: mounts the quiz there.
/// Does nothing before [`start`].
#[wasm_bindgen]
pub fn refresh() {
    embed::refresh();
}
