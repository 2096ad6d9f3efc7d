//! The widget's texts in the languages the page has loaded. The widget's WASM carries no
//! language: `www/package/src/loader.js` imports the reader's `texts/<lang>.js` beside the WASM and
//! hands its list to `addTexts` (`crate::embed`), and a language switch waits for the new
//! language's list. Five languages in the WASM cost about 7.6 KB gzip more than one
//! (bench/results/2026-11-30-size.md).

use std::cell::RefCell;

use triage::i18n::{Lang, TextListError, WidgetTexts};

thread_local! {
    /// Each language's texts once loaded, in the order of `Lang::ALL`. Never removed: a page
    /// loads each language at most once, so what this holds is bounded by five lists.
    static LOADED: RefCell<[Option<&'static WidgetTexts>; 5]> = const { RefCell::new([None; 5]) };
}

/// Where `lang` is in `Lang::ALL`.
fn index(lang: Lang) -> usize {
    Lang::ALL.iter().position(|&l| l == lang).unwrap_or(0)
}

/// Takes `strings`, a list from `texts/<lang>.js` ([`WidgetTexts::strings`]' order), as the texts
/// of `lang`. A language already loaded keeps its texts.
pub fn add(lang: Lang, strings: Vec<String>) -> Result<(), TextListError> {
    // Checked first, so that a list that does not fit is refused whenever it comes, and leaks
    // nothing.
    WidgetTexts::fits(strings.len())?;
    if LOADED.with_borrow(|loaded| loaded[index(lang)].is_some()) {
        return Ok(());
    }
    // Kept for the page's lifetime, as compiled texts would be: `WidgetTexts` holds `&'static str`.
    let strings: Vec<&'static str> = strings.into_iter().map(|s| &*Box::leak(s.into_boxed_str())).collect();
    let texts: &'static WidgetTexts = Box::leak(Box::new(WidgetTexts::from_strings(&strings)?));
    LOADED.with_borrow_mut(|loaded| loaded[index(lang)] = Some(texts));
    Ok(())
}

/// The texts of `lang`, if the page has loaded them.
pub fn get(lang: Lang) -> Option<&'static WidgetTexts> {
    LOADED.with_borrow(|loaded| loaded[index(lang)])
}

/// The texts of `lang`; without them, those of any language loaded, and without any, empty
/// texts. A widget is only mounted, and only switched, to a language whose texts are loaded
/// (`crate::embed`), so the fallbacks are never seen; they stand in for a panic.
pub fn get_or_fallback(lang: Lang) -> &'static WidgetTexts {
    get(lang)
        .or_else(|| Lang::ALL.into_iter().find_map(get))
        .unwrap_or_else(|| Box::leak(Box::new(WidgetTexts::empty())))
}
