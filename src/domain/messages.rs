//! The UI message catalog: every visible and screen-reader string the views use, per locale.
//!
//! Views never hold literal text; they ask for a [`Msg`] in a [`Locale`]. Templates use named
//! placeholders (`{right} of {total}`) filled by [`fill`]; [`Msg::ScoreSummary`] is chosen by
//! plural category so a translation can vary the wording by count.
//!
//! The words are data: one file per locale, `data/strings/<tag>.json`, registered in
//! `data/locales.json` (README, Develop, "Add a language"). build.rs (`build/strings.rs`) checks
//! that every locale has every key with the same placeholders and the plural forms of its rule,
//! and writes [`Locale`], [`Msg`] and the lookup as Rust (`$OUT_DIR/messages.rs`, included here):
//! one `match` per locale with no catch-all arm, and no JSON parser in the module. [`Msg`] has the
//! keys of the files' `shared` and `module` groups; the `frame` group is embed.js's alone
//! (`src/frame/words.js`), and `shared` is what both say, so the frame drawn before this module
//! loads says the same (`tests/browser/help.spec.mjs` checks it in the browser). The help
//! services' names and details are not here: they are data (`data/help.json`, see
//! [`super::help`]).

include!(concat!(env!("OUT_DIR"), "/messages.rs"));

impl Locale {
    /// The catalog locale for a BCP 47 tag, by its primary language subtag: `"es"`, `"es-MX"`,
    /// `"ES_419"` and `" en-GB "` all match; `None` for any other language. Only ASCII
    /// whitespace (HTML's attribute whitespace) is trimmed; `src/frame/locale.js` (`localeOf`)
    /// follows the same rule.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let tag = tag.trim_matches(|c: char| c.is_ascii_whitespace());
        let primary = tag.split(['-', '_']).next().unwrap_or_default();
        Locale::ALL
            .into_iter()
            .find(|l| primary.eq_ignore_ascii_case(l.tag()))
    }
}

/// CLDR plural category of a count (only the ones our locales use).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Plural {
    One,
    Other,
}

/// The plural category of `n` in `locale`, by the rule its file names (`"plural"`):
/// `one-other` (English and Spanish) is `one` for exactly 1 and `other` otherwise (CLDR's
/// Spanish `many`, for exact millions, never applies to a quiz); `other` is `other` always.
pub fn plural(locale: Locale, n: usize) -> Plural {
    plural_rule(locale, n)
}

/// The template for `msg` in `locale`, with `{name}` placeholders unfilled.
pub fn text(locale: Locale, msg: Msg) -> &'static str {
    catalog(locale, msg, Plural::Other)
}

/// The template for `msg` in the plural form for `count`.
pub fn text_n(locale: Locale, msg: Msg, count: usize) -> &'static str {
    catalog(locale, msg, plural(locale, count))
}

/// Replaces each `{name}` in `template` by its value in `args`; unknown placeholders stay as
/// they are, so a missing argument is visible rather than silently dropped.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = template.to_owned();
    for (name, value) in args {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}
