//! The host's own service: a clinic or health page that embeds the widget can send readers to
//! its own phone number and web page on the result (`clinic-name`, `clinic-tel`, `clinic-url`).
//!
//! The values come from the host page's markup or script, and end up in a `tel:` link, an
//! `href` and the text of the result, so each is checked here before use. A value that fails
//! is left out with a warning (the embedding layer prints it on the console); the widget keeps
//! working with the national contacts. Pure Rust, tested natively (`tests/clinic.rs`).

use crate::decision::Urgency;

/// The longest clinic name shown, in characters.
pub const MAX_NAME_CHARS: usize = 80;
/// The longest phone number accepted, in characters (spaces and punctuation included).
pub const MAX_TEL_CHARS: usize = 20;
/// The longest web address accepted, in characters.
pub const MAX_URL_CHARS: usize = 2000;

/// The host's service, as far as its values passed the checks. The fields are private, so every
/// clinic a screen shows went through [`Clinic::from_values`]: a value that reaches an `href`
/// was checked first.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Clinic {
    name: Option<String>,
    tel: Option<String>,
    url: Option<String>,
}

/// Where the clinic block goes on a result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Placement {
    /// Before the national contacts: the reader's own clinic is the natural first contact.
    First,
    /// After the national contacts: a doctor today comes first.
    AfterNational,
}

/// Where the clinic block goes for `urgency`; never on an emergency, where the emergency
/// number is the only thing to do.
pub const fn placement(urgency: Urgency) -> Option<Placement> {
    match urgency {
        Urgency::Emergency => None,
        Urgency::Urgent => Some(Placement::AfterNational),
        Urgency::Soon | Urgency::SelfCare => Some(Placement::First),
    }
}

impl Clinic {
    /// Checks the three values (each absent, or as the host gave it) and keeps those that
    /// pass. Returns the clinic and one warning per value refused, naming the attribute (and
    /// the `mount` option) and why. Empty values count as absent.
    pub fn from_values(name: Option<&str>, tel: Option<&str>, url: Option<&str>) -> (Clinic, Vec<String>) {
        let mut warnings = vec![];
        let mut keep = |what: &str, value: Option<&str>, check: fn(&str) -> Result<String, String>| {
            let value = value.map(str::trim).filter(|v| !v.is_empty())?;
            check(value).map_err(|why| warnings.push(format!("{what} {value:?} refused: {why}; left out"))).ok()
        };
        let clinic = Clinic {
            name: keep("clinic-name (clinicName)", name, check_name),
            tel: keep("clinic-tel (clinicTel)", tel, check_tel),
            url: keep("clinic-url (clinicUrl)", url, check_url),
        };
        let has_contact = clinic.tel.is_some() || clinic.url.is_some();
        if clinic.name.is_none() && has_contact {
            warnings.push(
                "clinic-tel / clinic-url need a clinic-name (clinicName) to say whose they are; the clinic is left out"
                    .to_owned(),
            );
        }
        if clinic.name.is_some() && !has_contact {
            warnings.push(
                "clinic-name needs a clinic-tel or clinic-url (clinicTel, clinicUrl) that passes the checks; the clinic is left out"
                    .to_owned(),
            );
        }
        (clinic, warnings)
    }

    /// The name, plain text (shown as text, never parsed as HTML).
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }

    /// The phone number as the host wrote it (digits, spaces, `+`, `-`, parentheses).
    pub fn tel(&self) -> Option<&str> {
        self.tel.as_deref()
    }

    /// What the `tel:` link dials: the number's digits and a leading `+`, without the spaces,
    /// dashes and parentheses that only help people read it.
    pub fn tel_dialled(&self) -> Option<String> {
        self.tel().map(|tel| tel.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect())
    }

    /// An `https:` address, or a path on the host page's own origin (`/booking`).
    pub fn url(&self) -> Option<&str> {
        self.url.as_deref()
    }

    /// The name and the number, when the clinic can be called.
    pub fn callable(&self) -> Option<(&str, &str)> {
        self.name().zip(self.tel())
    }

    /// Whether there is a block to show: a name and at least one way to get in touch.
    pub fn is_shown(&self) -> bool {
        self.name.is_some() && (self.tel.is_some() || self.url.is_some())
    }
}

/// The name as shown: one line of plain text. Angle brackets are refused rather than shown,
/// since they mean the host put markup where text belongs.
pub fn check_name(name: &str) -> Result<String, String> {
    if name.chars().any(|c| c == '<' || c == '>') {
        return Err("the name is plain text; < and > (HTML) are not allowed".to_owned());
    }
    if name.chars().any(char::is_control) {
        return Err("the name must be one line of text".to_owned());
    }
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    if name.chars().count() > MAX_NAME_CHARS {
        return Err(format!("longer than {MAX_NAME_CHARS} characters"));
    }
    Ok(name)
}

/// A phone number: digits, spaces, `+`, `-` and parentheses only, at most
/// [`MAX_TEL_CHARS`] characters, with at least one digit.
pub fn check_tel(tel: &str) -> Result<String, String> {
    if let Some(c) = tel.chars().find(|c| !(c.is_ascii_digit() || " +-()".contains(*c))) {
        return Err(format!("{c:?} is not allowed: only digits, spaces, +, -, ( and )"));
    }
    if tel.chars().count() > MAX_TEL_CHARS {
        return Err(format!("longer than {MAX_TEL_CHARS} characters"));
    }
    if !tel.chars().any(|c| c.is_ascii_digit()) {
        return Err("no digits".to_owned());
    }
    Ok(tel.to_owned())
}

/// A web address: `https://host…`, or a path on the page's own origin (`/…`, not `//…`,
/// which would be another host). Refuses every other scheme (`javascript:`, `data:`,
/// `http:`), user names in the address (`https://clinic.example@elsewhere.example` opens
/// `elsewhere.example`), and spaces, control characters or backslashes (which browsers
/// rewrite before parsing).
pub fn check_url(url: &str) -> Result<String, String> {
    if url.chars().count() > MAX_URL_CHARS {
        return Err(format!("longer than {MAX_URL_CHARS} characters"));
    }
    if url.chars().any(|c| c.is_whitespace() || c.is_control() || c == '\\') {
        return Err("spaces, control characters and backslashes are not allowed".to_owned());
    }
    if url.starts_with('/') && !url.starts_with("//") {
        return Ok(url.to_owned());
    }
    let Some(rest) = url.get(..8).filter(|s| s.eq_ignore_ascii_case("https://")).map(|_| &url[8..]) else {
        return Err("only https: addresses or paths on this site (starting with /) are allowed".to_owned());
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    if authority.is_empty() {
        return Err("the address has no host".to_owned());
    }
    if authority.contains('@') {
        return Err("a user name in the address (@) is not allowed".to_owned());
    }
    Ok(url.to_owned())
}
