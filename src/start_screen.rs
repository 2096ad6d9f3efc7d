//! The start screen as plain markup, defined once: the widget renders it, and
//! `triage start-screen` writes it, for every language and country, into the JavaScript module
//! that paints the first screen before the WASM has arrived (`start-screen.js` beside the
//! element script, imported by `www/package/index.js`). So the first screen and the widget's
//! own start screen cannot differ, and no text is typed twice.

use crate::country::{Country, Place};
use crate::i18n::{Lang, WidgetTexts, fill};

/// The widget's stylesheet: plain CSS with `--bpt-*` custom properties for theming. The
/// JavaScript adopts it into each widget's shadow root (a constructed stylesheet, which a
/// strict CSP allows), so it travels in `start-screen.js` rather than in the WASM.
pub const STYLESHEET: &str = include_str!("ui/style.css");

/// `text` safe inside HTML text and double-quoted attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

/// A big `tel:` link to `number`, worded by `call_number` ("Call {number}"). With a `service`
/// name it is an out-of-hours / advice line: the name under the number, in the accent colour
/// (`a.call.call-ooh` in `src/ui/style.css`); without one, the emergency number's button.
pub fn call_link(call_number: &str, number: &str, service: Option<&str>) -> String {
    call_link_dialling(call_number, number, &Country::dial(number), service)
}

/// [`call_link`] for a number shown as `number` that dials `dial` (a host's own number, as
/// the host wrote it).
pub fn call_link_dialling(call_number: &str, number: &str, dial: &str, service: Option<&str>) -> String {
    let words = escape(&fill(call_number, &[("number", number)]));
    let dial = escape(dial);
    match service {
        None => format!("<a class=\"call\" part=\"call-link\" href=\"tel:{dial}\">{words}</a>"),
        Some(service) => format!(
            "<a class=\"call call-ooh\" part=\"call-link\" href=\"tel:{dial}\">{words}<span class=\"service\">{}</span></a>",
            escape(service)
        ),
    }
}

/// [`call_link`] for an out-of-hours line that is open only at some hours (a Danish region's
/// lægevagt): when it takes calls (`hours`) under the service's name, inside the link, so that
/// the reader, and a screen reader reading the link, hear it before dialling (clinical review
/// §3.2: on a weekday morning most Danish lines are closed).
pub fn call_link_with_hours(call_number: &str, number: &str, service: &str, hours: &str) -> String {
    let words = escape(&fill(call_number, &[("number", number)]));
    format!(
        "<a class=\"call call-ooh\" part=\"call-link\" href=\"tel:{}\">{words}<span class=\"service\">{}</span>\
         <span class=\"hours\">{}</span></a>",
        Country::dial(number),
        escape(service),
        escape(hours)
    )
}

/// The inside of `<p class="emergency-call" data-contact="emergency">`: the country's
/// emergency number as a big `tel:` link, after the "acutely ill?" lead text of `t` when `lead`.
pub fn emergency_call(t: &WidgetTexts, country: Country, lead: bool) -> String {
    let lead = if lead { format!("<span class=\"lead\">{}</span> ", escape(t.emergency_lead)) } else { String::new() };
    format!("{lead}{}", call_link(t.call_number, country.emergency_number(), None))
}

/// The inside of `<section class="screen start" data-step="start">`: what this is, the
/// emergency number before any question, the intended use, the privacy line, and Start, in the
/// language of `t`.
pub fn start_content(t: &WidgetTexts, place: Place) -> String {
    format!(
        "<h2 tabindex=\"-1\">{}</h2><p>{}</p>\
         <p class=\"emergency-call\" data-contact=\"emergency\">{}</p>\
         <p class=\"note\">{}</p><p class=\"note\">{}</p>\
         <div class=\"nav\"><button type=\"button\" class=\"primary\" data-action=\"next\" \
         part=\"button primary-button\">{}</button></div>",
        escape(t.title),
        escape(t.intro),
        emergency_call(t, place.country, true),
        escape(&t.places.fill(t.disclaimer, place)),
        escape(t.privacy),
        escape(t.start),
    )
}

/// The whole first screen as the widget shows it on arrival: its root (as `ui::TriageWidget`
/// renders it), the start screen, and the empty live region. No Danish region: the start
/// screen names only the emergency number, the same in every region.
pub fn first_screen(lang: Lang, country: Country) -> String {
    format!(
        "<div class=\"bpt\" lang=\"{}\" data-country=\"{}\" part=\"widget\">\
         <section class=\"screen start\" data-step=\"start\">{}</section>\
         <div class=\"visually-hidden\" role=\"status\" aria-live=\"polite\" data-live></div></div>",
        lang.code(),
        country.code(),
        start_content(lang.widget_texts(), Place { country, region: None })
    )
}

/// `text` as a JavaScript string literal (JSON's rules, which JavaScript shares).
fn js_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            // U+2028/2029 end a line in older JavaScript; `<` keeps `</script>` out of any page.
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            '<' => out.push_str("\\u003c"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// `{"key": value, …}` from pairs whose values are already JavaScript.
fn js_object(pairs: impl IntoIterator<Item = (String, String)>) -> String {
    let body: Vec<String> = pairs.into_iter().map(|(k, v)| format!("{}: {v}", js_string(&k))).collect();
    format!("{{ {} }}", body.join(", "))
}

/// Every two-letter code `parse` accepts, with what it gives: the tables the first screen
/// uses to pick its language and country, derived from the parsers the WASM itself uses.
fn two_letter_codes<T>(parse: impl Fn(&str) -> Option<T>, upper: bool) -> Vec<(String, T)> {
    let letters: Vec<char> = if upper { ('A'..='Z').collect() } else { ('a'..='z').collect() };
    let mut found = vec![];
    for &a in &letters {
        for &b in &letters {
            let code: String = [a, b].iter().collect();
            if let Some(value) = parse(&code) {
                found.push((code, value));
            }
        }
    }
    found
}

/// The JavaScript module `start-screen.js` of the package and the trunk build: the stylesheet,
/// the first screen for every language and country, and the tables that pick them from the
/// element's attributes.
pub fn js_module() -> String {
    let languages =
        js_object(two_letter_codes(Lang::parse, false).into_iter().map(|(tag, lang)| (tag, js_string(lang.code()))));
    let countries = js_object(
        two_letter_codes(Country::parse, true).into_iter().map(|(code, country)| (code, js_string(country.code()))),
    );
    let emergency = js_object(
        Country::ALL.iter().map(|country| (country.code().to_owned(), js_string(country.emergency_number()))),
    );
    let default_country =
        js_object(Lang::ALL.iter().map(|lang| (lang.code().to_owned(), js_string(lang.default_country().code()))));
    let screens = js_object(Lang::ALL.iter().map(|&lang| {
        let by_country = js_object(
            Country::ALL.iter().map(|&country| (country.code().to_owned(), js_string(&first_screen(lang, country)))),
        );
        (lang.code().to_owned(), by_country)
    }));
    format!(
        "// Generated by `triage start-screen` (src/start_screen.rs) from the widget's own texts and\n\
         // stylesheet, by scripts/package and the trunk build: do not edit.\n\
         /** The widget's stylesheet. */\n\
         export const STYLESHEET = {};\n\
         /** Language for each primary language subtag the widget accepts. */\n\
         export const LANGUAGES = {languages};\n\
         /** Country for each country code the widget accepts. */\n\
         export const COUNTRIES = {countries};\n\
         /** Each country's emergency number. */\n\
         export const EMERGENCY_NUMBER = {emergency};\n\
         /** The country assumed for each language when none is given. */\n\
         export const DEFAULT_COUNTRY = {default_country};\n\
         /** The first screen (the widget's start screen), by language and country. */\n\
         export const SCREENS = {screens};\n",
        js_string(STYLESHEET)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_screen_has_the_emergency_number_as_a_tel_link_and_start() {
        for lang in Lang::ALL {
            for country in Country::ALL {
                let html = first_screen(lang, country);
                let number = country.emergency_number();
                assert!(html.contains(&format!("href=\"tel:{}\"", Country::dial(number))), "{html}");
                assert!(html.contains(&escape(lang.texts().start)), "{html}");
                assert!(html.contains(&escape(lang.texts().privacy)), "{html}");
                assert!(html.contains(&format!("lang=\"{}\"", lang.code())), "{html}");
            }
        }
    }

    #[test]
    fn escaping_keeps_markup_and_strings_intact() {
        assert_eq!(escape("a < b & \"c\" > d"), "a &lt; b &amp; &quot;c&quot; &gt; d");
        assert_eq!(js_string("a\"b\\c\n</script>\u{2028}"), "\"a\\\"b\\\\c\\n\\u003c/script>\\u2028\"");
    }

    #[test]
    fn the_module_maps_what_the_parsers_accept() {
        let js = js_module();
        assert!(js.contains("\"no\": \"nb\""), "Norwegian tags");
        assert!(js.contains("\"UK\": \"GB\""), "UK is GB");
        assert!(js.contains("export const SCREENS"));
    }
}
