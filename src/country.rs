//! Country profiles: who to call, Denmark's regions, and each country's guidance where the
//! countries differ (imaging, pain relief, who else can help), defined once here.
//! National numbers from `../shared/notes/clinical-sources.md`; the Danish regions' numbers
//! each checked against the page named beside it.

use crate::decision::rules::{advice_sources, all_reasons};
use crate::decision::sources::{self, Source};
use crate::decision::{Advice, AdviceSources, Outcome, RuleId};

/// A country the widget knows the health services of.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Country {
    /// Norway.
    No,
    /// Sweden.
    Se,
    /// Denmark.
    Dk,
    /// The United Kingdom.
    Gb,
}

impl Country {
    /// Every country, in the order the demo's picker lists them.
    pub const ALL: [Country; 4] = [Country::No, Country::Se, Country::Dk, Country::Gb];

    /// ISO 3166-1 alpha-2 code, as the `country` attribute takes it.
    pub const fn code(self) -> &'static str {
        match self {
            Country::No => "NO",
            Country::Se => "SE",
            Country::Dk => "DK",
            Country::Gb => "GB",
        }
    }

    /// The country for an ISO code, any case; `UK` is taken as `GB`.
    pub fn parse(code: &str) -> Option<Country> {
        let code = code.trim().to_ascii_uppercase();
        if code == "UK" {
            return Some(Country::Gb);
        }
        Country::ALL.into_iter().find(|c| c.code() == code)
    }

    /// The country named by the region subtag of a BCP 47 language tag (`nb-NO` → Norway,
    /// `en-GB` → the UK); `Err(region)` for a region the widget does not know; `Ok(None)` when
    /// the tag has no region.
    pub fn from_language_tag(tag: &str) -> Result<Option<Country>, String> {
        let region =
            tag.split(['-', '_']).skip(1).find(|part| part.len() == 2 && part.chars().all(|c| c.is_ascii_alphabetic()));
        match region {
            None => Ok(None),
            Some(region) => Country::parse(region).map(Some).ok_or_else(|| region.to_ascii_uppercase()),
        }
    }

    /// The medical emergency number.
    pub const fn emergency_number(self) -> &'static str {
        match self {
            Country::No => "113",
            Country::Se | Country::Dk => "112",
            Country::Gb => "999",
        }
    }

    /// The number for a doctor today when the reader's own is closed (out of hours, or
    /// advice); `None` in Denmark, where each region has its own ([`DkRegion`]).
    pub const fn out_of_hours_number(self) -> Option<&'static str> {
        match self {
            Country::No => Some("116 117"),
            Country::Se => Some("1177"),
            Country::Dk => None,
            Country::Gb => Some("111"),
        }
    }

    /// Days from when the episode began to the dated follow-up's mark (`src/follow_up.rs`):
    /// when a reader looking after the back at home should book an appointment if it is not
    /// clearly better. Sweden: 2 weeks (1177 «Ont i ryggen»: "Om inte ryggvärken ger med sig
    /// inom ett par veckor bör man kontakta vårdcentralen"). Elsewhere 4 weeks (brochure §7,
    /// imaging and guided exercise considered when nearly unchanged after 4–6 weeks; NICE CKS
    /// red flags: "failure to improve after one month").
    pub const fn check_after_days(self) -> i64 {
        match self {
            Country::Se => 14,
            Country::No | Country::Dk | Country::Gb => 28,
        }
    }

    /// How a reader with an emergency sign (cauda equina) reaches care in this country.
    pub const fn emergency_route(self) -> EmergencyRoute {
        match self {
            Country::No => EmergencyRoute::EmergencyNumberOrOutOfHours,
            Country::Se => EmergencyRoute::EmergencyDepartment,
            Country::Dk => EmergencyRoute::DoctorFirst,
            Country::Gb => EmergencyRoute::EmergencyNumber,
        }
    }

    /// Whether the country's services ask people to try their own doctor before the
    /// out-of-hours line when it can wait (Trondheim kommune: "Før du tar kontakt med
    /// legevakten, bør du ha vurdert om fastlegen kan hjelpe deg i stedet"; Region Syddanmark:
    /// "Overvej, om du kan vente til egen læge har tid, inden du kontakter lægevagten"). Where
    /// the number is an advice line for anyone unsure (1177, NHS 111), it does not.
    pub const fn own_doctor_first(self) -> bool {
        matches!(self, Country::No | Country::Dk)
    }

    /// What `tel:` links dial: the number without spaces.
    pub fn dial(number: &str) -> String {
        number.chars().filter(|c| !c.is_whitespace()).collect()
    }

    /// `outcome` with each advice item's sources in this country (`Outcome.advice_sources`):
    /// what the CLI's `--country` and `evaluate(answers, { country })` add.
    pub fn cite_advice(self, mut outcome: Outcome) -> Outcome {
        let guidance = self.guidance();
        outcome.advice_sources = Some(
            outcome
                .advice
                .iter()
                .map(|&advice| AdviceSources {
                    advice,
                    sources: guidance.advice_sources(advice).iter().map(|s| s.citation).collect(),
                })
                .collect(),
        );
        outcome
    }

    /// This country's guidance where the countries differ, with its sources.
    pub const fn guidance(self) -> &'static Guidance {
        match self {
            Country::No => &NORWAY,
            Country::Se => &SWEDEN,
            Country::Dk => &DENMARK,
            Country::Gb => &UNITED_KINGDOM,
        }
    }

    /// The guideline this country's advice follows: `self.guidance().follows`, read when
    /// compiling, so that code needing only this (the widget's texts) does not link every
    /// source of every country's guidance.
    pub const fn follows(self) -> Guideline {
        const FOLLOWS: [Guideline; 4] = [NORWAY.follows, SWEDEN.follows, DENMARK.follows, UNITED_KINGDOM.follows];
        FOLLOWS[match self {
            Country::No => 0,
            Country::Se => 1,
            Country::Dk => 2,
            Country::Gb => 3,
        }]
    }
}

/// How a reader with a sign of pressure on the nerves at the base of the spine (cauda equina:
/// time-critical, not life-threatening) reaches care, as each country's own services say. The
/// emergency result's headline, its call buttons (in order) and what it says to do follow it;
/// the texts are each language's `ServiceNames` for the country.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EmergencyRoute {
    /// The UK: call 999 or go to A&E (nhs.uk «Back pain»: "call 999 or go to A&E").
    EmergencyNumber,
    /// Norway: call 113, or phone the legevakt on 116 117 at once; the hospital's akuttmottak
    /// is not a door to walk in at (helsenorge «Ryggsmerter»: "må du kontakte lege umiddelbart";
    /// Sykehuset Telemark: "Det er legevakta folk skal kontakte hvis det ikke står om liv og
    /// død"). Buttons: 113, then 116 117.
    EmergencyNumberOrOutOfHours,
    /// Sweden: go to an akutmottagning (or the vårdcentral if it can see you at once) now; 112
    /// if you cannot get there; 1177 if unsure (1177 «Ont i ryggen»: "Man ska söka vård direkt
    /// på en vårdcentral eller akutmottagning"; 112 is for life-threatening states). Buttons:
    /// 112, then 1177.
    EmergencyDepartment,
    /// Denmark: phone your own doctor now, or when closed the region's lægevagt or 1813, who
    /// send you on; never walk in at an akutmodtagelse without phoning (Region Hovedstaden
    /// «Fakta om 1813», Region Midtjylland, Region Syddanmark); 112 if you cannot get there.
    /// Buttons: the region's line (every region's, without a region), then 112.
    DoctorFirst,
}

impl EmergencyRoute {
    /// Whether the route goes through the out-of-hours / advice line as well as the emergency
    /// number: everywhere but the UK, whose route is 999 or A&E only. The emergency result's
    /// buttons and the summary's contacts both follow it.
    pub const fn includes_out_of_hours(self) -> bool {
        !matches!(self, EmergencyRoute::EmergencyNumber)
    }

    /// The route's name in markup (`data-emergency-route` on the emergency result).
    pub const fn as_str(self) -> &'static str {
        match self {
            EmergencyRoute::EmergencyNumber => "emergency_number",
            EmergencyRoute::EmergencyNumberOrOutOfHours => "emergency_number_or_out_of_hours",
            EmergencyRoute::EmergencyDepartment => "emergency_department",
            EmergencyRoute::DoctorFirst => "doctor_first",
        }
    }
}

/// Whether the host page said which country the reader is in (the `country` attribute or
/// `mount()` option, or the region of the `lang` tag), and so whether that country's own numbers
/// may be shown. Without it the language only suggests a country: an English page in Oslo would
/// otherwise show 999 and 111 (clinical review 2026-12-07 §3.3, hazard H02).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Numbers {
    /// The country was given: its emergency number, out-of-hours line and emergency route.
    #[default]
    National,
    /// No country was given, or one the widget does not know: only [`UNCONFIRMED_EMERGENCY`],
    /// no out-of-hours or advice number, and the emergency route is "call 112 now". The
    /// content (advice, guidance) still follows the language's country.
    Unconfirmed,
}

/// The emergency number shown when the country is not confirmed: 112 reaches the emergency
/// services in Norway, Sweden, Denmark and the United Kingdom alike (review §3.3).
pub const UNCONFIRMED_EMERGENCY: &str = "112";

/// The out-of-hours / advice line of a place.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum OutOfHours {
    /// One number: the country's, or the Danish region's.
    Line(&'static str),
    /// Denmark without a region: each region's line is listed.
    EveryRegion,
    /// The country is not confirmed: no number at all, only words ("your local out-of-hours
    /// service"), since a wrong country's line reaches no one.
    Withheld,
}

/// Where the reader is: a country and, in Denmark, perhaps a region, and whether the host said
/// so ([`Numbers`]). Every number the reader is shown comes from here.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Place {
    /// The country whose content the reader gets (the language's own when not confirmed).
    pub country: Country,
    /// The Danish region, if known (ignored outside Denmark).
    pub region: Option<DkRegion>,
    /// Whether the country's own numbers may be shown.
    pub numbers: Numbers,
}

impl Place {
    /// `country` as the host gave it, with the Danish `region` if any.
    pub const fn new(country: Country, region: Option<DkRegion>) -> Place {
        Place { country, region, numbers: Numbers::National }
    }

    /// No country given: the content of `language_country` (the language's own), 112 only.
    pub const fn unconfirmed(language_country: Country) -> Place {
        Place { country: language_country, region: None, numbers: Numbers::Unconfirmed }
    }

    /// Where the reader is, from what the host page said: `country` (the attribute or option),
    /// else the region of `lang_tag` (`en-GB`, `nb-NO`), else nothing; `language_country` is
    /// the language's own country, whose content is shown when nothing confirms one. With the
    /// console warning the page deserves when the numbers are not confirmed: a country the
    /// widget does not know, a region of the language tag it does not know, or none at all.
    pub fn from_host(
        country: Option<&str>,
        lang_tag: Option<&str>,
        language_country: Country,
        region: Option<DkRegion>,
    ) -> (Place, Option<String>) {
        let unconfirmed = Place::unconfirmed(language_country);
        let shown = "showing only the emergency number 112 and no out-of-hours number";
        if let Some(code) = country.map(str::trim).filter(|c| !c.is_empty()) {
            return match Country::parse(code) {
                Some(country) => (Place::new(country, region), None),
                None => (
                    unconfirmed,
                    Some(format!(
                        "country \"{}\" is not one of NO, SE, DK, GB; {shown}",
                        crate::decision::answers::Shown(code)
                    )),
                ),
            };
        }
        match lang_tag.map(Country::from_language_tag) {
            Some(Ok(Some(country))) => (Place::new(country, region), None),
            Some(Err(region)) => (
                unconfirmed,
                Some(format!(
                    "region {region} of lang \"{}\" is not one of NO, SE, DK, GB; {shown}: set the country attribute",
                    crate::decision::answers::Shown(lang_tag.unwrap_or_default())
                )),
            ),
            _ => (
                unconfirmed,
                Some(format!(
                    "no country attribute (NO, SE, DK or GB) and no region in lang; {shown}: set the country attribute"
                )),
            ),
        }
    }

    /// Whether the country's own numbers are shown.
    pub fn confirmed(self) -> bool {
        self.numbers == Numbers::National
    }

    /// The country whose numbers are shown, if the host confirmed one.
    pub fn numbers_country(self) -> Option<Country> {
        self.confirmed().then_some(self.country)
    }

    /// The Danish region, when the country is Denmark, confirmed, and the region is known.
    pub fn dk_region(self) -> Option<DkRegion> {
        if self.country == Country::Dk && self.confirmed() { self.region } else { None }
    }

    /// The emergency number: the country's, or 112 when the country is not confirmed.
    pub fn emergency_number(self) -> &'static str {
        match self.numbers {
            Numbers::National => self.country.emergency_number(),
            Numbers::Unconfirmed => UNCONFIRMED_EMERGENCY,
        }
    }

    /// How a reader with an emergency sign reaches care: the country's route, or, when the
    /// country is not confirmed, the emergency number alone (call 112 now, no other line).
    pub fn emergency_route(self) -> EmergencyRoute {
        match self.numbers {
            Numbers::National => self.country.emergency_route(),
            Numbers::Unconfirmed => EmergencyRoute::EmergencyNumber,
        }
    }

    /// The out-of-hours / advice line: the country's or the Danish region's number, every
    /// region's in Denmark without a region, none when the country is not confirmed.
    pub fn out_of_hours(self) -> OutOfHours {
        match (self.numbers, self.dk_region(), self.country.out_of_hours_number()) {
            (Numbers::Unconfirmed, _, _) => OutOfHours::Withheld,
            (Numbers::National, Some(region), _) => OutOfHours::Line(region.out_of_hours_number()),
            (Numbers::National, None, Some(number)) => OutOfHours::Line(number),
            (Numbers::National, None, None) => OutOfHours::EveryRegion,
        }
    }

    /// The out-of-hours number, when there is one line ([`Place::out_of_hours`]).
    pub fn out_of_hours_number(self) -> Option<&'static str> {
        match self.out_of_hours() {
            OutOfHours::Line(number) => Some(number),
            OutOfHours::EveryRegion | OutOfHours::Withheld => None,
        }
    }
}

impl From<Country> for Place {
    fn from(country: Country) -> Place {
        Place::new(country, None)
    }
}

/// Whose advice a country's texts on imaging and pain relief follow.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Guideline {
    /// The Norwegian national guideline's brochure (§5, §7), with the country's own medicines
    /// advice: imaging may be considered when nearly unchanged after 4–6 weeks (no plain X-ray);
    /// paracetamol at most 4 g a day, ibuprofen at most 1,200 mg a day without prescription.
    Norwegian,
    /// NICE NG59: imaging not routinely offered outside specialist care (1.1.4–1.1.5); consider
    /// an NSAID at the lowest effective dose for the shortest time, not paracetamol alone.
    Nice,
}

/// What one country's guidance says where countries differ, and the sources it rests on:
/// defined once per country here, and read by the texts, the widget, the summary, the CLI and
/// `evaluate(answers, { country })`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Guidance {
    /// Whose advice the imaging and pain-relief texts follow.
    pub follows: Guideline,
    /// Sources of `imaging_review`.
    pub imaging: &'static [Source],
    /// Sources of `pain_relief` (acute pain: doses and cautions).
    pub pain_relief: &'static [Source],
    /// Sources of `pain_relief_long_lasting`: what helps with long-lasting pain, and the same
    /// doses and cautions as `pain_relief` for a reader still taking painkillers.
    pub pain_relief_long_lasting: &'static [Source],
    /// Sources of `other_help` (who else can help, and whether a referral is needed).
    pub other_help: &'static [Source],
    /// Sources of the emergency advice and the safety net's emergency signs.
    pub emergency: &'static [Source],
    /// The guideline the content is based on, named in the intended-use statement.
    pub basis: &'static [Source],
}

impl Guidance {
    /// The sources of the reason `rule` in this country: the table's, except the imaging and
    /// exercise reason where NICE is followed (NG59 1.1.4: imaging not routinely offered).
    pub fn reason_sources(&self, rule: RuleId) -> &'static [Source] {
        match (rule, self.follows) {
            (RuleId::AdviceImagingAndExerciseAfter4Weeks, Guideline::Nice) => self.imaging,
            _ => all_reasons().find(|(id, _)| *id == rule).map(|(_, s)| s).unwrap_or_default(),
        }
    }

    /// The sources of `advice` in this country: the country's own where its guidance differs,
    /// otherwise the table's (`rules::advice_sources`).
    pub fn advice_sources(&self, advice: Advice) -> &'static [Source] {
        match advice {
            Advice::ImagingReview => self.imaging,
            Advice::PainRelief => self.pain_relief,
            Advice::PainReliefLongLasting => self.pain_relief_long_lasting,
            Advice::OtherHelp => self.other_help,
            Advice::CallEmergency | Advice::SafetyNet => self.emergency,
            other => advice_sources(other),
        }
    }
}

use sources::{
    BROCHURE_5_SELF_CARE as B5, BROCHURE_6_SEEK_HELP as B6, BROCHURE_7_CLINICIANS as B7, DK_NATIONAL_GUIDELINE,
    DK_PAINKILLERS, DK_REGION_1813, NHS_BACK_PAIN, NICE_NG59, NICE_NG59_IMAGING, NICE_NG59_MEDICINES, NO_DIRECT_ACCESS,
    NO_HELSENORGE_BACK_PAIN, NO_IBUPROFEN_PRODUCT_INFO, NO_MEDICINES_AGENCY, NO_OUT_OF_HOURS, SE_1177_BACK_PAIN,
    SE_1177_PAINKILLERS, SE_PHYSIO_WITHOUT_REFERRAL,
};

const NORWAY: Guidance = Guidance {
    follows: Guideline::Norwegian,
    imaging: &[B7],
    pain_relief: &[B5, NO_MEDICINES_AGENCY, NO_IBUPROFEN_PRODUCT_INFO],
    // Medicines help little (brochure §7); the doses and cautions are the acute text's.
    pain_relief_long_lasting: &[B7, NO_MEDICINES_AGENCY, NO_IBUPROFEN_PRODUCT_INFO],
    other_help: &[B7, NO_DIRECT_ACCESS],
    // The signs (brochure §6, helsenorge) and the route: 116 117, or 113 when life is at risk.
    emergency: &[B6, NO_HELSENORGE_BACK_PAIN, NO_OUT_OF_HOURS],
    basis: &[B5],
};
const SWEDEN: Guidance = Guidance {
    follows: Guideline::Norwegian,
    imaging: &[B7],
    pain_relief: &[B5, SE_1177_PAINKILLERS],
    pain_relief_long_lasting: &[B7, SE_1177_PAINKILLERS],
    other_help: &[SE_1177_BACK_PAIN, SE_PHYSIO_WITHOUT_REFERRAL],
    emergency: &[SE_1177_BACK_PAIN, B6],
    basis: &[B5],
};
const DENMARK: Guidance = Guidance {
    follows: Guideline::Norwegian,
    imaging: &[B7],
    pain_relief: &[B5, DK_PAINKILLERS],
    pain_relief_long_lasting: &[B7, DK_PAINKILLERS],
    // Physiotherapists and chiropractors give what the Danish guideline recommends (joint
    // mobilisation, supervised exercise); the brochure's §7 is about Norwegian authorisation.
    other_help: &[DK_NATIONAL_GUIDELINE],
    // The signs (brochure §6) and the route: your own doctor, else the region's line, 112 when
    // life is at risk (Region Hovedstaden «Fakta om 1813»).
    emergency: &[B6, DK_REGION_1813],
    basis: &[B5],
};
const UNITED_KINGDOM: Guidance = Guidance {
    follows: Guideline::Nice,
    imaging: &[NICE_NG59_IMAGING],
    pain_relief: &[NICE_NG59_MEDICINES],
    // NG59's medicines advice covers low back pain of any duration (no opioids when chronic).
    pain_relief_long_lasting: &[NICE_NG59_MEDICINES],
    other_help: &[NHS_BACK_PAIN],
    emergency: &[NHS_BACK_PAIN, B6],
    basis: &[NICE_NG59],
};

/// One of Denmark's five regions (ISO 3166-2:DK), each with its own out-of-hours line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DkRegion {
    /// DK-81 Region Nordjylland.
    Nordjylland,
    /// DK-82 Region Midtjylland.
    Midtjylland,
    /// DK-83 Region Syddanmark.
    Syddanmark,
    /// DK-84 Region Hovedstaden (the Capital Region).
    Hovedstaden,
    /// DK-85 Region Sjælland.
    Sjaelland,
}

impl DkRegion {
    /// Every region, in the order of their ISO codes (the order of the all-regions list).
    pub const ALL: [DkRegion; 5] = [
        DkRegion::Nordjylland,
        DkRegion::Midtjylland,
        DkRegion::Syddanmark,
        DkRegion::Hovedstaden,
        DkRegion::Sjaelland,
    ];

    /// ISO 3166-2 code, as the `region` attribute takes it.
    pub const fn code(self) -> &'static str {
        match self {
            DkRegion::Nordjylland => "DK-81",
            DkRegion::Midtjylland => "DK-82",
            DkRegion::Syddanmark => "DK-83",
            DkRegion::Hovedstaden => "DK-84",
            DkRegion::Sjaelland => "DK-85",
        }
    }

    /// The region for an ISO 3166-2 code, any case (`DK-84`, `dk-84`).
    pub fn parse(code: &str) -> Option<DkRegion> {
        let code = code.trim().to_ascii_uppercase();
        DkRegion::ALL.into_iter().find(|r| r.code() == code)
    }

    /// The region's own name, the same in every language.
    pub const fn name(self) -> &'static str {
        match self {
            DkRegion::Nordjylland => "Region Nordjylland",
            DkRegion::Midtjylland => "Region Midtjylland",
            DkRegion::Syddanmark => "Region Syddanmark",
            DkRegion::Hovedstaden => "Region Hovedstaden",
            DkRegion::Sjaelland => "Region Sjælland",
        }
    }

    /// The out-of-hours line's own name, as the region calls it (a proper name: the same in
    /// every language).
    pub const fn service_name(self) -> &'static str {
        match self {
            // Region Hovedstaden: "Akuttelefonen 1813"; with its number beside it, "Akuttelefonen".
            DkRegion::Hovedstaden => "Akuttelefonen",
            _ => "Lægevagten",
        }
    }

    /// The number to call when the reader's own doctor is closed. Each checked on 2026-11-30
    /// against the page named beside it.
    pub const fn out_of_hours_number(self) -> &'static str {
        match self {
            // Hjørring Kommune (a public body in the region), «Emergency Doctor Service»:
            // https://new-in.hjoerring.dk/welcome-to-hjoerring-municipality/live-in-hjoerring/danish-health-care/emergency-doctor-service
            // ("Tel: +45 7015 0300"). The region's own page (rn.dk) was not in the stored corpus.
            DkRegion::Nordjylland => "70 15 03 00",
            // Region Midtjylland, «Skadestue og akutklinik»:
            // https://www.sundhed.rm.dk/akuthjalp/skadestue-og-akutklinik/PrintPage
            // ("Ring til lægevagten på tlf. 70 11 31 31").
            DkRegion::Midtjylland => "70 11 31 31",
            // Region Syddanmark, «Lægevagt i Region Syddanmark»:
            // https://regionsyddanmark.dk/patienter-og-parorende/akuthjaelp/sygdomme-og-mindre-skader-laegevagt-i-region-syddanmark/laegevagt-i-region-syddanmark
            // ("Lægevagten i Region Syddanmark, telefon: 7011 0707").
            DkRegion::Syddanmark => "70 11 07 07",
            // Region Hovedstaden, «Fakta om 1813»:
            // https://www.regionh.dk/presse-og-nyt/pressemeddelelser-og-nyheder/Sider/Fakta-om-1813.aspx
            // ("Du skal ringe 1813 i alle andre tilfælde, hvor du har akut brug for hjælp uden for din egen læges åbningstid").
            DkRegion::Hovedstaden => "1813",
            // Region Sjælland's press release on 1818 (lægevagt, skadestue and psychiatric
            // emergency in one number since 1 October 2022), as published by
            // https://dit-soroe.dk/et-nummer-til-akut-hjaelp-fra-oktober and
            // https://dagensmedicin.dk/laegevagt-i-region-sjaelland-afslutter-flere-patienter/ (2024:
            // "1818 har været akutnummeret i Region Sjælland siden 2022"). The region's own page
            // (regionsjaelland.dk) was not in the stored corpus.
            DkRegion::Sjaelland => "1818",
        }
    }
}
