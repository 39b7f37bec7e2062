//! The localized methods of the catalogue's types, above `l10n`: `catalog`
//! and `cert_flags` stay language-free data that `l10n` reads, and nothing
//! below imports this module (no import circle).

use std::borrow::Cow;

use crate::cert_flags::{Reason, KNOWN};
use crate::{host, l10n, CertFlags, ErrorCode, Locale, Part};

impl ErrorCode {
    /// The description of this code in `locale`.
    pub fn message(self, locale: Locale) -> &'static str {
        l10n::message_text(self, locale).as_str()
    }

    /// One line for a log or a report: description, name and number, in `locale`.
    pub fn report(self, locale: Locale) -> &'static str {
        l10n::report_text(self, locale).as_str()
    }

    /// Part `part` of this code's text in `locale`; [`Part::Hints`] gives the
    /// hint sentences separated by `"\n"`.
    pub fn text(self, part: Part, locale: Locale) -> &'static str {
        l10n::part_text(self, locale, part).as_str()
    }

    /// A short heading for an end user, e.g. "Connection timed out".
    pub fn title(self, locale: Locale) -> &'static str {
        self.text(Part::Title, locale)
    }

    /// One or two plain sentences for an end user, naming the server when `host`
    /// is given: "The server at example.com took too long to respond." The host
    /// is untrusted; see [`host::clean`] for what is shown of it.
    pub fn summary(self, locale: Locale, host: Option<&str>) -> Cow<'static, str> {
        l10n::summary(self.code(), locale, host.and_then(host::clean).as_ref())
    }

    /// What the user can try, most useful first: one to three complete sentences.
    pub fn hints(self, locale: Locale) -> impl ExactSizeIterator<Item = &'static str> {
        self.hint_kinds()
            .iter()
            .map(move |&h| l10n::hint_text(h, locale).as_str())
    }
}

impl CertFlags {
    /// One plain-language line per reason in `locale`, lowest bit first; the bits
    /// this library does not know become one last line that shows them in hex.
    /// Empty when no bit is set.
    pub fn reasons(self, locale: Locale) -> Vec<Cow<'static, str>> {
        self.explain(locale).into_iter().map(|r| r.text).collect()
    }

    /// [`reasons`](Self::reasons) with what each stands for: the known flag it
    /// explains (its bit and name), or, last, the unknown bits together.
    pub fn explain(self, locale: Locale) -> Vec<Reason> {
        let mut reasons: Vec<Reason> = KNOWN
            .iter()
            .enumerate()
            .filter(|(_, (f, _, _))| self.contains(*f))
            .map(|(i, (flag, name, _))| Reason {
                bits: *flag,
                name: Some(name.to_str().expect("names are ASCII")),
                text: Cow::Borrowed(l10n::cert_flag_text(i, locale).as_str()),
            })
            .collect();
        let unknown = self.bits() & !Self::all().bits();
        if unknown != 0 {
            reasons.push(Reason {
                bits: Self::from_bits_retain(unknown),
                name: None,
                text: Cow::Owned(l10n::cert_flags_unknown(unknown, locale)),
            });
        }
        reasons
    }

    /// [`reasons`](Self::reasons) joined by `"\n"`, with no trailing newline.
    pub fn describe(self, locale: Locale) -> String {
        self.reasons(locale).join("\n")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reasons_follow_the_bits() {
        let en = Locale::EN_US;
        assert!(CertFlags::empty().reasons(en).is_empty());
        assert_eq!(CertFlags::empty().describe(en), "");
        let two = CertFlags::from_bits_retain(0x28).reasons(en);
        assert_eq!(two.len(), 2);
        assert_eq!(two[0], CertFlags::INVALID_CA.reasons(en)[0]);
        assert_eq!(two[1], CertFlags::CERT_DATE_INVALID.reasons(en)[0]);
        let odd = CertFlags::from_bits_retain(0x0000_0301).reasons(en);
        assert_eq!(odd.len(), 2);
        assert!(odd[1].contains("0x00000300"), "{}", odd[1]);
        let every = CertFlags::from_bits_retain(u32::MAX).describe(en);
        assert_eq!(every.lines().count(), 9);
        assert!(every.contains("0x7FFFFF80"), "{every}");
    }
}
