//! A language's [`WidgetTexts`] as one list of strings, and back. The widget's own WASM carries
//! no language: the page loads the reader's from `texts/<lang>.js`, which `triage widget-texts`
//! writes from [`WidgetTexts::strings`], and the WASM reads it with [`WidgetTexts::from_strings`]
//! (`ui::texts`). Each type lists its texts by taking itself apart, so a new field does not
//! compile until it is listed here, and the list's order is this file's.

use super::{
    BySign, ByUrgency, NumbersTexts, OperatorTexts, PlaceTexts, Prompt, ServiceNames, StepHeadings, WidgetTexts,
};

/// A value made of texts, which it visits in one fixed order.
trait EachText {
    fn each_text(&mut self, f: &mut dyn FnMut(&mut &'static str));
}

impl EachText for &'static str {
    fn each_text(&mut self, f: &mut dyn FnMut(&mut &'static str)) {
        f(self);
    }
}

impl<T: EachText, const N: usize> EachText for [T; N] {
    fn each_text(&mut self, f: &mut dyn FnMut(&mut &'static str)) {
        for item in self {
            item.each_text(f);
        }
    }
}

/// `EachText` for a struct: takes it apart into every field, named in the list's order (a field
/// left out does not compile), and visits each.
macro_rules! each_field {
    ($type:ident $(<$param:ident>)? { $($field:ident),+ $(,)? }) => {
        impl$(<$param: EachText>)? EachText for $type$(<$param>)? {
            fn each_text(&mut self, f: &mut dyn FnMut(&mut &'static str)) {
                let $type { $($field),+ } = self;
                $($field.each_text(f);)+
            }
        }
    };
}

each_field!(Prompt { question, hint, short });
each_field!(BySign<T> {
    bladder_or_bowel_problems,
    saddle_numbness,
    both_legs,
    leg_weakness,
    leg_numbness,
    fever_or_unwell,
    trauma,
    minor_fall,
    weight_loss,
    cancer_history,
    constant_night_pain,
    osteoporosis_or_steroids,
    pain_below_knee,
    uncontrolled_pain,
    major_impact,
    worried,
});
each_field!(ByUrgency<T> { emergency, urgent, soon, self_care });
each_field!(StepHeadings {
    bladder_or_bowel,
    saddle_numbness,
    both_legs,
    warning_signs,
    health_history,
    the_pain,
    age,
    duration,
    trend,
    daily_life,
});
each_field!(ServiceNames {
    gp,
    ooh_name,
    ooh_by_region,
    emergency_headline,
    emergency_steps,
    emergency_safety_net,
    injury_headline,
    injury_steps,
    other_help,
    check_after
});
each_field!(NumbersTexts {
    numbers_for,
    country_names,
    northern_ireland,
    unconfirmed,
    ooh_with_number,
    ooh_without_number,
    emergency_headline,
    emergency_steps,
    emergency_safety_net,
});
each_field!(OperatorTexts { named, site });
each_field!(PlaceTexts { names, basis_norwegian, basis_nice, basis_danish, numbers });
each_field!(WidgetTexts {
    title,
    intro,
    disclaimer,
    operator,
    privacy,
    emergency_lead,
    call_number,
    start,
    step_of,
    next,
    show_result,
    show_what_to_do_now,
    back,
    restart,
    change_answers,
    yes,
    no,
    please_answer,
    step_headings,
    signs,
    age,
    age_invalid,
    duration,
    duration_choices,
    trend,
    trend_choices,
    headline,
    copied,
    copy_failed,
    places,
});

/// A list of strings that is not one language's widget texts for this build: it has `got`
/// strings, where this build's [`WidgetTexts`] has `expected` (a `texts/<lang>.js` from another
/// version of the package).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TextListError {
    /// How many strings the list has.
    pub got: usize,
    /// How many this build's widget texts have.
    pub expected: usize,
}

impl std::fmt::Display for TextListError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} texts where this WASM has {}: texts and WASM are from different builds", self.got, self.expected)
    }
}

impl WidgetTexts {
    /// Every text, in the list's order.
    ///
    /// # Example
    /// ```
    /// use triage::i18n::{Lang, WidgetTexts};
    /// let en = Lang::En.widget_texts();
    /// assert_eq!(en.strings()[0], en.title);
    /// assert_eq!(WidgetTexts::from_strings(&en.strings()), Ok(*en));
    /// ```
    pub fn strings(&self) -> Vec<&'static str> {
        let mut out = Vec::new();
        let mut copy = *self;
        copy.each_text(&mut |text| out.push(*text));
        out
    }

    /// Every text empty: what [`WidgetTexts::from_strings`] fills and
    /// [`WidgetTexts::string_count`] counts. Made once here rather than where each asks for it,
    /// which would copy the whole struct's making into each of them in the widget's WASM.
    #[inline(never)]
    pub fn empty() -> WidgetTexts {
        WidgetTexts::default()
    }

    /// How many strings the list of this build's widget texts has.
    pub fn string_count() -> usize {
        let mut count = 0;
        WidgetTexts::empty().each_text(&mut |_| count += 1);
        count
    }

    /// Whether a list of `count` strings can be this build's widget texts (checked before
    /// anything is made of it).
    pub fn fits(count: usize) -> Result<(), TextListError> {
        let expected = WidgetTexts::string_count();
        if count == expected { Ok(()) } else { Err(TextListError { got: count, expected }) }
    }

    /// The texts from a list that [`WidgetTexts::strings`] made.
    pub fn from_strings(strings: &[&'static str]) -> Result<WidgetTexts, TextListError> {
        WidgetTexts::fits(strings.len())?;
        let mut texts = WidgetTexts::empty();
        let mut next = strings.iter();
        texts.each_text(&mut |text| {
            if let Some(string) = next.next() {
                *text = string;
            }
        });
        Ok(texts)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn every_language_comes_back_whole_from_its_list() {
        for lang in Lang::ALL {
            let texts = lang.widget_texts();
            let strings = texts.strings();
            assert_eq!(strings.len(), WidgetTexts::string_count());
            // Every field is in the list: a field left out would stay empty after the way back.
            assert_eq!(WidgetTexts::from_strings(&strings), Ok(*texts), "{lang:?}");
        }
    }

    #[test]
    fn a_list_of_another_length_is_refused_with_both_lengths() {
        let strings = Lang::Sv.widget_texts().strings();
        let expected = strings.len();
        assert_eq!(WidgetTexts::from_strings(&strings[1..]), Err(TextListError { got: expected - 1, expected }));
        assert_eq!(WidgetTexts::from_strings(&[]), Err(TextListError { got: 0, expected }));
    }
}
