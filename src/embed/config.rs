//! Where hosts and files are found. Pure string logic, tested on the host without a DOM.

use crate::domain::Locale;

/// CSS selector for host elements: the custom element, and a `div` marker for CMSs that strip
/// unknown tags.
pub const HOST_SELECTOR: &str = "know-the-signs, [data-know-the-signs]";

/// URL of the built-in pack for `locale`, relative to `base_url` (the folder of `embed.js`,
/// ending in `/`): e.g. `https://cdn.example/kts/packs/en.json`.
pub fn pack_url(base_url: &str, locale: Locale) -> String {
    let slash = if base_url.ends_with('/') { "" } else { "/" };
    format!("{base_url}{slash}packs/{}.json", locale.tag())
}
