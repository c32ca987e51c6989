//! Embedding glue: host discovery and file locations (`config`, pure) and mounting into shadow
//! roots (`mount`, web).

// A panic in the release build aborts the WebAssembly instance and with it every widget on the
// page: nothing derived from a pack, an attribute or the DOM may unwrap, index or overflow.
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic,
    clippy::arithmetic_side_effects
)]

pub mod config;
mod mount;

pub use mount::start;
