//! Every reader-visible text, per language, and the numbers and sources are fingerprinted in
//! docs/safety/content-fingerprints.txt under the content version that reviewed them. A change
//! to any of them fails here until `CONTENT_VERSION` (src/decision/sources.rs) is raised, the
//! change is described under that version in docs/safety/content-changelog.md, and the
//! fingerprints are written again:
//!
//! ```text
//! UPDATE_CONTENT_FINGERPRINTS=1 cargo test -p triage --test integration content_version
//! ```
//!
//! which refuses to write new fingerprints under the old version.

use crate::common;

use std::collections::BTreeMap;
use std::path::PathBuf;
use triage::country::{Country, DkRegion};
use triage::decision::sources::{self, CONTENT_VERSION};
use triage::i18n::Lang;

fn fingerprints_path() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../..")).join("docs/safety/content-fingerprints.txt")
}

/// FNV-1a, 64 bits: stable across platforms and Rust versions, unlike `DefaultHasher`.
fn fnv1a(texts: &[String]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for text in texts {
        // Each text ends with a 0 byte, so moving words between two texts changes the hash.
        for byte in text.bytes().chain([0]) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    hash
}

/// Every text of each language as written (placeholders and all) with each country's service
/// names, and, language-free, every number, region and source citation.
fn groups() -> BTreeMap<String, Vec<String>> {
    let mut groups = BTreeMap::new();
    for lang in Lang::ALL {
        let mut texts = common::texts_of(lang);
        for country in Country::ALL {
            texts.extend(common::debug_strings(&(lang.texts().services)(country)));
        }
        groups.insert(lang.code().to_owned(), texts);
    }
    let mut facts = vec![];
    for country in Country::ALL {
        facts.push(format!("{country:?} {} {:?}", country.emergency_number(), country.out_of_hours_number()));
        facts.push(format!("{country:?} {:?} {}", country.emergency_route(), country.check_after_days()));
    }
    for region in DkRegion::ALL {
        facts.push(format!("{region:?} {} {} {}", region.name(), region.service_name(), region.out_of_hours_number()));
    }
    for source in sources::ALL {
        facts.push(format!("{} {} {}", source.id, source.citation, source.title));
    }
    groups.insert("numbers-and-sources".to_owned(), facts);
    groups
}

/// The fingerprints file: the version line, then `group count hash` per group.
fn render(groups: &BTreeMap<String, Vec<String>>) -> String {
    let mut out = String::from(
        "# Written by `UPDATE_CONTENT_FINGERPRINTS=1 cargo test -p triage --test integration content_version` (tests/content_version.rs).\n",
    );
    out.push_str(&format!("version {CONTENT_VERSION}\n"));
    for (group, texts) in groups {
        out.push_str(&format!("{group} {} {:016x}\n", texts.len(), fnv1a(texts)));
    }
    out
}

fn stored_version(file: &str) -> Option<&str> {
    file.lines().find_map(|l| l.strip_prefix("version "))
}

#[test]
fn the_fingerprint_sees_one_changed_character_and_text_moved_between_fields() {
    let texts = |a: &str, b: &str| vec![a.to_owned(), b.to_owned()];
    assert_ne!(fnv1a(&texts("Ring 113", "nå")), fnv1a(&texts("Ring 112", "nå")));
    assert_ne!(fnv1a(&texts("Ring 113 nå", "")), fnv1a(&texts("Ring 113", " nå")));
    assert_eq!(fnv1a(&texts("Ring 113", "nå")), fnv1a(&texts("Ring 113", "nå")));
}

#[test]
fn every_text_matches_the_fingerprints_of_the_current_content_version() {
    let now = render(&groups());
    let stored = std::fs::read_to_string(fingerprints_path()).unwrap_or_default();
    if std::env::var_os("UPDATE_CONTENT_FINGERPRINTS").is_some() && stored != now {
        assert_ne!(
            stored_version(&stored),
            Some(CONTENT_VERSION),
            "the texts changed: raise CONTENT_VERSION (src/decision/sources.rs) and describe the change in docs/safety/content-changelog.md before writing new fingerprints"
        );
        std::fs::write(fingerprints_path(), &now).expect("write the fingerprints");
        return;
    }
    assert_eq!(
        stored_version(&stored),
        Some(CONTENT_VERSION),
        "CONTENT_VERSION is {CONTENT_VERSION} but the fingerprints are for another: run UPDATE_CONTENT_FINGERPRINTS=1 cargo test -p triage --test integration content_version"
    );
    let changed: Vec<&str> = now
        .lines()
        .skip(2)
        .filter(|line| !stored.lines().any(|s| s == *line))
        .map(|line| line.split(' ').next().unwrap_or(line))
        .collect();
    assert!(
        changed.is_empty(),
        "reader-visible content changed ({}) under content version {CONTENT_VERSION}: raise CONTENT_VERSION, add its entry to docs/safety/content-changelog.md, then run UPDATE_CONTENT_FINGERPRINTS=1 cargo test -p triage --test integration content_version",
        changed.join(", ")
    );
    assert_eq!(stored, now);
}

#[test]
fn the_changelog_has_an_entry_for_the_current_content_version() {
    let path = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../..")).join("docs/safety/content-changelog.md");
    let log = std::fs::read_to_string(&path).expect("docs/safety/content-changelog.md");
    let heading = format!("## {CONTENT_VERSION} ");
    let at = log.find(&heading).unwrap_or_else(|| panic!("no «{heading}…» entry in docs/safety/content-changelog.md"));
    let entry = log[at + heading.len()..].split("\n## ").next().unwrap_or_default();
    assert!(entry.contains(sources::CONTENT_CHECKED), "the entry for {CONTENT_VERSION} gives the date checked");
    assert!(
        entry.lines().filter(|l| l.starts_with("- ")).count() >= 3,
        "the entry for {CONTENT_VERSION} lists its changes"
    );
    let newest = log.lines().find(|l| l.starts_with("## ")).unwrap_or_default();
    assert!(newest.starts_with(&heading), "the newest entry comes first: {newest}");
}
