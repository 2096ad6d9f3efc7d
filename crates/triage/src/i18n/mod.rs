//! Every text the reader sees, in Norwegian bokmål, Norwegian nynorsk, Swedish, Danish and English.
//!
//! Each language is one file holding one [`Texts`] value. Because every text is a field of a
//! struct, a language that lacks a text does not compile. Texts may hold these placeholders,
//! filled in for the reader's country by [`fill`]:
//! `{emergency}` the emergency number, `{ooh}` the out-of-hours / advice number,
//! `{ooh_name}` that service's name, `{gp}` the reader's own doctor, `{emergency_headline}` and
//! `{emergency_safety_net}` what the reader is told to do on an emergency sign, which differs by
//! country (`country::EmergencyRoute`), `{other_help}` who else can help in the reader's country,
//! `{check_after}` how long self-care may go on before booking a doctor there,
//! `{ibuprofen_limit}` the daily ibuprofen limit, or where the reader's country gives none
//! that a source here states, the package leaflet (`Country::states_ibuprofen_limit`),
//! `{basis}` the guideline the content follows there, `{checked}` the date the content was last
//! checked, `{x}` and `{n}` step numbers.
//!
//! When the host has not confirmed the reader's country (`country::Numbers::Unconfirmed`),
//! [`fill_place`] fills `{emergency}` with 112, the emergency texts with the language's
//! [`NumbersTexts`], and each "`{ooh_name}` on `{ooh}`" (as the language writes it) with words
//! that name no number: every screen and the summary go through it, so they agree.

mod da;
mod en;
mod nb;
mod nn;
mod result_texts;
mod sv;
mod text_list;

use crate::country::{Country, DkRegion, Guideline, Numbers, OutOfHours, OutOfHoursOpen, Place};
use crate::date::CalendarDate;
use crate::decision::sources::{CONTENT_CHECKED, Source, SourceKind};
use crate::decision::{Advice, Category, RuleId, Sign, Urgency};
use crate::questionnaire::StepId;
pub use result_texts::{CallLead, ResultTexts, split_first_sentence};
pub use text_list::TextListError;

/// A language the widget speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    /// Norwegian bokmål.
    Nb,
    /// Norwegian nynorsk: Norway's second written standard, which public bodies must also publish in.
    Nn,
    /// Swedish.
    Sv,
    /// Danish.
    Da,
    /// English.
    En,
}

impl Lang {
    /// Every language, in the order the demo's picker lists them.
    pub const ALL: [Lang; 5] = [Lang::Nb, Lang::Nn, Lang::Sv, Lang::Da, Lang::En];

    /// The BCP 47 code set as the widget's `lang` attribute.
    pub const fn code(self) -> &'static str {
        match self {
            Lang::Nb => "nb",
            Lang::Nn => "nn",
            Lang::Sv => "sv",
            Lang::Da => "da",
            Lang::En => "en",
        }
    }

    /// The language for a BCP 47 tag: `nb`, `no` and `nb-NO` are bokmål, `nn` and `nn-NO` nynorsk,
    /// `sv-SE` Swedish, `en-GB` English and so on. `None` for a language the widget does not speak.
    pub fn parse(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
        match primary.as_str() {
            // `no` names Norwegian without saying which written standard; bokmål is the more widely read.
            "nb" | "no" => Some(Lang::Nb),
            "nn" => Some(Lang::Nn),
            "sv" => Some(Lang::Sv),
            "da" => Some(Lang::Da),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The country assumed when none is given.
    pub const fn default_country(self) -> Country {
        match self {
            Lang::Nb | Lang::Nn => Country::No,
            Lang::Sv => Country::Se,
            Lang::Da => Country::Dk,
            Lang::En => Country::Gb,
        }
    }

    /// All the texts in this language.
    pub fn texts(self) -> &'static Texts {
        match self {
            Lang::Nb => &nb::TEXTS,
            Lang::Nn => &nn::TEXTS,
            Lang::Sv => &sv::TEXTS,
            Lang::Da => &da::TEXTS,
            Lang::En => &en::TEXTS,
        }
    }
}

/// A question as the reader sees it.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Prompt {
    /// The question itself, the fieldset's legend.
    pub question: &'static str,
    /// A plain-words explanation under it; may be empty.
    pub hint: &'static str,
    /// A few words naming it in the summary of answers, e.g. "High temperature or feeling unwell".
    pub short: &'static str,
}

/// A prompt, briefly: what every language file writes its questions with.
const fn p(question: &'static str, hint: &'static str, short: &'static str) -> Prompt {
    Prompt { question, hint, short }
}

/// A heading and a paragraph, briefly.
const fn para(title: &'static str, body: &'static str) -> Paragraph {
    Paragraph { title, body }
}

/// A heading and a paragraph.
#[derive(Clone, Copy, Debug)]
pub struct Paragraph {
    /// The heading.
    pub title: &'static str,
    /// The text under it.
    pub body: &'static str,
}

/// One text for each yes/no question.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
#[allow(missing_docs)]
pub struct BySign<T> {
    pub bladder_or_bowel_problems: T,
    pub saddle_numbness: T,
    pub both_legs: T,
    pub leg_weakness: T,
    pub leg_numbness: T,
    pub fever_or_unwell: T,
    pub trauma: T,
    pub minor_fall: T,
    pub weight_loss: T,
    pub cancer_history: T,
    pub constant_night_pain: T,
    pub osteoporosis_or_steroids: T,
    pub pain_below_knee: T,
    pub uncontrolled_pain: T,
    pub major_impact: T,
    pub worried: T,
}

impl<T> BySign<T> {
    /// The text for `sign`.
    pub fn get(&self, sign: Sign) -> &T {
        match sign {
            Sign::BladderOrBowelProblems => &self.bladder_or_bowel_problems,
            Sign::SaddleNumbness => &self.saddle_numbness,
            Sign::BothLegs => &self.both_legs,
            Sign::LegWeakness => &self.leg_weakness,
            Sign::LegNumbness => &self.leg_numbness,
            Sign::FeverOrUnwell => &self.fever_or_unwell,
            Sign::Trauma => &self.trauma,
            Sign::MinorFall => &self.minor_fall,
            Sign::WeightLoss => &self.weight_loss,
            Sign::CancerHistory => &self.cancer_history,
            Sign::ConstantNightPain => &self.constant_night_pain,
            Sign::OsteoporosisOrSteroids => &self.osteoporosis_or_steroids,
            Sign::PainBelowKnee => &self.pain_below_knee,
            Sign::UncontrolledPain => &self.uncontrolled_pain,
            Sign::MajorImpact => &self.major_impact,
            Sign::Worried => &self.worried,
        }
    }
}

/// One text for each urgency.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
#[allow(missing_docs)]
pub struct ByUrgency<T> {
    pub emergency: T,
    pub urgent: T,
    pub soon: T,
    pub self_care: T,
}

impl<T> ByUrgency<T> {
    /// The text for `urgency`.
    pub fn get(&self, urgency: Urgency) -> &T {
        match urgency {
            Urgency::Emergency => &self.emergency,
            Urgency::Urgent => &self.urgent,
            Urgency::Soon => &self.soon,
            Urgency::SelfCare => &self.self_care,
        }
    }
}

/// The reason for each rule, in plain words: what the answer means and why it matters.
/// Never a diagnosis: "a doctor should look at this", not "you may have cancer".
#[derive(Clone, Copy, Debug)]
#[allow(missing_docs)]
pub struct ByRule {
    pub emergency_bladder_or_bowel_problems: &'static str,
    pub emergency_saddle_numbness: &'static str,
    pub emergency_both_legs: &'static str,
    pub emergency_serious_accident: &'static str,
    pub urgent_leg_weakness: &'static str,
    pub urgent_fever_or_unwell: &'static str,
    pub urgent_minor_fall_when_fragile: &'static str,
    pub urgent_cancer_history_with_other_cancer_sign: &'static str,
    pub urgent_weight_loss: &'static str,
    pub urgent_constant_night_pain: &'static str,
    pub soon_leg_numbness: &'static str,
    pub soon_weight_loss: &'static str,
    pub soon_cancer_history: &'static str,
    pub soon_constant_night_pain: &'static str,
    pub soon_osteoporosis_or_steroids: &'static str,
    pub soon_uncontrolled_pain: &'static str,
    pub soon_worried: &'static str,
    pub soon_major_impact: &'static str,
    pub soon_getting_worse: &'static str,
    pub soon_under_16: &'static str,
    pub soon_over_50_not_better_after_2_weeks: &'static str,
    pub soon_not_better_after_2_weeks: &'static str,
    pub soon_not_better_after_4_weeks: &'static str,
    /// Where the Norwegian guideline is followed: imaging and guided exercise considered.
    pub advice_imaging_and_exercise_after_4_weeks: &'static str,
    /// Where NICE is followed: a review, scans not usually needed (NG59 1.1.4).
    pub advice_imaging_and_exercise_after_4_weeks_nice: &'static str,
    /// Denmark: a doctor should look at it (brochure §7); no routine imaging, guided exercise
    /// may help (Sundhedsstyrelsen's guideline of 2016).
    pub advice_imaging_and_exercise_after_4_weeks_danish: &'static str,
    pub advice_specialist_after_6_weeks: &'static str,
    pub self_care_no_warning_signs: &'static str,
}

impl ByRule {
    /// The text for `rule` in `country`. Exhaustive: a new rule does not compile until every
    /// language has its text.
    pub fn get(&self, rule: RuleId, country: Country) -> &'static str {
        match rule {
            RuleId::AdviceImagingAndExerciseAfter4Weeks if country.follows() == Guideline::Nice => {
                self.advice_imaging_and_exercise_after_4_weeks_nice
            }
            RuleId::AdviceImagingAndExerciseAfter4Weeks if country.follows() == Guideline::Danish => {
                self.advice_imaging_and_exercise_after_4_weeks_danish
            }
            RuleId::EmergencyBladderOrBowelProblems => self.emergency_bladder_or_bowel_problems,
            RuleId::EmergencySaddleNumbness => self.emergency_saddle_numbness,
            RuleId::EmergencyBothLegs => self.emergency_both_legs,
            RuleId::EmergencySeriousAccident => self.emergency_serious_accident,
            RuleId::UrgentLegWeakness => self.urgent_leg_weakness,
            RuleId::UrgentFeverOrUnwell => self.urgent_fever_or_unwell,
            RuleId::UrgentMinorFallWhenFragile => self.urgent_minor_fall_when_fragile,
            RuleId::UrgentCancerHistoryWithOtherCancerSign => self.urgent_cancer_history_with_other_cancer_sign,
            RuleId::UrgentWeightLoss => self.urgent_weight_loss,
            RuleId::UrgentConstantNightPain => self.urgent_constant_night_pain,
            RuleId::SoonLegNumbness => self.soon_leg_numbness,
            RuleId::SoonWeightLoss => self.soon_weight_loss,
            RuleId::SoonCancerHistory => self.soon_cancer_history,
            RuleId::SoonConstantNightPain => self.soon_constant_night_pain,
            RuleId::SoonOsteoporosisOrSteroids => self.soon_osteoporosis_or_steroids,
            RuleId::SoonUncontrolledPain => self.soon_uncontrolled_pain,
            RuleId::SoonWorried => self.soon_worried,
            RuleId::SoonMajorImpact => self.soon_major_impact,
            RuleId::SoonGettingWorse => self.soon_getting_worse,
            RuleId::SoonUnder16 => self.soon_under_16,
            RuleId::SoonOver50NotBetterAfter2Weeks => self.soon_over_50_not_better_after_2_weeks,
            RuleId::SoonNotBetterAfter2Weeks => self.soon_not_better_after_2_weeks,
            RuleId::SoonNotBetterAfter4Weeks => self.soon_not_better_after_4_weeks,
            RuleId::AdviceImagingAndExerciseAfter4Weeks => self.advice_imaging_and_exercise_after_4_weeks,
            RuleId::AdviceSpecialistAfter6Weeks => self.advice_specialist_after_6_weeks,
            RuleId::SelfCareNoWarningSigns => self.self_care_no_warning_signs,
        }
    }
}

/// The text of each advice code. Where the countries' guidance differs, a code has one text
/// for each [`Guideline`]; the reader's country chooses (`Country::guidance`).
#[derive(Clone, Copy, Debug)]
#[allow(missing_docs)]
pub struct ByAdvice {
    pub call_emergency: Paragraph,
    /// The title is `{injury_headline}`, the country's injury route.
    pub injury_care_now: Paragraph,
    pub contact_doctor_today: Paragraph,
    pub book_appointment: Paragraph,
    /// Norway, Sweden: the brochure §7 (may be considered when nearly unchanged after 4–6
    /// weeks; plain X-ray very rarely useful, so not named).
    pub imaging_review_norwegian: Paragraph,
    /// The UK: NICE NG59 1.1.4–1.1.5 (not routinely offered outside specialist care).
    pub imaging_review_nice: Paragraph,
    /// Norway, Sweden, Denmark: the brochure §7 (a guided programme when problems have lasted
    /// about 4–6 weeks).
    /// Denmark: Sundhedsstyrelsen's guideline of 2016 (no routine MRI or X-ray for new low back
    /// pain), named as the Danish health authority's advice.
    pub imaging_review_danish: Paragraph,
    pub exercise_program: Paragraph,
    /// The UK: NICE NG59 1.2.1–1.2.2 (consider a group exercise programme; no weeks named).
    pub exercise_program_nice: Paragraph,
    pub specialist_referral: Paragraph,
    pub stay_active: Paragraph,
    pub work: Paragraph,
    /// Norway, Sweden: the brochure and the country's medicines advice (paracetamol at most 4 g
    /// a day, ibuprofen at most 1,200 mg a day without prescription, the cautions).
    pub pain_relief_norwegian: Paragraph,
    /// Denmark: Sundhedsstyrelsen's recommendation of 2025 (medicines help only a little; use
    /// them only after careful consideration; keeping active matters most), then, for a reader
    /// who still takes them, the same limits (each "a day") and cautions.
    pub pain_relief_danish: Paragraph,
    /// The UK: NICE NG59 (consider an NSAID at the lowest dose for the shortest time; not
    /// paracetamol alone), with the same cautions.
    pub pain_relief_nice: Paragraph,
    /// Norway, Sweden, Denmark, pain for more than 12 weeks: medicines help little (brochure
    /// §7), with the acute doses and cautions kept for a reader still taking them.
    pub pain_relief_long_lasting: Paragraph,
    /// The UK, pain for more than 12 weeks: NICE NG59 (an NSAID may still be considered; no
    /// opioids for chronic low back pain), with the cautions.
    pub pain_relief_long_lasting_nice: Paragraph,
    pub heat: Paragraph,
    /// The body holds `{other_help}`: who else can help in the reader's country.
    pub other_help: Paragraph,
    pub outlook: Paragraph,
    /// Pain for more than 12 weeks: it can come and go for a long time, not dangerous in
    /// itself; learning to manage it, with an examination and help back to everyday life
    /// (brochure §7, §8).
    pub outlook_long_lasting: Paragraph,
    pub prevention: Paragraph,
    /// The body is the lead of the list of emergency signs (see [`SafetyNetTexts`]).
    pub safety_net: Paragraph,
}

impl ByAdvice {
    /// The text for `advice` in `country`.
    pub fn get(&self, advice: Advice, country: Country) -> &Paragraph {
        let follows = country.guidance().follows;
        let nice = follows == Guideline::Nice;
        match advice {
            Advice::CallEmergency => &self.call_emergency,
            Advice::InjuryCareNow => &self.injury_care_now,
            Advice::ContactDoctorToday => &self.contact_doctor_today,
            Advice::BookAppointment => &self.book_appointment,
            Advice::ImagingReview => match follows {
                Guideline::Norwegian => &self.imaging_review_norwegian,
                Guideline::Nice => &self.imaging_review_nice,
                Guideline::Danish => &self.imaging_review_danish,
            },
            Advice::ExerciseProgram if nice => &self.exercise_program_nice,
            Advice::ExerciseProgram => &self.exercise_program,
            Advice::SpecialistReferral => &self.specialist_referral,
            Advice::StayActive => &self.stay_active,
            Advice::Work => &self.work,
            Advice::PainRelief => match follows {
                Guideline::Norwegian => &self.pain_relief_norwegian,
                Guideline::Nice => &self.pain_relief_nice,
                Guideline::Danish => &self.pain_relief_danish,
            },
            Advice::PainReliefLongLasting if nice => &self.pain_relief_long_lasting_nice,
            Advice::PainReliefLongLasting => &self.pain_relief_long_lasting,
            Advice::Heat => &self.heat,
            Advice::OtherHelp => &self.other_help,
            Advice::Outlook => &self.outlook,
            Advice::OutlookLongLasting => &self.outlook_long_lasting,
            Advice::Prevention => &self.prevention,
            Advice::SafetyNet => &self.safety_net,
        }
    }
}

/// How one country's services are named in one language.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct ServiceNames {
    /// The reader's own doctor, as it fits in a sentence: "your GP", "fastlegen din".
    pub gp: &'static str,
    /// The out-of-hours or advice service: "NHS 111", "legevakten". (A Danish region's line
    /// goes by its own name instead: `DkRegion::service_name`.)
    pub ooh_name: &'static str,
    /// Where the number stands when it depends on a region not known (Denmark): "the number
    /// for your region, listed under Who to contact"; "" elsewhere.
    pub ooh_by_region: &'static str,
    /// The emergency result's headline, by the country's `EmergencyRoute`: "Call 999 or go to
    /// A&E now", "Ring til en læge nu – det haster" (`{emergency_headline}`).
    pub emergency_headline: &'static str,
    /// What to do on the emergency result, under its call buttons: whom to call first, where
    /// (not) to go, and what if the call does not get through.
    pub emergency_steps: &'static str,
    /// The safety net's lead before the emergency signs: "Call 999 or go to A&E at once if you
    /// get:" (`{emergency_safety_net}`).
    pub emergency_safety_net: &'static str,
    /// The emergency result's headline after a serious accident, by the country's injury
    /// route (`Country::injury_route`): "Call 999 or go to A&E now", "Ring legevakten nå"
    /// (`{injury_headline}`).
    pub injury_headline: &'static str,
    /// What to do after a serious accident, under the call buttons.
    pub injury_steps: &'static str,
    /// Who else can help with back pain in this country, and whether a referral is needed.
    pub other_help: &'static str,
    /// How long self-care may go on before the reader books a doctor, as it fits in "if it is
    /// not clearly better within …": about 4 weeks (the brochure, NICE CKS), a couple of weeks
    /// in Sweden (1177) (`{check_after}`, as `Country::check_after_days` counts it).
    pub check_after: &'static str,
}

/// The safety net as short lists, and when to come back.
#[derive(Clone, Copy, Debug)]
pub struct SafetyNetTexts {
    /// The new signs that mean calling the emergency number (after `advice.safety_net.body`).
    pub emergency_signs: [&'static str; 3],
    /// "Contact a doctor the same day if you get:".
    pub same_day_lead: &'static str,
    /// The new signs that mean a doctor the same day.
    pub same_day_signs: [&'static str; 3],
    /// When to come back, for each outcome but an emergency.
    pub come_back: ComeBack,
}

/// When to come back, by outcome.
#[derive(Clone, Copy, Debug)]
#[allow(missing_docs)]
pub struct ComeBack {
    pub urgent: &'static str,
    pub soon: &'static str,
    pub self_care: &'static str,
}

impl ComeBack {
    /// The text for `urgency`; `None` for an emergency (nothing distracts from the call).
    pub fn get(&self, urgency: Urgency) -> Option<&'static str> {
        match urgency {
            Urgency::Emergency => None,
            Urgency::Urgent => Some(self.urgent),
            Urgency::Soon => Some(self.soon),
            Urgency::SelfCare => Some(self.self_care),
        }
    }
}

/// Each kind of source described in the reader's language, after its original title.
#[derive(Clone, Copy, Debug)]
#[allow(missing_docs)]
pub struct SourceKinds {
    pub norwegian_brochure: &'static str,
    pub swedish_1177: &'static str,
    pub norwegian_public: &'static str,
    pub norwegian_medicines_agency: &'static str,
    pub norwegian_product_information: &'static str,
    pub danish_health_authority: &'static str,
    pub danish_region: &'static str,
    pub swedish_hospital: &'static str,
    pub nhs_website: &'static str,
    pub nice_cks: &'static str,
    pub nice_guideline: &'static str,
}

impl SourceKinds {
    /// The description of `kind`.
    pub fn get(&self, kind: SourceKind) -> &'static str {
        match kind {
            SourceKind::NorwegianBrochure => self.norwegian_brochure,
            SourceKind::Swedish1177 => self.swedish_1177,
            SourceKind::NorwegianPublic => self.norwegian_public,
            SourceKind::NorwegianMedicinesAgency => self.norwegian_medicines_agency,
            SourceKind::NorwegianProductInformation => self.norwegian_product_information,
            SourceKind::DanishHealthAuthority => self.danish_health_authority,
            SourceKind::DanishRegion => self.danish_region,
            SourceKind::SwedishHospital => self.swedish_hospital,
            SourceKind::NhsWebsite => self.nhs_website,
            SourceKind::NiceCks => self.nice_cks,
            SourceKind::NiceGuideline => self.nice_guideline,
        }
    }
}

/// The clinical content's own texts: the safety net's lists, the guideline each country
/// follows, Denmark's regions, and how sources are described.
#[derive(Clone, Copy, Debug)]
pub struct CareTexts {
    /// The safety net's lists and when to come back.
    pub safety_net: SafetyNetTexts,
    /// The content's basis where the country follows the Norwegian guideline (`{basis}`).
    pub basis_norwegian: &'static str,
    /// The content's basis where the country follows NICE (`{basis}`).
    pub basis_nice: &'static str,
    /// The content's basis in Denmark: the Norwegian guideline, and Sundhedsstyrelsen's on
    /// imaging (2016) and painkillers (2025) (`{basis}`).
    pub basis_danish: &'static str,
    /// Above the list of Denmark's regions: "Out-of-hours numbers by region".
    pub dk_regions: &'static str,
    /// `{ibuprofen_limit}` where the country's sources state the limit: "at most 1,200 mg a
    /// day without a prescription".
    pub ibuprofen_limit: &'static str,
    /// `{ibuprofen_limit}` elsewhere: "no more than the leaflet says".
    pub ibuprofen_limit_leaflet: &'static str,
    /// A former Danish region as part of the region that took it over (from 2027, Region
    /// Østdanmark): `{region}` the new region, `{former}` the former one's name.
    pub dk_region_part: &'static str,
    /// When a Danish region's line takes calls, beside its number (clinical review §3.2).
    pub dk_hours: DkHoursTexts,
    /// Each kind of source, described.
    pub source_kinds: SourceKinds,
}

/// When a Danish region's out-of-hours line takes calls (`country::OutOfHoursOpen`), in the
/// reader's language: the numbers are Danish whatever the language.
#[derive(Clone, Copy, Debug)]
pub struct DkHoursTexts {
    /// Weekdays 16–8, weekends and public holidays, when the reader's own doctor is closed.
    pub when_own_doctor_closed: &'static str,
    /// The same, and injuries at any hour (1813, 1818).
    pub when_own_doctor_closed_injuries_any_hour: &'static str,
}

impl DkHoursTexts {
    /// The text for `open`.
    /// What a line with `open` adds to the hours every region's line keeps
    /// (`when_own_doctor_closed`): "Ved skader: hele døgnet"; `None` when nothing.
    pub fn beyond_the_common_hours(&self, open: OutOfHoursOpen) -> Option<&'static str> {
        let more = self.get(open).strip_prefix(self.when_own_doctor_closed)?;
        let more = more.trim_start_matches(['.', ' ']);
        (!more.is_empty()).then_some(more)
    }

    pub fn get(&self, open: OutOfHoursOpen) -> &'static str {
        match open {
            OutOfHoursOpen::WhenOwnDoctorClosed => self.when_own_doctor_closed,
            OutOfHoursOpen::WhenOwnDoctorClosedInjuriesAnyHour => self.when_own_doctor_closed_injuries_any_hour,
        }
    }
}

/// Which country the numbers shown are for, and the words used when the host has not said
/// (`country::Numbers`).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct NumbersTexts {
    /// "These phone numbers are for {country}.", on the start screen, every result and the
    /// summary, beside the numbers.
    pub numbers_for: &'static str,
    /// Each country's name as it fits in `numbers_for`, in the order of `Country::ALL`.
    pub country_names: [&'static str; 4],
    /// After `numbers_for` with the UK's numbers: 111 is for England, Scotland and Wales; in
    /// Northern Ireland, the GP or GP Out of Hours (review point 47).
    pub northern_ireland: &'static str,
    /// In place of `numbers_for` without a confirmed country: the site has not said which
    /// country, so only `{emergency}` (112), which works in all four countries.
    pub unconfirmed: &'static str,
    /// The out-of-hours service with its number, exactly as this language's texts write it:
    /// "{ooh_name} on {ooh}". Without a confirmed country it is replaced whole by
    /// `ooh_without_number`.
    pub ooh_with_number: &'static str,
    /// The out-of-hours service named without a number: "your local out-of-hours service".
    pub ooh_without_number: &'static str,
    /// The emergency result's headline without a confirmed country: "Call {emergency} now".
    pub emergency_headline: &'static str,
    /// Under its one call button.
    pub emergency_steps: &'static str,
    /// The safety net's lead before the emergency signs: "Call {emergency} at once if you get:".
    pub emergency_safety_net: &'static str,
}

impl NumbersTexts {
    /// `names` for `place`: the country's own, or, without a confirmed country, with the
    /// emergency texts of the unconfirmed place and the out-of-hours service named without a
    /// number. "Who else can help" and the self-care time still follow the country.
    fn service_names(&self, names: ServiceNames, place: Place) -> ServiceNames {
        match place.numbers {
            Numbers::National => names,
            Numbers::Unconfirmed => ServiceNames {
                ooh_name: self.ooh_without_number,
                ooh_by_region: "",
                emergency_headline: self.emergency_headline,
                emergency_steps: self.emergency_steps,
                emergency_safety_net: self.emergency_safety_net,
                // A serious accident too: 112 alone, as for a nerve sign.
                injury_headline: self.emergency_headline,
                injury_steps: self.emergency_steps,
                ..names
            },
        }
    }

    /// The line that says which country the numbers are for (with Northern Ireland's
    /// exception for the UK), or that no country was given and only 112 is shown.
    pub fn line(&self, place: Place) -> String {
        match place.numbers_country() {
            Some(country) => {
                let line = fill(self.numbers_for, &[("country", self.country_names[country_index(country)])]);
                if country == Country::Gb { format!("{line} {}", self.northern_ireland) } else { line }
            }
            None => fill(self.unconfirmed, &[("emergency", place.emergency_number())]),
        }
    }
}

/// Who is responsible for offering the tool, said after the intended use (issue 25): the start
/// screen, every result and the summary (`crate::render::start_screen::operator_note`, `note_text`).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct OperatorTexts {
    /// The host's operator (`operator-name`) and where to report errors (`operator-contact`):
    /// `{operator}`, `{contact}`.
    pub named: &'static str,
    /// Without a named operator: the owner of the website the reader is on is responsible.
    pub site: &'static str,
}

/// Every text of one language.
#[derive(Clone, Copy, Debug)]
pub struct Texts {
    /// The language's own name, e.g. "Norsk".
    pub language_name: &'static str,
    /// The widget's title.
    pub title: &'static str,
    /// What it does, in one or two sentences.
    pub intro: &'static str,
    /// The intended use: for people aged 16 and over; advice, not a diagnosis; not a certified
    /// medical device; not for emergencies; the content's `{basis}` and the date `{checked}`.
    pub disclaimer: &'static str,
    /// Who is responsible for offering the tool: the host's operator, or the site's owner.
    pub operator: OperatorTexts,
    /// Nothing leaves the browser.
    pub privacy: &'static str,
    /// In place of Start when the widget cannot load: the nerve signs (cauda equina) and the
    /// emergency number, `{emergency}`, which the element's script makes a link of
    /// (`FALLBACK` in the generated start-screen.js, `showFallback` in `www/package/src/first-screen.js`).
    pub load_failed: &'static str,
    /// Shown before the first question, beside the emergency number: "Acutely ill? Call".
    pub emergency_lead: &'static str,
    /// The text of a `tel:` link: "Call {emergency}" style, with `{number}`.
    pub call_number: &'static str,
    /// Start button.
    pub start: &'static str,
    /// "Step {x} of {n}".
    pub step_of: &'static str,
    /// Next button.
    pub next: &'static str,
    /// Next button on the last step.
    pub show_result: &'static str,
    /// Next button after a "yes" to an emergency sign.
    pub show_what_to_do_now: &'static str,
    /// Back button.
    pub back: &'static str,
    /// Start again button.
    pub restart: &'static str,
    /// Change my answers button.
    pub change_answers: &'static str,
    /// Yes.
    pub yes: &'static str,
    /// No.
    pub no: &'static str,
    /// Shown on a question left unanswered.
    pub please_answer: &'static str,
    /// The heading of each step, by step id.
    pub step_headings: StepHeadings,
    /// The yes/no questions.
    pub signs: BySign<Prompt>,
    /// The age question.
    pub age: Prompt,
    /// Shown when the typed age is not a whole number from 0 to 120.
    pub age_invalid: &'static str,
    /// The duration question.
    pub duration: Prompt,
    /// The duration choices, shortest first (see `DurationChoice::ALL`).
    pub duration_choices: [&'static str; 8],
    /// The trend question.
    pub trend: Prompt,
    /// Better, about the same, worse.
    pub trend_choices: [&'static str; 3],
    /// The result's headline for each urgency.
    pub headline: ByUrgency<&'static str>,
    /// A sentence under the headline for each urgency.
    pub headline_body: ByUrgency<&'static str>,
    /// Under the headline after a serious accident (`EmergencyKind::Injury`), in place of the
    /// emergency's body, which speaks of the nerves: why the back is checked today.
    pub injury_body: &'static str,
    /// The result screen's layout texts: call-button lead, section summaries, follow-up, reminder.
    pub result: ResultTexts,
    /// What each category means, in plain words.
    pub category: CategoryTexts,
    /// "Who to contact".
    pub contacts_heading: &'static str,
    /// Label for the emergency number.
    pub emergency_label: &'static str,
    /// Label for the out-of-hours number: "{ooh_name}".
    pub ooh_label: &'static str,
    /// The host's own clinic on the result (`clinic-name`, `clinic-tel`, `clinic-url`).
    pub clinic: ClinicTexts,
    /// "Why".
    pub why_heading: &'static str,
    /// The reasons.
    pub reasons: ByRule,
    /// "Source".
    pub source_label: &'static str,
    /// "What to do" (duration advice and self-care).
    pub advice_heading: &'static str,
    /// The advice texts.
    pub advice: ByAdvice,
    /// The clinical content's own texts: safety-net lists, basis, Danish regions, source kinds.
    pub care: CareTexts,
    /// "Your answers".
    pub summary_heading: &'static str,
    /// "years", after the age in the summary.
    pub years: &'static str,
    /// The button that prints the summary for a clinician (or saves it as PDF).
    pub print: &'static str,
    /// The button that copies the summary as plain text.
    pub copy_text: &'static str,
    /// Said once the summary is copied.
    pub copied: &'static str,
    /// Said when copying is not possible.
    pub copy_failed: &'static str,
    /// "Date", in the summary.
    pub date_label: &'static str,
    /// Which country the numbers are for, and the words without a confirmed country.
    pub numbers: NumbersTexts,
    /// The names of each country's services.
    pub services: fn(Country) -> ServiceNames,
}

impl Texts {
    /// The names of the services at `place`: the country's (`services`), or without a
    /// confirmed country those of [`NumbersTexts`] where a number would be.
    pub fn service_names(&self, place: Place) -> ServiceNames {
        self.numbers.service_names((self.services)(place.country), place)
    }
}

/// The block that sends the reader to the host's own clinic. `{clinic}` is the clinic's name
/// (plain text, as the host gave it); the call button reuses the `call_number` text of [`Texts`].
#[derive(Clone, Copy, Debug)]
pub struct ClinicTexts {
    /// The block's heading: "Contact {clinic}".
    pub heading: &'static str,
    /// Under the heading on an `urgent` result, where the block follows the national contacts.
    pub urgent: &'static str,
    /// Under the heading on a `soon` result, where the block comes first.
    pub soon: &'static str,
    /// Under the heading on a `self_care` result, where the block comes first.
    pub self_care: &'static str,
    /// The link to the clinic's web page, naming the clinic so it makes sense on its own.
    pub website: &'static str,
}

/// The heading of each step.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
#[allow(missing_docs)]
pub struct StepHeadings {
    pub bladder_or_bowel: &'static str,
    pub saddle_numbness: &'static str,
    pub both_legs: &'static str,
    pub warning_signs: &'static str,
    pub health_history: &'static str,
    pub the_pain: &'static str,
    pub age: &'static str,
    pub duration: &'static str,
    pub trend: &'static str,
    pub daily_life: &'static str,
}

impl StepHeadings {
    /// The heading of step `id`. Exhaustive: a new step does not compile until every language has a heading.
    pub fn get(&self, id: StepId) -> &'static str {
        match id {
            StepId::BladderOrBowel => self.bladder_or_bowel,
            StepId::SaddleNumbness => self.saddle_numbness,
            StepId::BothLegs => self.both_legs,
            StepId::WarningSigns => self.warning_signs,
            StepId::HealthHistory => self.health_history,
            StepId::ThePain => self.the_pain,
            StepId::Age => self.age,
            StepId::Duration => self.duration,
            StepId::Trend => self.trend,
            StepId::DailyLife => self.daily_life,
        }
    }
}

/// What each category means.
#[derive(Clone, Copy, Debug)]
#[allow(missing_docs)]
pub struct CategoryTexts {
    pub nonspecific: &'static str,
    pub nerve_root: &'static str,
    pub possible_serious: &'static str,
}

impl CategoryTexts {
    /// The text for `category`.
    pub fn get(&self, category: Category) -> &'static str {
        match category {
            Category::Nonspecific => self.nonspecific,
            Category::NerveRoot => self.nerve_root,
            Category::PossibleSerious => self.possible_serious,
        }
    }
}

/// The texts a FHIR Questionnaire or QuestionnaireResponse carries (`crate::fhir`), copied out
/// of each language's texts when compiling: code that needs only these (the core WASM's
/// `questionnaire` and the widget's QuestionnaireResponse) then links only these strings,
/// not every text of every language, as going through `Lang::texts` would.
#[derive(Clone, Copy, Debug)]
pub struct QuestionTexts {
    /// The widget's title.
    pub title: &'static str,
    /// Yes.
    pub yes: &'static str,
    /// No.
    pub no: &'static str,
    /// Each yes/no question.
    pub signs: BySign<&'static str>,
    /// The age question.
    pub age: &'static str,
    /// The duration question.
    pub duration: &'static str,
    /// The duration choices, shortest first.
    pub duration_choices: [&'static str; 8],
    /// The trend question.
    pub trend: &'static str,
    /// Better, about the same, worse.
    pub trend_choices: [&'static str; 3],
}

impl QuestionTexts {
    const fn of(t: &Texts) -> QuestionTexts {
        QuestionTexts {
            title: t.title,
            yes: t.yes,
            no: t.no,
            signs: BySign {
                bladder_or_bowel_problems: t.signs.bladder_or_bowel_problems.question,
                saddle_numbness: t.signs.saddle_numbness.question,
                both_legs: t.signs.both_legs.question,
                leg_weakness: t.signs.leg_weakness.question,
                leg_numbness: t.signs.leg_numbness.question,
                fever_or_unwell: t.signs.fever_or_unwell.question,
                trauma: t.signs.trauma.question,
                minor_fall: t.signs.minor_fall.question,
                weight_loss: t.signs.weight_loss.question,
                cancer_history: t.signs.cancer_history.question,
                constant_night_pain: t.signs.constant_night_pain.question,
                osteoporosis_or_steroids: t.signs.osteoporosis_or_steroids.question,
                pain_below_knee: t.signs.pain_below_knee.question,
                uncontrolled_pain: t.signs.uncontrolled_pain.question,
                major_impact: t.signs.major_impact.question,
                worried: t.signs.worried.question,
            },
            age: t.age.question,
            duration: t.duration.question,
            duration_choices: t.duration_choices,
            trend: t.trend.question,
            trend_choices: t.trend_choices,
        }
    }
}

impl Lang {
    /// The question texts in this language (see [`QuestionTexts`]).
    pub fn question_texts(self) -> &'static QuestionTexts {
        const NB: QuestionTexts = QuestionTexts::of(&nb::TEXTS);
        const NN: QuestionTexts = QuestionTexts::of(&nn::TEXTS);
        const SV: QuestionTexts = QuestionTexts::of(&sv::TEXTS);
        const DA: QuestionTexts = QuestionTexts::of(&da::TEXTS);
        const EN: QuestionTexts = QuestionTexts::of(&en::TEXTS);
        match self {
            Lang::Nb => &NB,
            Lang::Nn => &NN,
            Lang::Sv => &SV,
            Lang::Da => &DA,
            Lang::En => &EN,
        }
    }
}

/// The texts the widget's own WASM shows: the start screen, the questions, the result's
/// headline (while the result's WASM loads, and as the live region says it on a change of
/// language) and the clipboard's replies. Copied out of each language's texts when compiling,
/// like [`QuestionTexts`]: the widget then links only these strings, and the result's texts
/// (advice, reasons, sources, the safety net) travel in the result's WASM alone.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
#[allow(missing_docs)] // each field is the field of the same name in `Texts`
pub struct WidgetTexts {
    pub title: &'static str,
    pub intro: &'static str,
    pub disclaimer: &'static str,
    pub operator: OperatorTexts,
    pub privacy: &'static str,
    pub emergency_lead: &'static str,
    pub call_number: &'static str,
    pub start: &'static str,
    pub step_of: &'static str,
    pub next: &'static str,
    pub show_result: &'static str,
    pub show_what_to_do_now: &'static str,
    pub back: &'static str,
    pub restart: &'static str,
    pub change_answers: &'static str,
    pub yes: &'static str,
    pub no: &'static str,
    pub please_answer: &'static str,
    pub step_headings: StepHeadings,
    pub signs: BySign<Prompt>,
    pub age: Prompt,
    pub age_invalid: &'static str,
    pub duration: Prompt,
    pub duration_choices: [&'static str; 8],
    pub trend: Prompt,
    pub trend_choices: [&'static str; 3],
    pub headline: ByUrgency<&'static str>,
    pub copied: &'static str,
    pub copy_failed: &'static str,
    /// What [`fill_place`] fills in: the services' names and the content's basis.
    pub places: PlaceTexts,
}

/// What [`fill_place`] needs of a language's texts.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct PlaceTexts {
    /// Each country's service names, in the order of `Country::ALL`.
    names: [ServiceNames; 4],
    /// The content's basis where the Norwegian guideline is followed (`{basis}`).
    pub basis_norwegian: &'static str,
    /// The content's basis where NICE is followed (`{basis}`).
    pub basis_nice: &'static str,
    /// The content's basis where Denmark's guidance is followed (`{basis}`).
    pub basis_danish: &'static str,
    /// Which country the numbers are for, and the words without a confirmed one.
    pub numbers: NumbersTexts,
}

/// Where `country` is in `Country::ALL`.
const fn country_index(country: Country) -> usize {
    match country {
        Country::No => 0,
        Country::Se => 1,
        Country::Dk => 2,
        Country::Gb => 3,
    }
}

/// `names` without "who else can help", the emergency result's steps, the safety net's lead
/// and when to come back, which only the result's WASM shows: the widget's WASM then links none of those longer
/// texts.
const fn without_other_help(names: ServiceNames) -> ServiceNames {
    ServiceNames {
        other_help: "",
        emergency_steps: "",
        emergency_safety_net: "",
        injury_steps: "",
        check_after: "",
        ..names
    }
}

impl PlaceTexts {
    /// Every service name of `t`.
    fn of(t: &Texts) -> PlaceTexts {
        PlaceTexts {
            names: Country::ALL.map(t.services),
            basis_norwegian: t.care.basis_norwegian,
            basis_nice: t.care.basis_nice,
            basis_danish: t.care.basis_danish,
            numbers: t.numbers,
        }
    }

    /// For the widget: `services` is the language's own function, called when compiling; no
    /// `{other_help}`, which no text of the widget holds.
    const fn for_widget(t: &Texts, services: [ServiceNames; 4]) -> PlaceTexts {
        PlaceTexts {
            names: [
                without_other_help(services[0]),
                without_other_help(services[1]),
                without_other_help(services[2]),
                without_other_help(services[3]),
            ],
            basis_norwegian: t.care.basis_norwegian,
            basis_nice: t.care.basis_nice,
            basis_danish: t.care.basis_danish,
            // Without the emergency result's steps and the safety net's lead, as above.
            numbers: NumbersTexts { emergency_steps: "", emergency_safety_net: "", ..t.numbers },
        }
    }

    /// The line saying which country the numbers are for ([`NumbersTexts::line`]).
    pub fn numbers_line(&self, place: Place) -> String {
        self.numbers.line(place)
    }

    /// `template` filled with the numbers, service names and guidance of `place`.
    pub fn for_place(&self, template: &str, place: Place) -> String {
        let names = self.numbers.service_names(self.names[country_index(place.country)], place);
        let (ooh_name, ooh) = out_of_hours_named(names, place);
        // Without a confirmed country, "{ooh_name} on {ooh}" becomes words naming no number.
        let template = match place.numbers {
            Numbers::National => template.to_owned(),
            Numbers::Unconfirmed => template.replace(self.numbers.ooh_with_number, self.numbers.ooh_without_number),
        };
        let basis = match place.country.follows() {
            Guideline::Norwegian => self.basis_norwegian,
            Guideline::Nice => self.basis_nice,
            Guideline::Danish => self.basis_danish,
        };
        fill(
            &template,
            &[
                // First: these hold placeholders of their own, filled by the pairs after them.
                ("emergency_headline", names.emergency_headline),
                ("injury_headline", names.injury_headline),
                ("emergency_safety_net", names.emergency_safety_net),
                ("emergency", place.emergency_number()),
                ("ooh_name", ooh_name),
                ("ooh", ooh),
                ("gp", names.gp),
                ("other_help", names.other_help),
                ("check_after", names.check_after),
                ("basis", basis),
                ("checked", CONTENT_CHECKED),
            ],
        )
    }
}

impl WidgetTexts {
    const fn of(t: &Texts, services: [ServiceNames; 4]) -> WidgetTexts {
        WidgetTexts {
            title: t.title,
            intro: t.intro,
            disclaimer: t.disclaimer,
            operator: t.operator,
            privacy: t.privacy,
            emergency_lead: t.emergency_lead,
            call_number: t.call_number,
            start: t.start,
            step_of: t.step_of,
            next: t.next,
            show_result: t.show_result,
            show_what_to_do_now: t.show_what_to_do_now,
            back: t.back,
            restart: t.restart,
            change_answers: t.change_answers,
            yes: t.yes,
            no: t.no,
            please_answer: t.please_answer,
            step_headings: t.step_headings,
            signs: t.signs,
            age: t.age,
            age_invalid: t.age_invalid,
            duration: t.duration,
            duration_choices: t.duration_choices,
            trend: t.trend,
            trend_choices: t.trend_choices,
            headline: t.headline,
            copied: t.copied,
            copy_failed: t.copy_failed,
            places: PlaceTexts::for_widget(t, services),
        }
    }
}

impl Lang {
    /// The widget's texts in this language (see [`WidgetTexts`]).
    pub fn widget_texts(self) -> &'static WidgetTexts {
        // Each language's service names, by calling its `services` when compiling (a `const
        // fn`; `Texts::services` is only a pointer to it, which a constant cannot call).
        macro_rules! widget_texts {
            ($lang:ident) => {
                WidgetTexts::of(
                    &$lang::TEXTS,
                    [
                        $lang::services(Country::ALL[0]),
                        $lang::services(Country::ALL[1]),
                        $lang::services(Country::ALL[2]),
                        $lang::services(Country::ALL[3]),
                    ],
                )
            };
        }
        const NB: WidgetTexts = widget_texts!(nb);
        const NN: WidgetTexts = widget_texts!(nn);
        const SV: WidgetTexts = widget_texts!(sv);
        const DA: WidgetTexts = widget_texts!(da);
        const EN: WidgetTexts = widget_texts!(en);
        match self {
            Lang::Nb => &NB,
            Lang::Nn => &NN,
            Lang::Sv => &SV,
            Lang::Da => &DA,
            Lang::En => &EN,
        }
    }
}

/// `template` with each `{key}` replaced by its value.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values.iter().fold(template.to_owned(), |text, (key, value)| text.replace(&format!("{{{key}}}"), value))
}

/// `template` filled with the numbers and service names of `country` in `lang`, the country
/// confirmed by the host (in Denmark, without a region: every region's number is listed apart).
/// Without a confirmed country, use [`fill_place`] with `Place::unconfirmed`.
pub fn fill_country(template: &str, lang: Lang, country: Country) -> String {
    fill_place(template, lang, country.into())
}

/// The out-of-hours service for `place` in `lang`: its name and its number, or, in Denmark
/// without a region, where the reader finds the number (the list of regions).
pub fn out_of_hours(lang: Lang, place: Place) -> (&'static str, &'static str) {
    out_of_hours_named(lang.texts().service_names(place), place)
}

/// [`out_of_hours`] with the service `names` at `place` in the reader's language. Without a
/// confirmed country, the service named without a number, and no number.
fn out_of_hours_named(names: ServiceNames, place: Place) -> (&'static str, &'static str) {
    match (place.out_of_hours(), place.dk_region()) {
        (OutOfHours::Line(number), Some(region)) => (region.service_name(), number),
        (OutOfHours::Line(number), None) => (names.ooh_name, number),
        (OutOfHours::EveryRegion, _) => (names.ooh_name, names.ooh_by_region),
        (OutOfHours::Withheld, _) => (names.ooh_name, ""),
    }
}

/// The line saying which country the numbers are for, in `lang` ([`NumbersTexts::line`]).
pub fn numbers_line(lang: Lang, place: Place) -> String {
    lang.texts().numbers.line(place)
}

/// `template` filled with the numbers, service names and guidance of `place` in `lang`, and
/// the ibuprofen limit of the pain-relief texts (only the result's texts hold that placeholder,
/// so the widget's [`PlaceTexts`] carry none).
pub fn fill_place(template: &str, lang: Lang, place: Place) -> String {
    let care = &lang.texts().care;
    let limit =
        if place.country.states_ibuprofen_limit() { care.ibuprofen_limit } else { care.ibuprofen_limit_leaflet };
    fill(&PlaceTexts::of(lang.texts()).for_place(template, place), &[("ibuprofen_limit", limit)])
}

/// Every Danish region with its out-of-hours line as the reader sees it on `date`, in `lang`:
/// (region, its name on that date, service name, number).
pub fn dk_regions(
    lang: Lang,
    date: CalendarDate,
) -> impl Iterator<Item = (DkRegion, String, &'static str, &'static str)> {
    DkRegion::ALL
        .into_iter()
        .map(move |r| (r, dk_region_name(lang, r, date), r.service_name(), r.out_of_hours_number()))
}

/// The name of Danish `region` as the reader sees it on `date`, in `lang`: its own name, or,
/// from 1 January 2027 for DK-84 and DK-85, "Region Østdanmark (formerly Region Hovedstaden)"
/// in the reader's words (the `dk_region_part` text of `CareTexts`), so that the reader who knows the old
/// name and the one who knows the new both find their line.
pub fn dk_region_name(lang: Lang, region: DkRegion, date: CalendarDate) -> String {
    match region.region_on(date) {
        Some(successor) => fill(lang.texts().care.dk_region_part, &[("region", successor), ("former", region.name())]),
        None => region.name().to_owned(),
    }
}

/// `sources` as the reader sees them in `lang`: each original title, then what it is in the
/// reader's words, then the section, e.g. «Verdt å vite om vond rygg» (Norwegian guideline
/// brochure, 2007), §6 «Når bør jeg oppsøke hjelp?». A further section of the same document
/// follows the first without its title again: «…» (…), §1 …; §5 ….
pub fn cite_for_reader(sources: &[Source], lang: Lang) -> String {
    cited_parts(sources, lang).into_iter().map(|(text, _)| text).collect::<Vec<_>>().join("; ")
}

/// [`cite_for_reader`] one source at a time: each part's text, with the address of the page
/// it names (each `Source`'s `url`), which the result screen links it to.
pub fn cited_parts(sources: &[Source], lang: Lang) -> Vec<(String, Option<&'static str>)> {
    let kinds = &lang.texts().care.source_kinds;
    let mut previous: Option<&Source> = None;
    let mut parts = vec![];
    for s in sources {
        let same_document = previous.is_some_and(|p| p.title == s.title && p.kind == s.kind);
        let text = match (same_document, s.section.is_empty()) {
            (true, false) => s.section.to_owned(),
            (_, true) => format!("{} ({})", s.title, kinds.get(s.kind)),
            (false, false) => format!("{} ({}), {}", s.title, kinds.get(s.kind), s.section),
        };
        parts.push((text, s.url));
        previous = Some(s);
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::country::DkRegion;

    #[test]
    fn the_widgets_place_texts_fill_its_texts_as_fill_place_does() {
        for (i, country) in Country::ALL.into_iter().enumerate() {
            assert_eq!(country_index(country), i);
        }
        for lang in Lang::ALL {
            let w = lang.widget_texts();
            let templates =
                [w.disclaimer, w.headline.emergency, w.headline.urgent, w.headline.soon, w.headline.self_care];
            for country in Country::ALL {
                for region in std::iter::once(None).chain(DkRegion::ALL.map(Some)) {
                    for place in [
                        Place::new(country, region),
                        Place { numbers: Numbers::Unconfirmed, ..Place::new(country, region) },
                    ] {
                        for template in templates {
                            assert!(!template.contains("{other_help}"), "{template}");
                            assert_eq!(w.places.for_place(template, place), fill_place(template, lang, place));
                        }
                        assert_eq!(w.places.numbers_line(place), numbers_line(lang, place));
                    }
                }
            }
        }
    }
}
