//! Where every rule and piece of advice comes from. Citations are titles and sections only, so
//! they read the same in every language the widget speaks. Each `Source` is shown to the reader
//! beside the reason it supports, and is named in `Outcome.reasons[].source`.
//!
//! The two seeds are in `../shared/seeds/`; the other guidelines are listed with their origin
//! in `../shared/notes/clinical-sources.md`.

/// A document, or a section of one, that a rule or an advice text rests on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Source {
    /// A stable short id, e.g. `brochure-6`.
    pub id: &'static str,
    /// How the reader and the JSON see it cited: title, publisher, section.
    pub citation: &'static str,
}

macro_rules! brochure_section {
    ($name:ident, $id:literal, $section:literal) => {
        #[doc = concat!("Seed `003_5621ee2613e8fbaa.txt`, ", $section, ".")]
        pub const $name: Source =
            Source { id: $id, citation: concat!("«Verdt å vite om vond rygg» (FORMI 2007), ", $section) };
    };
}

brochure_section!(BROCHURE_1_KINDS, "brochure-1", "§1 «Hvorfor får vi vondt i ryggen?»");
brochure_section!(BROCHURE_5_SELF_CARE, "brochure-5", "§5 «Hva kan jeg gjøre når jeg får vondt i ryggen?»");
brochure_section!(BROCHURE_6_SEEK_HELP, "brochure-6", "§6 «Når bør jeg oppsøke hjelp?»");
brochure_section!(BROCHURE_7_CLINICIANS, "brochure-7", "§7 «Hva kan autorisert helsepersonell gjøre for meg?»");
brochure_section!(BROCHURE_9_PREVENTION, "brochure-9", "§9 «Kan tilbakefall forebygges?»");

/// Seed `000_55a8cb1fe0a07ddd.txt`, section "När ska man söka vård?".
pub const SWEDISH_SEEK_CARE: Source = Source {
    id: "ryggskott-vard",
    citation: "«Vad orsakar ryggskott och hur kan du förebygga det?» (Anodyne 2026), «När ska man söka vård?»",
};

/// Seed `000_55a8cb1fe0a07ddd.txt`, sections on risk factors and ergonomics.
pub const SWEDISH_PREVENTION: Source = Source {
    id: "ryggskott-forebygg",
    citation: "«Vad orsakar ryggskott och hur kan du förebygga det?» (Anodyne 2026), «Ergonomi och förebyggande»",
};

/// nhs.uk "Back pain": when to call 999 or go to A&E, and when to see a GP.
pub const NHS_BACK_PAIN: Source = Source { id: "nhs-back-pain", citation: "NHS, nhs.uk «Back pain»" };

/// NICE Clinical Knowledge Summary on low back pain: red flags for serious causes.
pub const NICE_CKS_RED_FLAGS: Source =
    Source { id: "nice-cks-red-flags", citation: "NICE CKS «Back pain – low (without radiculopathy)», red flags" };

/// NICE guideline NG59 (2016, updated 2020).
pub const NICE_NG59: Source = Source {
    id: "nice-ng59",
    citation: "NICE NG59 «Low back pain and sciatica in over 16s: assessment and management»",
};

/// Every source, for documentation and for checking that ids are unique.
pub const ALL: [Source; 10] = [
    BROCHURE_1_KINDS,
    BROCHURE_5_SELF_CARE,
    BROCHURE_6_SEEK_HELP,
    BROCHURE_7_CLINICIANS,
    BROCHURE_9_PREVENTION,
    SWEDISH_SEEK_CARE,
    SWEDISH_PREVENTION,
    NHS_BACK_PAIN,
    NICE_CKS_RED_FLAGS,
    NICE_NG59,
];

/// The citations of `sources` joined into one line, as `Reason.source` carries them.
pub fn cite(sources: &[Source]) -> String {
    sources.iter().map(|s| s.citation).collect::<Vec<_>>().join("; ")
}
