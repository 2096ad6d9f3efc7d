//! The clinical content against the issue it answers: the emergency questions ask what is new
//! since the back pain began, in every language.

use triage::decision::Sign;
use triage::i18n::Lang;

/// How each language says "new" (any of these words) and "since the back pain began".
/// Exhaustive on purpose: a new language does not compile until it says what it uses.
/// The words for "new" and "worse", and the window they are anchored to: the last days or
/// weeks, so that long-standing, unchanged problems do not count (clinical review §2.2).
fn new_worse_and_when(lang: Lang) -> (&'static [&'static str], &'static [&'static str], &'static str) {
    match lang {
        // "Recently" includes today (clinical review §3.5c).
        Lang::En => (&["new"], &["worse"], "recently – today or in the past few days or weeks"),
        Lang::Nb => (&["ny", "nye"], &["verre"], "nylig – i dag eller de siste dagene eller ukene"),
        Lang::Nn => (&["ny", "nye"], &["verre"], "nyleg – i dag eller dei siste dagane eller vekene"),
        Lang::Sv => (&["ny", "nya"], &["värre"], "i dag eller de senaste dagarna eller veckorna"),
        Lang::Da => {
            (&["ny", "nye", "nyt", "nylig"], &["værre"], "for nylig – i dag eller inden for de seneste dage eller uger")
        }
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
            // Only what a doctor already knows of and has not changed (clinical review §3.5a):
            // long-standing problems nobody has examined still count.
            Lang::En => "Problems a doctor already knows about, and that have not changed, do not count",
            Lang::Nb => "Plager som en lege allerede vet om, og som ikke har endret seg, teller ikke",
            Lang::Nn => "Plager som ein lege allereie veit om, og som ikkje har endra seg, tel ikkje",
            Lang::Sv => "Besvär som en läkare redan känner till, och som inte har ändrats, räknas inte",
            Lang::Da => "Gener, som en læge allerede kender til, og som ikke har ændret sig, tæller ikke",
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
    use triage::clinic::Clinic;
    use triage::country::{Country, DkRegion, EmergencyRoute, Guideline, Place};
    use triage::decision::sources::{self, NICE_NG59, NICE_NG59_IMAGING, NICE_NG59_MEDICINES, SourceKind};
    use triage::decision::{Advice, EmergencyKind, Trend, evaluate};
    use triage::i18n::{Lang, cite_for_reader, fill_country, fill_place};
    use triage::result_model::{Clock, ResultModel};
    use triage::summary::summary_text;

    use triage::Answers;
    use triage::date::CalendarDate;
    use triage::questionnaire::Draft;

    /// A day before Region Østdanmark (`country::EAST_DENMARK_FROM`).
    const NOV_30: CalendarDate = CalendarDate::constant(2026, 11, 30);

    /// The summary of the result for `asked` on [`NOV_30`], with no clinic and no operator.
    fn summary_of(asked: &Draft, lang: Lang, place: Place) -> String {
        let (clock, clinic) = (Clock::fixed(NOV_30), Clinic::default());
        summary_text(&ResultModel::new(asked, lang, place, &clinic, None, &clock).expect("decided"))
    }

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
                    Guideline::Danish => {
                        assert_eq!(country, Country::Dk);
                        // Sundhedsstyrelsen, named in every language: its 2025 recommendation
                        // first, the doses (each "a day") after it.
                        for text in [&pain, &imaging] {
                            assert!(text.contains("Sundhedsstyrelsen"), "{lang:?}: {text}");
                        }
                        assert!(
                            pain.contains('4') && pain.contains("200") && !pain.contains("NICE"),
                            "{lang:?}: 4 g and 1,200 mg: {pain}"
                        );
                        let (medicine_at, dose_at) = (pain.find("Sundhedsstyrelsen"), pain.find("4 gram"));
                        assert!(medicine_at.is_some() && medicine_at < dose_at, "{lang:?}: {pain}");
                        assert_eq!(pain_sources, [sources::DK_PAIN_MEDICINES_2025, sources::DK_PAINKILLERS]);
                        assert_eq!(imaging_sources, [sources::DK_NATIONAL_GUIDELINE]);
                        assert!(!imaging.contains('4'), "{lang:?}: no 4–6-week imaging in Denmark: {imaging}");
                    }
                    Guideline::Norwegian => {
                        assert!(matches!(country, Country::No | Country::Se));
                        // The ibuprofen figure only where the country's sources state it; Sweden's
                        // reader is sent to the leaflet.
                        let figure = pain.contains("200");
                        assert!(pain.contains('4'), "{lang:?} {country:?}: 4 g: {pain}");
                        if country.states_ibuprofen_limit() {
                            assert!(figure, "{lang:?} {country:?}: 1,200 mg: {pain}");
                        } else {
                            let leaflet = lang.texts().care.ibuprofen_limit_leaflet;
                            assert!(!figure && pain.contains(leaflet), "{lang:?} {country:?}: {pain}");
                        }
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
        use triage::decision::RuleId;
        use triage::decision::rules::{advice_sources, all_reasons};
        for country in Country::ALL {
            let g = country.guidance();
            for (rule, table) in all_reasons() {
                assert!(!table.is_empty(), "{rule:?}");
                let own = g.reason_sources(rule);
                if country == Country::Gb && rule == RuleId::AdviceImagingAndExerciseAfter4Weeks {
                    assert_eq!(own, [NICE_NG59_IMAGING, sources::NICE_NG59_EXERCISE], "{country:?} {rule:?}");
                } else if country == Country::Gb && rule == RuleId::SoonOver50NotBetterAfter2Weeks {
                    // NICE CKS alone: 1177 is no source for a UK reader (clinical review §3.11).
                    assert_eq!(own, [sources::NICE_CKS_RED_FLAGS], "{country:?} {rule:?}");
                } else if country == Country::Dk && rule == RuleId::AdviceImagingAndExerciseAfter4Weeks {
                    // The brochure's timing, then the Danish guideline on imaging and exercise.
                    assert_eq!(own, [sources::BROCHURE_7_CLINICIANS, sources::DK_NATIONAL_GUIDELINE], "{rule:?}");
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

    /// Each country's own emergency route (`Country::emergency_route`) and injury route
    /// (`Country::injury_route`), in every language: the headline and what to do under the call
    /// buttons name the numbers and places that country's services give, and the emergency
    /// department by its local name; the safety net's lead follows the emergency route.
    #[test]
    fn the_emergency_result_follows_each_countrys_own_route_in_every_language() {
        for lang in Lang::ALL {
            for country in Country::ALL {
                let names = (lang.texts().services)(country);
                let lead = fill_country(names.emergency_safety_net, lang, country);
                let emergency = country.emergency_number();
                assert!(lead.contains(emergency), "{lang:?} {country:?}: {lead}");
                for (kind, headline, steps) in [
                    (EmergencyKind::NerveCompression, names.emergency_headline, names.emergency_steps),
                    (EmergencyKind::Injury, names.injury_headline, names.injury_steps),
                ] {
                    let at = format!("{lang:?} {country:?} {kind:?}");
                    let headline = fill_country(headline, lang, country);
                    let steps = fill_country(steps, lang, country);
                    for text in [&headline, &steps, &lead] {
                        assert!(!text.contains('{'), "{at}: {text}");
                    }
                    match country.route(kind) {
                        EmergencyRoute::EmergencyNumber => {
                            assert!(headline.contains(emergency) && headline.contains("A&E"), "{at}: {headline}");
                            assert!(steps.contains("A&E") && lead.contains("A&E"), "{at}: {steps} / {lead}");
                        }
                        EmergencyRoute::EmergencyDepartment => {
                            // 112 only if the reader cannot get there; 1177 if unsure.
                            assert!(!headline.contains(emergency), "{at}: {headline}");
                            assert!(steps.contains(local_ed(country)), "{at}: {steps}");
                            assert!(steps.contains(emergency) && steps.contains("1177"), "{at}: {steps}");
                        }
                        EmergencyRoute::DoctorFirst => {
                            // The doctor first, then the out-of-hours line; the emergency number
                            // is the last resort in the text, and the hospital no walk-in.
                            assert!(!headline.contains(emergency), "{at}: {headline}");
                            assert!(steps.contains(local_ed(country)), "{at}: {steps}");
                            assert!(steps.find(names.gp) < steps.find(emergency), "{at}: {steps}");
                            assert!(lead.find(names.gp) < lead.find(emergency), "{at}: {lead}");
                            if let Some(ooh) = country.out_of_hours_number() {
                                assert!(steps.find(ooh) < steps.find(emergency), "{at}: {steps}");
                            }
                        }
                        EmergencyRoute::OutOfHoursFirst => {
                            // The out-of-hours line now; the emergency number after it.
                            assert!(!headline.contains(emergency), "{at}: {headline}");
                            if let Some(ooh) = country.out_of_hours_number() {
                                assert!(steps.find(ooh) < steps.find(emergency), "{at}: {steps}");
                            }
                        }
                    }
                    if country == Country::Dk {
                        for region in DkRegion::ALL {
                            let place = Place::new(country, Some(region));
                            let steps = fill_place(
                                if kind == EmergencyKind::Injury { names.injury_steps } else { names.emergency_steps },
                                lang,
                                place,
                            );
                            assert!(steps.contains(region.out_of_hours_number()), "{at} {region:?}: {steps}");
                        }
                    }
                }
            }
        }
        assert_eq!(Country::No.emergency_route(), EmergencyRoute::DoctorFirst);
        assert_eq!(Country::Se.emergency_route(), EmergencyRoute::EmergencyDepartment);
        assert_eq!(Country::Dk.emergency_route(), EmergencyRoute::DoctorFirst);
        assert_eq!(Country::Gb.emergency_route(), EmergencyRoute::EmergencyNumber);
        assert_eq!(Country::No.injury_route(), EmergencyRoute::OutOfHoursFirst);
        assert_eq!(Country::Se.injury_route(), EmergencyRoute::EmergencyDepartment);
        assert_eq!(Country::Dk.injury_route(), EmergencyRoute::OutOfHoursFirst);
        assert_eq!(Country::Gb.injury_route(), EmergencyRoute::EmergencyNumber);
    }

    /// Norway's route is doctor-first (clinical review 2026-12-07 §3.2): the headline names no
    /// number, and 113 comes only if there is no contact or the reader cannot stand or walk.
    #[test]
    fn norways_emergency_route_calls_the_doctor_first_and_113_last() {
        let t = Lang::Nb.texts();
        let names = (t.services)(Country::No);
        assert_eq!(names.emergency_headline, "Ring lege nå");
        let steps = fill_country(names.emergency_steps, Lang::Nb, Country::No);
        assert!(steps.starts_with("Ring fastlegen din, eller legevakten på 116 117 om kontoret er stengt."), "{steps}");
        assert!(steps.contains("Ring 113 om du ikke får kontakt eller ikke klarer å stå eller gå."), "{steps}");
    }

    /// The Danish route's steps under the call buttons (clinical review §3.11, §6 point 1): no
    /// "don't go" without the "go anyway" when the phone does not answer, nothing promised
    /// beyond an assessment, and no second "say which sign you answered yes to" (the
    /// `call_emergency` text under it says that).
    #[test]
    fn the_danish_emergency_steps_go_anyway_if_the_phone_fails_and_say_what_to_say_only_once() {
        let anyway = [
            (Lang::Da, "alligevel"),
            (Lang::Nb, "likevel"),
            (Lang::Nn, "likevel"),
            (Lang::Sv, "ändå"),
            (Lang::En, "anyway"),
        ];
        let assess = [
            (Lang::Da, "vurderer"),
            (Lang::Nb, "vurderer"),
            (Lang::Nn, "vurderer"),
            (Lang::Sv, "bedömer"),
            (Lang::En, "assess"),
        ];
        for ((lang, anyway), (_, assess)) in anyway.into_iter().zip(assess) {
            let t = lang.texts();
            let steps = fill_country((t.services)(Country::Dk).emergency_steps, lang, Country::Dk);
            let words: Vec<String> = steps.split(|c: char| !c.is_alphanumeric()).map(str::to_lowercase).collect();
            assert!(!words.contains(&t.yes.to_lowercase()), "{lang:?}: what to say is call_emergency's: {steps}");
            assert!(
                fill_country(t.advice.call_emergency.body, lang, Country::Dk)
                    .to_lowercase()
                    .contains(&t.yes.to_lowercase())
            );
            assert!(steps.contains(anyway) && steps.contains(assess), "{lang:?}: {steps}");
        }
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
                let summary = summary_of(&Draft::from_answers(&a), lang, place);
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
            let summary = summary_of(&Draft::from_answers(&a), lang, Place::from(Country::Dk));
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

/// Issue 24, items 8 and 9: what the sources and the reader-facing wording must keep saying.
mod sources_and_wording {
    use triage::country::{Country, Guideline};
    use triage::decision::rules::all_reasons;
    use triage::decision::sources::{self, Source, SourceKind};
    use triage::decision::{Advice, RuleId};
    use triage::i18n::{Lang, fill_country};

    /// Who publishes each kind of source. Exhaustive on purpose: a new kind does not compile
    /// until someone says who stands behind it, and a retailer is never one of the answers.
    fn publisher(kind: SourceKind) -> &'static str {
        match kind {
            SourceKind::NorwegianBrochure => "the Norwegian national guideline's group (FORMI)",
            SourceKind::Swedish1177 => "Sweden's regions",
            SourceKind::NorwegianPublic => "Norwegian public bodies",
            SourceKind::NorwegianMedicinesAgency => "Norway's medicines agency",
            SourceKind::NorwegianProductInformation => "the medicines compendium (approved product information)",
            SourceKind::DanishHealthAuthority => "Sundhedsstyrelsen",
            SourceKind::DanishRegion => "a Danish region",
            SourceKind::NhsWebsite => "the NHS",
            SourceKind::SwedishHospital => "a Stockholm hospital",
            SourceKind::NiceCks | SourceKind::NiceGuideline => "NICE",
        }
    }

    /// The hosts a cited page may be on: health services, public bodies, guideline publishers
    /// and the approved-medicines compendium. A new host fails here until it is checked and
    /// added; a shop's page (the Swedish seed, an article by a seller of back supports) never is.
    const KNOWN_HOSTS: [&str; 14] = [
        // The Danish anaesthesia society's report of Sundhedsstyrelsen's 2025 recommendation.
        "dasaim.dk",
        "www.1177.se",
        "capiostgoran.se",
        "www.helsenorge.no",
        "helsenorge.no",
        "www.legemiddelverket.no",
        "www.felleskatalogen.no",
        "www.masoy.kommune.no",
        "www.regionh.dk",
        "www.sst.dk",
        "faks.dk",
        "www.nhs.uk",
        "cks.nice.org.uk",
        "www.nice.org.uk",
    ];

    fn every_cited_source() -> Vec<(String, Source)> {
        let mut cited = vec![];
        for country in Country::ALL {
            let g = country.guidance();
            for (rule, _) in all_reasons() {
                cited.extend(g.reason_sources(rule).iter().map(|s| (format!("{country:?} {rule:?}"), *s)));
            }
            for code in Advice::ALL {
                cited.extend(g.advice_sources(code).iter().map(|s| (format!("{country:?} {code:?}"), *s)));
            }
            cited.extend(g.basis.iter().map(|s| (format!("{country:?} basis"), *s)));
        }
        cited
    }

    #[test]
    fn no_reason_or_advice_in_any_country_cites_a_retailer() {
        let cited = every_cited_source();
        assert!(cited.len() > 100, "the walk found the citations");
        for (at, s) in cited {
            assert!(!publisher(s.kind).is_empty(), "{at}");
            for word in ["ryggskott", "Anodyne", "butik", "shop", "store"] {
                assert!(!s.citation.contains(word) && !s.title.contains(word), "{at}: {}", s.citation);
            }
            if let Some(url) = s.url {
                let host = url.split("://").nth(1).and_then(|rest| rest.split('/').next()).unwrap_or_default();
                assert!(KNOWN_HOSTS.contains(&host), "{at}: {} is on an unchecked host {host}", s.id);
            }
        }
    }

    /// Every long-lasting pain-relief text gives each limit with its daily unit (clinical
    /// review §3.8): a limit without "a day" reads as one dose. Danish is rewritten on the
    /// Denmark branch (Sundhedsstyrelsen 2025, §3.4a) and is checked there.
    #[test]
    fn every_long_lasting_text_gives_each_limit_per_day() {
        let per_day = |lang: Lang| match lang {
            Lang::Nb | Lang::Nn => " i døgnet",
            Lang::Sv => " per dygn",
            Lang::En => " a day",
            Lang::Da => unreachable!("checked on the Denmark branch"),
        };
        for lang in [Lang::Nb, Lang::Nn, Lang::Sv, Lang::En] {
            for country in Country::ALL.into_iter().filter(|c| c.follows() == Guideline::Norwegian) {
                let p = lang.texts().advice.get(Advice::PainReliefLongLasting, country);
                let text = fill_country(p.body, lang, country);
                let mut limits = 0;
                for unit in [" mg", " grams", " gram"] {
                    for (at, _) in text.match_indices(unit) {
                        let after = &text[at + unit.len()..];
                        // "4 grams" is found once, not again as "4 gram"; "(3 grams if you weigh
                        // 40–50 kg)" qualifies the limit before it and is not one.
                        if unit == " gram" && after.starts_with('s') {
                            continue;
                        }
                        if text[..at].matches('(').count() > text[..at].matches(')').count() {
                            continue;
                        }
                        limits += 1;
                        assert!(after.starts_with(per_day(lang)), "{lang:?} {country:?}: {unit} without a day: {text}");
                    }
                }
                // Paracetamol, and ibuprofen where the country's sources give its figure:
                // Felleskatalogen in Norway, Sundhedsstyrelsen in Denmark; not 1177 or FASS in
                // Sweden, and the UK's texts follow NICE (`Country::states_ibuprofen_limit`).
                let states_limit = matches!(country, Country::No | Country::Dk);
                assert_eq!(country.states_ibuprofen_limit(), states_limit, "{country:?}");
                let expected = if states_limit { 2 } else { 1 };
                assert_eq!(limits, expected, "{lang:?} {country:?}: {text}");
                if !states_limit {
                    assert!(text.contains(lang.texts().care.ibuprofen_limit_leaflet), "{lang:?} {country:?}: {text}");
                }
            }
        }
    }

    /// The self-care result does not claim there are no warning signs at all: only none of
    /// those the widget asks about (clinical review §3.10).
    #[test]
    fn self_care_says_none_of_the_warning_signs_we_asked_about() {
        for lang in Lang::ALL {
            let asked = match lang {
                Lang::Nb => "ingen av faresignalene vi spør om",
                Lang::Nn => "ingen av faresignala vi spør om",
                Lang::Sv => "inga av de varningstecken vi frågar om",
                Lang::Da => "ingen af de advarselstegn, vi spørger om",
                Lang::En => "none of the warning signs we asked about",
            };
            let t = lang.texts();
            for text in [t.headline_body.self_care, t.reasons.get(RuleId::SelfCareNoWarningSigns, Country::No)] {
                assert!(text.contains(asked), "{lang:?}: {text}");
            }
        }
    }

    /// The start screen turns away the reader with signs of something other than back pain
    /// that needs help at once: the chest, the stomach (an aortic aneurysm, a kidney stone),
    /// feeling faint, pale and clammy (NIMN: "holder på å besvime og / eller blek og klam";
    /// 1177 via ryggakuten.com: "symtom från mage, bröstkorg eller andning"). In Sweden and
    /// Denmark 112 is for life-threatening states, so there it is "seriously" ill.
    #[test]
    fn the_start_screen_names_the_chest_the_stomach_fainting_and_clammy_skin() {
        for lang in Lang::ALL {
            let words: &[&str] = match lang {
                Lang::Nb => &["Akutt syk", "brystet", "magen", "besvime", "blek", "klam"],
                Lang::Nn => &["Akutt sjuk", "brystet", "magen", "svime", "bleik", "klam"],
                Lang::Sv => &["Allvarligt sjuk", "bröstet", "magen", "svimma", "blek", "kallsvettig"],
                Lang::Da => &["Alvorligt syg", "brystet", "maven", "besvime", "bleg", "koldsvedende"],
                Lang::En => &["Seriously ill", "Chest", "stomach", "faint", "pale", "clammy"],
            };
            let lead = lang.widget_texts().emergency_lead;
            for word in words {
                assert!(lead.contains(word), "{lang:?} lacks {word}: {lead}");
            }
            // Short enough to take in at a glance on a phone: at most about four lines at 360 px.
            assert!(lead.chars().count() <= 160, "{lang:?}: {} characters: {lead}", lead.chars().count());
        }
    }

    /// The UK's exercise advice is NICE's group programme, with no 4–6-week timing (clinical
    /// review §4.4); the Nordic countries keep the brochure's.
    #[test]
    fn the_uk_exercise_advice_is_nices_and_names_no_weeks() {
        for lang in Lang::ALL {
            for country in Country::ALL {
                let p = lang.texts().advice.get(Advice::ExerciseProgram, country);
                let text = format!("{} {}", p.title, fill_country(p.body, lang, country));
                let sources = country.guidance().advice_sources(Advice::ExerciseProgram);
                if country == Country::Gb {
                    assert_eq!(sources, [sources::NICE_NG59_EXERCISE]);
                    assert!(text.contains("NICE") && !text.contains('4') && !text.contains('6'), "{lang:?}: {text}");
                } else {
                    assert_eq!(sources, [sources::BROCHURE_7_CLINICIANS], "{country:?}");
                    assert!(text.contains('4') && text.contains('6') && !text.contains("NICE"), "{lang:?}: {text}");
                }
            }
        }
    }

    /// Sweden's "a couple of weeks" caveat is a sentence of its own, not a condition in
    /// brackets (clinical review §6.3); every other country's time is "about 4 weeks".
    #[test]
    fn swedens_check_after_caveat_stands_on_its_own() {
        for (lang, sentence) in [
            (Lang::Nb, "et par uker. Det er særlig viktig hvis du er middelaldrende eller eldre."),
            (Lang::Nn, "eit par veker. Det er særleg viktig om du er middelaldrande eller eldre."),
            (Lang::Sv, "ett par veckor. Det är särskilt viktigt om du är i övre medelåldern."),
            (Lang::En, "a couple of weeks. This is especially important if you are middle-aged or older."),
        ] {
            let template = lang.texts().care.safety_net.come_back.self_care;
            let se = fill_country(template, lang, Country::Se);
            assert!(se.contains(sentence), "{lang:?}: {se}");
            let check_after = (lang.texts().services)(Country::Se).check_after;
            assert!(!check_after.contains('('), "{lang:?}: {check_after}");
            for country in [Country::No, Country::Gb] {
                let other = fill_country(template, lang, country);
                assert!(other.contains('4'), "{lang:?} {country:?}: {other}");
            }
        }
    }

    /// The follow-up heading on a result where the reader has contacted no one does not say
    /// "again" (clinical review §6.4). Danish is the Denmark branch's.
    #[test]
    fn the_follow_up_heading_does_not_say_again() {
        for (lang, again) in [(Lang::Nb, "igjen"), (Lang::Nn, "att"), (Lang::Sv, "igen"), (Lang::En, "again")] {
            let heading = lang.texts().result.follow_up_heading;
            let words: Vec<String> = heading.split_whitespace().map(str::to_lowercase).collect();
            assert!(!words.iter().any(|w| w == again), "{lang:?}: {heading}");
        }
        assert_eq!(Lang::En.texts().result.follow_up_heading, "When to see a doctor");
    }
}
