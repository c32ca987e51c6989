//! Help details: who to contact, built into the code so they show even when the content pack
//! cannot be loaded.
//!
//! Numbers come from `shared/research/facts.md` ("Where to get help"): the National Human
//! Trafficking Hotline (call 1-888-373-7888, text 233733), NCMEC (1-800-843-5678) and 911.

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
