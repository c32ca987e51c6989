//! Know the Signs: an embeddable "know the signs" quiz and fact panel about human trafficking,
//! rendered with Yew inside the shadow root that `embed.js` (the frame, from `src/frame/`) draws
//! on any partner page, around the help details and the quick exit it owns.
//!
//! `domain` is pure Rust (tested with `cargo test`), `ui` holds the Yew components, and `bridge`
//! is the module's whole interface with the frame: `start`, `mount` and `Quiz::destroy`.

// A panic in the release build aborts the WebAssembly instance and with it every widget on the
// page: nothing derived from a pack, an attribute or the DOM may unwrap, index or overflow.
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic,
    clippy::arithmetic_side_effects
)]

pub mod bridge;
pub mod domain;
pub mod ui;
