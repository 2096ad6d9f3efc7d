//! Where every rule and piece of advice comes from. Each `Source` is shown to the reader beside
//! the reason or advice it supports (its original title, then a short description in the
//! reader's language: see `i18n::SourceKinds`), and is named in `Outcome.reasons[].source` by
//! its `citation`, which reads the same in every language.
//!
//! The brochure is a seed in `../shared/seeds/`; the other sources are public pages, each checked
//! against its text on the date beside it, and each with its `url`, which the reader's source
//! line links to. A source is cited only for what its text says. No retailer's page is a
//! source: a health service does not sign off advice resting on a shop that sells back
//! supports (NICE NG59 advises against belts and corsets), and the brochure, 1177 and the NHS
//! say what such a page said (tests/content.rs checks that no reason or advice cites one).

/// The date the content (texts, sources, phone numbers) was last checked against its sources.
pub const CONTENT_CHECKED: &str = "2026-12-07";

/// The version of the reader-visible content (every text in every language, the numbers and
/// the sources), raised whenever a text changes meaning, with an entry in
/// docs/safety/content-changelog.md; tests/content_version.rs fails on a change without one.
pub const CONTENT_VERSION: &str = "3.0";

/// What kind of document a source is; each language describes each kind in its own words.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SourceKind {
    /// The Norwegian national low back pain guideline's brochure for patients (FORMI 2007).
    NorwegianBrochure,
    /// 1177, the Swedish regions' health information service.
    Swedish1177,
    /// helsenorge.no and other Norwegian public bodies.
    NorwegianPublic,
    /// Norway's medicines agency (Direktoratet for medisinske produkter, formerly Legemiddelverket).
    NorwegianMedicinesAgency,
    /// A medicine's approved product information in Norway (its summary of product
    /// characteristics, as Felleskatalogen publishes it).
    NorwegianProductInformation,
    /// The Danish Health Authority (Sundhedsstyrelsen): its painkiller advice and guidelines.
    DanishHealthAuthority,
    /// A Danish region's own health information (the regions run the out-of-hours services).
    DanishRegion,
    /// nhs.uk, the NHS website.
    NhsWebsite,
    /// A Swedish hospital's patient information.
    SwedishHospital,
    /// A NICE Clinical Knowledge Summary.
    NiceCks,
    /// NICE guideline NG59.
    NiceGuideline,
}

/// A document, or a section of one, that a rule or an advice text rests on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Source {
    /// A stable short id, e.g. `brochure-6`.
    pub id: &'static str,
    /// How the JSON cites it, the same in every language: title, publisher, section.
    pub citation: &'static str,
    /// The original title as the reader sees it first, e.g. «Verdt å vite om vond rygg».
    pub title: &'static str,
    /// The section cited, or "" for the whole document.
    pub section: &'static str,
    /// What kind of document it is (described to the reader in their language).
    pub kind: SourceKind,
    /// The page's address, which the reader's source line links to; `None` for a document
    /// with no public address (the brochure, read from its seed).
    pub url: Option<&'static str>,
}

macro_rules! brochure_section {
    ($name:ident, $id:literal, $section:literal) => {
        #[doc = concat!("Seed `003_5621ee2613e8fbaa.txt`, ", $section, ".")]
        pub const $name: Source = Source {
            id: $id,
            citation: concat!("«Verdt å vite om vond rygg» (FORMI 2007), ", $section),
            title: "«Verdt å vite om vond rygg»",
            section: $section,
            kind: SourceKind::NorwegianBrochure,
            url: None,
        };
    };
}

brochure_section!(BROCHURE_1_KINDS, "brochure-1", "§1 «Hvorfor får vi vondt i ryggen?»");
brochure_section!(BROCHURE_3_AGEING, "brochure-3", "§3 «Hvilke forandringer skjer med årene?»");
brochure_section!(BROCHURE_5_SELF_CARE, "brochure-5", "§5 «Hva kan jeg gjøre når jeg får vondt i ryggen?»");
brochure_section!(BROCHURE_6_SEEK_HELP, "brochure-6", "§6 «Når bør jeg oppsøke hjelp?»");
brochure_section!(BROCHURE_7_CLINICIANS, "brochure-7", "§7 «Hva kan autorisert helsepersonell gjøre for meg?»");
brochure_section!(BROCHURE_8_OUTLOOK, "brochure-8", "§8 «Hvilke muligheter har jeg for å bli bra igjen?»");
brochure_section!(BROCHURE_9_PREVENTION, "brochure-9", "§9 «Kan tilbakefall forebygges?»");

/// 1177 «Ont i ryggen», the current page (https://www.1177.se/Stockholm/Fakta-och-rad/Sjukdomar/Ont-i-ryggen/,
/// read in the stored copy on 2026-12-07): "För det mesta går värken över av sig själv, men
/// ibland kan du behöva behandling"; lumbago-ischias may bring "sämre kraft i en del av
/// benmusklerna" and "Känseln i benet kan också påverkas". Its "when to seek care" section was
/// not in the stored copy. What the rules and texts cite it for is quoted from the earlier
/// regional version of the same 1177 article
/// (http://www.1177.se/Jamtland-Harjedalen/Fakta-och-rad/Sjukdomar/Ont-i-ryggen/, checked
/// 2026-11-30): "Man ska söka vård direkt på en vårdcentral eller akutmottagning" if you "inte
/// känner när man är kissnödig, eller kissar på sig", have "domningar eller nedsatt känsel
/// kring ändtarmen eller könsorganen", or "domningar, stickningar eller svagheter i båda
/// benen"; "Om inte ryggvärken ger med sig inom ett par veckor bör man kontakta vårdcentralen.
/// Detta är särskilt viktigt om man är i övre medelåldern"; "en fysioterapeut, naprapat eller
/// kiropraktor [kan] ge råd och behandling". Re-check those sentences against the live page
/// before release.
pub const SE_1177_BACK_PAIN: Source = Source {
    id: "1177-ont-i-ryggen",
    citation: "1177, 1177.se «Ont i ryggen»",
    title: "«Ont i ryggen»",
    section: "",
    kind: SourceKind::Swedish1177,
    url: Some("https://www.1177.se/Stockholm/Fakta-och-rad/Sjukdomar/Ont-i-ryggen/"),
};

/// 1177 «Receptfria läkemedel vid tillfällig smärta»
/// (http://www.1177.se/Vastra-Gotaland/Fakta-och-rad/Rad-om-lakemedel/Receptfria-lakemedel-vid-tillfallig-smarta/,
/// checked 2026-11-30): paracetamol and cox inhibitors (ibuprofen); some should be avoided in
/// pregnancy, in older age, with some illnesses and with some other medicines; ask a pharmacy;
/// know the active substance "så att man inte av misstag använder flera mediciner som innehåller
/// samma verksamma ämne, eftersom man då kan få i sig för mycket".
pub const SE_1177_PAINKILLERS: Source = Source {
    id: "1177-receptfria",
    citation: "1177, 1177.se «Receptfria läkemedel vid tillfällig smärta»",
    title: "«Receptfria läkemedel vid tillfällig smärta»",
    section: "",
    kind: SourceKind::Swedish1177,
    url: Some(
        "http://www.1177.se/Vastra-Gotaland/Fakta-och-rad/Rad-om-lakemedel/Receptfria-lakemedel-vid-tillfallig-smarta/",
    ),
};

/// Capio S:t Görans sjukhus «Ryggsmärta med utstrålning till benet»
/// (https://capiostgoran.se/Ovrigt/ryggsmarta-med-utstralning-till-benet/, checked 2026-11-30):
/// "Det behövs ingen remiss för att få behandling hos en sjukgymnast/fysioterapeut".
pub const SE_PHYSIO_WITHOUT_REFERRAL: Source = Source {
    id: "capio-fysioterapeut",
    citation: "Capio S:t Görans sjukhus «Ryggsmärta med utstrålning till benet»",
    title: "«Ryggsmärta med utstrålning till benet»",
    section: "",
    kind: SourceKind::SwedishHospital,
    url: Some("https://capiostgoran.se/Ovrigt/ryggsmarta-med-utstralning-till-benet/"),
};

/// helsenorge.no «Kiropraktor – behandling og betaling»
/// (https://www.helsenorge.no/behandlere/betaling-hos-kiropraktor/, checked 2026-11-30):
/// chiropractors examine and treat without a doctor's referral. Bodø kommune «Trenger jeg
/// henvisning fra lege?» (https://bodo.kommune.no/fysioterapi-voksne/vis-skjul-artikler-fysioterapi-voksne/trenger-jeg-henvisning-fra-lege,
/// same date): you can see a physiotherapist directly, without a doctor's referral.
pub const NO_DIRECT_ACCESS: Source = Source {
    id: "helsenorge-direkte",
    citation: "helsenorge.no «Kiropraktor – behandling og betaling»; Bodø kommune «Trenger jeg henvisning fra lege?»",
    title: "«Kiropraktor – behandling og betaling»; «Trenger jeg henvisning fra lege?»",
    section: "",
    kind: SourceKind::NorwegianPublic,
    url: Some("https://www.helsenorge.no/behandlere/betaling-hos-kiropraktor/"),
};

/// Norway's medicines agency (then Statens legemiddelverk; now Direktoratet for medisinske
/// produkter, DMP). Paracetamol, «Paracetamol – oppdatering av doseringsanbefalingene»
/// (https://www.legemiddelverket.no/nyheter/paracetamol-oppdatering-av-doseringsanbefalingene,
/// checked 2026-12-05): "Den maksimale døgndosen for barn og voksne over 50 kg (over 12 år) er
/// 4 gram"; "For barn og voksne som veier mellom 40-50 kg er maksimal døgndose 3 gram"; a doctor
/// after 5 days of pain if it does not ease (as reported by
/// https://brynseng.manuellterapi.no/aktuelle-saker/nye-doseanbefalinger-for-paracetamol/).
/// Ibuprofen, DMP's press release of October 2025 as reported by NTB
/// (https://grannar.no/2025/10/atvarar-mot-ibuprofen-det-kan-vera-farleg-a-bruka-feil/, same
/// date): avoid it with stomach ulcer, reflux or bowel disease; heart failure, kidney failure or
/// high blood pressure; asthma or allergy; pregnancy; medicines for blood pressure, depression
/// or blood thinning; use the lowest dose for the shortest time.
pub const NO_MEDICINES_AGENCY: Source = Source {
    id: "dmp-smertestillende",
    citation: "Direktoratet for medisinske produkter (Legemiddelverket): doseringsråd for paracetamol (2022) og råd om ibuprofen (2025)",
    title: "Direktoratet for medisinske produkter",
    section: "",
    kind: SourceKind::NorwegianMedicinesAgency,
    url: Some("https://www.legemiddelverket.no/nyheter/paracetamol-oppdatering-av-doseringsanbefalingene"),
};

/// The approved product information of Ibux (ibuprofen) as published in Felleskatalogen, the
/// Norwegian compendium of summaries of product characteristics
/// (https://www.felleskatalogen.no/medisin/ibux-karo-pharma-559957, checked 2026-12-05): for
/// adults and children over 40 kg and over 12 years, "Analgetisk effekt: 800-1200 mg pr. døgn
/// fordelt på 3-4 doser"; non-prescription use is short-term self-treatment of mild to moderate
/// pain, including muscle and joint pain. Norway's ibuprofen limit rests on this: the agency's
/// 2025 advice (`NO_MEDICINES_AGENCY`) names who should avoid it, not a dose.
pub const NO_IBUPROFEN_PRODUCT_INFO: Source = Source {
    id: "felleskatalogen-ibux",
    citation: "Felleskatalogen «Ibux» (preparatomtale: dosering)",
    title: "«Ibux»",
    section: "",
    kind: SourceKind::NorwegianProductInformation,
    url: Some("https://www.felleskatalogen.no/medisin/ibux-karo-pharma-559957"),
};

/// helsenorge.no «Ryggsmerter – lumbago» (https://helsenorge.no/nn/sykdom/muskel-og-skjelett/ryggsmerter,
/// checked 2026-12-05): "Opplever du nummenhet i underlivet, har problemer med å gå eller
/// mangler kontroll over vannlatingen eller avføringen, må du kontakte lege umiddelbart."
pub const NO_HELSENORGE_BACK_PAIN: Source = Source {
    id: "helsenorge-ryggsmerter",
    citation: "helsenorge.no «Ryggsmerter – lumbago»",
    title: "«Ryggsmerter – lumbago»",
    section: "",
    kind: SourceKind::NorwegianPublic,
    url: Some("https://helsenorge.no/nn/sykdom/muskel-og-skjelett/ryggsmerter"),
};

/// Måsøy kommune «Nasjonalt legevaktnummer 116117», after Helsedirektoratet
/// (https://www.masoy.kommune.no/nasjonalt-legevaktnummer-116117.6046750-15290.html, checked
/// 2026-12-05): your GP first; "Legevakt 116117 når fastlegen ikke er tilgjengelig og hjelpen
/// ikke kan vente"; "113 når det er akutt og står om liv"; most places expect you to phone the
/// out-of-hours centre "for vurdering før du eventuelt avtaler å møte opp".
pub const NO_OUT_OF_HOURS: Source = Source {
    id: "legevakt-116117",
    citation: "Måsøy kommune «Nasjonalt legevaktnummer 116117» (etter Helsedirektoratet)",
    title: "«Nasjonalt legevaktnummer 116117»",
    section: "",
    kind: SourceKind::NorwegianPublic,
    url: Some("https://www.masoy.kommune.no/nasjonalt-legevaktnummer-116117.6046750-15290.html"),
};

/// Region Hovedstaden «Fakta om 1813»
/// (https://www.regionh.dk/presse-og-nyt/pressemeddelelser-og-nyheder/Sider/Fakta-om-1813.aspx,
/// checked 2026-12-05): "Du skal ringe 112 ved akut livsfare"; "Du skal ringe 1813 i alle andre
/// tilfælde, hvor du har akut brug for hjælp uden for din egen læges åbningstid"; "Du skal ringe
/// 1813, hvis du vil på en akutmodtagelse eller akutklinik (tidligere kaldet skadestue)"; your own
/// doctor within opening hours. The other regions' lines follow the same order (their pages are
/// beside `DkRegion::out_of_hours_number` in src/country.rs).
pub const DK_REGION_1813: Source = Source {
    id: "regionh-1813",
    citation: "Region Hovedstaden «Fakta om 1813»",
    title: "«Fakta om 1813»",
    section: "",
    kind: SourceKind::DanishRegion,
    url: Some("https://www.regionh.dk/presse-og-nyt/pressemeddelelser-og-nyheder/Sider/Fakta-om-1813.aspx"),
};

/// Sundhedsstyrelsen «National klinisk retningslinje for behandling af nyopståede
/// lænderygsmerter» (2016; https://www.sst.dk/da/udgivelser/2016/NKR-for-behandling-af-nyopstaaede-laenderygsmerter,
/// summarised by Danske Fysioterapeuter at https://www.fysio.dk/fafo/faglige-anbefalinger/kliniske-retningslinjer/publicerede-kliniske-retningslinjer/muskuloskeletale-lidelser/landerygsmerter,
/// checked 2026-12-05): keep up usual activity; consider patient education, joint mobilisation
/// and supervised exercise (what a physiotherapist or chiropractor offers); no routine MRI or
/// X-ray ("Retningslinjen anbefaler ikke rutinemæssigt tilbud om billeddiagnostisk udredning
/// med MR eller røntgen"); medicines only after careful thought. On 2026-12-07 the sst.dk page
/// says "Anbefalingerne er under vurdering" (clinical review 2026-12-07, §3.4): still the
/// current Danish guideline, but under review; its medicines advice is now the 2025 NKA's
/// (`DK_PAIN_MEDICINES_2025`).
pub const DK_NATIONAL_GUIDELINE: Source = Source {
    id: "sst-nkr-laenderyg",
    citation: "Sundhedsstyrelsen «National klinisk retningslinje for behandling af nyopståede lænderygsmerter» (2016)",
    title: "«National klinisk retningslinje for behandling af nyopståede lænderygsmerter»",
    section: "",
    kind: SourceKind::DanishHealthAuthority,
    url: Some("https://www.sst.dk/da/udgivelser/2016/NKR-for-behandling-af-nyopstaaede-laenderygsmerter"),
};

/// Sundhedsstyrelsen «National klinisk anbefaling for brug af paracetamol, NSAID og opioider
/// til behandling af akutte lænderygsmerter» (NKA, 25 September 2025), for adults with acute
/// (up to 12 weeks) non-specific low back pain. Its own page on sst.dk was not in the stored
/// corpus, so it is cited by title and date; its recommendations as reproduced by the Danish
/// anaesthesia society DASAIM
/// (https://dasaim.dk/nye-nationale-anbefalinger-begraenset-brug-af-paracetamol-nsaid-og-opioider-ved-akutte-laenderygsmerter/,
/// checked 2026-12-07): "Paracetamol bør kun anvendes efter nøje overvejelse, da der ikke er
/// dokumenteret gavnlig effekt"; "NSAID anbefales kun efter nøje overvejelse, da den kliniske
/// effekt er begrænset"; combining them likewise; instead, patients should hear of the benefits
/// of keeping up usual activity ("Fokus på aktivitet frem for medicin"). "Patienter med
/// længerevarende smerter … er ikke omfattet": not cited for pain of more than 12 weeks.
pub const DK_PAIN_MEDICINES_2025: Source = Source {
    id: "sst-nka-laenderyg-medicin",
    citation: "Sundhedsstyrelsen «National klinisk anbefaling for brug af paracetamol, NSAID og opioider til behandling af akutte lænderygsmerter» (2025)",
    title: "«National klinisk anbefaling for brug af paracetamol, NSAID og opioider til behandling af akutte lænderygsmerter»",
    section: "",
    kind: SourceKind::DanishHealthAuthority,
    // Its own sst.dk page could not be read in the stored corpus; the link goes to the Danish
    // anaesthesia society's report of its publication, which quotes the recommendations.
    url: Some(
        "https://dasaim.dk/nye-nationale-anbefalinger-begraenset-brug-af-paracetamol-nsaid-og-opioider-ved-akutte-laenderygsmerter/",
    ),
};

/// The Danish Health Authority's table of non-prescription painkillers (Sundhedsstyrelsen,
/// Indsatser for Rationel Farmakoterapi), as reproduced at https://faks.dk/?p=3207 (checked
/// 2026-11-30): paracetamol 1,000 mg at most 4 times a day, risk of liver damage with reduced
/// liver function or too high a dose; ibuprofen 400 mg at most 3 times a day; people with
/// asthma, stomach ulcer, heart disease, reduced liver or kidney function, and pregnant women
/// only on a doctor's advice. Cited in Denmark for the dose limits and cautions only; whether to
/// take painkillers at all is the 2025 NKA's (`DK_PAIN_MEDICINES_2025`).
pub const DK_PAINKILLERS: Source = Source {
    id: "sst-haandkoeb",
    citation: "Sundhedsstyrelsen, Indsatser for Rationel Farmakoterapi: «Smertestillende håndkøbsmedicin»",
    title: "«Smertestillende håndkøbsmedicin»",
    section: "",
    kind: SourceKind::DanishHealthAuthority,
    url: Some("https://faks.dk/?p=3207"),
};

/// nhs.uk "Back pain" (https://www.nhs.uk/conditions/back-pain/; not in the stored corpus, so
/// read through the reproductions the clinical review of 2026-12-07 names): call 999 or go to A&E for numbness around the genitals or bottom,
/// trouble peeing, loss of bladder or bowel control, numbness or weakness in both legs, or pain
/// after a serious accident; urgent GP or 111 for a high temperature, unexplained weight loss,
/// pain worse at night; see a GP if not improving within a few weeks, stopping daily
/// activities, very bad or getting worse, or worried; some NHS physiotherapists accept
/// appointments without a referral.
pub const NHS_BACK_PAIN: Source = Source {
    id: "nhs-back-pain",
    citation: "NHS, nhs.uk «Back pain»",
    title: "«Back pain»",
    section: "",
    kind: SourceKind::NhsWebsite,
    url: Some("https://www.nhs.uk/conditions/back-pain/"),
};

/// NICE Clinical Knowledge Summary on low back pain, red flags, as reproduced by NHS
/// Gloucestershire (https://g-care.glos.nhs.uk/pathway/71/resource/3, checked 2026-12-05):
/// fracture is suggested by "sudden onset of back pain associated with major trauma or minor
/// trauma in people with osteoporosis or in those taking corticosteroids"; cancer by "new onset
/// pain in patient over age 50 years", a history of cancer, weight loss, night pain, "failure to
/// improve after one month"; and age "younger than 20 years" is itself a flag.
pub const NICE_CKS_RED_FLAGS: Source = Source {
    id: "nice-cks-red-flags",
    citation: "NICE CKS «Back pain – low (without radiculopathy)», red flags",
    title: "«Back pain – low (without radiculopathy)»",
    section: "red flags",
    kind: SourceKind::NiceCks,
    url: Some("https://cks.nice.org.uk/topics/back-pain-low-without-radiculopathy/"),
};

/// NICE guideline NG59 (2016, updated 2020), the whole guideline: for people aged 16 and over.
pub const NICE_NG59: Source = Source {
    id: "nice-ng59",
    citation: "NICE NG59 «Low back pain and sciatica in over 16s: assessment and management»",
    title: "«Low back pain and sciatica in over 16s: assessment and management»",
    section: "",
    kind: SourceKind::NiceGuideline,
    url: Some("https://www.nice.org.uk/guidance/ng59"),
};

/// NICE NG59 1.1.4–1.1.5: do not routinely offer imaging in a non-specialist setting; explain
/// that a specialist may not offer imaging if it is unlikely to change management.
pub const NICE_NG59_IMAGING: Source = Source {
    id: "nice-ng59-imaging",
    citation: "NICE NG59 «Low back pain and sciatica in over 16s: assessment and management», 1.1.4–1.1.5",
    title: "«Low back pain and sciatica in over 16s: assessment and management»",
    section: "1.1.4–1.1.5",
    kind: SourceKind::NiceGuideline,
    url: Some("https://www.nice.org.uk/guidance/ng59/chapter/Recommendations"),
};

/// NICE NG59 1.2.1–1.2.2: give people advice and information to help them self-manage, and
/// "Consider a group exercise programme (biomechanical, aerobic, mind–body or a combination of
/// approaches) within the NHS for people with a specific episode or flare-up of low back pain
/// with or without sciatica. Take people's specific needs, preferences and capabilities into
/// account when choosing the type of exercise" (as the NHS Devon Formulary reproduces it,
/// https://southwest.devonformularyguidance.nhs.uk/formulary/chapters/4-central-nervous-system/management-of-low-back-pain-and-sciatica,
/// read 2026-12-07). No number of weeks: the UK's exercise text names none.
pub const NICE_NG59_EXERCISE: Source = Source {
    id: "nice-ng59-exercise",
    citation: "NICE NG59 «Low back pain and sciatica in over 16s: assessment and management», 1.2.1–1.2.2",
    title: "«Low back pain and sciatica in over 16s: assessment and management»",
    section: "1.2.1–1.2.2",
    kind: SourceKind::NiceGuideline,
    url: Some("https://www.nice.org.uk/guidance/ng59/chapter/Recommendations"),
};

/// NICE NG59 1.2.22–1.2.27: consider an oral NSAID, taking into account gastrointestinal,
/// liver and cardio-renal toxicity and risk factors including age, at the lowest effective
/// dose for the shortest possible period; do not offer paracetamol alone.
pub const NICE_NG59_MEDICINES: Source = Source {
    id: "nice-ng59-medicines",
    citation: "NICE NG59 «Low back pain and sciatica in over 16s: assessment and management», 1.2.22–1.2.27",
    title: "«Low back pain and sciatica in over 16s: assessment and management»",
    section: "1.2.22–1.2.27",
    kind: SourceKind::NiceGuideline,
    url: Some("https://www.nice.org.uk/guidance/ng59/chapter/Recommendations"),
};

/// Every source, for documentation and for checking that ids are unique.
pub const ALL: [Source; 25] = [
    BROCHURE_1_KINDS,
    BROCHURE_3_AGEING,
    BROCHURE_5_SELF_CARE,
    BROCHURE_6_SEEK_HELP,
    BROCHURE_7_CLINICIANS,
    BROCHURE_8_OUTLOOK,
    BROCHURE_9_PREVENTION,
    SE_1177_BACK_PAIN,
    SE_1177_PAINKILLERS,
    SE_PHYSIO_WITHOUT_REFERRAL,
    NO_DIRECT_ACCESS,
    NO_MEDICINES_AGENCY,
    NO_IBUPROFEN_PRODUCT_INFO,
    NO_HELSENORGE_BACK_PAIN,
    NO_OUT_OF_HOURS,
    DK_NATIONAL_GUIDELINE,
    DK_REGION_1813,
    DK_PAIN_MEDICINES_2025,
    DK_PAINKILLERS,
    NHS_BACK_PAIN,
    NICE_CKS_RED_FLAGS,
    NICE_NG59,
    NICE_NG59_IMAGING,
    NICE_NG59_EXERCISE,
    NICE_NG59_MEDICINES,
];

/// The citations of `sources` joined into one line, as `Reason.source` carries them.
pub fn cite(sources: &[Source]) -> String {
    sources.iter().map(|s| s.citation).collect::<Vec<_>>().join("; ")
}
