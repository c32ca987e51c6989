//! Embedding glue: host discovery and file locations (`config`, pure) and mounting into shadow
//! roots (`mount`, web).

pub mod config;
mod mount;

pub use mount::{refresh, start};
