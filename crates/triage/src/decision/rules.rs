//! The rule table: every rule that decides what the reader is told, with its id and sources.
//!
//! Read this file top to bottom to know exactly what the triage does. The urgency is the
//! highest level any rule raises it to; rules only ever add, so answering one more question
//! "yes", or a longer duration, can never lower it (the tests check this exhaustively).

use super::answers::{Answers, Field, Sign, Trend};
use super::jurisdiction::Country;
use super::outcome::{Advice, Category, EmergencyKind, Outcome, Reason, RuleId, Urgency, Verdict};
use super::sources::{self, Source, cite};

use Sign::*;

/// When a rule fires. Kept as data, not code, so the table reads as the guideline does.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum When {
    /// The reader answered "yes" to this sign.
    Yes(Sign),
    /// "Yes" to the first sign together with "yes" to at least one of the others.
    YesWithAnyOf(Sign, &'static [Sign]),
    /// The pain is going this way.
    TrendIs(Trend),
    /// Younger than this many years.
    AgeUnder(u8),
    /// At least this many weeks, and the trend is one of these.
    LastingWithTrend(f64, &'static [Trend]),
    /// At least this old, at least this many weeks, and the trend is one of these.
    AgeFromLastingWithTrend(u8, f64, &'static [Trend]),
    /// At least this many weeks, and "yes" to this sign.
    LastingWith(f64, Sign),
    /// "Yes" to the first sign, and either "yes" to one of the others or at least this old:
    /// a minor fall matters when the bones may be brittle.
    YesWhenFragile(Sign, &'static [Sign], u8),
}

impl When {
    /// The answer fields that make this condition true, or `None` when it is false.
    pub fn fired_by(&self, a: &Answers) -> Option<Vec<Field>> {
        let lasting = |weeks: f64| a.duration_weeks >= weeks;
        match *self {
            When::Yes(s) => a.has(s).then(|| vec![Field::Sign(s)]),
            When::YesWithAnyOf(s, others) => {
                let with: Vec<Field> = others.iter().filter(|o| a.has(**o)).map(|o| Field::Sign(*o)).collect();
                (a.has(s) && !with.is_empty()).then(|| [vec![Field::Sign(s)], with].concat())
            }
            When::TrendIs(t) => (a.trend == t).then(|| vec![Field::Trend]),
            When::AgeUnder(years) => (a.age < years).then(|| vec![Field::Age]),
            When::LastingWithTrend(weeks, trends) => {
                (lasting(weeks) && trends.contains(&a.trend)).then(|| vec![Field::DurationWeeks, Field::Trend])
            }
            When::AgeFromLastingWithTrend(years, weeks, trends) => {
                (a.age >= years && lasting(weeks) && trends.contains(&a.trend))
                    .then(|| vec![Field::Age, Field::DurationWeeks, Field::Trend])
            }
            When::LastingWith(weeks, s) => {
                (lasting(weeks) && a.has(s)).then(|| vec![Field::DurationWeeks, Field::Sign(s)])
            }
            When::YesWhenFragile(s, fragile, from_age) => {
                let mut fields: Vec<Field> = fragile.iter().filter(|f| a.has(**f)).map(|f| Field::Sign(*f)).collect();
                if a.age >= from_age {
                    fields.push(Field::Age);
                }
                (a.has(s) && !fields.is_empty()).then(|| [vec![Field::Sign(s)], fields].concat())
            }
        }
    }
}

/// What a rule does when it fires.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Effect {
    /// Raises the urgency to at least this level.
    Raises(Urgency),
    /// Adds duration advice (never shown with an emergency, which must not be distracted from).
    Advises(&'static [Advice]),
}

/// Where a rule applies: most rules everywhere; a few only where that country's own service
/// sets a higher urgency than the shared table (rules only ever raise, so a country's table is
/// the shared one plus its own rows).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Applies {
    /// In every country.
    Everywhere,
    /// Only in this country (and when no country is given: see [`evaluate`]).
    In(Country),
}

impl Applies {
    /// Whether the rule applies to a reader in `country`; with no country, every rule does.
    pub fn to(self, country: Option<Country>) -> bool {
        match (self, country) {
            (Applies::Everywhere, _) | (_, None) => true,
            (Applies::In(only), Some(country)) => only == country,
        }
    }
}

/// One row of the table.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rule {
    /// Stable id, shown in `Outcome.reasons[].rule`.
    pub id: RuleId,
    /// Where it applies.
    pub applies: Applies,
    /// When it fires.
    pub when: When,
    /// What it does.
    pub effect: Effect,
    /// Where it comes from.
    pub sources: &'static [Source],
}

use sources::{
    BROCHURE_1_KINDS as B1, BROCHURE_3_AGEING as B3, BROCHURE_5_SELF_CARE as B5, BROCHURE_6_SEEK_HELP as B6,
    BROCHURE_7_CLINICIANS as B7, NHS_BACK_PAIN as NHS, NICE_CKS_RED_FLAGS as CKS, SE_1177_BACK_PAIN as S1177,
};

const fn rule(id: RuleId, when: When, urgency: Urgency, sources: &'static [Source]) -> Rule {
    Rule { id, applies: Applies::Everywhere, when, effect: Effect::Raises(urgency), sources }
}

/// A rule of one country's own, where its national service sets a higher urgency.
const fn rule_in(country: Country, id: RuleId, when: When, urgency: Urgency, sources: &'static [Source]) -> Rule {
    Rule { id, applies: Applies::In(country), when, effect: Effect::Raises(urgency), sources }
}

/// Weeks after which pain that is not getting better warrants a review (brochure §7: "4–6 weeks").
pub const REVIEW_AFTER_WEEKS: f64 = 4.0;
/// Weeks of significant problems after which a specialist or back clinic may be right (brochure §7: "6–8 weeks").
pub const REFERRAL_AFTER_WEEKS: f64 = 6.0;
/// The content is for adults (NICE NG59 covers people aged 16 and over); for a younger reader
/// age itself is a red flag (NICE CKS: "younger than 20 years"), so they should see a doctor.
pub const ADULT_FROM_AGE: u8 = 16;
/// From this age, back pain that is not better after [`EARLY_REVIEW_AFTER_WEEKS`] should be
/// seen by a doctor (NICE CKS red flags: "new onset pain in patient over age 50 years"; 1177:
/// "Om inte ryggvärken ger med sig inom ett par veckor bör man kontakta vårdcentralen. Detta är
/// särskilt viktigt om man är i övre medelåldern").
pub const EARLY_REVIEW_FROM_AGE: u8 = 50;
/// 1177's "ett par veckor".
pub const EARLY_REVIEW_AFTER_WEEKS: f64 = 2.0;
/// From this age a minor fall can break a bone in the back (NICE CKS red flags: "minor
/// trauma, or even just strenuous lifting, in people with osteoporosis or aged over 70").
pub const FRAGILE_FROM_AGE: u8 = 70;
/// Weeks after which back pain is long-lasting (brochure §1: acute is less than three months),
/// and medicines help little (brochure §7).
pub const LONG_LASTING_FROM_WEEKS: f64 = 12.0;

const NOT_BETTER: &[Trend] = &[Trend::Unchanged, Trend::Worse];

/// The whole table, most urgent first: the shared rows, and each country's own rows marked
/// `rule_in` (read one country's table with [`table`]).
///
/// The Swedish seed (a shop's article) is not cited for any rule: a health service will not
/// sign off an emergency instruction resting on a retailer's page, and 1177, the brochure and
/// the NHS say each thing it says. nhs.uk is cited only where our urgency is at least its own:
/// it sends a serious accident to 999 or A&E (our emergency, by each country's injury route),
/// and weight loss or night pain to 111 or an urgent GP appointment (the UK's own rows below;
/// elsewhere "within days", citing NICE CKS, as the Nordic services do not ask more).
pub const RULES: &[Rule] = &[
    // Signs of pressure on the nerves at the base of the spinal cord (cauda equina): act now.
    // "New or worse, today or in the last days or weeks" is in the questions' wording (src/i18n).
    rule(
        RuleId::EmergencyBladderOrBowelProblems,
        When::Yes(BladderOrBowelProblems),
        Urgency::Emergency,
        &[B6, S1177, NHS],
    ),
    rule(RuleId::EmergencySaddleNumbness, When::Yes(SaddleNumbness), Urgency::Emergency, &[B6, S1177, NHS]),
    rule(RuleId::EmergencyBothLegs, When::Yes(BothLegs), Urgency::Emergency, &[S1177, NHS]),
    // A serious accident this time (a fall from a height, a car crash): the injury needs same-day
    // assessment and often imaging where it can be done, by each country's injury route
    // (`country::Country::injury_route`): nhs.uk "call 999 or go to A&E if … it started after a
    // serious accident, such as a car accident"; the brochure: much pain after injuring the back
    // in an accident (§6); NICE CKS red flags: significant trauma.
    rule(RuleId::EmergencySeriousAccident, When::Yes(Trauma), Urgency::Emergency, &[NHS, B6, CKS]),
    // Red flags that need a doctor today. New or worsening weakness, or numbness that spreads:
    // the brochure (§6) names reduced strength in thigh, calf or foot.
    rule(RuleId::UrgentLegWeakness, When::Yes(LegWeakness), Urgency::Urgent, &[B6]),
    rule(RuleId::UrgentFeverOrUnwell, When::Yes(FeverOrUnwell), Urgency::Urgent, &[B6, NHS]),
    // A minor fall with brittle bones, steroid tablets or age over 70: NICE CKS, fracture; the
    // brochure: brittle bones break "etter forholdsvis små skader" (§3). The age the reader gave
    // counts here, not only in the question's wording.
    rule(
        RuleId::UrgentMinorFallWhenFragile,
        When::YesWhenFragile(MinorFall, &[OsteoporosisOrSteroids], FRAGILE_FROM_AGE),
        Urgency::Urgent,
        &[B3, CKS],
    ),
    // A single cancer flag says little; a history of cancer with another one says much more.
    // CKS lists the flags; the combination and its urgency are this project's reading of
    // Downie 2013 (BMJ: combinations beat single flags; ../shared/notes/clinical-sources.md).
    rule(
        RuleId::UrgentCancerHistoryWithOtherCancerSign,
        When::YesWithAnyOf(CancerHistory, &[WeightLoss, ConstantNightPain]),
        Urgency::Urgent,
        &[CKS],
    ),
    // The UK: nhs.uk sends weight loss, and pain that does not improve after resting or is
    // worse at night, to 111 or an urgent GP appointment ("Call 111 or ask for an urgent GP
    // appointment if you have back pain and: … you've lost weight for no reason …").
    rule_in(Country::Gb, RuleId::UrgentWeightLoss, When::Yes(WeightLoss), Urgency::Urgent, &[NHS]),
    rule_in(Country::Gb, RuleId::UrgentConstantNightPain, When::Yes(ConstantNightPain), Urgency::Urgent, &[NHS]),
    // Signs that a doctor should look within days.
    // New numbness in one leg alone, not spreading and without weakness: common in ordinary
    // sciatica; the brochure (§6) puts leg symptoms under "seek help", and only bladder or
    // saddle signs under "at once". (Felleskatalogen's patient text on lumbago grades it the
    // same way, "bør du kontakte legen"; that page is not in the stored corpus, so not cited.)
    rule(RuleId::SoonLegNumbness, When::Yes(LegNumbness), Urgency::Soon, &[B6]),
    rule(RuleId::SoonWeightLoss, When::Yes(WeightLoss), Urgency::Soon, &[B6, CKS]),
    rule(RuleId::SoonCancerHistory, When::Yes(CancerHistory), Urgency::Soon, &[CKS]),
    rule(RuleId::SoonConstantNightPain, When::Yes(ConstantNightPain), Urgency::Soon, &[CKS]),
    rule(RuleId::SoonOsteoporosisOrSteroids, When::Yes(OsteoporosisOrSteroids), Urgency::Soon, &[B3, CKS]),
    rule(RuleId::SoonUncontrolledPain, When::Yes(UncontrolledPain), Urgency::Soon, &[B6]),
    rule(RuleId::SoonWorried, When::Yes(Worried), Urgency::Soon, &[B6, NHS]),
    rule(RuleId::SoonMajorImpact, When::Yes(MajorImpact), Urgency::Soon, &[B7, NHS]),
    rule(RuleId::SoonGettingWorse, When::TrendIs(Trend::Worse), Urgency::Soon, &[NHS]),
    rule(RuleId::SoonUnder16, When::AgeUnder(ADULT_FROM_AGE), Urgency::Soon, &[CKS]),
    rule(
        RuleId::SoonOver50NotBetterAfter2Weeks,
        When::AgeFromLastingWithTrend(EARLY_REVIEW_FROM_AGE, EARLY_REVIEW_AFTER_WEEKS, NOT_BETTER),
        Urgency::Soon,
        &[S1177, CKS],
    ),
    // Sweden: 1177 asks everyone whose pain has not begun to ease within a couple of weeks to
    // contact the vårdcentral ("Om inte ryggvärken ger med sig inom ett par veckor bör man
    // kontakta vårdcentralen"), so a self-care result there would contradict it.
    rule_in(
        Country::Se,
        RuleId::SoonNotBetterAfter2Weeks,
        When::LastingWithTrend(EARLY_REVIEW_AFTER_WEEKS, NOT_BETTER),
        Urgency::Soon,
        &[S1177],
    ),
    rule(
        RuleId::SoonNotBetterAfter4Weeks,
        When::LastingWithTrend(REVIEW_AFTER_WEEKS, NOT_BETTER),
        Urgency::Soon,
        &[B7, CKS, NHS],
    ),
    // Duration advice, in the guideline's own steps.
    Rule {
        id: RuleId::AdviceImagingAndExerciseAfter4Weeks,
        applies: Applies::Everywhere,
        when: When::LastingWithTrend(REVIEW_AFTER_WEEKS, NOT_BETTER),
        effect: Effect::Advises(&[Advice::ImagingReview, Advice::ExerciseProgram]),
        sources: &[B7],
    },
    Rule {
        id: RuleId::AdviceSpecialistAfter6Weeks,
        applies: Applies::Everywhere,
        when: When::LastingWith(REFERRAL_AFTER_WEEKS, MajorImpact),
        effect: Effect::Advises(&[Advice::SpecialistReferral]),
        sources: &[B7],
    },
];

/// The rules that apply in `country`, in table order; with `None`, every rule of every
/// country (see [`evaluate`]).
pub fn table(country: Option<Country>) -> impl Iterator<Item = &'static Rule> {
    RULES.iter().filter(move |r| r.applies.to(country))
}

/// What a row of the table raises the urgency to, and where: the row without its id, its
/// answers and its sources.
#[derive(Clone, Copy)]
struct Raise {
    applies: Applies,
    when: When,
    effect: Effect,
}

/// [`RULES`] without their sources, made from it when compiling: [`verdict_in`] reads this,
/// so that code which needs only the verdict (the widget's headline) does not carry every
/// rule's citations, titles and addresses in its WASM, as reading [`RULES`] would.
const RAISES: [Raise; RULES.len()] = {
    let mut raises =
        [Raise { applies: Applies::Everywhere, when: When::AgeUnder(0), effect: Effect::Advises(&[]) }; RULES.len()];
    let mut i = 0;
    while i < RULES.len() {
        raises[i] = Raise { applies: RULES[i].applies, when: RULES[i].when, effect: RULES[i].effect };
        i += 1;
    }
    raises
};

/// The signs of pressure on the nerves at the base of the spine: an emergency by the country's
/// emergency route, which wins over the injury route when both are answered.
pub const NERVE_COMPRESSION_SIGNS: [Sign; 3] = [BladderOrBowelProblems, SaddleNumbness, BothLegs];

/// The reason given when no rule fires: most back pain is harmless and heals best with
/// normal activity. It names no answers: it is there because none of the others fired.
pub const NO_WARNING_SIGNS: RuleId = RuleId::SelfCareNoWarningSigns;
const NO_WARNING_SIGNS_SOURCES: &[Source] = &[B1, B5];

/// Signs of another disease behind the pain (brochure §1, class 3: fracture, infection, tumour).
pub const POSSIBLE_SERIOUS_SIGNS: [Sign; 6] =
    [FeverOrUnwell, Trauma, WeightLoss, CancerHistory, ConstantNightPain, OsteoporosisOrSteroids];
/// Signs of nerve root involvement (brochure §1, class 2: sciatica, radiating below the knee).
pub const NERVE_ROOT_SIGNS: [Sign; 6] =
    [PainBelowKnee, LegWeakness, LegNumbness, BothLegs, SaddleNumbness, BladderOrBowelProblems];
/// Where the three categories come from.
pub const CATEGORY_SOURCE: Source = B1;

/// Advice for looking after the back, given whenever the reader is not sent to a doctor today.
/// (`PainRelief` and `Outlook` become `PainReliefLongLasting` and `OutlookLongLasting` for
/// long-lasting pain; see [`evaluate`].)
const SELF_CARE_ADVICE: [Advice; 7] = [
    Advice::StayActive,
    Advice::Work,
    Advice::PainRelief,
    Advice::Heat,
    Advice::OtherHelp,
    Advice::Outlook,
    Advice::Prevention,
];

/// Which of the brochure's three kinds of back pain the answers point to.
pub fn category(a: &Answers) -> Category {
    // A minor fall is a sign of a possible fracture only where the bones may be brittle: with
    // osteoporosis or steroids (already a sign here), or from the age the rule uses.
    let fragile_fall = a.has(MinorFall) && a.age >= FRAGILE_FROM_AGE;
    if fragile_fall || POSSIBLE_SERIOUS_SIGNS.iter().any(|s| a.has(*s)) {
        Category::PossibleSerious
    } else if NERVE_ROOT_SIGNS.iter().any(|s| a.has(*s)) {
        Category::NerveRoot
    } else {
        Category::Nonspecific
    }
}

fn reason(r: &Rule, answers: Vec<Field>) -> Reason {
    Reason { rule: r.id, answers, source: cite(r.sources) }
}

/// The id and sources of every reason an outcome can give, for documentation and tests.
pub fn all_reasons() -> impl Iterator<Item = (RuleId, &'static [Source])> {
    RULES.iter().map(|r| (r.id, r.sources)).chain([(NO_WARNING_SIGNS, NO_WARNING_SIGNS_SOURCES)])
}

/// Decides what the reader should do, and why, with every country's rules: without a country
/// the outcome is the most cautious any country's services would give (a Swedish reader's
/// two-week review, a UK reader's same-day weight loss). Total: every `Answers` value gets an
/// outcome (answers from outside have been range-checked while being read; see
/// [`Answers::validate`]).
///
/// # Example
///
/// ```
/// use triage::decision::{Answers, Country, Signs, Trend, Urgency, evaluate, evaluate_in};
///
/// // Three weeks, not better, 35 years old, every sign "no".
/// let answers = Answers { age: 35, duration_weeks: 3.0, trend: Trend::Unchanged, yes: Signs::NONE };
/// assert_eq!(evaluate_in(&answers, Some(Country::No)).urgency, Urgency::SelfCare);
/// // 1177: not easing within a couple of weeks, contact the vårdcentral.
/// assert_eq!(evaluate_in(&answers, Some(Country::Se)).urgency, Urgency::Soon);
/// assert_eq!(evaluate(&answers).urgency, Urgency::Soon);
/// ```
pub fn evaluate(a: &Answers) -> Outcome {
    evaluate_in(a, None)
}

/// How soon a reader in `country` should see a clinician, and why in kind, without the advice
/// and the reasons: what the widget needs for the headline until the result's own WASM has
/// arrived. The same table as [`evaluate_in`], which starts from it.
///
/// # Example
///
/// ```
/// use triage::decision::{Answers, Country, EmergencyKind, Sign, Trend, Urgency, verdict_in};
///
/// let fall = Answers { age: 40, duration_weeks: 0.0, trend: Trend::Worse, yes: [Sign::Trauma].into_iter().collect() };
/// let verdict = verdict_in(&fall, Some(Country::No));
/// assert_eq!(verdict.urgency, Urgency::Emergency);
/// assert_eq!(verdict.emergency_kind, Some(EmergencyKind::Injury));
/// ```
pub fn verdict_in(a: &Answers, country: Option<Country>) -> Verdict {
    let urgency = RAISES
        .iter()
        .filter(|r| r.applies.to(country) && r.when.fired_by(a).is_some())
        .filter_map(|r| raised(r.effect))
        .max()
        .unwrap_or(Urgency::SelfCare);
    // The nerve signs' route wins over the injury route when both are answered.
    let emergency_kind = (urgency == Urgency::Emergency).then(|| {
        if NERVE_COMPRESSION_SIGNS.iter().any(|s| a.has(*s)) {
            EmergencyKind::NerveCompression
        } else {
            EmergencyKind::Injury
        }
    });
    Verdict { urgency, category: category(a), emergency_kind }
}

/// The urgency a rule's effect raises to, if it raises one.
/// The urgency `rule` raises the outcome to, if it raises one (and does not only advise).
pub fn raises(rule: RuleId) -> Option<Urgency> {
    RULES.iter().find(|r| r.id == rule).and_then(|r| raised(r.effect))
}

// Here rather than in outcome.rs beside `Outcome::action`: it reads the rule table, and the
// table is built from the outcome's types (outcome.rs would otherwise import this file back).
impl Outcome {
    /// The reason that set the urgency, for the result's one sentence on why: the first reason
    /// whose rule raises the urgency to what the outcome says ([`raises`]). `None` for
    /// self-care, which no rule raises.
    pub fn deciding_reason(&self) -> Option<&Reason> {
        self.reasons.iter().find(|r| raises(r.rule) == Some(self.urgency))
    }
}

fn raised(effect: Effect) -> Option<Urgency> {
    match effect {
        Effect::Raises(u) => Some(u),
        Effect::Advises(_) => None,
    }
}

/// Decides what a reader in `country` should do, and why: the shared rules and that country's
/// own ([`table`]); with `None`, as [`evaluate`].
pub fn evaluate_in(a: &Answers, country: Option<Country>) -> Outcome {
    let Verdict { urgency, category, emergency_kind } = verdict_in(a, country);
    let fired: Vec<(&Rule, Vec<Field>)> =
        table(country).filter_map(|r| r.when.fired_by(a).map(|fields| (r, fields))).collect();

    let mut advice = match (urgency, emergency_kind) {
        // Nothing else: an emergency outcome carries nothing that distracts from the call.
        (Urgency::Emergency, Some(EmergencyKind::NerveCompression)) => vec![Advice::CallEmergency],
        (Urgency::Emergency, _) => vec![Advice::InjuryCareNow],
        (Urgency::Urgent, _) => vec![Advice::ContactDoctorToday],
        (Urgency::Soon, _) => vec![Advice::BookAppointment],
        (Urgency::SelfCare, _) => vec![],
    };
    if urgency != Urgency::Emergency {
        for (r, _) in &fired {
            if let Effect::Advises(codes) = r.effect {
                advice.extend_from_slice(codes);
            }
        }
        if urgency <= Urgency::Soon {
            advice.extend(SELF_CARE_ADVICE);
        }
        // For long-lasting pain the acute doses give way to what the brochure says of it (§7):
        // medicines help little; and "most get much better within a few weeks" (§8) gives way
        // to what that reader can expect now: pain that may come and go, and how to master it.
        if a.duration_weeks >= LONG_LASTING_FROM_WEEKS {
            for code in &mut advice {
                *code = match *code {
                    Advice::PainRelief => Advice::PainReliefLongLasting,
                    Advice::Outlook => Advice::OutlookLongLasting,
                    other => other,
                };
            }
        }
        // The pain-relief advice gives adult doses (brochure §5; NICE NG59 is for 16 and over),
        // and the work advice is for adults: a child's medicine and dose is for the doctor or
        // pharmacist to say, and school is not work.
        if a.age < ADULT_FROM_AGE {
            advice.retain(|code| !matches!(code, Advice::PainRelief | Advice::PainReliefLongLasting | Advice::Work));
        }
        advice.push(Advice::SafetyNet);
    }
    // In display order, each code once: picked from Advice::ALL rather than sorted, which
    // keeps a sort routine (about 3 KB) out of the WASM.
    let advice: Vec<Advice> = Advice::ALL.into_iter().filter(|code| advice.contains(code)).collect();

    let reasons: Vec<Reason> = if urgency == Urgency::Emergency {
        // Only the emergency signs: they are all the reader needs to know now.
        fired
            .into_iter()
            .filter(|(r, _)| raised(r.effect) == Some(Urgency::Emergency))
            .map(|(r, f)| reason(r, f))
            .collect()
    } else if fired.is_empty() {
        vec![Reason { rule: NO_WARNING_SIGNS, answers: vec![], source: cite(NO_WARNING_SIGNS_SOURCES) }]
    } else {
        fired.into_iter().map(|(r, f)| reason(r, f)).collect()
    };

    Outcome { urgency, category, advice, reasons, advice_sources: None }
}

/// Where each piece of advice comes from when no country is given. Where the countries'
/// guidance differs (imaging, exercise, pain relief, who else can help, the emergency signs), the
/// reader's country decides: see `country::Guidance::advice_sources`.
pub fn advice_sources(advice: Advice) -> &'static [Source] {
    use sources::{BROCHURE_8_OUTLOOK as B8, BROCHURE_9_PREVENTION as B9, SE_1177_BACK_PAIN};
    match advice {
        Advice::CallEmergency | Advice::SafetyNet => &[B6, SE_1177_BACK_PAIN, NHS],
        Advice::InjuryCareNow => &[NHS, B6],
        Advice::ContactDoctorToday | Advice::BookAppointment => &[B6, NHS],
        Advice::ImagingReview
        | Advice::ExerciseProgram
        | Advice::SpecialistReferral
        | Advice::Heat
        | Advice::PainReliefLongLasting
        | Advice::OtherHelp => &[B7],
        Advice::StayActive | Advice::PainRelief => &[B5],
        Advice::Work => &[B5, B7],
        Advice::Outlook => &[B8],
        Advice::OutlookLongLasting => &[B8, B7],
        // Regular exercise you enjoy, walking or cycling, strength and stretching (§9). nhs.uk's
        // advice on preventing back pain is not in the stored corpus, so it is not cited here.
        Advice::Prevention => &[B9],
    }
}
