//! Pure logic with no web types: content packs and their validation, the quiz state machine,
//! the message catalog, the regions, and the settings the frame hands the module. Tested on the
//! host with `cargo test`.

pub mod events;
pub mod load;
pub mod messages;
#[cfg(not(target_arch = "wasm32"))]
pub mod migrate;
pub mod pack;
pub mod quiz;
pub mod region;
pub mod settings;
pub mod validate;

pub use messages::{Locale, Msg};
pub use pack::Pack;
pub use quiz::{Phase, QuizEvent, QuizState};
pub use validate::{validate, PackError};
