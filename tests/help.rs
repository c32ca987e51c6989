//! The help details the module shows (built from `data/help.json` by build.rs): every region has
//! a way to get help and an emergency number, every number shown dials what it says, every
//! service speaks every locale, Australia's come in the order the research notes ask for, and
//! the README's table says what the widget shows. (That the frame drawn by embed.js, the safety
//! pages and the snippets show the same is checked in the browser: tests/browser/help.spec.mjs.)

use std::collections::BTreeSet;

use know_the_signs::domain::help::{Channel, HelpContact, Region};
use know_the_signs::domain::messages::Locale;

fn digits(s: &str) -> String {
    s.chars().filter(char::is_ascii_digit).collect()
}

/// The region's own services: its contacts without the emergency number, which comes last.
fn services(region: Region) -> &'static [HelpContact] {
    let contacts = region.contacts();
    match region.emergency() {
        Some(_) => contacts.split_last().map_or(contacts, |(_, rest)| rest),
        None => contacts,
    }
}

#[test]
fn every_national_region_has_its_services_then_its_emergency_number() {
    for (region, name) in Region::ALL {
        if region == Region::Intl {
            assert!(
                region.contacts().is_empty(),
                "intl gives no country's numbers"
            );
            assert_eq!(region.emergency(), None);
            continue;
        }
        let emergency = region.emergency().expect("an emergency number");
        assert!(!services(region).is_empty(), "{name}: a service of its own");
        let last = region.contacts().last().expect("contacts");
        assert_eq!(
            last.id,
            format!("{name}-emergency"),
            "{name}: the emergency number last"
        );
        assert_eq!(last.name.get(Locale::En), "Emergency");
        assert_eq!(last.name.get(Locale::Es), "Emergencias");
        let links: Vec<(Channel, &str, String)> = last
            .links
            .iter()
            .map(|l| (l.channel, l.display, l.href.to_owned()))
            .collect();
        assert_eq!(
            links,
            [(Channel::Call, emergency, format!("tel:{emergency}"))],
            "{name}"
        );
        // The quick-exit bar's number: the first service's first link is a call.
        let first = services(region).first().and_then(|s| s.links.first());
        assert_eq!(first.map(|l| l.channel), Some(Channel::Call), "{name}");
    }
}

#[test]
fn every_number_shown_dials_what_it_says() {
    for (region, name) in Region::ALL {
        for contact in region.contacts() {
            assert!(!contact.links.is_empty(), "{name} {}", contact.id);
            for link in contact.links {
                let what = format!("{name} {}: {} / {}", contact.id, link.display, link.href);
                let (scheme, number) = link.href.split_once(':').expect("a scheme");
                match link.channel {
                    Channel::Call => assert_eq!(scheme, "tel", "{what}"),
                    Channel::Text => assert_eq!(scheme, "sms", "{what}"),
                    Channel::Url => {
                        assert_eq!(scheme, "https", "{what}");
                        continue;
                    }
                }
                // The same digits, or the national form of a +country number: 08000 121 700
                // dials +44 8000 121 700.
                let (shown, dialled) = (digits(link.display), digits(number));
                let national = shown.strip_prefix('0').filter(|_| number.starts_with('+'));
                assert!(
                    shown == dialled || national.is_some_and(|n| dialled.ends_with(n)),
                    "{what}"
                );
            }
        }
    }
}

#[test]
fn every_service_speaks_every_locale_and_ids_are_unique() {
    let mut ids = BTreeSet::new();
    for (region, name) in Region::ALL {
        for contact in region.contacts() {
            assert!(ids.insert(contact.id), "{name}: id {} again", contact.id);
            for locale in Locale::ALL {
                assert!(
                    !contact.name.get(locale).trim().is_empty(),
                    "{}",
                    contact.id
                );
                assert!(
                    !contact.detail.get(locale).trim().is_empty(),
                    "{}",
                    contact.id
                );
            }
            // Names stay as the services give them; what they are for is translated.
            assert_ne!(
                contact.detail.get(Locale::En),
                contact.detail.get(Locale::Es),
                "{}: the Spanish detail is still English",
                contact.id
            );
        }
    }
}

#[test]
fn australia_lists_the_red_cross_first_then_the_federal_police_then_000() {
    let shown: Vec<(&str, &str)> = Region::Au
        .contacts()
        .iter()
        .map(|c| (c.name.get(Locale::En), c.links[0].href))
        .collect();
    assert_eq!(
        shown,
        [
            (
                "Australian Red Cross Support for Trafficked People Program",
                "tel:+61393451800"
            ),
            ("Australian Federal Police", "tel:131237"),
            ("Emergency", "tel:000"),
        ]
    );
    let red_cross = Region::Au.contacts()[0];
    assert_eq!(red_cross.links[0].display, "03 9345 1800");
    assert!(red_cross
        .detail
        .get(Locale::En)
        .contains("You do not have to go to the police first."));
    assert!(red_cross
        .detail
        .get(Locale::Es)
        .contains("No hace falta acudir primero a la policía."));
    // Its hours are not verified: nothing may claim it answers around the clock.
    for locale in Locale::ALL {
        let detail = red_cross.detail.get(locale);
        assert!(!detail.contains("24"), "{detail}");
    }
}

#[test]
fn region_names_are_the_data_region_values_in_any_case() {
    for (region, name) in Region::ALL {
        assert_eq!(region.name(), name);
        assert_eq!(Region::from_name(&name.to_uppercase()), Some(region));
    }
    assert_eq!(Region::from_name("de"), None);
    assert_eq!(Region::default(), Region::Us);
}

/// The README's table of help details (the one under "Help details by region"): per row, the
/// `data-region` value, the services cell and the emergency cell.
fn readme_help_table() -> Vec<(String, String, String)> {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"))
        .expect("README.md");
    let section = readme
        .split("\n### Help details by region\n")
        .nth(1)
        .expect("README has a section \"Help details by region\"");
    section
        .lines()
        .skip_while(|l| !l.starts_with('|'))
        .take_while(|l| l.starts_with('|'))
        .skip(2) // the header and its rule
        .map(|row| {
            let cells: Vec<&str> = row.trim_matches('|').split(" | ").map(str::trim).collect();
            assert_eq!(cells.len(), 4, "README help table row: {row}");
            let region = cells[0].split('`').nth(1).expect("`region`").to_owned();
            (region, cells[2].to_owned(), cells[3].to_owned())
        })
        .collect()
}

#[test]
fn the_readme_help_table_says_what_the_widget_shows() {
    let want: Vec<(String, String, String)> = Region::ALL
        .into_iter()
        .map(|(region, name)| {
            let services: Vec<String> = services(region)
                .iter()
                .map(|s| {
                    let links: Vec<String> = s
                        .links
                        .iter()
                        .map(|l| {
                            let how = match l.channel {
                                Channel::Call => "call",
                                Channel::Text => "text",
                                Channel::Url => "website",
                            };
                            format!("{how} {}", l.display)
                        })
                        .collect();
                    format!("{}: {}", s.name.get(Locale::En), links.join(", "))
                })
                .collect();
            let services = if services.is_empty() {
                "none".to_owned()
            } else {
                services.join("; ")
            };
            let emergency = region.emergency().unwrap_or("none").to_owned();
            (name.to_owned(), services, emergency)
        })
        .collect();
    assert_eq!(readme_help_table(), want);
}
