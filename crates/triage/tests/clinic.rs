//! The host's own clinic: which values pass, which are refused (with a warning naming the
//! attribute), and where the block goes for each urgency.

use triage::clinic::{
    Clinic, MAX_NAME_CHARS, MAX_TEL_CHARS, MAX_URL_CHARS, Placement, check_name, check_tel, check_url, placement,
};
use triage::decision::Urgency;

#[test]
fn good_values_pass_as_given() {
    let (clinic, warnings) = Clinic::from_values(
        Some("  Ryggklinikken   Sentrum "),
        Some("+47 22 33 44 55"),
        Some("https://ryggklinikken.example/time"),
    );
    assert_eq!(warnings, Vec::<String>::new());
    assert_eq!(clinic.name(), Some("Ryggklinikken Sentrum"), "whitespace tidied");
    assert_eq!(clinic.tel(), Some("+47 22 33 44 55"));
    assert_eq!(clinic.url(), Some("https://ryggklinikken.example/time"));
    assert!(clinic.is_shown());
    for tel in ["113", "(0)20-7946 0000", "+44 (20) 7946-0000"] {
        assert_eq!(check_tel(tel).as_deref(), Ok(tel));
    }
    for url in [
        "/booking",
        "/a/b?x=1#top",
        "HTTPS://clinic.example",
        "https://clinic.example:8443/x",
        "https://xn--rygg-nra.example",
    ] {
        assert_eq!(check_url(url).as_deref(), Ok(url));
    }
    assert_eq!(check_name("Fysio & Trening AS").as_deref(), Ok("Fysio & Trening AS"), "& is text, not markup");
}

#[test]
fn each_bad_value_is_refused_with_a_warning_naming_the_attribute() {
    let refused = |name: Option<&str>, tel: Option<&str>, url: Option<&str>, attribute: &str| {
        let (clinic, warnings) = Clinic::from_values(name, tel, url);
        assert!(
            warnings.iter().any(|w| w.starts_with(attribute) && w.contains("refused")),
            "{attribute}: {warnings:?}"
        );
        clinic
    };
    let good_name = Some("Klinikken");
    for url in [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "data:text/html,<p>x</p>",
        "http://clinic.example",
        "//evil.example/x",
        "https://clinic.example@evil.example/",
        "https://",
        "https:///path",
        "java\tscript:x",
        " /\\evil.example",
        "ftp://clinic.example",
        "clinic.example/booking",
        "mailto:a@b.example",
    ] {
        let clinic = refused(good_name, Some("22 33 44 55"), Some(url), "clinic-url (clinicUrl)");
        assert_eq!(clinic.url(), None, "{url}");
        assert!(clinic.is_shown(), "the phone number still makes a block");
    }
    for tel in ["22 33 abc", "tel:113", "+47 22 33 44 55 66 77 88", "123456789012345678901", "22.33.44.55", "()-+"] {
        let clinic = refused(good_name, Some(tel), Some("/time"), "clinic-tel (clinicTel)");
        assert_eq!(clinic.tel(), None, "{tel}");
    }
    for name in [
        "<b>Klinikken</b>",
        "Klinikken<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "Line\nbreak",
        &"x".repeat(81),
    ] {
        let clinic = refused(Some(name), Some("113"), None, "clinic-name (clinicName)");
        assert_eq!(clinic.name(), None, "{name}");
        assert!(!clinic.is_shown(), "no block without a name");
    }
}

#[test]
fn a_value_as_long_as_the_limit_passes_and_one_character_more_is_refused() {
    // Counted in characters, not bytes: «å» is two bytes in UTF-8.
    let name = "å".repeat(MAX_NAME_CHARS);
    assert_eq!(check_name(&name), Ok(name.clone()));
    assert!(check_name(&format!("{name}å")).is_err());
    let tel = "1".repeat(MAX_TEL_CHARS);
    assert_eq!(check_tel(&tel), Ok(tel.clone()));
    assert!(check_tel(&format!("{tel}1")).is_err());
    let url = format!("https://clinic.example/{}", "a".repeat(MAX_URL_CHARS - "https://clinic.example/".len()));
    assert_eq!(url.chars().count(), MAX_URL_CHARS);
    assert_eq!(check_url(&url), Ok(url.clone()));
    assert!(check_url(&format!("{url}a")).is_err());
}

#[test]
fn an_address_with_a_space_control_character_or_backslash_is_refused() {
    // Browsers drop or rewrite these before parsing an address, so what opens is not what
    // was checked: each alone is enough to refuse it.
    for url in [
        "https://clinic.example/time bestilling",
        "https://clinic.example/\u{a0}time",
        "https://clinic.example/\u{7f}time",
        "https://clinic.example/\u{0}time",
        "https://clinic.example\\@evil.example/",
        "/\\evil.example",
    ] {
        assert!(check_url(url).is_err(), "{url:?}");
    }
}

#[test]
fn a_block_needs_a_name_and_a_way_to_get_in_touch() {
    let (clinic, warnings) = Clinic::from_values(None, Some("113"), None);
    assert!(!clinic.is_shown());
    assert!(warnings.iter().any(|w| w.contains("need a clinic-name")), "{warnings:?}");
    let (clinic, warnings) = Clinic::from_values(Some("Klinikken"), None, Some("http://clinic.example"));
    assert!(!clinic.is_shown());
    assert_eq!(warnings.len(), 2, "the refused URL, and nothing left to show: {warnings:?}");
    let (clinic, warnings) = Clinic::from_values(Some("  "), Some(""), None);
    assert_eq!((clinic, warnings), (Clinic::default(), vec![]), "empty values are absent, not refused");
    let (clinic, warnings) = Clinic::from_values(None, None, None);
    assert_eq!((clinic.is_shown(), warnings.len()), (false, 0));
}

#[test]
fn the_block_is_never_on_an_emergency() {
    assert_eq!(placement(Urgency::Emergency), None);
    assert_eq!(placement(Urgency::Urgent), Some(Placement::AfterNational));
    assert_eq!(placement(Urgency::Soon), Some(Placement::First));
    assert_eq!(placement(Urgency::SelfCare), Some(Placement::First));
}
