//! The start screen as plain markup, defined once: the widget renders it, and
//! `triage start-screen` writes it, for every language and country, into the JavaScript module
//! that paints the first screen before the WASM has arrived (`start-screen.js` beside the
//! element script, imported by `www/package/src/first-screen.js`). So the first screen and the widget's
//! own start screen cannot differ, and no text is typed twice.

use crate::action::Action;
use crate::country::{Country, Numbers, Place, UNCONFIRMED_EMERGENCY};
use crate::i18n::{Lang, OperatorTexts, WidgetTexts, fill};
use crate::operator::{Operator, operator_sentence};
use crate::render::html::Html;
use crate::render::markup;

/// The widget's stylesheet: plain CSS with `--bpt-*` custom properties for theming. The
/// JavaScript adopts it into each widget's shadow root (a constructed stylesheet, which a
/// strict CSP allows), so it travels in `start-screen.js` rather than in the WASM.
pub const STYLESHEET: &str = include_str!("style.css");

/// A big `tel:` link to `number`, worded by `call_number` ("Call {number}"). With a `service`
/// name it is an out-of-hours / advice line: the name under the number, in the accent colour
/// (`a.call.call-ooh` in `style.css`); without one, the emergency number's button.
pub fn call_link(html: &mut Html, call_number: &str, number: &str, service: Option<&str>) {
    call_link_dialling(html, call_number, number, &Country::dial(number), service);
}

/// [`call_link`] for a number shown as `number` that dials `dial` (a host's own number, as
/// the host wrote it).
pub fn call_link_dialling(html: &mut Html, call_number: &str, number: &str, dial: &str, service: Option<&str>) {
    call_link_parts(html, call_number, number, dial, service, None);
}

/// [`call_link`] for an out-of-hours line that is open only at some hours (a Danish region's
/// lægevagt): when it takes calls (`hours`) under the service's name, inside the link, so that
/// the reader, and a screen reader reading the link, hear it before dialling (clinical review
/// §3.2: on a weekday morning most Danish lines are closed).
pub fn call_link_with_hours(html: &mut Html, call_number: &str, number: &str, service: &str, hours: &str) {
    call_link_parts(html, call_number, number, &Country::dial(number), Some(service), Some(hours));
}

/// The one call link the three above write.
fn call_link_parts(
    html: &mut Html,
    call_number: &str,
    number: &str,
    dial: &str,
    service: Option<&str>,
    hours: Option<&str>,
) {
    html.open("a").attr("class", if service.is_some() { "call call-ooh" } else { "call" });
    html.attr("part", "call-link").attr("href", &format!("tel:{dial}")).close_start();
    html.text(&fill(call_number, &[("number", number)]));
    if let Some(service) = service {
        html.markup(markup!("<span class=\"service\">")).text(service).end("span");
    }
    if let Some(hours) = hours {
        html.markup(markup!("<span class=\"hours\">")).text(hours).end("span");
    }
    html.end("a");
}

/// The inside of `<p class="emergency-call" data-contact="emergency">`: the place's
/// emergency number (112 without a confirmed country) as a big `tel:` link, after the
/// "acutely ill?" lead text of `t` when `lead`.
pub fn emergency_call(html: &mut Html, t: &WidgetTexts, place: Place, lead: bool) {
    if lead {
        html.markup(markup!("<span class=\"lead\">")).text(t.emergency_lead).markup(markup!("</span> "));
    }
    call_link(html, t.call_number, place.emergency_number(), None);
}

/// The line saying which country the numbers are for, or that none was given and only 112 is
/// shown (`data-numbers` = `national` or `unconfirmed`): on the start screen, the screen shown
/// while the result loads, and every result. `line` is the text (`NumbersTexts::line`).
pub fn numbers_line(html: &mut Html, place: Place, line: &str) {
    let kind = match place.numbers {
        Numbers::National => "national",
        Numbers::Unconfirmed => "unconfirmed",
    };
    html.markup(markup!("<p class=\"note numbers-for\"")).attr("data-numbers", kind).close_start();
    html.text(line).end("p");
}

/// The root's `data-country`: the country whose numbers are shown, empty when none was given.
pub fn country_attribute(place: Place) -> &'static str {
    place.numbers_country().map_or("", Country::code)
}

/// Who offers the tool, inside the intended use: the host's `operator` with the contact as a
/// link (`mailto:` or `https:`) in `<span data-operator="named">`, or the site's owner in
/// `<span data-operator="site">` ([`crate::operator::note_text`] is the same as plain text).
pub fn operator_note(html: &mut Html, t: &OperatorTexts, operator: Option<&Operator>) {
    let Some(o) = operator else {
        html.markup(markup!("<span data-operator=\"site\">")).text(t.site).end("span");
        return;
    };
    let (before, after) = operator_sentence(t, o);
    html.markup(markup!("<span data-operator=\"named\">")).text(&before);
    html.markup(markup!("<a data-operator-contact=\"\" part=\"operator-link\"")).attr("href", &o.contact.href());
    html.close_start().text(o.contact.shown()).end("a").text(after).end("span");
}

/// The inside of `<section class="screen start" data-step="start">`: what this is, the
/// emergency number before any question, the intended use, the privacy line, and Start, in the
/// language of `t`. The intended use ends with who offers the tool: the host's `operator`, or
/// the site's owner ([`operator_note`]).
pub fn start_content(t: &WidgetTexts, place: Place, operator: Option<&Operator>) -> String {
    let mut html = Html::new();
    start_into(&mut html, t, place, operator);
    html.into_string()
}

fn start_into(html: &mut Html, t: &WidgetTexts, place: Place, operator: Option<&Operator>) {
    html.markup(markup!("<h2 tabindex=\"-1\">")).text(t.title).markup(markup!("</h2><p>")).text(t.intro);
    html.markup(markup!("</p><p class=\"emergency-call\" data-contact=\"emergency\">"));
    emergency_call(html, t, place, true);
    html.end("p");
    numbers_line(html, place, &t.places.numbers_line(place));
    html.markup(markup!("<p class=\"note\" data-intended-use=\"\">")).text(&t.places.for_place(t.disclaimer, place));
    html.markup(markup!(" "));
    operator_note(html, &t.operator, operator);
    html.markup(markup!("</p><p class=\"note\">")).text(t.privacy);
    html.markup(markup!("</p><div class=\"nav\"><button type=\"button\" class=\"primary\""));
    html.action(Action::Next).markup(markup!(" part=\"button primary-button\">")).text(t.start);
    html.markup(markup!("</button></div>"));
}

/// The whole first screen as the widget shows it on arrival: its root (as `ui::TriageWidget`
/// renders it), the start screen, and the empty live region. No Danish region: the start
/// screen names only the emergency number, the same in every region. `country`: `None` when
/// the host gave none (then 112 only, and the language's content). No operator: the element's
/// script paints this before the WASM has checked the host's `operator-*` values, and takes the
/// site owner's sentence out when the host gave any (`www/package/src/first-screen.js`).
pub fn first_screen(lang: Lang, country: Option<Country>) -> String {
    let place = country.map_or(Place::unconfirmed(lang.default_country()), Place::from);
    let mut html = Html::new();
    html.markup(markup!("<div class=\"bpt\"")).attr("lang", lang.code());
    html.attr("data-country", country_attribute(place)).markup(markup!(" part=\"widget\">"));
    html.markup(markup!("<section class=\"screen start\" data-step=\"start\">"));
    start_into(&mut html, lang.widget_texts(), place, None);
    html.markup(markup!(
        "</section><div class=\"visually-hidden\" role=\"status\" aria-live=\"polite\" data-live></div></div>"
    ));
    html.into_string()
}

/// The key of the first screen without a country in `SCREENS` and `EMERGENCY_NUMBER` of
/// `start-screen.js` (not a country code, which is two capital letters).
pub const NO_COUNTRY: &str = "none";

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
    // Each country by its code, and `none` for no country given (112 only).
    let places = || Country::ALL.into_iter().map(|c| (c.code(), Some(c))).chain([(NO_COUNTRY, None)]);
    let emergency = js_object(places().map(|(key, country)| {
        (key.to_owned(), js_string(country.map_or(UNCONFIRMED_EMERGENCY, Country::emergency_number)))
    }));
    // The text before and after the number, which the script makes a link of.
    let fallback = js_object(Lang::ALL.iter().map(|&lang| {
        let (before, after) =
            lang.texts().load_failed.split_once("{emergency}").unwrap_or((lang.texts().load_failed, ""));
        (lang.code().to_owned(), format!("[{}, {}]", js_string(before.trim_end()), js_string(after.trim_start())))
    }));
    let start = js_string(Action::Next.selector());
    let screens = js_object(Lang::ALL.iter().map(|&lang| {
        let by_country =
            js_object(places().map(|(key, country)| (key.to_owned(), js_string(&first_screen(lang, country)))));
        (lang.code().to_owned(), by_country)
    }));
    format!(
        "// Generated by `triage start-screen` (crates/triage/src/render/start_screen.rs) from the widget's own texts and\n\
         // stylesheet, by scripts/package and the trunk build: do not edit.\n\
         /** The widget's stylesheet. */\n\
         export const STYLESHEET = {};\n\
         /** Language for each primary language subtag the widget accepts. */\n\
         export const LANGUAGES = {languages};\n\
         /** Country for each country code the widget accepts. */\n\
         export const COUNTRIES = {countries};\n\
         /** Each country's emergency number; `none`: no country given, 112. */\n\
         export const EMERGENCY_NUMBER = {emergency};\n\
         /** The first screen (the widget's start screen), by language and country (`none`: no\n\
          * country given, so 112 only and no out-of-hours number). */\n\
         export const SCREENS = {screens};\n\
         /** What the reader sees in place of Start if the widget cannot load, by language: the\n\
          * emergency signs, before and after the number to call. */\n\
         export const FALLBACK = {fallback};\n\
         /** The selector of Start (`triage::action::Action::Next`). */\n\
         export const START_SELECTOR = {start};\n",
        js_string(STYLESHEET)
    )
}

// Natively only: the tests read the markup with an HTML parser (`render::read`), a native
// dev-dependency.
#[cfg(test)]
#[cfg(not(target_arch = "wasm32"))]
mod tests {
    use super::*;
    use crate::render::html::escaped;
    use crate::render::read::{Find, Markup, all_text, attr, dialled, fragment, text};
    use scraper::ElementRef;

    /// The element `markup` is: its one top-level element (a fragment's elements are the
    /// children of the `<html>` the parser adds).
    fn the_element(markup: &Markup) -> ElementRef<'_> {
        markup.one("html > *")
    }

    #[test]
    fn the_text_when_the_widget_cannot_load_names_the_number_once_in_every_language() {
        let module = js_module();
        for lang in Lang::ALL {
            let text = lang.texts().load_failed;
            assert_eq!(text.matches("{emergency}").count(), 1, "{lang:?}: {text}");
            let (before, after) = text.split_once("{emergency}").expect("the number's place");
            assert!(!before.trim().is_empty() && !after.trim().is_empty(), "{lang:?}: {text}");
            let pair = format!(
                "{}: [{}, {}]",
                js_string(lang.code()),
                js_string(before.trim_end()),
                js_string(after.trim_start())
            );
            assert!(module.contains(&pair), "{lang:?}: {pair}");
        }
    }

    #[test]
    fn every_screen_has_the_emergency_number_as_a_tel_link_and_start() {
        for lang in Lang::ALL {
            for country in Country::ALL.map(Some).into_iter().chain([None]) {
                let html = first_screen(lang, country);
                let markup = fragment(&html);
                let number = country.map_or(UNCONFIRMED_EMERGENCY, Country::emergency_number);
                assert_eq!(dialled(&markup), [Country::dial(number)], "one number only: {html}");
                assert_eq!(text(markup.one(Action::Next.selector())), lang.texts().start, "{html}");
                let notes: Vec<String> = markup.all("p.note").into_iter().map(text).collect();
                assert!(notes.iter().any(|note| note == lang.texts().privacy), "{notes:?}");
                let root = the_element(&markup);
                assert_eq!((root.value().name(), attr(root, "class")), ("div", Some("bpt")), "{html}");
                assert_eq!(attr(root, "lang"), Some(lang.code()), "{html}");
                assert!(!html.contains('{'), "a placeholder left unfilled: {html}");
            }
        }
    }

    /// Review §3.3: the start screen names the country its number is for, and without one
    /// says that the site has not set a country and that 112 works in all four countries.
    #[test]
    fn the_start_screen_says_which_country_its_number_is_for_in_every_language() {
        for lang in Lang::ALL {
            let t = &lang.texts().numbers;
            for country in Country::ALL {
                let markup = fragment(&first_screen(lang, Some(country)));
                let name = t.country_names[Country::ALL.iter().position(|&c| c == country).unwrap()];
                let line = text(markup.one("p[data-numbers=\"national\"]"));
                assert!(line.starts_with(&fill(t.numbers_for, &[("country", name)])), "{lang:?}: {line}");
                assert_eq!(attr(the_element(&markup), "data-country"), Some(country.code()));
                let all = all_text(&markup);
                assert_eq!(all.contains(t.northern_ireland), country == Country::Gb, "{lang:?} {country:?}");
            }
            let markup = fragment(&first_screen(lang, None));
            let line = fill(t.unconfirmed, &[("emergency", "112")]);
            assert_eq!(text(markup.one("p[data-numbers=\"unconfirmed\"]")), line, "{lang:?}");
            assert_eq!(attr(the_element(&markup), "data-country"), Some(""));
            for name in t.country_names {
                assert!(line.contains(name.trim_start_matches("the ")), "{lang:?}: 112 works in {name}: {line}");
            }
        }
    }

    fn note(t: &OperatorTexts, operator: Option<&Operator>) -> String {
        let mut html = Html::new();
        operator_note(&mut html, t, operator);
        html.into_string()
    }

    #[test]
    fn the_note_escapes_the_name_and_links_the_contact() {
        let t = &Lang::En.texts().operator;
        let name = "A&B \"<x>\" {contact}";
        let o = crate::operator::Operator {
            name: name.to_owned(),
            contact: crate::operator::ErrorContact::Email("feil@x.no".to_owned()),
        };
        let markup = fragment(&note(t, Some(&o)));
        let span = the_element(&markup);
        let attrs: Vec<(&str, &str)> = span.value().attrs().collect();
        assert_eq!((span.value().name(), attrs), ("span", vec![("data-operator", "named")]));
        let first = span.first_child().and_then(|node| node.value().as_text()).map_or(String::new(), |t| t.to_string());
        assert!(first.starts_with("This service is provided by A&B \"<x>\" {contact}."), "{first:?}");
        let link = span.one("a");
        assert_eq!(attr(link, "href"), Some("mailto:feil@x.no"));
        assert_eq!(text(link), "feil@x.no");
        let after =
            link.next_sibling().and_then(|node| node.value().as_text()).map_or(String::new(), |t| t.to_string());
        assert!(after.starts_with('.'), "the full stop after the link: {after:?}");
        let url = crate::operator::Operator {
            name: "N".to_owned(),
            contact: crate::operator::ErrorContact::Url("https://x.no/?a=1&b=\"2\"".to_owned()),
        };
        let markup = fragment(&note(t, Some(&url)));
        assert_eq!(attr(markup.one("span[data-operator=\"named\"] > a"), "href"), Some("https://x.no/?a=1&b=\"2\""));
        let markup = fragment(&note(t, None));
        let span = the_element(&markup);
        let attrs: Vec<(&str, &str)> = span.value().attrs().collect();
        assert_eq!((span.value().name(), attrs), ("span", vec![("data-operator", "site")]));
        assert_eq!((span.children().count(), text(span)), (1, t.site.to_owned()), "its text alone");
    }

    #[test]
    fn escaping_keeps_markup_and_strings_intact() {
        assert_eq!(escaped("a < b & \"c\" > d"), "a &lt; b &amp; &quot;c&quot; &gt; d");
        assert_eq!(js_string("a\"b\\c\n</script>\u{2028}"), "\"a\\\"b\\\\c\\n\\u003c/script>\\u2028\"");
    }

    #[test]
    fn the_module_maps_what_the_parsers_accept() {
        let js = js_module();
        assert!(js.contains("\"no\": \"nb\""), "Norwegian tags");
        assert!(js.contains("\"UK\": \"GB\""), "UK is GB");
        assert!(js.contains("export const SCREENS"));
        // The first screen without a country, and its number, for the element's script.
        assert!(js.contains("\"none\": \"112\""), "{js}");
        assert_eq!(js.matches("\"none\": \"\\u003cdiv class=").count(), Lang::ALL.len());
    }
}
