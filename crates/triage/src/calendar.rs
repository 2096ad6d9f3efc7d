//! The follow-up as an iCalendar file (RFC 5545): one all-day event on the follow-up date,
//! with a short summary and the advice line, and never any of the reader's answers. Made in the
//! page (the result WASM makes its text, `crates/result-wasm/src/lib.rs`; the widget gives it an object URL,
//! `src/ui/result_view.rs` (the widget crate at the top)), so nothing is sent anywhere.
//!
//! Pure Rust: the text format only. RFC 5545 asks for CRLF line endings (§3.1), lines folded
//! at 75 octets (§3.1), TEXT values escaped (§3.3.11), and a `UID` and `DTSTAMP` on each event
//! (§3.6.1).

use crate::date::CalendarDate;

/// A moment in UTC, for `DTSTAMP` (when the file was made).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UtcTime {
    /// The day.
    pub date: CalendarDate,
    /// 0–23.
    pub hour: u32,
    /// 0–59.
    pub minute: u32,
    /// 0–59 (a leap second is written as 59).
    pub second: u32,
}

/// One all-day reminder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reminder {
    /// The day of the event.
    pub date: CalendarDate,
    /// The event's title: a few words.
    pub summary: String,
    /// The event's description: the advice line.
    pub description: String,
    /// A globally unique id for the event (RFC 5545 §3.8.4.7), e.g. random hex @ a domain.
    pub uid: String,
    /// When the file was made.
    pub stamp: UtcTime,
}

/// `text` as an iCalendar TEXT value: backslash, semicolon and comma escaped, line breaks as `\n`.
fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends `line` to `out`, folded so that no line is longer than 75 octets (each
/// continuation starts with a space, which counts), never inside a UTF-8 character, and ended
/// with CRLF.
fn push_folded(out: &mut String, line: &str) {
    const LIMIT: usize = 75;
    let mut used = 0;
    for c in line.chars() {
        if used + c.len_utf8() > LIMIT {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += c.len_utf8();
    }
    out.push_str("\r\n");
}

impl Reminder {
    /// The `.ics` file: one VCALENDAR holding one VEVENT, with an alarm at 09:00 on the day
    /// for the calendars that honour one.
    pub fn to_ics(&self) -> String {
        let s = self.stamp;
        let stamp = format!("{}T{:02}{:02}{:02}Z", s.date.ical(), s.hour, s.minute, s.second.min(59));
        let summary = escape_text(&self.summary);
        let lines = [
            "BEGIN:VCALENDAR".to_owned(),
            "VERSION:2.0".to_owned(),
            "PRODID:-//back-pain-triage//follow-up reminder//EN".to_owned(),
            "CALSCALE:GREGORIAN".to_owned(),
            "METHOD:PUBLISH".to_owned(),
            "BEGIN:VEVENT".to_owned(),
            format!("UID:{}", escape_text(&self.uid)),
            format!("DTSTAMP:{stamp}"),
            format!("DTSTART;VALUE=DATE:{}", self.date.ical()),
            format!("DTEND;VALUE=DATE:{}", self.date.plus_days(1).ical()),
            format!("SUMMARY:{summary}"),
            format!("DESCRIPTION:{}", escape_text(&self.description)),
            // An all-day reminder should not show the reader as busy.
            "TRANSP:TRANSPARENT".to_owned(),
            "BEGIN:VALARM".to_owned(),
            "ACTION:DISPLAY".to_owned(),
            format!("DESCRIPTION:{summary}"),
            "TRIGGER;RELATED=START:PT9H".to_owned(),
            "END:VALARM".to_owned(),
            "END:VEVENT".to_owned(),
            "END:VCALENDAR".to_owned(),
        ];
        let mut out = String::new();
        for line in &lines {
            push_folded(&mut out, line);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reminder(description: &str) -> Reminder {
        Reminder {
            date: CalendarDate::new(2026, 12, 21).unwrap(),
            summary: "Back pain: check again".into(),
            description: description.into(),
            uid: "0123456789abcdef@back-pain-triage.invalid".into(),
            stamp: UtcTime { date: CalendarDate::new(2026, 11, 30).unwrap(), hour: 8, minute: 5, second: 9 },
        }
    }

    /// The content lines of `ics`, unfolded (RFC 5545 §3.1: CRLF followed by one space is removed).
    fn unfold(ics: &str) -> Vec<String> {
        ics.replace("\r\n ", "").split("\r\n").filter(|l| !l.is_empty()).map(str::to_owned).collect()
    }

    #[test]
    fn one_all_day_event_with_uid_and_stamp_and_crlf_only() {
        let ics = reminder("If it is not clearly better by Monday 21 December, book an appointment.").to_ics();
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        assert!(!ics.replace("\r\n", "").contains(['\r', '\n']), "every line break is CRLF");
        let lines = unfold(&ics);
        assert_eq!(lines.iter().filter(|l| *l == "BEGIN:VEVENT").count(), 1);
        for expected in [
            "VERSION:2.0",
            "DTSTART;VALUE=DATE:20261221",
            "DTEND;VALUE=DATE:20261222",
            "DTSTAMP:20261130T080509Z",
            "UID:0123456789abcdef@back-pain-triage.invalid",
            "SUMMARY:Back pain: check again",
            "DESCRIPTION:If it is not clearly better by Monday 21 December\\, book an appointment.",
        ] {
            assert!(lines.iter().any(|l| l == expected), "{expected} missing from {lines:#?}");
        }
        assert!(lines[0] == "BEGIN:VCALENDAR" && lines.iter().any(|l| l.starts_with("PRODID:")));
    }

    #[test]
    fn long_lines_are_folded_at_75_octets_without_splitting_a_character() {
        let description = "Hvis det ikke er tydelig bedre innen mandag 21. desember (4 uker etter at det begynte), bestill time hos fastlegen din. Æ, ø og å er to byte hver i UTF-8; — er tre.";
        let ics = reminder(description).to_ics();
        for line in ics.split("\r\n") {
            assert!(line.len() <= 75, "{} octets: {line}", line.len());
        }
        let unfolded = unfold(&ics);
        let line = unfolded.iter().find(|l| l.starts_with("DESCRIPTION:Hvis")).unwrap();
        assert_eq!(line, &format!("DESCRIPTION:{}", escape_text(description)));
    }

    #[test]
    fn a_line_of_75_octets_stays_whole_and_the_next_octet_starts_a_continuation() {
        // "SUMMARY:" is 8 octets, so a summary of 67 makes a line of exactly 75.
        let with_summary = |summary: &str| Reminder { summary: summary.to_owned(), ..reminder("x") }.to_ics();
        let a67 = "a".repeat(67);
        assert!(with_summary(&a67).contains(&format!("\r\nSUMMARY:{a67}\r\nDESCRIPTION:x\r\n")));
        assert!(with_summary(&format!("{a67}b")).contains(&format!("\r\nSUMMARY:{a67}\r\n b\r\n")));
        // A two-octet character that would end at octet 76 goes whole to the continuation.
        let a66 = "a".repeat(66);
        assert!(with_summary(&format!("{a66}å")).contains(&format!("\r\nSUMMARY:{a66}\r\n å\r\n")));
    }

    #[test]
    fn text_values_are_escaped() {
        assert_eq!(escape_text("a,b;c\\d\ne\r\n"), "a\\,b\\;c\\\\d\\ne\\n");
    }
}
