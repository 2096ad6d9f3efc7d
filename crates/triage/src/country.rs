//! Country profiles: who to call, Denmark's regions, and each country's guidance where the
//! countries differ (imaging, exercise, pain relief, who else can help), defined once here.
//! National numbers from `../shared/notes/clinical-sources.md`; the Danish regions' numbers
//! each checked against the page named beside it.

use crate::date::CalendarDate;
use crate::decision::rules::{advice_sources, all_reasons};
use crate::decision::sources::{self, Source};
use crate::decision::{Advice, AdviceSources, EmergencyKind, Outcome, RuleId};

pub use crate::decision::Country;

impl Country {
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

    /// Whether the pain-relief texts give this country's reader a daily ibuprofen limit
    /// (`{ibuprofen_limit}`), which only a source that states it may support. Norway:
    /// Felleskatalogen «Ibux», "Analgetisk effekt: 800-1200 mg pr. døgn". Denmark:
    /// Sundhedsstyrelsen's table, "400 mg højst 3 gange dagligt". Sweden: no: 1177 «Receptfria
    /// läkemedel» names no dose, and FASS «Ipren»'s dosage section was not in the stored copy,
    /// so the Swedish reader is told to take no more than the leaflet says. The UK's texts
    /// follow NICE and hold no limit.
    pub const fn states_ibuprofen_limit(self) -> bool {
        matches!(self, Country::No | Country::Dk)
    }

    /// How a reader with a sign of pressure on the nerves at the base of the spine (cauda
    /// equina) reaches care in this country.
    pub const fn emergency_route(self) -> EmergencyRoute {
        match self {
            Country::No | Country::Dk => EmergencyRoute::DoctorFirst,
            Country::Se => EmergencyRoute::EmergencyDepartment,
            Country::Gb => EmergencyRoute::EmergencyNumber,
        }
    }

    /// How a reader hurt in a serious accident (a fall from a height, a car crash) reaches
    /// care in this country: where an injury is assessed, and imaged, the same day.
    pub const fn injury_route(self) -> EmergencyRoute {
        match self {
            // Helsedirektoratet's "når bør jeg ringe legevakten" includes "Mistanke om brudd"
            // (Vadsø kommune's page); Region Hovedstaden «Fakta om 1813» and Bispebjerg: "Ved
            // skader … skal du ringe til 1813 for at få at vide, hvornår og hvor du skal møde op".
            Country::No | Country::Dk => EmergencyRoute::OutOfHoursFirst,
            // 1177, as a Swedish clinic reproduces it: "plötsligt ont efter en olycka" →
            // akutmottagning.
            Country::Se => EmergencyRoute::EmergencyDepartment,
            // nhs.uk: "call 999 or go to A&E if … it started after a serious accident".
            Country::Gb => EmergencyRoute::EmergencyNumber,
        }
    }

    /// The route for an emergency of `kind`.
    pub const fn route(self, kind: EmergencyKind) -> EmergencyRoute {
        match kind {
            EmergencyKind::NerveCompression => self.emergency_route(),
            EmergencyKind::Injury => self.injury_route(),
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

    /// `outcome` with each advice item's sources in this country (`Outcome.advice_sources`),
    /// and each reason citing this country's sources where its guidance differs (the UK's
    /// imaging reason cites NICE, Denmark's the Danish guideline): what the CLI's `--country`
    /// and `evaluate(answers, { country })` add, so that the JSON cites what the reader sees.
    pub fn cite_advice(self, mut outcome: Outcome) -> Outcome {
        let guidance = self.guidance();
        for reason in &mut outcome.reasons {
            reason.source = sources::cite(guidance.reason_sources(reason.rule));
        }
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

/// How a reader with an emergency reaches care, as each country's own services say: a sign
/// of pressure on the nerves at the base of the spine (cauda equina: time-critical, not
/// life-threatening; [`Country::emergency_route`]) or a serious accident
/// ([`Country::injury_route`]). The emergency result's call buttons (in order) follow it; what
/// it says to do is each language's `ServiceNames` for the country.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EmergencyRoute {
    /// The UK: call 999 or go to A&E (nhs.uk «Back pain»: "call 999 or go to A&E"). Button: 999.
    EmergencyNumber,
    /// Sweden: go to an akutmottagning (or the vårdcentral if it can see you at once) now; 112
    /// if you cannot get there; 1177 if unsure (1177 «Ont i ryggen»: "Man ska söka vård direkt
    /// på en vårdcentral eller akutmottagning"; 112 is for life-threatening states). Buttons:
    /// 112, then 1177.
    EmergencyDepartment,
    /// Norway and Denmark, nerve signs: phone your own doctor now (the host's clinic, when the
    /// host gives one, is the first button), or when closed the legevakt on 116 117 or the
    /// region's line, who assess and send you on; never walk in at the hospital without
    /// phoning; the emergency number if you get no answer or cannot stand or walk (Norway:
    /// "Legevakt 116117 når fastlegen ikke er tilgjengelig og hjelpen ikke kan vente … 113 når
    /// det er akutt og står om liv", Helsedirektoratet's text on Måsøy kommune's page; the
    /// brochure §6: "umiddelbart søke legehjelp"; Denmark: Region Hovedstaden «Fakta om 1813»,
    /// Region Midtjylland, Region Syddanmark). Buttons: [the host's clinic], the out-of-hours
    /// line (every region's in Denmark without a region), then the emergency number.
    DoctorFirst,
    /// Norway and Denmark, a serious accident: the legevakt on 116 117 or the region's line now,
    /// who say where to be seen; the emergency number if the legs are weak or numb. Buttons: the
    /// out-of-hours line, then the emergency number.
    OutOfHoursFirst,
}

/// One number an emergency result gives ([`EmergencyRoute::calls`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Call {
    /// The country's emergency number.
    Emergency,
    /// The host's own clinic.
    Clinic,
    /// The out-of-hours / advice line (in Denmark without a region, every region's).
    OutOfHours,
}

impl EmergencyRoute {
    /// Whether the route goes through the out-of-hours / advice line as well as the emergency
    /// number: everywhere but the UK, whose route is 999 or A&E only. The emergency result's
    /// buttons and the summary's contacts both follow it.
    pub const fn includes_out_of_hours(self) -> bool {
        !matches!(self, EmergencyRoute::EmergencyNumber)
    }

    /// Whether the reader's own doctor comes first: then the host's clinic, when given, is the
    /// first button.
    pub const fn own_doctor_first(self) -> bool {
        matches!(self, EmergencyRoute::DoctorFirst)
    }

    /// Whether the emergency number's button comes first (it is the route's first step), or
    /// after the doctor and the out-of-hours line.
    pub const fn emergency_number_first(self) -> bool {
        matches!(self, EmergencyRoute::EmergencyNumber | EmergencyRoute::EmergencyDepartment)
    }

    /// Who to call, in the route's order: the emergency number first where it is the route's
    /// first step; the host's clinic (`with_clinic`: the host gave one that can be called) where
    /// the route starts with the reader's own doctor; the out-of-hours line where the route goes
    /// through it; else the emergency number last. The emergency result's buttons and the
    /// summary's contacts are both this list, decided here once.
    pub fn calls(self, with_clinic: bool) -> Vec<Call> {
        let mut calls = Vec::with_capacity(3);
        if self.emergency_number_first() {
            calls.push(Call::Emergency);
        }
        if with_clinic && self.own_doctor_first() {
            calls.push(Call::Clinic);
        }
        if self.includes_out_of_hours() {
            calls.push(Call::OutOfHours);
        }
        if !self.emergency_number_first() {
            calls.push(Call::Emergency);
        }
        calls
    }

    /// The route's name in markup (`data-emergency-route` on the emergency result).
    pub const fn as_str(self) -> &'static str {
        match self {
            EmergencyRoute::EmergencyNumber => "emergency_number",
            EmergencyRoute::EmergencyDepartment => "emergency_department",
            EmergencyRoute::DoctorFirst => "doctor_first",
            EmergencyRoute::OutOfHoursFirst => "out_of_hours_first",
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

    /// The route for an emergency of `kind` ([`Country::route`]), or, when the country is not
    /// confirmed, the emergency number alone, for a serious accident as for a nerve sign.
    pub fn route(self, kind: EmergencyKind) -> EmergencyRoute {
        match self.numbers {
            Numbers::National => self.country.route(kind),
            Numbers::Unconfirmed => EmergencyRoute::EmergencyNumber,
        }
    }

    /// The country whose own rules decide (`decision::evaluate_in`): the host's, or, when the
    /// country is not confirmed, none, so that every country's rules apply (the most cautious).
    pub fn rules_country(self) -> Option<Country> {
        self.numbers_country()
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
    /// Sundhedsstyrelsen: the national clinical guideline of 2016 (no routine MRI or X-ray for
    /// new low back pain) and the national clinical recommendation of 25 September 2025
    /// (paracetamol and NSAIDs for acute low back pain only after careful consideration; keep
    /// up usual activity), with the Danish non-prescription dose limits. The rest of the
    /// content still follows the Norwegian brochure.
    Danish,
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
    /// Sources of `exercise_program`: the brochure's guided programme after 4–6 weeks, or
    /// NICE's group exercise programme, which names no weeks.
    pub exercise: &'static [Source],
    /// Sources of the reason `AdviceImagingAndExerciseAfter4Weeks` (imaging and exercise).
    pub imaging_and_exercise: &'static [Source],
    /// Sources of the reason `SoonOver50NotBetterAfter2Weeks`, as this country's reader sees
    /// them: NICE CKS's "new onset pain in patient over age 50 years", with 1177's "ett par
    /// veckor … övre medelåldern" (the rule's two weeks) in the Nordic countries only.
    pub over_50_not_better: &'static [Source],
    /// Sources of `pain_relief` (acute pain: doses and cautions).
    pub pain_relief: &'static [Source],
    /// Sources of `pain_relief_long_lasting`: what helps with long-lasting pain, and the same
    /// doses and cautions as `pain_relief` for a reader still taking painkillers.
    pub pain_relief_long_lasting: &'static [Source],
    /// Sources of `other_help` (who else can help, and whether a referral is needed).
    pub other_help: &'static [Source],
    /// Sources of the emergency advice and the safety net's emergency signs.
    pub emergency: &'static [Source],
    /// Sources of the injury route (`Country::injury_route`).
    pub injury: &'static [Source],
    /// The guideline the content is based on, named in the intended-use statement.
    pub basis: &'static [Source],
}

impl Guidance {
    /// The sources of the reason `rule` in this country: the country's own for the imaging
    /// and exercise reason and for the 50+ reason, otherwise the table's.
    pub fn reason_sources(&self, rule: RuleId) -> &'static [Source] {
        match rule {
            RuleId::AdviceImagingAndExerciseAfter4Weeks => self.imaging_and_exercise,
            RuleId::SoonOver50NotBetterAfter2Weeks => self.over_50_not_better,
            _ => all_reasons().find(|(id, _)| *id == rule).map(|(_, s)| s).unwrap_or_default(),
        }
    }

    /// The sources of `advice` in this country: the country's own where its guidance differs,
    /// otherwise the table's (`rules::advice_sources`).
    pub fn advice_sources(&self, advice: Advice) -> &'static [Source] {
        match advice {
            Advice::ImagingReview => self.imaging,
            Advice::ExerciseProgram => self.exercise,
            Advice::PainRelief => self.pain_relief,
            Advice::PainReliefLongLasting => self.pain_relief_long_lasting,
            Advice::OtherHelp => self.other_help,
            Advice::CallEmergency | Advice::SafetyNet => self.emergency,
            Advice::InjuryCareNow => self.injury,
            other => advice_sources(other),
        }
    }
}

use sources::{
    BROCHURE_5_SELF_CARE as B5, BROCHURE_6_SEEK_HELP as B6, BROCHURE_7_CLINICIANS as B7, DK_NATIONAL_GUIDELINE,
    DK_PAIN_MEDICINES_2025, DK_PAINKILLERS, DK_REGION_1813, NHS_BACK_PAIN, NICE_CKS_RED_FLAGS as CKS, NICE_NG59,
    NICE_NG59_EXERCISE, NICE_NG59_IMAGING, NICE_NG59_MEDICINES, NO_DIRECT_ACCESS, NO_HELSENORGE_BACK_PAIN,
    NO_IBUPROFEN_PRODUCT_INFO, NO_MEDICINES_AGENCY, NO_OUT_OF_HOURS, SE_1177_BACK_PAIN, SE_1177_PAINKILLERS,
    SE_PHYSIO_WITHOUT_REFERRAL,
};

/// The 50+ reason's sources where the Nordic countries' readers meet them: NICE CKS's age flag
/// and 1177's couple of weeks, the Nordic public source that names the timing.
const OVER_50_NORDIC: &[Source] = &[SE_1177_BACK_PAIN, CKS];

const NORWAY: Guidance = Guidance {
    follows: Guideline::Norwegian,
    imaging: &[B7],
    exercise: &[B7],
    imaging_and_exercise: &[B7],
    over_50_not_better: OVER_50_NORDIC,
    pain_relief: &[B5, NO_MEDICINES_AGENCY, NO_IBUPROFEN_PRODUCT_INFO],
    // Medicines help little (brochure §7); the doses and cautions are the acute text's.
    pain_relief_long_lasting: &[B7, NO_MEDICINES_AGENCY, NO_IBUPROFEN_PRODUCT_INFO],
    other_help: &[B7, NO_DIRECT_ACCESS],
    // The signs (brochure §6, helsenorge) and the route: 116 117, or 113 when life is at risk.
    emergency: &[B6, NO_HELSENORGE_BACK_PAIN, NO_OUT_OF_HOURS],
    // The legevakt takes suspected fractures (Helsedirektoratet's list, NO_OUT_OF_HOURS).
    injury: &[NO_OUT_OF_HOURS, B6],
    basis: &[B5],
};
const SWEDEN: Guidance = Guidance {
    follows: Guideline::Norwegian,
    imaging: &[B7],
    exercise: &[B7],
    imaging_and_exercise: &[B7],
    over_50_not_better: OVER_50_NORDIC,
    pain_relief: &[B5, SE_1177_PAINKILLERS],
    pain_relief_long_lasting: &[B7, SE_1177_PAINKILLERS],
    other_help: &[SE_1177_BACK_PAIN, SE_PHYSIO_WITHOUT_REFERRAL],
    emergency: &[SE_1177_BACK_PAIN, B6],
    injury: &[SE_1177_BACK_PAIN, B6],
    basis: &[B5],
};
/// The sources of Denmark's imaging reason (`Guidance::reason_sources`).
const DANISH_IMAGING_REASON: &[Source] = &[B7, DK_NATIONAL_GUIDELINE];
const DENMARK: Guidance = Guidance {
    follows: Guideline::Danish,
    // NKR 2016: "anbefaler ikke-rutinemæssigt tilbud om billeddiagnostisk udredning".
    imaging: &[DK_NATIONAL_GUIDELINE],
    exercise: &[B7],
    // The reason's "a doctor should look at it after 4 weeks" is the brochure's (§7); what it
    // says of imaging and guided exercise is the Danish guideline's.
    imaging_and_exercise: DANISH_IMAGING_REASON,
    over_50_not_better: OVER_50_NORDIC,
    // The NKA 2025 for what medicines do and whether to take them; the IRF table for the doses.
    pain_relief: &[DK_PAIN_MEDICINES_2025, DK_PAINKILLERS],
    // The NKA covers pain of up to 12 weeks only ("Patienter med længerevarende smerter … er
    // ikke omfattet"): long-lasting pain keeps the brochure's §7 ("medicines help little").
    pain_relief_long_lasting: &[B7, DK_PAINKILLERS],
    // Physiotherapists and chiropractors give what the Danish guideline recommends (joint
    // mobilisation, supervised exercise); the brochure's §7 is about Norwegian authorisation.
    other_help: &[DK_NATIONAL_GUIDELINE],
    // The signs (brochure §6) and the route: your own doctor, else the region's line, 112 when
    // life is at risk (Region Hovedstaden «Fakta om 1813»).
    emergency: &[B6, DK_REGION_1813],
    // «Fakta om 1813»: injuries are phoned in first, to be told where to go.
    injury: &[DK_REGION_1813, B6],
    basis: &[B5, DK_NATIONAL_GUIDELINE, DK_PAIN_MEDICINES_2025],
};
const UNITED_KINGDOM: Guidance = Guidance {
    follows: Guideline::Nice,
    imaging: &[NICE_NG59_IMAGING],
    // NG59's group exercise programme, with no 4–6-week timing (clinical review §4.4).
    exercise: &[NICE_NG59_EXERCISE],
    imaging_and_exercise: &[NICE_NG59_IMAGING, NICE_NG59_EXERCISE],
    // NICE CKS alone: a Swedish regional page is no source for a UK reader (clinical review §3.11).
    over_50_not_better: &[CKS],
    pain_relief: &[NICE_NG59_MEDICINES],
    // NG59's medicines advice covers low back pain of any duration (no opioids when chronic).
    pain_relief_long_lasting: &[NICE_NG59_MEDICINES],
    other_help: &[NHS_BACK_PAIN],
    emergency: &[NHS_BACK_PAIN, B6],
    injury: &[NHS_BACK_PAIN],
    basis: &[NICE_NG59],
};

/// The day Region Hovedstaden and Region Sjælland become Region Østdanmark: "Region Østdanmark
/// overtager den 1. januar 2027 Region Sjællands og Region Hovedstadens aktiver, passiver,
/// rettigheder, pligter og ansatte" (lov om overgangen til en ny sundhedsstruktur
/// (overgangsloven) § 126, https://www.elov.dk/lov-om-overgangen-til-en-ny-sundhedsstruktur-overgangsloven/paragraf/126,
/// checked 2026-12-07).
///
/// What could not be checked on 2026-12-07 (searched for in the stored pages and documentation):
/// - whether 1813 and 1818 go on after the merger. No page of Region Østdanmark was found;
///   regionh.dk's «Fakta om 1813» and Bispebjerg Hospital's «Hvordan bruger jeg 1813» say
///   nothing of 2027; regionsjaelland.dk was not in the store, and Region Sjælland's press
///   releases on 1818 (bt.dk, dit-soroe.dk, 2022) predate the merger. So each former region's
///   area keeps its own line and its line's name (1813 «Akuttelefonen», 1818 «Lægevagten»).
///   An older plan for one national number, 113, replacing 1813 and the other regions' lines
///   (dr.dk, https://www.dr.dk/nyheder/politik/1813-skrottes-vil-indfoere-nyt-akutnummer-over-hele-landet)
///   is older than the pages above (1818 began in 2022; dagensmedicin.dk, 2024: "1818 har
///   været akutnummeret i Region Sjælland siden 2022"), which still show both in use. To be verified with Region
///   Østdanmark before the widget is used in Denmark in 2027.
/// - an ISO 3166-2 code for Region Østdanmark. The reproductions of ISO 3166-2:DK found list
///   only DK-81 to DK-85 (https://www.wikiwand.com/en/articles/ISO_3166-2%3ADK); one notes that
///   the merger "may lead to future updates in the standard" (https://grokipedia.com/page/iso_3166_2dk).
///   No code is invented here: the `region` attribute keeps taking DK-84 and DK-85, which from
///   this day name the two areas of Region Østdanmark.
pub const EAST_DENMARK_FROM: CalendarDate = CalendarDate::constant(2027, 1, 1);

/// The name of the region that took over Region Hovedstaden and Region Sjælland on
/// [`EAST_DENMARK_FROM`] (overgangsloven § 126).
pub const EAST_DENMARK: &str = "Region Østdanmark";

/// When a Danish region's out-of-hours line takes calls, as the region's own pages say: every
/// line is for illness that cannot wait while the reader's own doctor is closed (weekdays
/// 16–8, weekends and public holidays); 1813 and 1818 are also the way into the emergency
/// departments for injuries, at any hour.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum OutOfHoursOpen {
    /// Weekdays 16–8, weekends and public holidays.
    WhenOwnDoctorClosed,
    /// As [`OutOfHoursOpen::WhenOwnDoctorClosed`] for illness; injuries at any hour.
    WhenOwnDoctorClosedInjuriesAnyHour,
}

/// An area of Denmark with its own out-of-hours line: one of the five regions of ISO 3166-2:DK
/// (2007–2026). From [`EAST_DENMARK_FROM`] DK-84 and DK-85 are the two parts of Region
/// Østdanmark, each still with its own line ([`DkRegion::region_on`]).
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
    /// Every area with its own line, in the order of their ISO codes (the order of the
    /// all-regions list): the same five on either side of [`EAST_DENMARK_FROM`], as the two
    /// parts of Region Østdanmark keep their own lines; only their names change
    /// ([`DkRegion::region_on`]).
    pub const ALL: [DkRegion; 5] = [
        DkRegion::Nordjylland,
        DkRegion::Midtjylland,
        DkRegion::Syddanmark,
        DkRegion::Hovedstaden,
        DkRegion::Sjaelland,
    ];

    /// ISO 3166-2 code, as the `region` attribute takes it (and `data-region` carries it), on
    /// either side of [`EAST_DENMARK_FROM`]: existing embeds keep working, and no code exists
    /// for Region Østdanmark to replace DK-84 and DK-85 with.
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

    /// The region that runs this area's services on `date`, when it is not the area's own
    /// region of [`DkRegion::name`]: Region Østdanmark for DK-84 and DK-85 from
    /// [`EAST_DENMARK_FROM`]; `None` otherwise.
    pub fn region_on(self, date: CalendarDate) -> Option<&'static str> {
        let merged = matches!(self, DkRegion::Hovedstaden | DkRegion::Sjaelland);
        (merged && date >= EAST_DENMARK_FROM).then_some(EAST_DENMARK)
    }

    /// When the area's out-of-hours line takes calls. Each checked on 2026-12-07 against the
    /// page named beside it.
    pub const fn open(self) -> OutOfHoursOpen {
        match self {
            // Hjørring Kommune, «Emergency Doctor Service» (the page beside the number below):
            // "after 16.00 on weekdays, at weekends and on public holidays".
            DkRegion::Nordjylland => OutOfHoursOpen::WhenOwnDoctorClosed,
            // Lægevagten, «Central Denmark Region Out-of-hours Medical Helpline»
            // (https://laegevagten.dk/en/region/central/medical-helpline): "available on all
            // weekdays from 16 to 08 and on Saturdays, Sundays, and public holidays".
            DkRegion::Midtjylland => OutOfHoursOpen::WhenOwnDoctorClosed,
            // Region Syddanmark, «Lægevagt i Region Syddanmark» (beside the number below): "Du kan
            // kontakte lægevagten i tidsrummet 16.00-08.00 samt i weekenden og på helligdage".
            DkRegion::Syddanmark => OutOfHoursOpen::WhenOwnDoctorClosed,
            // Bispebjerg Hospital, «Hvordan bruger jeg 1813»
            // (https://www.bispebjerghospital.dk/undersoegelse-og-behandling/Akut-hj%C3%A6lp/1813/hvordanbrugerjeg1813/Sider/default.aspx):
            // "På hverdage mellem klokken 08.00 og 16.00 skal du kontakte din egen læge"; "Ved
            // skader, der kræver sundhedsfaglig hjælp, skal du ringe til 1813", with no hours;
            // Region Hovedstaden «Fakta om 1813»: "Du skal ringe 1813, hvis du vil på en
            // akutmodtagelse eller akutklinik".
            DkRegion::Hovedstaden => OutOfHoursOpen::WhenOwnDoctorClosedInjuriesAnyHour,
            // Region Sjælland's press releases (bt.dk, dit-soroe.dk, beside the number below):
            // 1818 is the "fælles telefonisk indgang til både lægevagt, skadestue og psykiatrisk
            // akutmodtagelse"; "Lægevagten har ligesom i dag åben, når ens egen læge har lukket".
            // That the skadestue line answers at every hour is inferred from it being the only
            // way in; regionsjaelland.dk itself was not in the stored corpus.
            DkRegion::Sjaelland => OutOfHoursOpen::WhenOwnDoctorClosedInjuriesAnyHour,
        }
    }

    /// The region's own name (2007–2026), the same in every language. From
    /// [`EAST_DENMARK_FROM`] the reader sees DK-84 and DK-85 as parts of Region Østdanmark
    /// (`i18n::dk_region_name`), named by this.
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

    /// The page the out-of-hours number is checked against (the one named beside
    /// [`DkRegion::out_of_hours_number`]), for the safety case pack (`src/render/safety_case.rs`).
    pub const fn checked_against(self) -> &'static str {
        match self {
            DkRegion::Nordjylland => {
                "https://new-in.hjoerring.dk/welcome-to-hjoerring-municipality/live-in-hjoerring/danish-health-care/emergency-doctor-service"
            }
            DkRegion::Midtjylland => "https://www.sundhed.rm.dk/akuthjalp/skadestue-og-akutklinik/PrintPage",
            DkRegion::Syddanmark => {
                "https://regionsyddanmark.dk/patienter-og-parorende/akuthjaelp/sygdomme-og-mindre-skader-laegevagt-i-region-syddanmark/laegevagt-i-region-syddanmark"
            }
            DkRegion::Hovedstaden => {
                "https://www.regionh.dk/presse-og-nyt/pressemeddelelser-og-nyheder/Sider/Fakta-om-1813.aspx"
            }
            DkRegion::Sjaelland => "https://dit-soroe.dk/et-nummer-til-akut-hjaelp-fra-oktober",
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
