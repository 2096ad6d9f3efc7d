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
use crate::start_screen::escape;

/// The longest e-mail address accepted, in characters (RFC 5321's limit for a path).
pub const MAX_EMAIL_CHARS: usize = 254;
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
        let contact = checked("operator-contact (operatorContact)", contact, check_contact, &mut warnings);
        match (name, contact) {
            (Some(name), Some(contact)) => (Some(Operator { name, contact }), warnings),
            (None, None) => (None, warnings),
            _ => {
                warnings.push(
                    "operator-name and operator-contact (operatorName, operatorContact) go together, and both must \
                     pass the checks; the note names the owner of this website instead"
                        .to_owned(),
                );
                (None, warnings)
            }
        }
    }
}

/// `value` (trimmed; empty is absent) if it passes `check`, else `None` and a warning naming
/// `what` (the attribute and the option) and why.
fn checked<T>(
    what: &str,
    value: Option<&str>,
    check: fn(&str) -> Result<T, String>,
    warnings: &mut Vec<String>,
) -> Option<T> {
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
    if contact.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err("spaces and control characters are not allowed".to_owned());
    }
    let scheme = |s: &str| contact.get(..s.len()).is_some_and(|p| p.eq_ignore_ascii_case(s));
    if scheme("https://") {
        return crate::clinic::check_url(contact).map(ErrorContact::Url);
    }
    if scheme("http://") {
        return Err("http: is not encrypted, so the page could be altered on its way; use https:".to_owned());
    }
    if scheme("mailto:") {
        let address = &contact["mailto:".len()..];
        if address.contains('?') {
            return Err("a mailto: address with a query (?subject=, ?cc= …) is not allowed".to_owned());
        }
        return check_email(address).map(ErrorContact::Email);
    }
    if contact.contains('@') && !contact.contains(':') {
        return check_email(contact).map(ErrorContact::Email);
    }
    Err("only an https: address, a mailto: address or an e-mail address is allowed".to_owned())
}

/// An e-mail address: one `@`, a local part of letters, digits and `. _ + - '` (no dot first,
/// last or twice), and a domain of at least two labels of letters, digits and hyphens. Stricter
/// than RFC 5322 on purpose: the address is shown and put in a `mailto:` link as it is.
pub fn check_email(address: &str) -> Result<String, String> {
    if address.chars().count() > MAX_EMAIL_CHARS {
        return Err(format!("longer than {MAX_EMAIL_CHARS} characters"));
    }
    let Some((local, domain)) = address.split_once('@').filter(|(_, d)| !d.contains('@')) else {
        return Err("an e-mail address has one @".to_owned());
    };
    let local_ok = !local.is_empty()
        && local.chars().all(|c| is_letter_or_digit(c) || "._+-'".contains(c))
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..");
    if !local_ok {
        return Err("the part before @ may hold letters, digits and . _ + - ' only".to_owned());
    }
    let labels: Vec<&str> = domain.split('.').collect();
    let label_ok = |l: &&str| {
        !l.is_empty()
            && !l.starts_with('-')
            && !l.ends_with('-')
            && l.chars().all(|c| is_letter_or_digit(c) || c == '-')
    };
    if labels.len() < 2 || !labels.iter().all(label_ok) {
        return Err("the part after @ is not a domain (example.org)".to_owned());
    }
    Ok(address.to_owned())
}

/// An ASCII letter or digit, or any other character beyond ASCII (`ä` in a Swedish domain) but
/// the invisible ones that reorder or hide text (bidirectional controls, zero-width characters,
/// the soft hyphen): an address must read as it goes. Not `char::is_alphanumeric`, whose
/// Unicode tables would add kilobytes to the widget's WASM.
fn is_letter_or_digit(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || (!c.is_ascii()
            && !matches!(c, '\u{ad}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2069}' | '\u{feff}'))
}

/// The note as plain text, for the copied and printed summary: the operator and the contact as
/// written, or the sentence naming the site's owner.
pub fn note_text(t: &OperatorTexts, operator: Option<&Operator>) -> String {
    match operator {
        Some(o) => named(t, o, str::to_owned, o.contact.shown()),
        None => t.site.to_owned(),
    }
}

/// The note as markup, escaped, with the contact as a link (`mailto:` or `https:`):
/// `<span data-operator="named">` or `<span data-operator="site">`, to go inside the intended
/// use's paragraph.
pub fn note_html(t: &OperatorTexts, operator: Option<&Operator>) -> String {
    let Some(o) = operator else {
        return format!("<span data-operator=\"site\">{}</span>", escape(t.site));
    };
    let link = format!(
        "<a data-operator-contact=\"\" part=\"operator-link\" href=\"{}\">{}</a>",
        escape(&o.contact.href()),
        escape(o.contact.shown())
    );
    format!("<span data-operator=\"named\">{}</span>", named(t, o, escape, &link))
}

/// `t.named` filled piece by piece around `{contact}`, so that a name holding "{contact}"
/// stays text: each piece with the name, then `outside` (escaping, for markup), joined by
/// `contact`.
fn named(t: &OperatorTexts, o: &Operator, outside: fn(&str) -> String, contact: &str) -> String {
    let pieces: Vec<String> =
        t.named.split("{contact}").map(|piece| outside(&fill(piece, &[("operator", &o.name)]))).collect();
    pieces.join(contact)
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
        let long = format!("{}@helse-bergen.no", "a".repeat(MAX_EMAIL_CHARS));
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
    fn the_note_escapes_the_name_and_links_the_contact() {
        let t = &Lang::En.texts().operator;
        let name = "A&B \"<x>\" {contact}";
        let o = Operator { name: name.to_owned(), contact: ErrorContact::Email("feil@x.no".to_owned()) };
        let html = note_html(t, Some(&o));
        assert!(
            html.starts_with(
                "<span data-operator=\"named\">This service is provided by A&amp;B &quot;&lt;x&gt;&quot; {contact}."
            ),
            "{html}"
        );
        assert_eq!(html.matches("<a ").count(), 1, "{html}");
        assert!(html.contains("href=\"mailto:feil@x.no\">feil@x.no</a>."), "{html}");
        let url = Operator { name: "N".to_owned(), contact: ErrorContact::Url("https://x.no/?a=1&b=\"2\"".to_owned()) };
        assert!(note_html(t, Some(&url)).contains("href=\"https://x.no/?a=1&amp;b=&quot;2&quot;\">"));
        assert_eq!(
            note_text(t, Some(&o)),
            format!("This service is provided by {name}. Report errors in its content to feil@x.no.")
        );
        assert_eq!(note_html(t, None), format!("<span data-operator=\"site\">{}</span>", t.site));
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
