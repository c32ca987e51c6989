//! Any bytes as the settings the frame hands the module: reading them must not panic, and what
//! it accepts is always usable.
#![no_main]

use know_the_signs::domain::settings::{pack_url, read_settings_json, MAX_QUESTIONS};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    match read_settings_json(&text) {
        Ok(settings) => {
            let count = settings.scope.count.unwrap_or(0);
            assert!((1..=MAX_QUESTIONS).contains(&count));
            if let Some(url) = &settings.pack {
                let lower = url.to_ascii_lowercase();
                assert!(lower.starts_with("https://") || lower.starts_with("http://"));
                assert!(!url.chars().any(char::is_whitespace));
            }
            assert!(pack_url("https://widget.example/kts/", settings.locale).ends_with(".json"));
        }
        Err(error) => assert!(!error.is_empty()),
    }
});
