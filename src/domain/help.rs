//! Help details: who to contact, built into the code so they show even when the content pack
//! cannot be loaded.
//!
//! Numbers come from the research notes ("Where to get help"): in the US the National Human
//! Trafficking Hotline (call 1-888-373-7888, text 233733), NCMEC (1-800-843-5678) and 911; in
//! the UK the Modern Slavery & Exploitation Helpline (08000 121 700) and 999; in Canada the
//! Canadian Human Trafficking Hotline (1-833-900-1010) and 911; in Australia the Australian
//! Federal Police (131 237) and 000. `static/embed.js` carries the same numbers for the
//! fallback it draws before this module loads (tests/help.rs keeps the two in step).

use super::messages::Msg;

/// How a contact is reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Channel {
    /// A phone call: a `tel:` link.
    Call,
    /// A text message: an `sms:` link.
    Text,
}

/// One way to reach a service.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ContactLink {
    pub channel: Channel,
    /// The number as people read and dial it, e.g. `"1-888-373-7888"`.
    pub display: &'static str,
    /// The link target, e.g. `"tel:+18883737888"`.
    pub href: &'static str,
}

/// A service to contact.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HelpContact {
    /// Stable id, e.g. `"us-nhth"`.
    pub id: &'static str,
    pub name: Msg,
    pub detail: Msg,
    pub links: &'static [ContactLink],
}

/// Which country's help details to show (`data-region`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Region {
    #[default]
    Us,
    Uk,
    Ca,
    Au,
    /// No national line: advice to call local emergency services, after the partner's own line.
    Intl,
}

impl Region {
    /// Every region, as `data-region` spells them: us, uk, ca, au, intl.
    pub const ALL: [(Region, &'static str); 5] = [
        (Region::Us, "us"),
        (Region::Uk, "uk"),
        (Region::Ca, "ca"),
        (Region::Au, "au"),
        (Region::Intl, "intl"),
    ];

    /// The region called `name` (as in [`Region::ALL`], in any case: `UK` is `uk`).
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
            .map_or("us", |(_, n)| n)
    }

    /// The services to show, in order.
    pub fn contacts(self) -> &'static [HelpContact] {
        match self {
            Region::Us => US,
            Region::Uk => UK,
            Region::Ca => CA,
            Region::Au => AU,
            Region::Intl => &[],
        }
    }

    /// The emergency number, for "If someone is in immediate danger, call {emergency}".
    pub fn emergency(self) -> Option<&'static str> {
        match self {
            Region::Us | Region::Ca => Some("911"),
            Region::Uk => Some("999"),
            Region::Au => Some("000"),
            Region::Intl => None,
        }
    }
}

const fn call(display: &'static str, href: &'static str) -> ContactLink {
    ContactLink {
        channel: Channel::Call,
        display,
        href,
    }
}

/// United Kingdom: the Modern Slavery & Exploitation Helpline, and 999.
pub const UK: &[HelpContact] = &[
    HelpContact {
        id: "uk-modern-slavery-helpline",
        name: Msg::UkHelplineName,
        detail: Msg::OpenAllHours,
        links: &[call("08000 121 700", "tel:+448000121700")],
    },
    HelpContact {
        id: "uk-emergency",
        name: Msg::EmergencyName,
        detail: Msg::EmergencyDetail,
        links: &[call("999", "tel:999")],
    },
];

/// Canada: the Canadian Human Trafficking Hotline, and 911.
pub const CA: &[HelpContact] = &[
    HelpContact {
        id: "ca-hotline",
        name: Msg::CaHotlineName,
        detail: Msg::OpenAllHoursLanguages,
        links: &[call("1-833-900-1010", "tel:+18339001010")],
    },
    HelpContact {
        id: "ca-emergency",
        name: Msg::EmergencyName,
        detail: Msg::EmergencyDetail,
        links: &[call("911", "tel:911")],
    },
];

/// Australia: the Australian Federal Police, and 000.
pub const AU: &[HelpContact] = &[
    HelpContact {
        id: "au-afp",
        name: Msg::AuPoliceName,
        detail: Msg::AuPoliceDetail,
        links: &[call("131 237", "tel:131237")],
    },
    HelpContact {
        id: "au-emergency",
        name: Msg::EmergencyName,
        detail: Msg::EmergencyDetail,
        links: &[call("000", "tel:000")],
    },
];

/// United States help details, in the order shown.
pub const US: &[HelpContact] = &[
    HelpContact {
        id: "us-nhth",
        name: Msg::HotlineName,
        detail: Msg::HotlineDetail,
        links: &[
            ContactLink {
                channel: Channel::Call,
                display: "1-888-373-7888",
                href: "tel:+18883737888",
            },
            ContactLink {
                channel: Channel::Text,
                display: "233733",
                href: "sms:233733",
            },
        ],
    },
    HelpContact {
        id: "us-ncmec",
        name: Msg::NcmecName,
        detail: Msg::NcmecDetail,
        links: &[ContactLink {
            channel: Channel::Call,
            display: "1-800-843-5678",
            href: "tel:+18008435678",
        }],
    },
    HelpContact {
        id: "us-emergency",
        name: Msg::EmergencyName,
        detail: Msg::EmergencyDetail,
        links: &[ContactLink {
            channel: Channel::Call,
            display: "911",
            href: "tel:911",
        }],
    },
];
