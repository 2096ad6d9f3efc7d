//! The texts of the result screen's layout: the call button's lead, the summary lines of the
//! closed sections, the dated follow-up and the calendar reminder. (The clinical texts of a
//! result, headline, reasons and advice, are in [`super::Texts`] itself.)

/// The words before the call button on a result that is not an emergency: when to call the
/// out-of-hours / advice number rather than the reader's own doctor.
#[derive(Clone, Copy, Debug)]
pub struct CallLead {
    /// Contact a doctor today: when the reader's own doctor is closed.
    pub urgent: &'static str,
    /// Book within days: if it gets worse before the appointment.
    pub soon: &'static str,
    /// Self-care where the number is an advice line for anyone unsure (1177, NHS 111).
    pub self_care: &'static str,
    /// Self-care where the services ask people to try their own doctor first when it can wait
    /// (`Country::own_doctor_first`): if it gets worse and cannot wait until `{gp}` is open.
    pub self_care_own_doctor_first: &'static str,
}

/// The result screen's own texts. `{n}` is a count, `{date}` a date written by the browser in
/// the reader's language, `{gp}` the reader's own doctor (see `fill_country`).
#[derive(Clone, Copy, Debug)]
pub struct ResultTexts {
    /// The line before the out-of-hours call button.
    pub call_lead: CallLead,
    /// The summary line of the closed "why" section with one reason.
    pub why_one: &'static str,
    /// The same with `{n}` reasons.
    pub why_many: &'static str,
    /// The summary line of the closed "your answers" section, with `{n}` answers.
    pub answers_count: &'static str,
    /// The heading of the dated follow-up.
    pub follow_up_heading: &'static str,
    /// Self-care, the mark still ahead: if not clearly better by `{date}`, book.
    pub check_by: &'static str,
    /// A doctor is already advised, the mark still ahead: contact them again if not clearly
    /// better by `{date}`.
    pub check_by_again: &'static str,
    /// A doctor is advised and the mark has passed: that appointment is the follow-up (no date,
    /// no "today": the headline says how soon).
    pub appointment_now: &'static str,
    /// A doctor is advised and the follow-up would be less than a week away: that appointment
    /// is the follow-up (no date, and nothing on how long it has lasted, which may be under a
    /// week). The second half of `appointment_now`, standing alone.
    pub appointment_before_the_mark: &'static str,
    /// Self-care, past the mark and getting better: if it stops getting better, book.
    pub if_it_stops_improving: &'static str,
    /// Self-care, past the mark (Sweden's 2 weeks) and not getting better: book now.
    pub book_now: &'static str,
    /// The link that downloads the calendar file.
    pub add_to_calendar: &'static str,
    /// The calendar event's title (only dated follow-ups, `check_by` and `check_by_again`,
    /// have one).
    pub calendar_title_check: &'static str,
    /// The calendar file's name, ending in `.ics`, in ASCII (file systems and mail clients).
    pub calendar_file_name: &'static str,
}

/// `text` split after its first sentence: a `.`, `!` or `?` followed by a space and a capital
/// letter (so "f.eks. en" or "ca. 4" do not end one). The rest has its leading space removed
/// and is empty when `text` is one sentence.
pub fn split_first_sentence(text: &str) -> (&str, &str) {
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if matches!(c, '.' | '!' | '?')
            && let Some(&(_, ' ')) = chars.peek()
            && text[i + 2..].chars().next().is_some_and(char::is_uppercase)
        {
            return (&text[..=i], &text[i + 2..]);
        }
    }
    (text, "")
}

#[cfg(test)]
mod tests {
    use super::split_first_sentence;

    #[test]
    fn the_first_sentence_ends_at_a_full_stop_before_a_capital() {
        assert_eq!(split_first_sentence("Keep moving. It helps!"), ("Keep moving.", "It helps!"));
        assert_eq!(split_first_sentence("Ta f.eks. en tur. Det hjelper."), ("Ta f.eks. en tur.", "Det hjelper."));
        assert_eq!(split_first_sentence("Ca. 4 g. Les pakningsvedlegget."), ("Ca. 4 g.", "Les pakningsvedlegget."));
        assert_eq!(split_first_sentence("Én setning."), ("Én setning.", ""));
        assert_eq!(split_first_sentence("Är det värre? Ring. Även då."), ("Är det värre?", "Ring. Även då."));
        assert_eq!(split_first_sentence(""), ("", ""));
    }
}
