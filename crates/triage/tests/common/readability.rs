//! Readability figures for the texts the reader sees, computed here rather than by an outside
//! tool, so that `tests/readability.rs` can hold every language to a limit.
//!
//! - **LIX** (Björnsson), for the Scandinavian languages: words per sentence plus
//!   100 × (words of more than 6 letters) ÷ words. Below 30 is very easy, 30–40 easy
//!   (popular fiction, plain public information), 40–50 medium, above 50 hard.
//! - **Flesch reading ease**, for English: 206.835 − 1.015 × words per sentence
//!   − 84.6 × syllables per word. 60–70 is plain English; higher is easier.
//!
//! How text is counted (the same for every language):
//! - A *sentence* ends at `.`, `!` or `?` followed by a space and a capital letter, a digit or
//!   an opening quote or bracket, or by the end of the text or of a line; at a colon only
//!   before a line break or the end. So "f.eks. slik" or "4 g. dagleg" do not end a sentence,
//!   and neither does a colon inside a sentence ("Ligg minst mogleg: sengeleie er …").
//! - A *word* is a run of characters between spaces, slashes and dashes (`–`, `—`) that holds
//!   at least one letter or digit. Its *letters* are its alphabetic characters: "trenings-" has
//!   8, "113" none. A hyphenated compound ("MR-scanning") is one word.
//! - *Syllables* (English only): the groups of vowels `a e i o u y` in the word's letters, less a
//!   silent final "e" ("make" 1, "table" 2), at least one per word; a word of digits only counts
//!   one. This simple count is close enough for a whole language's figure (it errs by about a
//!   syllable in ten), not for grading one sentence.

/// Counts over a body of text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    /// Sentences.
    pub sentences: usize,
    /// Words.
    pub words: usize,
    /// Words of more than 6 letters.
    pub long_words: usize,
    /// Syllables, counted the English way (see the module's notes).
    pub syllables: usize,
}

impl Tally {
    /// The counts of `text`.
    pub fn of(text: &str) -> Tally {
        let mut tally = Tally::default();
        for sentence in sentences(text) {
            tally.add_sentence(sentence);
        }
        tally
    }

    fn add_sentence(&mut self, sentence: &str) {
        let mut any = false;
        for word in words(sentence) {
            any = true;
            self.words += 1;
            if letters(word) > 6 {
                self.long_words += 1;
            }
            self.syllables += english_syllables(word);
        }
        if any {
            self.sentences += 1;
        }
    }

    /// The sum of two tallies.
    pub fn plus(self, other: Tally) -> Tally {
        Tally {
            sentences: self.sentences + other.sentences,
            words: self.words + other.words,
            long_words: self.long_words + other.long_words,
            syllables: self.syllables + other.syllables,
        }
    }

    /// LIX: words per sentence + 100 × long words ÷ words; 0 for no words.
    pub fn lix(&self) -> f64 {
        if self.words == 0 {
            return 0.0;
        }
        self.words as f64 / self.sentences as f64 + 100.0 * self.long_words as f64 / self.words as f64
    }

    /// Flesch reading ease: 206.835 − 1.015 × words per sentence − 84.6 × syllables per word;
    /// 0 for no words.
    pub fn flesch_reading_ease(&self) -> f64 {
        if self.words == 0 {
            return 0.0;
        }
        206.835
            - 1.015 * (self.words as f64 / self.sentences as f64)
            - 84.6 * (self.syllables as f64 / self.words as f64)
    }
}

/// The sentences of `text`, trimmed, in order (see the module's notes for where one ends).
pub fn sentences(text: &str) -> Vec<&str> {
    let mut out = vec![];
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (i, &(at, c)) in chars.iter().enumerate() {
        let next = chars.get(i + 1).map(|&(_, n)| n);
        let ends = match c {
            '\n' => true,
            '.' | '!' | '?' => match next {
                None | Some('\n') => true,
                Some(n) if n.is_whitespace() => {
                    let after = chars[i + 1..].iter().map(|&(_, a)| a).find(|a| !a.is_whitespace());
                    after.is_none_or(|a| a.is_uppercase() || a.is_ascii_digit() || "«\"“(".contains(a))
                }
                _ => false,
            },
            ':' => matches!(next, None | Some('\n')),
            _ => false,
        };
        if ends {
            let end = at + c.len_utf8();
            let sentence = text[start..end].trim();
            if !sentence.is_empty() {
                out.push(sentence);
            }
            start = end;
        }
    }
    let rest = text[start..].trim();
    if !rest.is_empty() {
        out.push(rest);
    }
    out
}

/// The words of `text` (see the module's notes).
pub fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| c.is_whitespace() || matches!(c, '/' | '–' | '—'))
        .filter(|w| w.chars().any(char::is_alphanumeric))
}

/// The number of letters in `word`.
pub fn letters(word: &str) -> usize {
    word.chars().filter(|c| c.is_alphabetic()).count()
}

/// The syllables of an English `word`, by vowel groups (see the module's notes).
pub fn english_syllables(word: &str) -> usize {
    let lower: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).flat_map(char::to_lowercase).collect();
    if lower.is_empty() {
        return 1;
    }
    let vowel = |c: char| "aeiouy".contains(c);
    let mut groups = 0;
    let mut previous_vowel = false;
    for &c in &lower {
        let v = vowel(c);
        if v && !previous_vowel {
            groups += 1;
        }
        previous_vowel = v;
    }
    let n = lower.len();
    let silent_e = n > 2 && lower[n - 1] == 'e' && !vowel(lower[n - 2]) && lower[n - 2] != 'l';
    if silent_e && groups > 1 {
        groups -= 1;
    }
    groups.max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_end_at_full_stops_before_a_capital_and_at_line_breaks() {
        assert_eq!(sentences("Ring 113. Det hastar! Kva no? Ja"), ["Ring 113.", "Det hastar!", "Kva no?", "Ja"]);
        assert_eq!(sentences("Til dømes f.eks. slik. 4 gram."), ["Til dømes f.eks. slik.", "4 gram."]);
        assert_eq!(
            sentences("Ligg minst mogleg: sengeleie er ikkje behandling."),
            ["Ligg minst mogleg: sengeleie er ikkje behandling."]
        );
        assert_eq!(
            sentences("Ring 112 om du:\n- ikkje får tisse\n- blir nummen"),
            ["Ring 112 om du:", "- ikkje får tisse", "- blir nummen"]
        );
        assert_eq!(sentences("  "), Vec::<&str>::new());
    }

    #[test]
    fn words_split_at_spaces_slashes_and_dashes_and_need_a_letter_or_digit() {
        let w: Vec<&str> = words("urin/avføring 4–6 veker – trenings- og MR-scanning (113)").collect();
        assert_eq!(w, ["urin", "avføring", "4", "6", "veker", "trenings-", "og", "MR-scanning", "(113)"]);
        assert_eq!(letters("trenings-"), 8);
        assert_eq!(letters("(113)"), 0);
    }

    #[test]
    fn lix_by_hand() {
        // 2 sentences, 9 words; long (more than 6 letters): "Ryggsmerter", "vanlegvis",
        // "aktivitet" = 3. 9 / 2 + 100 × 3 / 9 = 37.8.
        let t = Tally::of("Ryggsmerter går vanlegvis over. Hald deg i aktivitet no.");
        assert_eq!((t.sentences, t.words, t.long_words), (2, 9, 3));
        assert!((t.lix() - (9.0 / 2.0 + 100.0 * 3.0 / 9.0)).abs() < 1e-9);
        assert_eq!(Tally::default().lix(), 0.0);
    }

    #[test]
    fn english_syllables_by_vowel_groups() {
        for (word, n) in [
            ("back", 1),
            ("make", 1),
            ("table", 2),
            ("doctor", 2),
            ("paracetamol", 5),
            ("the", 1),
            ("999", 1),
            ("inflammatory", 5),
        ] {
            assert_eq!(english_syllables(word), n, "{word}");
        }
    }

    #[test]
    fn flesch_by_hand() {
        // "The cat sat." 1 sentence, 3 words, 3 syllables: 206.835 - 1.015 × 3 - 84.6 × 1.
        let t = Tally::of("The cat sat.");
        assert!((t.flesch_reading_ease() - (206.835 - 3.045 - 84.6)).abs() < 1e-9);
    }
}
