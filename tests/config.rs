//! Host attributes to config: defaults, fallbacks and one warning per bad value.

use know_the_signs::domain::help::Region;
use know_the_signs::domain::pack::{Audience, Topic};
use know_the_signs::domain::Locale;
use know_the_signs::embed::config::{
    resolve_locale, HostConfig, ATTRIBUTES, DEFAULT_QUESTIONS, LOCALES_ALLOWED,
};

fn parse(attrs: &[(&str, &str)]) -> (HostConfig, Vec<String>) {
    let (config, warnings) = HostConfig::parse(
        |name| {
            attrs
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| (*v).to_owned())
        },
        None,
        &[],
    );
    (config, warnings.iter().map(ToString::to_string).collect())
}

#[test]
fn no_attributes_gives_ten_questions_for_the_general_public_in_the_us_in_english() {
    let (config, warnings) = parse(&[]);
    assert_eq!(config.locale, Locale::En);
    assert!(config.scope.topics.is_empty());
    assert_eq!(config.scope.count, Some(DEFAULT_QUESTIONS));
    assert_eq!(DEFAULT_QUESTIONS, 10);
    assert_eq!(config.scope.audience, Audience::General);
    assert_eq!(config.scope.region, Region::Us);
    assert!(warnings.is_empty());
}

#[test]
fn data_audience_is_read_in_any_case_and_a_bad_one_falls_back_to_general() {
    for (value, audience) in [
        ("health", Audience::Health),
        (" Education ", Audience::Education),
        ("HOSPITALITY", Audience::Hospitality),
        ("workplace", Audience::Workplace),
        ("general", Audience::General),
    ] {
        let (config, warnings) = parse(&[("data-audience", value)]);
        assert_eq!(config.scope.audience, audience, "{value}");
        assert!(warnings.is_empty(), "{value}: {warnings:?}");
    }
    let (config, warnings) = parse(&[("data-audience", "clinic")]);
    assert_eq!(config.scope.audience, Audience::General);
    assert_eq!(
        warnings,
        ["data-audience=\"clinic\" is not valid (allowed: general, health, education, hospitality or workplace); using the default"]
    );
}

#[test]
fn the_region_chooses_the_questions_as_well_as_the_help() {
    let (config, _) = parse(&[("data-region", "uk")]);
    assert_eq!(
        (config.region, config.scope.region),
        (Region::Uk, Region::Uk)
    );
}

#[test]
fn topics_and_count_are_read() {
    let (config, warnings) = parse(&[
        ("data-topics", "csec, myths myths"),
        ("data-questions", " 5 "),
    ]);
    assert_eq!(config.scope.topics, [Topic::Csec, Topic::Myths]);
    assert_eq!(config.scope.count, Some(5));
    assert!(warnings.is_empty());
}

#[test]
fn bad_values_fall_back_with_one_clear_warning_each() {
    let (config, warnings) = parse(&[
        ("data-topics", "labour, dragons"),
        ("data-questions", "0"),
        ("data-locale", "xx-YY"),
    ]);
    assert_eq!(config.locale, Locale::En);
    assert!(config.scope.topics.is_empty());
    assert_eq!(config.scope.count, Some(DEFAULT_QUESTIONS));
    assert_eq!(
        warnings,
        [
            "data-locale=\"xx-YY\" is not valid (allowed: en or es); using the default",
            "data-topics=\"labour, dragons\" is not valid (allowed: any of labour, sex, csec, smuggling, myths); using the default",
            "data-questions=\"0\" is not valid (allowed: a whole number from 1 up); using the default",
        ]
    );
}

#[test]
fn region_names_are_read_in_any_case() {
    for (value, want) in [("UK", Region::Uk), (" Ca ", Region::Ca), ("aU", Region::Au)] {
        let (config, warnings) = parse(&[("data-region", value)]);
        assert_eq!(config.region, want, "{value}");
        assert!(warnings.is_empty(), "{value}: {warnings:?}");
    }
}

#[test]
fn a_region_we_do_not_know_gets_no_other_countrys_numbers() {
    // Unset: the default, the United States.
    assert_eq!(parse(&[]).0.region, Region::Us);
    // Set, but not one we have details for (another country, a typo, a template left empty):
    // the international details, which name no national line, and one warning.
    for value in ["de", "usa", "", "constructor"] {
        let (config, warnings) = parse(&[("data-region", value)]);
        assert_eq!(config.region, Region::Intl, "{value:?}");
        assert_eq!(warnings.len(), 1, "{value:?}: {warnings:?}");
        assert!(
            warnings[0].contains("showing the international ones"),
            "{warnings:?}"
        );
    }
}

#[test]
fn intl_without_a_service_of_the_partner_says_how_to_add_one() {
    let (config, warnings) = parse(&[("data-region", "intl")]);
    assert!(config.partner_help.is_none());
    assert_eq!(
        warnings,
        ["data-region=\"intl\" has no hotline of its own, so the help panel gives no number to call; \
          add your own service with data-help-name and data-help-phone, data-help-text or data-help-url"]
    );
    // A partner's own number (or text line, or website) answers it; an invalid one does not.
    for (attribute, value) in [
        ("data-help-phone", "+44 20 7946 0000"),
        ("data-help-text", "55501"),
        ("data-help-url", "https://clinic.example/help"),
    ] {
        let (_, warnings) = parse(&[("data-region", "intl"), (attribute, value)]);
        assert!(warnings.is_empty(), "{attribute}: {warnings:?}");
    }
    let (_, warnings) = parse(&[("data-region", "intl"), ("data-help-phone", "call us")]);
    assert_eq!(warnings.len(), 2, "{warnings:?}");
    // Every other region has a national line.
    for region in ["us", "uk", "ca", "au"] {
        assert!(parse(&[("data-region", region)]).1.is_empty(), "{region}");
    }
}

#[test]
fn huge_and_strange_values_are_cut_and_cleaned_in_warnings() {
    let huge = "9".repeat(100_000);
    let (config, warnings) = parse(&[
        ("data-questions", &huge),
        ("data-topics", "\u{202e}sex\u{0}🙂"),
    ]);
    assert_eq!(
        config.scope.count,
        Some(DEFAULT_QUESTIONS),
        "a number too big for usize falls back"
    );
    assert_eq!(warnings.len(), 2);
    assert!(warnings[0].len() < 200, "{}", warnings[0]);
    assert!(!warnings[1].contains('\u{0}'));
}

#[test]
fn the_page_language_is_used_when_no_locale_is_given() {
    let (config, _) = HostConfig::parse(|_| None, Some("en-GB"), &["fr".to_owned()]);
    assert_eq!(config.locale, Locale::En);
    let (config, _) = HostConfig::parse(|_| None, Some("es-MX"), &["en".to_owned()]);
    assert_eq!(config.locale, Locale::Es);
    let (config, warnings) = HostConfig::parse(|_| None, Some("de"), &["xx".to_owned()]);
    assert_eq!(config.locale, Locale::En, "falls back to English");
    assert!(
        warnings.is_empty(),
        "an unsupported page language is not the partner's mistake"
    );
}

#[test]
fn region_and_the_partners_own_service() {
    use know_the_signs::domain::help::Region;
    let (config, warnings) = parse(&[
        ("data-region", "uk"),
        ("data-help-name", "City Clinic"),
        ("data-help-phone", "+44 (20) 7946-0000"),
        ("data-help-text", "not a number"),
        ("data-help-url", "javascript:alert(1)"),
    ]);
    assert_eq!(config.region, Region::Uk);
    let own = config.partner_help.expect("shown: it has a phone number");
    assert_eq!(own.name.as_deref(), Some("City Clinic"));
    assert_eq!(
        own.phone,
        Some((
            "+44 (20) 7946-0000".to_owned(),
            "tel:+442079460000".to_owned()
        ))
    );
    assert_eq!(own.text, None);
    assert_eq!(own.url, None);
    assert_eq!(warnings.len(), 2, "{warnings:?}");
    assert!(warnings[0].starts_with("data-help-text=\"not a number\""));
    assert!(warnings[1].starts_with("data-help-url=\"javascript:alert(1)\""));

    let (config, warnings) = parse(&[
        ("data-region", "mars"),
        ("data-help-name", "No way to reach us"),
    ]);
    assert_eq!(
        config.region,
        Region::Intl,
        "never another country's numbers"
    );
    assert_eq!(config.partner_help, None, "a name alone is not a service");
    assert_eq!(warnings.len(), 2, "{warnings:?}");
    assert_eq!(
        warnings[0],
        "data-help-name=\"No way to reach us\" is not shown: a service needs a way to reach it too \
         (a valid data-help-phone, data-help-text or data-help-url)"
    );
    assert!(
        warnings[1].starts_with(
            "data-region=\"mars\" is not a region with help details of its own (allowed: us, uk, ca, au or intl); \
             showing the international ones"
        ),
        "{warnings:?}"
    );
}

#[test]
fn panels_keep_their_order_and_help_cannot_be_removed() {
    use know_the_signs::embed::config::{Panel, DEFAULT_PANELS};
    assert_eq!(parse(&[]).0.panels, DEFAULT_PANELS);
    let (config, warnings) = parse(&[("data-panels", "facts, help")]);
    assert_eq!(config.panels, [Panel::Facts, Panel::Help]);
    assert!(warnings.is_empty());
    let (config, warnings) = parse(&[("data-panels", "quiz facts")]);
    assert_eq!(config.panels, [Panel::Quiz, Panel::Facts, Panel::Help]);
    // Removing help is refused, and the warning says what is shown instead.
    assert_eq!(
        warnings,
        ["data-panels=\"quiz facts\" leaves out help; the help panel is always shown, so it is added at the end"]
    );
    let (config, warnings) = parse(&[("data-panels", "ads")]);
    assert_eq!(config.panels, DEFAULT_PANELS);
    assert_eq!(warnings.len(), 1);
}

fn languages(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| (*s).to_owned()).collect()
}

/// `(data-locale, nearest lang, navigator.languages)`, the locale wanted, and whether it warns.
type LocaleCase<'a> = (
    Option<&'a str>,
    Option<&'a str>,
    &'a [&'a str],
    Locale,
    bool,
);

#[test]
fn the_locale_is_data_locale_then_the_nearest_lang_then_the_browser_then_english() {
    use Locale::{En, Es};
    let cases: [LocaleCase; 14] = [
        (Some("es"), Some("en"), &["en-US"], Es, false),
        (Some("es-419"), None, &[], Es, false),
        (Some(" EN "), Some("es"), &["es"], En, false),
        (None, Some("es-MX"), &["en-US"], Es, false),
        (None, Some("es_AR"), &[], Es, false),
        (None, Some("en-GB"), &["es"], En, false),
        (None, Some("fr"), &["fr-CA", "es-US", "en"], Es, false),
        (None, Some(""), &["es"], Es, false),
        (None, None, &["de", "en", "es"], En, false),
        (None, None, &["pt-BR"], En, false),
        (None, None, &[], En, false),
        (Some("klingon"), Some("es"), &["en"], Es, true),
        (Some(""), None, &["es-ES"], Es, true),
        (Some("fr"), None, &[], En, true),
    ];
    for (asked, lang, browser, want, warns) in cases {
        let (locale, warning) = resolve_locale(asked, lang, &languages(browser));
        assert_eq!(locale, want, "{asked:?} {lang:?} {browser:?}");
        assert_eq!(warning.is_some(), warns, "{asked:?} {lang:?} {browser:?}");
    }
}

#[test]
fn a_bad_data_locale_is_named_with_the_locales_allowed() {
    let (_, warning) = resolve_locale(Some("klingon"), None, &[]);
    assert_eq!(
        warning.expect("a warning").to_string(),
        "data-locale=\"klingon\" is not valid (allowed: en or es); using the default"
    );
    for locale in Locale::ALL {
        assert!(LOCALES_ALLOWED.contains(locale.tag()), "{locale:?}");
    }
    // Through the whole config: one warning, and the page's language is used.
    let (config, warnings) = HostConfig::parse(
        |name| (name == "data-locale").then(|| "xx".to_owned()),
        Some("es-CO"),
        &[],
    );
    assert_eq!(config.locale, Locale::Es);
    assert_eq!(warnings.len(), 1);
}

#[test]
fn every_attribute_the_parser_reads_is_watched_for_changes() {
    let read = std::cell::RefCell::new(Vec::new());
    let _ = HostConfig::parse(
        |name| {
            read.borrow_mut().push(name.to_owned());
            Some("x".to_owned())
        },
        None,
        &[],
    );
    let read = read.into_inner();
    assert!(read.len() >= 10, "parse read only {read:?}");
    for name in read {
        assert!(
            ATTRIBUTES.contains(&name.as_str()),
            "{name} is not in ATTRIBUTES"
        );
    }
}

#[test]
fn a_partner_pack_in_another_language_is_named_with_the_fix() {
    use know_the_signs::embed::config::pack_language_warning;
    // The same language, by its primary subtag: nothing to say.
    for (pack, widget) in [
        ("en", Locale::En),
        ("en-GB", Locale::En),
        ("ES_419", Locale::Es),
    ] {
        assert_eq!(pack_language_warning(pack, widget), None, "{pack}");
    }
    // An English pack in a widget that speaks Spanish: data-locale="en" fixes it.
    assert_eq!(
        pack_language_warning("en", Locale::Es).as_deref(),
        Some(
            "data-pack is in \"en\" but the widget speaks es, so its buttons and help details are in es \
             around the pack's questions: set data-locale=\"en\""
        )
    );
    // A language the widget does not speak: the pack must change.
    let warning = pack_language_warning("fr", Locale::En).unwrap();
    assert!(
        warning.ends_with("the widget speaks en or es, so give the pack in one of those"),
        "{warning}"
    );
}

#[test]
fn an_international_number_dials_without_its_written_trunk_prefix() {
    for (written, dialled) in [
        ("+44 (0) 20 7946 0000", "tel:+442079460000"),
        ("(+44) 20 7946 0000", "tel:+442079460000"),
        ("( +61 ) 3 9999 0000", "tel:+61399990000"),
        // A national number keeps every digit: its 0 is dialled.
        ("(020) 7946 0000", "tel:02079460000"),
        ("(0) 20 7946 0000", "tel:02079460000"),
    ] {
        let (config, _) = parse(&[("data-help-phone", written)]);
        let own = config.partner_help.expect("a phone number");
        assert_eq!(
            own.phone.map(|(_, link)| link).as_deref(),
            Some(dialled),
            "{written}"
        );
    }
}
