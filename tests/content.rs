//! The clinical content against the issue it answers: the emergency questions ask what is new
//! since the back pain began, in every language.

#![cfg(not(target_arch = "wasm32"))]

use back_pain_triage::decision::Sign;
use back_pain_triage::i18n::Lang;

/// How each language says "new" (any of these words) and "since the back pain began".
/// Exhaustive on purpose: a new language does not compile until it says what it uses.
/// The words for "new" and "worse", and the window they are anchored to: the last days or
/// weeks, so that long-standing, unchanged problems do not count (clinical review §2.2).
fn new_worse_and_when(lang: Lang) -> (&'static [&'static str], &'static [&'static str], &'static str) {
    match lang {
        Lang::En => (&["new"], &["worse"], "in the last days or weeks"),
        Lang::Nb => (&["ny", "nye"], &["verre"], "de siste dagene eller ukene"),
        Lang::Nn => (&["ny", "nye"], &["verre"], "dei siste dagane eller vekene"),
        Lang::Sv => (&["ny", "nya"], &["värre"], "de senaste dagarna eller veckorna"),
        Lang::Da => (&["ny", "nye", "nyt"], &["værre"], "de seneste dage eller uger"),
    }
}

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

#[test]
fn the_three_emergency_questions_ask_what_is_new_or_worse_in_the_last_days_or_weeks() {
    for lang in Lang::ALL {
        let (new, worse, when) = new_worse_and_when(lang);
        let long_standing = match lang {
            Lang::En => "Problems you have had for a long time, and that have not changed, do not count",
            Lang::Nb | Lang::Nn => "Plager du har hatt lenge",
            Lang::Sv => "Besvär som du har haft länge, och som inte har ändrats, räknas inte",
            Lang::Da => "Gener, som du har haft længe, og som ikke har ændret sig, tæller ikke",
        };
        for sign in [Sign::BladderOrBowelProblems, Sign::SaddleNumbness, Sign::BothLegs] {
            let prompt = lang.texts().signs.get(sign);
            let question = prompt.question;
            assert!(question.to_lowercase().contains(when), "{lang:?} {sign:?} lacks {when:?}: {question}");
            for any in [new, worse] {
                assert!(
                    words(question).iter().any(|w| any.contains(&w.as_str())),
                    "{lang:?} {sign:?} lacks any of {any:?}: {question}"
                );
            }
            // The hint says that long-standing, unchanged problems do not count.
            assert!(prompt.hint.contains(long_standing), "{lang:?} {sign:?}: {}", prompt.hint);
        }
    }
}

mod guidance {
    use back_pain_triage::country::{Country, DkRegion, EmergencyRoute, Guideline, Place};
    use back_pain_triage::decision::sources::{self, NICE_NG59, NICE_NG59_IMAGING, NICE_NG59_MEDICINES, SourceKind};
    use back_pain_triage::decision::{Advice, Trend, evaluate};
    use back_pain_triage::i18n::{Lang, cite_for_reader, fill_country, fill_place};
    use back_pain_triage::summary::summary_text;

    use back_pain_triage::Answers;
    use back_pain_triage::questionnaire::Draft;

    fn text(lang: Lang, country: Country, advice: Advice) -> String {
        let p = lang.texts().advice.get(advice, country);
        format!("{} {}", p.title, fill_country(p.body, lang, country))
    }

    /// The Nordic dose figures, as each language writes them.
    const NORDIC_DOSES: [&str; 4] = ["1,200", "1 200", "1.200", "4 gram"];

    #[test]
    fn imaging_and_pain_relief_follow_the_readers_country_in_text_and_source() {
        for lang in Lang::ALL {
            for country in Country::ALL {
                let g = country.guidance();
                let imaging = text(lang, country, Advice::ImagingReview);
                let pain = text(lang, country, Advice::PainRelief);
                let pain_sources = g.advice_sources(Advice::PainRelief);
                let imaging_sources = g.advice_sources(Advice::ImagingReview);
                let nice = |s: &[sources::Source]| s.iter().any(|s| s.kind == SourceKind::NiceGuideline);
                // Plain X-ray is named by no country's imaging text (brochure §7: very rarely useful).
                for word in ["X-ray", "røntgen", "Røntgen", "röntgen", "Röntgen"] {
                    assert!(!imaging.contains(word), "{lang:?} {country:?} names {word}: {imaging}");
                }
                match g.follows {
                    Guideline::Nice => {
                        assert_eq!(country, Country::Gb);
                        assert!(
                            !NORDIC_DOSES.iter().any(|d| pain.contains(d)),
                            "{lang:?}: Nordic dosing in GB: {pain}"
                        );
                        assert!(pain.contains("NICE") && pain.contains("ibuprofen"), "{lang:?}: {pain}");
                        assert_eq!(pain_sources, [NICE_NG59_MEDICINES]);
                        assert_eq!(imaging_sources, [NICE_NG59_IMAGING]);
                        assert!(!imaging.contains("4"), "{lang:?}: no 4–6-week imaging in GB: {imaging}");
                    }
                    Guideline::Norwegian => {
                        assert_ne!(country, Country::Gb);
                        assert!(
                            pain.contains('4') && (pain.contains("200")),
                            "{lang:?} {country:?}: 4 g and 1,200 mg: {pain}"
                        );
                        assert!(!pain.contains("NICE"), "{lang:?} {country:?}: {pain}");
                        assert!(
                            !nice(pain_sources) && !nice(imaging_sources),
                            "{country:?} cites NICE: {pain_sources:?}"
                        );
                        assert!(
                            imaging.contains("4") && imaging.contains("6"),
                            "{lang:?}: the brochure's 4–6 weeks: {imaging}"
                        );
                        assert!(pain_sources.contains(&sources::BROCHURE_5_SELF_CARE));
                    }
                }
                // The reader sees the sources in their own words, after the original title.
                let cited = cite_for_reader(pain_sources, lang);
                assert!(pain_sources.iter().all(|s| cited.contains(s.title)), "{cited}");
            }
        }
        // Each Nordic country cites its own medicines advice for the doses and cautions.
        let own = |c: Country| c.guidance().pain_relief[1];
        assert_eq!(own(Country::No), sources::NO_MEDICINES_AGENCY);
        // Norway's agency names who should avoid ibuprofen; the product information gives the limit.
        assert_eq!(Country::No.guidance().pain_relief[2], sources::NO_IBUPROFEN_PRODUCT_INFO);
        assert_eq!(own(Country::Se), sources::SE_1177_PAINKILLERS);
        assert_eq!(own(Country::Dk), sources::DK_PAINKILLERS);
        assert_eq!(Country::Gb.guidance().basis, [NICE_NG59]);
    }

    /// A reason's and an advice item's sources in each country: the table's, except where the
    /// country's own guidance says something else (the UK's imaging reason cites NICE NG59
    /// 1.1.4–1.1.5; its long-lasting pain relief cites NG59's medicines section).
    #[test]
    fn each_country_cites_the_table_except_where_its_own_guidance_differs() {
        use back_pain_triage::decision::RuleId;
        use back_pain_triage::decision::rules::{advice_sources, all_reasons};
        for country in Country::ALL {
            let g = country.guidance();
            for (rule, table) in all_reasons() {
                assert!(!table.is_empty(), "{rule:?}");
                let own = g.reason_sources(rule);
                if country == Country::Gb && rule == RuleId::AdviceImagingAndExerciseAfter4Weeks {
                    assert_eq!(own, [NICE_NG59_IMAGING], "{country:?} {rule:?}");
                } else {
                    assert_eq!(own, table, "{country:?} {rule:?}");
                }
            }
            let long = g.advice_sources(Advice::PainReliefLongLasting);
            if country == Country::Gb {
                assert_eq!(long, [NICE_NG59_MEDICINES]);
            } else {
                // The brochure's §7 for "medicines help little", then the country's own medicines
                // sources for the doses and cautions the text keeps (clinical review §2.8).
                let (table, medicines) = (advice_sources(Advice::PainReliefLongLasting), &g.pain_relief[1..]);
                assert_eq!(long[..table.len()], *table, "{country:?}");
                assert_eq!(long[table.len()..], *medicines, "{country:?}");
                assert!(!long.iter().any(|s| s.kind == SourceKind::NiceGuideline), "{country:?}");
            }
        }
    }

    #[test]
    fn long_lasting_pain_keeps_the_doses_and_children_get_none() {
        let a = |age, weeks| Answers { age, duration_weeks: weeks, trend: Trend::Better, yes: Default::default() };
        let acute = evaluate(&a(40, 8.0));
        assert!(acute.advice.contains(&Advice::PainRelief) && !acute.advice.contains(&Advice::PainReliefLongLasting));
        let long = evaluate(&a(40, 12.0));
        assert!(long.advice.contains(&Advice::PainReliefLongLasting) && !long.advice.contains(&Advice::PainRelief));
        let child = evaluate(&a(14, 12.0));
        assert!(
            !child
                .advice
                .iter()
                .any(|c| matches!(c, Advice::PainRelief | Advice::PainReliefLongLasting | Advice::Work))
        );
        for lang in Lang::ALL {
            let t = text(lang, Country::No, Advice::PainReliefLongLasting);
            // The doses and the caution stay when the pain has lasted long (clinical review §2.8):
            // a reader at 3 months who still takes tablets must not lose them.
            assert!(t.contains("12") && t.contains("4 gram") && t.contains("ibuprofen"), "{lang:?}: {t}");
        }
    }

    /// A reader whose pain has lasted more than 12 weeks is not promised "much better within a
    /// few weeks" (clinical review §2.13): the outlook is the long-lasting one, it names no
    /// weeks, and the self-care headline names no time either, in every language.
    #[test]
    fn long_lasting_pain_is_not_promised_better_within_weeks() {
        let week = ["uke", "veke", "veck", "uge", "week"];
        let names_weeks = |t: &str| week.iter().any(|w| t.to_lowercase().contains(w));
        for lang in Lang::ALL {
            let t = lang.texts();
            assert!(!names_weeks(t.headline_body.self_care), "{lang:?}: {}", t.headline_body.self_care);
            for country in Country::ALL {
                let outlook = text(lang, country, Advice::Outlook);
                let long = text(lang, country, Advice::OutlookLongLasting);
                assert!(names_weeks(&outlook), "{lang:?}: the acute outlook says when: {outlook}");
                assert!(!names_weeks(&long), "{lang:?}: {long}");
                assert_ne!(outlook, long);
            }
        }
        let a = |weeks| Answers { age: 40, duration_weeks: weeks, trend: Trend::Better, yes: Default::default() };
        for (weeks, code) in [(8.0, Advice::Outlook), (12.0, Advice::OutlookLongLasting)] {
            let outcome = evaluate(&a(weeks));
            let outlooks: Vec<_> =
                outcome.advice.iter().filter(|c| matches!(c, Advice::Outlook | Advice::OutlookLongLasting)).collect();
            assert_eq!(outlooks, [&code], "{weeks} weeks");
        }
    }

    /// The emergency department's local name, as every language writes it for each country.
    fn local_ed(country: Country) -> &'static str {
        match country {
            Country::No => "akuttmottak",
            Country::Se => "akutmottagning",
            Country::Dk => "akutmodtagelse",
            Country::Gb => "A&E",
        }
    }

    /// Each country's own emergency route (`Country::emergency_route`), in every language: the
    /// headline, what to do under the call buttons, and the safety net's lead name the numbers
    /// and places that country's services give, and the emergency department by its local name.
    #[test]
    fn the_emergency_result_follows_each_countrys_own_route_in_every_language() {
        for lang in Lang::ALL {
            for country in Country::ALL {
                let names = (lang.texts().services)(country);
                let headline = fill_country(names.emergency_headline, lang, country);
                let steps = fill_country(names.emergency_steps, lang, country);
                let lead = fill_country(names.emergency_safety_net, lang, country);
                let (emergency, at) = (country.emergency_number(), format!("{lang:?} {country:?}"));
                assert!(steps.contains(local_ed(country)), "{at}: {steps}");
                assert!(lead.contains(emergency), "{at}: {lead}");
                for text in [&headline, &steps, &lead] {
                    assert!(!text.contains('{'), "{at}: {text}");
                }
                match country.emergency_route() {
                    EmergencyRoute::EmergencyNumber => {
                        assert!(headline.contains(emergency) && headline.contains("A&E"), "{at}: {headline}");
                        assert!(lead.contains("A&E"), "{at}: {lead}");
                    }
                    EmergencyRoute::EmergencyNumberOrOutOfHours => {
                        assert!(headline.contains(emergency), "{at}: {headline}");
                        assert!(steps.contains("116 117") && lead.contains("116 117"), "{at}: {steps} / {lead}");
                    }
                    EmergencyRoute::EmergencyDepartment => {
                        // 112 only if the reader cannot get there; 1177 if unsure.
                        assert!(!headline.contains(emergency), "{at}: {headline}");
                        assert!(steps.contains(emergency) && steps.contains("1177"), "{at}: {steps}");
                    }
                    EmergencyRoute::DoctorFirst => {
                        // The doctor first: the emergency number is the last resort in the text.
                        assert!(!headline.contains(emergency), "{at}: {headline}");
                        let gp = names.gp;
                        assert!(steps.find(gp) < steps.find(emergency), "{at}: {steps}");
                        for region in DkRegion::ALL {
                            let place = Place::new(country, Some(region));
                            let steps = fill_place(names.emergency_steps, lang, place);
                            assert!(steps.contains(region.out_of_hours_number()), "{at} {region:?}: {steps}");
                        }
                    }
                }
            }
        }
        assert_eq!(Country::No.emergency_route(), EmergencyRoute::EmergencyNumberOrOutOfHours);
        assert_eq!(Country::Se.emergency_route(), EmergencyRoute::EmergencyDepartment);
        assert_eq!(Country::Dk.emergency_route(), EmergencyRoute::DoctorFirst);
        assert_eq!(Country::Gb.emergency_route(), EmergencyRoute::EmergencyNumber);
    }

    #[test]
    fn every_danish_region_has_its_own_number_and_service_name() {
        let expected = [
            (DkRegion::Nordjylland, "DK-81", "70 15 03 00", "Lægevagten"),
            (DkRegion::Midtjylland, "DK-82", "70 11 31 31", "Lægevagten"),
            (DkRegion::Syddanmark, "DK-83", "70 11 07 07", "Lægevagten"),
            (DkRegion::Hovedstaden, "DK-84", "1813", "Akuttelefonen"),
            (DkRegion::Sjaelland, "DK-85", "1818", "Lægevagten"),
        ];
        assert_eq!(DkRegion::ALL.len(), expected.len());
        for (region, code, number, name) in expected {
            assert_eq!(DkRegion::parse(code), Some(region));
            assert_eq!(DkRegion::parse(&code.to_lowercase()), Some(region));
            assert_eq!((region.out_of_hours_number(), region.service_name()), (number, name));
            let place = Place::new(Country::Dk, Some(region));
            for lang in Lang::ALL {
                let t = lang.texts();
                let s = &t.care.safety_net;
                for template in [t.headline_body.urgent, s.same_day_lead, s.come_back.urgent] {
                    let filled = fill_place(template, lang, place);
                    assert!(filled.contains(number) && filled.contains(name), "{lang:?} {code}: {filled}");
                }
                // Self-care: the summary's contacts give the region's line.
                let a = Answers { age: 40, duration_weeks: 1.0, trend: Trend::Better, yes: Default::default() };
                let summary =
                    summary_text(&a, &evaluate(&a), &Draft::from_answers(&a), lang, place, "2026-11-30", None);
                assert!(summary.contains(number) && summary.contains(name), "{lang:?} {code}:\n{summary}");
                for other in DkRegion::ALL.into_iter().filter(|r| *r != region) {
                    assert!(!summary.contains(other.out_of_hours_number()), "{lang:?} {code} lists {other:?}");
                }
            }
        }
        assert_eq!(DkRegion::parse("DK-86"), None);
        assert_eq!(DkRegion::parse("84"), None);
        // A region means nothing outside Denmark.
        let place = Place::new(Country::No, Some(DkRegion::Hovedstaden));
        assert_eq!(place.out_of_hours_number(), Some("116 117"));
    }

    #[test]
    fn without_a_region_a_danish_reader_sees_every_regions_number() {
        for lang in Lang::ALL {
            let t = lang.texts();
            let urgent = fill_country(t.headline_body.urgent, lang, Country::Dk);
            assert!(urgent.contains((t.services)(Country::Dk).ooh_by_region), "{lang:?}: {urgent}");
            assert!(!DkRegion::ALL.iter().any(|r| urgent.contains(r.out_of_hours_number())), "{lang:?}: {urgent}");
            let a = Answers { age: 40, duration_weeks: 1.0, trend: Trend::Better, yes: Default::default() };
            let summary =
                summary_text(&a, &evaluate(&a), &Draft::from_answers(&a), lang, Country::Dk, "2026-11-30", None);
            for region in DkRegion::ALL {
                let line = format!("{}: {} {}", region.name(), region.service_name(), region.out_of_hours_number());
                assert!(summary.contains(&line), "{lang:?} lacks {line}:\n{summary}");
            }
        }
    }

    #[test]
    fn every_advice_code_has_a_text_in_every_language_and_a_source_in_every_country() {
        for lang in Lang::ALL {
            for country in Country::ALL {
                for code in Advice::ALL {
                    let p = lang.texts().advice.get(code, country);
                    assert!(!p.title.trim().is_empty() && !p.body.trim().is_empty(), "{lang:?} {country:?} {code:?}");
                    let filled = fill_country(p.body, lang, country);
                    assert!(!filled.contains('{') && filled.len() > 20, "{lang:?} {country:?} {code:?}: {filled}");
                    let sources = country.guidance().advice_sources(code);
                    assert!(!sources.is_empty(), "{country:?} {code:?} has no source");
                    assert!(sources.iter().all(|s| sources::ALL.contains(s)), "{code:?}: a source not in sources::ALL");
                }
            }
        }
    }

    #[test]
    fn a_further_section_of_the_same_document_is_cited_without_its_title_again() {
        let cited = cite_for_reader(&[sources::BROCHURE_1_KINDS, sources::BROCHURE_5_SELF_CARE, NICE_NG59], Lang::En);
        assert_eq!(
            cited,
            "«Verdt å vite om vond rygg» (brochure on the Norwegian national guideline, 2007), §1 «Hvorfor får vi vondt i \
             ryggen?»; §5 «Hva kan jeg gjøre når jeg får vondt i ryggen?»; «Low back pain and sciatica in over 16s: \
             assessment and management» (UK guideline NICE NG59, 2016, updated 2020)"
        );
    }

    #[test]
    fn every_source_is_listed_once_and_described_in_every_language() {
        for (i, s) in sources::ALL.iter().enumerate() {
            assert!(sources::ALL[..i].iter().all(|o| o.id != s.id), "{} twice", s.id);
            assert!(!s.title.is_empty() && !s.citation.is_empty());
            for lang in Lang::ALL {
                let cited = cite_for_reader(&[*s], lang);
                let described = lang.texts().care.source_kinds.get(s.kind);
                assert!(!described.is_empty() && cited.contains(described), "{lang:?} {}", s.id);
            }
        }
    }

    #[test]
    fn the_intended_use_names_age_basis_and_the_date_checked() {
        for lang in Lang::ALL {
            for country in Country::ALL {
                let text = fill_country(lang.texts().disclaimer, lang, country);
                assert!(text.contains("16") && text.contains(sources::CONTENT_CHECKED), "{lang:?}: {text}");
                let year = if country == Country::Gb { "NG59" } else { "2007" };
                assert!(text.contains(year), "{lang:?} {country:?}: {text}");
            }
        }
    }
}
