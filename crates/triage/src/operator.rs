//! Who is responsible: the health service that offers the widget on its site, named to the
//! reader with a contact for reporting errors in the content (issue 25), from the host's
//! `operator-name` and `operator-contact` attributes (`operatorName`, `operatorContact` of
//! `mount()`). The note goes after the intended use on the start screen, on every result and in
//! the printed and copied summary. Without a named operator, the note says that the owner of
//! the website the reader is on is responsible for offering the tool: someone always is.
//!
//! The values come from the host page and end up in an `href` and in the text the reader
//! prints, so they are checked here as the clinic's are ([`crate::clinic`]): a value that fails
//! is left out with a warning that names the attribute and the option (the embedding layer
//! prints it on the console), never a panic. Pure Rust, tested natively.

use crate::clinic::check_name;
use crate::i18n::{OperatorTexts, fill};

/// The longest e-mail address accepted, in bytes (RFC 5321's limit for a path).
pub const MAX_EMAIL_BYTES: usize = 254;
/// The longest web address accepted, in characters.
pub const MAX_URL_CHARS: usize = crate::clinic::MAX_URL_CHARS;

/// Where the reader can report an error in the content.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ErrorContact {
    /// An `https://` address (a form or a contact page).
    Url(String),
    /// An e-mail address, without `mailto:`.
    Email(String),
}

impl ErrorContact {
    /// The contact for a link's target that [`check_contact`] passed: `mailto:` and an e-mail
    /// address, or an `https:` address.
    fn from_href(href: String) -> ErrorContact {
        match href.strip_prefix("mailto:") {
            Some(address) => ErrorContact::Email(address.to_owned()),
            None => ErrorContact::Url(href),
        }
    }

    /// The link's target: the address itself, or `mailto:` and the e-mail address.
    pub fn href(&self) -> String {
        match self {
            ErrorContact::Url(url) => url.clone(),
            ErrorContact::Email(address) => format!("mailto:{address}"),
        }
    }

    /// The contact as the reader reads it, on screen and on paper.
    pub fn shown(&self) -> &str {
        match self {
            ErrorContact::Url(text) | ErrorContact::Email(text) => text,
        }
    }
}

/// The body responsible for offering the widget, as far as its values passed the checks: both
/// are needed, since a name with nowhere to report errors (or an address with no name) does
/// not tell the reader who answers for the content.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Operator {
    /// The name, plain text (shown as text, never parsed as HTML).
    pub name: String,
    /// Where to report errors.
    pub contact: ErrorContact,
}

impl Operator {
    /// Checks the two values (each absent, or as the host gave it). Returns the operator when
    /// both pass, and one warning per value refused, naming the attribute (and the `mount`
    /// option) and why; a value given without the other is a warning too. Empty values count
    /// as absent.
    pub fn from_values(name: Option<&str>, contact: Option<&str>) -> (Option<Operator>, Vec<String>) {
        let mut warnings = vec![];
        let name = checked("operator-name (operatorName)", name, check_name, &mut warnings);
        let href = checked("operator-contact (operatorContact)", contact, contact_href, &mut warnings);
        let operator = match (name, href) {
            (Some(name), Some(href)) => Some(Operator { name, contact: ErrorContact::from_href(href) }),
            (None, None) => None,
            _ => {
                warnings.push(
                    "operator-name and operator-contact (operatorName, operatorContact) go together; \
                     the owner of this website is named instead"
                        .to_owned(),
                );
                None
            }
        };
        (operator, warnings)
    }
}

/// `value` (trimmed; empty is absent) if it passes `check`, else `None` and a warning naming
/// `what` (the attribute and the option) and why. One function for both values, and every
/// check gives a `String`, so that the widget's WASM carries this code once.
fn checked(
    what: &str,
    value: Option<&str>,
    check: fn(&str) -> Result<String, String>,
    warnings: &mut Vec<String>,
) -> Option<String> {
    let value = value.map(str::trim).filter(|v| !v.is_empty())?;
    check(value).map_err(|why| warnings.push(format!("{what} {value:?} refused: {why}; left out"))).ok()
}

/// A contact for reporting errors: an `https://` address, a `mailto:` address without a query,
/// or a plain e-mail address.
///
/// Refused, and why: every other scheme (`javascript:`, `data:` run script or show anything);
/// `http:`, whose page could be altered on its way to the reader, and which browsers mark as
/// not secure (the clinic's address is held to `https:` too); a path on the site (`/errors`),
/// which says nothing once the summary is printed; a `mailto:` with `?subject=`, `?body=`,
/// `?cc=` or `?bcc=`, which could fill in the reader's message or copy it to someone unnamed.
pub fn check_contact(contact: &str) -> Result<ErrorContact, String> {
    contact_href(contact).map(ErrorContact::from_href)
}

/// [`check_contact`] as the link's target: the `https:` address, or `mailto:` and the address.
fn contact_href(contact: &str) -> Result<String, String> {
    let scheme = |s: &str| contact.get(..s.len()).is_some_and(|p| p.eq_ignore_ascii_case(s));
    if scheme("https://") {
        return crate::clinic::check_url(contact);
    }
    if scheme("http://") {
        return Err("http: is not encrypted, so the page could be altered on its way; use https:".to_owned());
    }
    let address = if scheme("mailto:") { &contact[7..] } else { contact };
    let has = |b: u8| address.as_bytes().contains(&b);
    if has(b'?') {
        return Err("a mailto: address with a query (?subject=, ?cc= …) is not allowed".to_owned());
    }
    if !has(b'@') || has(b':') {
        return Err("only an https: address, a mailto: address or an e-mail address is allowed".to_owned());
    }
    check_email(address).map(|address| format!("mailto:{address}"))
}

/// An e-mail address: one `@`, before it letters, digits and `. _ + - '`, after it a domain
/// (`example.org`) of letters, digits, `.` and `-`; neither part starts or ends with `.` or `-`,
/// or has `..`. Letters beyond ASCII are allowed (`ä` in a Swedish domain), spaces and invisible
/// characters are not. Stricter than RFC 5322 on purpose: the address is shown and put in a
/// `mailto:` link as it is.
pub fn check_email(address: &str) -> Result<String, String> {
    // On bytes and without char patterns, which would each add their own searcher to the WASM.
    let part_ok = |part: &str, allowed: &[u8]| {
        let edge_ok = |b: Option<&u8>| b.is_some_and(|b| *b != b'.' && *b != b'-');
        let bytes = part.as_bytes();
        edge_ok(bytes.first())
            && edge_ok(bytes.last())
            && !part.contains("..")
            && part.chars().all(|c| {
                c.is_ascii_alphanumeric()
                    || (c.is_ascii() && allowed.contains(&(c as u8)))
                    || is_visible_beyond_ascii(c)
            })
    };
    match address.split_once('@') {
        Some((local, domain))
            if address.len() <= MAX_EMAIL_BYTES
                && part_ok(local, b"._+-'")
                && part_ok(domain, b".-")
                && domain.as_bytes().contains(&b'.') =>
        {
            Ok(address.to_owned())
        }
        _ => Err(format!(
            "not an e-mail address: letters, digits and . _ + - ' before one @, a domain (example.org) after, \
             at most {MAX_EMAIL_BYTES} bytes, no spaces"
        )),
    }
}

/// A character beyond ASCII (`ä`) that is not a space, a control or one of the invisible
/// characters that reorder or hide text (bidirectional controls, zero-width characters, the
/// soft hyphen): an address must read as it goes. Not the standard library's Unicode
/// `is_alphanumeric`, whose tables would add kilobytes to the widget's WASM.
fn is_visible_beyond_ascii(c: char) -> bool {
    !c.is_ascii()
        && !matches!(c, '\u{80}'..='\u{a0}' | '\u{ad}' | '\u{1680}' | '\u{180e}' | '\u{2000}'..='\u{200f}'
            | '\u{2028}'..='\u{202f}' | '\u{205f}'..='\u{206f}' | '\u{3000}' | '\u{feff}')
}

/// The note as plain text, for the copied and printed summary: the operator and the contact as
/// written, or the sentence naming the site's owner.
pub fn note_text(t: &OperatorTexts, operator: Option<&Operator>) -> String {
    match operator {
        Some(o) => {
            let (before, after) = operator_sentence(t, o);
            format!("{before}{}{after}", o.contact.shown())
        }
        None => t.site.to_owned(),
    }
}

/// `t.named` around its `{contact}`: the text before it with the operator's name filled in, and
/// the text after it. Split first, so that a name holding "{contact}" stays text.
pub fn operator_sentence<'t>(t: &'t OperatorTexts, o: &Operator) -> (String, &'t str) {
    let (before, after) = t.named.split_once("{contact}").unwrap_or((t.named, ""));
    (fill(before, &[("operator", &o.name)]), after)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    fn operator(name: &str, contact: &str) -> (Option<Operator>, Vec<String>) {
        Operator::from_values(Some(name), Some(contact))
    }

    #[test]
    fn accepts_https_addresses_and_e_mail_addresses() {
        let (o, warnings) = operator("  Helse   Bergen HF ", "https://helse-bergen.no/meld-feil?skjema=1#top");
        assert!(warnings.is_empty(), "{warnings:?}");
        let o = o.expect("accepted");
        assert_eq!(o.name, "Helse Bergen HF");
        assert_eq!(o.contact, ErrorContact::Url("https://helse-bergen.no/meld-feil?skjema=1#top".to_owned()));
        for (given, address) in [
            ("feil@helse-bergen.no", "feil@helse-bergen.no"),
            ("mailto:feil@helse-bergen.no", "feil@helse-bergen.no"),
            ("MAILTO:o'neill+errors@nhs.example.uk", "o'neill+errors@nhs.example.uk"),
            ("fel@region-västra.se", "fel@region-västra.se"),
        ] {
            let (o, warnings) = operator("Region", given);
            assert!(warnings.is_empty(), "{given}: {warnings:?}");
            let contact = o.expect(given).contact;
            assert_eq!(contact, ErrorContact::Email(address.to_owned()));
            assert_eq!(contact.href(), format!("mailto:{address}"));
            assert_eq!(contact.shown(), address);
        }
    }

    #[test]
    fn refuses_what_could_run_script_mislead_or_break_a_line() {
        for contact in [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "http://helse-bergen.no/feil",
            "/meld-feil",
            "//elsewhere.example/feil",
            "https://helse-bergen.no@elsewhere.example/",
            "https://",
            "mailto:feil@helse-bergen.no?subject=Feil",
            "mailto:feil@helse-bergen.no?cc=someone@elsewhere.example",
            "mailto:",
            "feil @helse-bergen.no",
            "feil@ helse-bergen.no",
            "feil@helse-\nbergen.no",
            "feil\u{0}@helse-bergen.no",
            "feil@helse-bergen",
            "feil@@helse-bergen.no",
            "a@b@helse-bergen.no",
            "feil@helse\u{202e}on.negreb",
            "feil\u{200b}@helse-bergen.no",
            "feil\u{a0}@helse-bergen.no",
            "feil@helse-bergen.no.",
            ".feil@helse-bergen.no",
            "feil..x@helse-bergen.no",
            "<feil@helse-bergen.no>",
            "\"feil\"@helse-bergen.no",
            "feil@-helse.no",
            "feil@helse..no",
            "ftp://helse-bergen.no",
            "helse-bergen.no",
        ] {
            let (o, warnings) = operator("Helse Bergen", contact);
            assert_eq!(o, None, "{contact:?}");
            assert_eq!(warnings.len(), 2, "{contact:?}: {warnings:?}");
            assert!(warnings[0].starts_with("operator-contact (operatorContact) "), "{warnings:?}");
            assert!(warnings[1].contains("go together"), "{warnings:?}");
        }
        let long = format!("{}@helse-bergen.no", "a".repeat(MAX_EMAIL_BYTES));
        assert!(check_email(&long).is_err());
        assert!(check_contact(&format!("https://helse-bergen.no/{}", "a".repeat(MAX_URL_CHARS))).is_err());
        assert!(check_contact("http://x.no").unwrap_err().contains("https:"), "says why and what to use");
    }

    #[test]
    fn refuses_names_that_are_markup_too_long_or_more_than_a_line() {
        for name in ["<b>Helse</b>", "Helse\nBergen", "Helse\u{7}Bergen", &"x".repeat(81)] {
            let (o, warnings) = operator(name, "feil@helse-bergen.no");
            assert_eq!(o, None, "{name:?}");
            assert!(warnings[0].starts_with("operator-name (operatorName) "), "{warnings:?}");
            assert!(warnings[1].contains("go together"), "{warnings:?}");
        }
        assert!(operator(&"x".repeat(80), "feil@helse-bergen.no").0.is_some(), "80 characters is the limit");
    }

    #[test]
    fn one_value_alone_warns_and_none_at_all_is_quiet() {
        assert_eq!(Operator::from_values(None, None), (None, vec![]));
        assert_eq!(Operator::from_values(Some("  "), Some("")), (None, vec![]));
        let (o, warnings) = Operator::from_values(Some("Helse Bergen"), None);
        assert_eq!((o, warnings.len()), (None, 1));
        let (o, warnings) = Operator::from_values(None, Some("feil@helse-bergen.no"));
        assert_eq!((o, warnings.len()), (None, 1));
        assert!(warnings[0].contains("operator-name"), "{warnings:?}");
    }

    #[test]
    fn the_plain_note_names_the_operator_and_the_contact_as_written() {
        let t = &Lang::En.texts().operator;
        let name = "A&B \"<x>\" {contact}";
        let o = Operator { name: name.to_owned(), contact: ErrorContact::Email("feil@x.no".to_owned()) };
        assert_eq!(
            note_text(t, Some(&o)),
            format!("This service is provided by {name}. Report errors in its content to feil@x.no.")
        );
        assert_eq!(note_text(t, None), t.site);
    }

    #[test]
    fn every_language_names_the_operator_and_the_contact_once() {
        for lang in Lang::ALL {
            let t = &lang.texts().operator;
            assert_eq!(t.named.matches("{operator}").count(), 1, "{lang:?}");
            assert_eq!(t.named.matches("{contact}").count(), 1, "{lang:?}");
            assert!(!t.site.contains('{'), "{lang:?}");
        }
    }
}
