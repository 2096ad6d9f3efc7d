//! What a button or link of the widget's markup does, named once: the markup carries it as
//! `data-action="…"` (`Html::action` in `crates/triage/src/render/html.rs`), the widget's handlers read it back with
//! [`Action::of`] and match every variant, and the element's script finds Start by
//! [`Action::selector`] (`START_SELECTOR` in the generated start-screen.js). A hook for tests
//! too: `[data-action="next"]`.

/// A button or link of the widget's markup.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// Start, and the next step ("Next", "Show the result").
    Next,
    /// The step before.
    Back,
    /// "Change my answers", from the result.
    Change,
    /// "Start again", from the result.
    Restart,
    /// Print the summary.
    Print,
    /// Copy the summary.
    Copy,
    /// The calendar file of the follow-up (a download link).
    Calendar,
}

impl Action {
    /// Every action.
    pub const ALL: [Action; 7] =
        [Action::Next, Action::Back, Action::Change, Action::Restart, Action::Print, Action::Copy, Action::Calendar];

    /// The value of `data-action`.
    // Inlined: each use names one action, so the widget's WASM keeps only the strings it uses.
    #[inline(always)]
    pub const fn as_str(self) -> &'static str {
        match self {
            Action::Next => "next",
            Action::Back => "back",
            Action::Change => "change",
            Action::Restart => "restart",
            Action::Print => "print",
            Action::Copy => "copy",
            Action::Calendar => "calendar",
        }
    }

    /// The CSS selector of its element: `[data-action="next"]`.
    // Inlined: each use names one action, so the widget's WASM keeps only the strings it uses.
    #[inline(always)]
    pub const fn selector(self) -> &'static str {
        match self {
            Action::Next => "[data-action=\"next\"]",
            Action::Back => "[data-action=\"back\"]",
            Action::Change => "[data-action=\"change\"]",
            Action::Restart => "[data-action=\"restart\"]",
            Action::Print => "[data-action=\"print\"]",
            Action::Copy => "[data-action=\"copy\"]",
            Action::Calendar => "[data-action=\"calendar\"]",
        }
    }

    /// The action a `data-action` value names, if any.
    ///
    /// # Example
    ///
    /// ```
    /// use triage::action::Action;
    ///
    /// assert_eq!(Action::of("copy"), Some(Action::Copy));
    /// assert_eq!(Action::of("submit"), None);
    /// ```
    pub fn of(value: &str) -> Option<Action> {
        // A match rather than a search of `ALL`: the smaller code in the widget's WASM. The test
        // below holds it to `as_str`.
        match value {
            "next" => Some(Action::Next),
            "back" => Some(Action::Back),
            "change" => Some(Action::Change),
            "restart" => Some(Action::Restart),
            "print" => Some(Action::Print),
            "copy" => Some(Action::Copy),
            "calendar" => Some(Action::Calendar),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_action_reads_back_and_its_selector_says_its_name() {
        for action in Action::ALL {
            assert_eq!(Action::of(action.as_str()), Some(action));
            assert_eq!(action.selector(), format!("[data-action=\"{}\"]", action.as_str()));
        }
        let names: std::collections::HashSet<_> = Action::ALL.map(Action::as_str).into_iter().collect();
        assert_eq!(names.len(), Action::ALL.len(), "each name once");
    }
}
