//! The help details: every region has a way to call for help, and embed.js (which draws them
//! before the module loads) carries the same numbers and names as domain::help.

use know_the_signs::domain::help::Region;
use know_the_signs::domain::messages::{text, Locale};

fn embed_js() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/static/embed.js"))
        .expect("embed.js")
}

#[test]
fn embed_js_has_every_number_link_and_name_of_every_region() {
    let js = embed_js();
    for (region, name) in Region::ALL {
        for contact in region.contacts() {
            let service = text(Locale::En, contact.name);
            assert!(js.contains(service), "{name}: embed.js lacks {service:?}");
            for link in contact.links {
                let emergency_built = link.href == format!("tel:{}", link.display);
                assert!(
                    js.contains(link.display) && (js.contains(link.href) || emergency_built),
                    "{name}: embed.js lacks {} / {}",
                    link.display,
                    link.href
                );
            }
        }
        if let Some(number) = region.emergency() {
            assert!(
                js.contains(&format!("emergency: '{number}'")),
                "{name}: {number}"
            );
        }
    }
}

#[test]
fn every_national_region_has_a_hotline_and_an_emergency_number() {
    for (region, name) in Region::ALL {
        if region == Region::Intl {
            assert!(region.contacts().is_empty());
            assert_eq!(region.emergency(), None);
            continue;
        }
        assert!(region.contacts().len() >= 2, "{name}");
        let emergency = region.emergency().expect("an emergency number");
        assert!(
            region
                .contacts()
                .iter()
                .any(|c| c.links.iter().any(|l| l.href == format!("tel:{emergency}"))),
            "{name}: the emergency number is a link"
        );
        for contact in region.contacts() {
            for link in contact.links {
                assert!(link.href.starts_with("tel:") || link.href.starts_with("sms:"));
            }
        }
    }
}
