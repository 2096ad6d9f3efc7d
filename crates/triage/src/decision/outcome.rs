//! What the triage decides: the `Outcome` half of the JSON contract.

use serde::{Serialize, Serializer};

use super::answers::Field;

/// How soon the reader should see a clinician. Ordered from least to most urgent, so the
/// outcome is simply the maximum over the rules that fire.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Urgency {
    /// Look after the back at home.
    SelfCare,
    /// Book an appointment with a doctor within days.
    Soon,
    /// Contact a doctor or the out-of-hours service today.
    Urgent,
    /// Act now: a sign of pressure on the nerves at the base of the spine, or a serious
    /// accident, each by the country's own route.
    Emergency,
}

impl Urgency {
    /// Every level, least urgent first.
    pub const ALL: [Urgency; 4] = [Urgency::SelfCare, Urgency::Soon, Urgency::Urgent, Urgency::Emergency];

    /// The value in the JSON contract.
    pub const fn as_str(self) -> &'static str {
        match self {
            Urgency::SelfCare => "self_care",
            Urgency::Soon => "soon",
            Urgency::Urgent => "urgent",
            Urgency::Emergency => "emergency",
        }
    }
}

/// The brochure's three kinds of low back pain (§1), as far as answers can suggest one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// Common, non-specific low back pain (lumbago): 85–90 %.
    Nonspecific,
    /// Nerve root pain (sciatica), radiating below the knee: 5–10 %.
    NerveRoot,
    /// Signs that another disease (fracture, infection, inflammation, tumour) must be ruled out: 1–5 %.
    PossibleSerious,
}

impl Category {
    /// The value in the JSON contract.
    pub const fn as_str(self) -> &'static str {
        match self {
            Category::Nonspecific => "nonspecific",
            Category::NerveRoot => "nerve_root",
            Category::PossibleSerious => "possible_serious",
        }
    }
}

/// One piece of advice the reader is given, in the order it is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Advice {
    /// A sign of pressure on the nerves at the base of the spine (cauda equina): act now, by
    /// the country's emergency route (`country::EmergencyRoute`).
    CallEmergency,
    /// A serious accident, with no sign of pressure on the nerves: get care for the injury
    /// now, by the country's injury route (an X-ray or scan the same day, not a GP slot).
    InjuryCareNow,
    /// Contact a doctor or the out-of-hours service today.
    ContactDoctorToday,
    /// Book an appointment with a doctor within days.
    BookAppointment,
    /// Ask whether imaging is warranted: pain nearly unchanged after 4–6 weeks (brochure §7).
    ImagingReview,
    /// A guided exercise programme when problems persist ~4–6 weeks (brochure §7).
    ExerciseProgram,
    /// Referral to a specialist or back clinic after 6–8 weeks of significant problems (brochure §7).
    SpecialistReferral,
    /// Keep as normally active as you can; avoid bed rest (brochure §5).
    StayActive,
    /// Work and daily life: keep working or go back soon, with changes agreed with the
    /// employer; graded sick leave before full; no need to wait until the pain is gone
    /// (brochure §5, §7).
    Work,
    /// Non-prescription pain relief for acute pain, following the country's own guidance.
    PainRelief,
    /// Pain lasting more than 12 weeks: medicines help little for long-lasting back pain
    /// (brochure §7); given instead of `PainRelief`.
    PainReliefLongLasting,
    /// Heat may be tried for acute pain (brochure §7).
    Heat,
    /// Who else can help: physiotherapists, chiropractors, manual therapists, and whether the
    /// country lets the reader go to them without a referral.
    OtherHelp,
    /// What to expect: most get better within weeks; relapses are common and not dangerous;
    /// nerve-root pain often takes months (brochure §8).
    Outlook,
    /// Pain lasting more than 12 weeks: it can come and go over a long time without being
    /// dangerous, many learn to manage it, and an examination and help back to everyday life
    /// are worth having (brochure §7, §8); given instead of `Outlook`, whose "better within a
    /// few weeks" that reader is past.
    OutlookLongLasting,
    /// Regular exercise and less sitting to prevent relapses (brochure §9; Swedish article).
    Prevention,
    /// Which new signs mean seeking help at once.
    SafetyNet,
}

impl Advice {
    /// Whether this is what a result's headline tells the reader to do (call, contact today,
    /// book), rather than an item of advice.
    pub const fn is_action(self) -> bool {
        matches!(
            self,
            Advice::CallEmergency | Advice::InjuryCareNow | Advice::ContactDoctorToday | Advice::BookAppointment
        )
    }

    /// Every code, in the order they are shown.
    pub const ALL: [Advice; 17] = [
        Advice::CallEmergency,
        Advice::InjuryCareNow,
        Advice::ContactDoctorToday,
        Advice::BookAppointment,
        Advice::ImagingReview,
        Advice::ExerciseProgram,
        Advice::SpecialistReferral,
        Advice::StayActive,
        Advice::Work,
        Advice::PainRelief,
        Advice::PainReliefLongLasting,
        Advice::Heat,
        Advice::OtherHelp,
        Advice::Outlook,
        Advice::OutlookLongLasting,
        Advice::Prevention,
        Advice::SafetyNet,
    ];

    /// The code in the JSON contract.
    pub const fn code(self) -> &'static str {
        match self {
            Advice::CallEmergency => "call_emergency",
            Advice::InjuryCareNow => "injury_care_now",
            Advice::ContactDoctorToday => "contact_doctor_today",
            Advice::BookAppointment => "book_appointment",
            Advice::ImagingReview => "imaging_review",
            Advice::ExerciseProgram => "exercise_program",
            Advice::SpecialistReferral => "specialist_referral",
            Advice::StayActive => "stay_active",
            Advice::Work => "work",
            Advice::PainRelief => "pain_relief",
            Advice::PainReliefLongLasting => "pain_relief_long_lasting",
            Advice::Heat => "heat",
            Advice::OtherHelp => "other_help",
            Advice::Outlook => "outlook",
            Advice::OutlookLongLasting => "outlook_long_lasting",
            Advice::Prevention => "prevention",
            Advice::SafetyNet => "safety_net",
        }
    }
}

/// Defines [`RuleId`]: each variant with its id in the JSON contract, written once.
macro_rules! rule_ids {
    ($($variant:ident => $id:literal,)*) => {
        /// The id of one rule of the table in `rules.rs` (or of the reason given when none fires).
        /// Serialised as its dotted contract name, `<effect>.<what>`, e.g. `emergency.saddle_numbness`.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum RuleId {
            $(#[doc = concat!("`", $id, "`")] $variant,)*
        }

        impl RuleId {
            /// Every rule id, in the order of the table.
            pub const ALL: &'static [RuleId] = &[$(RuleId::$variant,)*];

            /// The id in the JSON contract.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(RuleId::$variant => $id,)*
                }
            }

            /// The rule with contract id `id`; `None` for an id no rule has.
            pub fn parse(id: &str) -> Option<RuleId> {
                Self::ALL.iter().copied().find(|r| r.as_str() == id)
            }
        }
    };
}

rule_ids! {
    EmergencyBladderOrBowelProblems => "emergency.bladder_or_bowel_problems",
    EmergencySaddleNumbness => "emergency.saddle_numbness",
    EmergencyBothLegs => "emergency.both_legs",
    EmergencySeriousAccident => "emergency.serious_accident",
    UrgentLegWeakness => "urgent.leg_weakness",
    UrgentFeverOrUnwell => "urgent.fever_or_unwell",
    UrgentMinorFallWhenFragile => "urgent.minor_fall_when_fragile",
    UrgentCancerHistoryWithOtherCancerSign => "urgent.cancer_history_with_other_cancer_sign",
    UrgentWeightLoss => "urgent.weight_loss",
    UrgentConstantNightPain => "urgent.constant_night_pain",
    SoonLegNumbness => "soon.leg_numbness",
    SoonWeightLoss => "soon.weight_loss",
    SoonCancerHistory => "soon.cancer_history",
    SoonConstantNightPain => "soon.constant_night_pain",
    SoonOsteoporosisOrSteroids => "soon.osteoporosis_or_steroids",
    SoonUncontrolledPain => "soon.uncontrolled_pain",
    SoonWorried => "soon.worried",
    SoonMajorImpact => "soon.major_impact",
    SoonGettingWorse => "soon.getting_worse",
    SoonUnder16 => "soon.under_16",
    SoonOver50NotBetterAfter2Weeks => "soon.over_50_not_better_after_2_weeks",
    SoonNotBetterAfter2Weeks => "soon.not_better_after_2_weeks",
    SoonNotBetterAfter4Weeks => "soon.not_better_after_4_weeks",
    AdviceImagingAndExerciseAfter4Weeks => "advice.imaging_and_exercise_after_4_weeks",
    AdviceSpecialistAfter6Weeks => "advice.specialist_after_6_weeks",
    SelfCareNoWarningSigns => "self_care.no_warning_signs",
}

impl Serialize for RuleId {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// Why the outcome is what it is: one rule that fired, the answers that made it fire, and
/// where the rule comes from.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Reason {
    /// The rule's id, e.g. `emergency.saddle_numbness`.
    pub rule: RuleId,
    /// The answer fields that made it fire.
    pub answers: Vec<Field>,
    /// The rule's sources, cited in one line.
    pub source: String,
}

/// The triage's decision and its explanation.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Outcome {
    /// How soon to see a clinician.
    pub urgency: Urgency,
    /// Which kind of back pain the answers suggest.
    pub category: Category,
    /// What to do, in the order to show it.
    pub advice: Vec<Advice>,
    /// The rules behind the urgency and the duration advice.
    pub reasons: Vec<Reason>,
    /// Each advice item's sources in the reader's country, in the order of `advice`: present
    /// only when a country is given (CLI `--country`, `evaluate(answers, { country })`; see
    /// `Country::cite_advice`), so that without one the JSON is exactly as before.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub advice_sources: Option<Vec<AdviceSources>>,
}

/// The sources of one advice item in the reader's country.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct AdviceSources {
    /// The advice code.
    pub advice: Advice,
    /// Each source's citation (as `Reason.source` cites them, one string each).
    pub sources: Vec<&'static str>,
}

/// Which of the two kinds of emergency an outcome is: each has its own route in every country
/// (`country::Country::emergency_route`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EmergencyKind {
    /// A sign of pressure on the nerves at the base of the spine (cauda equina): time-critical,
    /// not life-threatening. Wins over an injury when both are answered.
    NerveCompression,
    /// A serious accident: the injury route (legevakt, 1813, akutmottagning, A&E).
    Injury,
}

/// What the answers decide, without the advice and the reasons ([`crate::decision::rules::verdict_in`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Verdict {
    /// How soon to see a clinician.
    pub urgency: Urgency,
    /// Which kind of back pain the answers suggest.
    pub category: Category,
    /// The kind of emergency, when the urgency is [`Urgency::Emergency`].
    pub emergency_kind: Option<EmergencyKind>,
}

impl Outcome {
    /// What to do, as the result's headline says it: call for help now (the nerve signs' or the
    /// injury's action), contact a doctor today, or book an appointment; `None` for self-care,
    /// whose advice items are all things to do at home. It is the first advice item
    /// (`rules::evaluate_in` puts it there), named here so that no screen has to know that.
    ///
    /// # Example
    /// ```
    /// use triage::decision::{Advice, Answers, Sign, Signs, Trend, evaluate};
    ///
    /// let mut answers = Answers { age: 40, duration_weeks: 1.0, trend: Trend::Better, yes: Signs::NONE };
    /// assert_eq!(evaluate(&answers).action(), None);
    /// answers.yes = answers.yes.with(Sign::FeverOrUnwell, true);
    /// let outcome = evaluate(&answers);
    /// assert_eq!(outcome.action(), Some(Advice::ContactDoctorToday));
    /// // The reason behind it, for the result's one sentence on why (`rules.rs`).
    /// assert_eq!(outcome.deciding_reason().map(|r| r.rule.as_str()), Some("urgent.fever_or_unwell"));
    /// ```
    pub fn action(&self) -> Option<Advice> {
        self.advice.first().copied().filter(|a| a.is_action())
    }

    /// The kind of emergency, when the urgency is [`Urgency::Emergency`]: read from the one
    /// action an emergency outcome carries ([`Advice::CallEmergency`] or
    /// [`Advice::InjuryCareNow`]).
    pub fn emergency_kind(&self) -> Option<EmergencyKind> {
        self.advice.iter().find_map(|advice| match advice {
            Advice::CallEmergency => Some(EmergencyKind::NerveCompression),
            Advice::InjuryCareNow => Some(EmergencyKind::Injury),
            _ => None,
        })
    }
}
