//! Any bytes as host attributes: parsing the config must not panic, and must always give a
//! usable config.
#![no_main]

use know_the_signs::embed::config::{pack_url, HostConfig};
use libfuzzer_sys::fuzz_target;

const NAMES: [&str; 10] = [
    "data-locale",
    "data-topics",
    "data-questions",
    "lang",
    "data-region",
    "data-help-name",
    "data-help-phone",
    "data-help-text",
    "data-help-url",
    "data-pack",
];

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    // Split the input into one value per attribute (missing ones stay unset).
    let values: Vec<&str> = text.split('\u{1f}').collect();
    let lookup = |name: &str| {
        let at = NAMES.iter().position(|n| *n == name)?;
        values.get(at).map(|v| (*v).to_owned())
    };
    let lang = lookup("lang");
    let languages: Vec<String> = values.iter().skip(NAMES.len()).map(|v| (*v).to_owned()).collect();
    let (config, warnings) = HostConfig::parse(lookup, lang.as_deref(), &languages);
    assert!(config.scope.count != Some(0));
    if let Some(help) = &config.partner_help {
        assert!(help.phone.is_some() || help.text.is_some() || help.url.is_some());
        for (_, href) in help.phone.iter().chain(help.text.iter()) {
            assert!(href.starts_with("tel:") || href.starts_with("sms:"));
        }
    }
    for w in warnings {
        assert!(w.value.chars().count() <= 61);
        let _ = w.to_string();
    }
    let _ = pack_url(&text, config.locale);
});
