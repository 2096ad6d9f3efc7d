//! The texts: every language has the same placeholders and the same numbers as English in
//! every text (so a translation cannot change a dose or a threshold), and nothing is left
//! unfilled for any country.

use triage::country::Country;
use triage::i18n::{Lang, fill_country};

use crate::common;

/// Every text of a language, in field order.
fn strings(lang: Lang) -> Vec<String> {
    common::texts_of(lang)
}

fn tokens(s: &str, open: char, close: char) -> Vec<String> {
    s.split(open).skip(1).filter_map(|rest| rest.split(close).next()).map(str::to_owned).collect()
}

fn numbers(s: &str) -> Vec<String> {
    let mut v: Vec<String> =
        s.split(|c: char| !c.is_ascii_digit()).filter(|d| !d.is_empty()).map(str::to_owned).collect();
    v.sort();
    v
}

#[test]
fn every_language_keeps_the_placeholders_and_numbers_of_english() {
    let en = strings(Lang::En);
    assert!(en.len() > 100, "the Debug walk found the texts");
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        let other = strings(lang);
        assert_eq!(other.len(), en.len(), "{lang:?}");
        for (e, o) in en.iter().zip(&other) {
            let (mut pe, mut po) = (tokens(e, '{', '}'), tokens(o, '{', '}'));
            pe.sort();
            po.sort();
            assert_eq!(pe, po, "{lang:?} placeholders differ:\n  {e}\n  {o}");
            // Step and duration labels may spell numbers out; doses and thresholds may not.
            assert_eq!(numbers(e), numbers(o), "{lang:?} numbers differ:\n  {e}\n  {o}");
        }
    }
}

#[test]
fn nothing_is_left_unfilled_for_any_country() {
    for lang in Lang::ALL {
        let t = lang.texts();
        for country in Country::ALL {
            for template in [
                t.headline_body.urgent,
                t.headline_body.soon,
                t.advice.contact_doctor_today.body,
                t.advice.safety_net.body,
                t.care.safety_net.same_day_lead,
                t.care.safety_net.come_back.urgent,
                t.care.safety_net.come_back.self_care,
                t.advice.call_emergency.body,
                t.advice.other_help.body,
                t.disclaimer,
            ] {
                let filled = fill_country(template, lang, country);
                assert!(!filled.contains('{'), "{lang:?} {country:?}: {filled}");
            }
        }
        let urgent_se = fill_country(t.headline_body.urgent, lang, Country::Se);
        assert_eq!(urgent_se.matches("1177").count(), 1, "{lang:?}: {urgent_se}");
    }
}

#[test]
fn the_country_follows_the_region_of_the_language_tag() {
    assert_eq!(Country::from_language_tag("nb-NO"), Ok(Some(Country::No)));
    assert_eq!(Country::from_language_tag("nn-NO"), Ok(Some(Country::No)));
    assert_eq!(Country::from_language_tag("en-GB"), Ok(Some(Country::Gb)));
    assert_eq!(Country::from_language_tag("sv_SE"), Ok(Some(Country::Se)));
    assert_eq!(Country::from_language_tag("en"), Ok(None));
    assert_eq!(Country::from_language_tag("en-US"), Err("US".to_owned()));
    assert_eq!(Country::from_language_tag("zh-Hant-TW"), Err("TW".to_owned()));
}

#[test]
fn choice_labels_are_indexed_by_declaration_order() {
    use triage::decision::Trend;
    use triage::questionnaire::DurationChoice;
    // Texts index the duration and trend labels by `choice as usize`: that must be its place in ALL.
    for (i, d) in DurationChoice::ALL.into_iter().enumerate() {
        assert_eq!(d as usize, i);
        assert_eq!(DurationChoice::VALUES[i], d.value());
    }
    for (i, t) in Trend::ALL.into_iter().enumerate() {
        assert_eq!(t as usize, i);
        assert_eq!(Trend::VALUES[i], t.as_str());
    }
    assert_eq!(DurationChoice::VALUES, ["0-1", "1-2", "2-3", "3-4", "4-6", "6-8", "8-12", "12+"]);
    // The single "1–3 weeks" choice before content 2.0.0 is still read, as its lower bound.
    assert_eq!(DurationChoice::parse("1-4"), Some(DurationChoice::OneWeek));
    assert_eq!(DurationChoice::parse("1-3"), None);
}

#[test]
fn nynorsk_is_its_own_language_with_norway_by_default() {
    assert_eq!(Lang::parse("nn"), Some(Lang::Nn));
    assert_eq!(Lang::parse("nn-NO"), Some(Lang::Nn));
    assert_eq!(Lang::parse("nb"), Some(Lang::Nb));
    assert_eq!(Lang::parse("no"), Some(Lang::Nb), "`no` does not say which written standard; bokmål");
    assert_eq!(Lang::Nn.code(), "nn");
    assert_eq!(Lang::Nn.default_country(), Country::No);
    assert!(Lang::ALL.contains(&Lang::Nn));
    // Not bokmål with a few words changed: most of its sentences differ from bokmål's.
    let (nb, nn) = (strings(Lang::Nb), strings(Lang::Nn));
    let same = nb.iter().zip(&nn).filter(|(b, n)| b == n && b.split_whitespace().count() > 3).count();
    let long = nb.iter().filter(|b| b.split_whitespace().count() > 3).count();
    assert!(same * 10 < long, "{same} of {long} longer nynorsk texts are the bokmål text");
}

#[test]
fn one_term_for_the_tool_and_plain_words() {
    // (the tool's one name, names it must not also go by, words a native health writer avoids)
    let rules: [(Lang, &str, &[&str], &[&str]); 5] = [
        (Lang::Nb, "verktøy", &["hjelpemiddel", "veiledningen"], &["øyeblikkelig hjelp", "vannlating"]),
        (Lang::Nn, "verktøy", &["hjelpemiddel", "rettleiinga"], &["augneblinkeleg", "øyeblikkelig"]),
        (Lang::Sv, "verktyg", &["hjälpmedel", "vägledningen"], &["Vänta inte för att se", "mikropauser"]),
        (
            Lang::Da,
            "værktøj",
            &["en hjælp", "Denne vejledning"],
            &["lade vandet", "vandladning", "Vent ikke for at se"],
        ),
        (Lang::En, "tool", &["an aid", "This guidance"], &["Acutely ill", "passing urine"]),
    ];
    for (lang, term, other_names, avoided) in rules {
        let texts = strings(lang);
        let uses = texts.iter().filter(|t| t.to_lowercase().contains(term)).count();
        assert!(uses >= 2, "{lang:?}: the tool is called {term:?} ({uses} texts)");
        for text in &texts {
            for word in other_names.iter().chain(avoided) {
                assert!(!text.to_lowercase().contains(&word.to_lowercase()), "{lang:?}: {word:?} in {text:?}");
            }
        }
    }
}

#[test]
fn nynorsk_is_written_in_nynorsk_words() {
    // Bokmål forms that are not nynorsk (nynorsk: ikkje, kva, korleis, kvifor, kven, om/viss,
    // kva for, berre, mogleg, vere, nokon, noko, mykje, sjukdom, sjuk, veke, veker, frå, heim, dei).
    // Danish and Swedish service names stay as they are, so only words those names do not hold
    // are listed.
    const BOKMAL: [&str; 20] = [
        "ikke", "hva", "hvordan", "hvorfor", "hvem", "hvis", "hvilket", "bare", "mulig", "være", "noen", "noe", "mye",
        "sykdom", "syk", "uke", "uker", "fra", "hjem", "dem",
    ];
    let names: Vec<String> =
        Country::ALL.into_iter().flat_map(|c| common::debug_strings(&(Lang::Nn.texts().services)(c))).collect();
    for text in strings(Lang::Nn).iter().chain(&names) {
        for word in text.split(|c: char| !c.is_alphabetic()).map(str::to_lowercase) {
            assert!(!BOKMAL.contains(&word.as_str()), "nn: bokmål {word:?} in {text:?}");
        }
    }
}

#[test]
fn the_calendar_file_has_a_plain_ics_name_and_every_country_an_emergency_department() {
    for lang in Lang::ALL {
        let t = &lang.texts().result;
        let name = t.calendar_file_name;
        assert!(
            name.ends_with(".ics") && name.bytes().all(|b| b.is_ascii_alphanumeric() || b"-.".contains(&b)),
            "{name}"
        );
        for country in Country::ALL {
            let names = (lang.texts().services)(country);
            for text in [names.emergency_headline, names.emergency_steps, names.emergency_safety_net] {
                assert!(!text.trim().is_empty(), "{lang:?} {country:?}");
            }
        }
    }
}

#[test]
fn every_rule_step_and_advice_has_a_text_in_every_language() {
    use triage::decision::rules::advice_sources;
    use triage::decision::{Advice, RuleId};
    use triage::questionnaire::{STEPS, StepId};
    // Each step id names exactly one step, so the typed join from step to heading is total.
    for id in StepId::ALL {
        assert_eq!(STEPS.iter().filter(|s| s.id == *id).count(), 1, "{id:?}");
    }
    for lang in Lang::ALL {
        let t = lang.texts();
        for id in StepId::ALL {
            assert!(!t.step_headings.get(*id).trim().is_empty(), "{lang:?} {id:?} has no heading");
        }
        for id in RuleId::ALL {
            for country in Country::ALL {
                assert!(!t.reasons.get(*id, country).trim().is_empty(), "{lang:?} {id:?} has no reason text");
            }
        }
        for country in Country::ALL {
            for advice in Advice::ALL {
                let p = t.advice.get(advice, country);
                assert!(!p.title.trim().is_empty() && !p.body.trim().is_empty(), "{lang:?} {country:?} {advice:?}");
                assert!(!advice_sources(advice).is_empty(), "{advice:?} cites nothing");
            }
        }
    }
}
