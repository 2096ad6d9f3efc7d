//! Every phone number and service name the reader is given, written out here as the values
//! checked on 2026-11-30 (the pages are named beside each number in `src/country.rs`). A number
//! or a name changes only by editing both the code and this table, so that the change is
//! deliberate and reviewed: a test that read the values back from the code would pass whatever
//! they became.

use triage::country::{self, Call, Country, DkRegion, EmergencyRoute, Place};
use triage::date::CalendarDate;
use triage::i18n::{Lang, dk_region_name, dk_regions};

/// Per country: ISO code, emergency number, out-of-hours / advice number (Denmark: by region).
const COUNTRIES: [(Country, &str, &str, Option<&str>); 4] = [
    (Country::No, "NO", "113", Some("116 117")),
    (Country::Se, "SE", "112", Some("1177")),
    (Country::Dk, "DK", "112", None),
    (Country::Gb, "GB", "999", Some("111")),
];

/// Per Danish region: ISO 3166-2 code, name, the out-of-hours line's name, its number.
const DK_REGIONS: [(DkRegion, &str, &str, &str, &str); 5] = [
    (DkRegion::Nordjylland, "DK-81", "Region Nordjylland", "Lægevagten", "70 15 03 00"),
    (DkRegion::Midtjylland, "DK-82", "Region Midtjylland", "Lægevagten", "70 11 31 31"),
    (DkRegion::Syddanmark, "DK-83", "Region Syddanmark", "Lægevagten", "70 11 07 07"),
    (DkRegion::Hovedstaden, "DK-84", "Region Hovedstaden", "Akuttelefonen", "1813"),
    (DkRegion::Sjaelland, "DK-85", "Region Sjælland", "Lægevagten", "1818"),
];

/// What a `tel:` link dials for each number above.
const DIALLED: [(&str, &str); 11] = [
    ("113", "113"),
    ("112", "112"),
    ("999", "999"),
    ("116 117", "116117"),
    ("1177", "1177"),
    ("111", "111"),
    ("70 15 03 00", "70150300"),
    ("70 11 31 31", "70113131"),
    ("70 11 07 07", "70110707"),
    ("1813", "1813"),
    ("1818", "1818"),
];

/// Per language and country: the out-of-hours service's name (`ooh_name`), the reader's own
/// doctor (`gp`), and the emergency result's headline (`emergency_headline`, by the country's route), as each language's
/// `services` names them.
const SERVICE_NAMES: [(Lang, Country, &str, &str, &str); 20] = [
    (Lang::Nb, Country::No, "legevakten", "fastlegen din", "Ring lege nå"),
    (
        Lang::Nb,
        Country::Se,
        "den svenske helsetelefonen (sjukvårdsrådgivningen)",
        "vårdcentralen din (legekontor)",
        "Dra til et akuttmottak nå",
    ),
    (Lang::Nb, Country::Dk, "lægevagten", "legen din (egen læge)", "Ring en lege nå – det haster"),
    (
        Lang::Nb,
        Country::Gb,
        "rådgivningstelefonen til NHS (NHS 24 i Skottland)",
        "fastlegen din (GP)",
        "Ring {emergency} eller dra til akuttmottaket (A&E) nå",
    ),
    (Lang::Nn, Country::No, "legevakta", "fastlegen din", "Ring lege no"),
    (
        Lang::Nn,
        Country::Se,
        "den svenske helsetelefonen (sjukvårdsrådgivningen)",
        "vårdcentralen din (legekontor)",
        "Dra til eit akuttmottak no",
    ),
    (Lang::Nn, Country::Dk, "lægevagten", "legen din (egen læge)", "Ring ein lege no – det hastar"),
    (
        Lang::Nn,
        Country::Gb,
        "rådgivingstelefonen til NHS (NHS 24 i Skottland)",
        "fastlegen din (GP)",
        "Ring {emergency} eller dra til akuttmottaket (A&E) no",
    ),
    (Lang::Sv, Country::No, "jourmottagningen (legevakt)", "din fastläkare (fastlege)", "Ring en läkare nu"),
    (Lang::Sv, Country::Se, "sjukvårdsrådgivningen", "din vårdcentral", "Åk till en akutmottagning nu"),
    (Lang::Sv, Country::Dk, "jourläkaren (lægevagt)", "din läkare (egen læge)", "Ring en läkare nu – det är bråttom"),
    (
        Lang::Sv,
        Country::Gb,
        "NHS:s rådgivningslinje (NHS 24 i Skottland)",
        "din husläkare (GP)",
        "Ring {emergency} eller åk till akutmottagningen (A&E) nu",
    ),
    (Lang::Da, Country::No, "lægevagten (legevakt)", "din praktiserende læge (fastlege)", "Ring til en læge nu"),
    (
        Lang::Da,
        Country::Se,
        "den svenske sundhedsrådgivning",
        "dit lægehus (vårdcentral)",
        "Tag på en akutmodtagelse nu",
    ),
    (Lang::Da, Country::Dk, "lægevagten", "din egen læge", "Ring til en læge nu – det haster"),
    (
        Lang::Da,
        Country::Gb,
        "NHS’ rådgivningstelefon (NHS 24 i Skotland)",
        "din praktiserende læge (GP)",
        "Ring {emergency}, eller tag på akutmodtagelsen (A&E) nu",
    ),
    (Lang::En, Country::No, "the out-of-hours service (legevakt)", "your GP (fastlege)", "Call a doctor now"),
    (
        Lang::En,
        Country::Se,
        "the healthcare advice line",
        "your health centre (vårdcentral)",
        "Go to an emergency department now",
    ),
    (
        Lang::En,
        Country::Dk,
        "the out-of-hours service (lægevagt)",
        "your GP (egen læge)",
        "Call a doctor now – it is urgent",
    ),
    (
        Lang::En,
        Country::Gb,
        "the NHS urgent advice line (NHS 24 in Scotland)",
        "your GP",
        "Call {emergency} or go to A&E now",
    ),
];

/// Each country's emergency route, how long self-care may go on before booking a doctor, and
/// whether the reader is asked to try their own doctor before the out-of-hours line (Norway's
/// and Denmark's services ask that; 1177 and NHS 111 are advice lines for the unsure).
#[test]
fn each_country_has_its_route_follow_up_mark_and_first_contact() {
    use triage::country::EmergencyRoute;
    let expected = [
        (Country::No, EmergencyRoute::DoctorFirst, EmergencyRoute::OutOfHoursFirst, 28, true),
        (Country::Se, EmergencyRoute::EmergencyDepartment, EmergencyRoute::EmergencyDepartment, 14, false),
        (Country::Dk, EmergencyRoute::DoctorFirst, EmergencyRoute::OutOfHoursFirst, 28, true),
        (Country::Gb, EmergencyRoute::EmergencyNumber, EmergencyRoute::EmergencyNumber, 28, false),
    ];
    let names = [
        (EmergencyRoute::EmergencyNumber, "emergency_number"),
        (EmergencyRoute::EmergencyDepartment, "emergency_department"),
        (EmergencyRoute::DoctorFirst, "doctor_first"),
        (EmergencyRoute::OutOfHoursFirst, "out_of_hours_first"),
    ];
    // The names the emergency result carries in `data-emergency-route`, which hosts may read.
    for (route, name) in names {
        assert_eq!(route.as_str(), name);
    }
    for (country, route, injury_route, days, own_doctor_first) in expected {
        assert_eq!(country.emergency_route(), route, "{country:?}");
        assert_eq!(country.injury_route(), injury_route, "{country:?}");
        for route in [route, injury_route] {
            assert_eq!(
                route.includes_out_of_hours(),
                country != Country::Gb,
                "{country:?}: only the UK's route skips it"
            );
        }
        // The host's clinic is the first button only where the route starts with the own doctor.
        assert_eq!(route.own_doctor_first(), own_doctor_first, "{country:?}");
        assert!(!injury_route.own_doctor_first(), "{country:?}");
        assert_eq!(country.check_after_days(), days, "{country:?}");
        assert_eq!(country.own_doctor_first(), own_doctor_first, "{country:?}");
    }
}

#[test]
fn each_country_has_its_emergency_and_out_of_hours_numbers() {
    assert_eq!(Country::ALL, COUNTRIES.map(|(country, ..)| country), "every country, in the picker's order");
    for (country, code, emergency, out_of_hours) in COUNTRIES {
        assert_eq!(country.code(), code);
        assert_eq!(country.emergency_number(), emergency, "{code}");
        assert_eq!(country.out_of_hours_number(), out_of_hours, "{code}");
        assert_eq!(Place::from(country).out_of_hours_number(), out_of_hours, "{code} without a region");
    }
}

#[test]
fn each_danish_region_has_its_code_name_and_out_of_hours_line() {
    assert_eq!(DkRegion::ALL, DK_REGIONS.map(|(region, ..)| region), "every region, in the order of their codes");
    for (region, code, name, service, number) in DK_REGIONS {
        assert_eq!(
            (region.code(), region.name(), region.service_name(), region.out_of_hours_number()),
            (code, name, service, number)
        );
        let place = Place::new(Country::Dk, Some(region));
        assert_eq!(place.out_of_hours_number(), Some(number), "{code}");
        // A region means nothing outside Denmark: the country's own number.
        for (country, _, _, out_of_hours) in COUNTRIES.into_iter().filter(|(c, ..)| *c != Country::Dk) {
            assert_eq!(Place::new(country, Some(region)).out_of_hours_number(), out_of_hours);
        }
    }
}

/// The safety case names, for each region's line, the page it was checked against: an
/// `https:` page in Denmark, one per region (Nordjylland's on a municipality's site that
/// describes the region's lægevagt), never empty.
#[test]
fn each_danish_regions_line_names_the_https_page_it_was_checked_against() {
    let pages: Vec<&str> = DkRegion::ALL.into_iter().map(DkRegion::checked_against).collect();
    for (region, page) in DkRegion::ALL.into_iter().zip(&pages) {
        let host = page.strip_prefix("https://").and_then(|rest| rest.split('/').next()).unwrap_or_default();
        assert!(host.ends_with(".dk"), "{region:?}: {page}");
        assert_eq!(pages.iter().filter(|p| *p == page).count(), 1, "{region:?}: its own page");
    }
}

/// Who an emergency result says to call, in order, for each route, with and without a clinic
/// of the host's: the screen's buttons and the summary's contacts both read this.
#[test]
fn each_emergency_route_calls_in_its_own_order() {
    use Call::*;
    let expected = [
        (EmergencyRoute::EmergencyNumber, vec![Emergency], vec![Emergency]),
        (EmergencyRoute::EmergencyDepartment, vec![Emergency, OutOfHours], vec![Emergency, OutOfHours]),
        (EmergencyRoute::DoctorFirst, vec![OutOfHours, Emergency], vec![Clinic, OutOfHours, Emergency]),
        (EmergencyRoute::OutOfHoursFirst, vec![OutOfHours, Emergency], vec![OutOfHours, Emergency]),
    ];
    for (route, without_clinic, with_clinic) in expected {
        assert_eq!(route.calls(false), without_clinic, "{route:?}");
        assert_eq!(route.calls(true), with_clinic, "{route:?} with the host's clinic");
    }
}

#[test]
fn tel_links_dial_the_number_without_its_spaces() {
    let mut numbers: Vec<&str> = COUNTRIES
        .iter()
        .flat_map(|(_, _, emergency, out_of_hours)| [Some(*emergency), *out_of_hours])
        .flatten()
        .chain(DK_REGIONS.iter().map(|(.., number)| *number))
        .collect();
    numbers.sort_unstable();
    numbers.dedup();
    let mut shown: Vec<&str> = DIALLED.iter().map(|(shown, _)| *shown).collect();
    shown.sort_unstable();
    assert_eq!(shown, numbers, "every number given, once");
    for (shown, dialled) in DIALLED {
        assert_eq!(Country::dial(shown), dialled);
    }
    assert_eq!(Country::dial(" 70\u{a0}11 07\t07 "), "70110707", "any white space, not only the ASCII space");
}

#[test]
fn each_language_names_each_countrys_services() {
    for lang in Lang::ALL {
        for country in Country::ALL {
            let rows = SERVICE_NAMES.iter().filter(|(l, c, ..)| (*l, *c) == (lang, country)).count();
            assert_eq!(rows, 1, "{lang:?} {country:?}: one row in the table");
        }
    }
    for (lang, country, ooh_name, gp, emergency_headline) in SERVICE_NAMES {
        let names = (lang.texts().services)(country);
        assert_eq!(
            (names.ooh_name, names.gp, names.emergency_headline),
            (ooh_name, gp, emergency_headline),
            "{lang:?} {country:?}"
        );
    }
    // The injury route's headline: the out-of-hours line where it comes first (Norway,
    // Denmark), else the emergency route's own headline, which is also where injuries go.
    for lang in Lang::ALL {
        for country in Country::ALL {
            let names = (lang.texts().services)(country);
            match country {
                Country::No | Country::Dk => {
                    assert!(names.injury_headline.contains("{ooh_name}"), "{lang:?} {country:?}")
                }
                _ => assert_eq!(names.injury_headline, names.emergency_headline, "{lang:?} {country:?}"),
            }
        }
    }
}

/// The last day of Region Hovedstaden and Region Sjælland, and the first of Region Østdanmark
/// (overgangsloven § 126; `country::EAST_DENMARK_FROM`).
const DEC_31: CalendarDate = CalendarDate::constant(2026, 12, 31);
const JAN_1: CalendarDate = CalendarDate::constant(2027, 1, 1);

/// Per Danish area, as a Danish and an English reader see it from 1 January 2027: the code the
/// `region` attribute still takes (ISO 3166-2 had no code for Region Østdanmark when checked),
/// the region's name in Danish and in English, and the line (unchanged: no source found says
/// 1813 or 1818 changes).
const DK_REGIONS_FROM_2027: [(DkRegion, &str, &str, &str, &str, &str); 5] = [
    (DkRegion::Nordjylland, "DK-81", "Region Nordjylland", "Region Nordjylland", "Lægevagten", "70 15 03 00"),
    (DkRegion::Midtjylland, "DK-82", "Region Midtjylland", "Region Midtjylland", "Lægevagten", "70 11 31 31"),
    (DkRegion::Syddanmark, "DK-83", "Region Syddanmark", "Region Syddanmark", "Lægevagten", "70 11 07 07"),
    (
        DkRegion::Hovedstaden,
        "DK-84",
        "Region Østdanmark (tidligere Region Hovedstaden)",
        "Region Østdanmark (formerly Region Hovedstaden)",
        "Akuttelefonen",
        "1813",
    ),
    (
        DkRegion::Sjaelland,
        "DK-85",
        "Region Østdanmark (tidligere Region Sjælland)",
        "Region Østdanmark (formerly Region Sjælland)",
        "Lægevagten",
        "1818",
    ),
];

#[test]
fn danish_regions_have_their_names_codes_and_lines_on_either_side_of_1_january_2027() {
    assert_eq!(country::EAST_DENMARK_FROM, JAN_1);
    for ((region, code, name, service, number), (same, code_2027, da_2027, en_2027, service_2027, number_2027)) in
        DK_REGIONS.into_iter().zip(DK_REGIONS_FROM_2027)
    {
        assert_eq!(region, same);
        // The attribute's code, the line and the line's name are the same on both days.
        assert_eq!((code, service, number), (code_2027, service_2027, number_2027), "{code}");
        assert_eq!(DkRegion::parse(code), Some(region), "existing embeds keep working");
        for lang in Lang::ALL {
            assert_eq!(dk_region_name(lang, region, DEC_31), name, "{lang:?} {code} on the last day of 2026");
        }
        assert_eq!(dk_region_name(Lang::Da, region, JAN_1), da_2027, "{code}");
        assert_eq!(dk_region_name(Lang::En, region, JAN_1), en_2027, "{code}");
        let merged = matches!(region, DkRegion::Hovedstaden | DkRegion::Sjaelland);
        assert_eq!(region.region_on(DEC_31), None, "{code}");
        assert_eq!(region.region_on(JAN_1), merged.then_some("Region Østdanmark"), "{code}");
    }
    // The all-regions list: every area's line on both days, under the day's names.
    for (date, names) in [(DEC_31, DK_REGIONS.map(|r| r.2)), (JAN_1, DK_REGIONS_FROM_2027.map(|r| r.2))] {
        let listed: Vec<(DkRegion, String, &str, &str)> = dk_regions(Lang::Da, date).collect();
        let expected: Vec<(DkRegion, String, &str, &str)> = DK_REGIONS
            .iter()
            .zip(names)
            .map(|((region, _, _, service, number), name)| (*region, name.to_owned(), *service, *number))
            .collect();
        assert_eq!(listed, expected, "{}", date.iso());
    }
}

/// When each Danish line takes calls, as the regions' pages say (`DkRegion::open`): illness
/// while the reader's own doctor is closed everywhere; injuries at any hour on 1813 and 1818.
#[test]
fn each_danish_line_says_when_it_takes_calls() {
    use triage::country::OutOfHoursOpen::{WhenOwnDoctorClosed, WhenOwnDoctorClosedInjuriesAnyHour};
    let expected = [
        (DkRegion::Nordjylland, WhenOwnDoctorClosed),
        (DkRegion::Midtjylland, WhenOwnDoctorClosed),
        (DkRegion::Syddanmark, WhenOwnDoctorClosed),
        (DkRegion::Hovedstaden, WhenOwnDoctorClosedInjuriesAnyHour),
        (DkRegion::Sjaelland, WhenOwnDoctorClosedInjuriesAnyHour),
    ];
    for (region, open) in expected {
        assert_eq!(region.open(), open, "{region:?}");
    }
    for lang in Lang::ALL {
        let hours = &lang.texts().care.dk_hours;
        for text in [hours.when_own_doctor_closed, hours.when_own_doctor_closed_injuries_any_hour] {
            // Weekdays from 16 to 8: the hours of every region's page.
            assert!(text.contains("16") && text.contains('8'), "{lang:?}: {text}");
        }
        assert!(hours.when_own_doctor_closed_injuries_any_hour.starts_with(hours.when_own_doctor_closed), "{lang:?}");
    }
    assert_eq!(
        Lang::Da.texts().care.dk_hours.when_own_doctor_closed,
        "Når din egen læge har lukket (hverdage 16–8, weekend og helligdage)"
    );
}
