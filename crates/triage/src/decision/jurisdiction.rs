//! The countries whose guidance the rules and texts follow. Here, in the decision core, because
//! a rule may apply in one country only (`rules::Applies`); the services, numbers and guidance
//! of each country are in `crate::country`.

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
}
