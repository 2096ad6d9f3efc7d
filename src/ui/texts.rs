//! The widget's texts in the languages the page has loaded. The widget's WASM (the `widget`
//! feature alone) carries no language: `www/package/index.js` imports the reader's
//! `texts/<lang>.js` beside the WASM and hands its list to `addTexts` (`crate::embed`), and a
//! language switch waits for the new language's list. Five languages in the WASM cost about
//! 7.6 KB gzip more than one (bench/results/2026-11-30-size.md). Built with the `result` feature
//! too (the component tests, the demo's full build), a language not loaded comes from the
//! compiled texts.

use std::cell::RefCell;

use crate::i18n::{Lang, TextListError, WidgetTexts};

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
    if LOADED.with_borrow(|loaded| loaded[index(lang)].is_some()) {
        return Ok(());
    }
    // Checked before the strings are kept, so that a list that does not fit leaks nothing.
    WidgetTexts::fits(strings.len())?;
    // Kept for the page's lifetime, as compiled texts would be: `WidgetTexts` holds `&'static str`.
    let strings: Vec<&'static str> = strings.into_iter().map(|s| &*Box::leak(s.into_boxed_str())).collect();
    let texts: &'static WidgetTexts = Box::leak(Box::new(WidgetTexts::from_strings(&strings)?));
    LOADED.with_borrow_mut(|loaded| loaded[index(lang)] = Some(texts));
    Ok(())
}

/// The texts of `lang`, if the page has loaded them (or this WASM has them compiled in).
pub fn get(lang: Lang) -> Option<&'static WidgetTexts> {
    let loaded = LOADED.with_borrow(|loaded| loaded[index(lang)]);
    #[cfg(feature = "result")]
    let loaded = loaded.or_else(|| Some(lang.widget_texts()));
    loaded
}

/// The texts of `lang`; without them, those of any language loaded, and without any, empty
/// texts. A widget is only mounted, and only switched, to a language whose texts are loaded
/// (`crate::embed`), so the fallbacks are never seen; they stand in for a panic.
pub fn get_or_fallback(lang: Lang) -> &'static WidgetTexts {
    get(lang)
        .or_else(|| Lang::ALL.into_iter().find_map(get))
        .unwrap_or_else(|| Box::leak(Box::new(WidgetTexts::default())))
}
