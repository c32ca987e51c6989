//! Help details: who to contact, built into the code so they show even when the content pack
//! cannot be loaded.
//!
//! The details are data, not code: `data/help.json` (per region, its services in order, each
//! with a name and detail per locale and its links, and the emergency number) is read by
//! `build.rs`, which checks it and writes [`Region`] and the constants behind
//! [`Region::contacts`]. The same file gives `embed.js` its table, the safe-browsing pages
//! their numbers and the snippet paragraphs theirs (`scripts/help-data.mjs`), so every copy says
//! the same. The numbers come from the research notes ("Where to get help").

use super::messages::Locale;

/// How a contact is reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Channel {
    /// A phone call: a `tel:` link.
    Call,
    /// A text message: an `sms:` link.
    Text,
    /// A website: an `https:` link.
    Url,
}

/// One way to reach a service.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ContactLink {
    pub channel: Channel,
    /// What visitors read: for a call or text the number as people read and dial it, e.g.
    /// `"1-800-555-0100"` (the same digits as `href`, or its national form: `"0800 555 0100"`
    /// for `tel:+448005550100`); for a website, its address as shown.
    pub display: &'static str,
    /// The link target: `tel:` or `sms:` and 3 to 20 digits (a leading `+` allowed), e.g.
    /// `"tel:+18005550100"`, or an `https:` address.
    pub href: &'static str,
}

/// A text in every locale of the catalog ([`Locale::ALL`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Localized {
    pub en: &'static str,
    pub es: &'static str,
}

impl Localized {
    /// The text in `locale`.
    pub fn get(self, locale: Locale) -> &'static str {
        match locale {
            Locale::En => self.en,
            Locale::Es => self.es,
        }
    }
}

/// A service to contact.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HelpContact {
    /// Stable id from the data, e.g. `"us-nhth"`; the emergency number's is `"{region}-emergency"`.
    pub id: &'static str,
    /// The service's name, as the service gives it (not translated).
    pub name: Localized,
    /// One or two sentences on what it is for and when it answers.
    pub detail: Localized,
    /// At least one; the first `Call` link is what the quick-exit bar offers.
    pub links: &'static [ContactLink],
}

/// One region's details, as `data/help.json` gives them.
#[derive(Debug)]
struct RegionHelp {
    emergency: Option<&'static str>,
    contacts: &'static [HelpContact],
}

// `Region`, `Region::ALL` and one `RegionHelp` per region, from data/help.json.
include!(concat!(env!("OUT_DIR"), "/help_data.rs"));

impl Region {
    /// The region called `name` (as in [`Region::ALL`], in any case: `UK` is `uk`); `None` for
    /// any other name.
    pub fn from_name(name: &str) -> Option<Region> {
        Region::ALL
            .into_iter()
            .find(|(_, n)| n.eq_ignore_ascii_case(name))
            .map(|(r, _)| r)
    }

    /// The name `data-region` gives it (as in [`Region::ALL`]).
    pub fn name(self) -> &'static str {
        Region::ALL
            .into_iter()
            .find(|(r, _)| *r == self)
            .map_or("intl", |(_, n)| n)
    }

    /// The services to show, in order: the region's own, then the emergency number (named
    /// "Emergency"), if it has one. Empty for [`Region::Intl`].
    pub fn contacts(self) -> &'static [HelpContact] {
        self.help().contacts
    }

    /// The emergency number, for "If someone is in immediate danger, call {emergency}", e.g.
    /// `"911"`; `None` for [`Region::Intl`].
    pub fn emergency(self) -> Option<&'static str> {
        self.help().emergency
    }
}
