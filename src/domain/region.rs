//! Regions: where a widget's visitors are (`data-region`), which chooses the questions and facts
//! a run shows (a question or fact may be tagged with the regions it is for).
//!
//! The regions are data: `data/help.json`, the one source of the help details, lists them.
//! `build.rs` checks that file and writes [`Region`] from it (one variant per region, named
//! after its id: `us` is `Region::Us`). The help details themselves are drawn by the frame
//! (`embed.js`, from `src/frame/`), which gets them from the same file; the module never shows
//! them.

// `Region` and `Region::ALL`, from data/help.json.
include!(concat!(env!("OUT_DIR"), "/regions.rs"));

impl Region {
    /// The region called `name` (as in [`Region::ALL`], in any ASCII case: `UK` is `uk`); `None`
    /// for any other name.
    pub fn from_name(name: &str) -> Option<Region> {
        Region::ALL
            .into_iter()
            .find(|(_, n)| n.eq_ignore_ascii_case(name))
            .map(|(r, _)| r)
    }

    /// The name `data-region` gives it (as in [`Region::ALL`]), e.g. `"uk"`.
    pub fn name(self) -> &'static str {
        Region::ALL
            .into_iter()
            .find(|(r, _)| *r == self)
            .map_or("intl", |(_, n)| n)
    }
}
